import { svg, html } from 'lit';

// A small icon set: 24×24 paths filled with the text colour, so they follow
// forced-colours mode. Always beside a text label, so hidden from assistive tech.
const icon = (path: ReturnType<typeof svg>) =>
  html`<svg class="icon" viewBox="0 0 24 24" width="24" height="24" fill="currentColor" aria-hidden="true" focusable="false">${path}</svg>`;

export const icons = {
  play: icon(svg`<path d="M7 4.5v15l13-7.5z"/>`),
  pause: icon(svg`<path d="M6 4h4.5v16H6zm7.5 0H18v16h-4.5z"/>`),
  back: icon(svg`<path d="M12 5V1L6 6l6 5V7a6 6 0 1 1-6 6H4a8 8 0 1 0 8-8z"/>`),
  forward: icon(svg`<path d="M12 5V1l6 5-6 5V7a6 6 0 1 0 6 6h2a8 8 0 1 1-8-8z"/>`),
  volume: icon(svg`<path d="M3 9v6h4l5 5V4L7 9zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4z"/>`),
  muted: icon(svg`<path d="M3 9v6h4l5 5V4L7 9zm18.7 0-1.4-1.4-2.8 2.8-2.8-2.8L13.3 9l2.8 2.8-2.8 2.8 1.4 1.4 2.8-2.8 2.8 2.8 1.4-1.4-2.8-2.8z"/>`),
  previous: icon(svg`<path d="M6 5h2v14H6zm3.5 7L19 19V5z"/>`),
  next: icon(svg`<path d="M16 5h2v14h-2zM5 5v14l9.5-7z"/>`),
  download: icon(svg`<path d="M11 3h2v10l4-4 1.4 1.4L12 16.8l-6.4-6.4L7 9l4 4zM4 19h16v2H4z"/>`),
  link: icon(svg`<path d="M10.6 13.4a1 1 0 0 0 1.4 0l4-4a3 3 0 1 0-4.2-4.2l-1.2 1.2 1.4 1.4 1.2-1.2a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 0 0 1.4zm2.8-2.8a1 1 0 0 0-1.4 0l-4 4a3 3 0 1 0 4.2 4.2l1.2-1.2-1.4-1.4-1.2 1.2a1 1 0 1 1-1.4-1.4l4-4a1 1 0 0 0 0-1.4z"/>`),
};
