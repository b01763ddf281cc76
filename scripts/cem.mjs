// @ts-check
// custom-elements.json for each element package, generated from JSDoc
// (@summary, @slot, @csspart, @cssprop, @fires) with the Custom Elements
// Manifest analyzer and its Lit plugin.
//
//   node scripts/cem.mjs
//
// Writes packages/<name>/dist/custom-elements.json for core (<spf-feed>), each
// widget package, and widgets (every element, as the drop-in bundle defines
// them all), and .storybook/custom-elements.json. Reads only sources, so
// Storybook can run it before a build.
//
// What the analyzer does not know, this script adds:
// - our elements are defined with `Class.define('tag')` (a define that is safe
//   to run twice), not `customElements.define`, so tag names come from that;
// - the shared design tokens are documented on `baseStyles` in
//   packages/core/src/styles.ts, so every widget lists them too;
// - one analyzer run covers every package, then each package's manifest keeps
//   its own modules, with paths to the built `dist/*.js` files, and points at
//   other packages by name.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
// @ts-expect-error -- the package's index.d.ts leaves out create and ts, which its index.js exports
import { create, ts } from '@custom-elements-manifest/analyzer';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

const ELEMENT_PACKAGES = ['core', 'resources', 'podcast-player', 'wellbeing-checkin', 'diagnostic-card'];
const LIBRARY = ['feed', 'core', ...ELEMENT_PACKAGES.slice(1)];

const files = LIBRARY.flatMap((dir) => tsFiles(`packages/${dir}/src`))
  .filter((file) => !/\.(test|stories)\.ts$/.test(file))
  .sort();

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? entry.name === 'test-fixtures'
        ? []
        : tsFiles(`${dir}/${entry.name}`)
      : entry.name.endsWith('.ts')
        ? [`${dir}/${entry.name}`]
        : [],
  );
}

const modules = files.map((file) =>
  ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2021, true),
);

/** Finds `SomeClass.define('some-tag')` calls and marks the class as that custom element. */
function safeDefinePlugin() {
  const found = [];
  return {
    name: 'spf-safe-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'define' &&
        ts.isIdentifier(node.expression.expression) &&
        node.arguments.length === 1 &&
        ts.isStringLiteral(node.arguments[0])
      ) {
        found.push({
          className: node.expression.expression.text,
          tagName: node.arguments[0].text,
          module: moduleDoc.path,
        });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer reads `customElements.define(tag, this)` inside
      // SpfElement.define as an element called "tag": drop such guesses.
      const tags = new Set(found.map((item) => item.tagName));
      for (const mod of customElementsManifest.modules) {
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || tags.has(e.name));
      }
      for (const { className, tagName, module } of found) {
        const home = customElementsManifest.modules.find((mod) =>
          mod.declarations?.some((declaration) => declaration.kind === 'class' && declaration.name === className),
        );
        if (!home) continue;
        const declaration = home.declarations.find((d) => d.kind === 'class' && d.name === className);
        declaration.customElement = true;
        declaration.tagName = tagName;
        const defining = customElementsManifest.modules.find((mod) => mod.path === module);
        defining.exports ??= [];
        if (!defining.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tagName)) {
          defining.exports.push({
            kind: 'custom-element-definition',
            name: tagName,
            declaration: { name: className, module: home.path },
          });
        }
      }
    },
  };
}

const manifest = create({ modules, plugins: [...litPlugin(), safeDefinePlugin()], context: { dev: false } });

// The shared tokens, from the JSDoc on baseStyles.
const tokens = [
  ...readFileSync('packages/core/src/styles.ts', 'utf8').matchAll(/@cssprop \[(--[\w-]+)=([^\]]*)\] - (.*)/g),
].map(([, name, defaultValue, description]) => ({
  name,
  default: defaultValue.trim(),
  description: description.trim(),
}));

// The parts SpfWidget renders for every widget (loading, error, notices).
const PART_DESCRIPTIONS = {
  skeleton: 'The loading placeholder.',
  error: 'The message shown when the feed cannot be loaded.',
  'retry-button': 'The Retry button in the error message.',
  'stale-notice': 'The notice shown when a saved copy of the feed is in use.',
  'problems-notice': 'The line that says some items in the feed were left out.',
};
const sharedParts = [...readFileSync('packages/core/src/spf-widget.ts', 'utf8').matchAll(/part="([\w-]+)"/g)].map(
  ([, name]) => ({
    name,
    description: PART_DESCRIPTIONS[name] ?? '',
  }),
);

