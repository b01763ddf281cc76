import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { focusLater, intl, localStore } from './index.js';

class FocusTest extends LitElement {
  static override properties = { open: { type: Boolean } };
  declare open: boolean;
  override render() {
    return this.open ? html`<h2 id="later" tabindex="-1">Shown later</h2>` : html`<p>Closed</p>`;
  }
}
customElements.define('spf-focus-later-test', FocusTest);

describe('core internal helpers', () => {
  it('intl makes one formatter per kind, locale and options, and reuses it', () => {
    const percent = { style: 'percent' } as const;
    expect(intl(Intl.NumberFormat, 'cy-GB', percent)).to.equal(intl(Intl.NumberFormat, 'cy-GB', { style: 'percent' }));
    expect(intl(Intl.NumberFormat, 'cy-GB', percent)).not.to.equal(intl(Intl.NumberFormat, 'en-GB', percent));
    expect(intl(Intl.NumberFormat, 'en-GB')).not.to.equal(intl(Intl.NumberFormat, 'en-GB', percent));
    expect(intl(Intl.PluralRules, 'cy')).to.be.instanceOf(Intl.PluralRules);
    expect(intl(Intl.NumberFormat, 'en-GB', percent).format(0.5)).to.equal('50%');
  });

  it('focusLater moves focus to what the next render shows', async () => {
    const el = await fixture<FocusTest>(html`<spf-focus-later-test></spf-focus-later-test>`);
    el.open = true;
    await focusLater(el, '#later');
    expect(el.shadowRoot!.activeElement?.id).to.equal('later');
  });

  it('localStore gives localStorage, and undefined where the browser blocks it', () => {
    expect(localStore()).to.equal(localStorage);
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Blocked', 'SecurityError');
      },
    });
    try {
      expect(localStore()).to.equal(undefined);
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as { localStorage?: Storage }).localStorage;
    }
    expect(localStore()).to.equal(localStorage);
  });
});
