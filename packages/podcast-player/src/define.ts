import { SpfPodcastPlayer } from './spf-podcast-player.js';

export { SpfPodcastPlayer };
SpfPodcastPlayer.define('spf-podcast-player');

declare global {
  interface HTMLElementTagNameMap {
    'spf-podcast-player': SpfPodcastPlayer;
  }
}
