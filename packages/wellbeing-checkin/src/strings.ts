import type { Translations } from '@spf-wellbeing/core';

const en = {
  heading: 'How are you feeling today?',
  submit: 'See support',
  chooseError: 'Choose how you are feeling',
  errorPrefix: 'Error:',
  yourAnswer: 'Your answer: {answer}',
  supportHeading: 'Support that may help',
  checkInAgain: 'Check in again',
  notAvailable: 'This check-in is not available right now.',

  privacyNotSaved: 'Your answer is not saved or sent anywhere.',
  privacyHistory: 'Your answers are saved only in this browser on this device. They are not sent to anyone.',
  privacyHistoryWhat: 'We keep the date and the answer you chose, and nothing you type.',
  storageProblem:
    'Your check-ins cannot be saved in this browser. It may be full, or set to block saving. The check-in still works.',
  freeTextHint:
    'What you type stays on this screen. It is not saved or sent anywhere, and it goes when you leave the page.',

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

  urgentTitle: 'Get help now',
  urgentMessage: 'If you feel unsafe or cannot cope, you do not have to wait. These free services can help.',
  samaritansLabel: 'Samaritans: call 116 123',
  samaritansDetail: 'Free, any time, day or night.',
  shoutLabel: 'Shout: text SHOUT to 85258',
  shoutDetail: 'Free, 24 hours a day, 7 days a week.',
  nhs111Label: 'NHS 111: call 111 and choose the mental health option',
  nhs111Detail: 'In Wales, call 111 and press 2.',
  emergencyLabel: '999: call if a life is at risk',
  emergencyDetail: 'Or go to A&E now.',
};

export type StringKey = keyof typeof en;

/**
 * Every UI string of <spf-wellbeing-checkin>, in English and Welsh.
 *
 * The question, options, band messages and any urgent-help text from the feed
 * are feed text; these are only the element's own words. The built-in
 * urgent-help panel (`urgent*`) is used when the feed's check-in has no
 * `urgentHelp` of its own.
 */
export const strings = {
  en,
  cy: () => import('./strings.cy.js'),
} satisfies Translations<StringKey>;
