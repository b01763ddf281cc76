// @ts-check
// npm test: the Node tests (feed package, schema, packaging, and the
// end-to-end checks in test/e2e/), then every browser test in each engine
// SPF_BROWSERS names (default: chromium, firefox and webkit), one engine after
// another. Ends with a plain "N passed, N failed" line.
//
// Arguments go to web-test-runner: `npm test -- "packages/core/src/**/*.test.ts"`.
// A missing engine is a failure when SPF_BROWSERS names it or CI=true;
// otherwise the others run and a warning says what is missing and how to
// install it. See docs/browser-support.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { LABEL, planEngines, shout } from '../test/infra/engines.mjs';
import { readSummary } from '../test/infra/reporter.mjs';

const node = process.execPath;
/** Failures that say the browser broke, not a test: the page never started, or never finished. */
const BROWSER_BROKE =
  /unable to create and start a test page|did not finish within|Timed out stopping the browser page|did not run|interrupted because the browser disconnected/;
rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

let plan;
try {
  plan = planEngines();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}
if (plan.message) shout(plan.message);

if (!existsSync('packages/widgets/dist/spf-widgets.js') || process.env.SPF_BUILD === '1') {
  const build = spawnSync(node, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.log('\n0 passed, 1 failed');
    process.exit(build.status ?? 1);
  }
}

/** Runs a command, passing Ctrl+C and kill signals on to it, so it can stop what it started. */
let current;
let interrupted;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    interrupted = signal;
    if (current && current.exitCode === null) current.kill(signal);
    else process.exit(130);
  });
}
function run(args, env = {}) {
  return new Promise((resolve) => {
    current = spawn(node, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    current.on('exit', (code) => {
      current = undefined;
      if (interrupted) {
        console.error(`\nStopped (${interrupted}).`);
        process.exit(130);
      }
      resolve(code ?? 1);
    });
  });
}

let passed = 0;
let failed = 0;
const timings = [];
let anyRunFailed = false;

// Node tests, and the end-to-end checks (real browsers, no test runner).
const nodeTests = ['test/node', 'test/e2e']
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => file.endsWith('.test.mjs'))
      .map((file) => `${dir}/${file}`),
  );
