// The React wrappers with React 19, in a real browser: props arrive as the
// element's properties and attributes, handler props fire with their detail,
// a new prop re-renders the element without a second feed request, children
// are the fallback content, and unmounting leaves nothing running.
import { expect, waitUntil } from '@open-wc/testing';
import React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { clearFeedRequests } from '@spf-wellbeing/feed';
import type { SpfCheckinEvent } from '@spf-wellbeing/wellbeing-checkin';
import type { SpfResourceOpenEvent, SpfResources as SpfResourcesElement } from '@spf-wellbeing/resources';
import type { SpfPlayEvent, SpfPodcastPlayer as SpfPodcastPlayerElement } from '@spf-wellbeing/podcast-player';
import type { SpfDiagnosticChangeEvent } from '@spf-wellbeing/diagnostic-card';
import type { SpfFeedErrorEvent, SpfFeedLoadEvent } from '@spf-wellbeing/core';
import { SpfDiagnosticCard, SpfFeed, SpfPodcastPlayer, SpfResources, SpfWellbeingCheckin } from './index.js';
import { countRequests, mount, ready, watchLeftovers, type Mounted } from './test-helpers.js';

const h = React.createElement;
const fixture = (path: string) => new URL(`../../${path}`, import.meta.url).href;
let n = 0;
/** A URL no earlier test has loaded, so each test counts its own requests. */
const fresh = (path: string) => `${fixture(path)}?test=${++n}`;

const resourcesFeed = () => fresh('resources/src/test-fixtures/feed.json');
const playerFeed = () => fresh('podcast-player/src/test-fixtures/player-feed.json');
const checkinFeed = () => fresh('wellbeing-checkin/src/test-fixtures/checkin-feed.json');
const diagnosticFeed = () => fresh('diagnostic-card/src/test-fixtures/small-diagnostic.json');

const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const shadow = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot?.querySelector<T>(selector) ?? null;

