// @ts-check
// Two kinds of output:
// 1. The drop-in bundle, packages/widgets/dist/spf-widgets.js: one ES module
//    with Lit inside that defines every element, for a plain
//    <script type="module">. What only some pages need is split into files
//    beside it that the browser fetches on first use: the default feed (only
//    for elements with no feed of their own) and the transcript parsers.
//    Beside it, spf-podcast-player.js: the same for the player alone.
// 2. Each package's dist/, for npm users with their own bundler: dependencies
//    stay as imports, so Lit is shared.
import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { embedFeedOrigins } from './scripts/embed-origins.mjs';
import { privateNamesOption } from './scripts/private-names.mjs';
import { BROWSER_PACKAGES as PACKAGES } from './scripts/workspace-packages.mjs';

const typescriptFor = (dir) =>
  typescript({
    tsconfig: './tsconfig.json',
    include: [`packages/${dir}/src/**/*.ts`],
    exclude: ['**/*.test.ts'],
    compilerOptions: { declaration: false, sourceMap: false, types: [] },
  });

const resolveSource = () => resolve({ exportConditions: ['source'], extensions: ['.ts', '.js'] });

// Lit templates and styles lose their indentation, then terser minifies the rest.
// Two passes: the second finds what the first made possible (about 20 bytes a file after gzip).
/** @type {import('@rollup/plugin-terser').Options} */
export const terserOptions = { ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } };
// Private members get short names, as Lit's own build gives its own (see
// scripts/private-names.mjs for which names, and why they cannot leak). One
// name cache per bundle, so every file of it agrees on the new names.
const privateProperties = privateNamesOption();
const minify = () => [
  minifyHtmlLiterals(),
  terser({ ...terserOptions, mangle: { properties: privateProperties }, nameCache: {} }),
];

/** Source entries of a package: index, and define files where the package has them. */
function entries(dir) {
  const pkg = JSON.parse(readFileSync(`packages/${dir}/package.json`, 'utf8'));
  const input = {};
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (typeof value === 'object' && value.source) {
      input[key === '.' ? 'index' : key.replace(/^\.\//, '')] = `packages/${dir}/${value.source.replace(/^\.\//, '')}`;
    }
  }
  return input;
}

/**
 * Only define files (and the drop-in entry, which imports them) do anything
 * when imported. Telling rollup so lets it leave out modules that are
 * imported but unused, such as <spf-feed> in a bundle of the player alone.
 */
export const moduleSideEffects = (id) => /\/define\.ts$|\/packages\/widgets\/src\//.test(id);

const dropIn = {
  input: 'packages/widgets/src/spf-widgets.ts',
  treeshake: { moduleSideEffects },
  // The entry file may export more than its own names (what the lazy files
  // import from it), so rollup keeps the whole bundle in spf-widgets.js
  // instead of moving it to a shared file behind a one-line facade.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'packages/widgets/dist',
    format: 'es',
    entryFileNames: 'spf-widgets.js',
    chunkFileNames: 'spf-widgets-[name].js',
    manualChunks: (id) => (id.includes('/packages/default-feed/') ? 'default-feed' : undefined),
    sourcemap: true,
  },
  plugins: [resolveSource(), typescriptFor('*'), ...minify()],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};

const packageBuilds = PACKAGES.map((dir) => ({
  input: entries(dir),
  output: {
    dir: `packages/${dir}/dist`,
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: `packages/${dir}/src`,
    sourcemap: true,
  },
  external: (id) => /^(lit|@lit\/|@spf-wellbeing\/|tslib|react$|react\/|react-dom)/.test(id),
  plugins: [typescriptFor(dir)],
}));

// The player alone, for partner sites: the same shape as the drop-in, its
// files named after it so the two can sit in one folder.
const playerDropIn = {
  ...dropIn,
  input: 'packages/widgets/src/spf-podcast-player.ts',
  output: { ...dropIn.output, entryFileNames: 'spf-podcast-player.js', chunkFileNames: 'spf-podcast-player-[name].js' },
};

// The spf-feed command line (Node only): its libraries and Node's own modules stay as imports.
const feedToolsBuild = {
  input: entries('feed-tools'),
  output: {
    dir: 'packages/feed-tools/dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'packages/feed-tools/src',
    sourcemap: true,
  },
  external: (id) => /^(node:|@spf-wellbeing\/|csv-parse|csv-stringify|fast-xml-parser|jsonc-parser|entities)/.test(id),
  plugins: [typescriptFor('feed-tools')],
};

// The embed page's script (embed.html, docs/embedding.md): it imports the
// drop-in bundle beside it at run time, so the page shows the same elements
// and Lit is not bundled twice. The feed origins allowed at build time
// (SPF_EMBED_FEED_ORIGINS) are written into it.
const embedConfig = () => {
  const origins = embedFeedOrigins();
  return {
    name: 'spf-embed-config',
    resolveId: (source) =>
      /\/spf-widgets\.js$/.test(source) ? { id: './spf-widgets.js', external: 'absolute' } : null,
    transform: (code, id) =>
      id.endsWith('/packages/widgets/src/embed/config.ts')
        ? `export const EXTRA_FEED_ORIGINS = Object.freeze(${JSON.stringify(origins)});`
        : null,
  };
};
const embedPage = {
  input: { 'spf-embed-page': 'packages/widgets/src/embed/embed-page.ts' },
  output: { dir: 'packages/widgets/dist', format: 'es', sourcemap: true },
  plugins: [embedConfig(), resolveSource(), typescriptFor('*'), ...minify()],
};
// The host helper: a classic script, so `<script src async>` works anywhere.
const embedHelper = {
  input: 'packages/widgets/src/embed/spf-embed.ts',
  output: { file: 'packages/widgets/dist/spf-embed.js', format: 'iife', sourcemap: true },
  plugins: [typescriptFor('widgets'), ...minify()],
};
// The embed-code builder (embed-builder.html): Lit inside, its files beside it.
const embedBuilder = {
  ...dropIn,
  input: 'packages/widgets/src/embed/builder-page.ts',
  output: { ...dropIn.output, entryFileNames: 'spf-embed-builder.js', chunkFileNames: 'spf-embed-builder-[name].js' },
  plugins: [embedConfig(), resolveSource(), typescriptFor('*'), ...minify()],
};

export default [dropIn, playerDropIn, embedPage, embedHelper, embedBuilder, ...packageBuilds, feedToolsBuild];
