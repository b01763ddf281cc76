import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearFeedRequests } from '@spf-wellbeing/feed';
import type { SpfListenRequestEvent } from '@spf-wellbeing/core';
import type { SpfResources } from './spf-resources.js';
import type { SpfFilterChangeEvent, SpfResourceOpenEvent } from './events.js';
import { $, feedUrl, option, ready, search, status, textOf, titles, toggle } from './test-helpers.js';

/**
 * Records whether a click on a link was let through (the browser would follow
 * it), then stops it, so the test page never navigates away.
 */
function guardNavigation() {
  const clicks: { prevented: boolean; href: string }[] = [];
  const guard = (event: MouseEvent) => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link) return;
    clicks.push({ prevented: event.defaultPrevented, href: link.href });
    event.preventDefault();
  };
  window.addEventListener('click', guard);
  return { clicks, stop: () => window.removeEventListener('click', guard) };
}

function record<E extends Event>(type: string, handler?: (event: E) => void) {
  const events: E[] = [];
  const listener = (event: Event) => {
    events.push(event as E);
    handler?.(event as E);
  };
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}

describe('<spf-resources> events', () => {
  beforeEach(() => clearFeedRequests());

  it('hands "Listen" to a podcast player that takes it, and does not follow the link', async () => {
    const el = await fixture<SpfResources>(html`<spf-resources feed=${feedUrl}></spf-resources>`);
    await ready(el);
    const player = record<SpfListenRequestEvent>('spf-listen-request', (event) => event.preventDefault());
    const opened = record<SpfResourceOpenEvent>('spf-resource-open');
    const navigation = guardNavigation();
    try {
      $<HTMLAnchorElement>(el, '[part="listen"]').click();
      expect(player.events).to.have.length(1);
      const request = player.events[0];
      expect(request.detail).to.deep.equal({ episode: 'ep1', resource: 'podcast-1' });
      expect(request.bubbles && request.composed && request.cancelable).to.equal(true);
      expect(request.target).to.equal(el);
      expect(navigation.clicks).to.deep.equal([{ prevented: true, href: 'https://resources.example/podcast-1' }]);
      expect(opened.events).to.have.length(0);
    } finally {
      player.stop();
      opened.stop();
      navigation.stop();
    }
  });

  it('lets "Listen" open the resource when no player takes it', async () => {
    const el = await fixture<SpfResources>(html`<spf-resources feed=${feedUrl}></spf-resources>`);
    await ready(el);
    const requests = record<SpfListenRequestEvent>('spf-listen-request');
    const opened = record<SpfResourceOpenEvent>('spf-resource-open');
    const navigation = guardNavigation();
    try {
      $<HTMLAnchorElement>(el, '[part="listen"]').click();
      expect(requests.events).to.have.length(1);
      expect(navigation.clicks).to.deep.equal([{ prevented: false, href: 'https://resources.example/podcast-1' }]);
      expect(opened.events.map((event) => event.detail)).to.deep.equal([
        { id: 'podcast-1', url: 'https://resources.example/podcast-1' },
      ]);
    } finally {
      requests.stop();
      opened.stop();
      navigation.stop();
    }
  });

  it('fires spf-resource-open when a result link is followed, and a host page may cancel it', async () => {
    const el = await fixture<SpfResources>(html`<spf-resources feed=${feedUrl}></spf-resources>`);
    await ready(el);
    const navigation = guardNavigation();
    let opened = record<SpfResourceOpenEvent>('spf-resource-open');
    try {
      $<HTMLAnchorElement>(el, '.result .title a').click();
      expect(opened.events).to.have.length(1);
      expect(opened.events[0].detail).to.deep.equal({
        id: 'tackling-bullying',
        url: 'https://resources.example/tackling-bullying',
      });
      expect(opened.events[0].bubbles && opened.events[0].composed).to.equal(true);
      expect(navigation.clicks[0].prevented).to.equal(false);
      opened.stop();
      opened = record<SpfResourceOpenEvent>('spf-resource-open', (event) => event.preventDefault());
      $<HTMLAnchorElement>(el, '.result .title a').click();
      expect(navigation.clicks[1].prevented).to.equal(true);
    } finally {
      opened.stop();
      navigation.stop();
    }
  });

  it('fires spf-filter-change with the search and every chosen filter', async () => {
    const el = await fixture<SpfResources>(html`<spf-resources feed=${feedUrl}></spf-resources>`);
    await ready(el);
    const changes = record<SpfFilterChangeEvent>('spf-filter-change');
    try {
      await search(el, 'work');
      await toggle(el, 'Topic', 'Stress');
      await toggle(el, 'Organisation', 'Royal College of Nursing');
      await toggle(el, 'Type of resource', 'Toolkit');
      expect(changes.events.map((event) => event.detail)).to.deep.equal([
        { query: 'work', topics: [], organisations: [], types: [] },
        { query: 'work', topics: ['stress'], organisations: [], types: [] },
        { query: 'work', topics: ['stress'], organisations: ['rcn'], types: [] },
        { query: 'work', topics: ['stress'], organisations: ['rcn'], types: ['toolkit'] },
      ]);
      expect(titles(el)).to.deep.equal(['Stress at work: a toolkit']);
    } finally {
      changes.stop();
    }
  });

  it('works by keyboard alone: search, filter and open a result', async () => {
    const wrapper = await fixture(
      html`<div>
        <button id="before">Before</button>
        <spf-resources feed=${feedUrl}></spf-resources>
      </div>`,
    );
    const el = wrapper.querySelector('spf-resources')!;
    await ready(el);
    const opened = record<SpfResourceOpenEvent>('spf-resource-open', (event) => event.preventDefault());
    const navigation = guardNavigation();
    try {
      (wrapper.querySelector('#before') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      const input = $<HTMLInputElement>(el, 'input[type="search"]');
      expect(el.shadowRoot!.activeElement).to.equal(input);
      await sendKeys({ type: 'work' });
      await el.updateComplete;
      expect(status(el)).to.equal('4 resources found');
      expect(el.shadowRoot!.activeElement).to.equal(input);

      // Enter in the search box does not reload the page.
      await sendKeys({ press: 'Enter' });
      expect(el.shadowRoot!.activeElement).to.equal(input);

      // On to the filters: the disclosure, then the first topic.
      await sendKeys({ press: 'Tab' });
      const summary = $(el, 'summary');
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      const details = summary.parentElement as HTMLDetailsElement;
      if (!details.open) {
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      }
      expect(details.open).to.equal(true);
      await sendKeys({ press: 'Tab' });
      const bullying = option(el, 'Topic', 'Bullying and harassment');
      expect(el.shadowRoot!.activeElement).to.equal(bullying);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(bullying.checked).to.equal(true);
      expect(status(el)).to.equal('2 resources found');
      expect(el.shadowRoot!.activeElement).to.equal(bullying);

      // Tab on to the first result and open it with Enter.
      for (let i = 0; i < 30 && !el.shadowRoot!.activeElement?.matches('.result .title a'); i++) {
        await sendKeys({ press: 'Tab' });
      }
      const link = el.shadowRoot!.activeElement as HTMLAnchorElement;
      expect(textOf(link)).to.equal('Tackling bullying at work');
      await sendKeys({ press: 'Enter' });
      expect(opened.events.map((event) => event.detail)).to.deep.equal([
        { id: 'tackling-bullying', url: 'https://resources.example/tackling-bullying' },
      ]);
      expect(navigation.clicks).to.have.length(1);
    } finally {
      opened.stop();
      navigation.stop();
    }
  });
});
