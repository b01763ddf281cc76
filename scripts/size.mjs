// npm run size: min+gzip bytes of the drop-in bundle and of each package's
// entry point bundled on its own with Lit (as a user's bundler would), the
// lazily loaded default feed counted apart. Budgets from the issues are shown
// beside the figures; a figure over budget makes the command fail.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { readdirSync } from 'node:fs';

const gzip = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const BUDGETS = {
  'spf-widgets.js (drop-in, all four)': 40 * 1024,
  '@spf-wellbeing/podcast-player': 15 * 1024,
};

const ENTRIES = [
  ['@spf-wellbeing/feed', 'packages/feed/src/index.ts'],
  ['@spf-wellbeing/core', 'packages/core/src/index.ts'],
  ['@spf-wellbeing/resources', 'packages/resources/src/define.ts'],
  ['@spf-wellbeing/podcast-player', 'packages/podcast-player/src/define.ts'],
  ['@spf-wellbeing/wellbeing-checkin', 'packages/wellbeing-checkin/src/define.ts'],
  ['@spf-wellbeing/diagnostic-card', 'packages/diagnostic-card/src/define.ts'],
];

async function measure(input) {
  const bundle = await rollup({
    input,
    plugins: [
      resolve({ exportConditions: ['source'], extensions: ['.ts', '.js'] }),
      typescript({ tsconfig: './tsconfig.json', include: ['packages/*/src/**/*.ts'], exclude: ['**/*.test.ts'], compilerOptions: { declaration: false, sourceMap: false, types: [] } }),
      minifyHtmlLiterals(),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const entry = output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
  const lazy = output.filter((chunk) => chunk.type === 'chunk' && !chunk.isEntry).reduce((sum, chunk) => sum + gzip(chunk.code), 0);
  return { bytes: gzip(entry.code), lazy };
}

const rows = [];
const dropIn = 'packages/widgets/dist/spf-widgets.js';
if (!existsSync(dropIn)) {
  console.error('Run `npm run build` first: packages/widgets/dist/spf-widgets.js is missing.');
  process.exit(1);
}
const lazyChunks = readdirSync('packages/widgets/dist').filter((file) => /^spf-widgets-.*\.js$/.test(file));
const lazyBytes = lazyChunks.reduce((sum, file) => sum + gzip(readFileSync(`packages/widgets/dist/${file}`)), 0);
rows.push(['spf-widgets.js (drop-in, all four)', gzip(readFileSync(dropIn)), lazyBytes]);
for (const [name, input] of ENTRIES) {
  const { bytes, lazy } = await measure(input);
  rows.push([name, bytes, lazy]);
}

let over = false;
console.log('\nmin+gzip -9, Lit included\n');
console.log(`${'entry'.padEnd(40)} ${'bytes'.padStart(8)} ${'size'.padStart(9)}  ${'loaded on first use'.padStart(19)}  budget`);
for (const [name, bytes, lazy] of rows) {
  const budget = BUDGETS[name];
  const verdict = budget ? `${bytes <= budget ? 'within' : 'OVER'} ${kb(budget)}` : '';
  if (budget && bytes > budget) over = true;
  console.log(`${name.padEnd(40)} ${String(bytes).padStart(8)} ${kb(bytes).padStart(9)}  ${(lazy ? kb(lazy) : '').padStart(19)}  ${verdict}`);
}
console.log('\n"Loaded on first use": the default feed (only for elements without a feed), Welsh strings (only for Welsh readers) and the transcript parsers.');
process.exit(over ? 1 : 0);
