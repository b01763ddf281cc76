// @ts-check
// The player drop-in (spf-podcast-player.js) fetches two files beside it on
// its first render: the feed validator and the player's controls. When either
// cannot be fetched (offline after the page loaded, or a host that copied only
// the entry file), or the network holds the controls' request open, the
// listener still gets a clear message, Retry, the download link and the native
// audio player from the embed snippet, and the page sees no uncaught error.
// Each case serves a copy of the built dist/ with one file taken away or held
// open, in every engine that runs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../../scripts/static-server.mjs';
import { enginesToRun } from './open-page.mjs';
import { closeSite, readPage, siteWithout } from './site-without.mjs';

const engines = enginesToRun();

// The README's embed snippet for partner sites.
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>Podcast</title>
    <script src="errors-probe.js"></script>
    <script type="module" src="dist/spf-podcast-player.js"></script>
  </head>
  <body>
    <main>
      <spf-podcast-player feed-timeout="3000">
        <audio controls preload="metadata" src="dist/media/bullying-harassment-part-1.mp3"></audio>
        <p><a href="dist/media/bullying-harassment-part-1.mp3" download>Download the episode (MP3)</a></p>
      </spf-podcast-player>
    </main>
  </body>
</html>
`;

// What the listener gets, read in the page (a function body, so WebDriver can run it too).
const DESCRIBE = `
  const el = document.querySelector('spf-podcast-player');
  if (!el) return { upgraded: false, alert: '' }; // the page is still arriving
  const root = el.shadowRoot;
  const alert = root && root.querySelector('[role="alert"]');
  const download = root && root.querySelector('[part="download"]');
  const audio = el.querySelector('audio').getBoundingClientRect();
  return {
    upgraded: !!root,
    heading: root && root.querySelector('h2') ? root.querySelector('h2').textContent.trim() : '',
    alert: alert ? alert.textContent.replace(/\\s+/g, ' ').trim() : '',
    retry: !!(alert && [...alert.querySelectorAll('button')].some((b) => /Retry|Try again/i.test(b.textContent))),
    download: download ? download.href : '',
    nativePlayerShown: audio.width > 0 && audio.height > 0,
    uncaught: document.documentElement.getAttribute('data-uncaught'),
  };
`;

const CASES = [
  {
    name: 'the player controls file (spf-podcast-player-player-view.js) is missing',
    missing: 'spf-podcast-player-player-view.js',
    check(page) {
      assert.equal(
        page.heading,
        'Tackling bullying and harassment, part 1 (demo audio)',
        'the episode title from the feed is not shown',
      );
      assert.match(page.alert, /Sorry, this episode cannot be played right now/);
      assert.match(page.alert, /You can download the episode/);
      assert.match(page.download, /bullying-harassment-part-1\.mp3$/, 'no download link in the message');
    },
  },
  {
    name: 'the network holds the request for the controls file open',
    missing: 'spf-podcast-player-player-view.js',
    holdOpen: true,
    check(page) {
      assert.equal(
        page.heading,
        'Tackling bullying and harassment, part 1 (demo audio)',
        'the episode title from the feed is not shown',
      );
      assert.match(page.alert, /Sorry, this episode cannot be played right now/);
      assert.match(page.download, /bullying-harassment-part-1\.mp3$/, 'no download link in the message');
    },
  },
  {
    name: 'the feed validator (spf-podcast-player-parse-feed.js) is missing',
    missing: 'spf-podcast-player-parse-feed.js',
    check(page) {
      assert.match(page.alert, /We could not reach the wellbeing feed/);
    },
  },
];

for (const engine of engines) {
  describe(`${engine}: files the player fetches later cannot be fetched`, () => {
    for (const each of CASES) {
      describe(each.name, () => {
        let root;
        let server;
        let page;
        before(async () => {
          root = siteWithout(each.missing, { 'index.html': PAGE }, { keep: each.holdOpen });
          let url;
          ({ server, url } = await serve(root, 0));
          if (each.holdOpen) {
            // Never answer for that one file, as a stalled network would not.
            const [files] = server.listeners('request');
            server.removeAllListeners('request');
            server.on('request', (request, response) =>
              request.url.endsWith(each.missing) ? undefined : files(request, response),
            );
          }
          page = await readPage(engine, `${url}/index.html`, DESCRIBE, (result) => !!result.alert);
        });
        after(() => closeSite(server, root));

        test('a clear message with Retry, the native player from the snippet, and nothing thrown into the page', () => {
          assert.ok(page.upgraded, 'the player did not start');
          each.check(page);
          assert.ok(page.retry, 'no Retry button in the message');
          assert.ok(page.nativePlayerShown, 'the native audio player from the snippet is not shown');
          assert.equal(page.uncaught, null, `the page saw an uncaught error: ${page.uncaught}`);
        });
      });
    }
  });
}
