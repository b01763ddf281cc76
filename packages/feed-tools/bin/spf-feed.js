#!/usr/bin/env node
// spf-feed: validate an SPF wellbeing feed, round-trip its resources through a
// spreadsheet, and import a podcast's RSS. See docs/feed-tools.md.
// npx run inside a workspace folder starts the command in the workspace's root;
// file names on the command line are relative to where they were typed.
if (process.env.npm_command === 'exec' && process.env.INIT_CWD) {
  try {
    process.chdir(process.env.INIT_CWD);
  } catch {
    // Stay where npm put us.
  }
}
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write(
    'spf-feed is not built yet. In the spf-wellbeing-widgets repository, run "npm run build" once, then try again.\n',
  );
  process.exit(2);
}
process.exitCode = await cli.run(process.argv.slice(2));
