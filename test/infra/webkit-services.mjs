// @ts-check
// What WebKit needs besides MiniBrowser: a virtual display (Xvfb) on a free
// display number and WebKitWebDriver on a free port, started here and
// stopped by process id (processes.mjs).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INSTALL, locate } from './engines.mjs';
import { freePort, sleep, stopProcess, tempDirs, track } from './processes.mjs';

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
