import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearFeedRequests } from '@spf-wellbeing/feed';
import '../../../test/helpers/test-widget.js';
import { countFetch, settled, stubFetch, type TestWidget } from '../../../test/helpers/test-widget.js';

const fixtures = new URL('../../../test/fixtures/', import.meta.url).href;
const small = `${fixtures}small-feed.json`;

/** Two animation frames: long enough for an IntersectionObserver to have reported where an element is. */
const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

/** A page where the element sits four screens down, beyond the one-screen margin a lazy element waits for. */
async function farDown(loading?: 'lazy' | 'eager') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <div class="spacer"></div>
      <spf-test-widget feed=${small} loading=${loading ?? ''}></spf-test-widget>
    </div>`,
  );
  wrapper.querySelector<HTMLElement>('.spacer')!.style.blockSize = '400vh';
  const el = wrapper.querySelector('spf-test-widget') as TestWidget;
  if (!loading) el.removeAttribute('loading');
  return el;
}

const requestsFor = (calls: string[], url: string) => calls.filter((call) => call === url).length;

describe('loading: skeletons and lazy start', () => {
  beforeEach(() => {
    clearFeedRequests();
    localStorage.clear();
    window.scrollTo(0, 0);
  });

  it('announces "Loading" once, politely, and hides the skeleton itself from assistive technology', async () => {
    const stub = stubFetch(() => new Promise(() => {}));
    try {
      const el = await fixture<TestWidget>(html`<spf-test-widget feed=${small}></spf-test-widget>`);
      const statuses = [...el.shadowRoot!.querySelectorAll('[role="status"]')];
      expect(statuses.length).to.equal(1);
      expect(statuses[0].textContent.replace(/\s+/g, ' ').trim()).to.equal('Loading…');
      const shape = el.shadowRoot!.querySelector('.skeleton-shape')!;
      expect(shape.getAttribute('aria-hidden')).to.equal('true');
      expect(shape.querySelectorAll('.skeleton-line').length).to.be.greaterThan(0);
      expect(shape.textContent.trim()).to.equal('');
      await expect(el).to.be.accessible();
    } finally {
      stub.restore();
    }
  });

  it('says "Loading" in Welsh on a Welsh page', async () => {
    const stub = stubFetch(() => new Promise(() => {}));
    try {
      const wrapper = await fixture(html`<div lang="cy"><spf-test-widget feed=${small}></spf-test-widget></div>`);
      const el = wrapper.querySelector('spf-test-widget') as TestWidget;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim()).to.equal('Wrthi’n llwytho…');
    } finally {
      stub.restore();
    }
  });

  it('loading="lazy" fetches nothing for an element off screen, and fetches when it is scrolled near', async () => {
    const counter = countFetch();
    try {
      const el = await farDown('lazy');
      await frames();
      await el.updateComplete;
      expect(requestsFor(counter.calls, small)).to.equal(0);
      // Until then it keeps its space, with one "Loading" for assistive technology.
      expect(el.shadowRoot!.querySelector('[part="skeleton"]')).to.exist;
      await expect(el).to.be.accessible();

      el.scrollIntoView();
      await waitUntil(() => requestsFor(counter.calls, small) === 1, 'the lazy element did not fetch its feed');
      await settled(el);
      expect(el.shadowRoot!.textContent).to.contain('Tackling bullying at work');
      await expect(el).to.be.accessible();
    } finally {
      counter.restore();
    }
  });

  it('loading="eager" (the default here) fetches at once, even far off screen', async () => {
    const counter = countFetch();
    try {
      const eager = await farDown('eager');
      await waitUntil(() => requestsFor(counter.calls, small) === 1, 'the eager element did not fetch its feed');
      await settled(eager);
      clearFeedRequests();
      const byDefault = await farDown();
      await waitUntil(() => requestsFor(counter.calls, small) === 2, 'an element without loading did not fetch');
      await settled(byDefault);
    } finally {
      counter.restore();
    }
  });

  it('lazy elements on one feed still make one request between them', async () => {
    const counter = countFetch();
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <spf-test-widget feed=${small} loading="lazy"></spf-test-widget>
          <spf-test-widget feed=${small} loading="lazy"></spf-test-widget>
          <spf-test-widget feed=${small} loading="lazy"></spf-test-widget>
        </div>`,
      );
      const widgets = [...wrapper.querySelectorAll('spf-test-widget')];
      await Promise.all(widgets.map((widget) => settled(widget)));
      expect(requestsFor(counter.calls, small)).to.equal(1);
    } finally {
      counter.restore();
    }
  });

  it('a lazy element set to eager while it waits starts at once', async () => {
    const counter = countFetch();
    try {
      const el = await farDown('lazy');
      await frames();
      expect(requestsFor(counter.calls, small)).to.equal(0);
      el.loading = 'eager';
      await waitUntil(() => requestsFor(counter.calls, small) === 1, 'the element did not start');
      await settled(el);
    } finally {
      counter.restore();
    }
  });

  it('a feed that fails keeps the space its skeleton took, up to one screen, so nothing below jumps', async () => {
    let fail: (response: Response) => void = () => {};
    const stub = stubFetch(() => new Promise<Response>((resolve) => (fail = resolve)));
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <spf-test-widget feed=${small}></spf-test-widget>
          <p class="below">After the element</p>
        </div>`,
      );
      const el = wrapper.querySelector('spf-test-widget') as TestWidget;
      const below = wrapper.querySelector('.below')!;
      await el.updateComplete;
      const before = below.getBoundingClientRect().top;
      fail(new Response('Not found', { status: 404 }));
      await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error shown');
      await el.updateComplete;
      expect(below.getBoundingClientRect().top).to.equal(before);
      await expect(el).to.be.accessible();
    } finally {
      stub.restore();
    }
  });
});
