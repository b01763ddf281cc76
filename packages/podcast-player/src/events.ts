import { SpfEvent } from '@spf-wellbeing/core';
import type { Episode } from '@spf-wellbeing/feed';

export interface SpfPlayerDetail {
  /** The episode, as in the feed's `episodes`. */
  episode: Episode;
}

export interface SpfProgressDetail extends SpfPlayerDetail {
  /** Seconds from the start. */
  position: number;
  /** Seconds, when known. */
  duration?: number;
}

/** Playback started or resumed. */
export class SpfPlayEvent extends SpfEvent<SpfPlayerDetail> {
  constructor(detail: SpfPlayerDetail) {
    super('spf-play', detail);
  }
}

/** Playback paused by the listener (not at the end). */
export class SpfPauseEvent extends SpfEvent<SpfPlayerDetail> {
  constructor(detail: SpfPlayerDetail) {
    super('spf-pause', detail);
  }
}

/** The episode played to the end. */
export class SpfEndedEvent extends SpfEvent<SpfPlayerDetail> {
  constructor(detail: SpfPlayerDetail) {
    super('spf-ended', detail);
  }
}

/** Where playback is, at most every 5 seconds while playing, and on pause. */
export class SpfProgressEvent extends SpfEvent<SpfProgressDetail> {
  constructor(detail: SpfProgressDetail) {
    super('spf-progress', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'spf-play': SpfPlayEvent;
    'spf-pause': SpfPauseEvent;
    'spf-ended': SpfEndedEvent;
    'spf-progress': SpfProgressEvent;
  }
}
