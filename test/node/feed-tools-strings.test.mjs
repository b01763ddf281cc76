// Every message spf-feed prints exists in English and Welsh, with the same
// placeholders, as test/strings.test.ts checks for the elements' strings.
// NHS Wales editors work in Welsh: no Welsh editor should meet an English line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../packages/feed/dist/index.js';
import { en } from '../../packages/feed-tools/dist/strings.js';
import cy from '../../packages/feed-tools/dist/strings.cy.js';
import { say } from '../../packages/feed-tools/dist/index.js';

const forms = (message) => (typeof message === 'string' ? [message] : Object.values(message));
const placeholders = (message) => [...new Set(forms(message).flatMap((text) => text.match(/\{\w+\}/g) ?? []))].sort();

test('spf-feed has every message in English and Welsh, with the same keys and placeholders', () => {
  assert.deepEqual(Object.keys(cy).sort(), Object.keys(en).sort(), 'keys');
  for (const key of Object.keys(en)) {
    assert.deepEqual(placeholders(cy[key]), placeholders(en[key]), `${key}: placeholders`);
    for (const text of forms(cy[key])) assert.notEqual(text.trim(), '', `${key} in Welsh is empty`);
    if (typeof en[key] !== 'string') {
      assert.equal(typeof cy[key].other, 'string', `${key} needs an "other" plural form in Welsh`);
    }
  }
});

test('the Welsh table is Welsh: no message is left as the English', () => {
  // Words that are the same in both languages (names of things editors type) may match.
  const same = ['row', 'rowField', 'kindBand', 'json-invalid'].filter((key) => key in en);
  const untranslated = Object.keys(en).filter(
    (key) => !same.includes(key) && JSON.stringify(en[key]) === JSON.stringify(cy[key]),
  );
  assert.deepEqual(untranslated, []);
});

test('every problem parseFeed reports has a message in both tables, said with its values', () => {
  const feed = {
    version: 1,
    language: 'not a tag!',
    organisations: [{ id: 'o', name: 'O' }, { id: 'o', name: 'Twice' }, 'x'],
    topics: 'not a list',
    resources: [
      { id: 'r', title: 'R', url: 'javascript:alert(1)', type: 'newsletter', organisation: 'nobody' },
      { id: 'r2', title: ['x'], url: 'https://a.example/', published: 'soon' },
    ],
    episodes: [{ id: 'e', title: 'E', audio: [] }],
  };
  const { problems } = parseFeed(feed, 'https://a.example/feed.json');
  assert.ok(problems.length >= 8);
  for (const problem of problems) {
    assert.ok(problem.code in en, `${problem.code} is in the English table`);
    assert.ok(problem.code in cy, `${problem.code} is in the Welsh table`);
    /** @type {import('../../packages/feed-tools/src/i18n.js').TextValues} */
    const values = { ...problem.values };
    const kind = String(problem.values?.kind ?? '');
    if (kind)
      values.kind = {
        code: /** @type {import('../../packages/feed-tools/src/i18n.js').MessageKey} */ (
          `kind${kind[0].toUpperCase()}${kind.slice(1)}`
        ),
      };
    assert.equal(say('en', { code: problem.code, values }), problem.message, `${problem.code}: the same English`);
    assert.doesNotMatch(say('cy', { code: problem.code, values }), /\{\w+\}/, `${problem.code}: Welsh filled in`);
  }
});
