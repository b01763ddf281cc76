// @ts-check
// Reporter: pass/fail counts per engine, for npm test's closing line.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes pass, fail and skip counts (in total and per engine) to
 * test-results/browser-summary.json (or SPF_SUMMARY_FILE), after each test
 * file and at the end, so counts survive a run that breaks off.
 */
export function summaryReporter() {
  let started = 0;
  /** @type {Record<string, number> | undefined} */
  let floor;
  /** @type {{ passed: boolean; floor?: Record<string, number>; pct: Record<string, number> } | undefined} */
  let coverage;
  const finished = new Map();
  /** Seconds each file took, from the end of the one before (files run one at a time per engine). */
  const seconds = new Map();
  let lastEnd = 0;
  const write = (sessions) => {
    const total = { passed: 0, failed: 0, skipped: 0 };
    const engines = {};
    const files = {};
    const failures = [];
    for (const session of sessions) {
      const name = session.browser?.name ?? 'unknown';
      const counts = (engines[name] ??= { passed: 0, failed: 0, skipped: 0 });
      const fileCounts = (files[session.testFile] ??= { passed: 0, failed: 0, skipped: 0 });
      if (seconds.has(session.id)) fileCounts.seconds = seconds.get(session.id);
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
      JSON.stringify({ ...total, engines, files, failures, coverage, seconds: (Date.now() - started) / 1000 }, null, 2),
    );
  };
  return {
    start({ startTime, config }) {
      started = lastEnd = startTime ?? Date.now();
      floor = config?.coverage ? config.coverageConfig?.threshold : undefined;
    },
    reportTestFileResults({ sessionsForTestFile }) {
      const now = Date.now();
      for (const session of sessionsForTestFile) {
        finished.set(session.id, session);
        seconds.set(session.id, Math.round((now - lastEnd) / 100) / 10);
      }
      lastEnd = now;
      write([...finished.values()]);
    },
    onTestRunFinished({ sessions, testCoverage }) {
      // Percentages per measure (lines, statements, branches, functions), and whether all reach the floor.
      if (testCoverage) {
        const pct = Object.fromEntries(
          Object.entries(testCoverage.summary).map(([measure, counts]) => [measure, counts.pct]),
        );
        coverage = { passed: testCoverage.passed, floor, pct };
      }
      write(sessions);
    },
  };
}

export function readSummary(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}
