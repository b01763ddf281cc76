import type { ReactiveElement } from 'lit';

/** Moves focus to `selector` in the element's shadow root once the element has rendered. */
export async function focusLater(element: ReactiveElement, selector: string): Promise<void> {
  await element.updateComplete;
  element.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}
