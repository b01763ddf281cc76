import React from 'react';
import type { EventName } from '@lit/react';
import {
  SpfDiagnosticCard as SpfDiagnosticCardElement,
  type SpfDiagnosticChangeEvent,
  type SpfDiagnosticCompleteEvent,
} from '@spf-wellbeing/diagnostic-card';
import '@spf-wellbeing/diagnostic-card/define';
import { createSpfComponent, type SpfComponentDefinition } from './wrap.js';
import { feedEvents } from './events.js';

const events = {
  ...feedEvents,
  /** `spf-diagnostic-change`: an answer was chosen or cleared. Detail: `{diagnostic, answers, scores}`. */
  onSpfDiagnosticChange: 'spf-diagnostic-change' as EventName<SpfDiagnosticChangeEvent>,
  /** `spf-diagnostic-complete`: every statement has an answer. Detail: `{diagnostic, answers, scores}`. */
  onSpfDiagnosticComplete: 'spf-diagnostic-complete' as EventName<SpfDiagnosticCompleteEvent>,
};

export const spfDiagnosticCardDefinition: SpfComponentDefinition<SpfDiagnosticCardElement, typeof events> = {
  tagName: 'spf-diagnostic-card',
  elementClass: SpfDiagnosticCardElement,
  events,
  displayName: 'SpfDiagnosticCard',
};

/** `<spf-diagnostic-card>`: an organisational self-assessment. */
export const SpfDiagnosticCard = createSpfComponent(React, spfDiagnosticCardDefinition);
