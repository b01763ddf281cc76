import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { SpfListenRequestEvent } from '@spf-wellbeing/core';
import type { SpfPodcastPlayer } from './spf-podcast-player.js';
import { itPlays, $, feedUrl, live, playButton, playedPast, ready, reset, text } from './test-helpers.js';

describe('<spf-podcast-player> and "Listen" requests', function () {
  this.timeout(30000);
  beforeEach(reset);

  async function page() {
    const wrapper = await fixture(
      html`<div>
        <button class="listen">Listen</button>
        <spf-podcast-player feed=${feedUrl}></spf-podcast-player>
        <spf-podcast-player feed=${feedUrl} episode="no-extras"></spf-podcast-player>
      </div>`,
    );
    const [first, second] = [...wrapper.querySelectorAll('spf-podcast-player')] as SpfPodcastPlayer[];
    await ready(first);
    await ready(second);
    return { wrapper, first, second, source: wrapper.querySelector('button.listen')! };
  }

  itPlays('takes the request: cancels it, loads and plays the episode, and moves focus to Pause', async () => {
    const { first, second, source } = await page();
    const request = new SpfListenRequestEvent({ episode: 'part-2', resource: 'part-2' });
    source.dispatchEvent(request);
    expect(request.defaultPrevented).to.equal(true);
    await first.updateComplete;
    expect(text($(first, 'h2'))).to.equal('Demo part 2');
    await playedPast(first, 0.2);
    expect(first.shadowRoot!.activeElement).to.equal(playButton(first));
    expect(document.activeElement).to.equal(first);
    expect(text(playButton(first))).to.equal('Pause');
    expect(live(first)).to.match(/^(Now playing|Playing): Demo part 2/);
    // Only one player answers.
    expect(second.audio.paused).to.equal(true);
    await expect(first).to.be.accessible();
    playButton(first).click();
  });

  itPlays('plays one episode at a time: starting a player pauses the other', async () => {
    const { first, second } = await page();
    playButton(first).click();
    await playedPast(first, 0.1);
    const paused = new Promise((resolve) => first.addEventListener('spf-pause', resolve, { once: true }));
    playButton(second).click();
    await playedPast(second, 0.1);
    await paused;
    expect(first.audio.paused).to.equal(true);
    await first.updateComplete;
    expect(text(playButton(first))).to.equal('Play');
    playButton(second).click();
  });

  it('leaves requests alone that are already taken, or for episodes its feed lacks', async () => {
    const { first, source } = await page();
    const unknown = new SpfListenRequestEvent({ episode: 'not-in-feed', resource: 'x' });
    source.dispatchEvent(unknown);
    expect(unknown.defaultPrevented).to.equal(false);
    const taken = new SpfListenRequestEvent({ episode: 'part-2', resource: 'x' });
    source.addEventListener('spf-listen-request', (event) => event.preventDefault(), { once: true });
    source.dispatchEvent(taken);
    await first.updateComplete;
    expect(text($(first, 'h2'))).to.equal('Demo part 1');
    expect(first.audio.paused).to.equal(true);
  });

  itPlays('stops listening once removed from the page, and stops playing', async () => {
    const { first, second, source } = await page();
    playButton(first).click();
    await playedPast(first, 0.1);
    first.remove();
    second.remove();
    expect(first.audio.paused).to.equal(true);
    const request = new SpfListenRequestEvent({ episode: 'part-2', resource: 'x' });
    source.dispatchEvent(request);
    expect(request.defaultPrevented).to.equal(false);
    await waitUntil(() => first.audio.paused);
  });
});
