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
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli.js')) throw error;
  cli = await fromSource();
}
process.exitCode = await cli.run(process.argv.slice(2));

/**
 * In a checkout of the repository before `npm run build`: bundle the sources
 * (this package and @spf-wellbeing/feed) with esbuild, a dependency of the
 * repository's own tools, so `npx spf-feed` works right after `npm install`.
 */
async function fromSource() {
  const { fileURLToPath, pathToFileURL } = await import('node:url');
  const { existsSync } = await import('node:fs');
  const source = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
  let esbuild;
  try {
    if (!existsSync(source)) throw new Error('no sources');
    esbuild = await import('esbuild');
  } catch {
    process.stderr.write('spf-feed is not built. In the repository, run "npm run build" once, then try again.\n');
    process.exit(2);
  }
  const outfile = fileURLToPath(new URL('../.cache/cli.mjs', import.meta.url));
  await esbuild.build({
    entryPoints: [source],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    mainFields: ['module', 'main'],
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}
