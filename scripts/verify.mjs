// @ts-check
// npm run verify: the checks to pass before you push, one after another
// (the machine may be small): format, lint, templates, types, Node tests.
// Every step runs even when an earlier one fails, so one run shows all that
// is wrong; the command fails when any step does. .ci/run runs it too.
//
// Builds first when packages/*/dist is missing: the Node tests and the type
// check of the .mjs tooling read the built packages.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const node = process.execPath;
const bin = (name) => `node_modules/.bin/${name}`;

/** @type {[string, string, string[]][]} */
const STEPS = [
  ['format', bin('prettier'), ['--check', '--log-level=warn', '.']],
  ['lint', bin('eslint'), ['.']],
  ['templates', node, ['scripts/lint-templates.mjs']],
  ['types', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['types of the .mjs tooling', bin('tsc'), ['-p', 'tsconfig.scripts.json']],
  [
    'Node tests',
    node,
    [
      '--test',
      '--test-reporter=dot',
      ...readdirSync('test/node')
        .filter((file) => file.endsWith('.test.mjs'))
        .map((file) => `test/node/${file}`),
    ],
  ],
];

if (!existsSync('packages/widgets/dist/spf-widgets.js') || !existsSync('.storybook/custom-elements.json')) {
  console.log('verify: building first (packages/*/dist is missing).');
  if (spawnSync(node, ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) {
    console.error('verify: npm run build failed.');
    process.exit(1);
  }
}

const results = [];
for (const [name, command, args] of STEPS) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  results.push({ name, ok: status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\nverify:');
for (const { name, ok, seconds } of results) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds.toFixed(1)} s)`);
const failed = results.filter((result) => !result.ok);
console.log(
  failed.length
    ? `verify failed: ${failed.map((result) => result.name).join(', ')}.`
    : `verify passed: all ${results.length} steps.`,
);
process.exit(failed.length ? 1 : 0);
