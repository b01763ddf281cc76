// <spf-feed> defined after the elements inside it: they wait for it, then take
// its feed. A file of its own, so <spf-feed> is not defined when it starts.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearFeedRequests } from '@spf-wellbeing/feed';
import '../../../../test/helpers/test-widget.js';
import { countFetch, type TestWidget } from '../../../../test/helpers/test-widget.js';

const small = new URL('../../../../test/fixtures/small-feed.json', import.meta.url).href;
const text = (el: Element) => el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();

describe('<spf-feed> defined late', () => {
  beforeEach(() => clearFeedRequests());

  it('elements inside it wait, then show its feed, with one request and no default feed', async () => {
    expect(customElements.get('spf-feed')).to.equal(undefined);
    const counter = countFetch();
    try {
      const wrapper = await fixture(
        html`<spf-feed src="${small}">
          <spf-test-widget></spf-test-widget>
          <spf-test-widget></spf-test-widget>
        </spf-feed>`,
      );
      const widgets = [...wrapper.querySelectorAll<TestWidget>('spf-test-widget')];
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      for (const widget of widgets) expect(widget.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;

      await import('./define.js');
      await waitUntil(() => widgets.every((widget) => text(widget).includes('Tackling bullying at work')));
      expect(counter.calls).to.deep.equal([small]);
      for (const widget of widgets) expect(text(widget)).to.contain('2 resources');
      await expect(wrapper).to.be.accessible();
    } finally {
      counter.restore();
    }
  });
});
