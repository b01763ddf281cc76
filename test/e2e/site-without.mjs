// @ts-check
// For the end-to-end checks of files the drop-in fetches later: a copy of the
// built dist/ with one file taken away, served with a page, a way to wait
// for what the page shows, and the clean-up after.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage } from './open-page.mjs';

/**
 * A folder with a copy of packages/widgets/dist (as dist/, without source maps) lacking `missing` (unless
 * `keep`), the errors probe (errors-probe.js), and `files` beside them: `{ 'index.html': '…' }`.
 * @param {string} missing
 * @param {Record<string, string>} files
 * @param {{ keep?: boolean }} [options]
 */
export function siteWithout(missing, files, { keep = false } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'spf-missing-'));
  cpSync('packages/widgets/dist', join(root, 'dist'), { recursive: true, filter: (path) => !path.endsWith('.map') });
  if (!keep) rmSync(join(root, 'dist', missing));
  cpSync('test/fixtures/errors-probe.js', join(root, 'errors-probe.js'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

/**
 * Runs `body` in the page (a function body, so WebDriver can run it too) until `done` says its result is
 * what the check waits for, or 15 seconds pass; returns the last result.
 * @param {{ run(body: string): Promise<unknown> }} browser
 * @param {string} body
 * @param {(result: any) => boolean} done
 */
export async function pageWhen(browser, body, done) {
  const deadline = Date.now() + 15000;
  let result;
  do {
    result = await browser.run(body);
    if (done(result)) return result;
    await new Promise((resolve) => setTimeout(resolve, 100));
  } while (Date.now() < deadline);
  return result;
}

/**
 * Opens `url` in `engine` with JavaScript on and every element eager, waits with `pageWhen` for `done`, and
 * closes the browser; returns the last result of `body`.
 * @param {Parameters<typeof openPage>[0]} engine
 * @param {string} url
 * @param {string} body
 * @param {(result: any) => boolean} done
 */
export async function readPage(engine, url, body, done) {
  const browser = await openPage(engine, url, { javaScript: true, eager: true });
  try {
    return await pageWhen(browser, body, done);
  } finally {
    await browser.close();
  }
}

/**
 * Stops the server and removes the site's folder (either may be missing, when `before` failed early).
 * @param {import('node:http').Server | undefined} server
 * @param {string | undefined} root
 */
export function closeSite(server, root) {
  server?.closeAllConnections();
  server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
}
