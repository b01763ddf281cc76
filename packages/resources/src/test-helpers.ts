// Shared by the <spf-resources> tests: fixture feeds and small ways to read what a user sees.
import { fixture, html } from '@open-wc/testing';
import './define.js';
import type { SpfResources } from './spf-resources.js';

export const feedUrl = new URL('./test-fixtures/feed.json', import.meta.url).href;
export const bigFeedUrl = new URL('./test-fixtures/big-feed.json', import.meta.url).href;
export const emptyFeedUrl = new URL('./test-fixtures/empty-feed.json', import.meta.url).href;
export const hostileFeedUrl = new URL('../../../test/fixtures/hostile-feed.json', import.meta.url).href;

/** Waits until the element has left its loading state and finished rendering. */
export async function ready(el: SpfResources, timeout = 5000): Promise<SpfResources> {
  await el.updateComplete;
  const start = Date.now();
  while (!el.shadowRoot || el.shadowRoot.querySelector('[aria-busy="true"]')) {
    if (Date.now() - start > timeout) throw new Error('<spf-resources> stayed in its loading state.');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await el.updateComplete;
  return el;
}

/** A ready <spf-resources> showing the test feed, with any extra attributes. */
export async function resources(attributes: Record<string, string> = {}, feed = feedUrl): Promise<SpfResources> {
  const el = await fixture<SpfResources>(html`<spf-resources feed=${feed}></spf-resources>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return ready(el);
}

export const $ = <T extends Element = HTMLElement>(el: SpfResources, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: SpfResources, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The titles of the results on screen, in order. */
export const titles = (el: SpfResources) => $$(el, '.result .title a').map((link) => clean(link.textContent));

/** The live result count, as read out. */
export const status = (el: SpfResources) => clean($(el, '[part="status"]')?.textContent);

export const textOf = (element: Element | null | undefined) => clean(element?.textContent);

/** Types into the search box as a user would: sets the value and fires `input`. */
export async function search(el: SpfResources, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="search"]');
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** The checkbox for a filter option, found by its visible label. */
export function option(el: SpfResources, legend: string, label: string): HTMLInputElement {
  const fieldset = $$(el, 'fieldset').find((each) => textOf(each.querySelector('legend')) === legend);
  if (!fieldset) throw new Error(`No filter group "${legend}"`);
  const row = [...fieldset.querySelectorAll('.option')].find((each) =>
    textOf(each.querySelector('label')).startsWith(`${label} (`),
  );
  if (!row) throw new Error(`No option "${label}" in "${legend}"`);
  return row.querySelector('input')!;
}

/** The visible count beside a filter option. */
export function optionCount(el: SpfResources, legend: string, label: string): number {
  const input = option(el, legend, label);
  return Number(textOf(input.parentElement!.querySelector('.count')).replace(/[()]/g, ''));
}

/** Ticks or unticks a filter option as a click would. */
export async function toggle(el: SpfResources, legend: string, label: string): Promise<void> {
  option(el, legend, label).click();
  await el.updateComplete;
}
