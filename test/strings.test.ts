// Every UI string exists in English and Welsh (NHS Wales must offer Welsh),
// with the same placeholders, so no Welsh reader meets an English label.
import { expect } from '@open-wc/testing';
import { coreStrings } from '@spf-wellbeing/core';
import { strings as resources } from '@spf-wellbeing/resources';
import { strings as podcastPlayer } from '@spf-wellbeing/podcast-player';
import { transcriptStrings as podcastTranscript } from '../packages/podcast-player/src/transcript-strings.js';
import { controlsStrings as podcastControls } from '../packages/podcast-player/src/controls-strings.js';
import { strings as wellbeingCheckin, historyStrings as checkinHistory } from '@spf-wellbeing/wellbeing-checkin';
import { strings as diagnosticCard } from '@spf-wellbeing/diagnostic-card';
import { resultsStrings as diagnosticResults } from '../packages/diagnostic-card/src/results/results-strings.js';
import { sectionStrings as diagnosticSection } from '../packages/diagnostic-card/src/section/section-strings.js';
import { filesStrings as diagnosticFiles } from '../packages/diagnostic-card/src/files/files-strings.js';
import { strings as embedBuilder } from '../packages/widgets/src/embed/strings.js';
import { pageStrings as embedPage } from '../packages/widgets/src/embed/page-strings.js';

type Table = Record<string, string | Record<string, string>>;
type Strings = { en: Table; cy: Table | (() => Promise<{ default: Table }>) };
const tables: Record<string, Strings> = {
  coreStrings,
  resources,
  podcastPlayer,
  podcastControls,
  podcastTranscript,
  wellbeingCheckin,
  checkinHistory,
  diagnosticCard,
  diagnosticResults,
  diagnosticSection,
  diagnosticFiles,
  embedBuilder,
  embedPage,
};

/** Welsh is loaded on first use; this loads it the way the elements do. */
const welsh = async (table: Strings): Promise<Table> =>
  typeof table.cy === 'function' ? (await table.cy()).default : table.cy;

const placeholders = (message: string | Record<string, string>) =>
  [
    ...new Set(
      Object.values(typeof message === 'string' ? { other: message } : message).flatMap(
        (text) => text.match(/\{\w+\}/g) ?? [],
      ),
    ),
  ].sort();

describe('UI strings', () => {
  for (const [name, table] of Object.entries(tables)) {
    it(`${name} has every string in English and Welsh, with the same placeholders`, async () => {
      const cyTable = await welsh(table);
      expect(Object.keys(cyTable).sort(), `${name}: keys`).to.deep.equal(Object.keys(table.en).sort());
      for (const key of Object.keys(table.en)) {
        const en = table.en[key];
        const cy = cyTable[key];
        expect(cy, `${name}.${key} in Welsh`).to.exist;
        expect(placeholders(cy), `${name}.${key} placeholders`).to.deep.equal(placeholders(en));
        const texts = typeof cy === 'string' ? [cy] : Object.values(cy);
        for (const text of texts) expect(text.trim(), `${name}.${key} in Welsh is empty`).not.to.equal('');
        if (typeof en !== 'string') expect(cy, `${name}.${key} needs plural forms in Welsh`).to.have.property('other');
      }
    });
  }
});
