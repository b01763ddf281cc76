// @ts-check
// The diagnostic card loads a section's code (spf-widgets-section.js) when a
// reader first opens a section, and the results' (spf-widgets-results.js) when
// they first open the results. When that file cannot be fetched (offline
// after the page loaded, or a host that copied only some files), the reader
// gets a clear message with Retry that takes focus, and Back to the overview;
// the page sees no uncaught error. Its files area's code and strings
// (spf-widgets-files.js, with Start again's) load once the overview shows:
// without them, a download, a chosen file or Start again gets a clear message
// beside it, and the answers stay as they were. Served from a copy of the built dist/ without that file,
// in every engine that runs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../../scripts/static-server.mjs';
import { enginesToRun } from './open-page.mjs';
import { closeSite, readPage, siteWithout } from './site-without.mjs';

const engines = enginesToRun();

// The card on the embedded default feed; reader.js does what each case's reader does (open a section or the
// results, or use the files area). The server's Content-Security-Policy allows no inline script, so it is a file.
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>Self-assessment</title>
    <script src="errors-probe.js"></script>
    <script type="module" src="dist/spf-widgets.js"></script>
    <script type="module" src="reader.js"></script>
  </head>
  <body>
    <main><spf-diagnostic-card></spf-diagnostic-card></main>
  </body>
</html>
`;

// Opens a view as a reader would: the first section's Open, or See results.
const opening = (button) => `await customElements.whenDefined('spf-diagnostic-card');
const card = document.querySelector('spf-diagnostic-card');
const open = () => {
  const button = card.shadowRoot && card.shadowRoot.querySelector('${button}');
  if (button) button.click();
  else setTimeout(open, 100);
};
open();
`;

const describing = (part) => `
  const card = document.querySelector('spf-diagnostic-card');
  if (!card) return { alert: '' }; // the page is still arriving
  const root = card.shadowRoot;
  const alert = root && root.querySelector('[part="${part}"] [role="alert"]');
  const focused = root && root.activeElement;
  return {
    alert: alert ? alert.textContent.replace(/\\s+/g, ' ').trim() : '',
    focusedRetry: !!(alert && focused && alert.contains(focused) && focused.tagName === 'BUTTON'),
    back: !!(root && root.querySelector('#back')),
    statements: root ? root.querySelectorAll('fieldset').length : 0,
    results: root ? root.querySelectorAll('#results-heading, table').length : 0,
    uncaught: document.documentElement.getAttribute('data-uncaught'),
  };
`;

const VIEWS = [
  { name: "a section's file", missing: 'spf-widgets-section.js', button: '#open-0', part: 'section' },
  { name: "the results' file", missing: 'spf-widgets-results.js', button: '#see-results', part: 'results' },
];

for (const engine of engines) {
  for (const view of VIEWS) {
    describe(`${engine}: ${view.name} cannot be fetched`, () => {
      let root;
      let server;
      let page;
      before(async () => {
        root = siteWithout(view.missing, { 'index.html': PAGE, 'reader.js': opening(view.button) });
        let url;
        ({ server, url } = await serve(root, 0));
        page = await readPage(
          engine,
          `${url}/index.html`,
          describing(view.part),
          (result) => !!(result.alert && result.focusedRetry),
        );
      });
      after(() => closeSite(server, root));

      test('a clear message whose Retry takes focus, Back to the overview, and nothing thrown into the page', () => {
        assert.match(page.alert, /This is not available right now\. Check your connection and try again\./);
        assert.match(page.alert, /Try again/);
        assert.ok(page.focusedRetry, 'focus is not on Retry');
        assert.ok(page.back, 'no Back to overview');
        assert.equal(page.statements, 0);
        assert.equal(page.results, 0);
        assert.equal(page.uncaught, null, `the page saw an uncaught error: ${page.uncaught}`);
      });
    });
  }
}

// One saved answer, so the overview offers Start again.
const SEED = `localStorage.setItem(
  'spf-diagnostic:v1:hwb-framework-2021',
  JSON.stringify({ format: 'spf-diagnostic', version: 1, diagnostic: 'hwb-framework-2021', savedAt: '', answers: { 'personal-1': 2 } }),
);
`;

// As a reader would, one after another: Download a spreadsheet, choose a file to continue from, Start again.
// Each action's message (role="alert" beside it) is kept in window.fileMessages.
const USE_FILES = `await customElements.whenDefined('spf-diagnostic-card');
const card = document.querySelector('spf-diagnostic-card');
const found = (selector) =>
  new Promise((resolve) => {
    const look = () => {
      const element = card.shadowRoot && card.shadowRoot.querySelector(selector);
      if (element) resolve(element);
      else setTimeout(look, 50);
    };
    look();
  });
const message = async (selector) => {
  const element = await found(selector);
  return element.getAttribute('role') === 'alert' ? element.textContent : '';
};
window.fileMessages = {};
(await found('#download-csv')).click();
window.fileMessages.download = await message('#download-error');
const input = await found('#continue-file');
const transfer = new DataTransfer();
transfer.items.add(new File(['{}'], 'answers.json', { type: 'application/json' }));
input.files = transfer.files;
input.dispatchEvent(new Event('change', { bubbles: true }));
window.fileMessages.chosen = await message('#continue-file-error');
(await found('#start-again')).click();
window.fileMessages.restart = await message('#start-again-error');
`;

const DESCRIBE_FILES = `
  const card = document.querySelector('spf-diagnostic-card');
  const root = card && card.shadowRoot;
  const clean = (text) => (text || '').replace(/\\s+/g, ' ').trim();
  const messages = window.fileMessages || {};
  return {
    download: clean(messages.download),
    chosen: clean(messages.chosen),
    restart: clean(messages.restart),
    progress: clean(root && root.querySelector('[part="overview"]') && root.querySelector('[part="overview"]').textContent),
    confirm: !!(root && root.querySelector('[part="confirm"]')),
    uncaught: document.documentElement.getAttribute('data-uncaught'),
  };
`;

for (const engine of engines) {
  describe(`${engine}: the card's files code cannot be fetched`, () => {
    let root;
    let server;
    let page;
    before(async () => {
      const seeded = PAGE.replace(
        '<script src="errors-probe.js"></script>',
        '<script src="errors-probe.js"></script>\n    <script src="seed.js"></script>',
      );
      root = siteWithout('spf-widgets-files.js', { 'index.html': seeded, 'seed.js': SEED, 'reader.js': USE_FILES });
      let url;
      ({ server, url } = await serve(root, 0));
      page = await readPage(engine, `${url}/index.html`, DESCRIBE_FILES, (result) => !!result.restart);
    });
    after(() => closeSite(server, root));

    test('a download, a chosen file and Start again each get a clear message, the answers stay, and nothing is thrown into the page', () => {
      const unavailable = /^This is not available right now\. Check your connection and try again\.$/;
      assert.match(page.download, unavailable);
      assert.match(page.chosen, unavailable);
      assert.match(page.restart, unavailable);
      assert.equal(page.confirm, false, 'Start again asked without its strings');
      assert.match(page.progress, /You have answered 1 of \d+ statements\./);
      assert.equal(page.uncaught, null, `the page saw an uncaught error: ${page.uncaught}`);
    });
  });
}
