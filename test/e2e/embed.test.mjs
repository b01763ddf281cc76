// The embed page in a frame, across origins, in every engine that runs: a
// host page on one loopback origin frames embed.html on another (two ports,
// two origins). Each element renders inside its frame; spf-embed.js resizes
// the frames and fires their events on the <iframe>; messages from a wrong
// window or a wrong origin change nothing; every bad query string gets its
// message; a feed on a disallowed origin is refused. Then the builder's
// copied code, pasted into fresh pages, works.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STRICT_CSP, serve } from '../../scripts/static-server.mjs';
import { enginesToRun, openPage } from './open-page.mjs';

const engines = enginesToRun();

const DIST = '/packages/widgets/dist';
const ELEMENTS = {
  resources: 'spf-resources',
  'podcast-player': 'spf-podcast-player',
  'wellbeing-checkin': 'spf-wellbeing-checkin',
  'diagnostic-card': 'spf-diagnostic-card',
};
const EVENTS = [
  'spf-feed-load',
  'spf-feed-error',
  'spf-checkin',
  'spf-resource-open',
  'spf-filter-change',
  'spf-play',
  'spf-diagnostic-change',
];

/** Polls `check` (async, returns a value or a falsy one) until it returns something, or 20 seconds pass. */
async function waitFor(what, check) {
  const deadline = Date.now() + 20000;
  let last;
  do {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error; // a frame still navigating; ask again
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  } while (Date.now() < deadline);
  assert.fail(`${what} (last seen: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

// Records, on the host page, the events spf-embed.js fires on each iframe and the
// "done" marks of the rogue frames. A file, so the page needs no inline script.
const PROBE = `
window.__events = [];
for (const name of ${JSON.stringify(EVENTS)}) {
  document.addEventListener(name, (event) => {
    const frame = event.target;
    window.__events.push({ frame: frame.id || frame.localName, name, detail: JSON.stringify(event.detail) });
  });
}
window.__rogueDone = 0;
window.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'rogue-done') window.__rogueDone += 1;
});
// The host page's own window is a wrong window too.
window.addEventListener('load', () => {
  window.postMessage({ type: 'spf-embed:resize', height: 1234 }, '*');
  window.postMessage({ type: 'spf-embed:event', name: 'spf-checkin', detail: { rogue: true } }, '*');
  window.postMessage({ type: 'rogue-done' }, '*');
});
`;

// A page that is not an embed page, or is on the wrong origin, posting what an embed page would.
const ROGUE_JS = `
parent.postMessage({ type: 'spf-embed:resize', height: 1234 }, '*');
parent.postMessage({ type: 'spf-embed:event', name: 'spf-checkin', detail: { rogue: true } }, '*');
parent.postMessage({ type: 'rogue-done' }, '*');
`;
const ROGUE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Rogue</title><script src="rogue.js"></script></head><body><p>Rogue</p></body></html>`;

const page = (title, head, body) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8" />\n<link rel="icon" href="data:," />\n<title>${title}</title>\n${head}\n</head>\n<body>\n<main>\n<h1>${title}</h1>\n${body}\n</main>\n</body>\n</html>\n`;

// Bad query strings, with the English message each gets.
/** @param {string} hostA @returns {[string, string, RegExp][]} */
const BAD = (hostA) => [
  ['no-element', '', /does not say what to show/],
  ['unknown-element', 'element=quiz', /asks for something it does not have/],
  ['too-long', `element=resources&topic=${'x'.repeat(2001)}`, /value of topic is too long/],
  ['not-http', `element=resources&feed=${encodeURIComponent('javascript:alert(1)')}`, /feed= is not a web address/],
  [
    'other-origin',
    `element=resources&feed=${encodeURIComponent(`${hostA}/feed.json`)}`,
    /does not show feeds from other websites/,
  ],
];

// What a frame shows, read inside it.
const INSIDE = `
  const alert = document.querySelector('[role="alert"]');
  const el = document.querySelector('main > :not(p)');
  const root = el && el.shadowRoot;
  const heading = root && root.querySelector('h1, h2');
  return {
    lang: document.documentElement.lang,
    title: document.title,
    alert: alert ? alert.textContent.replace(/\\s+/g, ' ').trim() : '',
    tag: el ? el.localName : '',
    heading: heading ? heading.textContent.replace(/\\s+/g, ' ').trim() : '',
    height: Math.ceil(document.documentElement.getBoundingClientRect().height),
  };
`;

