import { SpfEvent } from '@spf-wellbeing/core';

/** Ids only: which check-in, which option and which band. Never free text, never a date or a person. */
export interface SpfCheckinDetail {
  checkin: string;
  option: string;
  band: string;
}

/**
 * Fired when someone submits a check-in answer. It carries ids only, so a host
 * page that has consent can count check-ins anonymously. It bubbles and is
 * composed.
 */
export class SpfCheckinEvent extends SpfEvent<SpfCheckinDetail> {
  constructor(detail: SpfCheckinDetail) {
    super('spf-checkin', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'spf-checkin': SpfCheckinEvent;
  }
}
