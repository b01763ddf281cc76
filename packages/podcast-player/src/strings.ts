import type { Translations } from '@spf-wellbeing/core';

const en = {
  play: 'Play',
  pause: 'Pause',
  back: 'Back 15 seconds',
  forward: 'Forward 30 seconds',
  position: 'Position',
  positionOf: '{position} of {total}',
  unknownLength: 'unknown length',
  hours: { one: '{count} hour', other: '{count} hours' },
  minutes: { one: '{count} minute', other: '{count} minutes' },
  seconds: { one: '{count} second', other: '{count} seconds' },
  speed: 'Speed',
  mute: 'Mute',
  volume: 'Volume',
  chapters: 'Chapters',
  episodes: 'Episodes in this series',
  partOf: 'Part {number} of {count}',
  previous: 'Previous episode',
  next: 'Next episode',
  download: 'Download ({type}, {size})',
  downloadNoSize: 'Download ({type})',
  copyLink: 'Copy link at current time',
  linkCopied: 'Link copied',
  copyFailed: 'We could not copy the link. Select it and copy it yourself.',
  linkLabel: 'Link to this point in the episode',
  transcript: 'Transcript',
  transcriptLoading: 'Loading the transcript…',
  transcriptError: 'Sorry, we could not load the transcript.',
  transcriptPage: 'Read the transcript (web page)',
  noTranscript: 'There is no transcript for this episode.',
  results: { one: '{count} result', other: '{count} results' },
  resume: 'Resume from {time}',
  playing: 'Playing: {title}',
  paused: 'Paused',
  nowPlaying: 'Now playing: {title}',
  errorTitle: 'Sorry, this episode cannot be played right now',
  errorNetwork: 'The audio stopped loading. Check your connection and try again.',
  errorMissing: 'We could not find the audio file.',
  errorDecode: 'The audio file seems to be damaged, so it cannot be played.',
  errorUnsupported: 'Your browser cannot play this audio file.',
  errorStall: 'The audio has stopped loading. Your connection may be slow.',
  errorNoEpisode: 'We could not find this episode.',
  downloadInstead: 'You can download the episode and play it on your device.',
};

export type StringKey = keyof typeof en;

/** Every UI string of <spf-podcast-player>, in English and Welsh. */
export const strings = {
  en,
  cy: () => import('./strings.cy.js'),
} satisfies Translations<StringKey>;
