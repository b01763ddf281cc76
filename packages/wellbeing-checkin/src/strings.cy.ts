import type { Messages } from '@spf-wellbeing/core';
import type { StringKey } from './strings.js';

/** Welsh UI strings of <spf-wellbeing-checkin>. Loaded only when a reader's language is Welsh. */
const cy: Messages<StringKey> = {
  heading: 'Sut ydych chi’n teimlo heddiw?',
  submit: 'Gweld cymorth',
  chooseError: 'Dewiswch sut rydych chi’n teimlo',
  errorPrefix: 'Gwall:',
  yourAnswer: 'Eich ateb: {answer}',
  supportHeading: 'Cymorth a allai helpu',
  checkInAgain: 'Ateb eto',
  notAvailable: 'Dydy’r gwiriad hwn ddim ar gael ar hyn o bryd.',

  privacyNotSaved: 'Dydy eich ateb ddim yn cael ei gadw na’i anfon i unman.',
  privacyHistory:
    'Dim ond yn y porwr hwn ar y ddyfais hon y caiff eich atebion eu cadw. Dydyn nhw ddim yn cael eu hanfon at neb.',
  privacyHistoryWhat: 'Rydyn ni’n cadw’r dyddiad a’r ateb a ddewisoch chi, a dim byd rydych chi’n ei deipio.',
  storageProblem:
    'Does dim modd cadw eich atebion yn y porwr hwn. Efallai ei fod yn llawn, neu wedi’i osod i rwystro cadw. Mae’r gwiriad yn dal i weithio.',
  freeTextHint:
    'Mae’r hyn rydych chi’n ei deipio yn aros ar y sgrin hon. Dydy e ddim yn cael ei gadw na’i anfon i unman, a bydd yn diflannu pan fyddwch chi’n gadael y dudalen.',

  urgentTitle: 'Cael help nawr',
  urgentMessage:
    'Os nad ydych chi’n teimlo’n ddiogel, neu os na allwch chi ymdopi, does dim rhaid aros. Gall y gwasanaethau hyn helpu, am ddim.',
  samaritansLabel: 'Samaritans: ffoniwch 116 123',
  samaritansDetail: 'Am ddim, unrhyw bryd, ddydd neu nos.',
  shoutLabel: 'Shout: anfonwch neges destun SHOUT i 85258',
  shoutDetail: 'Am ddim, 24 awr y dydd, 7 diwrnod yr wythnos.',
  nhs111Label: 'GIG 111: ffoniwch 111 a dewis yr opsiwn iechyd meddwl',
  nhs111Detail: 'Yng Nghymru, ffoniwch 111 a phwyso 2.',
  emergencyLabel: '999: ffoniwch os oes bywyd mewn perygl',
  emergencyDetail: 'Neu ewch i’r Adran Achosion Brys nawr.',
};

export default cy;
