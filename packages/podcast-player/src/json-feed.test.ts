import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SpfPodcastPlayer } from './spf-podcast-player.js';
import { itPlays, $, $$, fixtureUrl, lengthShown, playButton, playedPast, reset, text } from './test-helpers.js';

describe('<spf-podcast-player> with a JSON Feed podcast', function () {
  this.timeout(30000);
  beforeEach(reset);

  async function player(name: string): Promise<SpfPodcastPlayer> {
    const el = document.createElement('spf-podcast-player');
    el.setAttribute('feed', fixtureUrl(name));
    const loaded = oneEvent(el, 'spf-feed-load');
    await fixture(html`<div>${el}</div>`);
    await loaded;
    await el.updateComplete;
    return el;
  }

  itPlays('version 1.1: shows the item, never its HTML, and plays the attachment', async () => {
    const el = await player('jsonfeed-1.1-local.json');
    expect(text($(el, 'h2'))).to.equal('Special #1 - Chris Parrish');
    expect(text($(el, '[part="time"]'))).to.equal('0:00 / 0:31');
    expect(text($(el, '[part="download"]'))).to.equal('Download (MP3, 90 KB)');
    expect(text($(el, '.summary'))).to.contain('Brent interviews Chris Parrish');
    expect($$(el, 'img, b, .summary a')).to.have.length(0);
    expect(text($(el, '.no-transcript'))).to.equal('There is no transcript for this episode.');
    await expect(el).to.be.accessible();
    playButton(el).click();
    await playedPast(el, 0.3);
    playButton(el).click();
  });

  itPlays('version 1: a missing duration shows "unknown length" until the metadata loads', async () => {
    const el = await player('jsonfeed-1.0-local.json');
    expect(text($(el, 'h2'))).to.equal('Special #2 - no length given');
    expect(text($(el, '[part="time"]'))).to.equal('0:00 / unknown length');
    expect($$(el, 'script')).to.have.length(0);
    await expect(el).to.be.accessible();
    await lengthShown(el);
    expect(text($(el, '[part="time"]'))).to.match(/^0:00 \/ 0:3\d$/);
    playButton(el).click();
    await playedPast(el, 0.3);
    playButton(el).click();
  });
});
