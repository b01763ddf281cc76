import { expect, fixture, html, waitUntil, oneEvent } from '@open-wc/testing';
import { clearFeedRequests } from '@spf-wellbeing/feed';
import '../../../test/helpers/test-widget.js';
import { countFetch, settled, stubFetch, type TestWidget } from '../../../test/helpers/test-widget.js';
import type { SpfFeedErrorEvent, SpfFeedLoadEvent } from './events.js';
import './spf-feed/define.js';

const fixtures = new URL('../../../test/fixtures/', import.meta.url).href;
const small = `${fixtures}small-feed.json`;

const text = (el: Element) => el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();

describe('feed loading', () => {
  beforeEach(() => {
    clearFeedRequests();
    localStorage.clear();
  });

  it('shows a skeleton that reserves space while loading, and passes axe', async () => {
    const stub = stubFetch(() => new Promise(() => {}));
    try {
      const el = await fixture<TestWidget>(html`<spf-test-widget feed="${small}"></spf-test-widget>`);
      const skeleton = el.shadowRoot!.querySelector('[part="skeleton"]') as HTMLElement;
      expect(skeleton).to.exist;
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
    } finally {
      stub.restore();
    }
  });

  it('renders the feed and fires spf-feed-load', async () => {
    const el = document.createElement('spf-test-widget');
    el.feed = small;
    const loaded = oneEvent<SpfFeedLoadEvent>(el, 'spf-feed-load');
    document.body.append(el);
    const event = await loaded;
    expect(event.detail.url).to.equal(small);
    expect(event.detail.feed.resources.length).to.equal(2);
    expect(event.bubbles && event.composed).to.equal(true);
    await settled(el);
    expect(text(el)).to.contain('Tackling bullying at work');
    expect(text(el)).to.contain('2 resources');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('makes exactly one request for many elements naming the same feed, including one added later', async () => {
    const counter = countFetch();
    try {
      const wrapper = await fixture(
        html`<div>
          <spf-test-widget feed="${small}"></spf-test-widget>
          <spf-test-widget feed="${small}"></spf-test-widget>
          <spf-test-widget feed="../../../test/fixtures/small-feed.json"></spf-test-widget>
        </div>`,
      );
      const widgets = [...wrapper.querySelectorAll('spf-test-widget')];
      await Promise.all(widgets.map((w) => settled(w)));
      const late = document.createElement('spf-test-widget');
      late.feed = small;
      wrapper.append(late);
      await settled(late);
      expect(text(late)).to.contain('Tackling bullying at work');
      expect(counter.calls.filter((url) => url === small)).to.have.length(1);
      expect(counter.calls).to.have.length(1);
    } finally {
      counter.restore();
    }
  });

  const failures: [string, () => Promise<Response>, RegExp, string][] = [
    ['a network error', () => Promise.reject(new TypeError('Failed to fetch')), /could not reach/, 'network'],
    ['a 404 answer', () => Promise.resolve(new Response('gone', { status: 404 })), /not available.*404/, 'http'],
    ['a 500 answer', () => Promise.resolve(new Response('oops', { status: 500 })), /not available.*500/, 'http'],
    ['a body that is not JSON', () => Promise.resolve(new Response('<html>not json')), /mistake in it/, 'json'],
    ['JSON that is not a feed', () => Promise.resolve(new Response('{"version":2}')), /not a wellbeing feed/, 'shape'],
    ['a JSON array', () => Promise.resolve(new Response('[1,2,3]')), /not a wellbeing feed/, 'shape'],
  ];
  for (const [name, answer, message, kind] of failures) {
    it(`shows a friendly message, Retry and fires spf-feed-error on ${name}`, async () => {
      const stub = stubFetch(answer);
      try {
        const el = document.createElement('spf-test-widget');
        el.feed = 'https://feeds.example/broken.json';
        const failed = oneEvent<SpfFeedErrorEvent>(el, 'spf-feed-error');
        document.body.append(el);
        const event = await failed;
        expect(event.detail.url).to.equal('https://feeds.example/broken.json');
        expect(event.detail.kind).to.equal(kind);
        expect(event.detail.message).to.be.a('string').and.not.empty;
        expect(event.detail.problems).to.be.an('array');
        await el.updateComplete;
        const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
        expect(alert.textContent).to.match(message);
        expect(alert.querySelector('button')!.textContent.trim()).to.equal('Try again');
        await expect(el).to.be.accessible();
        el.remove();
      } finally {
        stub.restore();
      }
    });
  }

  it('gives up after the timeout and says so', async () => {
    const stub = stubFetch(
      (_url, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
        ),
    );
    try {
      const el = document.createElement('spf-test-widget');
      el.feed = 'https://feeds.example/slow.json';
      el.feedTimeout = 50;
      const failed = oneEvent<SpfFeedErrorEvent>(el, 'spf-feed-error');
      document.body.append(el);
      const event = await failed;
      expect(event.detail.kind).to.equal('timeout');
      await el.updateComplete;
      expect(text(el)).to.contain('took too long');
      el.remove();
    } finally {
      stub.restore();
    }
  });

  it('Retry asks again and every element on that feed recovers', async () => {
    let fail = true;
    const stub = stubFetch(async () =>
      fail
        ? Promise.reject(new TypeError('offline'))
        : new Response(
            JSON.stringify({
              version: 1,
              resources: [{ id: 'a', title: 'Back again', url: 'https://a.example/', type: 'guide' }],
            }),
          ),
    );
    try {
      const wrapper = await fixture(
        html`<div>
          <spf-test-widget feed="https://feeds.example/flaky.json"></spf-test-widget>
          <spf-test-widget feed="https://feeds.example/flaky.json"></spf-test-widget>
        </div>`,
      );
      const [first, second] = [...wrapper.querySelectorAll('spf-test-widget')];
      await waitUntil(
        () => first.shadowRoot!.querySelector('[role="alert"]') && second.shadowRoot!.querySelector('[role="alert"]'),
      );
      fail = false;
      (first.shadowRoot!.querySelector('[role="alert"] button') as HTMLButtonElement).click();
      await waitUntil(() => text(first).includes('Back again') && text(second).includes('Back again'));
      expect(stub.calls).to.have.length(2);
    } finally {
      stub.restore();
    }
  });

  it('shows the last good copy, with its age, when the network fails', async () => {
    const first = await fixture<TestWidget>(html`<spf-test-widget feed="${small}"></spf-test-widget>`);
    await settled(first);
    clearFeedRequests();
    const stub = stubFetch(() => Promise.reject(new TypeError('offline')));
    try {
      const el = document.createElement('spf-test-widget');
      el.feed = small;
      const failed = oneEvent<SpfFeedErrorEvent>(el, 'spf-feed-error');
      document.body.append(el);
      await failed;
      await el.updateComplete;
      expect(text(el)).to.contain('Tackling bullying at work');
      const notice = el.shadowRoot!.querySelector('[part="stale-notice"]')!;
      expect(notice.textContent).to.match(/copy saved (now|this minute|\d+ minutes? ago)/);
      await expect(el).to.be.accessible();
      el.remove();
    } finally {
      stub.restore();
    }
  });

  it('uses the feed of an enclosing <spf-feed>, one request for all', async () => {
    const counter = countFetch();
    try {
      const wrapper = await fixture(
        html`<spf-feed src="${small}">
          <spf-test-widget></spf-test-widget>
          <div><spf-test-widget></spf-test-widget></div>
        </spf-feed>`,
      );
      const widgets = [...wrapper.querySelectorAll('spf-test-widget')];
      await waitUntil(() => widgets.every((w) => text(w).includes('Tackling bullying at work')));
      expect(counter.calls).to.deep.equal([small]);
    } finally {
      counter.restore();
    }
  });

  it('uses the embedded default feed when there is no feed at all', async () => {
    const el = await fixture<TestWidget>(html`<spf-test-widget></spf-test-widget>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('li').length > 10, 'default feed did not render', {
      timeout: 5000,
    });
    expect(text(el)).to.match(/UNISON|Unite|NHS Employers|bullying/i);
  });

  it('shows hostile feed text as text and refuses unsafe links, keeping valid items', async () => {
    const el = await fixture<TestWidget>(html`<spf-test-widget feed="${fixtures}hostile-feed.json"></spf-test-widget>`);
    await settled(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('script')).to.equal(null);
    expect(root.querySelector('b')).to.equal(null);
    expect(text(el)).to.contain('<img src=x onerror="window.__pwned=1">Click me');
    expect(text(el)).to.contain('Still shown');
    expect(text(el)).not.to.contain('Bad link');
    for (const link of root.querySelectorAll('a')) expect(link.href).to.match(/^https:/);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(root.querySelector('[part="problems-notice"]')!.textContent).to.match(/2 items in the feed have mistakes/);
    await expect(el).to.be.accessible();
  });
});
