// @ts-check
// npm run build: the drop-in bundle, each package's dist/, and the files that
// travel with them (default feed JSON and demo media, the feed JSON Schema).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { embedFeedOrigins } from './embed-origins.mjs';
import { PACKAGES } from './workspace-packages.mjs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

// A bad SPF_EMBED_FEED_ORIGINS stops the build before anything is removed.
let feedOrigins;
try {
  feedOrigins = embedFeedOrigins();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

for (const dir of PACKAGES) {
  rmSync(`packages/${dir}/dist`, { recursive: true, force: true });
}

run(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent']);

// Demo audio and transcripts sit next to the module that points at them.
for (const target of ['packages/default-feed/dist/media', 'packages/widgets/dist/media']) {
  mkdirSync(target, { recursive: true });
  cpSync('packages/default-feed/src/media', target, { recursive: true });
}

// The drop-in bundles define elements, which only a browser can do. Imported
// in Node (server rendering), the `node` condition of their exports gives this
// empty module instead, so nothing throws and nothing is defined.
writeFileSync(
  'packages/widgets/dist/server.js',
  '// In Node the drop-in defines nothing: elements are defined in the browser.\nexport {};\n',
);

// The default feed as plain JSON, a starting point for content editors.
const { defaultFeedData } = await import(pathToFileURL('packages/default-feed/dist/feed-data.js').href);
const json = `${JSON.stringify({ $schema: 'https://unpkg.com/@spf-wellbeing/feed/schema/feed.schema.json', ...defaultFeedData }, null, 2)}\n`;
writeFileSync('packages/default-feed/dist/default-feed.json', json);

// The embed page and the embed-code builder: HTML and CSS beside the drop-in
// bundle. The embed page's Content-Security-Policy lets it fetch feeds from its
// own origin and from the origins allowed at build time (docs/embedding.md).
const embedSource = 'packages/widgets/src/embed';
for (const page of ['embed.html', 'embed-builder.html']) {
  writeFileSync(
    `packages/widgets/dist/${page}`,
    readFileSync(`${embedSource}/${page}`, 'utf8').replace(
      '__FEED_ORIGINS__',
      feedOrigins.map((origin) => ` ${origin}`).join(''),
    ),
  );
}
for (const file of ['embed.css', 'embed-builder.css']) {
  cpSync(`${embedSource}/${file}`, `packages/widgets/dist/${file}`);
}

// Type declarations and custom-elements.json for every package.
run(process.execPath, ['scripts/build-types.mjs']);

console.log('Built packages/widgets/dist/spf-widgets.js and packages/*/dist.');
