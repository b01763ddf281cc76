// Shared helpers for this package's tests (not part of the published element).
import { waitUntil } from '@open-wc/testing';
import type { SpfWellbeingCheckin } from './spf-wellbeing-checkin.js';

export const fixtureFeed = new URL('./test-fixtures/checkin-feed.json', import.meta.url).href;

/** Waits until the element has left its loading state and rendered. */
export async function ready(el: SpfWellbeingCheckin): Promise<SpfWellbeingCheckin> {
  await waitUntil(
    () => el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"]'),
    'the element stayed in its loading state',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: SpfWellbeingCheckin, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: SpfWellbeingCheckin, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
export const text = (el: SpfWellbeingCheckin, selector?: string) =>
  clean(selector ? el.shadowRoot!.querySelector(selector)?.textContent : el.shadowRoot!.textContent);

/** The radio whose visible label is `label`. */
export function radioFor(el: SpfWellbeingCheckin, label: string): HTMLInputElement {
  const found = $$<HTMLLabelElement>(el, '.option label').find(
    (each) => clean(each.querySelector('.label')?.textContent) === label,
  );
  if (!found) throw new Error(`No option labelled "${label}"`);
  return el.shadowRoot!.getElementById(found.htmlFor) as HTMLInputElement;
}

/** Chooses an option by its label and presses the submit button, as a mouse user would. */
export async function answer(el: SpfWellbeingCheckin, label: string): Promise<void> {
  radioFor(el, label).click();
  $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
  await waitUntil(
    () => el.shadowRoot!.activeElement?.id === 'result-heading',
    'focus did not reach the result heading',
  );
}

/** Records calls to Storage methods (localStorage and sessionStorage alike) until restored. */
export function spyStorage() {
  const calls: { method: string; key: string; value?: string }[] = [];
  const proto = Storage.prototype;
  const originals = {
    setItem: proto.setItem,
    getItem: proto.getItem,
    removeItem: proto.removeItem,
    clear: proto.clear,
  };
  proto.setItem = function (key: string, value: string) {
    calls.push({ method: 'setItem', key, value });
    return originals.setItem.call(this, key, value);
  };
  proto.getItem = function (key: string) {
    calls.push({ method: 'getItem', key });
    return originals.getItem.call(this, key);
  };
  proto.removeItem = function (key: string) {
    calls.push({ method: 'removeItem', key });
    return originals.removeItem.call(this, key);
  };
  proto.clear = function () {
    calls.push({ method: 'clear', key: '' });
    return originals.clear.call(this);
  };
  return { calls, restore: () => Object.assign(proto, originals) };
}

/** Makes one Storage method throw, as a full or blocked store does, until restored. */
export function breakStorage(method: 'setItem' | 'getItem' | 'removeItem') {
  const proto = Storage.prototype;
  const original = proto[method];
  (proto as unknown as Record<string, unknown>)[method] = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return { restore: () => ((proto as unknown as Record<string, unknown>)[method] = original) };
}

/** Asserts every interactive control is at least 24 by 24 CSS pixels. */
export function smallTargets(el: SpfWellbeingCheckin): string[] {
  return $$(el, 'a[href], button, input, textarea, summary')
    .filter((control) => control.getClientRects().length > 0)
    .filter((control) => {
      const box = control.getBoundingClientRect();
      return box.width < 24 || box.height < 24;
    })
    .map(
      (control) =>
        `${control.tagName} "${clean(control.textContent)}" ${control.getBoundingClientRect().width}x${control.getBoundingClientRect().height}`,
    );
}
