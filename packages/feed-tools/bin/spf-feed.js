#!/usr/bin/env node
// spf-feed: validate an SPF wellbeing feed, round-trip its resources through a
// spreadsheet, and import a podcast's RSS. See docs/feed-tools.md.
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
