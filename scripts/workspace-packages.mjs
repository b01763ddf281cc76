// @ts-check
// The workspace packages under packages/, in build order: one list for the
// build, the type declarations, the bundles and the packaging tests.

/** Every package, in the order they build. */
export const PACKAGES = [
  'feed',
  'feed-tools',
  'core',
  'default-feed',
  'resources',
  'podcast-player',
  'wellbeing-checkin',
  'diagnostic-card',
  'widgets',
  'react',
];

/** The packages a page can load (`feed-tools` is the Node-only command line, built on its own). */
export const BROWSER_PACKAGES = PACKAGES.filter((name) => name !== 'feed-tools');
