// A minimal element built on SpfWidget, so the shared feed behaviour is tested
// apart from any one widget.
import { html } from 'lit';
import { SpfWidget, type Translations } from '@spf-wellbeing/core';

const strings = {
  en: { heading: 'Resources', count: { one: '{count} resource', other: '{count} resources' } },
  cy: {
    heading: 'Adnoddau',
    count: {
      zero: '{count} adnodd',
      one: '{count} adnodd',
      two: '{count} adnodd',
      few: '{count} adnodd',
      many: '{count} adnodd',
      other: '{count} adnodd',
    },
  },
} satisfies Translations<string>;

export class TestWidget extends SpfWidget<keyof typeof strings.en> {
  constructor() {
    super(strings);
  }
  override render() {
    return html`<h2>${this.l10n.term('heading')}</h2>
      ${this.renderFeedState(
        ({ feed }) =>
          html`<p class="count">${this.l10n.plural('count', feed.resources.length)}</p>
            <ul>
              ${feed.resources.map((r) => html`<li><a href=${r.url}>${this.l10n.text(r.title)}</a> ${this.l10n.text(r.summary)}</li>`)}
            </ul>`,
      )}`;
  }
}
TestWidget.define('spf-test-widget');

declare global {
  interface HTMLElementTagNameMap {
    'spf-test-widget': TestWidget;
  }
}

/** Waits until the element has left the loading state. */
export async function settled(element: TestWidget | HTMLElement, timeout = 5000): Promise<void> {
  const start = Date.now();
  await (element as TestWidget).updateComplete;
  while (element.shadowRoot?.querySelector('[aria-busy="true"]') || !element.shadowRoot?.childElementCount) {
    if (Date.now() - start > timeout) throw new Error('The element stayed in its loading state.');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await (element as TestWidget).updateComplete;
}

/** Replaces window.fetch for one test; returns the calls and a restore function. */
export function stubFetch(handler: (url: string, init?: RequestInit) => Promise<Response>) {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push(url);
    return handler(url, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}

/** Counts real requests made through fetch, passing them on. */
export function countFetch() {
  const original = window.fetch.bind(window);
  return stubFetch((url, init) => original(url, init));
}
