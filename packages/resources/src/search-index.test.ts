import { expect } from '@open-wc/testing';
import type { Feed, Resource } from '@spf-wellbeing/feed';
import { SearchIndex } from './search-index.js';

const resource = (id: string, title: string, extra: Partial<Resource> = {}): Resource => ({
  id,
  title: { en: title, cy: `${title} (cy)` },
  url: `https://example.org/${id}`,
  type: 'guide',
  topics: [],
  ...extra,
});

const feed: Feed = {
  version: 1,
  title: { '*': 'Index test' },
  language: 'en',
  organisations: [{ id: 'org', name: { '*': 'Organisation' }, url: 'https://example.org/' }],
  topics: [
    { id: 'sleep', name: { '*': 'Sleep' } },
    { id: 'stress', name: { '*': 'Stress' } },
  ],
  episodes: [],
  resources: [
    resource('c', 'Coping with nights', { topics: ['sleep'], published: '2024-03-01' }),
    resource('a', 'Ánxiety at work', { topics: ['stress'], organisation: 'org', type: 'toolkit' }),
    resource('b', 'Breaks that help', { topics: ['sleep', 'stress'], published: '2025-01-01' }),
  ],
  checkins: [],
  diagnostics: [],
};

const none = { topics: new Set<string>(), organisations: new Set<string>(), types: new Set<string>() };
const ids = (index: SearchIndex, ...args: Parameters<SearchIndex['search']>) =>
  index.search(...args).results.map((item) => item.resource.id);

describe('SearchIndex', () => {
  it('sorts by title, newest or relevance with nothing to call first', () => {
    const index = SearchIndex.build(feed, 'en', 'en-GB');
    expect(ids(index, '', none, 'title')).to.deep.equal(['a', 'b', 'c']);
    expect(ids(index, '', none, 'newest')).to.deep.equal(['b', 'c', 'a']);
    expect(ids(index, '', none)).to.deep.equal(['c', 'a', 'b']);
    expect(ids(index, 'help', none)).to.deep.equal(['b']);
  });

  it('searches folded text in the language it was built for', () => {
    const welsh = SearchIndex.build(feed, 'cy', 'cy-GB');
    expect(ids(welsh, 'anxiety cy', none)).to.deep.equal(['a']);
    expect(welsh.isFor(feed, 'cy', 'cy-GB')).to.equal(true);
    expect(welsh.isFor(feed, 'en', 'en-GB')).to.equal(false);
  });

  it('counts each filter option with the other groups’ choices, in a narrowed index too', () => {
    const index = SearchIndex.build(feed, 'en', 'en-GB');
    const outcome = index.search('', { ...none, types: new Set(['guide']) });
    expect(outcome.results.map((item) => item.resource.id)).to.deep.equal(['c', 'b']);
    expect(Object.fromEntries(outcome.topicCounts)).to.deep.equal({ sleep: 2, stress: 1 });
    expect(Object.fromEntries(outcome.typeCounts)).to.deep.equal({ guide: 2, toolkit: 1 });

    const stress = index.narrow((each) => each.topics.includes('stress'));
    expect(stress.items.map((item) => item.resource.id)).to.deep.equal(['a', 'b']);
    const narrowed = stress.search('', { ...none, organisations: new Set(['org']) }, 'title');
    expect(narrowed.results.map((item) => item.resource.id)).to.deep.equal(['a']);
    expect(Object.fromEntries(narrowed.organisationCounts)).to.deep.equal({ org: 1 });
    expect(Object.fromEntries(narrowed.topicCounts)).to.deep.equal({ stress: 1 });
  });

  it('gives the same outcome for the same search, and a new one when anything changes', () => {
    const index = SearchIndex.build(feed, 'en', 'en-GB');
    const first = index.search('Work', none);
    expect(index.search(' work ', none)).to.equal(first);
    expect(index.search('work', none, 'title')).to.not.equal(first);
    expect(index.search('wor', none).results.map((item) => item.resource.id)).to.deep.equal(['a']);
  });
});
