import type { Messages } from '@spf-wellbeing/core';
import type { StringKey } from './strings.js';

/** Welsh UI strings of <spf-diagnostic-card>. Loaded only when a reader's language is Welsh. */
const cy: Messages<StringKey> = {
  heading: 'Hunanasesiad iechyd a llesiant',
  noDiagnostics: 'Nid oes hunanasesiad yn y ffrwd hon.',
  unknownDiagnostic: 'Nid oeddem yn gallu dod o hyd i’r hunanasesiad “{id}” yn y ffrwd hon.',
  noSections:
    'Nid oes datganiadau yn yr hunanasesiad hwn, felly nid oes modd ei ddefnyddio. Gofynnwch i’r bobl sy’n rhedeg y ffrwd ychwanegu rhai.',
  noScale:
    'Nid oes lefelau ateb yn yr hunanasesiad hwn, felly nid oes modd ei ddefnyddio. Mae angen o leiaf 2 lefel, pob un â rhif.',
  levelsLeftOut: {
    zero: 'Mae camgymeriad mewn {count} lefel ateb, felly maen nhw wedi’u gadael allan.',
    one: 'Mae camgymeriad mewn {count} lefel ateb, felly mae wedi’i chadael allan.',
    two: 'Mae camgymeriadau mewn {count} lefel ateb, felly maen nhw wedi’u gadael allan.',
    few: 'Mae camgymeriadau mewn {count} lefel ateb, felly maen nhw wedi’u gadael allan.',
    many: 'Mae camgymeriadau mewn {count} lefel ateb, felly maen nhw wedi’u gadael allan.',
    other: 'Mae camgymeriadau mewn {count} lefel ateb, felly maen nhw wedi’u gadael allan.',
  },
  statementsLeftOut: {
    zero: 'Mae camgymeriad mewn {count} datganiad, neu maen nhw’n ymddangos ddwywaith, felly maen nhw wedi’u gadael allan.',
    one: 'Mae camgymeriad mewn {count} datganiad, neu mae’n ymddangos ddwywaith, felly mae wedi’i adael allan.',
    two: 'Mae camgymeriad mewn {count} ddatganiad, neu maen nhw’n ymddangos ddwywaith, felly maen nhw wedi’u gadael allan.',
    few: 'Mae camgymeriad mewn {count} datganiad, neu maen nhw’n ymddangos ddwywaith, felly maen nhw wedi’u gadael allan.',
    many: 'Mae camgymeriad mewn {count} datganiad, neu maen nhw’n ymddangos ddwywaith, felly maen nhw wedi’u gadael allan.',
    other:
      'Mae camgymeriad mewn {count} datganiad, neu maen nhw’n ymddangos ddwywaith, felly maen nhw wedi’u gadael allan.',
  },
  setAside: {
    zero: 'Nid yw {count} ateb a gadwyd yn cyfateb i’r hunanasesiad hwn mwyach, felly rydym wedi’u rhoi o’r neilltu. Nid ydynt yn cael eu cyfrif.',
    one: 'Nid yw {count} ateb a gadwyd yn cyfateb i’r hunanasesiad hwn mwyach, felly rydym wedi’i roi o’r neilltu. Nid yw’n cael ei gyfrif.',
    two: 'Nid yw {count} ateb a gadwyd yn cyfateb i’r hunanasesiad hwn mwyach, felly rydym wedi’u rhoi o’r neilltu. Nid ydynt yn cael eu cyfrif.',
    few: 'Nid yw {count} ateb a gadwyd yn cyfateb i’r hunanasesiad hwn mwyach, felly rydym wedi’u rhoi o’r neilltu. Nid ydynt yn cael eu cyfrif.',
    many: 'Nid yw {count} ateb a gadwyd yn cyfateb i’r hunanasesiad hwn mwyach, felly rydym wedi’u rhoi o’r neilltu. Nid ydynt yn cael eu cyfrif.',
    other:
      'Nid yw {count} ateb a gadwyd yn cyfateb i’r hunanasesiad hwn mwyach, felly rydym wedi’u rhoi o’r neilltu. Nid ydynt yn cael eu cyfrif.',
  },
  storageOff:
    'Nid yw eich porwr yn gadael i ni gadw eich atebion. Os byddwch yn cau neu’n ail-lwytho’r dudalen hon, byddant yn cael eu colli. Lawrlwythwch gopi i’w cadw.',
  storageRead:
    'Daethom o hyd i atebion a gadwyd, ond nid oeddem yn gallu eu darllen. Gallwch ddechrau eto neu barhau o ffeil.',
  privacy: 'Mae eich atebion yn cael eu cadw yn y porwr hwn yn unig. Nid ydynt yn cael eu hanfon i unman.',
  overviewHeading: 'Adrannau',
  answeredOf: '{answered} o {total} wedi’u hateb',
  overallProgress: 'Rydych wedi ateb {answered} o {total} datganiad.',
  openSection: 'Agor',
  seeResults: 'Gweld y canlyniadau',
  startAgain: 'Dechrau eto',
  backToOverview: 'Yn ôl i’r trosolwg',
  partUnavailable: 'Nid yw hwn ar gael ar hyn o bryd. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
  exportHeading: 'Cadw, rhannu neu gymharu',
  exportIntro:
    'Lawrlwythwch eich atebion i’w rhannu neu i gadw cofnod. Gallwch lwytho’r ffeil JSON yn nes ymlaen i barhau, neu i weld beth sydd wedi newid.',
  downloadCsv: 'Lawrlwytho taenlen (CSV)',
  downloadJson: 'Lawrlwytho atebion i’w llwytho eto (JSON)',
  continueLabel: 'Parhau o ffeil',
  chooseFile: 'Dewis ffeil',
  continueHint: 'Dewiswch ffeil JSON a lawrlwythwyd gennych o’r hunanasesiad hwn.',
  compareLabel: 'Cymharu ag asesiad cynharach',
  compareHint: 'Dewiswch ffeil JSON o adeg gynharach. Byddwn yn dangos beth sydd wedi newid ym mhob adran.',
};

export default cy;