// axe-core on the whole embed page (title, lang, landmarks and the element's shadow roots),
// with the rules the Storybook check and the a11y addon use.
const AXE = `${readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')}
  return axe
    .run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] })
    .then((result) => result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')));`;

const frameHeight = (id) => `return document.getElementById(${JSON.stringify(id)}).clientHeight;`;

describe('embed page across origins', () => {
  let dirA;
  let serverA;
  let serverB;
  let hostA;
  let hostB;
  /** Pages served from memory on origin B (besides the repository): rogue pages and the pasted drop-in. */
  const extraB = new Map();

  before(async () => {
    dirA = mkdtempSync(join(tmpdir(), 'spf-embed-host-'));
    ({ server: serverA, url: hostA } = await serve(dirA, 0, '127.0.0.1', { csp: false }));
    ({ server: serverB, url: hostB } = await serve('.', 0));
    const [files] = serverB.listeners('request');
    serverB.removeAllListeners('request');
    serverB.on('request', (request, response) => {
      const path = new URL(request.url, 'http://x').pathname;
      // An embed page's address that lands on another origin: the right window, the wrong origin.
      if (path === '/redirect/embed.html') {
        response.writeHead(302, { location: `${hostA}/rogue.html` });
        return response.end();
      }
      // The embed page under another name, beside it: spf-embed.js leaves such a frame alone,
      // as a host that cannot resize frames would.
      if (path === `${DIST}/fixed.html`) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return response.end(readFileSync(`.${DIST}/embed.html`));
      }
      if (extraB.has(path)) {
        const [type, body, headers = {}] = extraB.get(path);
        response.writeHead(200, { 'content-type': type, ...headers });
        return response.end(body);
      }
      return files(request, response);
    });
    extraB.set('/rogue/rogue.html', ['text/html; charset=utf-8', ROGUE_HTML]);
    extraB.set('/rogue/rogue.js', ['text/javascript', ROGUE_JS]);
    writeFileSync(join(dirA, 'rogue.html'), ROGUE_HTML);
    writeFileSync(join(dirA, 'rogue.js'), ROGUE_JS);
    writeFileSync(join(dirA, 'probe.js'), PROBE);
    writeFileSync(join(dirA, 'feed.json'), readFileSync('test/fixtures/small-feed.json'));

    const embed = `${hostB}${DIST}/embed.html`;
    const frames = [
      ...Object.keys(ELEMENTS).map(
        (name) => `<iframe id="${name}" title="${name}" height="300" src="${embed}?element=${name}"></iframe>`,
      ),
      ...Object.keys(ELEMENTS).map(
        (name) =>
          `<iframe id="fixed-${name}" title="${name} at a fixed height" height="300" src="${hostB}${DIST}/fixed.html?element=${name}"></iframe>`,
      ),
      `<iframe id="own-feed" title="own feed" height="300" src="${embed}?element=resources&feed=${encodeURIComponent('/test/fixtures/small-feed.json')}"></iframe>`,
      ...BAD(hostA).map(
        ([id, query]) =>
          `<iframe id="${id}" title="${id}" height="300" src="${embed}${query ? `?${query}` : ''}"></iframe>`,
      ),
      `<iframe id="wrong-origin" title="wrong origin" height="300" src="${hostB}/redirect/embed.html"></iframe>`,
      `<iframe id="wrong-window" title="wrong window" height="300" src="${hostB}/rogue/rogue.html"></iframe>`,
    ];
    writeFileSync(
      join(dirA, 'host.html'),
      page(
        'Host page',
        `<script src="probe.js"></script>\n<script src="${hostB}${DIST}/spf-embed.js"></script>`,
        frames.join('\n'),
      ),
    );
  });

  after(() => {
    for (const server of [serverA, serverB]) {
      server?.closeAllConnections();
      server?.close();
    }
    if (dirA) rmSync(dirA, { recursive: true, force: true });
  });

  for (const engine of engines) {
    describe(engine, () => {
      test('each element renders in its frame; spf-embed.js resizes the frames and fires their events on them; rogue messages change nothing; bad query strings get their message', async () => {
        const browser = await openPage(engine, `${hostA}/host.html`, { javaScript: true });
        try {
          for (const [name, tag] of Object.entries(ELEMENTS)) {
            const inside = await waitFor(`<${tag}> shows its heading in its frame`, async () => {
              const seen = await browser.runInFrame(`#${name}`, INSIDE);
              return seen.heading ? seen : undefined;
            });
            assert.equal(inside.tag, tag);
            assert.equal(inside.alert, '', `${name}: no message`);
            assert.equal(inside.lang, 'en');
            assert.ok(inside.title, `${name}: the page has a title`);
            // The frame takes its content's height: it was 300. (In view, as a reader would see it:
            // browsers pause layout in cross-origin frames off screen.)
            await browser.run(`document.getElementById(${JSON.stringify(name)}).scrollIntoView(); return true;`);
            await waitFor(`the ${name} frame is resized to its content`, async () => {
              const [outer, content] = [
                await browser.run(frameHeight(name)),
                (await browser.runInFrame(`#${name}`, INSIDE)).height,
              ];
              return outer !== 300 && Math.abs(outer - content) <= 1 ? outer : undefined;
            });
            await waitFor(`spf-feed-load from the ${name} frame reaches the host`, async () =>
              (await browser.run('return window.__events')).find(
                (event) => event.frame === name && event.name === 'spf-feed-load',
              ),
            );
          }

          // At a fixed height of 300 pixels (a host that cannot resize, such as SharePoint), and
          // 300 pixels wide (the iframe's default): the content scrolls inside the frame, to its end.
          for (const name of Object.keys(ELEMENTS)) {
            const fixed = await waitFor(`the ${name} frame at a fixed height shows its element`, async () => {
              const seen = await browser.runInFrame(
                `#fixed-${name}`,
                `const page = document.scrollingElement;
               page.scrollTop = page.scrollHeight;
               const last = document.querySelector('main').getBoundingClientRect();
               const el = document.querySelector(${JSON.stringify(ELEMENTS[name])});
               if (!el || !el.shadowRoot || !el.shadowRoot.querySelector('h2')) return undefined;
               return {
                 height: innerHeight,
                 scrolls: page.scrollHeight > innerHeight,
                 endInView: last.bottom <= innerHeight + 1,
                 sideways: page.scrollWidth > innerWidth,
               };`,
              );
              return seen;
            });
            assert.deepEqual(fixed, { height: 300, scrolls: true, endInView: true, sideways: false }, name);
          }

          // axe passes on the embed page, for every element and for a message.
          for (const id of [...Object.keys(ELEMENTS), 'unknown-element']) {
            assert.deepEqual(await browser.runInFrame(`#${id}`, AXE), [], `axe on the ${id} frame`);
          }

          // An event from someone's action: a check-in, with ids only.
          await browser.runInFrame(
            '#wellbeing-checkin',
            `const root = document.querySelector('spf-wellbeing-checkin').shadowRoot;
             root.querySelector('input[type="radio"]').click();
             root.querySelector('[part="submit-button"]').click();`,
          );
          const checkin = await waitFor('spf-checkin reaches the host on the iframe', async () =>
            (await browser.run('return window.__events')).find(
              (event) => event.frame === 'wellbeing-checkin' && event.name === 'spf-checkin',
            ),
          );
          assert.deepEqual(Object.keys(JSON.parse(checkin.detail)).sort(), ['band', 'checkin', 'option']);

          // A feed on the embed page's own origin is shown.
          const own = await waitFor('a feed on the embed page’s own origin is shown', async () => {
            const seen = await browser.runInFrame('#own-feed', INSIDE);
            return seen.heading || seen.alert ? seen : undefined;
          });
          assert.equal(own.alert, '', 'the own-origin feed is not refused');

          for (const [id, , message] of BAD(hostA)) {
            const seen = await waitFor(`the message for ${id}`, async () => {
              const inside = /** @type {{ alert: string }} */ (await browser.runInFrame(`#${id}`, INSIDE));
              return inside.alert ? inside : undefined;
            });
            assert.match(seen.alert, message, id);
            assert.match(seen.alert, /Does dim modd dangos y cynnwys lles hwn/, `${id}: in Welsh too`);
            assert.doesNotMatch(seen.alert, /127\.0\.0\.1|localhost|javascript/, `${id}: nothing from the address`);
          }

          // Rogue messages: from the host's own window, from a frame that is not an embed page
          // (on the embed page's origin), and from an embed frame's window on another origin.
          await waitFor('the three rogue senders are done', async () => {
            const done = await browser.run('return window.__rogueDone');
            return done >= 3;
          });
          for (const id of ['wrong-origin', 'wrong-window']) {
            assert.equal(await browser.run(frameHeight(id)), 300, `${id}: the frame keeps its height`);
          }
          const heights = await browser.run(
            `return [...document.querySelectorAll("iframe")].map((frame) => frame.clientHeight);`,
          );
          assert.ok(!heights.includes(1234), `no frame took a rogue height: ${heights}`);
          const events = await browser.run('return window.__events');
          assert.deepEqual(
            events.filter((event) => event.detail.includes('rogue')),
            [],
            'no rogue event reached the host',
          );
        } finally {
          await browser.close();
        }
      });

      test('the builder’s copied code, pasted into fresh pages, works', async () => {
        const browser = await openPage(engine, `${hostB}${DIST}/embed-builder.html`, { javaScript: true });
        try {
          await waitFor('the builder loads the default feed', () =>
            browser.run(`const el = document.querySelector('spf-embed-builder');
              return !!(el && el.shadowRoot && el.shadowRoot.querySelector('#topic'));`),
          );
          const copied = await browser.run(`
            const copied = [];
            Object.defineProperty(navigator, 'clipboard', {
              configurable: true,
              value: { writeText: async (text) => { copied.push(text); } },
            });
            window.__copied = copied;
            const root = document.querySelector('spf-embed-builder').shadowRoot;
            root.querySelector('#element-wellbeing-checkin').click();
            return true;`);
          assert.ok(copied);
          await waitFor('the builder shows the check-in options', () =>
            browser.run(`return !!document.querySelector('spf-embed-builder').shadowRoot.querySelector('#checkin');`),
          );
          await browser.run(`
            const root = document.querySelector('spf-embed-builder').shadowRoot;
            for (const button of root.querySelectorAll('.code button')) button.click();
            return true;`);
          const [iframe, helper, dropIn] = await waitFor('three pieces of code are copied', async () => {
            const texts = await browser.run('return window.__copied');
            return texts.length === 3 ? texts : undefined;
          });
          assert.match(iframe, /^<iframe src="[^"]+embed\.html\?element=wellbeing-checkin" title="[^"]+" height="560"/);
          assert.match(helper, /spf-embed\.js" async><\/script>$/);
          assert.match(dropIn, /<spf-wellbeing-checkin>/);

          // The iframe and the helper line, pasted into a page on another origin.
          writeFileSync(
            join(dirA, 'pasted.html'),
            page('Pasted iframe', '<script src="probe.js"></script>', `${iframe}\n${helper}`),
          );
          await browser.goto(`${hostA}/pasted.html`);
          const inside = await waitFor('the pasted frame shows the check-in', async () => {
            const seen = await browser.runInFrame('iframe', INSIDE);
            return seen.heading ? seen : undefined;
          });
          assert.equal(inside.tag, 'spf-wellbeing-checkin');
          await waitFor('the pasted frame is resized by the pasted helper line', async () => {
            const height = await browser.run(
              `return Math.round(document.querySelector('iframe').getBoundingClientRect().height);`,
            );
            return height !== 560 ? height : undefined;
          });

          // The drop-in snippet, pasted into a page on the bundle's own site, under a strict CSP.
          extraB.set('/pasted/drop-in.html', [
            'text/html; charset=utf-8',
            page('Pasted drop-in', '', dropIn),
            { 'content-security-policy': STRICT_CSP },
          ]);
          await browser.goto(`${hostB}/pasted/drop-in.html`);
          const heading = await waitFor('the pasted drop-in element shows the check-in', () =>
            browser.run(`const el = document.querySelector('spf-wellbeing-checkin');
              const h = el && el.shadowRoot && el.shadowRoot.querySelector('h2');
              return h ? h.textContent.trim() : '';`),
          );
          assert.equal(heading, 'How are you feeling today?');
        } finally {
          await browser.close();
        }
      });
    });
  }
});
