import type { Messages } from '@spf-wellbeing/core';
import type { HistoryStringKey } from './history-strings.js';

/** Welsh strings of the history of <spf-wellbeing-checkin>. Loaded only when a reader's language is Welsh. */
const cy: Messages<HistoryStringKey> = {
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
};

export default cy;
