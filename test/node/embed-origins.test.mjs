// The build-time setting for the embed page's feed origins, SPF_EMBED_FEED_ORIGINS:
// what it accepts, what it refuses (the build stops before changing a file), and
// where the built page carries it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { embedFeedOrigins } from '../../scripts/embed-origins.mjs';

test('SPF_EMBED_FEED_ORIGINS: origins, comma or space separated, https (http only for localhost), no duplicates', () => {
  assert.deepEqual(embedFeedOrigins(''), []);
  assert.deepEqual(
    embedFeedOrigins('https://feeds.example.nhs.uk, https://www.partner.example.org/ https://feeds.example.nhs.uk'),
    ['https://feeds.example.nhs.uk', 'https://www.partner.example.org'],
  );
  assert.deepEqual(embedFeedOrigins('http://localhost:8080'), ['http://localhost:8080']);
  assert.throws(() => embedFeedOrigins('http://feeds.example.nhs.uk'), /must start with https:\/\//);
  assert.throws(() => embedFeedOrigins('https://feeds.example.nhs.uk/wellbeing/'), /origin only, without a path/);
  assert.throws(() => embedFeedOrigins('feeds.example.nhs.uk'), /is not an origin/);
  assert.throws(() => embedFeedOrigins("https://x.example 'unsafe-inline'"), /is not an origin/);
});

test('a bad SPF_EMBED_FEED_ORIGINS stops npm run build before any file changes', () => {
  const page = 'packages/widgets/dist/embed.html';
  const before = statSync(page).mtimeMs;
  const run = spawnSync(process.execPath, ['scripts/build.mjs'], {
    env: { ...process.env, SPF_EMBED_FEED_ORIGINS: 'javascript:alert(1)' },
    encoding: 'utf8',
  });
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /SPF_EMBED_FEED_ORIGINS: "javascript:alert\(1\)"/);
  assert.equal(statSync(page).mtimeMs, before, 'embed.html was not touched');
});

test('the built embed page: a strict policy in a meta tag, feeds from its own origin only by default, no inline code', () => {
  const html = readFileSync('packages/widgets/dist/embed.html', 'utf8');
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src 'self';/);
  assert.match(policy, /style-src 'self';/);
  assert.match(policy, /connect-src 'self';/);
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  assert.doesNotMatch(html, /<style|\sstyle=/, 'no inline style');
  assert.match(html, /<html lang="en">/);
  assert.match(html, /<title>[^<]+<\/title>/);
  const script = readFileSync('packages/widgets/dist/spf-embed-page.js', 'utf8');
  assert.match(script, /import\("\.\/spf-widgets\.js"\)/, 'the embed page loads the drop-in bundle beside it');
  assert.ok(readdirSync('packages/widgets/dist').includes('spf-embed.js'));
});
