import type { Translations } from '@spf-wellbeing/core';

/**
 * The UI strings of the player's controls (player-view.ts, playback.ts, the
 * transcript and the extras), in English; Welsh loads on first use. They come
 * with the controls' file, not with the player's first file, which holds only
 * what a player shows before its controls: its title, Play, the download link
 * and the errors it can show without them (strings.ts); the messages of
 * playback's errors come here. A page overrides them as any of the player's
 * strings (`data-i18n-speed`, or the `strings` property).
 */
const en = {
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
  previous: 'Previous episode',
  next: 'Next episode',
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
  errorMissing: 'We could not find the audio file.',
  errorDecode: 'The audio file seems to be damaged, so it cannot be played.',
  errorStall: 'The audio has stopped loading. Your connection may be slow.',
};

export type ControlsStringKey = keyof typeof en;

/** The controls' UI strings, in English and Welsh. */
export const controlsStrings = {
  en,
  cy: () => import('./controls-strings.cy.js'),
} satisfies Translations<ControlsStringKey>;
