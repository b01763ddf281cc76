// The player on its own, for partner sites that embed only <spf-podcast-player>:
// one script tag, Lit inside, the files it loads later beside it
// (spf-podcast-player-*.js). Safe to load twice, and beside spf-widgets.js.
export { SpfPodcastPlayer } from '@spf-wellbeing/podcast-player/define';
