import { svg, html } from 'lit';

// A small icon set: 24×24 shapes in the text colour (filled, or stroked 2px
// wide), so they follow forced-colours mode. Always beside a text label, so
// hidden from assistive tech.
const icon = (path: ReturnType<typeof svg>) =>
  html`<svg class="icon" viewBox="0 0 24 24" width="24" height="24" fill="currentColor" stroke-width="2" aria-hidden="true">${path}</svg>`;

export const icons = {
  play: icon(svg`<path d="M8 5v14l11-7z"/>`),
  pause: icon(svg`<path d="M6 5h4v14H6zm8 0h4v14h-4z"/>`),
  back: icon(svg`<path d="M12 5V1L6 6l6 5V7a6 6 0 1 1-6 6H4a8 8 0 1 0 8-8z"/>`),
  forward: icon(svg`<path d="M12 5V1l6 5-6 5V7a6 6 0 1 0 6 6h2a8 8 0 1 1-8-8z"/>`),
  volume: icon(svg`<path d="M3 9v6h4l5 5V4L7 9zm11-1v8a4 4 0 0 0 0-8z"/>`),
  muted: icon(svg`<path d="M3 9v6h4l5 5V4L7 9z"/><path d="m15 9 6 6m0-6-6 6" stroke="currentColor"/>`),
  previous: icon(svg`<path d="M6 5h2v14H6zm3 7 10 7V5z"/>`),
  next: icon(svg`<path d="M16 5h2v14h-2zM5 5v14l10-7z"/>`),
  download: icon(svg`<path d="M11 4h2v8h4l-5 6-5-6h4zM4 19h16v2H4z"/>`),
  link: icon(svg`<path d="M10 14a3.5 3.5 0 0 0 5 0l3-3a3.5 3.5 0 0 0-5-5l-1 1m2 3a3.5 3.5 0 0 0-5 0l-3 3a3.5 3.5 0 0 0 5 5l1-1" fill="none" stroke="currentColor"/>`),
};
