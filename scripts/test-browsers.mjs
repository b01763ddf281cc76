// Which browser engines the tests run in, how to find them on this machine,
// and how to start them. Shared by web-test-runner.config.mjs, scripts/test.mjs
// and the end-to-end checks in test/e2e/.
//
// Engines, all from Debian's packages:
// - chromium: Debian's Chromium, driven by puppeteer-core over CDP.
// - firefox:  firefox-esr, driven by puppeteer-core over WebDriver BiDi (no geckodriver).
// - webkit:   WebKitGTK's MiniBrowser, driven by WebKitWebDriver under Xvfb. We
//             start Xvfb and the driver ourselves and stop them by process id.
//
// SPF_BROWSERS (comma list: chromium, firefox, webkit) picks engines. Without
// it we run all three. A missing engine is a failure when SPF_BROWSERS names
// it or when CI=true; otherwise we run the engines that are present and print
// a loud warning naming the missing ones and the command that installs them.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

export const INSTALL = {
  chromium: 'sudo apt-get install -y chromium',
  firefox: 'sudo apt-get install -y firefox-esr',
  webkit: 'sudo apt-get install -y webkit2gtk-driver xvfb xauth',
};

/** Every Debian package the three engines need (used by .ci/run too). */
export const ALL_PACKAGES = 'chromium firefox-esr webkit2gtk-driver xvfb xauth';

/** The label web-test-runner gives each engine's launcher. */
export const LABEL = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

const first = (paths) => paths.find((path) => path && existsSync(path));
const onPath = (name) => first((process.env.PATH ?? '').split(delimiter).map((dir) => dir && join(dir, name)));
const MULTIARCH = [
  'x86_64-linux-gnu',
  'aarch64-linux-gnu',
  'arm-linux-gnueabihf',
  'i386-linux-gnu',
  'powerpc64le-linux-gnu',
  's390x-linux-gnu',
];

/** The path in `variable` if it is set (it must exist), otherwise the first of `paths` that exists. */
const find = (variable, paths) => (process.env[variable] ? first([process.env[variable]]) : first(paths));
const notFound = (variable, what) =>
  process.env[variable]
    ? `${variable}=${process.env[variable]} does not exist`
    : `${what} not found (or set ${variable})`;

/** Where each engine's parts are on this machine; `missing` names what was not found. */
export function locate(engine) {
  if (engine === 'chromium') {
    const executablePath = find('CHROME_PATH', [
      '/usr/lib/chromium/chromium',
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
    ]);
    return { executablePath, missing: executablePath ? [] : [notFound('CHROME_PATH', 'Chromium')] };
  }
  if (engine === 'firefox') {
    const executablePath = find('FIREFOX_PATH', [
      '/usr/bin/firefox-esr',
      '/usr/lib/firefox-esr/firefox-esr',
      '/usr/bin/firefox',
    ]);
    return { executablePath, missing: executablePath ? [] : [notFound('FIREFOX_PATH', 'Firefox')] };
  }
  if (engine === 'webkit') {
    const driver = find('WEBKIT_WEBDRIVER_PATH', [onPath('WebKitWebDriver')]);
    const miniBrowser = find(
      'MINIBROWSER_PATH',
      MULTIARCH.flatMap((arch) => [
        `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`,
        `/usr/lib/${arch}/webkitgtk-6.0/MiniBrowser`,
        `/usr/lib/${arch}/webkit2gtk-4.0/MiniBrowser`,
      ]),
    );
    const xvfb = onPath('Xvfb');
    const missing = [];
    if (!driver) missing.push(notFound('WEBKIT_WEBDRIVER_PATH', 'WebKitWebDriver'));
    if (!miniBrowser) missing.push(notFound('MINIBROWSER_PATH', 'MiniBrowser'));
    if (!xvfb) missing.push('Xvfb not found');
    return { driver, miniBrowser, xvfb, missing };
  }
  throw new Error(`Unknown engine ${engine}`);
}

