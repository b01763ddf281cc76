/**
 * The transcript panel's own UI strings, in English and Welsh. They load with
 * the panel (transcript-view.ts), not with the player's first file, which is
 * at its size budget. A page overrides them as any of the player's strings
 * (`data-i18n-transcript-no-cues`, or the `strings` property).
 */
import type { Messages, Translations } from '@spf-wellbeing/core';

const en = {
  searchTranscript: 'Search the transcript',
  transcriptNoCues: 'The transcript file has no lines the player can read.',
  transcriptFile: 'Open the transcript file',
  moreResults: 'The first {count} are listed. Add words to narrow the search.',
};

export type TranscriptStringKey = keyof typeof en;

const cy: Messages<TranscriptStringKey> = {
  searchTranscript: 'Chwilio’r trawsgrifiad',
  transcriptNoCues: 'Nid oes gan y ffeil trawsgrifiad unrhyw linellau y gall y chwaraewr eu darllen.',
  transcriptFile: 'Agor y ffeil trawsgrifiad',
  moreResults: 'Mae’r {count} cyntaf wedi’u rhestru. Ychwanegwch eiriau i gyfyngu’r chwiliad.',
};

/** The transcript panel's strings: both languages are small, so Welsh comes in the same file. */
export const transcriptStrings = { en, cy } satisfies Translations<TranscriptStringKey>;
