import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { clearFeedRequests } from '@spf-wellbeing/feed';
import { settled, stubFetch } from '../../../test/helpers/test-widget.js';
import './define.js';
import type { SpfDiagnosticCard } from './spf-diagnostic-card.js';
import type { SpfDiagnosticChangeEvent } from './events.js';

const fixtures = new URL('./test-fixtures/', import.meta.url).href;
const small = `${fixtures}small-diagnostic.json`;
const bad = `${fixtures}bad-diagnostics.json`;
const hostile = `${fixtures}hostile-diagnostic.json`;
const KEY = 'spf-diagnostic:v1:mini';

const $ = <T extends Element = HTMLElement>(el: SpfDiagnosticCard, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: SpfDiagnosticCard, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const text = (el: SpfDiagnosticCard) => clean(el.shadowRoot!.textContent);

async function card(
  template = html`<spf-diagnostic-card feed=${small}></spf-diagnostic-card>`,
): Promise<SpfDiagnosticCard> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('spf-diagnostic-card')!;
  await settled(el);
  return el;
}

async function click(el: SpfDiagnosticCard, selector: string): Promise<void> {
  const target = $(el, selector);
  if (!target) throw new Error(`Nothing matches ${selector}`);
  target.click();
  await el.updateComplete;
}

/** One of our saved files for the small diagnostic, as text. */
const savedFile = (answers: Record<string, number>) =>
  JSON.stringify({ format: 'spf-diagnostic', version: 1, diagnostic: 'mini', savedAt: '', answers });

/** Clicks Start again and waits for the step that asks (its code comes with the files area's). */
async function startAgain(el: SpfDiagnosticCard): Promise<void> {
  await click(el, '#start-again');
  await waitUntil(() => $(el, '#confirm-heading'), 'Start again did not ask');
  await el.updateComplete;
}

/** Picks a level for statement `s` of the open section by clicking its label, as a person would. */
async function choose(el: SpfDiagnosticCard, section: number, s: number, level: number): Promise<void> {
  await click(el, `label[for="st-${section}-${s}-${level}"]`);
}

function saved(key = KEY): { answers: Record<string, number> } | null {
  const raw = localStorage.getItem(key);
  return raw === null ? null : (JSON.parse(raw) as { answers: Record<string, number> });
}

function seed(answers: Record<string, unknown>, key = KEY, diagnostic = 'mini'): void {
  localStorage.setItem(
    key,
    JSON.stringify({ format: 'spf-diagnostic', version: 1, diagnostic, savedAt: '2026-01-01T00:00:00.000Z', answers }),
  );
}

