// The embed page's logic, in each engine: what the query string may say, the
// message for each thing it gets wrong (English and Welsh, nothing thrown),
// each element shown with the attributes it documents and passing axe, and
// the messages posted to the page around the frame.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { clearFeedRequests } from '@spf-wellbeing/feed';
import {
  EMBED_ELEMENTS,
  EMBED_ELEMENT_NAMES,
  EMBED_EVENTS,
  MAX_VALUE_LENGTH,
  chooseElement,
  documentedAttributes,
  mountEmbed,
  planEmbed,
  type EmbedPlan,
  type MountResult,
} from './embed.js';
import { postEvents, postHeight, type EmbedMessage } from './post-to-host.js';

/** The drop-in, with its elements defined (it defines them a task after it runs: define-soon.ts). */
const loadElements = async () => {
  await import('../spf-widgets.js');
  await Promise.all(Object.values(EMBED_ELEMENTS).map((tag) => customElements.whenDefined(tag)));
};
const PAGE = 'https://wellbeing.example.nhs.uk/embed/embed.html';

function plan(query: string, allowedOrigins: readonly string[] = []) {
  const params = new URLSearchParams(query);
  const element = chooseElement(params);
  if (typeof element !== 'string') return element;
  return planEmbed(params, element, { pageUrl: PAGE, allowedOrigins, attributesOf: documentedAttributes });
}

const isPlan = (value: ReturnType<typeof plan>): value is EmbedPlan => 'tag' in value;

let root: HTMLElement;
let warnings: string[];
const originalWarn = console.warn;

async function mount(query: string): Promise<MountResult> {
  return mountEmbed(root, new URLSearchParams(query), {
    pageUrl: location.href,
    allowedOrigins: [],
    browserLanguages: ['en-GB'],
    loadElements,
  });
}

