import type { Messages } from '@spf-wellbeing/core';
import type { ResultsStringKey } from './results-strings.js';

const cy: Messages<ResultsStringKey> = {
  overallScore: 'Sgôr gyffredinol: {percent}, {level}.',
  noAnswers: 'Nid ydych wedi ateb unrhyw ddatganiadau eto. Agorwch adran i ddechrau.',
  allAnswered: 'Mae pob datganiad wedi’i ateb.',
  chartLabel: 'Siart bar o’r sgôr ar gyfer pob adran. Mae’r tabl isod yn rhoi’r un ffigurau.',
  notAnswered: 'Heb ei ateb eto',
  tableCaption: 'Sgôr ar gyfer pob adran',
  columnSection: 'Adran',
  columnScore: 'Sgôr',
  columnLevel: 'Lefel',
  columnAnswered: 'Wedi’u hateb',
  answeredCell: '{answered} o {total}',
  overallRow: 'Cyffredinol',
  highlightsHeading: 'Uchafbwyntiau',
  strongest: 'Cryfaf: {sections}',
  weakest: 'Angen y gwaith mwyaf: {sections}',
  whereToStart: 'Ble i ddechrau',
  whereToStartIntro:
    'Y datganiadau hyn sydd â’r atebion isaf. Gall y dolenni eich helpu i gynllunio beth i’w wneud nesaf.',
  statementLevel: 'Eich ateb: {level}',
  resourcesFor: 'Adnoddau ar gyfer {section}',
  byOrganisation: 'gan {organisation}',
  compareHeading: 'Beth sydd wedi newid',
  compareCaption: 'Newid ym mhob adran ers yr asesiad cynharach, a gadwyd ar {date}',
  compareCaptionUndated: 'Newid ym mhob adran ers yr asesiad cynharach',
  columnEarlier: 'Cynt',
  columnNow: 'Nawr',
  columnChange: 'Newid',
  changeUp: {
    zero: '+{count} pwynt',
    one: '+{count} pwynt',
    two: '+{count} bwynt',
    few: '+{count} pwynt',
    many: '+{count} pwynt',
    other: '+{count} pwynt',
  },
  changeDown: {
    zero: '−{count} pwynt',
    one: '−{count} pwynt',
    two: '−{count} bwynt',
    few: '−{count} pwynt',
    many: '−{count} pwynt',
    other: '−{count} pwynt',
  },
  noChange: 'Dim newid',
  cannotCompare: 'Dim digon o atebion',
  removeCompare: 'Stopio cymharu',
};

export default cy;
