import type { Translations } from '@spf-wellbeing/core';

// A section's own strings. They come with its file (section.ts), which loads
// when someone first opens a section or is about to, not with the element's:
// the element adds them with `LocalizeController.extend`.
const en = {
  sectionOf: 'Section {number} of {total}',
  sectionHint: 'Choose the level that fits best. You can skip a statement and come back to it later.',
  clearAnswer: 'Clear answer',
  clearAnswerFor: 'to statement {number}',
  previousSection: 'Previous section',
  nextSection: 'Next section',
};

export type SectionStringKey = keyof typeof en;

export const sectionStrings = {
  en,
  cy: () => import('./section-strings.cy.js'),
} satisfies Translations<SectionStringKey>;
