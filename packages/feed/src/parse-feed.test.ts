import { expect } from '@open-wc/testing';
import { parseFeed, MAX_TEXT_LENGTH } from './parse-feed.js';
import { pickText } from './pick-text.js';

const base = 'https://trust.example/wellbeing.json';

const validFeed = () => ({
  version: 1,
  title: { en: 'Staff wellbeing', cy: 'Llesiant staff' },
  language: 'en',
  updated: '2026-11-25',
  organisations: [{ id: 'unison', name: 'UNISON', url: 'https://www.unison.org.uk/' }],
  topics: [{ id: 'bullying', name: { en: 'Bullying', cy: 'Bwlio' } }],
  episodes: [
    {
      id: 'ep1',
      title: 'Episode 1',
      audio: [{ url: 'media/ep1.mp3', type: 'audio/mpeg', bytes: 1000 }],
      duration: 30,
      chapters: [
        { start: 10, title: 'B' },
        { start: 0, title: 'A' },
      ],
    },
  ],
  resources: [
    {
      id: 'guide',
      title: 'Tackling bullying at work',
      url: 'https://www.unison.org.uk/',
      type: 'guide',
      organisation: 'unison',
      topics: ['bullying'],
      published: '2016-09',
    },
    { id: 'pod', title: 'Podcast', url: 'https://www.unison.org.uk/', type: 'podcast', episode: 'ep1' },
  ],
  checkins: [
    {
      id: 'today',
      question: 'How are you feeling today?',
      options: [
        { id: 'good', label: 'Good', band: 'ok' },
        { id: 'bad', label: 'Struggling', band: 'help' },
      ],
      bands: [
        { id: 'ok', title: 'Good', message: 'Keep going', resources: ['guide'] },
        { id: 'help', title: 'Help', message: 'Talk to someone', urgent: true },
      ],
    },
  ],
  diagnostics: [
    {
      id: 'hwb',
      title: 'Framework',
      scale: [
        { value: 1, label: 'Some' },
        { value: 0, label: 'None' },
      ],
      sections: [{ id: 's1', title: 'Section', statements: [{ id: 'a', text: 'A' }] }],
    },
  ],
});

