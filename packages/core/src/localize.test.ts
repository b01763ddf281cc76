import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearFeedRequests } from '@spf-wellbeing/feed';
import { settled, type TestWidget } from '../../../test/helpers/test-widget.js';
import { coreStrings } from './core-strings.js';
import type { LocalizeController } from './localize.js';

const small = new URL('../../../test/fixtures/small-feed.json', import.meta.url).href;
const heading = (el: TestWidget) => el.shadowRoot!.querySelector('h2')!.textContent;

describe('localisation', () => {
  beforeEach(() => clearFeedRequests());
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('has every core string in English and Welsh', async () => {
    const { default: cy } = await coreStrings.cy();
    expect(Object.keys(cy).sort()).to.deep.equal(Object.keys(coreStrings.en).sort());
  });

  it('takes the language from the element, then the nearest ancestor, and follows changes', async () => {
    const wrapper = await fixture(html`<div lang="cy"><spf-test-widget feed="${small}"></spf-test-widget></div>`);
    const el = wrapper.querySelector('spf-test-widget')!;
    await settled(el);
    expect(heading(el)).to.equal('Adnoddau');
    expect(el.shadowRoot!.textContent).to.contain('Mynd i’r afael â bwlio yn y gwaith');
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('2 adnodd');
    wrapper.setAttribute('lang', 'en-GB');
    await waitUntil(() => heading(el) === 'Resources');
    el.setAttribute('lang', 'cy');
    await waitUntil(() => heading(el) === 'Adnoddau');
    await expect(el).to.be.accessible();
  });

  it('follows a change of the page language', async () => {
    const el = await fixture<TestWidget>(html`<spf-test-widget feed="${small}"></spf-test-widget>`);
    await settled(el);
    document.documentElement.lang = 'cy';
    await waitUntil(() => heading(el) === 'Adnoddau');
  });

  it('falls back to English for a language it does not have', async () => {
    const el = await fixture<TestWidget>(html`<spf-test-widget lang="fr" feed="${small}"></spf-test-widget>`);
    await settled(el);
    expect(heading(el)).to.equal('Resources');
  });

  it('lets the host override any string by attribute or property', async () => {
    const el = await fixture<TestWidget>(
      html`<spf-test-widget data-i18n-heading="Wellbeing tools" feed="${small}"></spf-test-widget>`,
    );
    await settled(el);
    expect(heading(el)).to.equal('Wellbeing tools');
    el.removeAttribute('data-i18n-heading');
    el.strings = { en: { heading: 'Our guides' }, cy: { heading: 'Ein canllawiau' } };
    await el.updateComplete;
    expect(heading(el)).to.equal('Our guides');
    el.lang = 'cy';
    await waitUntil(() => heading(el) === 'Ein canllawiau');
  });

  it('writes numbers as Intl.NumberFormat does for en-GB and cy-GB, without it', async () => {
    const el = await fixture<TestWidget>(html`<spf-test-widget lang="cy"></spf-test-widget>`);
    const { l10n } = el as unknown as { l10n: LocalizeController<string> };
    const values = [0, 1, 12, 999, 1000, 1234.5678, 12.3, 1234567.891, -1234.5, 0.75, 1.25, 2.5, 99.95, 1e9, 0.0004];
    for (const locale of ['en-GB', 'cy-GB']) {
      for (const digits of [0, 1, 3]) {
        const format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
        for (const value of values)
          expect(l10n.number(value, digits), `${value} (${digits})`).to.equal(format.format(value));
      }
    }
    expect(l10n.number(1234.5)).to.equal('1,234.5');
  });

  it('shows feed errors in Welsh', async () => {
    const el = await fixture<TestWidget>(
      html`<spf-test-widget
        lang="cy"
        feed="${new URL('../../../test/fixtures/not-json.json', import.meta.url).href}"
      ></spf-test-widget>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'Mae camgymeriad yn y ffrwd llesiant',
    );
    expect(el.shadowRoot!.querySelector('[role="alert"] button')!.textContent.trim()).to.equal(
      'Rhowch gynnig arall arni',
    );
    await expect(el).to.be.accessible();
  });
});
