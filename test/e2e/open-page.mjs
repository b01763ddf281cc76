// @ts-check
// Opens a page in one engine for the end-to-end checks, with JavaScript off
// or on: Chromium (puppeteer-core), Firefox (puppeteer-core over WebDriver
// BiDi) and WebKit (MiniBrowser over WebKitWebDriver, plain HTTP).
import { CHROMIUM_ARGS, FIREFOX_PREFS, locate, planEngines } from '../infra/engines.mjs';
import { startWebKitServices, webkitCapabilities } from '../infra/webkit-services.mjs';

/**
 * The engines the end-to-end checks run in: those npm test passes down (SPF_ENGINES_RUN), or, when a file is
 * run on its own, those installed here.
 */
export const enginesToRun = () =>
  process.env.SPF_ENGINES_RUN !== undefined
    ? process.env.SPF_ENGINES_RUN.split(',').filter(Boolean)
    : planEngines().run;

/**
 * Opens the page in one engine, by default with JavaScript off; returns
 * `{ run(body), tab(), close() }`, and `runInFrame(selector, body)` (runs in
 * the iframe that selector finds, cross-origin too) and `goto(url)`. With `eager`, it does not wait for the load
 * event (which Firefox and WebKit hold back while a module file is still on
 * its way): Chromium and Firefox return once the document is parsed, WebKit
 * (whose driver has no "eager") at once, so checks must wait for what they need.
 */
export async function openPage(engine, url, { javaScript = false, eager = false } = {}) {
  if (engine === 'chromium' || engine === 'firefox') {
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch(
      engine === 'chromium'
        ? { executablePath: locate('chromium').executablePath, headless: true, args: CHROMIUM_ARGS }
        : {
            browser: 'firefox',
            executablePath: locate('firefox').executablePath,
            headless: true,
            extraPrefsFirefox: { ...FIREFOX_PREFS, 'javascript.enabled': javaScript },
          },
    );
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 1024, height: 768 });
      // Firefox's BiDi has no emulation.setScriptingEnabled: the pref above does it there.
      if (engine === 'chromium') await page.setJavaScriptEnabled(javaScript);
      await page.goto(url, { waitUntil: eager ? 'domcontentloaded' : 'load' });
      return {
        run: (body) => page.evaluate(/** @type {() => unknown} */ (new Function(body))),
        tab: () => page.keyboard.press('Tab'),
        runInFrame: async (selector, body) => {
          const frame = await (await page.$(selector))?.contentFrame();
          if (!frame) throw new Error(`No frame at ${selector}`);
          return frame.evaluate(/** @type {() => unknown} */ (new Function(body)));
        },
        goto: (next) => page.goto(next, { waitUntil: eager ? 'domcontentloaded' : 'load' }),
        close: () => browser.close(),
      };
    } catch (error) {
      await browser.close();
      throw error;
    }
  }
  // WebKit: plain WebDriver over HTTP, no client library needed.
  const services = await startWebKitServices();
  const endpoint = `http://127.0.0.1:${services.port}`;
  const call = async (method, path, body) => {
    const response = await fetch(`${endpoint}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${JSON.stringify(json.value)}`);
    return json.value;
  };
  let session;
  try {
    ({ sessionId: session } = await call('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          ...webkitCapabilities(services.miniBrowser, [`--enable-javascript=${javaScript}`]),
          pageLoadStrategy: eager ? 'none' : 'normal',
        },
      },
    }));
    await call('POST', `/session/${session}/window/rect`, { width: 1024, height: 800 });
    await call('POST', `/session/${session}/url`, { url });
  } catch (error) {
    if (session) await call('DELETE', `/session/${session}`).catch(() => {});
    await services.stop();
    throw error;
  }
  return {
    run: (body) => call('POST', `/session/${session}/execute/sync`, { script: body, args: [] }),
    tab: () =>
      call('POST', `/session/${session}/actions`, {
        actions: [
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              { type: 'keyDown', value: '\uE004' },
              { type: 'keyUp', value: '\uE004' },
            ],
          },
        ],
      }),
    runInFrame: async (selector, body) => {
      const frame = await call('POST', `/session/${session}/element`, { using: 'css selector', value: selector });
      await call('POST', `/session/${session}/frame`, { id: frame });
      try {
        return await call('POST', `/session/${session}/execute/sync`, { script: body, args: [] });
      } finally {
        await call('POST', `/session/${session}/frame/parent`, {});
      }
    },
    goto: (next) => call('POST', `/session/${session}/url`, { url: next }),
    close: async () => {
      await call('DELETE', `/session/${session}`).catch(() => {});
      await services.stop();
    },
  };
}