describe('parseFeed', () => {
  it('reads a valid feed with no problems', () => {
    const { ok, feed, problems } = parseFeed(validFeed(), base);
    expect(ok).to.equal(true);
    expect(problems).to.deep.equal([]);
    expect(feed.resources.map((r) => r.id)).to.deep.equal(['guide', 'pod']);
    expect(feed.resources[0].organisation).to.equal('unison');
    expect(feed.resources[0].published).to.equal('2016-09');
    expect(feed.episodes[0].audio[0].url).to.equal('https://trust.example/media/ep1.mp3');
    expect(feed.episodes[0].chapters.map((c) => c.start)).to.deep.equal([0, 10]);
    expect(feed.diagnostics[0].scale.map((l) => l.value)).to.deep.equal([0, 1]);
    expect(feed.checkins[0].bands[1].urgent).to.equal(true);
    expect(pickText(feed.topics[0].name, 'cy')).to.equal('Bwlio');
  });

  for (const value of [null, undefined, 0, 42, NaN, '', 'feed', true, [], [1, 2], () => 1]) {
    it(`returns an empty feed, not an exception, for ${String(value)}`, () => {
      const result = parseFeed(value, base);
      expect(result.ok).to.equal(false);
      expect(result.feed.resources).to.deep.equal([]);
      expect(result.problems.length).to.be.greaterThan(0);
    });
  }

  it('refuses a feed of another version', () => {
    const result = parseFeed({ ...validFeed(), version: 2 }, base);
    expect(result.ok).to.equal(false);
    expect(result.problems[0].path).to.equal('version');
  });

  it('leaves out invalid items and keeps their valid siblings', () => {
    const feed = validFeed();
    (feed.resources as unknown[]).push(
      { title: 'No id', url: 'https://a.example/', type: 'guide' },
      { id: 'no-title', url: 'https://a.example/', type: 'guide' },
      { id: 'bad-url', title: 'Bad', url: 'javascript:alert(1)', type: 'guide' },
      { id: 'guide', title: 'Duplicate', url: 'https://a.example/', type: 'guide' },
      { id: 42, title: 'Number id', url: 'https://a.example/', type: 'guide' },
      { id: 'wrong-title-type', title: ['x'], url: 'https://a.example/', type: 'guide' },
      'not an object',
      null,
    );
    const { ok, feed: parsed, problems } = parseFeed(feed, base);
    expect(ok).to.equal(true);
    expect(parsed.resources.map((r) => r.id)).to.deep.equal(['guide', 'pod']);
    const paths = problems.filter((p) => p.leftOut).map((p) => p.path);
    expect(paths).to.deep.equal([
      'resources[2]',
      'resources[3]',
      'resources[4]',
      'resources[5]',
      'resources[6]',
      'resources[7]',
      'resources[8]',
      'resources[9]',
    ]);
    expect(problems.some((p) => p.path === 'resources[4].url' && /safe/.test(p.message))).to.equal(true);
    expect(problems.some((p) => p.path === 'resources[5].id' && /twice/.test(p.message))).to.equal(true);
  });

  it('keeps unknown resource types as "other" and reports them', () => {
    const feed = validFeed();
    feed.resources[0].type = 'newsletter';
    const { feed: parsed, problems } = parseFeed(feed, base);
    expect(parsed.resources[0].type).to.equal('other');
    expect(problems.some((p) => p.path === 'resources[0].type')).to.equal(true);
  });

  it('drops references to unknown organisations, topics, episodes and resources', () => {
    const feed = validFeed();
    feed.resources[0].organisation = 'nobody';
    feed.resources[0].topics = ['bullying', 'missing'];
    feed.resources[1].episode = 'ep404';
    feed.checkins[0].bands[0].resources = ['guide', 'gone'];
    const { feed: parsed, problems } = parseFeed(feed, base);
    expect(parsed.resources[0].organisation).to.equal(undefined);
    expect(parsed.resources[0].topics).to.deep.equal(['bullying']);
    expect(parsed.resources[1].episode).to.equal(undefined);
    expect(parsed.checkins[0].bands[0].resources).to.deep.equal(['guide']);
    expect(problems.map((p) => p.path)).to.include.members([
      'resources[0].organisation',
      'resources[0].topics[1]',
      'resources[1].episode',
      'checkins[0].bands[0].resources[1]',
    ]);
  });

  it('ignores unknown keys, so newer feeds still load', () => {
    const feed = { ...validFeed(), futureThing: { a: 1 } };
    (feed.resources[0] as Record<string, unknown>).rating = 5;
    const { ok, problems } = parseFeed(feed, base);
    expect(ok).to.equal(true);
    expect(problems).to.deep.equal([]);
  });

  it('treats __proto__ and constructor keys as plain data', () => {
    const hostile = JSON.parse(
      '{"version":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},' +
        '"organisations":[{"id":"__proto__","name":{"__proto__":"x","en":"Org"}},{"id":"constructor","name":"C"}],' +
        '"resources":[{"id":"r","title":{"en":"T","__proto__":{"polluted":1}},"url":"https://a.example/","type":"constructor","organisation":"__proto__"}]}',
    ) as unknown;
    const { ok, feed } = parseFeed(hostile, base);
    expect(ok).to.equal(true);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype).not.to.have.property('polluted');
    expect(feed.organisations.map((o) => o.id)).to.deep.equal(['__proto__', 'constructor']);
    expect(feed.resources[0].organisation).to.equal('__proto__');
    expect(feed.resources[0].type).to.equal('other');
  });

  it('cuts 10 MB strings short instead of failing', () => {
    const huge = 'a'.repeat(10 * 1024 * 1024);
    const feed = validFeed();
    (feed.resources[0] as Record<string, unknown>).summary = huge;
    feed.resources[1].title = huge;
    (feed.resources[1] as Record<string, unknown>).url = `https://a.example/${huge}`;
    const { feed: parsed, problems } = parseFeed(feed, base);
    expect(pickText(parsed.resources[0].summary).length).to.equal(MAX_TEXT_LENGTH);
    expect(parsed.resources.length).to.equal(1);
    expect(problems.some((p) => /cut short/.test(p.message))).to.equal(true);
  });

  it('reports wrong field types without dropping the item when the field is optional', () => {
    const feed = validFeed();
    (feed.resources[0] as Record<string, unknown>).published = 'last Tuesday';
    (feed.resources[0] as Record<string, unknown>).topics = 'bullying';
    (feed.episodes[0] as Record<string, unknown>).duration = 'long';
    const { feed: parsed, problems } = parseFeed(feed, base);
    expect(parsed.resources[0].published).to.equal(undefined);
    expect(parsed.resources[0].topics).to.deep.equal([]);
    expect(parsed.episodes[0].duration).to.equal(undefined);
    expect(problems.map((p) => p.path)).to.include.members([
      'resources[0].published',
      'resources[0].topics',
      'episodes[0].duration',
    ]);
  });

  // Every list whose items have ids: a second item with the same id is reported
  // and left out, and the first one is kept.
  const idLists: Array<[string, (feed: ReturnType<typeof validFeed>) => Array<{ id: string }>]> = [
    ['organisations', (f) => f.organisations],
    ['topics', (f) => f.topics],
    ['episodes', (f) => f.episodes],
    ['resources', (f) => f.resources],
    ['checkins', (f) => f.checkins],
    ['checkins[0].bands', (f) => f.checkins[0].bands],
    ['checkins[0].options', (f) => f.checkins[0].options],
    ['diagnostics', (f) => f.diagnostics],
    ['diagnostics[0].sections', (f) => f.diagnostics[0].sections],
    ['diagnostics[0].sections[0].statements', (f) => f.diagnostics[0].sections[0].statements],
  ];
  for (const [path, list] of idLists) {
    it(`reports a duplicate id in ${path} and keeps only the first`, () => {
      const feed = validFeed();
      const items = list(feed);
      const copy = { ...structuredClone(items[0]), title: 'Second', name: 'Second', question: 'Second' };
      items.push(copy);
      const index = items.length - 1;
      const { feed: parsed, problems } = parseFeed(feed, base);
      const problem = problems.find((p) => p.path === `${path}[${index}].id`);
      expect(problem, `no problem at ${path}[${index}].id`).to.not.equal(undefined);
      expect(problem!.message).to.match(/used twice/);
      const parsedItems = list(parsed as unknown as ReturnType<typeof validFeed>);
      expect(parsedItems.filter((item) => item.id === items[0].id).length).to.equal(1);
    });
  }

  it('reports diagnostics with no scale, non-numeric values and duplicate statements', () => {
    const feed = validFeed();
    feed.diagnostics[0].scale = [{ value: 'high' as unknown as number, label: 'High' }];
    feed.diagnostics[0].sections[0].statements.push({ id: 'a', text: 'Again' });
    const { feed: parsed, problems } = parseFeed(feed, base);
    expect(parsed.diagnostics[0].scale).to.deep.equal([]);
    expect(parsed.diagnostics[0].sections[0].statements.length).to.equal(1);
    expect(problems.map((p) => p.path)).to.include.members([
      'diagnostics[0].scale[0].value',
      'diagnostics[0].scale',
      'diagnostics[0].sections[0].statements[1].id',
    ]);
  });

  it('refuses every unsafe URL form in every URL field', () => {
    const feed = validFeed();
    feed.organisations[0].url = ' JavaScript:alert(1)';
    feed.episodes[0].audio.push({ url: 'data:audio/mpeg;base64,AAAA', type: 'audio/mpeg', bytes: 1 });
    const { feed: parsed } = parseFeed(feed, base);
    expect(parsed.organisations[0].url).to.equal(undefined);
    expect(parsed.episodes[0].audio.length).to.equal(1);
  });

  it('drops control characters from text', () => {
    const feed = validFeed();
    feed.resources[0].title = 'Bull\u0000ying\u0007 guide';
    const { feed: parsed } = parseFeed(feed, base);
    expect(pickText(parsed.resources[0].title)).to.equal('Bullying guide');
  });
});