/** The engines SPF_BROWSERS asks for (or all), and whether it was set. */
export function requestedEngines() {
  const asked = (process.env.SPF_BROWSERS ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = asked.filter((name) => !ENGINES.includes(name));
  if (unknown.length)
    throw new Error(
      `Unknown engine(s) in SPF_BROWSERS: ${unknown.join(', ')}. Use a comma list of ${ENGINES.join(', ')}.`,
    );
  return { engines: asked.length ? [...new Set(asked)] : ENGINES, explicit: asked.length > 0 };
}

const isCI = () => /^(1|true|yes)$/i.test(process.env.CI ?? '');

/**
 * Decides which engines run. Returns `{ run, missing, required, message }`:
 * `missing` engines are not installed; `required` is true when that is a
 * failure (SPF_BROWSERS named them, or CI=true); `message` says which are
 * missing and how to install them.
 */
export function planEngines() {
  const { engines, explicit } = requestedEngines();
  const run = [];
  const missing = [];
  const lines = [];
  for (const engine of engines) {
    const found = locate(engine);
    if (found.missing.length === 0) run.push(engine);
    else {
      missing.push(engine);
      lines.push(`  - ${LABEL[engine]}: ${found.missing.join('; ')}. Install it with: ${INSTALL[engine]}`);
    }
  }
  const required = missing.length > 0 && (explicit || isCI() || run.length === 0);
  let message = '';
  if (missing.length) {
    const why = explicit
      ? 'SPF_BROWSERS asks for it'
      : isCI()
        ? 'CI=true requires all three engines'
        : run.length === 0
          ? 'no engine is installed'
          : '';
    message = [
      required
        ? `ERROR: missing browser engine(s): ${missing.map((e) => LABEL[e]).join(', ')} (${why}).`
        : `WARNING: missing browser engine(s): ${missing.map((e) => LABEL[e]).join(', ')}. These tests did NOT run in ${missing.length === 1 ? 'it' : 'them'}.`,
      ...lines,
      `  All engines at once: sudo apt-get install -y ${ALL_PACKAGES}`,
      required
        ? ''
        : `  To silence this, install them, or pick engines on purpose: SPF_BROWSERS=${run.join(',')} npm test`,
    ]
      .filter(Boolean)
      .join('\n');
  }
  return { run, missing, required, message };
}

/** Prints a message so nobody can miss it. */
export function shout(message) {
  const bar = '!'.repeat(78);
  console.error(`\n${bar}\n${message}\n${bar}\n`);
}

// ---------------------------------------------------------------------------
// Processes we start (Xvfb, WebKitWebDriver): stopped by process id when the
// launcher stops, and in any case when this process exits or is interrupted.

const children = new Set();
const tempDirs = new Set();
let exitHooked = false;

function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  if (!exitHooked) {
    exitHooked = true;
    process.once('exit', killAll);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.once(signal, () => {
        killAll();
        // If nobody else (web-test-runner) handles the signal, end as it asks.
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
    }
  }
  return child;
}

function killAll() {
  for (const child of children) stopProcess(child);
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}

function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  children.delete(child);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts Xvfb on a free display (Xvfb picks it and tells us on a pipe). */
async function startXvfb(xvfb) {
  const child = track(
    spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    }),
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const display = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start in 10 s.\n${stderr}`)), 10000);
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}) before it was ready.\n${stderr}`));
    });
  });
  child.stderr.removeAllListeners('data');
  child.stderr.resume();
  return { child, display };
}

// MiniBrowser's toolbar keeps its window at least 447px wide, too wide for a
// 320px viewport. This GTK style sheet, in a private XDG_CONFIG_HOME, shrinks
// the toolbar; web content is drawn by WebKit and does not use it.
const SMALL_TOOLBAR_CSS = `window * { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }
window image { -gtk-icon-transform: scale(0.05); }
`;

