// The embed-code builder: an editor picks an element and options from the
// feed, sees the preview, and copies code, by keyboard and screen reader, in
// English and Welsh. The code it gives is checked against what the issue
// asks for; that the code works when pasted into a page is checked end to
// end in test/e2e/embed.test.mjs.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { clearFeedRequests } from '@spf-wellbeing/feed';
import './define-builder.js';
import type { SpfEmbedBuilder } from './spf-embed-builder.js';

const $ = <T extends Element = HTMLElement>(el: SpfEmbedBuilder, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const code = (el: SpfEmbedBuilder, kind: string) => $<HTMLTextAreaElement>(el, `#code-${kind}`)!.value;

// A light stand-in for the embed page in the preview; the first test frames the real one.
const STUB = '/test/fixtures/embed-stub/embed.html';

async function mount(template = html`<spf-embed-builder embed-page=${STUB}></spf-embed-builder>`) {
  const el = await fixture<SpfEmbedBuilder>(template);
  await waitUntil(() => $(el, '#topic, [role="alert"]'), 'the feed loads', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('<spf-embed-builder>', () => {
  beforeEach(() => clearFeedRequests());
  afterEach(async () => {
    // Back to the browser's own clipboard.
    delete (navigator as { clipboard?: unknown }).clipboard;
    await setViewport({ width: 800, height: 600 });
  });

  it('offers the four elements, options from the default feed, a preview and three pieces of code; passes axe', async () => {
    const el = await mount(
      html`<spf-embed-builder embed-page="/packages/widgets/dist/embed.html"></spf-embed-builder>`,
    );
    expect(text($(el, 'h1'))).to.equal('Make the code to put wellbeing content on your page');
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="element"]')];
    expect(radios.map((radio) => radio.value)).to.deep.equal([
      'resources',
      'podcast-player',
      'wellbeing-checkin',
      'diagnostic-card',
    ]);
    for (const radio of radios) expect(radio.labels?.length).to.equal(1);
    const topics = [...$<HTMLSelectElement>(el, '#topic')!.options].map((option) => option.value);
    expect(topics[0]).to.equal('');
    expect(topics.length, 'topics from the default feed').to.be.greaterThan(3);
    const preview = $<HTMLIFrameElement>(el, 'iframe')!;
    expect(preview.title).to.equal('Preview: Health and wellbeing resources');
    expect(new URL(preview.src).searchParams.get('element')).to.equal('resources');
    await expect(el).to.be.accessible();
  });

  it('gives an iframe with title, loading="lazy" and the height, allow only for the player, the helper line and the drop-in', async () => {
    const el = await mount();
    const iframe = new DOMParser().parseFromString(code(el, 'iframe'), 'text/html').querySelector('iframe')!;
    expect(iframe.title).to.equal('NHS staff wellbeing: Health and wellbeing resources');
    expect(iframe.getAttribute('loading')).to.equal('lazy');
    expect(iframe.getAttribute('height')).to.equal('700');
    expect(iframe.hasAttribute('allow'), 'resources need no allow').to.equal(false);
    const src = new URL(iframe.src);
    expect(src.pathname).to.equal(STUB);
    expect(src.origin).to.equal(location.origin);
    expect(code(el, 'helper')).to.equal(
      `<script src="${location.origin}/test/fixtures/embed-stub/spf-embed.js" async></script>`,
    );
    const dropIn = code(el, 'dropIn');
    expect(dropIn).to.match(
      /^<script type="module" src="[^"]+\/embed-stub\/spf-widgets\.js"><\/script>\n<spf-resources>\n {2}<ul>/,
    );
    expect(dropIn).to.contain('<li><a href="https://');
    expect(dropIn.trim().endsWith('</spf-resources>')).to.equal(true);

    // By keyboard: the player, an episode from the feed, Welsh, and a new height.
    $<HTMLInputElement>(el, '#element-resources')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#element-podcast-player')!.checked).to.equal(true);
    const episode = $<HTMLSelectElement>(el, '#episode')!;
    episode.value = episode.options[1].value;
    episode.dispatchEvent(new Event('change'));
    const lang = $<HTMLSelectElement>(el, '#lang')!;
    lang.value = 'cy';
    lang.dispatchEvent(new Event('change'));
    const height = $<HTMLInputElement>(el, '#height')!;
    height.focus();
    height.select();
    await sendKeys({ type: '420' });
    await el.updateComplete;
    const player = new DOMParser().parseFromString(code(el, 'iframe'), 'text/html').querySelector('iframe')!;
    expect(player.getAttribute('allow')).to.equal('autoplay; clipboard-write');
    expect(player.getAttribute('height')).to.equal('420');
    const params = new URL(player.src).searchParams;
    expect(params.get('element')).to.equal('podcast-player');
    expect(params.get('episode')).to.equal(episode.options[1].value);
    expect(params.get('lang')).to.equal('cy');
    expect(code(el, 'dropIn')).to.contain(`<spf-podcast-player episode="${episode.options[1].value}" lang="cy">`);
    expect(code(el, 'dropIn')).to.match(/<audio controls preload="metadata" src="[^"]+"><\/audio>/);
    await expect(el).to.be.accessible();
  });

  it('copies with the Clipboard API and announces "Copied"', async () => {
    const copied: string[] = [];
    stubClipboard((value) => {
      copied.push(value);
      return Promise.resolve();
    });
    const el = await mount();
    const button = [...el.shadowRoot!.querySelectorAll('button')].find((each) => text(each) === 'Copy the frame code')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text($(el, '[role="status"]')) === 'Copied');
    expect(copied).to.deep.equal([code(el, 'iframe')]);
    expect($(el, '[role="status"]')!.getAttribute('aria-live')).to.equal('polite');
  });

  it('selects the code and says how to copy it when the clipboard is refused', async () => {
    stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    const el = await mount();
    const button = [...el.shadowRoot!.querySelectorAll('button')].find(
      (each) => text(each) === 'Copy the drop-in code',
    )!;
    button.click();
    await waitUntil(() => text($(el, '[role="status"]')).startsWith('The code is selected'));
    const area = $<HTMLTextAreaElement>(el, '#code-dropIn')!;
    expect(el.shadowRoot!.activeElement).to.equal(area);
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
  });

  it('gives the usual message for a broken feed, with Try again, and passes axe', async () => {
    const el = await mount();
    const input = $<HTMLInputElement>(el, '#feed')!;
    input.focus();
    await sendKeys({ type: '/test/fixtures/not-json.json' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[role="alert"]'), 'the feed error', { timeout: 8000 });
    expect(text($(el, '[role="alert"]'))).to.contain('The wellbeing feed has a mistake in it, so it cannot be read.');
    expect(text($(el, '[role="alert"] button'))).to.equal('Try again');
    await expect(el).to.be.accessible();
  });

  it('says the embed page will not show a feed from another origin, or one that is not http(s)', async () => {
    const el = await mount();
    const input = $<HTMLInputElement>(el, '#feed')!;
    input.value = 'https://feeds.example.org/wellbeing.json';
    input.dispatchEvent(new Event('input'));
    await el.useFeed(input.value);
    await el.updateComplete;
    expect(text($(el, '[role="alert"]'))).to.contain('does not show feeds from https://feeds.example.org');
    await el.useFeed('javascript:alert(1)');
    await el.updateComplete;
    expect(text($(el, '[role="alert"]'))).to.equal('The feed address must start with https:// or http://.');
    // Allowed at build time: loaded.
    el.allowedOrigins = ['https://feeds.example.org'];
    void el.useFeed('https://feeds.example.org/wellbeing.json');
    await el.updateComplete;
    expect(text($(el, '[role="alert"]'))).not.to.contain('does not show feeds');
  });

  it('escapes feed text in the code it gives', async () => {
    const el = await mount();
    await el.useFeed('/test/fixtures/hostile-feed.json');
    await el.updateComplete;
    const dropIn = code(el, 'dropIn');
    expect(dropIn).to.contain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;Click me');
    expect(dropIn).not.to.contain('<img');
    expect(dropIn).not.to.match(/javascript:/i);
  });

  it('is in Welsh on a Welsh page, and fits 320px without scrolling sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="cy"><spf-embed-builder embed-page=${STUB}></spf-embed-builder></div>`,
    );
    const el = wrapper.querySelector('spf-embed-builder')!;
    await waitUntil(() => $(el, '#topic'), 'the feed loads', { timeout: 8000 });
    await el.updateComplete;
    expect(text($(el, 'h1'))).to.equal('Creu’r cod i roi cynnwys lles ar eich tudalen');
    expect(text(el.shadowRoot!.querySelector('legend'))).to.equal('1. Beth i’w ddangos');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
