import type { Translations } from '@spf-wellbeing/core';

// The results view's own strings. They come with its file (results.ts), which
// loads when someone first opens the results, not with the element's: the
// element adds them with `LocalizeController.extend`.
const en = {
  overallScore: 'Overall score: {percent}, {level}.',
  noAnswers: 'You have not answered any statements yet. Open a section to start.',
  allAnswered: 'Every statement is answered.',
  chartLabel: 'Bar chart of the score for each section. The table below gives the same figures.',
  notAnswered: 'Not answered yet',
  tableCaption: 'Score for each section',
  columnSection: 'Section',
  columnScore: 'Score',
  columnLevel: 'Level',
  columnAnswered: 'Answered',
  answeredCell: '{answered} of {total}',
  overallRow: 'Overall',
  highlightsHeading: 'Highlights',
  strongest: 'Strongest: {sections}',
  weakest: 'Needs most work: {sections}',
  whereToStart: 'Where to start',
  whereToStartIntro: 'These statements have the lowest answers. The links may help you plan what to do next.',
  statementLevel: 'Your answer: {level}',
  resourcesFor: 'Resources for {section}',
  byOrganisation: 'from {organisation}',
  compareHeading: 'What has changed',
  compareCaption: 'Change in each section since the earlier assessment, saved {date}',
  compareCaptionUndated: 'Change in each section since the earlier assessment',
  columnEarlier: 'Earlier',
  columnNow: 'Now',
  columnChange: 'Change',
  changeUp: { one: '+{count} point', other: '+{count} points' },
  changeDown: { one: '−{count} point', other: '−{count} points' },
  noChange: 'No change',
  cannotCompare: 'Not enough answers',
  removeCompare: 'Stop comparing',
  unanswered: {
    one: '{count} statement is not answered yet.',
    other: '{count} statements are not answered yet.',
  },
  resultsHeading: 'Results',
  printSummary: 'Print a summary',
};

export type ResultsStringKey = keyof typeof en;

/** The strings of the results view of <spf-diagnostic-card>, in English and Welsh. */
export const resultsStrings = {
  en,
  cy: () => import('./results-strings.cy.js'),
} satisfies Translations<ResultsStringKey>;
