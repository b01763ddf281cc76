// The player on its own, for partner sites that embed only <spf-podcast-player>:
// one script tag, Lit inside, the files it loads later beside it
// (spf-podcast-player-*.js). Safe to load twice, and beside spf-widgets.js.
// It defines the player in a task of its own just after this script's (see define-soon.ts).
import { SpfPodcastPlayer } from '@spf-wellbeing/podcast-player';
import { defineSoon } from './define-soon.js';

export { SpfPodcastPlayer };

defineSoon(() => SpfPodcastPlayer.define('spf-podcast-player'));

// This bundle defines the tag itself (not through the package's define module), so it declares it.
declare global {
  interface HTMLElementTagNameMap {
    'spf-podcast-player': SpfPodcastPlayer;
  }
}