/** Text of the message box, by language. */
function messageText(result: MountResult): Record<string, string> {
  expect(result.ok, 'a message, not an element').to.equal(false);
  const box = root.querySelector('[role="alert"]');
  expect(box, 'the message is an alert').to.exist;
  const texts: Record<string, string> = {};
  for (const section of box!.querySelectorAll('section')) {
    texts[section.lang] = (section.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  return texts;
}

describe('embed page: reading the query string', () => {
  before(loadElements);

  it('takes every documented attribute of each element from its class, and lang', () => {
    expect([...documentedAttributes('spf-resources')].sort()).to.include.members([
      'feed',
      'feed-timeout',
      'heading-level',
      'lang',
      'topic',
      'organisation',
      'type',
      'query',
      'page-size',
      'sort',
      'layout',
      'hide-search',
      'hide-filters',
      'sync-url',
    ]);
    expect([...documentedAttributes('spf-podcast-player')]).to.include.members([
      'episode',
      'series',
      'start',
      'compact',
      'stall-timeout',
    ]);
    expect([...documentedAttributes('spf-wellbeing-checkin')]).to.include.members(['checkin', 'history', 'compact']);
    expect([...documentedAttributes('spf-diagnostic-card')]).to.include.members(['diagnostic', 'storage-key']);
    // Internal state and the `strings` property are not attributes.
    expect([...documentedAttributes('spf-podcast-player')]).not.to.include.members(['playing', 'strings', 'current']);
  });

  it('accepts exactly the attributes and events custom-elements.json documents for each element', async () => {
    for (const [name, tag] of Object.entries(EMBED_ELEMENTS)) {
      type Declaration = { tagName?: string; attributes?: { name: string }[]; events?: { name: string }[] };
      const manifest = (await (await fetch(`/packages/${name}/dist/custom-elements.json`)).json()) as {
        modules: { declarations?: Declaration[] }[];
      };
      const declaration = manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .find((each) => each.tagName === tag);
      expect(declaration, `${tag} in custom-elements.json`).to.exist;
      const attributes = (declaration?.attributes ?? []).map((each) => each.name);
      expect(
        [...documentedAttributes(tag)].filter((each) => each !== 'lang').sort(),
        `${tag} attributes`,
      ).to.deep.equal([...new Set<string>(attributes)].filter((each) => each !== 'lang').sort());
      const events = (declaration?.events ?? []).map((each) => each.name);
      expect([...EMBED_EVENTS[name as keyof typeof EMBED_EVENTS]].sort(), `${tag} events`).to.deep.equal(
        [...new Set<string>(events)].sort(),
      );
    }
  });

  it('sets the attributes given, ignores unknown and repeated parameters, and refuses nothing else', () => {
    const result = plan('element=podcast-player&episode=ep-1&compact&colour=red&episode=ep-2&data-i18n-retry=x');
    expect(isPlan(result)).to.equal(true);
    const ok = result as EmbedPlan;
    expect(ok.tag).to.equal('spf-podcast-player');
    expect(ok.attributes).to.deep.equal([
      ['episode', 'ep-1'],
      ['compact', ''],
    ]);
    expect(ok.ignored).to.deep.equal(['colour', 'episode (a second time)', 'data-i18n-retry']);
  });

  it('has a problem for a missing, empty or unknown element', () => {
    expect(plan('')).to.deep.equal({ kind: 'no-element' });
    expect(plan('element=')).to.deep.equal({ kind: 'no-element' });
    expect(plan('topic=x')).to.deep.equal({ kind: 'no-element' });
    expect(plan('element=spf-resources')).to.deep.equal({ kind: 'unknown-element', value: 'spf-resources' });
  });

  it('refuses a value that is too long, and ignores an unknown parameter whatever its length', () => {
    const long = 'a'.repeat(MAX_VALUE_LENGTH + 1);
    expect(plan(`element=resources&query=${long}`)).to.deep.equal({ kind: 'too-long', name: 'query' });
    expect(plan(`element=${long}`)).to.deep.equal({ kind: 'too-long', name: 'element' });
    expect(isPlan(plan(`element=resources&query=${'a'.repeat(MAX_VALUE_LENGTH)}`))).to.equal(true);
    expect(isPlan(plan(`element=resources&unknown=${long}`))).to.equal(true);
  });

  it('refuses a feed that is not http(s)', () => {
    for (const feed of [
      'javascript:alert(1)',
      'data:application/json,{}',
      'ftp://x.example/feed.json',
      'http://[bad',
    ]) {
      expect(plan(`element=resources&feed=${encodeURIComponent(feed)}`), feed).to.have.property('kind', 'feed-scheme');
    }
  });

  it('shows feeds on its own origin, relative or absolute; refuses other origins unless allowed at build time', () => {
    expect(isPlan(plan('element=resources&feed=/feeds/wellbeing.json'))).to.equal(true);
    expect(isPlan(plan('element=resources&feed=https://wellbeing.example.nhs.uk/f.json'))).to.equal(true);
    expect(plan('element=resources&feed=https://evil.example/f.json')).to.deep.equal({
      kind: 'feed-origin',
      origin: 'https://evil.example',
    });
    // Same host, other scheme or port: another origin.
    expect(plan('element=resources&feed=http://wellbeing.example.nhs.uk/f.json')).to.have.property(
      'kind',
      'feed-origin',
    );
    expect(
      isPlan(plan('element=resources&feed=https://feeds.example.org/f.json', ['https://feeds.example.org'])),
    ).to.equal(true);
  });
});

describe('embed page: what the reader sees', () => {
  before(loadElements);
  beforeEach(() => {
    clearFeedRequests();
    localStorage.clear();
    root = document.createElement('main');
    document.body.append(root);
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(async () => {
    console.warn = originalWarn;
    root.remove();
    document.documentElement.lang = 'en';
    await setViewport({ width: 800, height: 600 });
  });

  for (const name of EMBED_ELEMENT_NAMES) {
    it(`shows <${EMBED_ELEMENTS[name]}> from the drop-in bundle, sets the title and lang, and passes axe`, async () => {
      const result = await mount(`element=${name}&heading-level=1`);
      expect(result.ok).to.equal(true);
      const element = root.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      expect(element.localName).to.equal(EMBED_ELEMENTS[name]);
      expect(element.constructor, 'the same class as the drop-in defines').to.equal(
        customElements.get(EMBED_ELEMENTS[name]),
      );
      expect(element.getAttribute('heading-level')).to.equal('1');
      await waitUntil(() => element.shadowRoot?.querySelector('h1'), 'the element shows its heading', {
        timeout: 8000,
      });
      expect(document.title).to.not.equal('');
      expect(document.documentElement.lang).to.equal('en');
      await expect(root).to.be.accessible();
    });
  }

  it('shows the element in Welsh for lang=cy, and at 320px it does not scroll sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const result = await mount('element=wellbeing-checkin&lang=cy');
    expect(result.ok).to.equal(true);
    expect(document.documentElement.lang).to.equal('cy');
    expect(document.title).to.equal('Gwiriad lles');
    const element = root.firstElementChild as HTMLElement;
    await waitUntil(() => element.shadowRoot?.textContent?.includes('Gweld cymorth'), 'Welsh', {
      timeout: 8000,
    });
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    await expect(root).to.be.accessible();
  });

  it('lists unknown parameters in the console and still shows the element', async () => {
    const result = await mount('element=resources&colour=red&utm_source=newsletter');
    expect(result.ok).to.equal(true);
    expect(warnings.join('\n')).to.contain('colour, utm_source');
  });

  const BAD: [string, string, string, RegExp, RegExp][] = [
    ['no element', '', 'missing', /does not say what to show/, /element= ac yna un o’r rhain/],
    ['an unknown element', 'element=quiz', 'unknown', /asks for something it does not have/, /gofyn am rywbeth/],
    [
      'a value too long',
      `element=resources&topic=${'x'.repeat(MAX_VALUE_LENGTH + 1)}`,
      'too long',
      /value of topic is too long: at most 2000 characters/,
      /gwerth topic yn rhy hir/,
    ],
    [
      'a feed that is not http(s)',
      'element=resources&feed=javascript:alert(1)',
      'scheme',
      /feed= is not a web address that starts with https:\/\//,
      /nid yw feed= yn gyfeiriad gwe/,
    ],
    [
      'a feed on another origin',
      'element=resources&feed=https://evil.example/feed.json',
      'origin',
      /does not show feeds from other websites/,
      /ffrydiau o wefannau eraill/,
    ],
  ];
  for (const [what, query, , english, welsh] of BAD) {
    it(`says so in English, then Welsh, for ${what}; passes axe; shows nothing from the address`, async () => {
      const result = await mount(query);
      const texts = messageText(result);
      expect(Object.keys(texts)).to.deep.equal(['en', 'cy']);
      expect(texts.en).to.match(english);
      expect(texts.cy).to.match(welsh);
      expect(texts.en).to.contain('This wellbeing content cannot be shown');
      expect(root.textContent).not.to.contain('evil.example');
      expect(root.textContent).not.to.contain('javascript:');
      expect(root.querySelector('h1')).to.exist;
      expect(warnings.join('\n'), 'the console says what is wrong').to.contain('SPF embed page:');
      await expect(root).to.be.accessible();
    });
  }

  it('puts Welsh first for a Welsh reader (lang=cy or a Welsh browser)', async () => {
    const texts = messageText(await mount('element=quiz&lang=cy'));
    expect(Object.keys(texts)).to.deep.equal(['cy', 'en']);
    expect(document.documentElement.lang).to.equal('cy');
    root.replaceChildren();
    const fromBrowser = await mountEmbed(root, new URLSearchParams(''), {
      pageUrl: location.href,
      allowedOrigins: [],
      browserLanguages: ['cy-GB', 'en-GB'],
      loadElements,
    });
    expect(Object.keys(messageText(fromBrowser))).to.deep.equal(['cy', 'en']);
    expect(document.title).to.equal('Does dim modd dangos y cynnwys lles hwn');
  });

  it('says the content could not be loaded when the drop-in bundle cannot be fetched, and throws nothing', async () => {
    const result = await mountEmbed(root, new URLSearchParams('element=resources'), {
      pageUrl: location.href,
      allowedOrigins: [],
      browserLanguages: ['en'],
      loadElements: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    });
    expect(messageText(result).en).to.contain('could not be loaded');
  });
});

describe('embed page: messages to the page around the frame', () => {
  const sink = () => {
    const messages: EmbedMessage[] = [];
    return { messages, postMessage: (message: EmbedMessage) => messages.push(message) };
  };

  it('posts the height now and again when the content grows', async () => {
    const target = sink();
    const frame = document.createElement('iframe');
    frame.title = 'test';
    document.body.append(frame);
    const doc = frame.contentDocument!;
    doc.body.style.margin = '0';
    const { stop } = postHeight(target, doc);
    expect(target.messages[0]).to.deep.equal({
      type: 'spf-embed:resize',
      height: Math.ceil(doc.documentElement.getBoundingClientRect().height),
    });
    const block = doc.createElement('div');
    block.style.height = '700px';
    doc.body.append(block);
    await waitUntil(() =>
      target.messages.some((message) => message.type === 'spf-embed:resize' && message.height >= 700),
    );
    stop();
    frame.remove();
  });

  it('posts each listed event with its name and detail, and no other', () => {
    const target = sink();
    const element = document.createElement('div');
    postEvents(target, element, ['spf-checkin']);
    element.dispatchEvent(new CustomEvent('spf-checkin', { detail: { checkin: 'c', option: 'o', band: 'b' } }));
    element.dispatchEvent(new CustomEvent('input', { detail: 'typed text' }));
    expect(target.messages).to.deep.equal([
      { type: 'spf-embed:event', name: 'spf-checkin', detail: { checkin: 'c', option: 'o', band: 'b' } },
    ]);
  });
});
