// The transcript panel as a listener meets it: speakers, search, the current
// cue, SRT and long files, a file with no cues it can read, and a transcript
// that is a web page. axe runs in each state.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SpfPodcastPlayer } from './spf-podcast-player.js';
import { $, $$, fixtureUrl, live, ready, reset, text } from './test-helpers.js';

const feed = fixtureUrl('transcript-feed.json');

async function player(episode: string, lang = 'en'): Promise<SpfPodcastPlayer> {
  const el = document.createElement('spf-podcast-player');
  el.setAttribute('feed', feed);
  el.setAttribute('episode', episode);
  el.setAttribute('lang', lang);
  await fixture(html`<div>${el}</div>`);
  await ready(el);
  return el;
}

/** Opens the transcript and waits until it shows cues or a message. */
async function open(el: SpfPodcastPlayer, what = 'button.cue, .no-cues'): Promise<void> {
  $<HTMLElement>(el, '[part="transcript"] summary')!.click();
  await waitUntil(() => $(el, what), 'the transcript did not load', { timeout: 8000 });
  await el.updateComplete;
}

/** The cues listed: while searching, the matches (the whole transcript's list is hidden). */
const cueTexts = (el: SpfPodcastPlayer) => $$(el, '.cues:not([hidden]) button.cue').map(text);

describe('<spf-podcast-player> transcript panel', function () {
  this.timeout(30000);
  beforeEach(reset);

  it('shows each speaker’s name before their words, and passes axe', async () => {
    const el = await player('voices');
    await open(el);
    expect(cueTexts(el)).to.deep.equal([
      '0:00 Dr Aisha Khan: Good morning, and thanks for joining us.',
      "0:03 Tom O'Neill: Thanks & hello <everyone> \u2014 it's great\u00a0to be here.".replace('\u00a0', ' '),
      "0:07 Dr Aisha Khan: Let's talk about night shifts.",
      "0:12 Tom O'Neill: Sure. Dr Aisha Khan: Great.",
    ]);
    expect($$(el, '.speaker').map(text)).to.deep.equal(['Dr Aisha Khan:', "Tom O'Neill:", 'Dr Aisha Khan:']);
    // Text only: the file's "<everyone>" is words on the screen, not an element.
    expect($(el, '.cues everyone')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('searches words and speakers, marks the matches, and announces the count', async () => {
    const el = await player('voices');
    await open(el);
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await sendKeys({ type: 'aisha' });
    await el.updateComplete;
    expect(cueTexts(el)).to.have.length(3);
    expect(text($(el, '.count'))).to.equal('3 results');
    expect($$(el, 'mark').map(text)).to.deep.equal(['Aisha', 'Aisha', 'Aisha']);
    await waitUntil(() => live(el) === '3 results', 'the count was not announced', { timeout: 3000 });
    await expect(el).to.be.accessible();
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'night' });
    await el.updateComplete;
    expect(cueTexts(el)).to.deep.equal(["0:07 Dr Aisha Khan: Let's talk about night shifts."]);
    expect(text($(el, 'mark'))).to.equal('night');
  });

  it('marks the current cue, and moves it when a cue is chosen with the keyboard', async () => {
    const el = await player('voices');
    await open(el);
    const current = () => $$(el, 'button.cue').findIndex((cue) => cue.getAttribute('aria-current') === 'true');
    expect(current()).to.equal(0);
    $$(el, 'button.cue')[2].focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => current() === 2, 'the chosen cue did not become current', { timeout: 8000 });
    expect(el.audio.currentTime).to.be.closeTo(7.25, 0.01);
    // Still the one item marked, and focus stays where the listener put it.
    expect($$(el, 'button.cue[aria-current]')).to.have.length(1);
    expect(el.shadowRoot!.activeElement).to.equal($$(el, 'button.cue')[2]);
    await expect(el).to.be.accessible();
  });

  it('reads an SRT transcript', async () => {
    const el = await player('srt');
    await open(el);
    expect(cueTexts(el)).to.deep.equal([
      '0:01 Hello and welcome.',
      '0:03 Rest matters & so do you.',
      '1:02:03 Two lines.',
    ]);
  });

  it('lists every cue of a long transcript, and searches it', async () => {
    const el = await player('long');
    await open(el);
    await waitUntil(() => $$(el, 'button.cue').length === 400, 'not every cue was listed', { timeout: 8000 });
    expect(text($$(el, 'button.cue')[399])).to.equal('0:29 Speaker 1: Line 400 of the long transcript.');
    const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
    search.value = 'line 39';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(cueTexts(el)).to.have.length(11);
    expect(text($(el, '.count'))).to.equal('11 results');
    expect($(el, '.more')).to.equal(null);
    // A search that matches more than 100 lists the first 100, and says so.
    search.value = 'speaker';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text($(el, '.count'))).to.equal('400 results');
    // Listed a few at a time, in short tasks.
    await waitUntil(() => cueTexts(el).length === 100, 'the first 100 matches were not listed', { timeout: 8000 });
    expect(text($(el, '.more'))).to.equal('The first 100 are listed. Add words to narrow the search.');
    // Clearing the search shows the whole transcript again, as it was.
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(cueTexts(el)).to.have.length(400);
    expect($(el, 'mark')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const [lang, message, link] of [
    ['en', 'The transcript file has no lines the player can read.', 'Open the transcript file'],
    [
      'cy',
      'Nid oes gan y ffeil trawsgrifiad unrhyw linellau y gall y chwaraewr eu darllen.',
      'Agor y ffeil trawsgrifiad',
    ],
  ]) {
    it(`says a file has no cues it can read, and links to the file (${lang})`, async () => {
      const el = await player('no-cues', lang);
      await open(el);
      expect(text($(el, '.no-cues'))).to.equal(message);
      const file = $<HTMLAnchorElement>(el, '[part="transcript"] a')!;
      expect(text(file)).to.equal(link);
      expect(file.href).to.equal(new URL('webvtt-tools/no-cues.vtt', feed).href);
      // Trying again cannot help, so there is no Try again.
      expect($(el, '[part="transcript"] button')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('offers a transcript that is a web page as a link, without fetching it', async () => {
    const el = await player('page');
    expect($(el, '[part="transcript"]')).to.equal(null);
    const link = $<HTMLAnchorElement>(el, '.transcript-page a')!;
    expect(text(link)).to.equal('Read the transcript (web page)');
    expect(link.href).to.equal('https://transcripts.example/episode-1.html');
    await expect(el).to.be.accessible();
  });
});
