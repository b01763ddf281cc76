import type { Translations } from '@spf-wellbeing/core';

/**
 * Every UI string of <spf-wellbeing-checkin>, in English and Welsh.
 *
 * The question, options, band messages and any urgent-help text from the feed
 * are feed text; these are only the element's own words. The built-in
 * urgent-help panel (`urgent*`) is used when the feed's check-in has no
 * `urgentHelp` of its own.
 */
export const strings = {
  en: {
    heading: 'How are you feeling today?',
    submit: 'See support',
    chooseError: 'Choose how you are feeling',
    errorPrefix: 'Error:',
    yourAnswer: 'Your answer: {answer}',
    supportHeading: 'Support that may help',
    checkInAgain: 'Check in again',
    notAvailable: 'This check-in is not available right now.',

    privacyNotSaved: 'Your answer is not saved or sent anywhere.',
    privacyHistory: 'Your answers are saved only in this browser on this device. They are not sent to anyone.',
    privacyHistoryWhat: 'We keep the date and the answer you chose, and nothing you type.',
    storageProblem: 'Your check-ins cannot be saved in this browser. It may be full, or set to block saving. The check-in still works.',
    freeTextHint: 'What you type stays on this screen. It is not saved or sent anywhere, and it goes when you leave the page.',

    historyHeading: 'Your past check-ins',
    historyEmpty: 'You have no saved check-ins yet.',
    historyChartLabel: {
      one: 'Chart of your last check-in, on {to}.',
      other: 'Chart of your last {count} check-ins, from {from} to {to}.',
    },
    historyTableCaption: {
      one: 'Your last check-in',
      other: 'Your last {count} check-ins',
    },
    historyShowTable: 'Show my check-ins as a table',
    historyDate: 'Date',
    historyAnswer: 'Answer',
    deleteHistory: 'Delete my check-ins',
    historyDeleted: 'Your check-ins have been deleted from this browser.',
    deleteFailed: 'Your check-ins could not be deleted. You can clear this site’s data in your browser settings.',

    urgentTitle: 'Get help now',
    urgentMessage: 'If you feel unsafe or cannot cope, you do not have to wait. These free services can help.',
    samaritansLabel: 'Samaritans: call 116 123',
    samaritansDetail: 'Free, any time, day or night.',
    shoutLabel: 'Shout: text SHOUT to 85258',
    shoutDetail: 'Free, 24 hours a day, 7 days a week.',
    nhs111Label: 'NHS 111: call 111 and choose the mental health option',
    nhs111Detail: 'In Wales, call 111 and press 2.',
    emergencyLabel: '999: call if a life is at risk',
    emergencyDetail: 'Or go to A&E now.',
  },
  cy: {
    heading: 'Sut ydych chi’n teimlo heddiw?',
    submit: 'Gweld cymorth',
    chooseError: 'Dewiswch sut rydych chi’n teimlo',
    errorPrefix: 'Gwall:',
    yourAnswer: 'Eich ateb: {answer}',
    supportHeading: 'Cymorth a allai helpu',
    checkInAgain: 'Ateb eto',
    notAvailable: 'Dydy’r gwiriad hwn ddim ar gael ar hyn o bryd.',

    privacyNotSaved: 'Dydy eich ateb ddim yn cael ei gadw na’i anfon i unman.',
    privacyHistory: 'Dim ond yn y porwr hwn ar y ddyfais hon y caiff eich atebion eu cadw. Dydyn nhw ddim yn cael eu hanfon at neb.',
    privacyHistoryWhat: 'Rydyn ni’n cadw’r dyddiad a’r ateb a ddewisoch chi, a dim byd rydych chi’n ei deipio.',
    storageProblem: 'Does dim modd cadw eich atebion yn y porwr hwn. Efallai ei fod yn llawn, neu wedi’i osod i rwystro cadw. Mae’r gwiriad yn dal i weithio.',
    freeTextHint: 'Mae’r hyn rydych chi’n ei deipio yn aros ar y sgrin hon. Dydy e ddim yn cael ei gadw na’i anfon i unman, a bydd yn diflannu pan fyddwch chi’n gadael y dudalen.',

    historyHeading: 'Eich atebion blaenorol',
    historyEmpty: 'Does gennych chi ddim atebion wedi’u cadw eto.',
    historyChartLabel: {
      zero: 'Siart o’ch {count} ateb diwethaf, o {from} i {to}.',
      one: 'Siart o’ch ateb diwethaf, ar {to}.',
      two: 'Siart o’ch {count} ateb diwethaf, o {from} i {to}.',
      few: 'Siart o’ch {count} ateb diwethaf, o {from} i {to}.',
      many: 'Siart o’ch {count} ateb diwethaf, o {from} i {to}.',
      other: 'Siart o’ch {count} ateb diwethaf, o {from} i {to}.',
    },
    historyTableCaption: {
      zero: 'Eich {count} ateb diwethaf',
      one: 'Eich ateb diwethaf',
      two: 'Eich {count} ateb diwethaf',
      few: 'Eich {count} ateb diwethaf',
      many: 'Eich {count} ateb diwethaf',
      other: 'Eich {count} ateb diwethaf',
    },
    historyShowTable: 'Dangos fy atebion mewn tabl',
    historyDate: 'Dyddiad',
    historyAnswer: 'Ateb',
    deleteHistory: 'Dileu fy atebion',
    historyDeleted: 'Mae eich atebion wedi cael eu dileu o’r porwr hwn.',
    deleteFailed: 'Doedd dim modd dileu eich atebion. Gallwch chi glirio data’r wefan hon yng ngosodiadau eich porwr.',

    urgentTitle: 'Cael help nawr',
    urgentMessage: 'Os nad ydych chi’n teimlo’n ddiogel, neu os na allwch chi ymdopi, does dim rhaid aros. Gall y gwasanaethau hyn helpu, am ddim.',
    samaritansLabel: 'Samaritans: ffoniwch 116 123',
    samaritansDetail: 'Am ddim, unrhyw bryd, ddydd neu nos.',
    shoutLabel: 'Shout: anfonwch neges destun SHOUT i 85258',
    shoutDetail: 'Am ddim, 24 awr y dydd, 7 diwrnod yr wythnos.',
    nhs111Label: 'GIG 111: ffoniwch 111 a dewis yr opsiwn iechyd meddwl',
    nhs111Detail: 'Yng Nghymru, ffoniwch 111 a phwyso 2.',
    emergencyLabel: '999: ffoniwch os oes bywyd mewn perygl',
    emergencyDetail: 'Neu ewch i’r Adran Achosion Brys nawr.',
  },
} satisfies Translations<string>;

export type StringKey = keyof typeof strings.en;
