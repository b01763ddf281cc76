import type { Translations } from '@spf-wellbeing/core';

/** Every UI string of <spf-podcast-player>, in English and Welsh. */
export const strings = {
  en: {
    heading: 'Podcast episodes',
  },
  cy: {
    heading: 'Penodau podlediad',
  },
} satisfies Translations<string>;

export type StringKey = keyof typeof strings.en;
