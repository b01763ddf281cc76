// Safe on the server: every package entry imports in Node without throwing and
// without defining anything (elements are defined only in a browser), and the
// React wrappers render with react-dom/server: the tag, its attributes and its
// fallback children, with React 19 and with React 18.
//
// Needs a build first (`npm run build`): Node imports the packages' dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { BROWSER_PACKAGES as PACKAGES } from '../../scripts/workspace-packages.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TAGS = ['spf-feed', 'spf-resources', 'spf-podcast-player', 'spf-wellbeing-checkin', 'spf-diagnostic-card'];

/** Every JavaScript entry of every package, by the name a user imports. */
const entries = PACKAGES.flatMap((dir) => {
  const pkg = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
  return Object.keys(pkg.exports)
    .filter((subpath) => !/\.json$/.test(subpath))
    .map((subpath) => (subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`));
});

// Each entry in a fresh Node process, as `node -e "import('…')"` would.
const PROBE = `
const before = Object.getOwnPropertyNames(globalThis);
const warnings = [];
for (const level of ['warn', 'error']) console[level] = (...args) => warnings.push(args.join(' '));
const out = {};
try {
  const module = await import(process.argv[1]);
  out.exports = Object.keys(module).length;
} catch (error) {
  out.error = String(error && error.stack || error);
}
out.window = typeof window;
out.document = typeof document;
out.HTMLElement = typeof HTMLElement;
out.defined = typeof customElements === 'object' ? ${JSON.stringify(TAGS)}.filter((tag) => customElements.get(tag)) : [];
out.added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.includes(name));
out.warnings = warnings;
process.stdout.write(JSON.stringify(out));
`;

for (const entry of entries) {
  test(`import('${entry}') in Node throws nothing and defines nothing`, () => {
    const out = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', PROBE, entry], { cwd: root, encoding: 'utf8' }),
    );
    assert.equal(out.error, undefined, `${entry} threw: ${out.error}`);
    assert.deepEqual(out.defined, [], `${entry} defined ${out.defined.join(', ')} in Node`);
    assert.equal(out.window, 'undefined', 'no window appears');
    assert.equal(out.document, 'undefined', 'no document appears');
    assert.equal(out.HTMLElement, 'undefined', 'no global HTMLElement appears');
    // Lit's own Node build adds its registry shim for its server renderer and its version markers; nothing else.
    const LIT = ['customElements', 'litPropertyMetadata', 'litServerRoot'];
    const added = out.added.filter((name) => !LIT.includes(name) && !/^(reactiveElement|lit\w*)Versions$/.test(name));
    assert.deepEqual(added, [], `${entry} added globals: ${added.join(', ')}`);
    assert.deepEqual(out.warnings, [], `${entry} logged a warning`);
  });
}

/** The wrappers, with a tag, props and fallback children, and what the server's HTML must hold. */
const CASES = [
  {
    name: 'SpfResources',
    tag: 'spf-resources',
    props: { topic: 'bullying-harassment', pageSize: 5, hideSearch: true, hideFilters: false, id: 'list' },
    attributes: ['topic="bullying-harassment"', 'page-size="5"', 'hide-search=""', 'id="list"'],
    absent: ['hide-filters', 'onSpf'],
    child: ['a', { href: 'https://www.unison.org.uk/' }, 'UNISON: tackling bullying at work'],
  },
  {
    name: 'SpfWellbeingCheckin',
    tag: 'spf-wellbeing-checkin',
    props: { history: true, checkin: 'feeling-today', headingLevel: 3 },
    attributes: ['history=""', 'checkin="feeling-today"', 'heading-level="3"'],
    absent: ['onSpf'],
    child: ['p', null, 'Talk to your line manager or our staff wellbeing team.'],
  },
  {
    name: 'SpfPodcastPlayer',
    tag: 'spf-podcast-player',
    props: { episode: 'partnership-working-hswg-chairs', stallTimeout: 20, compact: true, strings: { cy: {} } },
    attributes: ['episode="partnership-working-hswg-chairs"', 'stall-timeout="20"', 'compact=""'],
    absent: ['strings', 'onSpf'],
    child: ['a', { href: '/media/episode.mp3', download: true }, 'Download the episode (MP3)'],
  },
  {
    name: 'SpfDiagnosticCard',
    tag: 'spf-diagnostic-card',
    props: { storageKey: 'hr-team', feed: '/wellbeing.json', feedTimeout: 3000 },
    attributes: ['storage-key="hr-team"', 'feed="/wellbeing.json"', 'feed-timeout="3000"'],
    absent: ['onSpf'],
    child: ['p', null, 'Read the NHS Health and Wellbeing Framework'],
  },
  {
    name: 'SpfFeed',
    tag: 'spf-feed',
    props: { src: '/wellbeing.json', timeout: 4000, className: 'wellbeing' },
    attributes: ['src="/wellbeing.json"', 'timeout="4000"', 'class="wellbeing"'],
    absent: ['onSpf'],
    child: ['spf-resources', null, 'A list of resources'],
  },
];

async function renderAll(React, renderToString, make) {
  for (const item of CASES) {
    const Component = await make(item.name);
    const handlers = Object.fromEntries(
      ['onSpfFeedLoad', 'onSpfFeedError', 'onSpfPlay', 'onSpfCheckin'].map((key) => [key, () => {}]),
    );
    const html = renderToString(
      React.createElement(Component, { ...item.props, ...handlers }, React.createElement(...item.child)),
    );
    assert.match(html, new RegExp(`^<${item.tag}[ >]`), `${item.name} renders <${item.tag}>: ${html}`);
    assert.ok(html.endsWith(`</${item.tag}>`), `${item.name} closes its tag: ${html}`);
    for (const attribute of item.attributes)
      assert.ok(html.includes(attribute), `${item.name}: ${attribute} in ${html}`);
    for (const text of item.absent) assert.ok(!html.includes(text), `${item.name}: no ${text} in ${html}`);
    assert.ok(html.includes(`>${item.child[2]}</${item.child[0]}>`), `${item.name} keeps its children: ${html}`);
  }
}

test('every wrapper renders with React 19 renderToString: tag, attributes and fallback children', async () => {
  const React = (await import('react')).default;
  const { renderToString } = await import('react-dom/server');
  assert.match(React.version, /^19\./);
  const wrappers = await import('@spf-wellbeing/react');
  await renderAll(React, renderToString, (name) => wrappers[name]);
});

test('every wrapper renders with React 18 renderToString, made with createSpfComponent', async () => {
  const require18 = createRequire(join(root, 'test/react18/package.json'));
  const React = require18('react');
  const { renderToString } = require18('react-dom/server');
  assert.match(React.version, /^18\./);
  const wrappers = await import('@spf-wellbeing/react');
  const definitions = {
    SpfResources: wrappers.spfResourcesDefinition,
    SpfWellbeingCheckin: wrappers.spfWellbeingCheckinDefinition,
    SpfPodcastPlayer: wrappers.spfPodcastPlayerDefinition,
    SpfDiagnosticCard: wrappers.spfDiagnosticCardDefinition,
    SpfFeed: wrappers.spfFeedDefinition,
  };
  await renderAll(React, renderToString, (name) => wrappers.createSpfComponent(React, definitions[name]));
});