describe('@spf-wellbeing/react with React 19', function () {
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

  it('runs React 19', () => {
    expect(React.version).to.match(/^19\./);
  });

  it('SpfResources: props, children, onSpfFeedLoad, onSpfResourceOpen, onSpfFilterChange, and a new topic without a second request', async () => {
    const feed = resourcesFeed();
    const strings = { en: { searchLabel: 'Find support' } };
    const loads: SpfFeedLoadEvent[] = [];
    const opened: SpfResourceOpenEvent[] = [];
    const filters: string[] = [];
    const props = (topic: string) => ({
      feed,
      topic,
      pageSize: 2,
      strings,
      id: 'list',
      className: 'wellbeing',
      onSpfFeedLoad: (event: SpfFeedLoadEvent) => loads.push(event),
      onSpfResourceOpen: (event: SpfResourceOpenEvent) => {
        event.preventDefault(); // stay on the test page
        opened.push(event);
      },
      onSpfFilterChange: (event: CustomEvent<{ query: string }>) => filters.push(event.detail.query),
    });
    const fallback = h('a', { href: 'https://www.unison.org.uk/', className: 'fallback' }, 'UNISON');
    mounted = mount(createRoot, flushSync, h(SpfResources, props('bullying'), fallback));
    const el = mounted.container.querySelector('spf-resources') as SpfResourcesElement;
    expect(el).to.be.instanceOf(customElements.get('spf-resources'));
    expect(el.querySelector('a.fallback')?.textContent).to.equal('UNISON');
    await ready(el);

    expect(el.feed).to.equal(feed);
    expect(el.topic).to.equal('bullying');
    expect(el.pageSize).to.equal(2);
    expect(el.strings).to.equal(strings);
    expect(el.id).to.equal('list');
    expect(el.className).to.equal('wellbeing');
    expect(el.getAttribute('feed')).to.equal(feed);
    expect(loads).to.have.length(1);
    expect(loads[0].detail.url).to.equal(feed);
    expect(loads[0].detail.feed.resources.length).to.be.greaterThan(0);

    const link = shadow<HTMLAnchorElement>(el, '.result .title a');
    expect(link).to.exist;
    link?.click();
    expect(opened).to.have.length(1);
    expect(opened[0].detail.url).to.equal(link?.href);
    expect(opened[0].detail.id).to.be.a('string').and.not.equal('');

    const input = shadow<HTMLInputElement>(el, 'input[type="search"]');
    expect(input).to.exist;
    if (input) {
      input.value = 'work';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    await waitUntil(() => filters.includes('work'), 'onSpfFilterChange did not fire');

    const before = clean(shadow(el, '[part="results"], .results')?.textContent ?? el.shadowRoot?.textContent);
    mounted.render(h(SpfResources, props('stress'), fallback));
    expect(el.topic).to.equal('stress');
    await el.updateComplete;
    const after = clean(shadow(el, '[part="results"], .results')?.textContent ?? el.shadowRoot?.textContent);
    expect(after).to.not.equal(before);
    expect(mounted.container.querySelector('spf-resources')).to.equal(el, 'the same element, not a new one');
    expect(requests.to(feed)).to.equal(1);
    // React sets the feed just after the element connects: it never starts on the default feed meanwhile.
    const defaultFeed = performance
      .getEntriesByType('resource')
      .filter((entry) => /packages\/default-feed\//.test(entry.name));
    expect(defaultFeed.map((entry) => entry.name)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('SpfPodcastPlayer: a new episode updates the player without a second feed request; onSpfPlay fires with the episode', async () => {
    const feed = playerFeed();
    const played: SpfPlayEvent[] = [];
    const props = (episode: string) => ({
      feed,
      episode,
      stallTimeout: 20,
      onSpfPlay: (event: SpfPlayEvent) => played.push(event),
    });
    const fallback = h('a', { href: '/media/part-1.mp3', download: true }, 'Download the episode (MP3)');
    mounted = mount(createRoot, flushSync, h(SpfPodcastPlayer, props('part-1'), fallback));
    const el = mounted.container.querySelector('spf-podcast-player') as SpfPodcastPlayerElement;
    await waitUntil(() => shadow(el, '[part="play-button"]'), 'the player did not get ready', { timeout: 8000 });
    expect(el.episode).to.equal('part-1');
    expect(el.getAttribute('episode')).to.equal('part-1', 'episode reflects to its attribute');
    expect(el.stallTimeout).to.equal(20);
    expect(clean(shadow(el, 'h2')?.textContent)).to.equal('Demo part 1');

    mounted.render(h(SpfPodcastPlayer, props('part-2'), fallback));
    await waitUntil(() => clean(shadow(el, 'h2')?.textContent) === 'Demo part 2', 'the new episode did not show');
    expect(el.getAttribute('episode')).to.equal('part-2');
    expect(requests.to(feed)).to.equal(1);

    shadow<HTMLButtonElement>(el, '[part="play-button"]')?.click();
    await waitUntil(() => played.length > 0, 'onSpfPlay did not fire', { timeout: 8000 });
    expect(played[0].detail.episode.id).to.equal('part-2');
  });

  it('unmounting a playing player stops the audio and leaves no listeners, intervals or timeouts behind', async () => {
    const feed = playerFeed();
    const leftovers = watchLeftovers();
    try {
      let played = 0;
      mounted = mount(
        createRoot,
        flushSync,
        h(SpfPodcastPlayer, { feed, episode: 'part-1', onSpfPlay: () => played++ }),
      );
      const el = mounted.container.querySelector('spf-podcast-player') as SpfPodcastPlayerElement;
      await waitUntil(() => shadow(el, '[part="play-button"]'), 'the player did not get ready', { timeout: 8000 });
      shadow<HTMLButtonElement>(el, '[part="play-button"]')?.click();
      await waitUntil(() => played > 0, 'onSpfPlay did not fire', { timeout: 8000 });
      expect(el.audio.paused).to.equal(false);

      mounted.unmount();
      mounted = undefined;
      expect(el.isConnected).to.equal(false);
      expect(el.audio.paused).to.equal(true);
      // Timeouts started before unmounting may still end (the test's own waits are not counted); none stays.
      leftovers.stopCounting();
      await waitUntil(() => leftovers.timeouts() === 0, 'timeouts still pending', { timeout: 12000 }).catch(() => {
        throw new Error(`Timeouts still pending:\n${leftovers.pending().join('\n')}`);
      });
      expect(leftovers.listeners()).to.deep.equal([]);
      expect(leftovers.intervals()).to.equal(0);
    } finally {
      leftovers.stop();
    }
  });

  it('unmounting every wrapper at once leaves no listeners, intervals or timeouts behind', async () => {
    const leftovers = watchLeftovers();
    try {
      const feed = checkinFeed();
      mounted = mount(
        createRoot,
        flushSync,
        h(
          'div',
          null,
          h(SpfResources, { feed: resourcesFeed(), syncUrl: true, onSpfFeedLoad: () => {} }),
          h(
            SpfFeed,
            { src: feed },
            h(SpfWellbeingCheckin, { checkin: 'team-dip', history: true, onSpfCheckin: () => {} }),
          ),
          h(SpfDiagnosticCard, { feed: diagnosticFeed(), onSpfDiagnosticChange: () => {} }),
          h(SpfPodcastPlayer, { feed: playerFeed(), series: 'demo' }),
        ),
      );
      const elements = [
        ...mounted.container.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
          'spf-resources, spf-wellbeing-checkin, spf-diagnostic-card, spf-podcast-player',
        ),
      ];
      expect(elements).to.have.length(4);
      await Promise.all(elements.map((el) => ready(el)));
      mounted.unmount();
      mounted = undefined;
      expect(elements.every((el) => !el.isConnected)).to.equal(true);
      leftovers.stopCounting();
      await waitUntil(() => leftovers.timeouts() === 0, 'timeouts still pending', { timeout: 12000 }).catch(() => {
        throw new Error(`Timeouts still pending:\n${leftovers.pending().join('\n')}`);
      });
      expect(leftovers.listeners()).to.deep.equal([]);
      expect(leftovers.intervals()).to.equal(0);
    } finally {
      leftovers.stop();
    }
  });

  it('hydrates what a server rendered (test/node/react.test.mjs): no mismatch, the props and handlers take over', async () => {
    const feed = resourcesFeed();
    const container = document.createElement('div');
    // What renderToString gives on a server for the element below.
    container.innerHTML = `<spf-resources feed="${feed}" topic="stress" page-size="2"><a href="https://www.unison.org.uk/">UNISON</a></spf-resources>`;
    document.body.append(container);
    const el = container.querySelector('spf-resources') as SpfResourcesElement;
    const errors: string[] = [];
    const loads: SpfFeedLoadEvent[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    let root: ReturnType<typeof hydrateRoot> | undefined;
    try {
      flushSync(() => {
        root = hydrateRoot(
          container,
          h(
            SpfResources,
            { feed, topic: 'stress', pageSize: 2, onSpfFeedLoad: (event: SpfFeedLoadEvent) => loads.push(event) },
            h('a', { href: 'https://www.unison.org.uk/' }, 'UNISON'),
          ),
          { onRecoverableError: (reason) => errors.push(String(reason)) },
        );
      });
      await waitUntil(() => loads.length > 0, 'onSpfFeedLoad did not fire after hydration');
      expect(container.querySelector('spf-resources')).to.equal(el, 'React kept the element the server wrote');
      expect(el.topic).to.equal('stress');
      expect(el.pageSize).to.equal(2);
      expect(el.querySelector('a')?.textContent).to.equal('UNISON');
      expect(requests.to(feed)).to.equal(1);
      expect(errors).to.deep.equal([]);
    } finally {
      console.error = error;
      root?.unmount();
      container.remove();
    }
  });

  it('SpfWellbeingCheckin: props, children and onSpfCheckin with ids only', async () => {
    const feed = checkinFeed();
    const checkins: SpfCheckinEvent[] = [];
    mounted = mount(
      createRoot,
      flushSync,
      h(
        SpfWellbeingCheckin,
        { feed, checkin: 'team-dip', headingLevel: 3, onSpfCheckin: (event: SpfCheckinEvent) => checkins.push(event) },
        h('p', null, 'Talk to your line manager.'),
      ),
    );
    const el = mounted.container.querySelector('spf-wellbeing-checkin');
    if (!el) throw new Error('no <spf-wellbeing-checkin>');
    expect(el.querySelector('p')?.textContent).to.equal('Talk to your line manager.');
    await ready(el);
    expect(el.checkin).to.equal('team-dip');
    expect(el.headingLevel).to.equal(3);
    expect(shadow(el, 'h3')).to.exist;
    const label = [...(el.shadowRoot?.querySelectorAll<HTMLLabelElement>('.option label') ?? [])].find(
      (each) => clean(each.querySelector('.label')?.textContent) === 'Fine',
    );
    expect(label).to.exist;
    (el.shadowRoot?.getElementById(label?.htmlFor ?? '') as HTMLInputElement).click();
    shadow<HTMLButtonElement>(el, '[part="submit-button"]')?.click();
    await waitUntil(() => checkins.length > 0, 'onSpfCheckin did not fire');
    expect(checkins[0].detail).to.deep.equal({ checkin: 'team-dip', option: 'fine', band: 'ok' });
  });

  it('SpfDiagnosticCard: props become attributes and properties; onSpfDiagnosticChange fires with the answers', async () => {
    const feed = diagnosticFeed();
    const changes: SpfDiagnosticChangeEvent[] = [];
    mounted = mount(
      createRoot,
      flushSync,
      h(SpfDiagnosticCard, {
        feed,
        diagnostic: 'mini',
        storageKey: 'react-test',
        onSpfDiagnosticChange: (event: SpfDiagnosticChangeEvent) => changes.push(event),
      }),
    );
    const el = mounted.container.querySelector('spf-diagnostic-card');
    if (!el) throw new Error('no <spf-diagnostic-card>');
    await ready(el);
    expect(el.diagnostic).to.equal('mini');
    expect(el.storageKey).to.equal('react-test');
    shadow<HTMLButtonElement>(el, '#open-0')?.click();
    await el.updateComplete;
    shadow<HTMLLabelElement>(el, 'label[for="st-0-1-2"]')?.click();
    await waitUntil(() => changes.length > 0, 'onSpfDiagnosticChange did not fire');
    expect(changes[0].detail.diagnostic).to.equal('mini');
    expect(Object.values(changes[0].detail.answers)).to.deep.equal([2]);
  });

  it('SpfFeed: one request for the elements inside; onSpfFeedLoad once, onSpfFeedError for a missing feed', async () => {
    const feed = checkinFeed();
    const loads: SpfFeedLoadEvent[] = [];
    const errors: SpfFeedErrorEvent[] = [];
    const tree = (src: string) =>
      h(
        SpfFeed,
        {
          src,
          timeout: 5000,
          onSpfFeedLoad: (event: SpfFeedLoadEvent) => event.target === event.currentTarget && loads.push(event),
          onSpfFeedError: (event: SpfFeedErrorEvent) => event.target === event.currentTarget && errors.push(event),
        },
        h(SpfWellbeingCheckin, { checkin: 'team-dip' }),
        h(SpfResources, { pageSize: 1 }),
      );
    mounted = mount(createRoot, flushSync, tree(feed));
    const provider = mounted.container.querySelector('spf-feed');
    const checkin = mounted.container.querySelector('spf-wellbeing-checkin');
    const list = mounted.container.querySelector('spf-resources');
    if (!provider || !checkin || !list) throw new Error('the tree did not render');
    expect(provider.src).to.equal(feed);
    expect(provider.timeout).to.equal(5000);
    await ready(checkin);
    await ready(list);
    await waitUntil(() => loads.length > 0, 'onSpfFeedLoad did not fire');
    expect(loads).to.have.length(1);
    expect(loads[0].detail.url).to.equal(feed);
    expect(requests.to(feed)).to.equal(1);

    const missing = fresh('no-such-feed.json');
    mounted.render(tree(missing));
    await waitUntil(() => errors.length > 0, 'onSpfFeedError did not fire');
    expect(errors[0].detail).to.include({ url: missing, kind: 'http' });
    await ready(checkin);
    expect(shadow(checkin, '[part="error"]')).to.exist;
  });
});
