// @ts-check
// Budgets that npm run size prints and test/node/drop-in.test.mjs holds in CI.

/**
 * Files an element fetches on its first render in any case, at the same time
 * as the feed request: the feed validator, and the player's controls and
 * playback. Everything else beside an entry loads only when a page needs it:
 * the default feed (elements without a feed), Welsh strings (Welsh readers),
 * the transcript, Media Session, history, sections, results, files and URL code.
 */
export const WITH_THE_FEED = /parse-feed|player-view/;

/**
 * The first view of the drop-in with all four elements (spf-widgets.js and
 * what it fetches with the feed), which issue 14 (no layout shift, lazy
 * start) could raise by at most 1 KB. Measured with npm run size on `main`
 * just before that work merged (4ae5a2f, with the other issues of its round:
 * 43,068 bytes, 42.0 KB; 40.5 KB when it was filed), less the 15 bytes the
 * merge of issue 17 took off.
 */
export const FIRST_VIEW_BEFORE = 43068 - 15;
export const FIRST_VIEW_GROWTH = 1024;
