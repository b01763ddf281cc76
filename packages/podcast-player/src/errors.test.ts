import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SpfPodcastPlayer } from './spf-podcast-player.js';
import { itPlays, $, $$, feedUrl, fixtureUrl, playButton, playedPast, ready, reset, text } from './test-helpers.js';

async function player(episode: string, extra = ''): Promise<SpfPodcastPlayer> {
  const wrapper = await fixture(
    html`<div>
      <spf-podcast-player feed=${feedUrl} episode=${episode} stall-timeout=${extra || '10'}>
        <audio controls preload="none" src="fallback.mp3"></audio>
        <a class="fallback-link" href="fallback.mp3">Download the episode</a>
      </spf-podcast-player>
    </div>`,
  );
  const el = wrapper.querySelector('spf-podcast-player')!;
  await ready(el);
  return el;
}

const error = (el: SpfPodcastPlayer) => $(el, '[part="error"]');

async function errorShown(el: SpfPodcastPlayer, message: string): Promise<void> {
  await waitUntil(() => text(error(el)).includes(message), `no error saying "${message}"`, { timeout: 15000 });
  await el.updateComplete;
}

/** The light-DOM fallback (native audio and a link) is shown through the slot. */
function fallbackShown(el: SpfPodcastPlayer): boolean {
  const slot = $<HTMLSlotElement>(el, '.fallback slot');
  const link = el.querySelector<HTMLElement>('.fallback-link')!;
  return !!slot && slot.assignedElements().length === 2 && link.getBoundingClientRect().height > 0;
}

