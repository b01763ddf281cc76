// @ts-check
// npm run size: min+gzip bytes of the drop-in bundle and of each package's
// entry point bundled on its own with Lit (as a user's bundler would), the
// lazily loaded default feed counted apart. Budgets from the issues are shown
// beside the figures; a figure over budget makes the command fail.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bundleAsAUserWould } from './size-bundle.mjs';
import { FIRST_VIEW_BEFORE, FIRST_VIEW_GROWTH, WITH_THE_FEED } from './size-budgets.mjs';
import { readdirSync } from 'node:fs';

const gzip = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const BUDGETS = {
  'spf-widgets.js (drop-in, all four)': 40 * 1024,
  'spf-podcast-player.js (drop-in, player)': 15 * 1024,
  '@spf-wellbeing/podcast-player': 15 * 1024,
  'spf-embed.js (embed host helper)': 1.5 * 1024,
};

const ENTRIES = [
  ['@spf-wellbeing/feed', 'packages/feed/src/index.ts'],
  ['@spf-wellbeing/core', 'packages/core/src/index.ts'],
  ['@spf-wellbeing/resources', 'packages/resources/src/define.ts'],
  ['@spf-wellbeing/podcast-player', 'packages/podcast-player/src/define.ts'],
  ['@spf-wellbeing/wellbeing-checkin', 'packages/wellbeing-checkin/src/define.ts'],
  ['@spf-wellbeing/diagnostic-card', 'packages/diagnostic-card/src/define.ts'],
];

/**
 * Sums the gzipped sizes of files (name, code) beside an entry: [with the feed, on first use].
 * @param {[string, string | Buffer][]} files
 * @returns {[number, number]}
 */
function split(files) {
  let withFeed = 0;
  let later = 0;
  for (const [name, code] of files) {
    if (WITH_THE_FEED.test(name)) withFeed += gzip(code);
    else later += gzip(code);
  }
  return [withFeed, later];
}

/**
 * The player's lazy transcript file (parsers and panel), min+gzip, and what it
 * was before issue 17 replaced the hand-written WebVTT parser with one that
 * follows the spec: it may grow by at most 4 KB.
 */
let transcriptFile = 0;
const TRANSCRIPT_BEFORE = 2030;
const TRANSCRIPT_GROWTH = 4 * 1024;

/**
 * @param {string} input
 * @param {(id: string) => boolean} [external]
 * @returns {Promise<[number, number, number]>}
 */
async function measure(input, external) {
  const chunks = await bundleAsAUserWould(input, external);
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (!entry) throw new Error(`No entry chunk for ${input}`);
  for (const chunk of chunks) if (chunk.name === 'transcript-view') transcriptFile = gzip(chunk.code);
  return [
    gzip(entry.code),
    ...split(chunks.filter((chunk) => !chunk.isEntry).map((chunk) => [chunk.fileName, chunk.code])),
  ];
}

const dist = 'packages/widgets/dist';
if (!existsSync(`${dist}/spf-widgets.js`)) {
  console.error(`Run \`npm run build\` first: ${dist}/spf-widgets.js is missing.`);
  process.exit(1);
}
/**
 * A built drop-in file and the files beside it that it loads.
 * @returns {[number, number, number]}
 */
function dropIn(name) {
  const beside = readdirSync(dist).filter((file) => file.startsWith(`${name}-`) && file.endsWith('.js'));
  return [
    gzip(readFileSync(`${dist}/${name}.js`)),
    ...split(beside.map((file) => [file, readFileSync(`${dist}/${file}`)])),
  ];
}

/** @type {[string, number, number, number][]} */
const rows = [
  ['spf-widgets.js (drop-in, all four)', ...dropIn('spf-widgets')],
  ['spf-podcast-player.js (drop-in, player)', ...dropIn('spf-podcast-player')],
];
// The embed page (docs/embedding.md): its HTML, CSS and script, then the
// drop-in bundle it imports with the files fetched beside the feed.
if (existsSync(`${dist}/embed.html`)) {
  const built = (file) => gzip(readFileSync(`${dist}/${file}`));
  const [bundle, withFeed] = dropIn('spf-widgets');
  rows.push(['spf-embed.js (embed host helper)', built('spf-embed.js'), 0, 0]);
  rows.push([
    'embed.html (+ .css, spf-embed-page.js)',
    built('embed.html') + built('embed.css') + built('spf-embed-page.js'),
    bundle + withFeed,
    0,
  ]);
}
for (const [name, input] of ENTRIES) rows.push([name, ...(await measure(input))]);

