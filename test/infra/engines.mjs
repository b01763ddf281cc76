// @ts-check
// Which browser engines the tests run in, and how to find them on this
// machine. Shared by web-test-runner.config.mjs (through launchers.mjs),
// scripts/test.mjs and the end-to-end checks in test/e2e/.
//
// Engines, all from Debian's packages:
// - chromium: Debian's Chromium, driven by puppeteer-core over CDP.
// - firefox:  firefox-esr, driven by puppeteer-core over WebDriver BiDi (no geckodriver).
// - webkit:   WebKitGTK's MiniBrowser, driven by WebKitWebDriver under Xvfb
//             (webkit-services.mjs starts both and stops them by process id).
//
// SPF_BROWSERS (comma list: chromium, firefox, webkit) picks engines. Without
// it we run all three. A missing engine is a failure when SPF_BROWSERS names
// it or when CI=true; otherwise we run the engines that are present and print
// a loud warning naming the missing ones and the command that installs them.
import { existsSync } from 'node:fs';
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