const allClasses = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.kind === 'class');
const extendsWidget = (declaration) => {
  for (let current = declaration; current;) {
    if (current.name === 'SpfWidget') return true;
    const parent = current.superclass?.name;
    current = parent ? allClasses.find((d) => d.name === parent) : undefined;
  }
  return false;
};
for (const declaration of allClasses) {
  if (!declaration.customElement || !extendsWidget(declaration)) continue;
  declaration.cssParts ??= [];
  for (const part of sharedParts) {
    if (!declaration.cssParts.some((p) => p.name === part.name)) {
      declaration.cssParts.push({
        ...part,
        inheritedFrom: { name: 'SpfWidget', module: 'packages/core/src/spf-widget.ts' },
      });
    }
  }
  declaration.cssProperties ??= [];
  for (const token of tokens) {
    if (!declaration.cssProperties.some((p) => p.name === token.name)) {
      declaration.cssProperties.push({
        ...token,
        inheritedFrom: { name: 'baseStyles', module: 'packages/core/src/styles.ts' },
      });
    }
  }
}

// Lit's `{ state: true }` properties are internal: the analyzer lists them as
// attributes, so take them out (they stay as members for the API docs).
for (const mod of manifest.modules) {
  const states = new Set(
    [...readFileSync(mod.path, 'utf8').matchAll(/(\w+):\s*\{[^}]*\bstate:\s*true/g)].map(([, name]) => name),
  );
  if (!states.size) continue;
  for (const declaration of mod.declarations ?? []) {
    if (declaration.attributes)
      declaration.attributes = declaration.attributes.filter((a) => !states.has(a.fieldName ?? a.name));
    for (const member of declaration.members ?? []) {
      if (states.has(member.name)) {
        delete member.attribute;
        member.privacy ??= 'private';
      }
    }
  }
}

// `this.dispatchEvent(new SomeEvent(…))` gives the analyzer an event with a
// type and no name; the named `@fires` entries already cover them.
for (const declaration of manifest.modules.flatMap((mod) => mod.declarations ?? [])) {
  if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
}

// With `@summary` first in a JSDoc block, the analyzer puts the whole text in
// `summary`. Keep its first paragraph as the summary and the rest as the
// description, which Storybook's Autodocs shows.
for (const declaration of manifest.modules.flatMap((mod) => mod.declarations ?? [])) {
  if (!declaration.summary || declaration.description) continue;
  const [first, ...rest] = declaration.summary.split(/\n\s*\n/);
  if (!rest.length) continue;
  declaration.summary = first.replace(/\s*\n\s*/g, ' ').trim();
  declaration.description = rest.join('\n\n').trim();
}

// Editors offer an attribute's values when its type is a union of strings.
// The analyzer keeps a type alias by name (`SortOrder`), so each one made
// only of string literals is written out beside it, as `expandedType`.
const aliases = new Map(
  files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^(?:export )?type (\w+) =\s*((?:\s*\|?\s*'[^']*')+)\s*;/gm)].map(
      ([, name, union]) => [
        name,
        union
          .replace(/\s+/g, ' ')
          .replace(/^\s*\|\s*/, '')
          .trim(),
      ],
    ),
  ),
);
for (const declaration of manifest.modules.flatMap((mod) => mod.declarations ?? [])) {
  for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
    const name = item.type?.text?.replace(/\s*\|\s*undefined$/, '').trim();
    if (name && aliases.has(name)) item.expandedType = { text: aliases.get(name) };
  }
}

/** `packages/x/src/a/b.ts` → package name and `dist/a/b.js`. */
function locate(path) {
  const match = /^packages\/([^/]+)\/src\/(.*)\.ts$/.exec(path);
  if (!match) return undefined;
  return { dir: match[1], package: `@spf-wellbeing/${match[1]}`, module: `dist/${match[2]}.js` };
}

