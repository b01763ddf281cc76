import { adoptStyles, type CSSResultOrNative, type ReactiveElement } from 'lit';

/**
 * Adds the styles of a part that loaded later (see `lazyModule`) to the
 * element's shadow root, after the element's own. Call it once per part.
 */
export function adoptLateStyles(element: ReactiveElement, styles: CSSResultOrNative): void {
  adoptStyles(element.renderRoot as ShadowRoot, [
    ...(element.constructor as typeof ReactiveElement).elementStyles,
    styles,
  ]);
}
