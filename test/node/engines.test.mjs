// @ts-check
// Which engines the tests run in, and that a missing engine is never silent:
// the runner names it and the command that installs it, and fails when
// SPF_BROWSERS asked for it or CI=true. Pretends Firefox is missing by
// pointing FIREFOX_PATH at a file that does not exist.
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { planEngines, requestedEngines } from '../infra/engines.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const KEYS = ['SPF_BROWSERS', 'CI', 'FIREFOX_PATH'];
let saved;
beforeEach(() => {
  saved = Object.fromEntries(KEYS.map((key) => [key, process.env[key]]));
  for (const key of KEYS) delete process.env[key];
});
afterEach(() => {
  for (const key of KEYS) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

test('all three engines by default; SPF_BROWSERS picks some, in any case and with spaces', () => {
  assert.deepEqual(requestedEngines(), { engines: ['chromium', 'firefox', 'webkit'], explicit: false });
  process.env.SPF_BROWSERS = ' WebKit, chromium ';
  assert.deepEqual(requestedEngines(), { engines: ['webkit', 'chromium'], explicit: true });
});

test('an unknown engine name is an error that lists the known ones', () => {
  process.env.SPF_BROWSERS = 'chromium,opera';
  assert.throws(
    () => requestedEngines(),
    /Unknown engine\(s\) in SPF_BROWSERS: opera\. Use a comma list of chromium, firefox, webkit/,
  );
});

test('asked for by SPF_BROWSERS and missing: a failure naming the engine and the install command', () => {
  process.env.SPF_BROWSERS = 'firefox';
  process.env.FIREFOX_PATH = '/no/such/firefox';
  const plan = planEngines();
  assert.deepEqual(plan.run, []);
  assert.deepEqual(plan.missing, ['firefox']);
  assert.equal(plan.required, true);
  assert.match(plan.message, /^ERROR: missing browser engine\(s\): Firefox/);
  assert.match(plan.message, /FIREFOX_PATH=\/no\/such\/firefox does not exist/);
  assert.match(plan.message, /sudo apt-get install -y firefox-esr/);
});

test('missing locally without SPF_BROWSERS: the others run, with a loud warning', () => {
  process.env.FIREFOX_PATH = '/no/such/firefox';
  const plan = planEngines();
  assert.equal(plan.required, false);
  assert.ok(!plan.run.includes('firefox'));
  assert.match(plan.message, /^WARNING: missing browser engine\(s\): Firefox\. These tests did NOT run in it\./);
  assert.match(plan.message, /sudo apt-get install -y firefox-esr/);
});

test('missing with CI=true: a failure, because CI requires all three', () => {
  process.env.CI = 'true';
  process.env.FIREFOX_PATH = '/no/such/firefox';
  const plan = planEngines();
  assert.equal(plan.required, true);
  assert.match(plan.message, /CI=true requires all three engines/);
});

test('web-test-runner itself refuses to start without an engine it was asked for, and says how to install it', () => {
  const run = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', 'test/engines.test.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SPF_BROWSERS: 'firefox', FIREFOX_PATH: '/no/such/firefox', SPF_SUMMARY_FILE: '/dev/null' },
    timeout: 60000,
  });
  assert.notEqual(run.status, 0);
  assert.match(
    run.stderr + run.stdout,
    /missing browser engine\(s\): Firefox[\s\S]*sudo apt-get install -y firefox-esr/,
  );
});
