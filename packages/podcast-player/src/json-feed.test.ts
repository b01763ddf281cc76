import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SpfPodcastPlayer } from './spf-podcast-player.js';
import { itPlays, $, $$, fixtureUrl, lengthShown, playButton, playedPast, ready, reset, text } from './test-helpers.js';

describe('<spf-podcast-player> with a JSON Feed podcast', function () {
  this.timeout(30000);
  beforeEach(reset);

  /**
   * A player on the fixture feed `name`, once its controls show, and the time its controls first showed: a
   * MutationObserver reads it in the render that drew them, before the audio's metadata can change it.
   */
  async function player(name: string): Promise<{ el: SpfPodcastPlayer; firstTime: string }> {
    const el = document.createElement('spf-podcast-player');
    el.setAttribute('feed', fixtureUrl(name));
    const loaded = oneEvent(el, 'spf-feed-load');
    await fixture(html`<div>${el}</div>`);
    const firstTime = new Promise<string>((resolve) => {
      const read = () => {
        const time = $(el, '[part="time"]');
        if (!time) return false;
        resolve(text(time));
        return true;
      };
      if (read()) return;
      const observer = new MutationObserver(() => read() && observer.disconnect());
      observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    });
    await loaded;
    // Its controls, once its place is known (the first frame) and their file is here.
    await ready(el);
    return { el, firstTime: await firstTime };
  }

  itPlays('version 1.1: shows the item, never its HTML, and plays the attachment', async () => {
    const { el, firstTime } = await player('jsonfeed-1.1-local.json');
    expect(text($(el, 'h2'))).to.equal('Special #1 - Chris Parrish');
    // The feed's length until the file's own (about 30.5 s) is known.
    expect(firstTime).to.equal('0:00 / 0:31');
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
    const { el, firstTime } = await player('jsonfeed-1.0-local.json');
    expect(text($(el, 'h2'))).to.equal('Special #2 - no length given');
    expect(firstTime).to.equal('0:00 / unknown length');
    expect($$(el, 'script')).to.have.length(0);
    await expect(el).to.be.accessible();
    await lengthShown(el);
    expect(text($(el, '[part="time"]'))).to.match(/^0:00 \/ 0:3\d$/);
    playButton(el).click();
    await playedPast(el, 0.3);
    playButton(el).click();
  });
});
