// @ts-check
// The test infrastructure lives in test/infra/, one module per job:
//   engines.mjs          which engines run and where they are on this machine
//   processes.mjs        processes we start, stopped by process id
//   webkit-services.mjs  Xvfb and WebKitWebDriver for WebKit
//   launchers.mjs        web-test-runner launchers for the three engines
//   commands.mjs         sendKeys and setViewport that work in every engine
//   reporter.mjs         pass/fail counts per engine for npm test's closing line
// This file only passes them on, so imports written before the split still work.
export * from '../test/infra/engines.mjs';
export * from '../test/infra/webkit-services.mjs';
export * from '../test/infra/launchers.mjs';
export { commandsPlugin } from '../test/infra/commands.mjs';
export * from '../test/infra/reporter.mjs';
