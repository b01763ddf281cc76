import { SpfResources } from './spf-resources.js';

export { SpfResources };
SpfResources.define('spf-resources');

declare global {
  interface HTMLElementTagNameMap {
    'spf-resources': SpfResources;
  }
}
