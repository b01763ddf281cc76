import type { PageStringKey } from './page-strings.js';

/** Welsh messages of the embed page. Small, so they travel with the English ones. */
export const cy: Record<PageStringKey, string> = {
  pageTitle: 'Lles staff y GIG',
  'title-resources': 'Adnoddau iechyd a lles',
  'title-podcast-player': 'Podlediad lles',
  'title-wellbeing-checkin': 'Gwiriad lles',
  'title-diagnostic-card': 'Hunanasesiad iechyd a lles',
  problemHeading: 'Does dim modd dangos y cynnwys lles hwn',
  noElement:
    'Nid yw cyfeiriad gwe’r dudalen fewnosod hon yn dweud beth i’w ddangos. Mae angen element= ac yna un o’r rhain: {names}.',
  unknownElement:
    'Mae cyfeiriad gwe’r dudalen fewnosod hon yn gofyn am rywbeth nad yw ganddi. Ar ôl element= mae angen un o’r rhain: {names}.',
  tooLong: 'Yng nghyfeiriad gwe’r dudalen fewnosod hon, mae gwerth {name} yn rhy hir: {max} nod ar y mwyaf.',
  feedScheme:
    'Yng nghyfeiriad gwe’r dudalen fewnosod hon, nid yw feed= yn gyfeiriad gwe sy’n dechrau gyda https:// neu http://.',
  feedOrigin:
    'Nid yw’r dudalen fewnosod hon yn dangos ffrydiau o wefannau eraill. Rhaid i’r ffrwd fod ar yr un wefan â’r dudalen, neu ar un y mae ei pherchnogion wedi’i chaniatáu.',
  loadFailed: 'Nid oedd modd llwytho’r cynnwys lles. Gwiriwch eich cysylltiad, yna ail-lwythwch y dudalen.',
  forEditors:
    'Os gwnaethoch chi roi hwn ar eich tudalen, crëwch god newydd gyda’r adeiladwr cod mewnosod, neu holwch eich tîm gwe.',
};
