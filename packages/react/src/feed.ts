import React from 'react';
import { SpfFeed as SpfFeedElement } from '@spf-wellbeing/core';
import '@spf-wellbeing/core/spf-feed/define';
import { createSpfComponent, type SpfComponentDefinition } from './wrap.js';
import { feedEvents } from './events.js';

export const spfFeedDefinition: SpfComponentDefinition<SpfFeedElement, typeof feedEvents> = {
  tagName: 'spf-feed',
  elementClass: SpfFeedElement,
  events: feedEvents,
  displayName: 'SpfFeed',
};

/** `<spf-feed>`: one feed for the elements inside it. Props: `src`, `timeout`. */
export const SpfFeed = createSpfComponent(React, spfFeedDefinition);