async function chooseFile(
  el: SpfDiagnosticCard,
  target: 'continue' | 'compare',
  content: string | Blob,
  name = 'answers.json',
): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${target}-file`)!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // Reading a file is asynchronous: wait for the input to be emptied again.
  await waitUntil(() => input.value === '' || !input.isConnected, 'The file was not read');
  await el.updateComplete;
}

/** Catches downloads: the Blob given to URL.createObjectURL and the link's file name. */
function catchDownloads() {
  const downloads: { name: string; blob: Blob }[] = [];
  const create = URL.createObjectURL;
  const clickLink = HTMLAnchorElement.prototype.click;
  let last: Blob | undefined;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    last = blob as Blob;
    return 'blob:caught';
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) downloads.push({ name: this.download, blob: last! });
    else clickLink.call(this);
  };
  return {
    downloads,
    restore() {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = clickLink;
    },
  };
}

function tableRows(table: Element | null): string[][] {
  return [...(table?.querySelectorAll('tr') ?? [])].map((row) =>
    [...row.children].map((cell) => clean(cell.textContent)),
  );
}

describe('<spf-diagnostic-card>', () => {
  beforeEach(() => {
    clearFeedRequests();
    localStorage.clear();
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('overview', () => {
    it('shows the title, summary and each section with its progress', async () => {
      const el = await card();
      expect(clean($(el, 'h2#title')!.textContent)).to.equal('Mini self-assessment');
      expect(text(el)).to.contain('A short test assessment.');
      expect(text(el)).to.contain('You have answered 0 of 4 statements.');
      const sections = $$(el, '[part="overview"] .sections li');
      expect(sections.map((li) => clean(li.querySelector('h4')!.textContent))).to.deep.equal([
        'Relationships',
        'Data insights',
      ]);
      expect(sections.map((li) => clean(li.querySelector('p')!.textContent))).to.deep.equal([
        '0 of 2 answered',
        '0 of 2 answered',
      ]);
      expect(clean($(el, '#open-1')!.textContent)).to.equal('Open: Data insights');
      expect($(el, '#start-again')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('uses the diagnostic attribute and heading-level', async () => {
      const el = await card(
        html`<spf-diagnostic-card feed=${small} diagnostic="second" heading-level="4"></spf-diagnostic-card>`,
      );
      expect(clean($(el, 'h4#title')!.textContent)).to.equal('Second assessment');
      expect(clean($(el, '.sections h6')!.textContent)).to.equal('Only section');
      await expect(el).to.be.accessible();
    });

    it('takes the first diagnostic of the embedded default feed when given no feed', async () => {
      const el = await card(html`<spf-diagnostic-card></spf-diagnostic-card>`);
      expect(clean($(el, '#title')!.textContent)).to.equal('Staff health and wellbeing self-assessment');
      expect($$(el, '.sections li')).to.have.length(7);
      expect(text(el)).to.contain('You have answered 0 of 28 statements.');
      await expect(el).to.be.accessible();
    });
  });

  describe('answering and saving', () => {
    it('shows each statement as a radio group with the level descriptions', async () => {
      const el = await card();
      await click(el, '#open-0');
      expect(el.shadowRoot!.activeElement?.id).to.equal('section-heading');
      expect(clean($(el, '#section-heading')!.textContent)).to.equal('Section 1 of 2 Relationships');
      const fieldsets = $$(el, 'fieldset');
      expect(fieldsets.map((f) => clean(f.querySelector('legend')!.textContent))).to.deep.equal([
        'Teams check in with each other.',
        'We deal with bullying quickly.',
      ]);
      const radios = $$<HTMLInputElement>(el, 'fieldset:first-of-type input[type="radio"]');
      expect(radios.map((r) => r.labels![0].textContent.trim())).to.deep.equal([
        'Not started',
        'Developing',
        'Embedded',
      ]);
      expect(
        radios.map((r) => clean(el.shadowRoot!.getElementById(r.getAttribute('aria-describedby')!)!.textContent)),
      ).to.deep.equal(['Nothing in place yet.', 'Started in some places.', 'Part of how we work.']);
      expect(new Set(radios.map((r) => r.name)).size).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('saves every answer, fires spf-diagnostic-change, and restores after a reload', async () => {
      const el = await card();
      await click(el, '#open-0');
      const changed = oneEvent<SpfDiagnosticChangeEvent>(el, 'spf-diagnostic-change');
      await choose(el, 0, 1, 2);
      const event = await changed;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.answers).to.deep.equal({ 'people-2': 2 });
      expect(event.detail.scores.sections[0]).to.include({ answered: 1, percent: 100 });
      expect(saved()!.answers).to.deep.equal({ 'people-2': 2 });
      // Skip to the next section and answer there.
      await click(el, '#next');
      await choose(el, 1, 0, 0);
      expect(saved()!.answers).to.deep.equal({ 'people-2': 2, 'data-1': 0 });

      // "Reload": remove the element and make a new one.
      const parent = el.parentElement!;
      el.remove();
      const again = document.createElement('spf-diagnostic-card');
      again.feed = small;
      parent.append(again);
      await settled(again);
      const progress = $$(again, '.sections li p').map((p) => clean(p.textContent));
      expect(progress).to.deep.equal(['1 of 2 answered', '1 of 2 answered']);
      await click(again, '#open-0');
      expect($<HTMLInputElement>(again, '#st-0-1-2')!.checked).to.equal(true);
      expect($$<HTMLInputElement>(again, '#st-0-0-0, #st-0-0-1, #st-0-0-2').some((r) => r.checked)).to.equal(false);
    });

    it('lets people clear an answer and go back and forth between sections', async () => {
      const el = await card();
      await click(el, '#open-1');
      expect($(el, '#previous')).to.exist;
      await choose(el, 1, 0, 1);
      await click(el, 'fieldset .link');
      expect(saved()).to.equal(null);
      expect(el.shadowRoot!.activeElement?.id).to.equal('st-1-0-0');
      await click(el, '#previous');
      expect(clean($(el, '#section-heading')!.textContent)).to.contain('Relationships');
      await click(el, '#back');
      expect(el.shadowRoot!.activeElement?.id).to.equal('open-0');
    });

    it('follows answers saved in another tab, staying on the same section', async () => {
      const el = await card();
      await click(el, '#open-1');
      seed({ 'data-1': 2, 'people-1': 0 });
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: localStorage.getItem(KEY) }));
      await el.updateComplete;
      expect(clean($(el, '#section-heading')!.textContent)).to.contain('Data insights');
      expect($<HTMLInputElement>(el, '#st-1-0-2')!.checked).to.equal(true);
      await click(el, '#back');
      expect($$(el, '.sections li p').map((p) => clean(p.textContent))).to.deep.equal([
        '1 of 2 answered',
        '1 of 2 answered',
      ]);
    });

    it('keeps separate assessments apart with storage-key', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <spf-diagnostic-card feed=${small} storage-key="team-a"></spf-diagnostic-card>
          <spf-diagnostic-card feed=${small} storage-key="team-b"></spf-diagnostic-card>
        </div>`,
      );
      const [a, b] = [...wrapper.querySelectorAll('spf-diagnostic-card')];
      await settled(a);
      await settled(b);
      await click(a, '#open-0');
      await choose(a, 0, 0, 1);
      expect(saved('spf-diagnostic:v1:team-a')!.answers).to.deep.equal({ 'people-1': 1 });
      expect(saved('spf-diagnostic:v1:team-b')).to.equal(null);
      expect(clean($(b, '.sections li p')!.textContent)).to.equal('0 of 2 answered');
    });

    it('keeps working and says so when the browser will not save', async () => {
      const setItem = Storage.prototype.setItem;
      const getItem = Storage.prototype.getItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('Full', 'QuotaExceededError');
      };
      Storage.prototype.getItem = () => {
        throw new DOMException('Blocked', 'SecurityError');
      };
      try {
        const el = await card();
        expect(text(el)).to.contain('Your browser is not letting us save your answers.');
        await click(el, '#open-0');
        await choose(el, 0, 0, 2);
        expect($<HTMLInputElement>(el, '#st-0-0-2')!.checked).to.equal(true);
        await click(el, '#back');
        expect(clean($(el, '.sections li p')!.textContent)).to.equal('1 of 2 answered');
        expect(text(el)).to.contain('Your browser is not letting us save your answers.');
        await expect(el).to.be.accessible();
      } finally {
        Storage.prototype.setItem = setItem;
        Storage.prototype.getItem = getItem;
      }
    });

    it('sets aside saved answers that no longer match, and says how many', async () => {
      seed({ 'people-1': 1, 'gone-1': 2, 'gone-2': 0, 'data-1': 9 });
      const el = await card();
      expect(text(el)).to.contain('3 saved answers no longer match this self-assessment, so we have set them aside.');
      expect(text(el)).to.contain('You have answered 1 of 4 statements.');
      await expect(el).to.be.accessible();
    });

    it('says so when saved answers cannot be read, and carries on', async () => {
      localStorage.setItem(KEY, '{not json');
      const el = await card();
      expect(text(el)).to.contain('We found saved answers, but could not read them.');
      expect(text(el)).to.contain('You have answered 0 of 4 statements.');
      await expect(el).to.be.accessible();
      await click(el, '#open-0');
      await choose(el, 0, 0, 1);
      expect(saved()!.answers).to.deep.equal({ 'people-1': 1 });
    });

    it('asks before starting again, and Cancel keeps the answers', async () => {
      seed({ 'people-1': 1, 'data-2': 2 });
      const el = await card();
      await startAgain(el);
      const confirm = $(el, '[part="confirm"]')!;
      expect(clean(confirm.textContent)).to.contain('Start again? This deletes all 2 answers.');
      expect(el.shadowRoot!.activeElement?.id).to.equal('confirm-heading');
      expect($(el, '[part="overview"]')).to.equal(null);
      await expect(el).to.be.accessible();
      await click(el, '#confirm-cancel');
      expect(el.shadowRoot!.activeElement?.id).to.equal('start-again');
      expect(saved()!.answers).to.deep.equal({ 'people-1': 1, 'data-2': 2 });

      await startAgain(el);
      const changed = oneEvent<SpfDiagnosticChangeEvent>(el, 'spf-diagnostic-change');
      await click(el, '#confirm-yes');
      expect((await changed).detail.answers).to.deep.equal({});
      expect(saved()).to.equal(null);
      expect(text(el)).to.contain('Your answers have been deleted.');
      expect(text(el)).to.contain('You have answered 0 of 4 statements.');
    });
  });

  describe('results', () => {
    it('shows the overall score, what is left, a chart with a table alternative, highlights and where to start', async () => {
      seed({ 'people-1': 2, 'people-2': 1, 'data-1': 0 });
      const el = await card();
      await click(el, '#see-results');
      expect(el.shadowRoot!.activeElement?.id).to.equal('results-heading');
      expect(clean($(el, '.overall')!.textContent)).to.equal('Overall score: 50%, Developing.');
      expect(text(el)).to.contain('1 statement is not answered yet.');

      const chart = $(el, 'svg[part="chart"]')!;
      expect(chart.getAttribute('role')).to.equal('img');
      expect(chart.getAttribute('aria-label')).to.contain('The table below gives the same figures.');
      expect([...chart.querySelectorAll('.chart-bar')].map((bar) => bar.getAttribute('width'))).to.deep.equal([
        '60%',
        '0%',
      ]);
      expect(chart.getAttribute('style')).to.equal(null);

      const table = $(el, 'table[part="scores-table"]')!;
      expect(clean(table.querySelector('caption')!.textContent)).to.equal('Score for each section');
      expect(tableRows(table)).to.deep.equal([
        ['Section', 'Score', 'Level', 'Answered'],
        ['Relationships', '75%', 'Developing', '2 of 2'],
        ['Data insights', '0%', 'Not started', '1 of 2'],
        ['Overall', '50%', 'Developing', '3 of 4'],
      ]);
      expect(table.querySelectorAll('th[scope="row"]')).to.have.length(3);

      expect(text(el)).to.contain('Strongest: Relationships (75%)');
      expect(text(el)).to.contain('Needs most work: Data insights (0%)');

      const start = $(el, '.start-list')!;
      expect(clean(start.textContent)).to.contain('We collect data on staff health. Your answer: Not started');
      expect(clean(start.textContent)).to.contain('We deal with bullying quickly. Your answer: Developing');
      expect(clean(start.textContent)).not.to.contain('Teams check in with each other.');
      const links = [...start.querySelectorAll('a')].map((a) => [
        clean(a.textContent),
        a.getAttribute('href'),
        clean(a.parentElement!.textContent),
      ]);
      expect(links).to.deep.equal([
        ['Using workforce data', 'https://example.org/data', 'Using workforce data'],
        ['Tackling bullying at work', 'https://www.unison.org.uk/bullying', 'Tackling bullying at work from UNISON'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('wraps chart labels to the width there is', async () => {
      await setViewport({ width: 800, height: 600 });
      seed({ 'personal-1': 2 }, 'spf-diagnostic:v1:hwb-framework-2021', 'hwb-framework-2021');
      const el = await card(html`<spf-diagnostic-card></spf-diagnostic-card>`);
      await click(el, '#see-results');
      const firstLabel = () =>
        [...$(el, 'svg.chart g')!.querySelectorAll('.chart-label')].map((line) => line.textContent);
      await waitUntil(() => firstLabel().length === 1, `The label wrapped at ${el.clientWidth}px`);
      expect(firstLabel()).to.deep.equal(['Improving personal health and wellbeing']);
      await setViewport({ width: 320, height: 640 });
      await waitUntil(() => firstLabel().length === 2, 'The label did not wrap at 320px');
      expect(firstLabel()).to.deep.equal(['Improving personal health and', 'wellbeing']);
    });

    it('says when nothing is answered yet', async () => {
      const el = await card();
      await click(el, '#see-results');
      expect(text(el)).to.contain('You have not answered any statements yet.');
      expect($(el, 'svg')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows sections with no answers as not answered in the chart and table', async () => {
      seed({ 'people-1': 2 });
      const el = await card();
      await click(el, '#see-results');
      expect(clean($(el, 'svg')!.textContent)).to.contain('Not answered yet');
      expect(tableRows($(el, 'table'))[2]).to.deep.equal(['Data insights', '–', 'Not answered yet', '0 of 2']);
    });
  });

  describe('print', () => {
    /**
     * Applies the element's own `@media print` rules on screen. Media emulation
     * of print needs CDP (Chromium only), so this works the same in every engine.
     */
    function printStyles(el: SpfDiagnosticCard): () => void {
      const root = el.shadowRoot!;
      const sheets = root.adoptedStyleSheets;
      const rules = sheets
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
        .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
      expect(rules.length).to.be.greaterThan(0);
      const print = new CSSStyleSheet();
      print.replaceSync(rules.join('\n'));
      root.adoptedStyleSheets = [...sheets, print];
      return () => (root.adoptedStyleSheets = sheets);
    }

    it('prints a summary: scores table and where to start, with no buttons, form controls or chart', async () => {
      seed({ 'people-1': 2, 'people-2': 1, 'data-1': 0 });
      const el = await card();
      await click(el, '#see-results');
      const restore = printStyles(el);
      try {
        const shown = (selector: string) => $$(el, selector).filter((node) => node.getBoundingClientRect().height > 0);
        expect(shown('button'), 'buttons').to.have.length(0);
        expect(shown('input'), 'inputs').to.have.length(0);
        expect(shown('[part="export"]'), 'export').to.have.length(0);
        expect(shown('svg.chart'), 'chart').to.have.length(0);
        expect(shown('table[part="scores-table"]'), 'table').to.have.length(1);
        expect(shown('.start-list'), 'where to start').to.have.length(1);
      } finally {
        restore();
      }
    });
  });

  describe('files', () => {
    it('downloads a CSV with one row per statement', async () => {
      seed({ 'people-1': 2, 'data-2': 0 });
      const el = await card();
      const caught = catchDownloads();
      try {
        await click(el, '#download-csv');
      } finally {
        caught.restore();
      }
      expect(caught.downloads).to.have.length(1);
      const { name, blob } = caught.downloads[0];
      expect(name).to.match(/^mini-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(blob.type).to.equal('text/csv;charset=utf-8');
      // A byte order mark first, so spreadsheet programs read the file as UTF-8.
      expect([...new Uint8Array(await blob.slice(0, 3).arrayBuffer())]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const csv = await blob.text();
      expect(csv).to.equal(
        'Section,Statement,Value,Level\r\n' +
          'Relationships,Teams check in with each other.,2,Embedded\r\n' +
          'Relationships,We deal with bullying quickly.,,\r\n' +
          'Data insights,We collect data on staff health.,,\r\n' +
          'Data insights,We act on what the data shows.,0,Not started\r\n',
      );
      // The temporary link is gone.
      expect($(el, 'a[download]')).to.equal(null);
    });

    it('round-trips answers through a JSON file: download, start again, continue from the file', async () => {
      seed({ 'people-1': 2, 'data-2': 1 });
      const el = await card();
      const caught = catchDownloads();
      try {
        await click(el, '#download-json');
      } finally {
        caught.restore();
      }
      const json = await caught.downloads[0].blob.text();
      const file = JSON.parse(json) as { answers: unknown; savedAt: string };
      expect(file).to.include({ format: 'spf-diagnostic', version: 1, diagnostic: 'mini' });
      expect(file.answers).to.deep.equal({ 'people-1': 2, 'data-2': 1 });
      expect(Date.parse(file.savedAt)).to.be.a('number').and.not.NaN;

      await startAgain(el);
      await click(el, '#confirm-yes');
      expect(saved()).to.equal(null);
      const changed = oneEvent<SpfDiagnosticChangeEvent>(el, 'spf-diagnostic-change');
      await chooseFile(el, 'continue', json);
      expect((await changed).detail.answers).to.deep.equal({ 'people-1': 2, 'data-2': 1 });
      expect(saved()!.answers).to.deep.equal({ 'people-1': 2, 'data-2': 1 });
      expect(text(el)).to.contain('We loaded 2 answers from the file.');
      expect(text(el)).to.contain('You have answered 2 of 4 statements.');
    });

    it('asks before a file replaces answers people already have', async () => {
      seed({ 'people-1': 0 });
      const el = await card();
      await chooseFile(el, 'continue', savedFile({ 'data-1': 2, 'data-2': 2, 'people-2': 1 }));
      expect(clean($(el, '[part="confirm"]')!.textContent)).to.contain(
        'The file has 3 answers. They will replace the answers you have now.',
      );
      await expect(el).to.be.accessible();
      await click(el, '#confirm-cancel');
      expect(saved()!.answers).to.deep.equal({ 'people-1': 0 });
      await chooseFile(el, 'continue', savedFile({ 'data-1': 2 }));
      await click(el, '#confirm-yes');
      expect(saved()!.answers).to.deep.equal({ 'data-1': 2 });
    });

    const refusals: [string, string | Blob, string][] = [
      ['a file that is not JSON', 'this is not { json', 'This file cannot be read.'],
      ['JSON of another kind', '{"version": 1, "resources": []}', 'This file is not a saved self-assessment.'],
      [
        'a file for another diagnostic',
        '{"format": "spf-diagnostic", "version": 1, "diagnostic": "second", "answers": {"people-1": 1}}',
        'This file is for a different self-assessment',
      ],
      [
        'a file from a newer version',
        '{"format": "spf-diagnostic", "version": 7, "diagnostic": "mini", "answers": {}}',
        'saved by a newer version',
      ],
      ['a file over 1 MB', new Blob([' '.repeat(1_000_001)]), 'This file is too big.'],
    ];
    for (const [name, content, message] of refusals) {
      it(`refuses ${name} with a message, leaving the answers untouched`, async () => {
        seed({ 'people-1': 1 });
        const el = await card();
        let changes = 0;
        el.addEventListener('spf-diagnostic-change', () => changes++);
        await chooseFile(el, 'continue', content);
        const error = $(el, '#continue-file-error')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(clean(error.textContent)).to.contain(message);
        expect(clean(error.textContent)).to.contain('Your answers have not changed.');
        expect($(el, '#continue-file-button')!.getAttribute('aria-describedby')).to.contain('continue-file-error');
        expect(saved()!.answers).to.deep.equal({ 'people-1': 1 });
        expect(text(el)).to.contain('You have answered 1 of 4 statements.');
        expect(changes).to.equal(0);
        await expect(el).to.be.accessible();
      });
    }

    it('refuses a comparison file that is not ours, keeping the answers', async () => {
      seed({ 'people-1': 1 });
      const el = await card();
      await chooseFile(el, 'compare', '[]');
      expect(clean($(el, '#compare-file-error')!.textContent)).to.contain('This file is not a saved self-assessment.');
      expect($(el, '[part="compare"]')).to.equal(null);
      expect(saved()!.answers).to.deep.equal({ 'people-1': 1 });
    });

    it('compares with an earlier assessment, showing the change per section', async () => {
      seed({ 'people-1': 2, 'people-2': 2, 'data-1': 0 });
      const el = await card();
      const earlier = {
        format: 'spf-diagnostic',
        version: 1,
        diagnostic: 'mini',
        savedAt: '2025-08-06T09:00:00.000Z',
        answers: { 'people-1': 1, 'people-2': 0, 'data-1': 0, gone: 2 },
      };
      await chooseFile(el, 'compare', JSON.stringify(earlier));
      const compare = $(el, '[part="compare"]')!;
      expect(el.shadowRoot!.activeElement?.id).to.equal('compare-heading');
      expect(clean(compare.querySelector('caption')!.textContent)).to.equal(
        'Change in each section since the earlier assessment, saved 6 August 2025',
      );
      expect(tableRows(compare.querySelector('table'))).to.deep.equal([
        ['Section', 'Earlier', 'Now', 'Change'],
        ['Relationships', '25%', '100%', '+75 points'],
        ['Data insights', '0%', '0%', 'No change'],
        ['Overall', '17%', '67%', '+50 points'],
      ]);
      // The current answers are not touched by a comparison.
      expect(saved()!.answers).to.deep.equal({ 'people-1': 2, 'people-2': 2, 'data-1': 0 });
      await expect(el).to.be.accessible();
      await click(el, '[part="compare"] button');
      expect($(el, '[part="compare"]')).to.equal(null);
    });

    it('gives each file field a visible label and a "Choose a file" button in the page language that opens a JSON file chooser', async () => {
      const el = await card();
      for (const [id, label] of [
        ['continue-file', 'Continue from a file'],
        ['compare-file', 'Compare with an earlier assessment'],
      ]) {
        const input = $<HTMLInputElement>(el, `#${id}`)!;
        expect(input.accept).to.equal('.json,application/json');
        expect(clean(input.labels![0].textContent)).to.equal(label);
        expect(input.labels![0].getBoundingClientRect().height).to.be.greaterThan(0);
        // The browser's own control (its text in the browser's language) is not shown or tabbable.
        expect(input.tabIndex).to.equal(-1);
        expect(input.getBoundingClientRect().width).to.be.at.most(1);
        const button = $<HTMLButtonElement>(el, `#${id}-button`)!;
        expect(clean(button.textContent)).to.equal('Choose a file');
        expect(button.getBoundingClientRect().height).to.be.at.least(24);
        // Its name says which field it is for, and includes its visible text.
        const name = button
          .getAttribute('aria-labelledby')!
          .split(' ')
          .map((each) => clean(el.shadowRoot!.getElementById(each)!.textContent))
          .join(' ');
        expect(name).to.equal(`${label} Choose a file`);
      }
      await expect(el).to.be.accessible();
    });

    it('opens the file chooser from the keyboard', async () => {
      const el = await card();
      const input = $<HTMLInputElement>(el, '#continue-file')!;
      let opened = 0;
      // Counts the click the button gives the input, and keeps the system's dialog from opening.
      input.addEventListener('click', (event) => {
        opened++;
        event.preventDefault();
      });
      $<HTMLButtonElement>(el, '#continue-file-button')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(opened).to.equal(1);
      await sendKeys({ press: 'Space' });
      expect(opened).to.equal(2);
      await expect(el).to.be.accessible();
    });

    it('says "Choose a file" in Welsh on a Welsh page', async () => {
      const el = await card(html`<spf-diagnostic-card lang="cy" feed=${small}></spf-diagnostic-card>`);
      expect(clean($(el, '#continue-file-button')!.textContent)).to.equal('Dewis ffeil');
      expect(clean($(el, '#continue-file-label')!.textContent)).to.equal('Parhau o ffeil');
      await expect(el).to.be.accessible();
    });

    it('refuses a file, asks before replacing answers and downloads a spreadsheet in Welsh (the files area brings its strings)', async () => {
      seed({ 'people-1': 2 });
      const el = await card(html`<spf-diagnostic-card lang="cy" feed=${small}></spf-diagnostic-card>`);
      await chooseFile(el, 'continue', '[]');
      expect(clean($(el, '#continue-file-error')!.textContent)).to.equal(
        'Nid hunanasesiad a gadwyd yw’r ffeil hon. Dewiswch ffeil JSON a lawrlwythwyd gennych o’r hunanasesiad hwn. Nid yw eich atebion wedi newid.',
      );
      await expect(el).to.be.accessible();
      await chooseFile(el, 'continue', savedFile({ 'data-1': 2 }));
      expect(clean($(el, '#confirm-heading')!.textContent)).to.equal('Rhoi’r ffeil yn lle eich atebion?');
      expect(clean($(el, '#confirm-yes')!.textContent)).to.equal('Ydw, parhau');
      await click(el, '#confirm-yes');
      expect(text(el)).to.contain('Rydym wedi llwytho 1 ateb o’r ffeil.');
      const caught = catchDownloads();
      try {
        await click(el, '#download-csv');
        await waitUntil(() => caught.downloads.length > 0, 'Nothing was downloaded');
      } finally {
        caught.restore();
      }
      expect((await caught.downloads[0].blob.text()).split('\r\n')[0]).to.equal('Adran,Datganiad,Gwerth,Lefel');
    });
  });

  describe('keyboard', () => {
    it('can be completed by keyboard alone, firing spf-diagnostic-complete once', async () => {
      const el = await card();
      let completions = 0;
      el.addEventListener('spf-diagnostic-complete', () => completions++);
      const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
      const tabTo = async (match: (element: HTMLElement) => boolean, what: string) => {
        for (let i = 0; i < 40; i++) {
          await sendKeys({ press: 'Tab' });
          const element = active();
          if (element && match(element)) return;
        }
        throw new Error(`Tab never reached ${what}`);
      };
      const isRadio = (section: number, s: number) => (e: HTMLElement) =>
        e instanceof HTMLInputElement && e.name === `st-${section}-${s}`;

      await tabTo((e) => e.id === 'open-0', 'the first Open button');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await waitUntil(() => active()?.id === 'section-heading', 'Focus did not move to the section heading');

      // Statement 1: Space picks the first level. Statement 2: an arrow key moves to and picks the next.
      await tabTo(isRadio(0, 0), 'statement 1');
      await sendKeys({ press: 'Space' });
      await tabTo(isRadio(0, 1), 'statement 2');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(saved()!.answers).to.deep.equal({ 'people-1': 0, 'people-2': 1 });

      await tabTo((e) => e.id === 'next', 'Next section');
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => active()?.id === 'section-heading' && active()!.textContent.includes('Data insights'),
        'Section 2 did not open',
      );
      await tabTo(isRadio(1, 0), 'statement 3');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await tabTo(isRadio(1, 1), 'statement 4');
      expect(completions).to.equal(0);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(completions).to.equal(1);
      expect(saved()!.answers).to.deep.equal({ 'people-1': 0, 'people-2': 1, 'data-1': 2, 'data-2': 0 });

      // Changing an answer keeps it complete: no second event.
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(completions).to.equal(1);

      await tabTo((e) => e.id === 'next', 'See results');
      expect(clean(active()!.textContent)).to.equal('See results');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active()?.id === 'results-heading', 'Results did not open');
      expect(text(el)).to.contain('Every statement is answered.');
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    const cases: [string, string, string][] = [
      ['no scale', 'no-scale', 'This self-assessment has no answer levels, so it cannot be used.'],
      ['no sections', 'no-sections', 'This self-assessment has no statements, so it cannot be used.'],
      ['an unknown id', 'nope', 'We could not find the self-assessment “nope” in this feed.'],
    ];
    for (const [name, id, message] of cases) {
      it(`says so for a diagnostic with ${name}`, async () => {
        const el = await card(
          html`<spf-diagnostic-card feed=${bad} diagnostic=${id}
            ><p id="fallback">Our own page</p></spf-diagnostic-card
          >`,
        );
        expect(clean($(el, '[part="diagnostic-error"]')!.textContent)).to.contain(message);
        // The page's fallback content shows through the slot.
        expect(el.querySelector('#fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);
        expect($(el, '[part="overview"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('says so for a feed with no diagnostics', async () => {
      const el = await card(
        html`<spf-diagnostic-card
          feed=${new URL('../../../test/fixtures/small-feed.json', import.meta.url).href}
        ></spf-diagnostic-card>`,
      );
      expect(text(el)).to.contain('This feed has no self-assessment in it.');
      await expect(el).to.be.accessible();
    });

    it('shows what is usable and says what was left out: non-numeric levels and duplicate statements', async () => {
      const el = await card(html`<spf-diagnostic-card feed=${bad} diagnostic="messy"></spf-diagnostic-card>`);
      expect(text(el)).to.contain('1 answer level has a mistake, so it is left out.');
      expect(text(el)).to.contain('1 statement has a mistake or appears twice, so it is left out.');
      await click(el, '#open-0');
      expect($$(el, 'legend').map((l) => clean(l.textContent))).to.deep.equal(['Statement A', 'Statement B']);
      expect(
        $$<HTMLInputElement>(el, 'fieldset:first-of-type input').map((i) => i.labels![0].textContent.trim()),
      ).to.deep.equal(['None', 'Some', 'All']);
      await expect(el).to.be.accessible();
    });

    it('is accessible while loading and on a feed error', async () => {
      const stub = stubFetch(() => new Promise(() => {}));
      try {
        const wrapper = await fixture<HTMLElement>(
          html`<div><spf-diagnostic-card feed="https://example.invalid/slow.json"></spf-diagnostic-card></div>`,
        );
        const el = wrapper.querySelector('spf-diagnostic-card')!;
        await el.updateComplete;
        expect($(el, '[part="skeleton"]')).to.exist;
        expect(clean($(el, '#title')!.textContent)).to.equal('Health and wellbeing self-assessment');
        await expect(el).to.be.accessible();
      } finally {
        stub.restore();
      }
      const missing = stubFetch(() => Promise.resolve(new Response('gone', { status: 404 })));
      try {
        const el = await card(
          html`<spf-diagnostic-card feed="https://example.invalid/missing.json"></spf-diagnostic-card>`,
        );
        expect($(el, '[part="error"]')).to.exist;
        expect(text(el)).to.contain('not available');
        await expect(el).to.be.accessible();
      } finally {
        missing.restore();
      }
    });

    it('shows hostile feed text as text and leaves out unsafe links', async () => {
      seed({ x: 0 }, 'spf-diagnostic:v1:<b>hostile</b>', '<b>hostile</b>');
      const el = await card(html`<spf-diagnostic-card feed=${hostile}></spf-diagnostic-card>`);
      expect(clean($(el, '#title')!.textContent)).to.equal('<img src=x onerror="window.__pwned=4">Title');
      await click(el, '#see-results');
      expect($$(el, 'img, script, iframe, b, i')).to.have.length(0);
      expect(text(el)).to.contain('<script>window.__pwned=3</script>Help');
      expect($$<HTMLAnchorElement>(el, '.resources a').map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://safe.example/',
      ]);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });

  describe('hostile text in files', () => {
    it('writes feed text that looks like a formula as plain text in the CSV', async () => {
      const el = await card(html`<spf-diagnostic-card feed=${hostile}></spf-diagnostic-card>`);
      await click(el, '#open-0');
      await choose(el, 0, 0, 1);
      await click(el, '#back');
      const caught = catchDownloads();
      try {
        await click(el, '#download-csv');
      } finally {
        caught.restore();
      }
      const csv = await caught.downloads[0].blob.text();
      expect(csv.split('\r\n')[1]).to.equal(
        '"<iframe src=""javascript:window.__pwned=7""></iframe>Section","<img src=x onerror=""window.__pwned=8"">Statement",1,"\'=HYPERLINK(""http://evil"")"',
      );
      expect(caught.downloads[0].name).to.match(/^b-hostile-b-\d{4}-\d{2}-\d{2}\.csv$/);
    });
  });

  describe('Welsh', () => {
    it('shows the interface and feed text in Welsh, with Welsh plurals', async () => {
      seed({ 'people-1': 2, 'people-2': 1 });
      const el = await card(html`<spf-diagnostic-card feed=${small} lang="cy"></spf-diagnostic-card>`);
      expect(clean($(el, '#title')!.textContent)).to.equal('Hunanasesiad bach');
      expect(text(el)).to.contain('Rydych wedi ateb 2 o 4 datganiad.');
      expect($$(el, '.sections li p').map((p) => clean(p.textContent))).to.deep.equal([
        '2 o 2 wedi’u hateb',
        '0 o 2 wedi’u hateb',
      ]);
      expect(clean($(el, '#open-0')!.textContent)).to.equal('Agor: Perthnasoedd');
      await click(el, '#see-results');
      expect(clean($(el, '#results-heading')!.textContent)).to.equal('Canlyniadau');
      expect(text(el)).to.contain('Sgôr gyffredinol:');
      expect(text(el)).to.contain('Nid yw 2 ddatganiad wedi’u hateb eto.');
      expect(clean($(el, 'table caption')!.textContent)).to.equal('Sgôr ar gyfer pob adran');
      await click(el, '#back');
      await click(el, '#open-0');
      expect(clean($(el, '#section-heading')!.textContent)).to.equal('Adran 1 o 2 Perthnasoedd');
      expect($<HTMLInputElement>(el, '#st-0-0-0')!.labels![0].textContent.trim()).to.equal('Heb ddechrau');
      await expect(el).to.be.accessible();
    });
  });

  describe('layout', () => {
    async function views(el: SpfDiagnosticCard, check: (name: string) => void | Promise<void>) {
      await check('overview');
      await click(el, '#open-0');
      await check('section');
      await click(el, '#back');
      await click(el, '#see-results');
      await check('results');
    }

    it('reflows at 320px with no sideways scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      seed(
        { 'personal-1': 4, 'data-1': 0, 'relationships-2': 1 },
        'spf-diagnostic:v1:hwb-framework-2021',
        'hwb-framework-2021',
      );
      const el = await card(html`<spf-diagnostic-card lang="cy"></spf-diagnostic-card>`);
      const fits = (name: string) => {
        const wide = $$(el, '*')
          .filter((n) => n.getBoundingClientRect().right > 320)
          .map((n) => `${n.tagName}.${n.className}:${n.getBoundingClientRect().right}`);
        expect(el.scrollWidth, `${name}; too wide: ${wide.join(' ')}`).to.be.at.most(320);
        expect(document.documentElement.scrollWidth, name).to.be.at.most(320);
      };
      await views(el, fits);
      const earlier = {
        format: 'spf-diagnostic',
        version: 1,
        diagnostic: 'hwb-framework-2021',
        savedAt: '2025-01-02T00:00:00Z',
        answers: { 'personal-1': 1, 'data-1': 3 },
      };
      await chooseFile(el, 'compare', JSON.stringify(earlier));
      expect($(el, '[part="compare"]')).to.exist;
      fits('compare');
      el.setAttribute('lang', 'en');
      await waitUntil(
        () => clean($(el, '[part="compare"] th')!.textContent) === 'Section',
        'The element did not switch to English',
      );
      fits('compare in English');
      await click(el, '#back');
      await startAgain(el);
      fits('confirm');
    });

    it('gives every control a target of at least 24 by 24 pixels', async () => {
      seed({ 'people-1': 2, 'people-2': 0 });
      const el = await card();
      await views(el, (name) => {
        // Not the hidden file inputs: their "Choose a file" buttons stand in for them.
        const controls = $$(el, 'button, input:not([type="file"]), a, select');
        expect(controls.length, name).to.be.greaterThan(0);
        for (const control of controls) {
          const box = control.getBoundingClientRect();
          expect(box.width, `${name}: ${control.outerHTML.slice(0, 60)}`).to.be.at.least(24);
          expect(box.height, `${name}: ${control.outerHTML.slice(0, 60)}`).to.be.at.least(24);
        }
      });
    });
  });
});
