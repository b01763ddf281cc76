import type { Translations } from '@spf-wellbeing/core';

/** Every UI string of <spf-diagnostic-card>, in English and Welsh. */
export const strings = {
  en: {
    heading: 'Health and wellbeing self-assessment',
  },
  cy: {
    heading: 'Hunanasesiad iechyd a llesiant',
  },
} satisfies Translations<string>;

export type StringKey = keyof typeof strings.en;
