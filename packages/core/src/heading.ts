import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

type HeadingOptions = { id?: string; className?: string; focusable?: boolean; part?: string };

/** Clamps a heading level to 1 to 6; anything else becomes `fallback`. */
export function clampHeadingLevel(level: unknown, fallback = 2): number {
  const number = Number(level);
  return Number.isInteger(number) && number >= 1 && number <= 6 ? number : fallback;
}

/**
 * A real heading element (`<h1>` … `<h6>`) at `level`, so a widget's headings
 * fit the host page's outline. Levels beyond 6 stay at 6.
 *
 * One plain template per level: Lit cannot bind a tag name, and its
 * `static-html` module would cost more bytes than these six lines.
 */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const id = ifDefined(options.id);
  const className = ifDefined(options.className);
  const part = ifDefined(options.part);
  const tabindex = ifDefined(options.focusable ? '-1' : undefined);
  switch (Math.min(Math.max(Math.round(level), 1), 6)) {
    case 1:
      return html`<h1 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h6>`;
  }
}
