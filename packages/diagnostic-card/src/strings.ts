import type { Translations } from '@spf-wellbeing/core';

const en = {
  heading: 'Health and wellbeing self-assessment',
  // Bad input
  noDiagnostics: 'This feed has no self-assessment in it.',
  unknownDiagnostic: 'We could not find the self-assessment “{id}” in this feed.',
  noSections:
    'This self-assessment has no statements, so it cannot be used. Ask the people who run the feed to add some.',
  noScale:
    'This self-assessment has no answer levels, so it cannot be used. It needs at least 2 levels, each with a number.',
  levelsLeftOut: {
    one: '{count} answer level has a mistake, so it is left out.',
    other: '{count} answer levels have mistakes, so they are left out.',
  },
  statementsLeftOut: {
    one: '{count} statement has a mistake or appears twice, so it is left out.',
    other: '{count} statements have mistakes or appear twice, so they are left out.',
  },
  setAside: {
    one: '{count} saved answer no longer matches this self-assessment, so we have set it aside. It is not counted.',
    other:
      '{count} saved answers no longer match this self-assessment, so we have set them aside. They are not counted.',
  },
  storageOff:
    'Your browser is not letting us save your answers. If you close or reload this page, they will be lost. Download a copy to keep them.',
  storageRead: 'We found saved answers, but could not read them. You can start again or continue from a file.',
  privacy: 'Your answers are saved in this browser only. They are not sent anywhere.',
  // Overview
  overviewHeading: 'Sections',
  answeredOf: '{answered} of {total} answered',
  overallProgress: 'You have answered {answered} of {total} statements.',
  openSection: 'Open',
  seeResults: 'See results',
  startAgain: 'Start again',
  // A section, the results and the files area: their own strings come with their files
  // (section/section-strings.ts, results/results-strings.ts, files/files-strings.ts).
  backToOverview: 'Back to overview',
  // When one of their files cannot be fetched
  partUnavailable: 'This is not available right now. Check your connection and try again.',
  // Export and import
  exportHeading: 'Save, share or compare',
  exportIntro:
    'Download your answers to share them or keep a record. You can load the JSON file later to carry on, or to see what has changed.',
  downloadCsv: 'Download a spreadsheet (CSV)',
  downloadJson: 'Download answers to load later (JSON)',
  continueLabel: 'Continue from a file',
  chooseFile: 'Choose a file',
  continueHint: 'Choose a JSON file you downloaded from this self-assessment.',
  compareLabel: 'Compare with an earlier assessment',
  compareHint: 'Choose a JSON file from an earlier time. We show what has changed in each section.',
};

export type StringKey = keyof typeof en;

/** Every UI string of <spf-diagnostic-card>, in English and Welsh. */
export const strings = {
  en,
  cy: () => import('./strings.cy.js'),
} satisfies Translations<StringKey>;
