// Runs every *.test.ts in real browsers. SPF_BROWSERS picks the engines
// (comma-separated: chromium, firefox, webkit); the default is all that apply.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browsers, summaryReporter } from './scripts/test-browsers.mjs';
import { defaultReporter } from '@web/test-runner';

export default {
  rootDir: '.',
  files: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' })],
  browsers: await browsers(),
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  reporters: [defaultReporter(), summaryReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};
