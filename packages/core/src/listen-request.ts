import { SpfEvent } from './events.js';

export interface SpfListenRequestDetail {
  /** The episode id, as in the feed's `episodes`. */
  episode: string;
  /** The id of the resource that offered "Listen". */
  resource: string;
}

/**
 * Asks a podcast player on the same page to play an episode.
 *
 * An element that offers "Listen" (such as `<spf-resources>`) fires this on
 * itself. It bubbles and crosses shadow roots, and it can be cancelled: a
 * player that takes the request calls `preventDefault()`, and the element
 * then does not follow its link. When no player answers, the "Listen" link
 * opens the resource as usual.
 */
export class SpfListenRequestEvent extends SpfEvent<SpfListenRequestDetail> {
  static readonly eventName = 'spf-listen-request';

  constructor(detail: SpfListenRequestDetail) {
    super(SpfListenRequestEvent.eventName, detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'spf-listen-request': SpfListenRequestEvent;
  }
}
