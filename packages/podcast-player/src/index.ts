export { SpfPodcastPlayer } from './spf-podcast-player.js';
export { strings } from './strings.js';
export { controlsStrings } from './controls-strings.js';
export {
  SpfPlayEvent,
  SpfPauseEvent,
  SpfEndedEvent,
  SpfProgressEvent,
  type SpfPlayerDetail,
  type SpfProgressDetail,
} from './events.js';
export {
  parseVtt,
  parseJsonTranscript,
  parseJsonChapters,
  parseTranscript,
  decodeEntities,
  type Cue,
  type FileChapter,
} from './transcript.js';
