import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { SpfPodcastPlayer } from './spf-podcast-player.js';
import type { SpfEndedEvent, SpfPauseEvent, SpfPlayEvent, SpfProgressEvent } from './events.js';
import { engine } from '../../../test/helpers/engines.js';
import {
  itPlays,
  $,
  $$,
  fakeMedia,
  feedUrl,
  lengthShown,
  live,
  metadata,
  playButton,
  playedPast,
  ready,
  reset,
  slider,
  smallTargets,
  text,
  total,
} from './test-helpers.js';

const key = (id: string) => `spf-podcast-player:v1:${feedUrl}#${id}`;

async function player(attributes: Record<string, string> = {}): Promise<SpfPodcastPlayer> {
  const el = document.createElement('spf-podcast-player');
  el.setAttribute('feed', feedUrl);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const wrapper = await fixture(html`<div>${el}</div>`);
  expect(wrapper).to.exist;
  await ready(el);
  return el;
}

describe('<spf-podcast-player>', function () {
  this.timeout(30000);
  beforeEach(reset);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows the first episode with its title, total time from the feed, chapters and download link, and passes axe', async () => {
    const el = await player();
    expect(text($(el, 'h2'))).to.equal('Demo part 1');
    expect(text($(el, '[part="time"]'))).to.match(/^0:00 \/ 0:3\d$/);
    expect(text(playButton(el))).to.equal('Play');
    expect($$(el, '[part="chapters"] button').map(text)).to.deep.equal([
      '0:00 About this demo',
      '0:11 Why bullying matters',
      '0:21 Tackling it together',
    ]);
    expect(text($(el, '[part="download"]'))).to.equal('Download (MP3, 90 KB)');
    expect($<HTMLAnchorElement>(el, '[part="download"]')!.href).to.match(/bullying-harassment-part-1\.mp3$/);
    expect(el.audio.preload).to.equal('metadata');
    expect(el.audio.src).to.match(/part-1\.(opus|mp3)$/);
    await expect(el).to.be.accessible();
  });

  it('shows a loading state that passes axe', async () => {
    const el = document.createElement('spf-podcast-player');
    el.setAttribute('feed', feedUrl);
    // Checked right after the first render: fixture() waits a frame, in which
    // WebKit can already have loaded the feed.
    fixtureSync(html`<div>${el}</div>`);
    await el.updateComplete;
    expect($(el, '[aria-busy="true"]')).to.exist;
    await expect(el).to.be.accessible();
    await ready(el);
  });

  it('keeps its controls visible in forced-colours mode', async () => {
    try {
      await emulateMedia({ forcedColors: 'active' });
    } catch {
      // Only Chromium's driver can emulate forced colours (not Firefox over
      // BiDi, nor WebKit over WebDriver classic); the others still get the checks below.
    }
    try {
      const el = await player();
      for (const button of [playButton(el), $(el, 'button.back')!, $(el, 'button.mute')!]) {
        const style = getComputedStyle(button);
        expect(style.borderTopStyle).to.equal('solid');
        expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
        expect(button.querySelector('svg')!.getAttribute('fill')).to.equal('currentColor');
      }
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ forcedColors: 'none' }).catch(() => undefined);
    }
  });

  it('fits the page outline with heading-level', async () => {
    const el = await player({ 'heading-level': '3', series: 'demo' });
    expect(text($(el, 'h3'))).to.equal('Demo part 1');
    expect($$(el, 'h4').map(text)).to.deep.equal(['Chapters', 'Episodes in this series']);
    expect($(el, 'h2')).to.equal(null);
  });

  itPlays('plays the real demo audio, announces it and fires spf-play, then pauses', async () => {
    const el = await player();
    const played = oneEvent<SpfPlayEvent>(el, 'spf-play');
    playButton(el).click();
    const event = await played;
    expect(event.detail.episode.id).to.equal('part-1');
    await playedPast(el, 0.5);
    expect(text(playButton(el))).to.equal('Pause');
    expect(live(el)).to.equal('Playing: Demo part 1');
    await waitUntil(() => text($(el, '[part="time"]')).startsWith('0:01'), 'the time did not tick', { timeout: 10000 });
    expect($(el, '[part="time"]')!.closest('[aria-live], [role="status"]')).to.equal(null);
    await expect(el).to.be.accessible();
    const paused = oneEvent<SpfPauseEvent>(el, 'spf-pause');
    const progress = oneEvent<SpfProgressEvent>(el, 'spf-progress');
    playButton(el).click();
    expect((await paused).detail.episode.id).to.equal('part-1');
    const detail = (await progress).detail;
    expect(detail.position).to.be.greaterThan(0.5);
    expect(detail.duration).to.be.closeTo(31, 2);
    await el.updateComplete;
    expect(live(el)).to.equal('Paused');
    expect(text(playButton(el))).to.equal('Play');
  });

  it('seeks with the keyboard on the slider: arrows 5 s, Page Up/Down 30 s, Home and End', async () => {
    const el = await player();
    await metadata(el);
    const seek = slider(el);
    seek.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.audio.currentTime).to.be.closeTo(5, 0.05); // MP3 seeks land on a frame edge in WebKit
    expect(seek.getAttribute('aria-valuetext')).to.match(/^5 seconds of 3\d seconds$/);
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.audio.currentTime).to.be.closeTo(0, 0.05); // MP3 seeks land on a frame edge in WebKit
    await sendKeys({ press: 'PageUp' });
    expect(el.audio.currentTime).to.be.closeTo(30, 0.05); // MP3 seeks land on a frame edge in WebKit
    await sendKeys({ press: 'PageDown' });
    expect(el.audio.currentTime).to.be.closeTo(0, 0.05); // MP3 seeks land on a frame edge in WebKit
    await sendKeys({ press: 'End' });
    expect(el.audio.currentTime).to.be.closeTo(total(el), 1);
    await sendKeys({ press: 'Home' });
    expect(el.audio.currentTime).to.be.closeTo(0, 0.05); // MP3 seeks land on a frame edge in WebKit
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.audio.currentTime).to.be.closeTo(0, 0.05); // MP3 seeks land on a frame edge in WebKit
    await el.updateComplete;
    expect(seek.value).to.equal('0');
    expect(seek.getAttribute('aria-valuetext')).to.match(/^0 seconds of 3\d seconds$/);
  });

  it('says long positions in words: "1 minute 5 seconds of 23 minutes"', async () => {
    const el = await player();
    // Only the words are checked here, so the audio reports a longer length.
    await fakeMedia(el, 23 * 60, 65);
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('1 minute 5 seconds of 23 minutes');
  });

  itPlays('changes speed from 0.75× to 2×', async () => {
    const el = await player();
    const select = $<HTMLSelectElement>(el, 'select')!;
    expect([...select.options].map((option) => option.textContent)).to.deep.equal([
      '0.75×',
      '1×',
      '1.25×',
      '1.5×',
      '1.75×',
      '2×',
    ]);
    expect(select.value).to.equal('1');
    select.value = '1.5';
    select.dispatchEvent(new Event('change'));
    expect(el.audio.playbackRate).to.equal(1.5);
    playButton(el).click();
    await playedPast(el, 0.2);
    expect(el.audio.playbackRate).to.equal(1.5);
    select.value = '0.75';
    select.dispatchEvent(new Event('change'));
    expect(el.audio.playbackRate).to.equal(0.75);
  });

  it('jumps to a chapter and marks the current chapter', async () => {
    const el = await player();
    await metadata(el);
    const chapters = () => $$(el, '[part="chapters"] button');
    expect(chapters()[0].getAttribute('aria-current')).to.equal('true');
    chapters()[1].click();
    await el.updateComplete;
    expect(el.audio.currentTime).to.be.closeTo(11, 0.05); // MP3 seeks land on a frame edge in WebKit
    expect(chapters().map((chapter) => chapter.getAttribute('aria-current'))).to.deep.equal([null, 'true', null]);
    expect(getComputedStyle(chapters()[1]).fontWeight).to.equal('700');
    expect(getComputedStyle(chapters()[1]).borderLeftWidth).to.equal('6px');
  });

  it('skips back 15 and forward 30 seconds with buttons', async () => {
    const el = await player();
    await metadata(el);
    $<HTMLButtonElement>(el, 'button.forward')!.click();
    expect(el.audio.currentTime).to.be.closeTo(30, 0.05); // MP3 seeks land on a frame edge in WebKit
    $<HTMLButtonElement>(el, 'button.back')!.click();
    expect(el.audio.currentTime).to.be.closeTo(15, 0.05); // MP3 seeks land on a frame edge in WebKit
    expect(text($(el, 'button.back'))).to.equal('Back 15 seconds');
  });

  it('mutes and sets the volume', async () => {
    const el = await player();
    const mute = $<HTMLButtonElement>(el, 'button.mute')!;
    expect(mute.getAttribute('aria-pressed')).to.equal('false');
    mute.click();
    await waitUntil(() => mute.getAttribute('aria-pressed') === 'true', 'not muted');
    expect(el.audio.muted).to.equal(true);
    const volume = $<HTMLInputElement>(el, '.volume input')!;
    volume.value = '40';
    volume.dispatchEvent(new Event('input'));
    expect(el.audio.volume).to.be.closeTo(0.4, 0.001);
    expect(el.audio.muted).to.equal(false);
  });

  itPlays(
    'loads the transcript on opening, seeks when a cue is clicked, and marks the cue at the current time',
    async () => {
      const el = await player();
      await metadata(el);
      const details = $<HTMLDetailsElement>(el, '[part="transcript"]')!;
      $<HTMLElement>(el, '[part="transcript"] summary')!.click();
      await waitUntil(() => $$(el, 'button.cue').length > 3, 'no cues', { timeout: 8000 });
      expect(details.open).to.equal(true);
      const cues = $$(el, 'button.cue');
      expect(text(cues[0])).to.equal('0:00 Narrator: This is a short demo recording for the SPF wellbeing widgets.');
      // Before the first cue (0.3 s) no cue is current.
      expect(cues.filter((cue) => cue.hasAttribute('aria-current'))).to.have.length(0);
      await expect(el).to.be.accessible();
      cues[2].click();
      await el.updateComplete;
      expect(el.audio.currentTime).to.be.closeTo(6.03, 0.01);
      expect($$(el, 'button.cue').findIndex((cue) => cue.getAttribute('aria-current') === 'true')).to.equal(2);
      // The current cue follows playback.
      $$(el, '[part="chapters"] button')[1].click();
      playButton(el).click();
      await playedPast(el, 11.2);
      const current = $$(el, 'button.cue').find((cue) => cue.getAttribute('aria-current') === 'true')!;
      expect(text(current)).to.contain('Bullying harms staff');
      expect(getComputedStyle(current).fontWeight).to.equal('700');
      // The list keeps the current cue in view.
      const list = $(el, '.cues')!;
      const box = current.getBoundingClientRect();
      const view = list.getBoundingClientRect();
      expect(box.top).to.be.at.least(view.top - 1);
      expect(box.bottom).to.be.at.most(view.bottom + 1);
    },
  );

  it('searches the transcript, highlights matches and announces the count', async () => {
    const el = await player();
    $<HTMLElement>(el, '[part="transcript"] summary')!.click();
    await waitUntil(() => $(el, 'input[type="search"]'), 'no search box', { timeout: 8000 });
    const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'podcast' });
    await el.updateComplete;
    // The matches, in a list of their own; the whole transcript's list is hidden meanwhile.
    const shown = $$(el, '.cues:not([hidden]) button.cue');
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.every((cue) => /podcast/i.test(text(cue)))).to.equal(true);
    expect(text($(el, 'mark'))).to.match(/^podcast$/i);
    expect(text($(el, '.count'))).to.equal(`${shown.length} result${shown.length === 1 ? '' : 's'}`);
    await waitUntil(() => /results?$/.test(live(el)), 'the count was not announced', { timeout: 3000 });
    await expect(el).to.be.accessible();
    search.value = 'zzzz';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text($(el, '.count'))).to.equal('0 results');
  });

  it('reads a Podcasting 2.0 JSON transcript and a JSON chapters file', async () => {
    const el = await player({ episode: 'part-2' });
    await waitUntil(() => $$(el, '[part="chapters"] button').length === 3, 'no chapters from the file', {
      timeout: 8000,
    });
    expect($$(el, '[part="chapters"] button').map(text)).to.deep.equal([
      '0:00 About this demo',
      '0:11 The cultural ambassadors project',
      '0:25 Learning from it',
    ]);
    $<HTMLElement>(el, '[part="transcript"] summary')!.click();
    await waitUntil(() => $$(el, 'button.cue').length === 2, 'no cues', { timeout: 8000 });
    expect(text($$(el, 'button.cue')[0])).to.equal('0:00 Darth Vader: I am your father.');
  });

  itPlays('says when there is no transcript, and shows "unknown length" until metadata loads', async () => {
    const el = document.createElement('spf-podcast-player');
    el.setAttribute('feed', feedUrl);
    el.setAttribute('episode', 'no-extras');
    const loaded = oneEvent(el, 'spf-feed-load');
    document.body.append(el);
    try {
      await loaded;
      await el.updateComplete;
      expect(text($(el, '[part="time"]'))).to.equal('0:00 / unknown length');
      expect(slider(el).getAttribute('aria-valuetext')).to.equal('0 seconds of unknown length');
      expect(text($(el, '.no-transcript'))).to.equal('There is no transcript for this episode.');
      expect($(el, '[part="transcript"]')).to.equal(null);
      await expect(el).to.be.accessible();
      await lengthShown(el);
      expect(text($(el, '[part="time"]'))).to.match(/^0:00 \/ 0:3\d$/);
    } finally {
      el.remove();
    }
  });

  it('shows a message with Retry when the transcript cannot be loaded', async () => {
    const el = await player({ episode: 'broken-transcript' });
    $<HTMLElement>(el, '[part="transcript"] summary')!.click();
    await waitUntil(() => text($(el, '[part="transcript"]')).includes('could not load'), 'no message', {
      timeout: 8000,
    });
    expect(text($(el, '[part="transcript"] button'))).to.equal('Try again');
    await expect(el).to.be.accessible();
  });

  itPlays('starts at the start attribute (mm:ss)', async () => {
    const el = await player({ start: '0:12' });
    expect(text($(el, '[part="time"]'))).to.match(/^0:12 /);
    await metadata(el);
    await waitUntil(() => el.audio.currentTime === 12, 'did not start at 12 s', { timeout: 5000 });
  });

  it('starts at the time in a copied link (#t=0:12)', async () => {
    const before = location.href;
    history.replaceState(null, '', '#t=0:12');
    try {
      const el = await player();
      // WebKitGTK can land a seek in the Ogg Opus file on the page before the time asked (9.99 s for 12 s); once
      // it has, the player shows where the audio is.
      expect(text($(el, '[part="time"]'))).to.match(engine === 'webkit' ? /^0:(09|1[0-2]) / : /^0:12 /);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  itPlays('remembers the position and offers to resume', async () => {
    localStorage.setItem(key('part-1'), '12');
    const el = await player();
    const resume = $<HTMLButtonElement>(el, '[part="resume"]')!;
    expect(text(resume)).to.equal('Resume from 0:12');
    await expect(el).to.be.accessible();
    resume.click();
    await playedPast(el, 12.2);
    expect($(el, '[part="resume"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(playButton(el));
    $<HTMLButtonElement>(el, 'button.back')!.click();
    await waitUntil(() => el.audio.currentTime < 5, 'did not go back');
    $<HTMLButtonElement>(el, 'button.forward')!.click();
    playButton(el).click();
    await waitUntil(() => el.audio.paused);
    expect(Number(localStorage.getItem(key('part-1')))).to.be.within(6, 30);
  });

  it('does not offer to resume a position near the start or the end', async () => {
    localStorage.setItem(key('part-1'), '3');
    localStorage.setItem(key('part-2'), '30');
    const el = await player();
    expect($(el, '[part="resume"]')).to.equal(null);
    el.episode = 'part-2';
    await el.updateComplete;
    expect($(el, '[part="resume"]')).to.equal(null);
  });

  it('keeps working when storage throws', async () => {
    const original = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new Error('blocked');
    };
    try {
      const el = await player();
      expect(text(playButton(el))).to.equal('Play');
    } finally {
      Storage.prototype.getItem = original;
    }
  });

  itPlays('plays a series in order, with an episode list and previous and next', async () => {
    const el = await player({ series: 'demo' });
    expect(text($(el, '.meta'))).to.equal('Part 1 of 2');
    const items = () => $$(el, '[part="episode-list"] button');
    expect(items().map(text)).to.deep.equal(['Demo part 1', 'Demo part 2']);
    expect(items()[0].getAttribute('aria-current')).to.equal('true');
    expect($(el, 'button.previous')).to.equal(null);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'button.next')!.click();
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Demo part 2');
    expect(items()[1].getAttribute('aria-current')).to.equal('true');
    expect(live(el)).to.equal('Now playing: Demo part 2');
    $<HTMLButtonElement>(el, 'button.previous')!.click();
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Demo part 1');
    // At the end of part 1, part 2 starts on its own.
    await metadata(el);
    el.audio.currentTime = total(el) - 1;
    const ended = oneEvent<SpfEndedEvent>(el, 'spf-ended');
    playButton(el).click();
    expect((await ended).detail.episode.id).to.equal('part-1');
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Demo part 2');
    await playedPast(el, 0.2);
    expect(el.audio.src).to.match(/part-2\.(opus|mp3)$/);
  });

  it("keeps the listener's episode and open transcript when moved in the page; the page's episode attribute wins", async () => {
    const el = await player({ series: 'demo' });
    $<HTMLElement>(el, '[part="transcript"] summary')!.click();
    await waitUntil(() => text($(el, 'button.cue')).includes('short demo recording'), 'no cues', { timeout: 8000 });
    $<HTMLButtonElement>(el, 'button.next')!.click();
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Demo part 2');
    // The panel stays open, with the new episode's transcript.
    await waitUntil(() => text($(el, 'button.cue')).includes('Darth Vader'), 'no cues for part 2', { timeout: 8000 });
    expect($<HTMLDetailsElement>(el, '[part="transcript"]')!.open).to.equal(true);
    // Moved to another place in the page: it let the audio go, and loads part 2 again.
    const elsewhere = document.createElement('div');
    el.parentElement!.append(elsewhere);
    elsewhere.append(el);
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Demo part 2');
    expect(el.audio.src).to.match(/part-2\.(opus|mp3)$/);
    // The page chooses an episode: that one shows.
    el.episode = 'no-extras';
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('No duration, no transcript');
    expect(el.audio.src).to.match(/partnership-working-hswg-chairs\.mp3$/);
    await expect(el).to.be.accessible();
  });

  itPlays('switching episode while playing: spf-pause for the old one, and the new one plays', async () => {
    const el = await player({ series: 'demo' });
    playButton(el).click();
    await playedPast(el, 0.2);
    const events: string[] = [];
    for (const type of ['spf-pause', 'spf-play'] as const)
      el.addEventListener(type, (event) => events.push(`${type} ${event.detail.episode.id}`));
    $<HTMLButtonElement>(el, 'button.next')!.click();
    await playedPast(el, 0.2);
    expect(el.audio.src).to.match(/part-2\.(opus|mp3)$/);
    expect(events).to.deep.equal(['spf-pause part-1', 'spf-play part-2']);
    expect(live(el)).to.equal('Playing: Demo part 2');
    expect(text(playButton(el))).to.equal('Pause');
    playButton(el).click();
  });

  it('goes to a chapter past the length the engine has measured so far, and skips no further than the end', async () => {
    const el = await player();
    // An engine can report the part of a file fetched so far as its length.
    await fakeMedia(el, 10);
    $$(el, '[part="chapters"] button')[2].click();
    await el.updateComplete;
    expect(text($(el, '[part="time"]'))).to.match(/^0:21 \//);
    // Forward does not go back to that length; back goes back.
    $<HTMLButtonElement>(el, 'button.forward')!.click();
    await el.updateComplete;
    expect(text($(el, '[part="time"]'))).to.match(/^0:21 \//);
    $<HTMLButtonElement>(el, 'button.back')!.click();
    await el.updateComplete;
    expect(text($(el, '[part="time"]'))).to.match(/^0:0\d \//);
    // With the real length known, forward stops at the end.
    await fakeMedia(el, 31);
    $$(el, '[part="chapters"] button')[2].click();
    $<HTMLButtonElement>(el, 'button.forward')!.click();
    await el.updateComplete;
    expect(text($(el, '[part="time"]'))).to.equal('0:31 / 0:31');
  });

  it('copies a link at the current time, or shows it when copying fails', async () => {
    const el = await player();
    // Only the link is checked here: where a real file lands after a seek is the engine's (WebKitGTK's Ogg Opus
    // can land 2 s early), and WebKit can report the part of a file fetched so far as its length.
    await fakeMedia(el, 31);
    $$(el, '[part="chapters"] button')[1].click();
    await el.updateComplete;
    expect(text($(el, '[part="time"]'))).to.match(/^0:11 /);
    let written = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: (value: string) => {
          written = value;
          return Promise.resolve();
        },
      },
    });
    try {
      $<HTMLButtonElement>(el, 'button.copy')!.click();
      await waitUntil(() => live(el) === 'Link copied', 'not announced');
      expect(written).to.equal(`${location.href.split('#')[0]}#t=0:11`);
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
      $<HTMLButtonElement>(el, 'button.copy')!.click();
      await waitUntil(() => $(el, '.copy-fallback input'), 'no fallback');
      const input = $<HTMLInputElement>(el, '.copy-fallback input')!;
      expect(input.readOnly).to.equal(true);
      expect(input.value).to.equal(written);
      expect(el.shadowRoot!.activeElement).to.equal(input);
      await expect(el).to.be.accessible();
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  itPlays('sets Media Session metadata while playing', async () => {
    const el = await player({ series: 'demo' });
    playButton(el).click();
    await playedPast(el, 0.2);
    // Engines without the Media Session API just play.
    if ('mediaSession' in navigator) {
      // The Media Session code loads on first play, so the metadata comes a moment after playback starts.
      await waitUntil(() => navigator.mediaSession.metadata, 'no Media Session metadata', { timeout: 8000 });
      expect(navigator.mediaSession.metadata?.title).to.equal('Demo part 1');
      expect(navigator.mediaSession.metadata?.artist).to.equal('Demo voice');
    }
    expect(text(playButton(el))).to.equal('Pause');
    playButton(el).click();
  });

  it('in Welsh: labels, time words, transcript and messages', async () => {
    const el = await player({ lang: 'cy' });
    expect(text(playButton(el))).to.equal('Chwarae');
    expect(text($(el, 'button.back'))).to.equal('Yn ôl 15 eiliad');
    expect(text($(el, 'h2'))).to.equal('Rhan 1 enghreifftiol');
    expect(slider(el).getAttribute('aria-valuetext')).to.match(/^0 eiliad o 3\d eiliad$/);
    expect(text($(el, '[part="download"]'))).to.equal('Lawrlwytho (MP3, 90 KB)');
    expect(text($(el, '[part="transcript"] summary'))).to.equal('Trawsgrifiad');
    expect(text($(el, 'label.field'))).to.contain('Cyflymder');
    expect(text($(el, '[part="chapters"] button'))).to.equal('0:00 Am y recordiad hwn');
    await fakeMedia(el, 2 * 60);
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('0 eiliad o 2 funud');
    await expect(el).to.be.accessible();
  });

  it('compact: icon buttons keep their names, and pass axe', async () => {
    const el = await player({ compact: '' });
    expect(el.compact).to.equal(true);
    expect($(el, '.summary')).to.equal(null);
    expect(playButton(el).getBoundingClientRect().width).to.be.lessThan(120);
    await expect(el).to.be.accessible();
  });

  it('reflows at 320px with every target at least 24px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await player({ series: 'demo' });
    $<HTMLElement>(el, '[part="transcript"] summary')!.click();
    await waitUntil(() => $$(el, 'button.cue').length > 0, 'no cues', { timeout: 8000 });
    $$(el, '[part="chapters"] button')[1].click();
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    expect($(el, '[part="base"]')!.scrollWidth).to.be.at.most(320);
    // The transcript list scrolls up and down only.
    const cues = $(el, '.cues')!;
    expect(cues.scrollWidth).to.be.at.most(cues.clientWidth);
    expect(smallTargets(el)).to.deep.equal([]);
    expect(playButton(el).getBoundingClientRect().height).to.be.at.least(44);
  });
});
