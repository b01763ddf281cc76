import type { Messages } from '@spf-wellbeing/core';
import type { FilesStringKey } from './files-strings.js';

const cy: Messages<FilesStringKey> = {
  csvSection: 'Adran',
  csvStatement: 'Datganiad',
  csvValue: 'Gwerth',
  csvLabel: 'Lefel',
  refusedTooBig:
    'Mae’r ffeil hon yn rhy fawr. Dewiswch ffeil JSON sy’n llai nag 1 MB a lawrlwythwyd gennych o’r hunanasesiad hwn.',
  refusedNotJson: 'Nid oes modd darllen y ffeil hon. Dewiswch ffeil JSON a lawrlwythwyd gennych o’r hunanasesiad hwn.',
  refusedNotOurs:
    'Nid hunanasesiad a gadwyd yw’r ffeil hon. Dewiswch ffeil JSON a lawrlwythwyd gennych o’r hunanasesiad hwn.',
  refusedNewer:
    'Cafodd y ffeil hon ei chadw gan fersiwn mwy newydd o’r adnodd hwn, felly nid oes modd i ni ei darllen.',
  refusedOther: 'Mae’r ffeil hon ar gyfer hunanasesiad gwahanol, felly nid oes modd ei defnyddio yma.',
  answersUnchanged: 'Nid yw eich atebion wedi newid.',
  imported: {
    zero: 'Rydym wedi llwytho {count} ateb o’r ffeil.',
    one: 'Rydym wedi llwytho {count} ateb o’r ffeil.',
    two: 'Rydym wedi llwytho {count} ateb o’r ffeil.',
    few: 'Rydym wedi llwytho {count} ateb o’r ffeil.',
    many: 'Rydym wedi llwytho {count} ateb o’r ffeil.',
    other: 'Rydym wedi llwytho {count} ateb o’r ffeil.',
  },
  confirmImportHeading: 'Rhoi’r ffeil yn lle eich atebion?',
  confirmImportText: {
    zero: 'Mae {count} ateb yn y ffeil. Byddant yn cymryd lle’r atebion sydd gennych nawr.',
    one: 'Mae {count} ateb yn y ffeil. Bydd yn cymryd lle’r atebion sydd gennych nawr.',
    two: 'Mae {count} ateb yn y ffeil. Byddant yn cymryd lle’r atebion sydd gennych nawr.',
    few: 'Mae {count} ateb yn y ffeil. Byddant yn cymryd lle’r atebion sydd gennych nawr.',
    many: 'Mae {count} ateb yn y ffeil. Byddant yn cymryd lle’r atebion sydd gennych nawr.',
    other: 'Mae {count} ateb yn y ffeil. Byddant yn cymryd lle’r atebion sydd gennych nawr.',
  },
  confirm: 'Ydw, parhau',
  confirmHeading: 'Dechrau eto?',
  confirmText: {
    zero: 'Bydd hyn yn dileu eich {count} ateb. Nid oes modd dadwneud hyn.',
    one: 'Bydd hyn yn dileu eich {count} ateb. Nid oes modd dadwneud hyn.',
    two: 'Bydd hyn yn dileu eich {count} ateb. Nid oes modd dadwneud hyn.',
    few: 'Bydd hyn yn dileu pob un o’ch {count} ateb. Nid oes modd dadwneud hyn.',
    many: 'Bydd hyn yn dileu pob un o’ch {count} ateb. Nid oes modd dadwneud hyn.',
    other: 'Bydd hyn yn dileu pob un o’ch {count} ateb. Nid oes modd dadwneud hyn.',
  },
  confirmStart: 'Ydw, dileu fy atebion',
  cancel: 'Canslo',
  cleared: 'Mae eich atebion wedi cael eu dileu. Gallwch ddechrau eto.',
};

export default cy;
