// @ts-check
// web-test-runner launchers for the engines that run (see engines.mjs):
// Chromium and Firefox through puppeteer-core, WebKit through WebKitWebDriver.

import { LABEL, CHROMIUM_ARGS, FIREFOX_PREFS, locate, planEngines, shout } from './engines.mjs';
import { commandsFirst, setWebDriverViewport, VIEWPORT, withCommandsFirst } from './commands.mjs';
import { descendantsNamed, sleep, waitChannel } from './processes.mjs';
import { startWebKitServices, webkitCapabilities } from './webkit-services.mjs';

/** The launchers for the engines that run; throws when a required engine is missing. */
export async function browsers() {
  const plan = planEngines();
  if (plan.required) throw new Error(`\n${plan.message}\n`);
  if (plan.message) shout(plan.message);
  const result = [];
  for (const engine of plan.run) {
    if (engine === 'chromium') result.push(await chromiumLauncher());
    if (engine === 'firefox') result.push(await firefoxLauncher());
    if (engine === 'webkit') result.push(await webkitLauncher());
  }
  return result;
}

async function chromiumLauncher() {
  const { chromeLauncher } = await import('@web/test-runner-chrome');
  const launcher = chromeLauncher({
    concurrency: 1, // sendKeys tests time out with more than one page at once
    launchOptions: { executablePath: locate('chromium').executablePath, headless: true, args: CHROMIUM_ARGS },
  });
  launcher.name = LABEL.chromium;
  return withFocusedPage(withCommandsFirst(launcher));
}

async function firefoxLauncher() {
  const { chromeLauncher } = await import('@web/test-runner-chrome');
  const puppeteer = await import('puppeteer-core');
  return withFocusedPage(
    withCommandsFirst(
      chromeLauncher({
        // Typed as the module namespace; what it needs is launch(), which the default export has.
        puppeteer: /** @type {any} */ (puppeteer.default ?? puppeteer),
        concurrency: 1,
        launchOptions: {
          browser: 'firefox',
          executablePath: locate('firefox').executablePath,
          headless: true,
          extraPrefsFirefox: FIREFOX_PREFS,
        },
      }),
    ),
  );
}

/**
 * The webdriver launcher's own fields that WebKitLauncher uses. They are
 * private in its type declarations, though a subclass reaches them in
 * JavaScript as usual.
 * @param {import('@web/test-runner-webdriver').WebdriverLauncher} launcher
 * @returns {{
 *   options: { hostname?: string; port?: number; path?: string };
 *   driver?: import('webdriverio').Browser;
 *   driverManager?: unknown;
 *   pendingHeartbeat?: ReturnType<typeof setInterval>;
 *   ensureManagerInitialized(): Promise<void>;
 * }}
 */
const internals = (launcher) => /** @type {any} */ (launcher);

