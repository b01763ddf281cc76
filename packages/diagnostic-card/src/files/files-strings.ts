import type { Translations } from '@spf-wellbeing/core';

// The files area's own strings: the spreadsheet's headings, why a file was
// refused, and loading answers from a file. They come with its file
// (files.ts), which loads once the files area shows, not with the element's:
// the element adds them with `LocalizeController.extend`.
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
};

export type FilesStringKey = keyof typeof en;

export const filesStrings = {
  en,
  cy: () => import('./files-strings.cy.js'),
} satisfies Translations<FilesStringKey>;
