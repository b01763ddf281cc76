import { expect, fixture } from '@open-wc/testing';
import { css, html } from 'lit';
import { clearFeedRequests } from '@spf-wellbeing/feed';
import { TestWidget, settled, stubFetch } from '../../../test/helpers/test-widget.js';

const fixtures = new URL('../../../test/fixtures/', import.meta.url).href;
const small = `${fixtures}small-feed.json`;

/** Content drawn, in order, by the slow widgets below. */
let drawn: SlowWidget[] = [];
/** Called as the first content is drawn. */
let onFirstDraw = () => {};

/** A widget whose content takes a few milliseconds to draw, as a player's controls do on a slow phone. */
class SlowWidget extends TestWidget {
  // As tall as its loading space, so nothing moves as it draws.
  static override styles = [
    ...TestWidget.styles,
    css`
      .content {
        block-size: 200px;
        margin: 0;
      }
    `,
  ];

  override render() {
    return html`${this.renderFeedState(() => {
      if (!drawn.includes(this) && drawn.push(this) === 1) onFirstDraw();
      const until = performance.now() + 4;
      while (performance.now() < until) {
        // Busy, as a slow phone is.
      }
      return html`<p class="content">Drawn</p>`;
    })}`;
  }
}
SlowWidget.define('spf-slow-test-widget');

declare global {
  interface HTMLElementTagNameMap {
    'spf-slow-test-widget': SlowWidget;
  }
}

const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
/** The test feed, held back until `arrive()`: every fetch waits for it. */
async function heldFeed() {
  const text = await (await fetch(small)).text();
  let arrive: () => void = () => {};
  const stub = stubFetch(() => new Promise((resolve) => (arrive = () => resolve(new Response(text)))));
  return { arrive: () => arrive(), stub };
}

/** `count` slow widgets, each keeping 200px while it loads, with a paragraph after them. */
async function page(count: number) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="--spf-skeleton-height: 200px">
      ${Array.from({ length: count }, () => html`<spf-slow-test-widget feed=${small}></spf-slow-test-widget>`)}
      <p class="below">After the elements</p>
    </div>`,
  );
  return { wrapper, widgets: [...wrapper.querySelectorAll<SlowWidget>('spf-slow-test-widget')] };
}

describe('turns: many elements on one page draw in short tasks', () => {
  beforeEach(() => {
    clearFeedRequests();
    localStorage.clear();
    window.scrollTo(0, 0);
    drawn = [];
    onFirstDraw = () => {};
  });

  it('draws an element first in a task after the one that added it (on a page, the one that ran the script)', async () => {
    const el = document.createElement('spf-slow-test-widget');
    el.feed = small;
    document.body.append(el);
    try {
      // Lit's first update is a microtask of this task: let every microtask run.
      for (let i = 0; i < 10; i++) await Promise.resolve();
      // Where the engine has no custom states, an element cannot keep its space while it waits, so it draws at once.
      const waits = CSS.supports('selector(:state(waiting))');
      expect(el.hasUpdated, 'drawn in the task that added it').to.equal(!waits);
      expect(el.matches(':not(:defined)')).to.equal(false);
      await el.updateComplete;
      expect(el.hasUpdated).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="skeleton"], .content')).to.exist;
    } finally {
      el.remove();
    }
  });

  it('draws the content of thirty elements in tasks of their own, so the page answers between them', async () => {
    const { arrive, stub } = await heldFeed();
    try {
      const { widgets } = await page(30);
      await frames();
      expect(drawn).to.have.length(0);
      // Something the page does in a task of its own (a tap, say), asked for as the first element draws.
      let drawnWhenThePageAnswered = -1;
      const answered = new Promise<void>((done) => {
        onFirstDraw = () =>
          setTimeout(() => {
            drawnWhenThePageAnswered = drawn.length;
            done();
          });
      });
      arrive();
      await answered;
      await Promise.all(widgets.map((widget) => settled(widget)));
      expect(drawn).to.have.length(30);
      expect(drawnWhenThePageAnswered, 'the page did not answer until every element had drawn').to.be.below(30);
    } finally {
      stub.restore();
    }
  });

  it('draws the elements near the screen before those far from it', async () => {
    const { arrive, stub } = await heldFeed();
    try {
      const { widgets } = await page(30);
      // The reader is at the end of the page: the last elements are near, the first far.
      widgets.at(-1)!.scrollIntoView({ block: 'end' });
      await frames();
      const near = widgets.filter((widget) => {
        const { top, bottom } = widget.getBoundingClientRect();
        return bottom > -innerHeight && top < 2 * innerHeight;
      });
      expect(near.length).to.be.within(1, 25);
      arrive();
      await Promise.all(widgets.map((widget) => settled(widget)));
      expect(drawn).to.have.length(30);
      // The first to draw is the one whose update came first; after it, every near element goes before the far ones.
      // The feed's own task draws whichever asked first (the first on the page, far here). After it, every
      // element near the screen draws before any of those well beyond the one-screen margin.
      const firstNear = Math.min(...near.map((widget) => drawn.indexOf(widget)));
      const lastNear = Math.max(...near.map((widget) => drawn.indexOf(widget)));
      const wellBeyond = drawn
        .slice(firstNear)
        .filter((widget) => widget.getBoundingClientRect().bottom < -1.5 * innerHeight);
      expect(wellBeyond.length).to.be.above(0);
      expect(lastNear, 'an element far from the screen drew before one near it').to.be.below(
        Math.min(...wellBeyond.map((widget) => drawn.indexOf(widget))),
      );
    } finally {
      stub.restore();
      window.scrollTo(0, 0);
    }
  });

  it('keeps every element’s space while they wait for their turns, so what follows does not move', async () => {
    const stub = stubFetch(() => new Promise(() => {}));
    try {
      const { wrapper, widgets } = await page(40);
      const below = wrapper.querySelector('.below')!;
      const top = below.getBoundingClientRect().top;
      expect(top).to.be.at.least(40 * 200);
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      expect(below.getBoundingClientRect().top).to.equal(top);
      // Each shows one polite "Loading" once it has drawn.
      for (const widget of widgets) expect(widget.shadowRoot!.querySelectorAll('[role="status"]')).to.have.length(1);
      await expect(widgets[0]).to.be.accessible();
    } finally {
      stub.restore();
    }
  });
});
