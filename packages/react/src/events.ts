import type { EventName } from '@lit/react';
import type { SpfFeedErrorEvent, SpfFeedLoadEvent } from '@spf-wellbeing/core';

/** The feed events every element fires, as handler props. */
export const feedEvents = {
  /** `spf-feed-load`: the feed loaded and was checked. Detail: `{url, feed, problems}`. */
  onSpfFeedLoad: 'spf-feed-load' as EventName<SpfFeedLoadEvent>,
  /** `spf-feed-error`: the feed could not be loaded. Detail: `{url, message, kind, problems}`. */
  onSpfFeedError: 'spf-feed-error' as EventName<SpfFeedErrorEvent>,
};
