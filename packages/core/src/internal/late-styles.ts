import { adoptStyles, type CSSResultOrNative, type ReactiveElement } from 'lit';

/** The late styles each element has adopted so far, so a second part keeps the first part's. */
const adopted = new WeakMap<ReactiveElement, CSSResultOrNative[]>();

/**
 * Adds the styles of a part that loaded later (see `lazyModule`) to the
 * element's shadow root, after the element's own and any other part's.
 * Adding the same styles again does nothing, so it is safe to call on every render.
 */
export function adoptLateStyles(element: ReactiveElement, styles: CSSResultOrNative): void {
  const late = adopted.get(element) ?? [];
  if (late.includes(styles)) return;
  late.push(styles);
  adopted.set(element, late);
  adoptStyles(element.renderRoot as ShadowRoot, [
    ...(element.constructor as typeof ReactiveElement).elementStyles,
    ...late,
  ]);
}
