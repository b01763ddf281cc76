// Which browsers the tests run in, found on this machine. Shared by the test
// runner config and scripts/test.mjs.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';

export const ENGINES = ['chromium'];

const chromiumPath = () =>
  [process.env.CHROME_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (path) => path && existsSync(path),
  );

const INSTALL_HINT = {
  chromium: 'Install it with: sudo apt-get install chromium (or set CHROME_PATH to a Chrome or Chromium binary).',
};

/** The engines asked for by SPF_BROWSERS, or all of them. */
export function requestedEngines() {
  const asked = (process.env.SPF_BROWSERS ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = asked.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`Unknown engine(s) in SPF_BROWSERS: ${unknown.join(', ')}. Use ${ENGINES.join(', ')}.`);
  return asked.length ? asked : ENGINES;
}

export async function browsers() {
  const result = [];
  for (const engine of requestedEngines()) {
    if (engine === 'chromium') {
      const executablePath = chromiumPath();
      if (!executablePath) throw new Error(`Chromium was not found. ${INSTALL_HINT.chromium}`);
      result.push(
        chromeLauncher({
          concurrency: 1,
          launchOptions: {
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
              '--autoplay-policy=no-user-gesture-required',
            ],
          },
        }),
      );
    }
  }
  return result;
}

/** A reporter that writes pass and fail counts to test-results/, for the closing line. */
export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load counts as a failure, so it can't pass silently.
        if (!session.passed && (!session.testResults || session.errors?.length)) failed++;
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/browser-summary.json', JSON.stringify({ passed, failed, skipped }));
    },
  };
}
