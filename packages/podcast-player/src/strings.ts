import type { Translations } from '@spf-wellbeing/core';

const en = {
  play: 'Play',
  partOf: 'Part {number} of {count}',
  download: 'Download ({type}, {size})',
  downloadNoSize: 'Download ({type})',
  errorTitle: 'Sorry, this episode cannot be played right now',
  errorNetwork: 'The audio stopped loading. Check your connection and try again.',
  errorUnsupported: 'Your browser cannot play this audio file.',
  errorNoEpisode: 'We could not find this episode.',
  downloadInstead: 'You can download the episode and play it on your device.',
};

export type StringKey = keyof typeof en;

/** Every UI string of <spf-podcast-player>, in English and Welsh. */
export const strings = {
  en,
  cy: () => import('./strings.cy.js'),
} satisfies Translations<StringKey>;
