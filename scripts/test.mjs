// npm test: the Node tests (feed package, schema, packaging), then every
// browser test in the engines SPF_BROWSERS names (default: all). Ends with a
// plain "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';

const node = process.execPath;
rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

if (!existsSync('packages/widgets/dist/spf-widgets.js') || process.env.SPF_BUILD === '1') {
  const build = spawnSync(node, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let passed = 0;
let failed = 0;

const nodeTests = readdirSync('test/node').filter((file) => file.endsWith('.test.mjs')).map((file) => `test/node/${file}`);
const nodeRun = spawnSync(node, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', '--test-reporter-destination=test-results/node.tap', ...nodeTests], { stdio: 'inherit' });
const tap = existsSync('test-results/node.tap') ? readFileSync('test-results/node.tap', 'utf8') : '';
passed += Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
failed += Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0);
if (nodeRun.status !== 0 && failed === 0) failed++;

const browserRun = spawnSync(node, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], { stdio: 'inherit' });
const summaryFile = 'test-results/browser-summary.json';
if (existsSync(summaryFile)) {
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  passed += summary.passed;
  failed += summary.failed;
}
if (browserRun.status !== 0 && !existsSync(summaryFile)) failed++;
if (browserRun.status !== 0 && failed === 0) failed++;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || nodeRun.status !== 0 || browserRun.status !== 0 ? 1 : 0);
