import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { clearFeedRequests } from '@spf-wellbeing/feed';
import './define.js';
import type { SpfWellbeingCheckin } from './spf-wellbeing-checkin.js';
import type { SpfCheckinEvent } from './events.js';
import { historyKey, localDate } from './history-store.js';
import {
  $,
  $$,
  answer,
  breakStorage,
  clean,
  fixtureFeed,
  radioFor,
  ready,
  smallTargets,
  spyStorage,
  text,
} from './test-helpers.js';

const KEY = historyKey('feeling-today');
const mount = async (template: ReturnType<typeof html>) => ready(await fixture<SpfWellbeingCheckin>(template));
const stored = (key = KEY): unknown => JSON.parse(localStorage.getItem(key) ?? 'null');
const seed = (entries: unknown, key = KEY) =>
  localStorage.setItem(key, typeof entries === 'string' ? entries : JSON.stringify(entries));
const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;

describe('<spf-wellbeing-checkin>: privacy without history', () => {
  beforeEach(() => {
    clearFeedRequests();
    localStorage.clear();
    sessionStorage.clear();
  });

  it('stores nothing anywhere, and reads nothing, through a whole check-in', async () => {
    const spy = spyStorage();
    try {
      const el = await mount(html`<spf-wellbeing-checkin></spf-wellbeing-checkin>`);
      await answer(el, 'Low');
      $<HTMLButtonElement>(el, '[part="again-button"]')!.click();
      await el.updateComplete;
      await answer(el, 'Struggling');
      expect(spy.calls.filter((call) => call.method !== 'getItem')).to.deep.equal([]);
      expect(spy.calls.filter((call) => call.key.startsWith('spf-checkin'))).to.deep.equal([]);
      expect(localStorage.length).to.equal(0);
      expect(sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
      expect(text(el, '[part="privacy"]')).to.equal('Your answer is not saved or sent anywhere.');
      expect($(el, '[part="history"]')).to.equal(null);
    } finally {
      spy.restore();
    }
  });

  it('never stores the private note, even with history on', async () => {
    const el = await mount(
      html`<spf-wellbeing-checkin history feed=${fixtureFeed} checkin="team-dip"></spf-wellbeing-checkin>`,
    );
    $<HTMLTextAreaElement>(el, 'textarea')!.focus();
    await sendKeys({ type: 'secret words' });
    await answer(el, 'Fine');
    expect(stored(historyKey('team-dip'))).to.deep.equal([{ date: localDate(), option: 'fine' }]);
    for (const store of [localStorage, sessionStorage]) {
      for (let i = 0; i < store.length; i++) expect(store.getItem(store.key(i)!)).not.to.contain('secret');
    }
  });
});

describe('<spf-wellbeing-checkin>: history', () => {
  beforeEach(() => {
    clearFeedRequests();
    localStorage.clear();
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('says what is kept and where, and that there is nothing yet', async () => {
    const el = await mount(html`<spf-wellbeing-checkin history></spf-wellbeing-checkin>`);
    expect(text(el, '[part="privacy"]')).to.equal(
      'Your answers are saved only in this browser on this device. They are not sent to anyone. We keep the date and the answer you chose, and nothing you type.',
    );
    expect(text(el, '#history-heading')).to.equal('Your past check-ins');
    expect(text(el, '[part="history"]')).to.contain('You have no saved check-ins yet.');
    expect($(el, '[part="delete-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps each check-in as a date and an option id under a versioned key, and shows it', async () => {
    const el = await mount(html`<spf-wellbeing-checkin history></spf-wellbeing-checkin>`);
    await answer(el, 'Low');
    expect(Object.keys(localStorage)).to.deep.equal([KEY]);
    expect(KEY).to.equal('spf-checkin:v1:feeling-today');
    expect(stored()).to.deep.equal([{ date: localDate(), option: 'low' }]);
    expect($(el, '.chart-svg')!.getAttribute('aria-label')).to.equal(
      `Chart of your last check-in, on ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date())}.`,
    );
    expect($$(el, '.chart-svg .dot')).to.have.length(1);
    expect($$<HTMLTableRowElement>(el, 'tbody tr').map((row) => clean(row.cells[1].textContent))).to.deep.equal([
      'Low',
    ]);
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '[part="again-button"]')!.click();
    await el.updateComplete;
    await answer(el, 'Good');
    expect(stored()).to.deep.equal([
      { date: localDate(), option: 'low' },
      { date: localDate(), option: 'good' },
    ]);
    expect($$(el, '.chart-svg .dot')).to.have.length(2);
    expect($(el, '.chart-svg polyline')).to.exist;
    expect(text(el, 'caption')).to.equal('Your last 2 check-ins');
    await expect(el).to.be.accessible();
  });

  it('shows the last 14 check-ins in the chart and its table, and reads them when it starts', async () => {
    seed(Array.from({ length: 20 }, (_, i) => ({ date: day(i + 1), option: i % 2 ? 'good' : 'okay' })));
    const el = await mount(html`<spf-wellbeing-checkin history></spf-wellbeing-checkin>`);
    const chart = $(el, '.chart-svg')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.equal(
      'Chart of your last 14 check-ins, from 7 November 2026 to 20 November 2026.',
    );
    expect($$(el, '.chart-svg .dot')).to.have.length(14);
    // Higher dots are earlier options ("Very good" at the top); the axis labels say so.
    expect(text(el, '.chart-axis')).to.equal('Very good Struggling');
    const details = $<HTMLDetailsElement>(el, 'details')!;
    expect(text(el, 'summary')).to.equal('Show my check-ins as a table');
    details.open = true;
    const rows = $$<HTMLTableRowElement>(el, 'tbody tr');
    expect(rows).to.have.length(14);
    expect(clean(rows[0].textContent)).to.equal('7 November 2026 Okay');
    expect(clean(rows[13].textContent)).to.equal('20 November 2026 Good');
    expect(text(el, 'caption')).to.equal('Your last 14 check-ins');
    expect(smallTargets(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows the history in Welsh', async () => {
    seed([
      { date: day(3), option: 'low' },
      { date: day(4), option: 'okay' },
    ]);
    const el = await mount(html`<spf-wellbeing-checkin history lang="cy"></spf-wellbeing-checkin>`);
    expect(text(el, '#history-heading')).to.equal('Eich atebion blaenorol');
    expect($(el, '.chart-svg')!.getAttribute('aria-label')).to.equal(
      'Siart o’ch 2 ateb diwethaf, o 3 Tachwedd 2026 i 4 Tachwedd 2026.',
    );
    expect($$(el, 'tbody tr').map((row) => clean(row.textContent))).to.deep.equal([
      '3 Tachwedd 2026 Isel',
      '4 Tachwedd 2026 Gweddol',
    ]);
    expect(text(el, '[part="delete-button"]')).to.equal('Dileu fy atebion');
    expect(text(el, '[part="privacy"]')).to.contain('Dim ond yn y porwr hwn ar y ddyfais hon');
    await expect(el).to.be.accessible();
  });

  it('turns the history Welsh when the language changes after it has shown, and deletes in Welsh', async () => {
    seed([{ date: day(3), option: 'low' }]);
    const el = await mount(html`<spf-wellbeing-checkin history></spf-wellbeing-checkin>`);
    expect(text(el, '#history-heading')).to.equal('Your past check-ins');
    el.lang = 'cy';
    await waitUntil(() => text(el, '#history-heading') === 'Eich atebion blaenorol', 'the history did not turn Welsh');
    await el.updateComplete;
    expect(text(el, '[part="submit-button"]')).to.equal('Gweld cymorth');
    expect(text(el, 'summary')).to.equal('Dangos fy atebion mewn tabl');
    expect(text(el, 'caption')).to.equal('Eich ateb diwethaf');
    expect($$(el, 'thead th').map((cell) => clean(cell.textContent))).to.deep.equal(['Dyddiad', 'Ateb']);
    $<HTMLButtonElement>(el, '[part="delete-button"]')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'history-heading');
    expect(text(el, '[part="history"] [role="status"]')).to.equal('Mae eich atebion wedi cael eu dileu o’r porwr hwn.');
    expect(text(el, '[part="history"]')).to.contain('Does gennych chi ddim atebion wedi’u cadw eto.');
    await expect(el).to.be.accessible();
  });

  it('deletes the history, says so, and moves focus to the history heading', async () => {
    seed([{ date: day(1), option: 'low' }]);
    seed([{ date: day(1), option: 'fine' }], historyKey('team-dip'));
    const el = await mount(html`<spf-wellbeing-checkin history></spf-wellbeing-checkin>`);
    $<HTMLButtonElement>(el, '[part="delete-button"]')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'history-heading');
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(localStorage.getItem(historyKey('team-dip')), 'other check-ins are left alone').not.to.equal(null);
    expect(text(el, '[part="history"] [role="status"]')).to.equal(
      'Your check-ins have been deleted from this browser.',
    );
    expect(text(el, '[part="history"]')).to.contain('You have no saved check-ins yet.');
    expect($(el, '.chart-svg')).to.equal(null);
    expect($(el, '[part="delete-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('can delete with the keyboard', async () => {
    seed([{ date: day(1), option: 'low' }]);
    const el = await mount(html`<spf-wellbeing-checkin history></spf-wellbeing-checkin>`);
    $<HTMLButtonElement>(el, '[part="delete-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'history-heading');
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  for (const [name, value] of [
    ['JSON that does not parse', '{not json'],
    ['an object, not a list', '{"date":"2026-11-01","option":"low"}'],
    ['a string', '"hello"'],
    ['null', 'null'],
  ] as const) {
    it(`ignores ${name} in storage without an error, and replaces it on the next check-in`, async () => {
      seed(value);
      const el = await mount(html`<spf-wellbeing-checkin history></spf-wellbeing-checkin>`);
      expect(text(el, '[part="history"]')).to.contain('You have no saved check-ins yet.');
      await expect(el).to.be.accessible();
      await answer(el, 'Okay');
      expect(stored()).to.deep.equal([{ date: localDate(), option: 'okay' }]);
    });
  }

  it('keeps only valid entries for options the check-in has, and ignores foreign data', async () => {
    seed([
      1,
      null,
      'low',
      { date: 'yesterday', option: 'low' },
      { date: '2026-13-01', option: 'low' },
      { date: day(2), option: 42 },
      { date: day(3), option: 'low', note: 'should never be here' },
      { date: day(4), option: 'an-old-option' },
      { date: day(5), option: 'good' },
    ]);
    localStorage.setItem('spf-checkin:v0:feeling-today', 'old format');
    localStorage.setItem('someone-else', '[{"date":"2026-11-09","option":"low"}]');
    const el = await mount(html`<spf-wellbeing-checkin history></spf-wellbeing-checkin>`);
    expect($$(el, 'tbody tr').map((row) => clean(row.textContent))).to.deep.equal([
      '3 November 2026 Low',
      '5 November 2026 Good',
    ]);
    await answer(el, 'Very good');
    // Rewritten without the junk; no extra fields survive; other keys are untouched.
    expect(stored()).to.deep.equal([
      { date: day(3), option: 'low' },
      { date: day(4), option: 'an-old-option' },
      { date: day(5), option: 'good' },
      { date: localDate(), option: 'very-good' },
    ]);
    expect(localStorage.getItem('spf-checkin:v0:feeling-today')).to.equal('old format');
    expect(localStorage.getItem('someone-else')).to.equal('[{"date":"2026-11-09","option":"low"}]');
  });

  it('keeps working without storing when storage is full, and says so', async () => {
    const broken = breakStorage('setItem');
    try {
      const el = await mount(html`<spf-wellbeing-checkin history></spf-wellbeing-checkin>`);
      const fired = oneEvent<SpfCheckinEvent>(el, 'spf-checkin');
      await answer(el, 'Low');
      expect((await fired).detail.option).to.equal('low');
      expect(text(el, '#result-heading')).to.equal('Feeling low');
      expect(text(el, '[part="privacy"]')).to.contain('Your check-ins cannot be saved in this browser.');
      expect(text(el, '[part="history"]')).to.contain('You have no saved check-ins yet.');
      await expect(el).to.be.accessible();
    } finally {
      broken.restore();
    }
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('keeps working when storage cannot even be read (blocked), and says so', async () => {
    const broken = breakStorage('getItem');
    try {
      const el = await mount(html`<spf-wellbeing-checkin history></spf-wellbeing-checkin>`);
      expect(text(el, '[part="privacy"]')).to.contain('Your check-ins cannot be saved in this browser.');
      await answer(el, 'Good');
      expect(text(el, '#result-heading')).to.equal('You are doing well');
      await expect(el).to.be.accessible();
    } finally {
      broken.restore();
    }
  });

  it('says so when the history cannot be deleted', async () => {
    seed([{ date: day(1), option: 'low' }]);
    const el = await mount(html`<spf-wellbeing-checkin history></spf-wellbeing-checkin>`);
    const broken = breakStorage('removeItem');
    try {
      $<HTMLButtonElement>(el, '[part="delete-button"]')!.click();
      await waitUntil(() => text(el, '[part="history"] [role="status"]'));
      expect(text(el, '[part="history"] [role="status"]')).to.contain('Your check-ins could not be deleted.');
      expect($(el, '[part="delete-button"]')).to.exist;
    } finally {
      broken.restore();
    }
  });

  it('reflows at 320px wide with a full history', async () => {
    await setViewport({ width: 320, height: 640 });
    seed(Array.from({ length: 14 }, (_, i) => ({ date: day(i + 1), option: 'struggling' })));
    const el = await mount(html`<spf-wellbeing-checkin history></spf-wellbeing-checkin>`);
    $<HTMLDetailsElement>(el, 'details')!.open = true;
    await answer(el, 'Struggling');
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(smallTargets(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('adds to what is stored rather than overwriting it, when two elements share a check-in', async () => {
    const wrapper = await fixture(
      html`<div>
        <spf-wellbeing-checkin history></spf-wellbeing-checkin>
        <spf-wellbeing-checkin history compact></spf-wellbeing-checkin>
      </div>`,
    );
    const [first, second] = [...wrapper.querySelectorAll('spf-wellbeing-checkin')];
    await ready(first);
    await ready(second);
    await answer(first, 'Low');
    await answer(second, 'Good');
    expect((stored() as { option: string }[]).map((entry) => entry.option)).to.deep.equal(['low', 'good']);
    expect($$(second, 'tbody tr')).to.have.length(2);
  });

  it('follows check-ins saved or deleted in another tab', async () => {
    const el = await mount(html`<spf-wellbeing-checkin history></spf-wellbeing-checkin>`);
    seed([{ date: day(8), option: 'okay' }]);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    await el.updateComplete;
    expect($$(el, 'tbody tr').map((row) => clean(row.textContent))).to.deep.equal(['8 November 2026 Okay']);
    localStorage.removeItem(KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    await el.updateComplete;
    expect(text(el, '[part="history"]')).to.contain('You have no saved check-ins yet.');
  });

  it('forgets the answer in memory when another check-in is chosen', async () => {
    const el = await mount(
      html`<spf-wellbeing-checkin history feed=${fixtureFeed} checkin="team-dip"></spf-wellbeing-checkin>`,
    );
    await answer(el, 'Fine');
    el.checkin = 'wales';
    await el.updateComplete;
    expect($(el, '[part="result"]')).to.equal(null);
    expect(text(el, 'legend')).to.equal('How are you today?');
    expect(text(el, '[part="history"]')).to.contain('You have no saved check-ins yet.');
    expect(radioFor(el, 'Well').checked).to.equal(false);
  });
});
