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
 * The UI strings of <spf-wellbeing-checkin>, in English and Welsh, except the
 * history's: those come with the history's file (history-strings.ts), so a
 * page without `history` does not download them.
 *
 * The question, options, band messages and any urgent-help text from the feed
 * are feed text; these are only the element's own words. The built-in
 * urgent-help panel (`urgent*`) is used when the feed's check-in has no
 * `urgentHelp` of its own. The privacy statements and `storageProblem` stay
 * here: they show even when the history's file cannot be fetched.
 */
export const strings = {
  en,
  cy: () => import('./strings.cy.js'),
} satisfies Translations<StringKey>;
