import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SpfListenRequestEvent } from '@spf-wellbeing/core';
import { loadFeed } from '@spf-wellbeing/feed';
import type { SpfPodcastPlayer } from './spf-podcast-player.js';
import { $, feedUrl, itPlays, metadata, playButton, playedPast, ready, reset, text } from './test-helpers.js';

/** Two animation frames: long enough for an IntersectionObserver to have reported where an element is. */
const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

/** When the current test began: a request an earlier test started may finish (and be listed) during this one. */
let testStart = 0;

/** Media and feed requests the page has made during this test (the Resource Timing buffer sees them all). */
function requests() {
  const names = performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime >= testStart)
    .map((entry) => entry.name);
  return {
    feed: names.filter((name) => name === feedUrl).length,
    media: names.filter((name) => /\.(mp3|opus)(\?|$)/.test(name)).length,
  };
}

/** Players each after a tall block of the page's own, so all but the first are far off screen. */
async function archive(count: number, loading?: 'lazy' | 'eager') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      ${Array.from(
        { length: count },
        () =>
          html`<div class="spacer"></div>
            <spf-podcast-player feed=${feedUrl} loading=${loading ?? ''}></spf-podcast-player>`,
      )}
    </div>`,
  );
  for (const spacer of wrapper.querySelectorAll<HTMLElement>('.spacer')) spacer.style.blockSize = '400vh';
  const players = [...wrapper.querySelectorAll('spf-podcast-player')] as SpfPodcastPlayer[];
  if (!loading) for (const player of players) player.removeAttribute('loading');
  return players;
}

describe('<spf-podcast-player> loading', function () {
  this.timeout(30000);
  beforeEach(() => {
    reset();
    performance.clearResourceTimings();
    testStart = performance.now();
    window.scrollTo(0, 0);
  });

  it('by default, far off screen, shows its title, Play and the download link, and fetches no audio', async () => {
    const [player] = await archive(1);
    await ready(player);
    await frames();
    expect(requests()).to.deep.equal({ feed: 1, media: 0 });
    expect(player.audio.preload).to.equal('none');
    expect(text($(player, 'h2'))).to.equal('Demo part 1');
    expect(text(playButton(player))).to.equal('Play');
    expect($(player, '[part="download"]')).to.exist;
    // The controls wait: a page of forty players draws the few the reader can reach.
    expect($(player, '[part="controls"]')).to.equal(null);
    expect(player.getBoundingClientRect().height).to.be.greaterThan(300);
    await expect(player).to.be.accessible();
    expect(player.audio.readyState).to.equal(0);

    player.scrollIntoView();
    await waitUntil(() => $(player, '[part="controls"]'), 'the player did not show its controls near the screen');
    await waitUntil(() => player.audio.preload === 'metadata', 'the player did not ask for its audio near the screen');
    // The length and first frames arrive (Firefox does not list media in Resource Timing, so ask the audio).
    await metadata(player);
    await expect(player).to.be.accessible();
  });

  it('in Welsh, far off screen, its title and Play are in Welsh', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="cy">
        <div style="block-size: 400vh"></div>
        <spf-podcast-player feed=${feedUrl}></spf-podcast-player>
      </div>`,
    );
    const player = wrapper.querySelector('spf-podcast-player') as SpfPodcastPlayer;
    await ready(player);
    expect(text($(player, 'h2'))).to.equal('Rhan 1 enghreifftiol');
    expect(text(playButton(player))).to.equal('Chwarae');
    await expect(player).to.be.accessible();
  });

  it('Tab onto the Play button of a player far off screen brings its controls, with focus on their Play button', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button type="button" class="before">Before</button>
        <div style="block-size: 400vh"></div>
        <spf-podcast-player feed=${feedUrl}></spf-podcast-player>
      </div>`,
    );
    const player = wrapper.querySelector('spf-podcast-player') as SpfPodcastPlayer;
    await ready(player);
    await frames();
    expect($(player, '[part="controls"]')).to.equal(null);
    wrapper.querySelector<HTMLButtonElement>('.before')!.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => $(player, '[part="controls"]'), 'the controls did not come with focus');
    await waitUntil(
      () => player.shadowRoot!.activeElement === playButton(player),
      'focus did not move to the Play button of the controls',
    );
    expect(playButton(player).closest('[part="controls"]')).to.exist;
    await expect(player).to.be.accessible();
  });

  it('Play on a player far off screen brings its controls and puts focus on Pause', async () => {
    const [player] = await archive(1);
    await ready(player);
    await frames();
    playButton(player).click();
    await waitUntil(() => $(player, '[part="controls"]'), 'Play did not bring the controls');
    await waitUntil(
      () => player.shadowRoot!.activeElement === playButton(player),
      'focus did not move to the controls',
    );
    player.audio.pause();
  });

  itPlays('Play on a player far off screen starts the episode', async () => {
    const [player] = await archive(1);
    await ready(player);
    playButton(player).click();
    await playedPast(player, 0.1);
    playButton(player).click();
  });

  it('on a page of players, those near the screen show controls, the rest wait, and "Listen" goes to one that has started', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <spf-podcast-player feed=${feedUrl}></spf-podcast-player>
        <div style="block-size: 400vh"></div>
        <spf-podcast-player feed=${feedUrl}></spf-podcast-player>
        <div style="block-size: 400vh"></div>
        <spf-podcast-player feed=${feedUrl}></spf-podcast-player>
      </div>`,
    );
    const [near, ...far] = [...wrapper.querySelectorAll('spf-podcast-player')] as SpfPodcastPlayer[];
    await Promise.all([near, ...far].map((player) => ready(player)));
    await waitUntil(() => $(near, '[part="controls"]'), 'the player on screen did not show its controls');
    for (const player of far) expect($(player, '[part="controls"]')).to.equal(null);
    expect(requests().feed).to.equal(1);

    const request = new SpfListenRequestEvent({ episode: 'part-2', resource: 'part-2' });
    document.body.dispatchEvent(request);
    expect(request.defaultPrevented).to.equal(true);
    await waitUntil(() => text($(near, 'h2')) === 'Demo part 2', 'the player on screen did not take "Listen"');
    for (const player of far) expect($(player, '[part="controls"]')).to.equal(null);
    near.audio.pause();
  });

  it('loading="lazy" off screen fetches no feed, no media and no controls, and starts when scrolled near', async () => {
    const [player] = await archive(1, 'lazy');
    await frames();
    await player.updateComplete;
    expect(requests()).to.deep.equal({ feed: 0, media: 0 });
    expect($(player, '[part="skeleton"]')).to.exist;
    expect($(player, '[part="play-button"]')).to.equal(null);
    await expect(player).to.be.accessible();

    player.scrollIntoView();
    await ready(player);
    expect(requests().feed).to.equal(1);
    expect($(player, '[part="play-button"]')).to.exist;
    await expect(player).to.be.accessible();
  });

  it('loading="eager" fetches its feed at once, even far off screen', async () => {
    const [player] = await archive(1, 'eager');
    await waitUntil(() => requests().feed === 1, 'the eager player did not fetch its feed');
    await ready(player);
  });

  it('keeps the space of its controls while it waits, so the page below does not move when it starts', async () => {
    const [player] = await archive(1, 'lazy');
    await frames();
    const skeleton = $(player, '[part="skeleton"]')!;
    expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(300);
  });

  itPlays('starting one of several lazy players pauses the one playing', async () => {
    const [first, second] = await archive(2, 'lazy');
    first.scrollIntoView();
    await ready(first);
    playButton(first).click();
    await playedPast(first, 0.1);
    const paused = new Promise((resolve) => first.addEventListener('spf-pause', resolve, { once: true }));
    second.scrollIntoView();
    await ready(second);
    playButton(second).click();
    await playedPast(second, 0.1);
    await paused;
    expect(first.audio.paused).to.equal(true);
    playButton(second).click();
  });

  it('a lazy player off screen still takes "Listen" for an episode of a feed already in hand, and starts', async () => {
    // The list that asks has loaded the feed the player shares.
    await loadFeed(feedUrl);
    const [player] = await archive(1, 'lazy');
    await frames();
    expect($(player, '[part="play-button"]')).to.equal(null);
    const request = new SpfListenRequestEvent({ episode: 'part-2', resource: 'part-2' });
    document.body.dispatchEvent(request);
    expect(request.defaultPrevented).to.equal(true);
    await ready(player);
    await waitUntil(() => text($(player, 'h2')) === 'Demo part 2', 'the player did not load the episode asked for');
    await waitUntil(() => player.shadowRoot!.activeElement === playButton(player), 'focus did not move to the player');
    await expect(player).to.be.accessible();
    player.audio.pause();
  });

  it('leaves "Listen" alone while its feed is not in hand, so the link still works', async () => {
    const [player] = await archive(1, 'lazy');
    await frames();
    const request = new SpfListenRequestEvent({ episode: 'part-2', resource: 'part-2' });
    document.body.dispatchEvent(request);
    expect(request.defaultPrevented).to.equal(false);
    expect($(player, '[part="play-button"]')).to.equal(null);
  });
});