let over = false;
const column = (bytes) => (bytes ? kb(bytes) : '').padStart(13);
console.log('\nmin+gzip -9, Lit included\n');
console.log(
  `${'entry'.padEnd(40)} ${'bytes'.padStart(8)} ${'size'.padStart(9)} ${'+ with feed'.padStart(13)} ${'= first view'.padStart(13)} ${'on first use'.padStart(13)}  budget (entry)`,
);
for (const [name, bytes, withFeed, later] of rows) {
  const budget = BUDGETS[name];
  const verdict = budget ? `${bytes <= budget ? 'within' : 'OVER'} ${kb(budget)}` : '';
  if (budget && bytes > budget) over = true;
  console.log(
    `${name.padEnd(40)} ${String(bytes).padStart(8)} ${kb(bytes).padStart(9)} ${column(withFeed)} ${column(withFeed && bytes + withFeed)} ${column(later)}  ${verdict}`,
  );
}
const [, dropInEntry, dropInWithFeed] = rows[0];
const firstView = dropInEntry + dropInWithFeed;
const firstViewOk = firstView <= FIRST_VIEW_BEFORE + FIRST_VIEW_GROWTH;
if (!firstViewOk) over = true;
console.log(
  `\nspf-widgets.js first view: ${firstView} bytes = ${kb(firstView)}; before issue 14: ${kb(FIRST_VIEW_BEFORE)}; ` +
    `growth ${kb(firstView - FIRST_VIEW_BEFORE)}, ${firstViewOk ? 'within' : 'OVER'} ${kb(FIRST_VIEW_GROWTH)}`,
);
const growth = transcriptFile - TRANSCRIPT_BEFORE;
if (growth > TRANSCRIPT_GROWTH) over = true;
console.log(
  `player's transcript file (lazy): ${transcriptFile} bytes = ${kb(transcriptFile)}; before issue 17: ${kb(TRANSCRIPT_BEFORE)}; ` +
    `growth ${kb(growth)}, ${growth <= TRANSCRIPT_GROWTH ? 'within' : 'OVER'} ${kb(TRANSCRIPT_GROWTH)}`,
);
console.log(`
entry:        the file a page loads with its script tag.
+ with feed:  files fetched on every first render, at the same time as the feed
              request: the feed validator, and the player's controls and playback
              (only where a player is on the page).
= first view: everything downloaded before an element shows a ready feed.
on first use: files only some pages fetch: the default feed (elements without
              a feed), Welsh strings, the transcript, Media Session, check-in
              history, diagnostic sections, results and files, resources URL code.
              (The card asks for its files code, with Start again's, once its
              overview has drawn, so a click rarely waits: fetched early, not
              needed to draw.)
embed.html:   the embed page; its "+ with feed" is spf-widgets.js and the files
              it fetches beside the feed (with the player's, the most any element needs).`);

// The React wrappers, without React (a peer dependency the app already has):
// the whole package, and what each wrapper adds to the element it wraps.
const WITHOUT_REACT = (id) => /^(react|react-dom)(\/|$)/.test(id);
const WRAPPER_BUDGET = 1024;
const WRAPPERS = [
  ['SpfResources', 'resources', 'packages/resources/src/define.ts'],
  ['SpfWellbeingCheckin', 'wellbeing-checkin', 'packages/wellbeing-checkin/src/define.ts'],
  ['SpfPodcastPlayer', 'podcast-player', 'packages/podcast-player/src/define.ts'],
  ['SpfDiagnosticCard', 'diagnostic-card', 'packages/diagnostic-card/src/define.ts'],
  ['SpfFeed', 'feed', 'packages/core/src/spf-feed/define.ts'],
];
const [reactAll] = await measure('packages/react/src/index.ts', WITHOUT_REACT);
console.log('\nReact wrappers, min+gzip -9, React not included, Lit and the elements included\n');
console.log(
  `${'@spf-wellbeing/react (all five)'.padEnd(40)} ${String(reactAll).padStart(8)} ${kb(reactAll).padStart(9)}`,
);
for (const [name, entry, element] of WRAPPERS) {
  const [wrapped] = await measure(`packages/react/src/${entry}.ts`, WITHOUT_REACT);
  const [alone] = await measure(element);
  const added = wrapped - alone;
  if (added > WRAPPER_BUDGET) over = true;
  console.log(
    `${`@spf-wellbeing/react/${entry}`.padEnd(40)} ${String(wrapped).padStart(8)} ${kb(wrapped).padStart(9)}  ${name} adds ${added} bytes to its element: ${added <= WRAPPER_BUDGET ? 'within' : 'OVER'} ${kb(WRAPPER_BUDGET)}`,
  );
}
process.exit(over ? 1 : 0);
