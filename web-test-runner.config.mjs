// Runs every *.test.ts in real browsers: Chromium, Firefox and WebKit.
// SPF_BROWSERS picks engines (comma list: chromium, firefox, webkit); the
// default is all three. scripts/test-browsers.mjs finds them, starts Xvfb and
// WebKitWebDriver for WebKit, and stops them again. See docs/browser-support.md.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browsers, summaryReporter, commandsPlugin } from './scripts/test-browsers.mjs';
import { defaultReporter } from '@web/test-runner';

export default {
  rootDir: '.',
  files: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }), commandsPlugin()],
  browsers: await browsers(),
  // One test file at a time per engine: the machine is small, and sendKeys
  // and WebKit's driver both need it.
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
