import type { Translations } from './localize.js';

const en = {
  loading: 'Loading…',
  feedErrorTitle: 'Sorry, this cannot be shown right now',
  feedErrorNetwork: 'We could not reach the wellbeing feed. Check your connection and try again.',
  feedErrorHttp: 'The wellbeing feed is not available at the moment (error {status}).',
  feedErrorJson: 'The wellbeing feed has a mistake in it, so it cannot be read.',
  feedErrorShape: 'The file we were given is not a wellbeing feed.',
  feedErrorTimeout: 'The wellbeing feed took too long to answer.',
  retry: 'Try again',
  staleNotice: 'We could not update this. You are seeing a copy saved {age}.',
  someItemsHidden: {
    one: '{count} item in the feed has a mistake, so it is not shown.',
    other: '{count} items in the feed have mistakes, so they are not shown.',
  },
};

export type CoreStringKey = keyof typeof en;

/** Strings every element shares: loading, feed errors and the saved-copy notice. */
export const coreStrings = {
  en,
  cy: () => import('./core-strings.cy.js'),
} satisfies Translations<CoreStringKey>;
