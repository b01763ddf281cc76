import type { Feed, FeedErrorKind, FeedProblem } from '@spf-wellbeing/feed';

export interface SpfFeedLoadDetail {
  url: string;
  feed: Feed;
  /** Items left out or fields dropped; empty for a clean feed. */
  problems: FeedProblem[];
}

export interface SpfFeedErrorDetail {
  url: string;
  /** Plain English, for developers. The element shows its own localised message. */
  message: string;
  kind: FeedErrorKind;
  problems: FeedProblem[];
}

/** Every event we fire bubbles out of shadow roots, so a host page can listen on `document`. */
export class SpfEvent<Detail> extends CustomEvent<Detail> {
  constructor(type: string, detail: Detail, cancelable = false) {
    super(type, { detail, bubbles: true, composed: true, cancelable });
  }
}

/** Fired when an element's feed has loaded and been validated. */
export class SpfFeedLoadEvent extends SpfEvent<SpfFeedLoadDetail> {
  constructor(detail: SpfFeedLoadDetail) {
    super('spf-feed-load', detail);
  }
}

/** Fired when an element's feed could not be loaded. The element shows a message and a Retry button. */
export class SpfFeedErrorEvent extends SpfEvent<SpfFeedErrorDetail> {
  constructor(detail: SpfFeedErrorDetail) {
    super('spf-feed-error', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'spf-feed-load': SpfFeedLoadEvent;
    'spf-feed-error': SpfFeedErrorEvent;
  }
}
