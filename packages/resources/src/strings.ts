import type { Translations } from '@spf-wellbeing/core';

/** Every UI string of <spf-resources>, in English and Welsh. */
export const strings = {
  en: {
    heading: 'Health and wellbeing resources',
  },
  cy: {
    heading: 'Adnoddau iechyd a llesiant',
  },
} satisfies Translations<string>;

export type StringKey = keyof typeof strings.en;
