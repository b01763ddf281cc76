// @ts-check
// Type declarations and custom element manifests for every package.
//
// Run after rollup (scripts/build.mjs calls it), from the repository root:
//   node scripts/build-types.mjs
//
// 1. One `tsc --emitDeclarationOnly` run over every package's src (tests left
//    out) into a scratch folder, then each package's declarations are copied
//    into its own dist/. One run is faster than eight, and imports between
//    packages (`@spf-wellbeing/core`) stay as package imports in the output,
//    which resolve through each package's `types` export.
// 2. scripts/cem.mjs: custom-elements.json for each element package.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGES } from './workspace-packages.mjs';

export { PACKAGES };

const scratch = 'node_modules/.cache/spf-types';
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });

// Paths in a tsconfig are relative to the tsconfig itself.
const up = '../../../';
const config = {
  extends: `${up}tsconfig.json`,
  compilerOptions: {
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    declarationMap: false,
    sourceMap: false,
    rootDir: `${up}packages`,
    outDir: 'out',
    types: [],
    incremental: false,
  },
  include: PACKAGES.map((dir) => `${up}packages/${dir}/src/**/*.ts`),
  exclude: [
    `${up}packages/*/src/**/*.test.ts`,
    `${up}packages/*/src/**/*.stories.ts`,
    `${up}packages/*/src/**/test-fixtures/**`,
    `${up}packages/*/src/**/test-helpers.ts`,
  ],
};
writeFileSync(join(scratch, 'tsconfig.json'), `${JSON.stringify(config, null, 2)}\n`);

// A type error stops the build: declarations from code that does not type
// check would describe something other than what runs.
try {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', join(scratch, 'tsconfig.json')], {
    stdio: 'inherit',
  });
} catch {
  rmSync(scratch, { recursive: true, force: true });
  console.error('build-types: tsc found type errors (above). No declarations were written.');
  process.exit(1);
}

let count = 0;
for (const dir of PACKAGES) {
  const from = join(scratch, 'out', dir, 'src');
  if (!existsSync(from)) throw new Error(`No declarations were written for packages/${dir}`);
  mkdirSync(`packages/${dir}/dist`, { recursive: true });
  cpSync(from, `packages/${dir}/dist`, { recursive: true });
  count += countFiles(from);
}
rmSync(scratch, { recursive: true, force: true });
console.log(`Wrote ${count} declaration files into packages/*/dist.`);

execFileSync(process.execPath, ['scripts/cem.mjs'], { stdio: 'inherit' });

function countFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, entry) => n + (entry.isDirectory() ? countFiles(join(dir, entry.name)) : 1),
    0,
  );
}
