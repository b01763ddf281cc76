export { defaultFeedData } from './feed-data.js';

/** Relative URLs in the default feed (demo audio, transcripts) resolve against this module. */
export const defaultFeedBaseUrl: string = new URL(/* @vite-ignore */ './', import.meta.url).href;