async function webkitLauncher() {
  const { WebdriverLauncher } = await import('@web/test-runner-webdriver');
  const { miniBrowser } = locate('webkit');

  /** WebdriverLauncher that starts Xvfb and WebKitWebDriver first and stops them after. */
  class WebKitLauncher extends WebdriverLauncher {
    async initialize(config) {
      this.services = await startWebKitServices();
      Object.assign(internals(this).options, { hostname: '127.0.0.1', port: this.services.port, path: '/' });
      // The webdriver launcher runs test files in iframes when concurrency is
      // above 1, which WebKitGTK's driver rejects: one top-level page at a time.
      await super.initialize({ ...config, concurrency: 1 });
      this.name = LABEL.webkit;
      commandsFirst(config);
    }
    async startSession(id, url) {
      const inner = internals(this);
      // If MiniBrowser crashed or hung during the last test file, its session
      // is gone or stuck, and the webdriver launcher would fail every later
      // file. Check, and start fresh services and a fresh session, so one
      // crash or hang costs one file (which npm test then runs once more).
      if (inner.driver) {
        // A hung MiniBrowser never answers at all: give it 5 seconds. One
        // that did not finish the last file (see stopSession) is not trusted.
        const alive =
          !this.broken &&
          (await Promise.race([
            inner.driver.getUrl().then(
              () => true,
              () => false,
            ),
            sleep(5000).then(() => false),
          ]));
        this.broken = false;
        if (!alive) {
          console.error('\nWebKit: the browser stopped answering or ended; starting a new one.');
          clearInterval(inner.pendingHeartbeat);
          await Promise.race([inner.driver.deleteSession().catch(() => {}), sleep(3000)]);
          inner.driver = undefined;
          inner.driverManager = undefined;
          // Stopping Xvfb takes a hung MiniBrowser with it; then all starts afresh.
          await this.services?.stop();
          this.services = await startWebKitServices();
          inner.options.port = this.services.port;
        }
      }
      // Every file starts with the same viewport as in the other engines,
      // whatever size the last file left the window.
      await inner.ensureManagerInitialized();
      await setWebDriverViewport(inner.driver, VIEWPORT.width, VIEWPORT.height).catch(() => {});
      this.watchForDeadlock();
      return super.startSession(id, url);
    }
    /**
     * WebKitGTK's page process can deadlock in its media code: its main
     * thread waits on a lock held by a thread that waits for the main thread
     * (docs/browser-support.md). Left alone, the file would wait out
     * testsFinishTimeout. A main thread that has waited on a lock (a futex)
     * for 10 seconds in a row is that deadlock: its process is ended, the
     * page's connection closes, web-test-runner fails the file at once, and
     * npm test runs it again in a fresh browser. An idle page waits in poll,
     * not on a futex, so a page waiting for a timer is left alone.
     */
    watchForDeadlock() {
      clearInterval(this.watchdog);
      const waited = new Map();
      const driverPid = this.services?.pids[1];
      if (!driverPid) return;
      this.watchdog = setInterval(() => {
        for (const pid of descendantsNamed(driverPid, 'WebKitWebProc')) {
          const seconds = waitChannel(pid).startsWith('futex') ? (waited.get(pid) ?? 0) + 1 : 0;
          waited.set(pid, seconds);
          if (seconds < 10) continue;
          console.error(`\nWebKit: the page's process has waited on a lock for 10 s (a deadlock); ending it.`);
          this.broken = true;
          waited.delete(pid);
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // Already gone.
          }
        }
      }, 1000);
      this.watchdog.unref();
    }
    async stopSession(id) {
      clearInterval(this.watchdog);
      // Ending a file asks the page for its results. A page whose browser hung
      // answers never (the HTTP client would wait 5 minutes): after 15 seconds,
      // give up on it and have the next file start a fresh browser.
      try {
        return await Promise.race([
          super.stopSession(id),
          sleep(15000).then(() => {
            throw new Error('WebKit did not answer at the end of the test file');
          }),
        ]);
      } catch (error) {
        this.broken = true;
        throw error;
      }
    }
    async stop() {
      clearInterval(this.watchdog);
      await super.stop();
      await this.services?.stop();
      this.services = undefined;
    }
  }

  const launcher = new WebKitLauncher({ logLevel: 'error', capabilities: webkitCapabilities(miniBrowser) });
  launcher.name = LABEL.webkit;
  return launcher;
}

/**
 * Each test file starts in a page that has the keyboard focus. In Firefox,
 * Tab past a page's last control moves focus out to the browser's toolbar,
 * and the page never gets it back: keys still move focus inside it, but
 * Space no longer presses buttons or ticks boxes, and :focus-visible stops
 * matching. So a page that lost focus is replaced with a fresh one before the
 * next file. (Headless Chromium wraps around to the page instead.)
 *
 * A reused page also keeps its history, and Chromium keeps at most 50
 * entries: a full history drops entries that scripts added first, so Back
 * goes further than a test of the URL's history expects (out of the page).
 * So a page with a long history is replaced too.
 */
function withFocusedPage(launcher) {
  const startSession = launcher.startSession.bind(launcher);
  launcher.startSession = async (id, url) => {
    const previous = launcher.inactivePages.at(-1);
    let stale;
    if (previous && !previous.puppeteerPage.isClosed()) {
      const fresh = await previous.puppeteerPage
        .evaluate(() => document.hasFocus() && history.length < 25)
        .catch(() => false);
      if (!fresh) stale = launcher.inactivePages.pop();
      // A reused page keeps the viewport the last file set: start from the default again.
      else await previous.puppeteerPage.setViewport(VIEWPORT).catch(() => {});
    }
    try {
      return await startSession(id, url);
    } finally {
      // Closed only now: closing a browser's last page would close the browser.
      await stale?.puppeteerPage.close().catch(() => {});
    }
  };
  return launcher;
}
