// The same wrappers with React 18, which on its own passes objects to custom
// elements as strings and cannot listen to their events through JSX. Made
// with createSpfComponent and React 18's own copy (the test server answers
// `spf-test-react18` with test/react18's React 18).
import { expect, waitUntil } from '@open-wc/testing';
import { React18, ReactDOM18, ReactDOMClient18 } from 'spf-test-react18';
import { clearFeedRequests } from '@spf-wellbeing/feed';
import type { SpfFeedLoadEvent } from '@spf-wellbeing/core';
import type { SpfPlayEvent, SpfPodcastPlayer as SpfPodcastPlayerElement } from '@spf-wellbeing/podcast-player';
import {
  createSpfComponent,
  spfDiagnosticCardDefinition,
  spfFeedDefinition,
  spfPodcastPlayerDefinition,
  spfResourcesDefinition,
  spfWellbeingCheckinDefinition,
} from './index.js';
import { countRequests, mount, ready, type Mounted } from './test-helpers.js';

const h = React18.createElement;
const flushSync = ReactDOM18.flushSync;
let n = 0;
const fresh = (path: string) => `${new URL(`../../${path}`, import.meta.url).href}?react18=${++n}`;

const SpfResources = createSpfComponent(React18, spfResourcesDefinition);
const SpfWellbeingCheckin = createSpfComponent(React18, spfWellbeingCheckinDefinition);
const SpfPodcastPlayer = createSpfComponent(React18, spfPodcastPlayerDefinition);
const SpfDiagnosticCard = createSpfComponent(React18, spfDiagnosticCardDefinition);
const SpfFeed = createSpfComponent(React18, spfFeedDefinition);

const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

describe('@spf-wellbeing/react with React 18', function () {
  this.timeout(20000);
  let mounted: Mounted | undefined;
  let requests: ReturnType<typeof countRequests>;
  beforeEach(() => {
    clearFeedRequests();
    localStorage.clear();
    requests = countRequests();
  });
  afterEach(() => {
    requests.stop();
    mounted?.unmount();
    mounted = undefined;
  });

  it('runs React 18', () => {
    expect(React18.version).to.match(/^18\./);
  });

  it('renders every wrapper: objects arrive as objects, handlers fire with their detail, children stay', async () => {
    const strings = { en: { retry: 'Try again' } };
    const loads = new Map<string, SpfFeedLoadEvent>();
    const onSpfFeedLoad = (event: SpfFeedLoadEvent) => loads.set((event.currentTarget as Element).localName, event);
    const feeds = {
      resources: fresh('resources/src/test-fixtures/feed.json'),
      checkin: fresh('wellbeing-checkin/src/test-fixtures/checkin-feed.json'),
      player: fresh('podcast-player/src/test-fixtures/player-feed.json'),
      diagnostic: fresh('diagnostic-card/src/test-fixtures/small-diagnostic.json'),
      shared: fresh('wellbeing-checkin/src/test-fixtures/checkin-feed.json'),
    };
    mounted = mount(
      ReactDOMClient18.createRoot,
      flushSync,
      h(
        'div',
        null,
        h(SpfResources, { feed: feeds.resources, topic: 'stress', strings, onSpfFeedLoad }, h('p', null, 'Resources')),
        h(SpfWellbeingCheckin, { feed: feeds.checkin, checkin: 'team-dip', onSpfFeedLoad }, h('p', null, 'Check in')),
        h(SpfPodcastPlayer, { feed: feeds.player, episode: 'part-2', onSpfFeedLoad }, h('p', null, 'Podcast')),
        h(SpfDiagnosticCard, { feed: feeds.diagnostic, storageKey: 'r18', onSpfFeedLoad }, h('p', null, 'Assess')),
        h(SpfFeed, { src: feeds.shared, onSpfFeedLoad }, h('p', null, 'Shared')),
      ),
    );
    const { container } = mounted;
    const tags = ['spf-resources', 'spf-wellbeing-checkin', 'spf-podcast-player', 'spf-diagnostic-card', 'spf-feed'];
    await waitUntil(() => tags.every((tag) => container.querySelector(tag)), 'React 18 did not render every element');
    for (const [tag, text] of [
      ['spf-resources', 'Resources'],
      ['spf-wellbeing-checkin', 'Check in'],
      ['spf-podcast-player', 'Podcast'],
      ['spf-diagnostic-card', 'Assess'],
      ['spf-feed', 'Shared'],
    ]) {
      expect(clean(container.querySelector(`${tag} > p`)?.textContent)).to.equal(text, `${tag} keeps its children`);
    }
    const list = container.querySelector('spf-resources');
    const player = container.querySelector('spf-podcast-player');
    const checkin = container.querySelector('spf-wellbeing-checkin');
    const card = container.querySelector('spf-diagnostic-card');
    if (!list || !player || !checkin || !card) throw new Error('missing element');
    expect(list.strings).to.equal(strings, 'an object prop arrives as the same object, not "[object Object]"');
    expect(list.topic).to.equal('stress');
    expect(player.episode).to.equal('part-2');
    expect(checkin.checkin).to.equal('team-dip');
    expect(card.storageKey).to.equal('r18');
    await Promise.all([ready(list), ready(checkin), ready(player), ready(card)]);
    await waitUntil(() => loads.size === 5, `onSpfFeedLoad fired for ${[...loads.keys()].join(', ')} only`);
    expect(loads.get('spf-feed')?.detail.url).to.equal(feeds.shared);
    expect(loads.get('spf-resources')?.detail.url).to.equal(feeds.resources);
  });

  it('a new episode updates the player without a second feed request, and onSpfPlay fires', async () => {
    const feed = fresh('podcast-player/src/test-fixtures/player-feed.json');
    const played: SpfPlayEvent[] = [];
    const player = (episode: string) =>
      h(SpfPodcastPlayer, { feed, episode, onSpfPlay: (event: SpfPlayEvent) => played.push(event) });
    mounted = mount(ReactDOMClient18.createRoot, flushSync, player('part-1'));
    const { container } = mounted;
    await waitUntil(() => container.querySelector('spf-podcast-player'), 'no player');
    const el = container.querySelector('spf-podcast-player') as SpfPodcastPlayerElement;
    const title = () => clean(el.shadowRoot?.querySelector('h2')?.textContent);
    await waitUntil(() => title() === 'Demo part 1', 'the first episode did not show', { timeout: 8000 });
    mounted.render(player('part-2'));
    await waitUntil(() => title() === 'Demo part 2', 'the new episode did not show');
    expect(container.querySelector('spf-podcast-player')).to.equal(el);
    expect(requests.to(feed)).to.equal(1);
    el.shadowRoot?.querySelector<HTMLButtonElement>('[part="play-button"]')?.click();
    await waitUntil(() => played.length > 0, 'onSpfPlay did not fire', { timeout: 8000 });
    expect(played[0].detail.episode.id).to.equal('part-2');
    mounted.unmount();
    mounted = undefined;
    expect(el.audio.paused).to.equal(true);
  });
});
