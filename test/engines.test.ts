// The platform features the elements rely on, checked in every engine we test
// in (Chromium, Firefox, WebKit), through the shared core code where there is
// some. The issue lists the usual spots where engines differ; each has a test.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { baseStyles, formatDate, LocalizeController, type Translations } from '@spf-wellbeing/core';
import { engine } from './helpers/engines.js';

const strings = {
  en: { items: { one: '{count} item', other: '{count} items' } },
  cy: {
    items: {
      zero: '{count} eitem (zero)',
      one: '{count} eitem (one)',
      two: '{count} eitem (two)',
      few: '{count} eitem (few)',
      many: '{count} eitem (many)',
      other: '{count} eitem (other)',
    },
  },
} satisfies Translations<string>;

class EngineProbe extends LitElement {
  static override styles = baseStyles;
  l10n = new LocalizeController<'items'>(this, strings);
  override render() {
    return html`<button type="button" class="first">First</button>
      <a href="#here">A link</a>
      <button type="button" class="last">Last</button>
      <span class="visually-hidden">Only for screen readers</span>`;
  }
}
customElements.define('spf-engine-probe', EngineProbe);

const active = (el: EngineProbe) => el.shadowRoot!.activeElement;

describe(`platform features in ${engine}`, () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 }); // the size every test file starts with
    document.documentElement.lang = 'en';
  });

  it('applies the shared styles through adoptedStyleSheets: 44px buttons, visually hidden text', async () => {
    const el = await fixture<EngineProbe>(html`<spf-engine-probe></spf-engine-probe>`);
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    expect(button.getBoundingClientRect().width).to.be.at.least(44);
    const hidden = el.shadowRoot!.querySelector('.visually-hidden')!.getBoundingClientRect();
    expect(hidden.width * hidden.height).to.be.at.most(1);
    await expect(el).to.be.accessible();
  });

  it('moves focus with Tab and Shift+Tab and shows the NHS yellow focus only for the keyboard', async () => {
    const el = await fixture<EngineProbe>(html`<spf-engine-probe></spf-engine-probe>`);
    const first = el.shadowRoot!.querySelector<HTMLButtonElement>('.first')!;
    first.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.textContent).to.equal('A link');
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.textContent).to.equal('Last');
    const last = el.shadowRoot!.querySelector<HTMLButtonElement>('.last')!;
    expect(last.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(last).backgroundColor).to.equal('rgb(255, 235, 59)');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(active(el)?.textContent).to.equal('A link');
    await sendKeys({ press: 'Shift+Tab' });
    expect(active(el)?.textContent).to.equal('First');
  });

  it('sets a 320px viewport, and the element reflows without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    expect(window.innerWidth).to.equal(320);
    const el = await fixture<EngineProbe>(html`<spf-engine-probe></spf-engine-probe>`);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('chooses every Welsh plural form', async () => {
    const el = await fixture<EngineProbe>(html`<spf-engine-probe lang="cy"></spf-engine-probe>`);
    const forms = [0, 1, 2, 3, 6, 4, 100].map((n) => el.l10n.plural('items', n));
    expect(forms).to.deep.equal([
      '0 eitem (zero)',
      '1 eitem (one)',
      '2 eitem (two)',
      '3 eitem (few)',
      '6 eitem (many)',
      '4 eitem (other)',
      '100 eitem (other)',
    ]);
    el.lang = 'en';
    expect([1, 2].map((n) => el.l10n.plural('items', n))).to.deep.equal(['1 item', '2 items']);
  });

  it('formats feed dates in English and Welsh the same way everywhere', async () => {
    const el = await fixture<EngineProbe>(html`<spf-engine-probe></spf-engine-probe>`);
    expect(formatDate(el.l10n, '2016-09')).to.equal('September 2016');
    expect(formatDate(el.l10n, '2018-08-06')).to.equal('6 August 2018');
    expect(formatDate(el.l10n, '2019')).to.equal('2019');
    el.lang = 'cy';
    expect(formatDate(el.l10n, '2016-09')).to.equal('Medi 2016');
    expect(formatDate(el.l10n, '2018-08-06')).to.equal('6 Awst 2018');
  });

  it('plays the demo audio in one of the formats the feed offers', async function () {
    // Each format on its own: WebKitGTK loads Ogg Opus but cannot measure it
    // while paused, so the player moves on to the MP3 there. At least one
    // format must load with a real length in every engine.
    const lengths: Record<string, number> = {};
    for (const [file, type] of [
      ['bullying-harassment-part-1.opus', 'audio/ogg; codecs=opus'],
      ['bullying-harassment-part-1.mp3', 'audio/mpeg'],
    ]) {
      const audio = document.createElement('audio');
      audio.preload = 'metadata';
      if (audio.canPlayType(type) === '') continue;
      audio.src = new URL(`../packages/default-feed/src/media/${file}`, import.meta.url).href;
      document.body.append(audio);
      try {
        await waitUntil(() => audio.readyState >= HTMLMediaElement.HAVE_METADATA || audio.error, 'no metadata', {
          timeout: 8000,
        });
        if (!audio.error) lengths[type] = audio.duration;
      } finally {
        audio.remove();
      }
    }
    expect(
      Object.values(lengths).some((length) => length > 30 && length < 32),
      JSON.stringify(lengths),
    ).to.equal(true);
  });
});
