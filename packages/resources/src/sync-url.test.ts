import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { clearFeedRequests } from '@spf-wellbeing/feed';
import type { SpfResources } from './spf-resources.js';
import { $, bigFeedUrl, feedUrl, option, ready, search, status, textOf, titles, toggle } from './test-helpers.js';

/** The test page's URL with these parameters added (the runner's own parameters stay). */
function urlWith(params: Record<string, string>): string {
  const url = new URL(window.location.href);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}

const param = (name: string) => new URL(window.location.href).searchParams.get(name);

async function synced(attributes = 'sync-url', feed = feedUrl, pageSize = '10'): Promise<SpfResources> {
  const el = document.createElement('spf-resources');
  el.setAttribute('feed', feed);
  el.setAttribute('page-size', pageSize);
  const [name, value = ''] = attributes.split('=');
  el.setAttribute(name, value);
  const wrapper = await fixture(html`<div></div>`);
  wrapper.append(el);
  return ready(el);
}

describe('<spf-resources sync-url>', () => {
  let original: string;
  let originalLength: number;

  beforeEach(() => {
    clearFeedRequests();
    original = window.location.href;
    originalLength = history.length;
  });

  afterEach(() => {
    // Put the address back as it was, so other tests start clean.
    history.replaceState(null, '', original);
  });

  it('restores the search, filters and page from a shared URL', async () => {
    history.replaceState(null, '', urlWith({ 'spf-q': 'work', 'spf-topic': 'stress,bullying', 'spf-type': 'guide' }));
    const el = await synced();
    expect($<HTMLInputElement>(el, 'input[type="search"]').value).to.equal('work');
    expect(option(el, 'Topic', 'Stress').checked).to.equal(true);
    expect(option(el, 'Topic', 'Bullying and harassment').checked).to.equal(true);
    expect(option(el, 'Type of resource', 'Guide').checked).to.equal(true);
    expect(titles(el)).to.deep.equal(['Tackling bullying at work']);
    await expect(el).to.be.accessible();
  });

  it('restores the page, and ignores filter ids the feed does not have', async () => {
    history.replaceState(null, '', urlWith({ 'spf-page': '3', 'spf-topic': 'no-such-topic' }));
    const el = await synced('sync-url', bigFeedUrl, '5');
    expect(titles(el)[0]).to.equal('Resource number 11');
    expect(status(el)).to.equal('23 resources found');
    expect(textOf($(el, 'summary'))).to.equal('Filter results');
  });

  it('writes changes into the URL, one history step per change, and keeps other parameters', async () => {
    history.replaceState(null, '', `${urlWith({ keep: 'me' })}#section`);
    const el = await synced();
    const filterChange = oneEvent(el, 'spf-filter-change');
    await search(el, 'b');
    expect((await filterChange).detail).to.deep.equal({ query: 'b', topics: [], organisations: [], types: [] });
    await search(el, 'bullying');
    expect(param('spf-q')).to.equal('bullying');
    // Typing a word adds one history entry, not one per letter.
    expect(history.length).to.equal(originalLength + 1);
    await toggle(el, 'Topic', 'Bullying and harassment');
    await toggle(el, 'Type of resource', 'Guide');
    expect(param('spf-topic')).to.equal('bullying');
    expect(param('spf-type')).to.equal('guide');
    expect(history.length).to.equal(originalLength + 3);
    expect(param('keep')).to.equal('me');
    expect(window.location.hash).to.equal('#section');
    await search(el, '');
    expect(param('spf-q')).to.equal(null);
  });

  it('follows Back and Forward', async () => {
    const el = await synced('sync-url', bigFeedUrl, '5');
    await toggle(el, 'Topic', 'Health and wellbeing');
    expect(status(el)).to.equal('7 resources found');
    $<HTMLButtonElement>(el, '.next').click();
    await el.updateComplete;
    expect(param('spf-page')).to.equal('2');
    expect(titles(el)).to.have.length(2);

    let popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    await el.updateComplete;
    expect(param('spf-page')).to.equal(null);
    expect(titles(el)).to.have.length(5);
    expect(status(el)).to.equal('7 resources found');

    popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    await el.updateComplete;
    expect(option(el, 'Topic', 'Health and wellbeing').checked).to.equal(false);
    expect(status(el)).to.equal('23 resources found');

    popped = oneEvent(window, 'popstate');
    history.forward();
    await popped;
    await el.updateComplete;
    expect(option(el, 'Topic', 'Health and wellbeing').checked).to.equal(true);
  });

  it('uses its own prefix when given one, so two lists can share a page', async () => {
    history.replaceState(null, '', urlWith({ 'spf-q': 'not mine', 'jobs-q': 'stress' }));
    const el = await synced('sync-url=jobs');
    expect(titles(el)).to.have.members(['Stress at work: a toolkit', 'Sleep and shift work']);
    await search(el, 'sleep');
    expect(param('jobs-q')).to.equal('sleep');
    expect(param('spf-q')).to.equal('not mine');
  });

  it('reads the URL when sync-url is set after the list has shown, and writes it from then on', async () => {
    history.replaceState(null, '', urlWith({ 'spf-q': 'stress' }));
    const el = await fixture<SpfResources>(html`<spf-resources feed=${feedUrl}></spf-resources>`);
    await ready(el);
    expect(titles(el)).to.have.length(7);
    el.setAttribute('sync-url', '');
    await ready(el);
    expect($<HTMLInputElement>(el, 'input[type="search"]').value).to.equal('stress');
    expect(titles(el)).to.have.members(['Stress at work: a toolkit', 'Sleep and shift work']);
    await search(el, 'sleep');
    expect(param('spf-q')).to.equal('sleep');
  });

  it('leaves the URL alone without sync-url', async () => {
    history.replaceState(null, '', urlWith({ 'spf-q': 'stress' }));
    const el = await fixture<SpfResources>(html`<spf-resources feed=${feedUrl}></spf-resources>`);
    await ready(el);
    expect(titles(el)).to.have.length(7);
    await search(el, 'bullying');
    expect(param('spf-q')).to.equal('stress');
    expect(history.length).to.equal(originalLength);
  });
});