describe('<spf-podcast-player> when it cannot play', function () {
  this.timeout(30000);
  beforeEach(reset);

  it('hides the light-DOM fallback while the player works', async () => {
    const el = await player('part-1');
    expect(error(el)).to.equal(null);
    expect(el.querySelector<HTMLElement>('.fallback-link')!.getBoundingClientRect().height).to.equal(0);
  });

  it('tries the sources the browser can play, "probably" before "maybe", and skips the rest', async () => {
    // Record every source the player gives its audio element, in order.
    const tried: string[] = [];
    const src = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'src')!;
    Object.defineProperty(HTMLMediaElement.prototype, 'src', {
      configurable: true,
      get: src.get,
      set(this: HTMLMediaElement, value: string) {
        tried.push(String(value));
        src.set!.call(this, value);
      },
    });
    try {
      const el = await player('ranked');
      await waitUntil(() => tried.some((url) => /\.(opus|mp3)$/.test(url)), 'no source was tried');
      const probe = document.createElement('audio');
      const clear =
        probe.canPlayType('audio/ogg; codecs=opus') === 'probably' && probe.canPlayType('audio/ogg') === 'maybe';
      const sources = tried.filter((url) => /\.(opus|mp3|ogg|wav)$/.test(url));
      // The first source tried is the best ranked. An engine that can neither
      // measure nor seek in it (WebKitGTK with Ogg Opus) then moves on to the MP3.
      expect(sources[0]).to.match(clear ? /part-1\.opus$/ : /\.opus$/);
      // Then, only if needed, the "maybe" one; never the type the browser cannot play.
      if (sources.length > 1) expect(sources[1]).to.match(/part-2\.opus$/);
      expect(sources.some((url) => url.endsWith('part-2.mp3'))).to.equal(false);
      expect(sources).to.include(el.audio.src);
      expect(error(el)).to.equal(null);
    } finally {
      Object.defineProperty(HTMLMediaElement.prototype, 'src', src);
    }
  });

  itPlays('moves on to the next source when one is missing, and plays it', async () => {
    const el = await player('first-missing');
    playButton(el).click();
    await playedPast(el, 0.2);
    expect(el.audio.src).to.match(/part-1\.mp3$/);
    expect(error(el)).to.equal(null);
  });

  it('a missing file (404): says so, with Retry, the download link and the fallback', async () => {
    const el = await player('missing');
    // Loading the metadata already fails, so the player says so before play is pressed.
    await errorShown(el, 'We could not find the audio file.');
    const box = error(el)!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(text(box)).to.contain('Sorry, this episode cannot be played right now');
    expect(text(box)).to.contain('You can download the episode and play it on your device.');
    expect(text($(el, '[part="error"] [part="download"]'))).to.equal('Download (MP3, 1 KB)');
    expect(text($(el, '[part="error"] button'))).to.equal('Try again');
    expect($(el, '[part="controls"]')).to.equal(null);
    expect(fallbackShown(el)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('an unsupported type only: says the browser cannot play it, before any request', async () => {
    const el = await player('unknown-type');
    expect(el.audio.hasAttribute('src')).to.equal(false);
    expect(text(error(el))).to.contain('Your browser cannot play this audio file.');
    expect(text($(el, '[part="download"]'))).to.equal('Download (UNKNOWN, 90 KB)');
    expect(fallbackShown(el)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a text file served as audio: an error with Retry, and Retry tries again', async () => {
    const el = await player('text-as-audio');
    await errorShown(el, 'Your browser cannot play this audio file.');
    $<HTMLButtonElement>(el, '[part="error"] button')!.click();
    await el.updateComplete;
    expect(error(el)).to.equal(null);
    await errorShown(el, 'Your browser cannot play this audio file.');
  });

  itPlays('a stall: no progress for stall-timeout seconds while playing shows an error; Retry then plays', async () => {
    const el = await player('part-1', '1');
    // A media source that never gets data: the element waits for ever, as Safari can.
    el.audio.src = URL.createObjectURL(new MediaSource());
    playButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await errorShown(el, 'The audio has stopped loading. Your connection may be slow.');
    // Focus was on Play, which is gone: it moves to Retry rather than the page.
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="error"] button'));
    expect(el.audio.paused).to.equal(true);
    expect(fallbackShown(el)).to.equal(true);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="error"] button')!.click();
    await playedPast(el, 0.3);
    expect(error(el)).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(playButton(el));
  });

  it('an episode id the feed lacks: says so, and shows the fallback', async () => {
    const el = await player('no-such-episode');
    expect(text(error(el))).to.contain('We could not find this episode.');
    expect(text($(el, 'h2'))).to.equal('Sorry, this episode cannot be played right now');
    expect($(el, '[part="download"]')).to.equal(null);
    // Also after switching from an episode that had sources.
    el.episode = 'part-1';
    await el.updateComplete;
    expect($(el, '[part="download"]')).to.exist;
    el.episode = 'still-no-such-episode';
    await el.updateComplete;
    expect(text(error(el))).to.contain('We could not find this episode.');
    expect($(el, '[part="download"]')).to.equal(null);
    expect(fallbackShown(el)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says it in Welsh', async () => {
    const el = await player('missing');
    el.lang = 'cy';
    await errorShown(el, 'Nid oeddem yn gallu dod o hyd i’r ffeil sain.');
    expect(text(error(el))).to.contain('Mae’n ddrwg gennym, nid oes modd chwarae’r bennod hon ar hyn o bryd');
    expect(text($(el, '[part="error"] button'))).to.equal('Rhowch gynnig arall arni');
    expect(text($(el, '[part="error"] [part="download"]'))).to.equal('Lawrlwytho (MP3, 1 KB)');
    await expect(el).to.be.accessible();
  });

  it('a feed that fails keeps the fallback visible', async () => {
    const wrapper = await fixture(
      html`<div>
        <spf-podcast-player feed=${fixtureUrl('no-such-feed.json')}
          ><a class="fallback-link" href="x.mp3">Download</a></spf-podcast-player
        >
      </div>`,
    );
    const el = wrapper.querySelector('spf-podcast-player')!;
    await waitUntil(() => $(el, '[part="error"]'), 'no feed error', { timeout: 8000 });
    expect(el.querySelector<HTMLElement>('.fallback-link')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect($$(el, 'slot')).to.have.length(1);
  });
});
