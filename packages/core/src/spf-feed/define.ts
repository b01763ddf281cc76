import { SpfFeed } from './spf-feed.js';

export { SpfFeed };
SpfFeed.define('spf-feed');

declare global {
  interface HTMLElementTagNameMap {
    'spf-feed': SpfFeed;
  }
}
