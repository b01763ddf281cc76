export { SpfResources } from './spf-resources.js';
export { strings } from './strings.js';
export {
  SpfResourceOpenEvent,
  SpfFilterChangeEvent,
  type SpfResourceOpenDetail,
  type SpfFilterChangeDetail,
} from './events.js';
