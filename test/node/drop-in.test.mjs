// @ts-check
// The drop-in bundle is one file that defines every element; what it loads on
// first use sits beside it and never pulls the main code into another file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { FIRST_VIEW_BEFORE, FIRST_VIEW_GROWTH, WITH_THE_FEED } from '../../scripts/size-budgets.mjs';

const dist = 'packages/widgets/dist';

/** What a built file imports at start (not its dynamic `import()`s). */
const staticImports = (code) =>
  [...code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w*{][^;]*?from\s*)?["']([^"']+)["']/g)].map((match) => match[1]);
const entry = readFileSync(`${dist}/spf-widgets.js`, 'utf8');

test('spf-widgets.js holds the elements itself, Lit included', () => {
  for (const tag of [
    'spf-feed',
    'spf-resources',
    'spf-podcast-player',
    'spf-wellbeing-checkin',
    'spf-diagnostic-card',
  ]) {
    assert.ok(entry.includes(`"${tag}"`), `${tag} is not defined in spf-widgets.js`);
  }
  assert.ok(
    !/^\s*(import|export)\s*[*{][^;]*from\s*["']/.test(entry.slice(0, 200)),
    'spf-widgets.js starts by importing from another file',
  );
  assert.ok(entry.length > 50_000, 'spf-widgets.js is too small to hold the elements');
});

test('files loaded on first use import at most from spf-widgets.js, which is already loaded', () => {
  const lazy = readdirSync(dist).filter((file) => /^spf-widgets-.*\.js$/.test(file));
  assert.ok(
    lazy.some((file) => file.includes('default-feed')),
    'the default feed file is missing',
  );
  assert.ok(
    lazy.some((file) => file.includes('parse-feed')),
    'the feed validator file is missing',
  );
  for (const file of lazy) {
    const code = readFileSync(`${dist}/${file}`, 'utf8');
    for (const from of staticImports(code)) {
      assert.equal(
        from,
        './spf-widgets.js',
        `${file} imports ${from}, so loading it would start another chain of requests`,
      );
    }
  }
});

test('spf-widgets.js stays within its budget of 40 KB min+gzip', async () => {
  const { gzipSync } = await import('node:zlib');
  const bytes = gzipSync(Buffer.from(entry), { level: 9 }).length;
  assert.ok(bytes < 40 * 1024, `spf-widgets.js is ${bytes} bytes min+gzip, over 40 KB (npm run size)`);
});

test('the first view with all four elements (spf-widgets.js and the files it fetches with the feed) grew by at most 1 KB with issue 14', () => {
  const files = [
    'spf-widgets.js',
    ...readdirSync(dist).filter((file) => /^spf-widgets-.*\.js$/.test(file) && WITH_THE_FEED.test(file)),
  ];
  assert.equal(
    files.length,
    3,
    `expected the entry, the feed validator and the player's controls: ${files.join(', ')}`,
  );
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(`${dist}/${file}`), { level: 9 }).length, 0);
  assert.ok(
    bytes <= FIRST_VIEW_BEFORE + FIRST_VIEW_GROWTH,
    `the first view is ${bytes} bytes min+gzip, ${bytes - FIRST_VIEW_BEFORE} more than the ${FIRST_VIEW_BEFORE} before issue 14 (npm run size)`,
  );
});

test('spf-podcast-player.js, the player alone for partner sites, holds the player and Lit and stays within 15 KB min+gzip', async () => {
  const { gzipSync } = await import('node:zlib');
  const player = readFileSync(`${dist}/spf-podcast-player.js`, 'utf8');
  assert.ok(player.includes('"spf-podcast-player"'), 'spf-podcast-player is not defined in spf-podcast-player.js');
  for (const tag of ['spf-resources', 'spf-wellbeing-checkin', 'spf-diagnostic-card']) {
    assert.ok(!player.includes(`"${tag}"`), `spf-podcast-player.js also defines ${tag}`);
  }
  assert.ok(
    !/^\s*(import|export)\s*[*{][^;]*from\s*["']/.test(player.slice(0, 200)),
    'spf-podcast-player.js starts by importing from another file',
  );
  const beside = readdirSync(dist).filter((file) => /^spf-podcast-player-.*\.js$/.test(file));
  assert.ok(
    beside.some((file) => file.includes('player-view')),
    'the controls file is missing',
  );
  for (const file of beside) {
    const code = readFileSync(`${dist}/${file}`, 'utf8');
    for (const from of staticImports(code)) {
      assert.equal(from, './spf-podcast-player.js', `${file} imports ${from}`);
    }
  }
  const bytes = gzipSync(Buffer.from(player), { level: 9 }).length;
  assert.ok(bytes < 15 * 1024, `spf-podcast-player.js is ${bytes} bytes min+gzip, over 15 KB (npm run size)`);
});

test('@spf-wellbeing/podcast-player, bundled on its own with Lit as a user would, stays within 15 KB min+gzip', async () => {
  const { gzipSync } = await import('node:zlib');
  const { bundleAsAUserWould } = await import('../../scripts/size-bundle.mjs');
  const chunks = await bundleAsAUserWould('packages/podcast-player/src/define.ts');
  const entry = chunks.find((chunk) => chunk.isEntry);
  assert.ok(entry, 'no entry chunk');
  const bytes = gzipSync(Buffer.from(entry.code), { level: 9 }).length;
  assert.ok(bytes < 15 * 1024, `the player's package entry is ${bytes} bytes min+gzip, over 15 KB (npm run size)`);
});
