import type { Translations } from '@spf-wellbeing/core';

/**
 * The history's own strings: its heading, chart, table, delete button and
 * what it says after deleting. They come with the history's file
 * (history-view.ts), which loads only for elements with `history`, not with the
 * element's: the element adds them with `LocalizeController.extend`. A page
 * overrides them as any of the check-in's strings (`data-i18n-history-heading`,
 * or the `strings` property).
 */
const en = {
  historyHeading: 'Your past check-ins',
  historyEmpty: 'You have no saved check-ins yet.',
  historyChartLabel: {
    one: 'Chart of your last check-in, on {to}.',
    other: 'Chart of your last {count} check-ins, from {from} to {to}.',
  },
  historyTableCaption: {
    one: 'Your last check-in',
    other: 'Your last {count} check-ins',
  },
  historyShowTable: 'Show my check-ins as a table',
  historyDate: 'Date',
  historyAnswer: 'Answer',
  deleteHistory: 'Delete my check-ins',
  historyDeleted: 'Your check-ins have been deleted from this browser.',
  deleteFailed: 'Your check-ins could not be deleted. You can clear this site’s data in your browser settings.',
};

export type HistoryStringKey = keyof typeof en;

/** The strings of the history of <spf-wellbeing-checkin>, in English and Welsh. */
export const historyStrings = {
  en,
  cy: () => import('./history-strings.cy.js'),
} satisfies Translations<HistoryStringKey>;
