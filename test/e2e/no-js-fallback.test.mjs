// @ts-check
// With JavaScript off, the content a page puts inside each element is what the
// reader gets, and it must work: links visible, on top, focusable and
// pointing somewhere real; the native audio player visible with its controls,
// and its file loading. Runs in every engine that runs (see
// test/infra/engines.mjs): Chromium (puppeteer-core, setJavaScriptEnabled),
// Firefox (puppeteer-core over WebDriver BiDi, pref javascript.enabled) and
// WebKit (MiniBrowser --enable-javascript=false over WebKitWebDriver).
//
// The page is test/fixtures/no-js-fallback.html: the README's embed snippets.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/static-server.mjs';
import { enginesToRun, openPage } from './open-page.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PAGE = '/test/fixtures/no-js-fallback.html';
const TAGS = ['spf-resources', 'spf-podcast-player', 'spf-wellbeing-checkin', 'spf-diagnostic-card'];
const engines = enginesToRun();

// Runs in the page (as a function body, so WebDriver can run it too) and
// describes what a reader sees inside each element.
const DESCRIBE_PAGE = `
  const shown = (el) => {
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const onTop = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return { width: r.width, height: r.height, visible: r.width > 0 && r.height > 0 && s.display !== 'none' && s.visibility === 'visible' && Number(s.opacity) > 0, onTop: !!onTop && (onTop === el || el.contains(onTop)) };
  };
  return {
    scriptsRan: document.documentElement.getAttribute('data-js') === 'ran',
    elements: ${JSON.stringify(TAGS)}.map((tag) => {
      const el = document.querySelector(tag);
      return {
        tag,
        defined: !!(window.customElements && window.customElements.get(tag)),
        upgraded: !!el.shadowRoot,
        text: el.innerText,
        links: [...el.querySelectorAll('a')].map((a) => ({ text: a.textContent.trim(), href: a.href, download: a.hasAttribute('download'), ...shown(a) })),
        audio: [...el.querySelectorAll('audio')].map((a) => ({ src: a.currentSrc || a.src, controls: a.controls, readyState: a.readyState, duration: a.duration || 0, error: a.error ? a.error.code : 0, ...shown(a) })),
      };
    }),
  };
`;
const ACTIVE_LINK = `const a = document.activeElement; return a && a.tagName === 'A' ? a.textContent.trim() : (a ? a.tagName : null);`;

/** Waits (up to 10 s) for every audio element to have loaded its metadata or failed. */
async function describeWhenAudioSettles(browser) {
  const deadline = Date.now() + 10000;
  let page;
  do {
    page = await browser.run(DESCRIBE_PAGE);
    const audio = page.elements.flatMap((element) => element.audio);
    if (audio.every((a) => a.readyState >= 1 || a.error)) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  } while (Date.now() < deadline);
  return page;
}

let server;
let base;
before(async () => {
  ({ server, url: base } = await serve(root, 0));
});
after(() => server?.close());

for (const engine of engines) {
  describe(`${engine}, JavaScript off: fallback content inside each element`, () => {
    let browser;
    let page;
    before(async () => {
      browser = await openPage(engine, `${base}${PAGE}`);
      page = await describeWhenAudioSettles(browser);
    });
    after(() => browser?.close());

    test('scripts really are off: no element is defined or upgraded', () => {
      assert.equal(page.scriptsRan, false, 'the probe script ran, so JavaScript is on');
      for (const element of page.elements) {
        assert.equal(element.defined, false, `${element.tag} is defined`);
        assert.equal(element.upgraded, false, `${element.tag} has a shadow root`);
      }
    });

    test('every element shows its links, visible, on top and pointing somewhere', async () => {
      for (const element of page.elements) {
        assert.ok(element.links.length > 0, `${element.tag} has no fallback link`);
        for (const link of element.links) {
          assert.ok(link.visible, `${element.tag}: "${link.text}" is not visible`);
          assert.ok(link.width > 0 && link.height > 0, `${element.tag}: "${link.text}" has no size`);
          assert.ok(link.onTop, `${element.tag}: "${link.text}" is covered by something`);
          assert.match(link.href, /^https?:\/\//, `${element.tag}: "${link.text}" has no usable href`);
        }
      }
      const resources = page.elements.find((e) => e.tag === 'spf-resources');
      assert.deepEqual(
        resources.links.map((l) => l.text),
        [
          'NHS Employers: health and wellbeing',
          'UNISON: tackling bullying at work',
          'Our health and wellbeing resources',
        ],
      );
    });

    test('the check-in and the diagnostic show their paragraph as well as a link', () => {
      const checkin = page.elements.find((e) => e.tag === 'spf-wellbeing-checkin');
      assert.match(checkin.text, /call Samaritans free on 116 123, or text SHOUT to 85258/);
      const diagnostic = page.elements.find((e) => e.tag === 'spf-diagnostic-card');
      assert.match(diagnostic.text, /NHS Health and Wellbeing Framework/);
    });

    test('the podcast player falls back to a working native audio player and a download link', async () => {
      const player = page.elements.find((e) => e.tag === 'spf-podcast-player');
      assert.equal(player.audio.length, 1);
      const [audio] = player.audio;
      assert.equal(audio.controls, true, 'the audio element has no controls');
      assert.ok(
        audio.visible && audio.width > 0 && audio.height > 0,
        `the audio player is not visible (${audio.width}×${audio.height})`,
      );
      assert.equal(audio.error, 0, `the audio failed to load (MediaError ${audio.error})`);
      assert.ok(
        audio.readyState >= 1 && audio.duration > 1,
        `the audio metadata did not load (readyState ${audio.readyState})`,
      );
      const download = player.links.find((link) => link.download);
      assert.ok(download, 'no download link');
      const response = await fetch(download.href, { method: 'HEAD' });
      assert.equal(response.status, 200, `the download link answers ${response.status}`);
      assert.equal(response.headers.get('content-type'), 'audio/mpeg');
    });

    test('the keyboard reaches the first fallback link', async () => {
      await browser.tab();
      assert.equal(await browser.run(ACTIVE_LINK), 'NHS Employers: health and wellbeing');
    });
  });
}

if (engines.length) {
  describe(`${engines[0]}, JavaScript on: the control run`, () => {
    test('the probe script marks the page and the elements upgrade, so the checks above can tell', async () => {
      const browser = await openPage(engines[0], `${base}${PAGE}`, { javaScript: true });
      try {
        const deadline = Date.now() + 10000;
        let page = await browser.run(DESCRIBE_PAGE);
        while (!page.elements.every((e) => e.upgraded) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          page = await browser.run(DESCRIBE_PAGE);
        }
        assert.equal(page.scriptsRan, true);
        assert.deepEqual(
          page.elements.map((e) => e.defined && e.upgraded),
          TAGS.map(() => true),
        );
      } finally {
        await browser.close();
      }
    });
  });
}
