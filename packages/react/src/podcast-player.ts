import React from 'react';
import type { EventName } from '@lit/react';
import {
  SpfPodcastPlayer as SpfPodcastPlayerElement,
  type SpfEndedEvent,
  type SpfPauseEvent,
  type SpfPlayEvent,
  type SpfProgressEvent,
} from '@spf-wellbeing/podcast-player';
import '@spf-wellbeing/podcast-player/define';
import { createSpfComponent, type SpfComponentDefinition } from './wrap.js';
import { feedEvents } from './events.js';

const events = {
  ...feedEvents,
  /** `spf-play`: playback started or resumed. Detail: `{episode}`. */
  onSpfPlay: 'spf-play' as EventName<SpfPlayEvent>,
  /** `spf-pause`: the listener paused. Detail: `{episode}`. */
  onSpfPause: 'spf-pause' as EventName<SpfPauseEvent>,
  /** `spf-ended`: the episode played to the end. Detail: `{episode}`. */
  onSpfEnded: 'spf-ended' as EventName<SpfEndedEvent>,
  /** `spf-progress`: where playback is. Detail: `{episode, position, duration}`. */
  onSpfProgress: 'spf-progress' as EventName<SpfProgressEvent>,
};

export const spfPodcastPlayerDefinition: SpfComponentDefinition<SpfPodcastPlayerElement, typeof events> = {
  tagName: 'spf-podcast-player',
  elementClass: SpfPodcastPlayerElement,
  events,
  displayName: 'SpfPodcastPlayer',
};

/** `<spf-podcast-player>`: an accessible podcast player. */
export const SpfPodcastPlayer = createSpfComponent(React, spfPodcastPlayerDefinition);