describe('parseFeed with JSON Feed podcasts', () => {
  const jsonFeed = (version: string) => ({
    version,
    title: 'The Record',
    items: [
      {
        id: 'http://therecord.co/chris-parrish',
        title: 'Special #1',
        url: 'http://therecord.co/chris-parrish',
        content_html: '<a href="javascript:alert(1)">Adobe</a><script>alert(1)</script>',
        content_text: 'Chris has worked at Adobe.',
        summary: 'Brent interviews Chris.',
        date_published: '2014-05-09T14:04:00-07:00',
        attachments: [
          {
            url: 'http://therecord.co/sp1.m4a',
            mime_type: 'audio/x-m4a',
            size_in_bytes: 89970236,
            duration_in_seconds: 6629,
          },
        ],
      },
      { id: 2, title: 'No audio', content_text: 'Text only post' },
    ],
  });

  for (const version of ['https://jsonfeed.org/version/1', 'https://jsonfeed.org/version/1.1']) {
    it(`turns ${version} items with audio into episodes and podcast resources`, () => {
      const { ok, feed } = parseFeed(jsonFeed(version), 'http://therecord.co/feed.json');
      expect(ok).to.equal(true);
      expect(feed.episodes.length).to.equal(1);
      const [episode] = feed.episodes;
      expect(pickText(episode.title)).to.equal('Special #1');
      expect(pickText(episode.summary)).to.equal('Brent interviews Chris.');
      expect(episode.duration).to.equal(6629);
      expect(episode.audio[0]).to.deep.equal({
        url: 'http://therecord.co/sp1.m4a',
        type: 'audio/x-m4a',
        bytes: 89970236,
      });
      expect(episode.published).to.equal('2014-05-09');
      expect(feed.resources[0].type).to.equal('podcast');
      expect(feed.resources[0].episode).to.equal(episode.id);
      expect(JSON.stringify(feed)).not.to.contain('<script>');
    });
  }
});
