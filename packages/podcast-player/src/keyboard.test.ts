import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SpfPodcastPlayer } from './spf-podcast-player.js';
import {
  itPlays,
  $,
  $$,
  feedUrl,
  metadata,
  playButton,
  playedPast,
  ready,
  reset,
  text,
  total,
} from './test-helpers.js';

/**
 * Waits until the audio is at `seconds` (within `within` seconds). In WebKit
 * a seek finishes a moment later (a seek to the very end ends the audio, and
 * then the player goes where the listener asked last), and an MP3 seek lands
 * on a frame edge. If the audio failed instead, the message says why.
 */
async function at(el: SpfPodcastPlayer, seconds: number, within = 0.05): Promise<void> {
  await waitUntil(() => Math.abs(el.audio.currentTime - seconds) <= within, `the audio is not at ${seconds} s`, {
    timeout: 5000,
  }).catch((error: Error) => {
    throw new Error(
      `${error.message}: it is at ${el.audio.currentTime} s. ${text($(el, '[part="error"]'))} ${el.audio.error?.message ?? ''}`,
    );
  });
}

describe('<spf-podcast-player> keyboard', function () {
  this.timeout(30000);
  beforeEach(reset);

  async function page() {
    const wrapper = await fixture(
      html`<div>
        <button class="outside">Outside</button>
        <spf-podcast-player feed=${feedUrl}></spf-podcast-player>
      </div>`,
    );
    const el = wrapper.querySelector('spf-podcast-player') as SpfPodcastPlayer;
    await ready(el);
    await metadata(el);
    return { el, outside: wrapper.querySelector<HTMLButtonElement>('button.outside')! };
  }

  it('reaches every control with Tab, in order, with a visible focus', async () => {
    const { el, outside } = await page();
    // Stop on the player's last control: one more Tab would leave the page
    // for the browser's toolbar in Firefox, and keys would no longer reach it.
    const last = $$(el, 'button, a[href], input, select, summary')
      .filter((control) => control.getBoundingClientRect().width > 0)
      .at(-1)!;
    expect(last.tagName).to.equal('SUMMARY');
    outside.focus();
    const seen: string[] = [];
    let active: HTMLElement | null = null;
    for (let i = 0; i < 20 && active !== last; i++) {
      await sendKeys({ press: 'Tab' });
      active = el.shadowRoot!.activeElement as HTMLElement | null;
      expect(active, `Tab number ${i + 1} left the player`).to.exist;
      if (!active) break;
      seen.push(active.className || active.tagName.toLowerCase());
      const style = getComputedStyle(active);
      const visible = style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
      const yellow = style.backgroundColor === 'rgb(255, 235, 59)' || style.boxShadow.includes('255, 235, 59');
      expect(visible || yellow, `focus is not visible on ${active.outerHTML.slice(0, 60)}`).to.equal(true);
    }
    expect(active, 'Tab did not reach the last control').to.equal(last);
    expect(seen.slice(0, 4)).to.deep.equal(['play', 'back', 'forward', 'input']);
    expect(seen).to.include.members(['speed', 'mute', 'button secondary', 'copy', 'summary']);
  });

  itPlays(
    'K and Space play and pause, arrows skip 5 s, J and L skip, M mutes — while focus is inside the player',
    async () => {
      const { el } = await page();
      $<HTMLButtonElement>(el, 'button.back')!.focus();
      await sendKeys({ press: 'k' });
      await playedPast(el, 0.1);
      await sendKeys({ press: 'k' });
      await waitUntil(() => el.audio.paused, 'K did not pause');
      const firstChapter = $<HTMLButtonElement>(el, '[part="chapters"] button')!;
      firstChapter.click();
      firstChapter.focus();
      expect(el.audio.currentTime).to.be.closeTo(0, 0.05); // MP3 seeks land on a frame edge in WebKit
      await sendKeys({ press: 'ArrowRight' });
      await at(el, 5);
      await sendKeys({ press: 'l' });
      await at(el, total(el), 1);
      await sendKeys({ press: 'j' });
      await at(el, total(el) - 15, 1);
      await sendKeys({ press: 'ArrowLeft' });
      await at(el, total(el) - 20, 1);
      await sendKeys({ press: 'm' });
      await waitUntil(() => el.audio.muted, 'M did not mute', { timeout: 5000 });
      await sendKeys({ press: 'M' });
      await waitUntil(() => !el.audio.muted, 'M did not unmute', { timeout: 5000 });
    },
  );

  it('Space on a button presses the button and does not also play', async () => {
    const { el } = await page();
    $<HTMLButtonElement>(el, 'button.forward')!.focus();
    await sendKeys({ press: 'Space' });
    await at(el, 30);
    expect(el.audio.paused).to.equal(true);
    playButton(el).focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !el.audio.paused, 'Space on Play did not play', { timeout: 5000 });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => el.audio.paused, 'Space on Pause did not pause', { timeout: 5000 });
  });

  it('ignores shortcuts outside the player, and in its search box and list box', async () => {
    const { el, outside } = await page();
    outside.focus();
    await sendKeys({ press: 'k' });
    await sendKeys({ press: 'm' });
    expect(el.audio.paused).to.equal(true);
    expect(el.audio.muted).to.equal(false);
    $<HTMLSelectElement>(el, 'select')!.focus();
    await sendKeys({ press: 'k' });
    await sendKeys({ press: 'm' });
    expect(el.audio.paused).to.equal(true);
    expect(el.audio.muted).to.equal(false);
    $<HTMLElement>(el, '[part="transcript"] summary')!.click();
    await waitUntil(() => $(el, 'input[type="search"]'), 'no search box', { timeout: 8000 });
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await sendKeys({ type: 'km j' });
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('km j');
    expect(el.audio.paused).to.equal(true);
    expect(el.audio.muted).to.equal(false);
    expect(el.audio.currentTime).to.be.closeTo(0, 0.05); // MP3 seeks land on a frame edge in WebKit
  });
});
