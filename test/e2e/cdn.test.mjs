// From a CDN: the README's versioned script tag on a page of one origin, the
// built dist/ on another origin and another path (as a public npm CDN serves
// it, with CORS). The elements start, and every file the drop-in loads later
// comes from beside it, at the same version: nothing from the page's origin,
// no second copy of the entry, no uncaught error. The page's CSP allows only
// its own origin and the CDN's, as the README says. Runs in every engine.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/static-server.mjs';
import { enginesToRun, openPage } from './open-page.mjs';

const engines = enginesToRun();

const VERSION = JSON.parse(
  await import('node:fs').then(({ readFileSync }) => readFileSync('packages/widgets/package.json', 'utf8')),
).version;
const CDN_PATH = `/npm/@spf-wellbeing/widgets@${VERSION}/dist/`;
const LAZY = readdirSync('packages/widgets/dist').filter((file) => /^spf-widgets-.*\.js$/.test(file));

const page = (cdn) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${cdn}; style-src 'self'; media-src 'self' ${cdn}; connect-src 'self' ${cdn}; img-src 'self' data:; object-src 'none'; base-uri 'none'" />
    <link rel="icon" href="data:," />
    <title>Wellbeing</title>
    <script src="errors-probe.js"></script>
    <script type="module" src="${cdn}${CDN_PATH}spf-widgets.js"></script>
  </head>
  <body>
    <main>
      <spf-resources page-size="3"><p>Resources</p></spf-resources>
      <spf-wellbeing-checkin lang="cy"><p>Check in</p></spf-wellbeing-checkin>
      <spf-podcast-player><p>Podcast</p></spf-podcast-player>
      <spf-diagnostic-card><p>Self-assessment</p></spf-diagnostic-card>
    </main>
  </body>
</html>
`;

// Read in the page (function bodies, so WebDriver can run them too).
const STARTED = `
  const tags = ['spf-resources', 'spf-wellbeing-checkin', 'spf-podcast-player', 'spf-diagnostic-card'];
  // WebKit's driver returns before the page is parsed: wait for the tags too.
  return tags.every((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    return root && root.firstElementChild && !root.querySelector('[aria-busy="true"]');
  }) && !!document.querySelector('spf-podcast-player').shadowRoot.querySelector('[part="play-button"]');
`;
const IMPORT_ALL = (cdn) => `
  window.__lazy = undefined;
  const base = ${JSON.stringify(`${cdn}${CDN_PATH}`)};
  Promise.allSettled(${JSON.stringify(LAZY)}.map((file) => import(base + file))).then((results) => {
    window.__lazy = results.map((result, i) => result.status === 'fulfilled' ? '' : ${JSON.stringify(LAZY)}[i] + ': ' + result.reason);
  });
  return true;
`;
// The player is lazy: it sets its audio once it comes within about a screen of the view. Below a list of three
// resources and the check-in it may be further down than that, so the reader scrolls to it, and the report waits
// for the audio.
const SCROLL_TO_PLAYER = `
  document.querySelector('spf-podcast-player').scrollIntoView();
  return true;
`;
const REPORT = `
  const player = document.querySelector('spf-podcast-player');
  if (!window.__lazy || !(player.audio.currentSrc || player.audio.src)) return null;
  return {
    failed: window.__lazy.filter(Boolean),
    scripts: performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\\.js(\\?|$)/.test(name)),
    welsh: document.querySelector('spf-wellbeing-checkin').shadowRoot.textContent.replace(/\\s+/g, ' '),
    audio: player.audio.currentSrc || player.audio.src,
    uncaught: document.documentElement.getAttribute('data-uncaught'),
  };