/** Rewrites source paths for a manifest that ships in packages/<dir>. */
function rewrite(value, dir) {
  if (Array.isArray(value)) return value.map((item) => rewrite(item, dir));
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) out[key] = rewrite(item, dir);
  for (const key of ['path', 'module']) {
    const where = typeof out[key] === 'string' ? locate(out[key]) : undefined;
    if (!where) continue;
    out[key] = where.module;
    if (key === 'module' && where.dir !== dir) out.package = where.package;
  }
  return out;
}

const header = { schemaVersion: manifest.schemaVersion, readme: '' };
const elementsOf = (dir) =>
  manifest.modules
    .filter((mod) => mod.path.startsWith(`packages/${dir}/src/`))
    .flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName));

for (const dir of ELEMENT_PACKAGES) {
  // Only the modules a tool needs: each element's class, the module that
  // defines it, and the package entry. Helpers stay out, as they may be
  // inlined or type-only in the build.
  const own = manifest.modules.filter(
    (mod) =>
      mod.path.startsWith(`packages/${dir}/src/`) &&
      (mod.path === `packages/${dir}/src/index.ts` ||
        mod.declarations?.some((d) => d.customElement && d.tagName) ||
        mod.exports?.some((e) => e.kind === 'custom-element-definition')),
  );
  write(dir, { ...header, modules: rewrite(own, dir) });
}

// The drop-in bundle defines every element in one file; spf-podcast-player.js defines the player alone.
const elements = ELEMENT_PACKAGES.flatMap(elementsOf);
write('widgets', {
  ...header,
  modules: [
    {
      kind: 'javascript-module',
      path: 'dist/spf-widgets.js',
      declarations: rewrite(elements, 'widgets'),
      exports: elements.map((d) => ({
        kind: 'custom-element-definition',
        name: d.tagName,
        declaration: { name: d.name, module: 'dist/spf-widgets.js' },
      })),
    },
    // The player alone, for partner sites: the same class, described once above.
    {
      kind: 'javascript-module',
      path: 'dist/spf-podcast-player.js',
      declarations: [],
      exports: elements
        .filter((d) => d.tagName === 'spf-podcast-player')
        .map((d) => ({
          kind: 'custom-element-definition',
          name: d.tagName,
          declaration: { name: d.name, module: 'dist/spf-widgets.js' },
        })),
    },
  ],
});

// Storybook's copy (controls and Autodocs), out of the way of `npm run build`,
// which empties dist/. Git ignores it (.storybook/.gitignore).
writeFileSync('.storybook/custom-elements.json', readFileSync('packages/widgets/dist/custom-elements.json'));

function write(dir, content) {
  mkdirSync(`packages/${dir}/dist`, { recursive: true });
  writeFileSync(`packages/${dir}/dist/custom-elements.json`, `${JSON.stringify(content, null, 2)}\n`);
  editorData(dir, content);
}

/**
 * Editor completion from the manifest, with the maintained generators:
 * VS Code's HTML and CSS custom data, and JetBrains web-types. Each element
 * package ships them in dist/ and names them in its package.json.
 */
function editorData(dir, content) {
  const pkg = JSON.parse(readFileSync(`packages/${dir}/package.json`, 'utf8'));
  const options = { hideLogs: true, hideMethodDocs: true, typesSrc: 'expandedType', descriptionSrc: 'summary' };
  const json = (text) => `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
  writeFileSync(`packages/${dir}/dist/vscode.html-custom-data.json`, json(getVsCodeHtmlCustomData(content, options)));
  writeFileSync(`packages/${dir}/dist/vscode.css-custom-data.json`, json(getVsCodeCssCustomData(content, options)));
  // The generator names the web-types after the package.json where it runs; each package is its own.
  const webTypes = JSON.parse(getWebTypesData(content, { ...options, excludeCss: false }));
  webTypes.name = pkg.name;
  webTypes.version = pkg.version;
  writeFileSync(`packages/${dir}/dist/web-types.json`, `${JSON.stringify(webTypes, null, 2)}\n`);
}

console.log(
  `Wrote custom-elements.json for ${[...ELEMENT_PACKAGES, 'widgets'].join(', ')}: ${elements.map((d) => `<${d.tagName}>`).join(' ')}.`,
);
