import type { Messages } from './localize.js';
import type { CoreStringKey } from './core-strings.js';

/** Welsh UI strings of every element (core). Loaded only when a reader's language is Welsh. */
const cy: Messages<CoreStringKey> = {
  loading: 'Wrthi’n llwytho…',
  feedErrorTitle: 'Mae’n ddrwg gennym, nid oes modd dangos hwn ar hyn o bryd',
  feedErrorNetwork:
    'Nid oeddem yn gallu cyrraedd y ffrwd llesiant. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
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
};

export default cy;
