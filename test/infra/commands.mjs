// @ts-check
// Test commands: what web-test-runner's own commands cannot do in every
// engine (chords such as Shift+Tab, and sendKeys and setViewport in WebKit
// over WebDriver classic).
import { LABEL } from './engines.mjs';

/**
 * WebDriver sizes the window, not the viewport: size it, measure the chrome
 * around the page, and size it again.
 */
export async function setWebDriverViewport(driver, width, height) {
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
export function commandsFirst(config) {
  const index = config.plugins?.findIndex((plugin) => plugin.name === COMMANDS) ?? -1;
  if (index > 0) config.plugins.unshift(...config.plugins.splice(index, 1));
}

export function withCommandsFirst(launcher) {
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config, testFiles) => {
    commandsFirst(config);
    return initialize(config, testFiles);
  };
  return launcher;
}

/** Every test file starts with this viewport, in every engine (puppeteer's default). */
export const VIEWPORT = { width: 800, height: 600 };

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