let started = Date.now();
const nodeStatus = await run(
  [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    '--test-reporter-destination=test-results/node.tap',
    ...nodeTests,
  ],
  { SPF_ENGINES_RUN: plan.run.join(',') },
);
const tap = existsSync('test-results/node.tap') ? readFileSync('test-results/node.tap', 'utf8') : '';
const nodePassed = Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
let nodeFailed = Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0);
if (nodeStatus !== 0 && nodeFailed === 0) nodeFailed = 1;
// The failing Node tests and their errors, repeated at the end where a CI log's tail shows them.
const nodeFailures = [];
const tapLines = tap.split('\n');
tapLines.forEach((line, i) => {
  const name = /^\s*not ok \d+ - (.*)$/.exec(line)?.[1];
  if (!name) return;
  const errorAt = tapLines.findIndex((each, j) => j > i && /^\s*(error:|(not )?ok \d)/.test(each));
  let error = errorAt > i ? /^\s*error: (.*)$/.exec(tapLines[errorAt])?.[1] : undefined;
  if (error === undefined || /^'?\d+ subtests? failed'?$/.test(error)) return; // a suite: its test is listed
  if (/^[|>]-?$/.test(error)) error = tapLines[errorAt + 1]?.trim() ?? '';
  nodeFailures.push(`${name}: ${error.replace(/^'|'$/g, '')}`);
});
passed += nodePassed;
failed += nodeFailed;
anyRunFailed ||= nodeStatus !== 0;
timings.push(`Node: ${nodePassed} passed, ${nodeFailed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// Browser tests, one engine at a time: on a small machine that is steadier
// than three at once, and each engine's time is its own.
const failures = [];
const retried = [];
// Coverage comes from Chromium (V8), when every file runs (a few files would
// fall under the floor), or when SPF_COVERAGE=1 asks for it.
const coverageWanted = process.env.SPF_COVERAGE ? process.env.SPF_COVERAGE === '1' : process.argv.length <= 2;
let coverageLine = '';
for (const engine of plan.run) {
  const summaryFile = `test-results/browser-${engine}.json`;
  started = Date.now();
  const status = await run(['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], {
    SPF_BROWSERS: engine,
    SPF_SUMMARY_FILE: summaryFile,
    SPF_COVERAGE: engine === 'chromium' && coverageWanted ? '1' : '0',
  });
  let summary = readSummary(summaryFile);
  let runStatus = status;
  // A browser can crash or hang on this small machine (WebKit's MiniBrowser
  // under Xvfb now and then). Files that failed get one more run, in a fresh
  // browser; their counts come from that run, and the retry is reported.
  const failedFiles = Object.entries(summary?.files ?? {})
    .filter(([, counts]) => counts.failed > 0)
    .map(([file]) => relative(process.cwd(), file));
  // At most 3 files whose tests failed; any number whose page never started
  // or never finished (a browser that hung takes later files down with it).
  const brokeBrowser = (file) => {
    const lines = (summary?.failures ?? []).filter((line) => line.includes(file));
    return lines.length > 0 && lines.every((line) => BROWSER_BROKE.test(line));
  };
  const toRetry = failedFiles.length <= 3 ? failedFiles : failedFiles.filter(brokeBrowser);
  if (status !== 0 && summary && toRetry.length > 0) {
    shout(
      `${LABEL[engine]}: running ${toRetry.length} failed file(s) once more in a fresh browser:\n  ${toRetry.join('\n  ')}`,
    );
    retried.push(`${LABEL[engine]}: ${toRetry.join(', ')}`);
    const retryFile = `test-results/browser-${engine}-retry.json`;
    runStatus = await run(['node_modules/@web/test-runner/dist/bin.js', ...toRetry], {
      SPF_BROWSERS: engine,
      SPF_SUMMARY_FILE: retryFile,
      SPF_COVERAGE: '0',
    });
    const retry = readSummary(retryFile);
    if (retry) {
      const kept = Object.entries(summary.files).filter(([file]) => !toRetry.includes(relative(process.cwd(), file)));
      const sum = (key) => kept.reduce((total, [, counts]) => total + counts[key], 0) + retry[key];
      const keptFailures = summary.failures.filter((line) => !toRetry.some((file) => line.includes(file)));
      summary = {
        ...summary,
        passed: sum('passed'),
        failed: sum('failed'),
        skipped: sum('skipped'),
        failures: [...keptFailures, ...retry.failures],
      };
      if (summary.failed === 0 && runStatus === 0) runStatus = 0;
    }
  }
  // Coverage under the floor fails the run (web-test-runner exits 1 for it),
  // and counts as one failure even when every test passed.
  if (summary?.coverage) {
    const { pct, floor, passed: reached } = summary.coverage;
    const measures = ['lines', 'statements', 'branches', 'functions'];
    coverageLine =
      `Coverage (${LABEL[engine]}, packages/*/src): ` +
      measures.map((measure) => `${measure} ${pct[measure]} %${floor ? ` (floor ${floor[measure]})` : ''}`).join(', ') +
      (reached ? '' : ' — UNDER THE FLOOR');
    if (!reached) {
      runStatus ||= 1;
      failures.push(`${LABEL[engine]}: coverage is under the floor in web-test-runner.config.mjs`);
    }
  }
  let enginePassed = summary?.passed ?? 0;
  let engineFailed = summary?.failed ?? 0;
  if (runStatus !== 0 && engineFailed === 0) engineFailed = 1; // the run broke before it could report
  passed += enginePassed;
  failed += engineFailed;
  anyRunFailed ||= runStatus !== 0;
  failures.push(...(summary?.failures ?? []));
  const skipped = summary?.skipped ? `, ${summary.skipped} skipped` : '';
  timings.push(
    `${LABEL[engine]}: ${enginePassed} passed, ${engineFailed} failed${skipped} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

// A missing engine that was required counts as a failure.
if (plan.required) failed += plan.missing.length;

console.log('\nTimes per engine:');
for (const line of timings) console.log(`  ${line}`);
if (coverageLine) console.log(`\n${coverageLine}\nFull report: coverage/lcov-report/index.html`);
if (retried.length) {
  console.log('\nRetried once after a failure (a crash, hang or flaky test; look into it):');
  for (const line of retried) console.log(`  ${line}`);
}
if (nodeFailures.length) {
  console.log('\nFailed Node tests:');
  for (const line of nodeFailures) console.log(`  ${line.slice(0, 1000)}`);
}
if (failures.length) {
  console.log('\nFailed browser tests:');
  for (const line of failures) console.log(`  ${line.split('\n')[0]}`);
}
if (plan.message) shout(plan.message);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || anyRunFailed ? 1 : 0);
