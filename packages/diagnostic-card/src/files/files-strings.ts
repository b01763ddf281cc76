import type { Translations } from '@spf-wellbeing/core';

// The strings of the files area and of the steps that replace or delete the
// answers: the spreadsheet's headings, why a file was refused, loading answers
// from a file, and "Start again?". They come with their file (files.ts), which
// loads once the overview shows, not with the element's: the element adds them
// with `LocalizeController.extend`.
const en = {
  csvSection: 'Section',
  csvStatement: 'Statement',
  csvValue: 'Value',
  csvLabel: 'Level',
  refusedTooBig:
    'This file is too big. Choose a JSON file smaller than 1 MB that you downloaded from this self-assessment.',
  refusedNotJson: 'This file cannot be read. Choose a JSON file that you downloaded from this self-assessment.',
  refusedNotOurs:
    'This file is not a saved self-assessment. Choose a JSON file that you downloaded from this self-assessment.',
  refusedNewer: 'This file was saved by a newer version of this tool, so we cannot read it.',
  refusedOther: 'This file is for a different self-assessment, so we cannot use it here.',
  answersUnchanged: 'Your answers have not changed.',
  imported: {
    one: 'We loaded {count} answer from the file.',
    other: 'We loaded {count} answers from the file.',
  },
  confirmImportHeading: 'Replace your answers?',
  confirmImportText: {
    one: 'The file has {count} answer. It will replace the answers you have now.',
    other: 'The file has {count} answers. They will replace the answers you have now.',
  },
  confirm: 'Yes, continue',
  confirmHeading: 'Start again?',
  confirmText: {
    one: 'This deletes your {count} answer. You cannot undo this.',
    other: 'This deletes all {count} answers. You cannot undo this.',
  },
  confirmStart: 'Yes, delete my answers',
  cancel: 'Cancel',
  cleared: 'Your answers have been deleted. You can start again.',
};

export type FilesStringKey = keyof typeof en;

export const filesStrings = {
  en,
  cy: () => import('./files-strings.cy.js'),
} satisfies Translations<FilesStringKey>;
