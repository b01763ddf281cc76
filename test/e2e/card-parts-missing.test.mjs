// @ts-check
// The diagnostic card loads a section's code (spf-widgets-section.js) when a
// reader first opens a section. When that file cannot be fetched (offline
// after the page loaded, or a host that copied only some files), the reader
// gets a clear message with Retry that takes focus, and Back to the overview;
// the page sees no uncaught error. Served from a copy of the built dist/
// without that file, in every engine that runs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../../scripts/static-server.mjs';
import { enginesToRun } from './open-page.mjs';
import { closeSite, readPage, siteWithout } from './site-without.mjs';

const engines = enginesToRun();

// The card on the embedded default feed; a script opens its first section as a reader would (Open). The
// server's Content-Security-Policy allows no inline script, so it is a file of its own.
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>Self-assessment</title>
    <script src="errors-probe.js"></script>
    <script type="module" src="dist/spf-widgets.js"></script>
    <script type="module" src="open-section.js"></script>
  </head>
  <body>
    <main><spf-diagnostic-card></spf-diagnostic-card></main>
  </body>
</html>
`;

const OPEN_SECTION = `await customElements.whenDefined('spf-diagnostic-card');
const card = document.querySelector('spf-diagnostic-card');
const open = () => {
  const button = card.shadowRoot && card.shadowRoot.querySelector('#open-0');
  if (button) button.click();
  else setTimeout(open, 100);
};
open();
`;

const DESCRIBE = `
  const card = document.querySelector('spf-diagnostic-card');
  if (!card) return { alert: '' }; // the page is still arriving
  const root = card.shadowRoot;
  const alert = root && root.querySelector('[part="section"] [role="alert"]');
  const focused = root && root.activeElement;
  return {
    alert: alert ? alert.textContent.replace(/\\s+/g, ' ').trim() : '',
    focusedRetry: !!(alert && focused && alert.contains(focused) && focused.tagName === 'BUTTON'),
    back: !!(root && root.querySelector('#back')),
    statements: root ? root.querySelectorAll('fieldset').length : 0,
    uncaught: document.documentElement.getAttribute('data-uncaught'),
  };
`;

for (const engine of engines) {
  describe(`${engine}: a section's file cannot be fetched`, () => {
    let root;
    let server;
    let page;
    before(async () => {
      root = siteWithout('spf-widgets-section.js', { 'index.html': PAGE, 'open-section.js': OPEN_SECTION });
      let url;
      ({ server, url } = await serve(root, 0));
      page = await readPage(engine, `${url}/index.html`, DESCRIBE, (result) => !!(result.alert && result.focusedRetry));
    });
    after(() => closeSite(server, root));

    test('a clear message whose Retry takes focus, Back to the overview, and nothing thrown into the page', () => {
      assert.match(page.alert, /This section cannot be shown right now/);
      assert.match(page.alert, /Try again/);
      assert.ok(page.focusedRetry, 'focus is not on Retry');
      assert.ok(page.back, 'no Back to overview');
      assert.equal(page.statements, 0);
      assert.equal(page.uncaught, null, `the page saw an uncaught error: ${page.uncaught}`);
    });
  });
}