/** Starts WebKitWebDriver on a free port with DISPLAY set, and waits until it answers. */
async function startWebKitWebDriver(driver, display, configHome) {
  const port = await freePort();
  // No sound card on CI machines: GStreamer's autoaudiosink then tried
  // OpenAL and ALSA, failed, and MiniBrowser crashed now and then during the
  // podcast tests. fakeaudiosink plays in real time with no device.
  const ranks = [process.env.GST_PLUGIN_FEATURE_RANK, 'fakeaudiosink:MAX,pulsesink:NONE,openalsink:NONE,alsasink:NONE']
    .filter(Boolean)
    .join(',');
  const env = { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: configHome, GST_PLUGIN_FEATURE_RANK: ranks };
  const child = track(spawn(driver, [`--port=${port}`, '--host=local'], { stdio: ['ignore', 'ignore', 'pipe'], env }));
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-20000);
    // SPF_DEBUG_WEBKIT=1 shows what WebKitWebDriver and MiniBrowser say.
    if (process.env.SPF_DEBUG_WEBKIT) process.stderr.write(`[WebKit] ${chunk}`);
  });
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}).\n${stderr}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return { child, port };
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  stopProcess(child);
  throw new Error(`WebKitWebDriver did not answer on port ${port} in 15 s.\n${stderr}`);
}

/**
 * Starts what WebKit needs: Xvfb on a free display and WebKitWebDriver on a
 * free port. Returns `{ display, port, miniBrowser, stop }`; `stop()` ends both
 * by process id (they are also ended if this process exits or is interrupted).
 */
export async function startWebKitServices() {
  const { driver, miniBrowser, xvfb, missing } = locate('webkit');
  if (missing.length) throw new Error(`WebKit: ${missing.join('; ')}. Install it with: ${INSTALL.webkit}`);
  const configHome = mkdtempSync(join(tmpdir(), 'spf-webkit-'));
  tempDirs.add(configHome);
  for (const gtk of ['gtk-3.0', 'gtk-4.0']) {
    mkdirSync(join(configHome, gtk));
    writeFileSync(join(configHome, gtk, 'gtk.css'), SMALL_TOOLBAR_CSS);
  }
  const removeConfig = () => {
    rmSync(configHome, { recursive: true, force: true });
    tempDirs.delete(configHome);
  };
  let x;
  let wd;
  try {
    x = await startXvfb(xvfb);
    wd = await startWebKitWebDriver(driver, x.display, configHome);
  } catch (error) {
    if (x) stopProcess(x.child);
    removeConfig();
    throw error;
  }
  const stopped = (child) =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise((resolve) => child.once('exit', resolve));
  return {
    display: x.display,
    port: wd.port,
    miniBrowser,
    pids: [x.child.pid, wd.child.pid],
    async stop() {
      const done = Promise.all([stopped(wd.child), stopped(x.child)]);
      stopProcess(wd.child);
      stopProcess(x.child);
      await Promise.race([done, sleep(3000)]);
      removeConfig();
    },
  };
}

/** WebDriver capabilities for MiniBrowser in automation mode. */
export function webkitCapabilities(miniBrowser, extraArgs = []) {
  return {
    browserName: 'MiniBrowser',
    // webdriverio 9 otherwise asks for BiDi (webSocketUrl), which WebKitWebDriver refuses.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': {
      binary: miniBrowser,
      args: ['--automation', '--autoplay-policy=allow', ...extraArgs],
    },
  };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

/** Firefox preferences: let media play without a gesture in tests, keep the browser quiet. */
export const FIREFOX_PREFS = {
  'media.autoplay.default': 0,
  'media.autoplay.blocking_policy': 0,
  'browser.shell.checkDefaultBrowser': false,
  'app.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  // No sound card on CI machines: without a device Firefox plays but sets
  // MediaError 3 (decode). The mock audio backend plays in real time.
  'media.cubeb.force_mock_context': true,
};

// ---------------------------------------------------------------------------
// web-test-runner launchers.

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
        puppeteer: puppeteer.default ?? puppeteer,
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

