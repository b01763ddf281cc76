import React from 'react';
import type { EventName } from '@lit/react';
import {
  SpfWellbeingCheckin as SpfWellbeingCheckinElement,
  type SpfCheckinEvent,
} from '@spf-wellbeing/wellbeing-checkin';
import '@spf-wellbeing/wellbeing-checkin/define';
import { createSpfComponent, type SpfComponentDefinition } from './wrap.js';
import { feedEvents } from './events.js';

const events = {
  ...feedEvents,
  /** `spf-checkin`: the reader submitted an answer. Ids only. Detail: `{checkin, option, band}`. */
  onSpfCheckin: 'spf-checkin' as EventName<SpfCheckinEvent>,
};

export const spfWellbeingCheckinDefinition: SpfComponentDefinition<SpfWellbeingCheckinElement, typeof events> = {
  tagName: 'spf-wellbeing-checkin',
  elementClass: SpfWellbeingCheckinElement,
  events,
  displayName: 'SpfWellbeingCheckin',
};

/** `<spf-wellbeing-checkin>`: a private check-in that signposts support. */
export const SpfWellbeingCheckin = createSpfComponent(React, spfWellbeingCheckinDefinition);
