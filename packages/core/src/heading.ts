import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

const TAGS: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Clamps a heading level to 1 to 6; anything else becomes `fallback`. */
export function clampHeadingLevel(level: unknown, fallback = 2): number {
  const number = Number(level);
  return Number.isInteger(number) && number >= 1 && number <= 6 ? number : fallback;
}

/**
 * A real heading element (`<h2>` … `<h6>`) at `level`, so a widget's headings
 * fit the host page's outline. Levels beyond 6 stay at 6.
 */
export function heading(level: number, content: unknown, options: { id?: string; className?: string; focusable?: boolean; part?: string } = {}): TemplateResult {
  const tag = TAGS[Math.min(Math.max(Math.round(level), 1), 6) - 1];
  return staticHtml`<${tag}
    id=${ifDefined(options.id)}
    class=${ifDefined(options.className)}
    part=${ifDefined(options.part)}
    tabindex=${ifDefined(options.focusable ? '-1' : undefined)}
    >${content}</${tag}
  >`;
}
