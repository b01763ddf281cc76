import type { Translations } from './localize.js';

/** Strings every element shares: loading, feed errors and the saved-copy notice. */
export const coreStrings = {
  en: {
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
  },
  cy: {
    loading: 'Wrthi’n llwytho…',
    feedErrorTitle: 'Mae’n ddrwg gennym, nid oes modd dangos hwn ar hyn o bryd',
    feedErrorNetwork: 'Nid oeddem yn gallu cyrraedd y ffrwd llesiant. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
    feedErrorHttp: 'Nid yw’r ffrwd llesiant ar gael ar hyn o bryd (gwall {status}).',
    feedErrorJson: 'Mae camgymeriad yn y ffrwd llesiant, felly nid oes modd ei darllen.',
    feedErrorShape: 'Nid ffrwd llesiant yw’r ffeil a gawsom.',
    feedErrorTimeout: 'Roedd y ffrwd llesiant yn rhy hir yn ateb.',
    retry: 'Rhowch gynnig arall arni',
    staleNotice: 'Nid oeddem yn gallu diweddaru hwn. Rydych yn gweld copi a gadwyd {age}.',
    someItemsHidden: {
      zero: 'Mae camgymeriad mewn {count} eitem yn y ffrwd, felly nid ydynt yn cael eu dangos.',
      one: 'Mae camgymeriad mewn {count} eitem yn y ffrwd, felly nid yw’n cael ei dangos.',
      other: 'Mae camgymeriadau mewn {count} eitem yn y ffrwd, felly nid ydynt yn cael eu dangos.',
    },
  },
} satisfies Translations<string>;

export type CoreStringKey = keyof typeof coreStrings.en;
