// @ts-check
// Opens every story and docs page of the static Storybook build in headless
// Chromium and checks that it renders with no console error and passes axe.
//
//   npm run build-storybook && node scripts/check-stories.mjs [filter]
//
// `filter` (optional) keeps only story ids that contain it. Prints one line
// per story and ends with a plain "N passed, N failed" line; exits 1 when
// any story fails. CHROME_PATH overrides the browser; STORY_CONCURRENCY sets
// how many stories run at once (default 2).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';

const STATIC = 'storybook-static';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TIMEOUT = 15_000;

if (!existsSync(`${STATIC}/index.json`)) {
  console.error(`No ${STATIC}/index.json: run \`npm run build-storybook\` first.`);
  process.exit(1);
}

const filter = process.argv[2] ?? '';
const index = JSON.parse(readFileSync(`${STATIC}/index.json`, 'utf8'));
const stories = Object.values(index.entries)
  .filter((entry) => (entry.type === 'story' || entry.type === 'docs') && entry.id.includes(filter))
  .sort((a, b) => a.id.localeCompare(b.id));

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const executablePath = process.env.CHROME_PATH || '/usr/lib/chromium/chromium';
const concurrency = Math.max(1, Number(process.env.STORY_CONCURRENCY) || 2);

const started = Date.now();
const { server, url } = await serve(STATIC, 0, '127.0.0.1', { csp: false });
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});

let passed = 0;
let failed = 0;

async function check(story, context) {
  const page = await context.newPage();
  // "320px wide" stories: a real 320px window, checked for sideways scrolling (WCAG 1.4.10).
  const narrow = story.id.endsWith('--narrow');
  const docs = story.type === 'docs';
  if (narrow) await page.setViewportSize({ width: 320, height: 640 });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    await page.goto(`${url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=${docs ? 'docs' : 'story'}`, {
      timeout: TIMEOUT,
    });
    // Storybook's own record of the render: loaders, render and play function all done.
    // A docs page is done when its stories have rendered into it.
    await page.waitForFunction(
      (isDocs) => {
        if (document.body.classList.contains('sb-show-errordisplay')) return true;
        if (isDocs)
          return Boolean(document.querySelector('#storybook-docs .sbdocs-content h1, #storybook-docs .sbdocs-title'));
        const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
        return ['finished', 'completed', 'played', 'errored', 'aborted'].includes(phase ?? '');
      },
      docs,
      { timeout: TIMEOUT },
    );
    // Then every element's own updates, and the feed requests they start.
    const elements = await page.evaluate(async () => {
      const all = () => {
        const found = [];
        const walk = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.localName.startsWith('spf-')) found.push(el);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(
          document.querySelector('#storybook-root')?.childElementCount
            ? document.querySelector('#storybook-root')
            : document.body,
        );
        return found;
      };
      for (let round = 0; round < 4; round++) {
        await Promise.all(all().map((el) => el.updateComplete));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return all().map((el) => el.localName);
    });
    const phase = await page.evaluate(() => window.__STORYBOOK_PREVIEW__?.currentRender?.phase);
    if (phase === 'errored' || (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay')))) {
      const message = await page.evaluate(() => document.querySelector('#error-message')?.textContent?.trim() ?? '');
      problems.push(`the story failed to render${message ? `: ${message}` : ''}`);
    }
    if (!docs && !story.tags?.includes('no-elements') && elements.length === 0) {
      problems.push('no spf-* element rendered');
    }
    if (narrow) {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) problems.push(`scrolls sideways at 320px: the page is ${width}px wide`);
    }
    await page.addScriptTag({ path: axePath });
    const results = await page.evaluate(
      ([tags, root]) => window.axe.run(root, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
      [AXE_TAGS, docs ? '#storybook-docs' : '#storybook-root'],
    );
    for (const violation of results.violations) {
      const targets = violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' > '))
        .join('; ');
      problems.push(`axe ${violation.id} (${violation.impact}): ${violation.help} at ${targets}`);
    }
  } catch (error) {
    problems.push(`could not check: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
  } finally {
    await page.close();
  }
  if (problems.length) {
    failed++;
    console.log(`FAIL ${story.id}`);
    for (const problem of problems)
      console.log(`     ${problem.split('\n').slice(0, 3).join('\n       ').slice(0, 600)}`);
  } else {
    passed++;
    console.log(`ok   ${story.id}`);
  }
}

const queue = [...stories];
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    // One context per worker: pages share the browser cache, so Storybook's
    // bundle is compiled once, not once per story.
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    // Each story starts with empty storage (saved answers, saved feed copies).
    await context.addInitScript(() => {
      try {
        localStorage.clear();
      } catch {
        // Storage blocked: nothing to clear.
      }
    });
    while (queue.length) await check(queue.shift(), context);
    await context.close();
  }),
);

await browser.close();
server.close();
console.log(`\nChecked ${stories.length} stories in ${Math.round((Date.now() - started) / 1000)} s.`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || stories.length === 0 ? 1 : 0);
