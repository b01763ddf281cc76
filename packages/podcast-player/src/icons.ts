import { svg, html } from 'lit';

// A small icon set: 24×24 shapes in the text colour (filled, or stroked 2px
// wide), so they follow forced-colours mode. Always beside a text label, so
// hidden from assistive tech.
export const icon = (path: ReturnType<typeof svg>) =>
  html`<svg
    class="icon"
    viewBox="0 0 24 24"
    width="24"
    height="24"
    fill="currentColor"
    stroke-width="2"
    aria-hidden="true"
  >
    ${path}
  </svg>`;

export const download = icon(svg`<path d="M11 4h2v8h4l-5 6-5-6h4zM4 19h16v2H4z"/>`);
