import type { Messages } from '@spf-wellbeing/core';
import type { SectionStringKey } from './section-strings.js';

const cy: Messages<SectionStringKey> = {
  sectionOf: 'Adran {number} o {total}',
  sectionHint: 'Dewiswch y lefel sy’n gweddu orau. Gallwch hepgor datganiad a dod yn ôl ato yn nes ymlaen.',
  clearAnswer: 'Clirio’r ateb',
  clearAnswerFor: 'i ddatganiad {number}',
  previousSection: 'Yr adran flaenorol',
  nextSection: 'Yr adran nesaf',
};

export default cy;
