export { SpfPodcastPlayer } from './spf-podcast-player.js';
export { strings } from './strings.js';