async function webkitLauncher() {
  const { WebdriverLauncher } = await import('@web/test-runner-webdriver');
  const { miniBrowser } = locate('webkit');

  /** WebdriverLauncher that starts Xvfb and WebKitWebDriver first and stops them after. */
  class WebKitLauncher extends WebdriverLauncher {
    async initialize(config, testFiles) {
      this.services = await startWebKitServices();
      Object.assign(this.options, { hostname: '127.0.0.1', port: this.services.port, path: '/' });
      // The webdriver launcher runs test files in iframes when concurrency is
      // above 1, which WebKitGTK's driver rejects: one top-level page at a time.
      await super.initialize({ ...config, concurrency: 1 }, testFiles);
      this.name = LABEL.webkit;
      commandsFirst(config);
    }
    async startSession(id, url) {
      // If MiniBrowser crashed or hung during the last test file, its session
      // is gone or stuck, and the webdriver launcher would fail every later
      // file. Check, and start fresh services and a fresh session, so one
      // crash or hang costs one file (which npm test then runs once more).
      if (this.driver) {
        // A hung MiniBrowser never answers at all: give it 5 seconds. One
        // that did not finish the last file (see stopSession) is not trusted.
        const alive =
          !this.broken &&
          (await Promise.race([
            this.driver.getUrl().then(
              () => true,
              () => false,
            ),
            sleep(5000).then(() => false),
          ]));
        this.broken = false;
        if (!alive) {
          console.error('\nWebKit: the browser stopped answering or ended; starting a new one.');
          clearInterval(this.pendingHeartbeat);
          await Promise.race([this.driver.deleteSession().catch(() => {}), sleep(3000)]);
          this.driver = undefined;
          this.driverManager = undefined;
          // Stopping Xvfb takes a hung MiniBrowser with it; then all starts afresh.
          await this.services.stop();
          this.services = await startWebKitServices();
          this.options.port = this.services.port;
        }
      }
      // Every file starts with the same viewport as in the other engines,
      // whatever size the last file left the window.
      await this.ensureManagerInitialized();
      await setWebDriverViewport(this.driver, VIEWPORT.width, VIEWPORT.height).catch(() => {});
      return super.startSession(id, url);
    }
    async stopSession(id) {
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
      await super.stop();
      await this.services?.stop();
      this.services = undefined;
    }
  }

  const launcher = new WebKitLauncher({ logLevel: 'error', capabilities: webkitCapabilities(miniBrowser) });
  launcher.name = LABEL.webkit;
  return launcher;
}

// ---------------------------------------------------------------------------
// Test commands for WebKit over WebDriver classic.

/**
 * WebDriver sizes the window, not the viewport: size it, measure the chrome
 * around the page, and size it again.
 */
async function setWebDriverViewport(driver, width, height) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const rect = await driver.getWindowRect();
    const inner = await driver.execute('return [window.innerWidth, window.innerHeight]');
    if (inner[0] === width && inner[1] === height) return;
    await driver.setWindowRect(
      null,
      null,
      Math.max(1, width + rect.width - inner[0]),
      Math.max(1, height + rect.height - inner[1]),
    );
  }
  const inner = await driver.execute('return [window.innerWidth, window.innerHeight]');
  if (inner[0] !== width) throw new Error(`WebKit could not make the viewport ${width}px wide (it is ${inner[0]}px).`);
}

const COMMANDS = 'spf-test-commands';

/**
 * web-test-runner puts its own command plugins first, and they throw for what
 * they cannot do ("not supported for browser type webdriver", "Unknown key:
 * Shift+Tab"). Ours fills those gaps and passes on everything else, so it has
 * to be asked first: each launcher moves it to the front when it starts.
 */
function commandsFirst(config) {
  const index = config.plugins?.findIndex((plugin) => plugin.name === COMMANDS) ?? -1;
  if (index > 0) config.plugins.unshift(...config.plugins.splice(index, 1));
}

