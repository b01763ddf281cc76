export { SpfResources } from './spf-resources.js';
export { strings } from './strings.js';
