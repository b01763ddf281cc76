import { SpfEvent } from '@spf-wellbeing/core';
import type { Answers, Scores } from './score.js';

export interface SpfDiagnosticChangeDetail {
  /** The diagnostic's id. */
  diagnostic: string;
  /** Every current answer: the chosen scale value by statement id. */
  answers: Answers;
  /** Scores for each section and overall, from `scoreDiagnostic`. */
  scores: Scores;
}

export type SpfDiagnosticCompleteDetail = SpfDiagnosticChangeDetail;

/** Fired when someone answers, clears or loads answers, or starts again. */
export class SpfDiagnosticChangeEvent extends SpfEvent<SpfDiagnosticChangeDetail> {
  constructor(detail: SpfDiagnosticChangeDetail) {
    super('spf-diagnostic-change', detail);
  }
}

/** Fired once each time every statement becomes answered. */
export class SpfDiagnosticCompleteEvent extends SpfEvent<SpfDiagnosticCompleteDetail> {
  constructor(detail: SpfDiagnosticCompleteDetail) {
    super('spf-diagnostic-complete', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'spf-diagnostic-change': SpfDiagnosticChangeEvent;
    'spf-diagnostic-complete': SpfDiagnosticCompleteEvent;
  }
}
