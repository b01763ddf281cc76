import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { clearFeedRequests } from '@spf-wellbeing/feed';
import { stubFetch } from '../../../test/helpers/test-widget.js';
import type { SpfResources } from './spf-resources.js';
import {
  $,
  $$,
  bigFeedUrl,
  emptyFeedUrl,
  feedUrl,
  hostileFeedUrl,
  ready,
  resources,
  search,
  status,
  textOf,
  titles,
  toggle,
} from './test-helpers.js';

describe('<spf-resources> states', () => {
  beforeEach(() => {
    clearFeedRequests();
    localStorage.clear();
  });

  it('shows a skeleton that reserves space while the feed loads', async () => {
    const stub = stubFetch(() => new Promise(() => {}));
    try {
      const el = await fixture<SpfResources>(
        html`<spf-resources feed="https://feeds.example/slow.json"></spf-resources>`,
      );
      const skeleton = $(el, '[part="skeleton"]');
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(100);
      expect(textOf($(el, 'h2'))).to.equal('Health and wellbeing resources');
      await expect(el).to.be.accessible();
    } finally {
      stub.restore();
    }
  });

  it('keeps its fallback content on screen when the feed fails, beside a friendly error', async () => {
    const stub = stubFetch(() => Promise.resolve(new Response('gone', { status: 404 })));
    try {
      const el = await fixture<SpfResources>(
        html`<spf-resources feed="https://feeds.example/missing.json">
          <ul>
            <li><a href="https://fallback.example/guide">Our wellbeing guide</a></li>
          </ul>
        </spf-resources>`,
      );
      await ready(el);
      const alert = $(el, '[role="alert"]');
      expect(textOf(alert)).to.contain('not available');
      expect(textOf(alert.querySelector('button'))).to.equal('Try again');
      const slot = $<HTMLSlotElement>(el, 'slot');
      expect(slot.assignedElements()).to.have.length(1);
      const fallback = el.querySelector('a')!;
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    } finally {
      stub.restore();
    }
  });

  it('hides its fallback content once the feed shows', async () => {
    const el = await fixture<SpfResources>(
      html`<spf-resources feed=${feedUrl}><p id="fallback">A plain list</p></spf-resources>`,
    );
    await ready(el);
    expect($(el, 'slot')).to.equal(null);
    expect(el.querySelector('#fallback')!.getBoundingClientRect().height).to.equal(0);
  });

  it('says so when the feed has no resources', async () => {
    const el = await resources({}, emptyFeedUrl);
    expect(textOf($(el, '[part="empty"]'))).to.equal('There are no resources to show yet.');
    await expect(el).to.be.accessible();
  });

  it('shows each result with its title link, organisation, type, topics, summary and date', async () => {
    const el = await resources();
    const first = $$(el, '[part="result"]')[0];
    const link = first.querySelector<HTMLAnchorElement>('h3 a')!;
    expect(textOf(link)).to.equal('Tackling bullying at work');
    expect(link.href).to.equal('https://resources.example/tackling-bullying');
    expect(textOf(first.querySelector('.type'))).to.equal('Guide');
    expect(textOf(first.querySelector('.organisation'))).to.equal('From: UNISON');
    expect(textOf(first.querySelector('.summary'))).to.equal('A guide for staff and managers.');
    expect(textOf(first.querySelector('.topics'))).to.equal('Topics: Bullying and harassment');
    expect(textOf(first.querySelector('time'))).to.equal('Published 6 August 2018');
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2018-08-06');
    // No date, no organisation: nothing made up.
    const civility = $$(el, '[part="result"]').find(
      (each) => textOf(each.querySelector('h3')) === 'Civility and respect',
    )!;
    expect(civility.querySelector('time')).to.equal(null);
    expect(civility.querySelector('.organisation')).to.equal(null);
    // A podcast offers Listen, linked to the resource.
    const listen = $<HTMLAnchorElement>(el, '[part="listen"]');
    expect(textOf(listen)).to.equal('Listen');
    expect(listen.getAttribute('aria-label')).to.equal('Listen to Bullying and harassment podcast, part 1');
    expect(listen.href).to.equal('https://resources.example/podcast-1');
    expect($$(el, '[part="listen"]')).to.have.length(1);
  });

  it('puts headings at the level asked for', async () => {
    const el = await resources({ 'heading-level': '3' });
    expect($(el, '[part="heading"]').tagName).to.equal('H3');
    expect($$(el, '.result h4')).to.have.length(7);
  });

  for (const layout of ['cards', 'compact']) {
    it(`renders the ${layout} layout accessibly`, async () => {
      const el = await resources({ layout });
      expect($(el, '[part="base"]').classList.contains(`layout-${layout}`)).to.equal(true);
      expect(titles(el)).to.have.length(7);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<spf-resources> in Welsh', () => {
  beforeEach(() => clearFeedRequests());

  it('shows Welsh labels, feed text, counts and plural forms', async () => {
    const el = await resources({ lang: 'cy' });
    expect(textOf($(el, '[part="heading"]'))).to.equal('Adnoddau iechyd a llesiant');
    expect(textOf($(el, 'label[for="search"]'))).to.equal('Chwilio am adnoddau');
    expect(status(el)).to.equal('Cafwyd hyd i 7 adnodd');
    expect(textOf($(el, 'summary'))).to.equal('Hidlo’r canlyniadau');
    expect($$(el, 'legend').map(textOf)).to.deep.equal(['Pwnc', 'Math o adnodd', 'Sefydliad']);
    expect(titles(el)).to.include('Mynd i’r afael â bwlio yn y gwaith');
    expect(textOf($(el, '.result .type'))).to.equal('Canllaw');
    expect(textOf($(el, '.result .topics'))).to.equal('Pynciau: Bwlio ac aflonyddu');
    expect(textOf($(el, '[part="listen"]'))).to.equal('Gwrando');
    await expect(el).to.be.accessible();
  });

  it('searches Welsh text, ignoring case and accents', async () => {
    const el = await resources({ lang: 'cy' });
    await search(el, 'llesiant');
    expect(titles(el)).to.have.length(3);
    await search(el, 'AFAEL A BWLIO');
    expect(titles(el)).to.deep.equal(['Mynd i’r afael â bwlio yn y gwaith']);
    expect(status(el)).to.equal('Cafwyd hyd i 1 adnodd');
    await search(el, 'xyz');
    expect(status(el)).to.equal('Does dim adnoddau’n cyfateb i ‘xyz’');
    expect(textOf($(el, '[part="no-matches"] button'))).to.equal('Clirio’r chwiliad');
    await toggle(el, 'Pwnc', 'Straen');
    expect(textOf($(el, 'summary'))).to.contain('1 wedi’i ddewis');
  });

  it('follows a change of language on the page, searching the new language', async () => {
    const el = await resources();
    await search(el, 'bwlio');
    expect(titles(el)).to.have.length(0);
    el.setAttribute('lang', 'cy');
    // The language observer notices the change after this task.
    await waitUntil(
      () => textOf($(el, 'label[for="search"]')) === 'Chwilio am adnoddau',
      'the labels stayed in English',
    );
    expect(titles(el)).to.have.length(3);
    expect(status(el)).to.equal('Cafwyd hyd i 3 adnodd');
  });

  it('pages in Welsh', async () => {
    const el = await resources({ lang: 'cy', 'page-size': '5' }, bigFeedUrl);
    expect(textOf($(el, '[part="pagination"]'))).to.contain('Tudalen 1 o 5');
    expect(textOf($(el, '.next'))).to.contain('Nesaf');
  });
});

describe('<spf-resources> with a hostile feed', () => {
  beforeEach(() => clearFeedRequests());

  it('shows markup in feed text as text, runs nothing, and still shows the valid items', async () => {
    const el = await resources({}, hostileFeedUrl);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect(titles(el)).to.include('<img src=x onerror="window.__pwned=1">Click me');
    expect(titles(el)).to.include('Still shown');
    expect(textOf(el.shadowRoot!.querySelector('.summary'))).to.equal(
      '<b>bold</b> &amp; <script>window.__pwned=2</script>',
    );
    for (const link of $$<HTMLAnchorElement>(el, 'a')) expect(link.protocol).to.match(/^https?:$/);
    await search(el, 'onerror');
    expect(titles(el)).to.deep.equal(['<img src=x onerror="window.__pwned=1">Click me']);
    await expect(el).to.be.accessible();
  });
});

describe('<spf-resources> on a small screen', () => {
  beforeEach(() => clearFeedRequests());
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const layout of ['list', 'cards', 'compact']) {
    it(`reflows to 320px without sideways scrolling (${layout})`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await resources({ layout, 'page-size': '5' }, feedUrl);
      // Filters start closed on a small screen, in a disclosure.
      const details = $<HTMLDetailsElement>(el, 'details[part="filters"]');
      expect(details.open).to.equal(false);
      $(el, 'summary').click();
      await el.updateComplete;
      expect(details.open).to.equal(true);
      expect(el.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    });
  }

  it('puts the filters beside the results, open, where there is room', async () => {
    await setViewport({ width: 1100, height: 800 });
    const el = await resources();
    await waitUntil(() => $(el, '.layout').classList.contains('wide'), 'the element did not notice its width');
    expect($<HTMLDetailsElement>(el, 'details').open).to.equal(true);
    const filters = $(el, '[part="filters"]').getBoundingClientRect();
    const results = $(el, '[part="results"]').getBoundingClientRect();
    expect(filters.right).to.be.at.most(results.left);
    expect(Math.abs(filters.top - results.top)).to.be.lessThan(80);
  });

  it('keeps its width in a shrink-to-fit box of the host page', async () => {
    const wrapper = await fixture(
      html`<div>
        <div class="float"><spf-resources feed=${feedUrl}></spf-resources></div>
      </div>`,
    );
    const box = wrapper.querySelector('.float') as HTMLElement;
    box.style.display = 'inline-block';
    const el = wrapper.querySelector('spf-resources')!;
    await ready(el);
    expect(el.getBoundingClientRect().width).to.be.greaterThan(250);
  });

  it('gives every control a target of at least 24 by 24 pixels', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await resources({ 'page-size': '5' });
    $(el, 'summary').click();
    await el.updateComplete;
    await toggle(el, 'Topic', 'Stress');
    await toggle(el, 'Topic', 'Stress');
    await toggle(el, 'Topic', 'Bullying and harassment');
    const controls = $$(el, 'input, button, summary, [part="result"] a, .option label');
    expect(controls.length).to.be.greaterThan(10);
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      expect(box.height, `${control.tagName} ${textOf(control)}`).to.be.at.least(24);
      expect(box.width, `${control.tagName} ${textOf(control)}`).to.be.at.least(24);
    }
  });
});
