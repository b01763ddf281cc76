// @ts-check
// The feed package runs in Node too (no DOM, no Lit), and its JSON Schema,
// types and parser agree: whatever the schema accepts, the parser accepts
// without problems, and the default feed passes both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv/dist/2020.js';
import { parseFeed, RESOURCE_TYPES, safeUrl } from '../../packages/feed/dist/index.js';
import { defaultFeedData } from '../../packages/default-feed/dist/index.js';

const schema = JSON.parse(readFileSync('packages/feed/schema/feed.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const base = 'https://trust.example/feed.json';

test('the feed package works in Node without a DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const { ok, feed } = parseFeed(
    { version: 1, resources: [{ id: 'a', title: 'A', url: 'https://a.example/', type: 'guide' }] },
    base,
  );
  assert.equal(ok, true);
  assert.equal(feed.resources.length, 1);
  assert.equal(safeUrl('javascript:alert(1)', base), undefined);
});

test('the default feed passes the schema and the parser with no problems', () => {
  const valid = validate(defaultFeedData);
  assert.equal(valid, true, JSON.stringify(validate.errors, null, 2));
  const { ok, problems, feed } = parseFeed(defaultFeedData, base);
  assert.equal(ok, true);
  assert.deepEqual(problems, []);
  assert.ok(feed.resources.length >= 15);
  assert.equal(feed.checkins.length, 1);
  assert.equal(feed.diagnostics[0].sections.length, 7);
});

test('the schema lists exactly the resource types the types module knows', () => {
  assert.deepEqual([...schema.$defs.resource.properties.type.anyOf[0].enum].sort(), [...RESOURCE_TYPES].sort());
});

test('the schema and the parser both refuse what the format forbids', () => {
  const bad = [
    { version: 2 },
    { version: 1, resources: [{ title: 'No id', url: 'https://a.example/', type: 'guide' }] },
    { version: 1, resources: [{ id: 'x', title: 'T', url: 'javascript:alert(1)', type: 'guide' }] },
    { version: 1, episodes: [{ id: 'e', title: 'No audio', audio: [] }] },
    { version: 1, diagnostics: [{ id: 'd', title: 'D', scale: [{ value: 'high', label: 'High' }], sections: [] }] },
  ];
  for (const feed of bad) {
    assert.equal(validate(feed), false, `schema accepted ${JSON.stringify(feed)}`);
    const { ok, problems } = parseFeed(feed, base);
    assert.ok(!ok || problems.length > 0, `parser accepted ${JSON.stringify(feed)}`);
  }
});

test('every property the schema names for a resource is one the parser reads', () => {
  const feed = {
    version: 1,
    organisations: [{ id: 'o', name: 'O' }],
    topics: [{ id: 't', name: 'T' }],
    episodes: [{ id: 'e', title: 'E', audio: [{ url: 'a.mp3', type: 'audio/mpeg' }] }],
    resources: /** @type {object[]} */ ([]),
  };
  const resource = {
    id: 'r',
    title: 'R',
    url: 'https://a.example/',
    type: 'guide',
    summary: 'S',
    organisation: 'o',
    topics: ['t'],
    published: '2021-11-01',
    episode: 'e',
  };
  assert.deepEqual(Object.keys(schema.$defs.resource.properties).sort(), Object.keys(resource).sort());
  feed.resources.push(resource);
  assert.equal(validate(feed), true, JSON.stringify(validate.errors));
  const parsed = parseFeed(feed, base);
  assert.deepEqual(parsed.problems, []);
  for (const key of Object.keys(resource)) assert.ok(key in parsed.feed.resources[0], `parser dropped ${key}`);
});

test('the schema has a stable $id, and every "$schema" line we publish points at it', () => {
  const id = 'https://unpkg.com/@spf-wellbeing/feed/schema/feed.schema.json';
  assert.equal(schema.$id, id);
  // The path in the $id is where the package ships the schema.
  const pkg = JSON.parse(readFileSync('packages/feed/package.json', 'utf8'));
  assert.ok(pkg.files.includes('schema'));
  assert.equal(pkg.exports['./schema/feed.schema.json'], './schema/feed.schema.json');
  assert.ok(id.endsWith(`${pkg.name}/schema/feed.schema.json`));
  for (const file of ['docs/feed-format.md', 'packages/feed/README.md']) {
    const lines = [...readFileSync(file, 'utf8').matchAll(/"\$schema": "([^"]+)"/g)].map(([, url]) => url);
    assert.ok(lines.length > 0, `${file} shows a "$schema" line`);
    for (const url of lines) assert.equal(url, id, `${file} points at the $id`);
  }
  // A feed that names the schema passes it.
  assert.equal(validate({ $schema: id, version: 1 }), true);
});