`;

// What the page shows when a wait below runs out: each tag, whether it is defined, and what its shadow root holds.
const STATE = `
  return JSON.stringify({
    readyState: document.readyState,
    uncaught: document.documentElement.getAttribute('data-uncaught'),
    scripts: performance.getEntriesByType('resource').map((entry) => entry.name.replace(/^.*\\//, '')),
    tags: ['spf-resources', 'spf-wellbeing-checkin', 'spf-podcast-player', 'spf-diagnostic-card'].map((tag) => {
      const root = document.querySelector(tag)?.shadowRoot;
      return tag + ': ' + (customElements.get(tag) ? 'defined' : 'not defined') + ', ' +
        (root ? (root.querySelector('[aria-busy="true"]') ? 'busy' : 'shows ' + root.textContent.replace(/\\s+/g, ' ').slice(0, 80)) : 'no shadow root');
    }),
    lazy: window.__lazy,
  });
`;

async function poll(browser, body, what, timeout = 20000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await browser.run(body);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} within ${timeout / 1000} s: ${await browser.run(STATE)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

for (const engine of engines) {
  describe(`${engine}: the drop-in from a CDN on another origin and path`, () => {
    let site;
    let cdnRoot;
    let pageServer;
    let cdnServer;
    let cdn;
    let url;
    before(async () => {
      cdnRoot = mkdtempSync(join(tmpdir(), 'spf-cdn-'));
      const dist = join(cdnRoot, ...CDN_PATH.split('/').filter(Boolean));
      mkdirSync(dist, { recursive: true });
      cpSync('packages/widgets/dist', dist, { recursive: true, filter: (path) => !path.endsWith('.map') });
      let base;
      ({ server: cdnServer, url: base } = await serve(cdnRoot, 0, '127.0.0.1', { csp: false }));
      cdn = base.replace(/\/$/, '');
      // A public npm CDN answers with CORS, which module scripts from another origin need.
      const [files] = cdnServer.listeners('request');
      cdnServer.removeAllListeners('request');
      cdnServer.on('request', (request, response) => {
        response.setHeader('access-control-allow-origin', '*');
        files(request, response);
      });

      site = mkdtempSync(join(tmpdir(), 'spf-cdn-page-'));
      mkdirSync(join(site, 'wellbeing'));
      writeFileSync(join(site, 'wellbeing', 'index.html'), page(cdn));
      cpSync('test/fixtures/errors-probe.js', join(site, 'wellbeing', 'errors-probe.js'));
      let pageBase;
      ({ server: pageServer, url: pageBase } = await serve(site, 0, '127.0.0.1', { csp: false }));
      url = `${pageBase.replace(/\/$/, '')}/wellbeing/`;
      assert.notEqual(new URL(url).origin, new URL(cdn).origin, 'two origins');
    });
    after(() => {
      pageServer?.close();
      cdnServer?.close();
      if (site) rmSync(site, { recursive: true, force: true });
      if (cdnRoot) rmSync(cdnRoot, { recursive: true, force: true });
    });

    test('the elements start, and every file beside the entry arrives from the CDN', async () => {
      const browser = await openPage(engine, url, { javaScript: true, eager: true });
      try {
        await poll(browser, STARTED, 'the four elements did not start');
        await browser.run(IMPORT_ALL(cdn));
        await browser.run(SCROLL_TO_PLAYER);
        const report = await poll(browser, REPORT, 'the files beside the entry did not all load');
        assert.deepEqual(report.failed, [], 'every file beside the entry loads from the CDN');
        assert.equal(report.uncaught, null, 'no uncaught error');
        const fromCdn = `${cdn}${CDN_PATH}`;
        const elsewhere = report.scripts.filter(
          (name) => !name.startsWith(fromCdn) && !name.endsWith('/errors-probe.js'),
        );
        assert.deepEqual(elsewhere, [], 'no script from anywhere but the CDN folder');
        assert.equal(
          report.scripts.filter((name) => name.startsWith(`${fromCdn}spf-widgets.js`)).length,
          1,
          'the entry is fetched once: the lazy files import the same copy',
        );
        for (const part of ['parse-feed', 'player-view', 'default-feed', 'strings.cy'])
          assert.ok(
            report.scripts.some((name) => name.startsWith(`${fromCdn}spf-widgets-${part}`)),
            `the page fetched spf-widgets-${part}*.js from the CDN`,
          );
        assert.match(report.welsh, /Sut|Iawn|Sut ydych|heddiw/, 'the Welsh check-in shows Welsh');
        assert.ok(report.audio.startsWith(`${fromCdn}media/`), `the demo audio resolves beside it: ${report.audio}`);
      } finally {
        await browser.close();
      }
    });
  });
}
