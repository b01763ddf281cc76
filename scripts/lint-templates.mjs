// @ts-check
// npm run lint:templates: lit-analyzer checks every Lit template against the
// types (bindings, events, tags, CSS), in strict mode, and fails on any
// warning. @jackolope/lit-analyzer is the maintained fork of lit-analyzer
// that reads Lit 3 (`nothing`, `ifDefined`) and current TypeScript.
//
// One rule is off: no-unknown-attribute. The analyzer does not read the
// elements' `static properties` (each spreads its base class's), so it would
// call every attribute of our own elements unknown in tests and stories.
// Property bindings (`.feed=${…}`) and native elements are still checked.
import { spawnSync } from 'node:child_process';

const { status } = spawnSync(
  'node_modules/.bin/lit-analyzer',
  [
    '--strict',
    '--maxWarnings',
    '0',
    '--rules.no-unknown-attribute',
    'off',
    'packages/*/src/**/*.ts',
    'stories/**/*.ts',
    'test/**/*.ts',
  ],
  { stdio: 'inherit' },
);
process.exit(status ?? 1);
