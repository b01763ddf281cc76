import type { Messages } from '@spf-wellbeing/core';
import type { StringKey } from './strings.js';

/** Welsh UI strings of <spf-podcast-player>. Loaded only when a reader's language is Welsh. */
const cy: Messages<StringKey> = {
  play: 'Chwarae',
  partOf: 'Rhan {number} o {count}',
  download: 'Lawrlwytho ({type}, {size})',
  downloadNoSize: 'Lawrlwytho ({type})',
  errorTitle: 'Mae’n ddrwg gennym, nid oes modd chwarae’r bennod hon ar hyn o bryd',
  errorNetwork: 'Mae’r sain wedi stopio llwytho. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
  errorUnsupported: 'Nid yw eich porwr yn gallu chwarae’r ffeil sain hon.',
  errorNoEpisode: 'Nid oeddem yn gallu dod o hyd i’r bennod hon.',
  downloadInstead: 'Gallwch lawrlwytho’r bennod a’i chwarae ar eich dyfais.',
};

export default cy;