function withCommandsFirst(launcher) {
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config, testFiles) => {
    commandsFirst(config);
    return initialize(config, testFiles);
  };
  return launcher;
}

/**
 * Each test file starts in a page that has the keyboard focus. In Firefox,
 * Tab past a page's last control moves focus out to the browser's toolbar,
 * and the page never gets it back: keys still move focus inside it, but
 * Space no longer presses buttons or ticks boxes, and :focus-visible stops
 * matching. So a page that lost focus is replaced with a fresh one before the
 * next file. (Headless Chromium wraps around to the page instead.)
 */
/** Every test file starts with this viewport, in every engine (puppeteer's default). */
const VIEWPORT = { width: 800, height: 600 };

function withFocusedPage(launcher) {
  const startSession = launcher.startSession.bind(launcher);
  launcher.startSession = async (id, url) => {
    const previous = launcher.inactivePages.at(-1);
    let stale;
    if (previous && !previous.puppeteerPage.isClosed()) {
      const focused = await previous.puppeteerPage.evaluate(() => document.hasFocus()).catch(() => false);
      if (!focused) stale = launcher.inactivePages.pop();
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

/** WebDriver key codes for the key names puppeteer and playwright use. */
const KEY_CODES = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Backspace: '\uE003',
  Delete: '\uE017',
  Space: ' ',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  Shift: '\uE008',
  ShiftLeft: '\uE008',
  Control: '\uE009',
  ControlLeft: '\uE009',
  Alt: '\uE00A',
  AltLeft: '\uE00A',
  Meta: '\uE03D',
  MetaLeft: '\uE03D',
};
const keyCode = (name) => {
  if (KEY_CODES[name]) return KEY_CODES[name];
  if ([...name].length === 1) return name;
  throw new Error(
    `Unknown key "${name}" for WebKit. Known: ${Object.keys(KEY_CODES).join(', ')} and single characters.`,
  );
};
/** "Shift+Tab" → ['Shift', 'Tab']; "+" stays "+". */
const chord = (press) => (press.length > 1 && press.includes('+') ? press.split(/\+(?=.)/) : [press]);

/**
 * Fills gaps in web-test-runner's commands so one test works in every engine:
 * - sendKeys `press` with a chord ("Shift+Tab") in puppeteer engines;
 * - setViewport and sendKeys (press, type, down, up) in WebKit (webdriver);
 * - a clear error for emulateMedia in WebKit, which WebDriver classic cannot do.
 */
export function commandsPlugin() {
  return {
    name: COMMANDS,
    async executeCommand({ command, payload, session }) {
      if (session.browser?.type === 'puppeteer' && command === 'send-keys') {
        // puppeteer over BiDi (Firefox) does not know "Space"; " " works everywhere.
        const name = (key) => (key === 'Space' ? ' ' : key);
        const { keyboard } = session.browser.getPage(session.id);
        if (typeof payload?.press === 'string') {
          const keys = chord(payload.press).map(name);
          for (const key of keys.slice(0, -1)) await keyboard.down(key);
          await keyboard.press(keys.at(-1));
          for (const key of keys.slice(0, -1).reverse()) await keyboard.up(key);
          if (keys.at(-1) === 'Tab' && session.browser.name === LABEL.firefox) {
            const page = session.browser.getPage(session.id);
            if (!(await page.evaluate(() => document.hasFocus()).catch(() => true))) {
              throw new Error(
                `${payload.press} moved focus out of the page to Firefox's toolbar, as in a real browser, and keys ` +
                  'pressed after it no longer reach the page. Stop at the last control (headless Chromium wraps around instead).',
              );
            }
          }
          return true;
        }
        if (payload?.down === 'Space' || payload?.up === 'Space') {
          await (payload.down ? keyboard.down(' ') : keyboard.up(' '));
          return true;
        }
        return undefined;
      }
      if (session.browser?.type !== 'webdriver') return undefined;
      const driver = session.browser.driver;
      if (!driver) return undefined;
      const keys = (actions) => driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
      if (command === 'send-keys') {
        if (typeof payload?.press === 'string') {
          const codes = chord(payload.press).map(keyCode);
          await keys([
            ...codes.map((value) => ({ type: 'keyDown', value })),
            ...codes.reverse().map((value) => ({ type: 'keyUp', value })),
          ]);
          return true;
        }
        if (typeof payload?.type === 'string') {
          await keys(
            [...payload.type].flatMap((value) => [
              { type: 'keyDown', value },
              { type: 'keyUp', value },
            ]),
          );
          return true;
        }
        if (typeof payload?.down === 'string') {
          await keys([{ type: 'keyDown', value: keyCode(payload.down) }]);
          return true;
        }
        if (typeof payload?.up === 'string') {
          await keys([{ type: 'keyUp', value: keyCode(payload.up) }]);
          return true;
        }
        return undefined;
      }
      if (command === 'set-viewport') {
        await setWebDriverViewport(driver, payload.width, payload.height);
        return true;
      }
      if (command === 'emulate-media') {
        throw new Error(
          'emulateMedia is not available in WebKit: WebDriver classic has no media emulation ' +
            '(https://github.com/modernweb-dev/web/blob/master/packages/test-runner-commands/src/emulateMediaPlugin.ts). ' +
            'Guard the check with canEmulateMedia from test/helpers/engines.ts (see docs/browser-support.md).',
        );
      }
      return undefined;
    },
  };
}

// ---------------------------------------------------------------------------
// Reporter: pass/fail counts per engine, for the closing line.

/**
 * Writes pass, fail and skip counts (in total and per engine) to
 * test-results/browser-summary.json (or SPF_SUMMARY_FILE), after each test
 * file and at the end, so counts survive a run that breaks off.
 */
export function summaryReporter() {
  let started = 0;
  const finished = new Map();
  const write = (sessions) => {
    const total = { passed: 0, failed: 0, skipped: 0 };
    const engines = {};
    const files = {};
    const failures = [];
    for (const session of sessions) {
      const name = session.browser?.name ?? 'unknown';
      const counts = (engines[name] ??= { passed: 0, failed: 0, skipped: 0 });
      const fileCounts = (files[session.testFile] ??= { passed: 0, failed: 0, skipped: 0 });
      const add = (key) => {
        counts[key]++;
        fileCounts[key]++;
        total[key]++;
      };
      const walk = (suite, path) => {
        for (const test of suite.tests) {
          if (test.skipped) add('skipped');
          else if (test.passed) add('passed');
          else {
            add('failed');
            failures.push(
              `${name}: ${session.testFile}: ${[...path, test.name].join(' > ')}: ${test.error?.message ?? ''}`,
            );
          }
        }
        for (const child of suite.suites) walk(child, [...path, child.name]);
      };
      if (session.testResults) walk(session.testResults, []);
      // A file that failed to load counts as a failure, so it can't pass silently.
      if (!session.passed && (!session.testResults || session.errors?.length)) {
        add('failed');
        failures.push(
          `${name}: ${session.testFile}: ${session.errors?.map((e) => e.message).join('; ') || 'did not run'}`,
        );
      }
    }
    mkdirSync('test-results', { recursive: true });
    const file = process.env.SPF_SUMMARY_FILE ?? 'test-results/browser-summary.json';
    writeFileSync(
      file,
      JSON.stringify({ ...total, engines, files, failures, seconds: (Date.now() - started) / 1000 }, null, 2),
    );
  };
  return {
    start({ startTime }) {
      started = startTime ?? Date.now();
    },
    reportTestFileResults({ sessionsForTestFile }) {
      for (const session of sessionsForTestFile) finished.set(session.id, session);
      write([...finished.values()]);
    },
    onTestRunFinished({ sessions }) {
      write(sessions);
    },
  };
}

export function readSummary(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}
