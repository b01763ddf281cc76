import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { lazyModule, type LazyModule } from './lazy-module.js';
import { SpfLazyLoadError } from './internal/errors.js';
import { SpfWidget } from './spf-widget.js';
import { coreStrings } from './core-strings.js';
import { message } from './test-fixtures/lazy-part.js';

type Part = typeof import('./test-fixtures/lazy-part.js');

/**
 * A part loaded on first use, and a pretend network that counts its fetches.
 * While `online` is false a fetch fails as it would offline; `until` holds
 * every fetch back until it resolves.
 */
function fetchedPart({ online = true, until = Promise.resolve() } = {}) {
  const network = { online, fetches: 0 };
  const part = lazyModule(async (): Promise<Part> => {
    network.fetches++;
    await until;
    return network.online ? import('./test-fixtures/lazy-part.js') : Promise.reject(new Error('offline'));
  });
  return { part, network };
}

/** An element with a part loaded on first use: "Loading" while it loads, a fallback and Retry when it cannot. */
class LazyPartTest extends SpfWidget {
  source?: LazyModule<Part>;

  constructor() {
    super(coreStrings);
  }

  override render() {
    const part = this.source && this.lazy(this.source);
    if (part) return html`<p>${part.message}</p>`;
    if (!this.source?.failed) return html`<p>Loading the part</p>`;
    return html`<p>The part is not available</p>
      <button type="button" @click=${() => this.whenLoaded(this.source!)}>${this.l10n.term('retry')}</button>`;
  }
}
LazyPartTest.define('spf-lazy-part-test');

declare global {
  interface HTMLElementTagNameMap {
    'spf-lazy-part-test': LazyPartTest;
  }
}

const text = (el: Element) => el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();

describe('lazyModule', () => {
  it('fetches a part once for every caller, at the same time or later', async () => {
    const { part, network } = fetchedPart();
    expect(part.module).to.equal(undefined);
    const loaded = await Promise.all([part.load(), part.load(), part.load()]);
    expect(loaded.map((each) => each?.message)).to.deep.equal([message, message, message]);
    expect(part.module?.message).to.equal(message);
    expect(await part.load()).to.equal(part.module);
    expect(network.fetches).to.equal(1);
  });

  it('marks a failed load, says why in the console, resolves with undefined, and fetches again on the next load()', async () => {
    const { part, network } = fetchedPart({ online: false });
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(...args);
    try {
      expect(await part.load()).to.equal(undefined);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    const [warning] = warnings;
    expect(warning).to.be.instanceOf(SpfLazyLoadError);
    expect(warning).to.be.instanceOf(Error);
    expect((warning as SpfLazyLoadError).name).to.equal('SpfLazyLoadError');
    expect((warning as SpfLazyLoadError).message).to.match(/could not be loaded: .*offline/);
    expect((warning as SpfLazyLoadError).cause).to.be.instanceOf(Error);
    expect(part.failed).to.equal(true);
    expect(part.module).to.equal(undefined);

    network.online = true;
    expect((await part.load())?.message).to.equal(message);
    expect(part.failed).to.equal(false);
    expect(part.module?.message).to.equal(message);
    expect(network.fetches).to.equal(2);
  });
});

describe('SpfWidget lazy parts', () => {
  it('shows a part once updateComplete resolves, every element sharing one fetch', async () => {
    let arrive!: () => void;
    const { part, network } = fetchedPart({ until: new Promise<void>((resolve) => (arrive = resolve)) });
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <spf-lazy-part-test .source=${part}></spf-lazy-part-test>
        <spf-lazy-part-test .source=${part}></spf-lazy-part-test>
      </div>`,
    );
    const elements = [...wrapper.querySelectorAll<LazyPartTest>('spf-lazy-part-test')];
    // Each first render waits for its turn (internal/turns.ts): the second may come a task after the first.
    await waitUntil(() => elements.every((el) => el.hasUpdated), 'an element did not render');
    expect(elements.map(text)).to.deep.equal(['Loading the part', 'Loading the part']);
    await expect(wrapper).to.be.accessible();

    arrive();
    await Promise.all(elements.map((el) => el.updateComplete));
    expect(elements.map(text)).to.deep.equal([message, message]);
    expect(network.fetches).to.equal(1);
    await expect(wrapper).to.be.accessible();
  });

  it('shows its fallback when a part cannot load, and the part after Retry', async () => {
    const { part, network } = fetchedPart({ online: false });
    const el = await fixture<LazyPartTest>(html`<spf-lazy-part-test .source=${part}></spf-lazy-part-test>`);
    await el.updateComplete;
    expect(text(el)).to.equal('The part is not available Try again');
    await expect(el).to.be.accessible();

    // Rendering again does not fetch again: only Retry does.
    el.requestUpdate();
    await el.updateComplete;
    expect(network.fetches).to.equal(1);

    network.online = true;
    el.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    expect(text(el)).to.equal(message);
    expect(network.fetches).to.equal(2);
    await expect(el).to.be.accessible();
  });
});
