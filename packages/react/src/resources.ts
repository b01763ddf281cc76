import React from 'react';
import type { EventName } from '@lit/react';
import type { SpfListenRequestEvent } from '@spf-wellbeing/core';
import {
  SpfResources as SpfResourcesElement,
  type SpfFilterChangeEvent,
  type SpfResourceOpenEvent,
} from '@spf-wellbeing/resources';
import '@spf-wellbeing/resources/define';
import { createSpfComponent, type SpfComponentDefinition } from './wrap.js';
import { feedEvents } from './events.js';

const events = {
  ...feedEvents,
  /** `spf-resource-open`: the reader followed a result's link. Cancelable. Detail: `{id, url}`. */
  onSpfResourceOpen: 'spf-resource-open' as EventName<SpfResourceOpenEvent>,
  /** `spf-filter-change`: the reader changed the search or the filters. */
  onSpfFilterChange: 'spf-filter-change' as EventName<SpfFilterChangeEvent>,
  /** `spf-listen-request`: the reader chose "Listen" on a podcast. Cancelable. Detail: `{episode, resource}`. */
  onSpfListenRequest: 'spf-listen-request' as EventName<SpfListenRequestEvent>,
};

export const spfResourcesDefinition: SpfComponentDefinition<SpfResourcesElement, typeof events> = {
  tagName: 'spf-resources',
  elementClass: SpfResourcesElement,
  events,
  displayName: 'SpfResources',
};

/** `<spf-resources>`: a searchable, filterable list of resources. */
export const SpfResources = createSpfComponent(React, spfResourcesDefinition);
