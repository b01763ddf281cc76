// @ts-check
// Every package can be published and used: its package.json says what it is,
// its exports map leads to built files with declarations next to them, and
// `npm pack` would ship what a user needs and nothing else (no tests, no
// stories, no fixtures, no sources).
//
// Needs a build first (`npm run build`, which also writes declarations and
// custom-elements.json with scripts/build-types.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { PACKAGES } from '../../scripts/workspace-packages.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Packages that define custom elements and ship a manifest. */
const ELEMENT_PACKAGES = new Set([
  'core',
  'resources',
  'podcast-player',
  'wellbeing-checkin',
  'diagnostic-card',
  'widgets',
]);
/** Packages Node can import: no Lit, no DOM. */
const NODE_SAFE = new Set(['feed', 'feed-tools', 'default-feed']);

const manifest = (dir) => JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));

// One `npm pack` call for every workspace.
let packed;
function packList(name) {
  packed ??= JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--workspaces', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  const entry = packed.find((item) => item.name === name);
  assert.ok(entry, `npm pack did not list ${name}`);
  return entry.files.map((file) => file.path);
}

for (const dir of PACKAGES) {
  const pkg = manifest(dir);
  const home = join(root, 'packages', dir);

  test(`${pkg.name}: package.json describes a publishable package`, () => {
    assert.equal(pkg.name, `@spf-wellbeing/${dir}`);
    assert.match(pkg.version, /^\d+\.\d+\.\d+/);
    assert.ok(pkg.description && pkg.description.length > 20, 'description');
    assert.equal(pkg.license, 'MIT');
    assert.equal(pkg.type, 'module');
    assert.ok(pkg.private !== true, 'not private');
    assert.ok(
      Array.isArray(pkg.files) && pkg.files.includes('dist') && pkg.files.includes('README.md'),
      'files lists dist and README.md',
    );
    assert.ok('sideEffects' in pkg, 'sideEffects is declared');
    const main = pkg.exports['.'];
    assert.deepEqual(
      Object.keys(main),
      ['source', 'types', 'default'],
      'source condition first, then types, then default',
    );
    if (ELEMENT_PACKAGES.has(dir)) assert.equal(pkg.customElements, 'dist/custom-elements.json');
  });

  test(`${pkg.name}: every export resolves to a built file with its declarations`, async () => {
    // Node's own resolution (conditions: node, import, default) of the package name.
    const entry = fileURLToPath(import.meta.resolve(pkg.name));
    assert.equal(relative(home, entry), join('dist', 'index.js'));
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      const conditions = typeof target === 'string' ? { default: target } : target;
      assert.ok(existsSync(join(home, conditions.default)), `${pkg.name} ${subpath}: ${conditions.default} is built`);
      if (conditions.types)
        assert.ok(existsSync(join(home, conditions.types)), `${pkg.name} ${subpath}: ${conditions.types} is written`);
      if (conditions.source)
        assert.ok(existsSync(join(home, conditions.source)), `${pkg.name} ${subpath}: ${conditions.source} exists`);
      if (subpath !== '.' && !subpath.includes('*')) {
        const resolved = fileURLToPath(import.meta.resolve(`${pkg.name}/${subpath.slice(2)}`));
        // A `node` condition (the drop-in bundles) gives Node a module that defines nothing.
        assert.equal(resolved, join(home, conditions.node ?? conditions.default));
        if (conditions.node) assert.ok(existsSync(join(home, conditions.node)), `${conditions.node} is built`);
      }
    }
    assert.ok(existsSync(join(home, pkg.types)), `${pkg.types} is written`);
    if (NODE_SAFE.has(dir)) {
      const module = await import(pkg.name);
      assert.ok(Object.keys(module).length > 0, `${pkg.name} exports something`);
    }
  });

  test(`${pkg.name}: declarations point at files that exist`, () => {
    const types = readFileSync(join(home, pkg.types), 'utf8');
    for (const [, specifier] of types.matchAll(/from '(\.[^']+)'/g)) {
      const target = join(dirname(join(home, pkg.types)), specifier.replace(/\.js$/, '.d.ts'));
      assert.ok(existsSync(target), `${pkg.types} imports ${specifier}, but ${relative(home, target)} is missing`);
    }
  });

  if (ELEMENT_PACKAGES.has(dir)) {
    test(`${pkg.name}: custom-elements.json lists its elements with their attributes`, () => {
      const cem = JSON.parse(readFileSync(join(home, pkg.customElements), 'utf8'));
      const elements = cem.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.customElement && d.tagName);
      assert.ok(elements.length > 0, 'at least one element');
      for (const element of elements) {
        assert.match(element.tagName, /^spf-/);
        assert.ok(element.summary, `<${element.tagName}> has a @summary`);
        assert.ok(element.attributes?.length > 0, `<${element.tagName}> has attributes`);
        for (const mod of cem.modules) assert.ok(existsSync(join(home, mod.path)), `${mod.path} is built`);
      }
    });

    test(`${pkg.name}: ships editor data for VS Code and JetBrains, generated from the manifest`, () => {
      const cem = JSON.parse(readFileSync(join(home, pkg.customElements), 'utf8'));
      const tags = cem.modules
        .flatMap((mod) => mod.declarations ?? [])
        .filter((d) => d.customElement && d.tagName)
        .map((d) => d.tagName);
      assert.equal(pkg['web-types'], './dist/web-types.json', 'package.json names its web-types');
      assert.equal(pkg.exports['./vscode.html-custom-data.json'], './dist/vscode.html-custom-data.json');
      const vscode = JSON.parse(readFileSync(join(home, 'dist/vscode.html-custom-data.json'), 'utf8'));
      const webTypes = JSON.parse(readFileSync(join(home, pkg['web-types']), 'utf8'));
      assert.equal(webTypes.name, pkg.name);
      assert.deepEqual(vscode.tags.map((tag) => tag.name).sort(), [...tags].sort());
      assert.deepEqual(webTypes.contributions.html.elements.map((element) => element.name).sort(), [...tags].sort());
      for (const tag of vscode.tags) {
        const declaration = cem.modules.flatMap((mod) => mod.declarations ?? []).find((d) => d.tagName === tag.name);
        assert.deepEqual(
          tag.attributes.map((attribute) => attribute.name).sort(),
          declaration.attributes.map((attribute) => attribute.name).sort(),
          `<${tag.name}>: every attribute`,
        );
      }
      if (dir === 'resources' || dir === 'widgets') {
        const resources = vscode.tags.find((tag) => tag.name === 'spf-resources');
        const layout = resources.attributes.find((attribute) => attribute.name === 'layout');
        assert.deepEqual(
          layout.values.map((value) => value.name),
          ['list', 'cards', 'compact'],
          'documented values are offered',
        );
      }
    });
  }

  test(`${pkg.name}: npm pack ships what a user needs and nothing else`, () => {
    const files = packList(pkg.name);
    assert.ok(files.includes('package.json'));
    assert.ok(files.includes('README.md'), 'README.md is packed');
    assert.ok(files.includes('dist/index.js'), 'dist/index.js is packed');
    assert.ok(files.includes('dist/index.d.ts'), 'dist/index.d.ts is packed');
    if (ELEMENT_PACKAGES.has(dir))
      assert.ok(files.includes('dist/custom-elements.json'), 'custom-elements.json is packed');
    if (dir === 'feed') assert.ok(files.includes('schema/feed.schema.json'), 'the JSON Schema is packed');
    if (dir === 'widgets') assert.ok(files.includes('dist/spf-widgets.js'), 'the drop-in bundle is packed');
    if (dir === 'feed-tools') {
      assert.ok(files.includes(pkg.bin['spf-feed']), 'the spf-feed command is packed');
      assert.ok(files.includes('dist/cli.js'), 'the command line is built and packed');
    }
    const unwanted = files.filter((file) =>
      /(^|\/)(src|test|tests|stories|test-fixtures|fixtures|node_modules)\/|\.test\.|\.spec\.|\.stories\.|tsconfig|\.tsbuildinfo$/.test(
        file,
      ),
    );
    assert.deepEqual(unwanted, [], `${pkg.name} would ship files a user does not need`);
  });
}
