import { css } from 'lit';

/**
 * Design tokens and the styles every element shares.
 *
 * Public tokens are `--spf-*` custom properties with NHS.UK defaults. Set them
 * anywhere above the element (`:root`, a wrapper, the element itself). Inside,
 * each is read once into a private `--_*` property, so a value set on `:root`
 * is never hidden by a default set on `:host`.
 *
 * @cssprop [--spf-color-brand=#005eb8] - Brand colour: links, headings' accents, selected states.
 * @cssprop [--spf-color-text=#212b32] - Body text.
 * @cssprop [--spf-color-text-secondary=#4c6272] - Secondary text: dates, organisations, hints.
 * @cssprop [--spf-color-link-hover=#003087] - Link hover colour.
 * @cssprop [--spf-color-link-visited=#330072] - Visited link colour.
 * @cssprop [--spf-color-button=#007f3b] - Primary button background.
 * @cssprop [--spf-color-button-text=#ffffff] - Primary button text.
 * @cssprop [--spf-color-error=#d5281b] - Error borders and text.
 * @cssprop [--spf-color-focus=#ffeb3b] - Focus background (NHS yellow).
 * @cssprop [--spf-color-focus-text=#212b32] - Text and underline on focus.
 * @cssprop [--spf-color-background=#ffffff] - The element's background.
 * @cssprop [--spf-color-surface=#f0f4f5] - Panels and skeletons.
 * @cssprop [--spf-color-border=#d8dde0] - Borders and dividers.
 * @cssprop [--spf-font-family="Frutiger W01", Arial, sans-serif] - Font stack.
 * @cssprop [--spf-font-size=1rem] - Base text size.
 * @cssprop [--spf-radius=4px] - Corner radius of panels and buttons.
 * @cssprop [--spf-space=16px] - Base spacing unit.
 */
export const baseStyles = css`
  :host {
    --_brand: var(--spf-color-brand, #005eb8);
    --_text: var(--spf-color-text, #212b32);
    --_text-secondary: var(--spf-color-text-secondary, #4c6272);
    --_link-hover: var(--spf-color-link-hover, #003087);
    --_link-visited: var(--spf-color-link-visited, #330072);
    --_button: var(--spf-color-button, #007f3b);
    --_button-text: var(--spf-color-button-text, #ffffff);
    --_error: var(--spf-color-error, #d5281b);
    --_focus: var(--spf-color-focus, #ffeb3b);
    --_focus-text: var(--spf-color-focus-text, #212b32);
    --_background: var(--spf-color-background, #ffffff);
    --_surface: var(--spf-color-surface, #f0f4f5);
    --_border: var(--spf-color-border, #d8dde0);
    --_font: var(--spf-font-family, 'Frutiger W01', Arial, sans-serif);
    --_font-size: var(--spf-font-size, 1rem);
    --_radius: var(--spf-radius, 4px);
    --_space: var(--spf-space, 16px);

    display: block;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  h2,
  h3,
  h4,
  h5,
  h6,
  .heading {
    margin: 0 0 calc(var(--_space) / 2);
    line-height: 1.3;
    font-weight: 700;
  }
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }

  a {
    color: var(--_brand);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--_link-visited);
  }
  a:hover {
    color: var(--_link-hover);
    text-decoration-thickness: 3px;
  }

  button,
  .button {
    font: inherit;
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 8px 16px;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_button);
    color: var(--_button-text);
    cursor: pointer;
    text-decoration: none;
    box-shadow: 0 4px 0 #00401e;
  }
  button:active {
    transform: translateY(2px);
    box-shadow: 0 2px 0 #00401e;
  }
  button.secondary,
  .button.secondary {
    background: var(--_background);
    color: var(--_brand);
    border-color: var(--_brand);
    box-shadow: none;
  }

  /* NHS focus style: yellow background and a dark bottom bar. The transparent
     outline turns into a real one in forced-colours mode. */
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 4px solid transparent;
    outline-offset: 0;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  .notice {
    border-left: 8px solid var(--_brand);
    background: var(--_surface);
    padding: calc(var(--_space) / 2) var(--_space);
    margin: 0 0 var(--_space);
  }
  .error-summary {
    border: 4px solid var(--_error);
    padding: var(--_space);
    margin: 0 0 var(--_space);
  }
  .error-summary .heading {
    font-size: 1.2em;
  }

  /* The loading state takes roughly the space of what the element will show
     (each element draws its own shape), so the page does not move when the
     feed arrives. --_loading-block-size is each element's tunable reserve. */
  .skeleton {
    display: block;
    min-block-size: var(--_loading-block-size, var(--spf-skeleton-height, 12rem));
  }
  /* An element waiting for its first render (its turn: see internal/turns.ts) keeps the same space. */
  :host(:state(waiting)) {
    min-block-size: var(--_loading-block-size, var(--spf-skeleton-height, 12rem));
  }
  /* A feed that fails turns the skeleton into a short message: it keeps the
     skeleton's space, up to one screen, so what follows does not jump into view. */
  .feed-error {
    min-block-size: min(var(--_loading-block-size, var(--spf-skeleton-height, 12rem)), 100vh);
    min-block-size: min(var(--_loading-block-size, var(--spf-skeleton-height, 12rem)), 100svh);
  }
  .skeleton-shape {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .skeleton-line {
    block-size: 1.2em;
    border-radius: var(--_radius);
    background: var(--_surface);
    animation: spf-pulse 1.5s ease-in-out infinite;
  }
  .skeleton-line:nth-child(3n + 2) {
    inline-size: 80%;
  }
  .skeleton-line:nth-child(3n) {
    inline-size: 60%;
  }
  @keyframes spf-pulse {
    50% {
      opacity: 0.5;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    button,
    .button {
      border: 2px solid ButtonText;
    }
    .notice,
    .error-summary {
      border: 2px solid CanvasText;
    }
    .skeleton-line {
      border: 1px solid GrayText;
    }
    a:focus-visible,
    button:focus-visible,
    summary:focus-visible,
    [tabindex]:focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    button {
      display: none;
    }
  }
`;
