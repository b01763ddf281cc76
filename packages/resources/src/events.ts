import { SpfEvent } from '@spf-wellbeing/core';

export interface SpfResourceOpenDetail {
  /** The resource id in the feed. */
  id: string;
  /** The resource's URL, already checked as safe. */
  url: string;
}

/**
 * Fired when a reader follows a result's link (by click, tap or Enter).
 * It can be cancelled: call `preventDefault()` to stop the browser following
 * the link, for example to open the resource in your own router.
 */
export class SpfResourceOpenEvent extends SpfEvent<SpfResourceOpenDetail> {
  constructor(detail: SpfResourceOpenDetail) {
    super('spf-resource-open', detail, true);
  }
}

export interface SpfFilterChangeDetail {
  /** The search text as typed. */
  query: string;
  /** Topic ids the reader chose (not the fixed `topic` attribute). */
  topics: string[];
  /** Organisation ids the reader chose. */
  organisations: string[];
  /** Resource types the reader chose. */
  types: string[];
}

/** Fired when the reader changes the search or the filters. */
export class SpfFilterChangeEvent extends SpfEvent<SpfFilterChangeDetail> {
  constructor(detail: SpfFilterChangeDetail) {
    super('spf-filter-change', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'spf-resource-open': SpfResourceOpenEvent;
    'spf-filter-change': SpfFilterChangeEvent;
  }
}
