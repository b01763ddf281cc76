import type { Translations } from '@spf-wellbeing/core';

/** Every UI string of <spf-wellbeing-checkin>, in English and Welsh. */
export const strings = {
  en: {
    heading: 'How are you feeling today?',
  },
  cy: {
    heading: 'Sut ydych chi’n teimlo heddiw?',
  },
} satisfies Translations<string>;

export type StringKey = keyof typeof strings.en;
