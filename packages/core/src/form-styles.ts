import { css } from 'lit';

// A file of its own, so a page with only a player fetches these with its controls.
/**
 * What only elements with form controls, panels or link-like buttons need
 * (the list, the check-in, the diagnostic card, and the player's controls,
 * which adopt it when they load): on top of `baseStyles`, before the
 * element's own.
 */
export const formStyles = css`
  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button.link {
    background: none;
    color: var(--_brand);
    text-decoration: underline;
    padding: 4px 2px;
    min-height: 24px;
    min-width: 24px;
    box-shadow: none;
    font-weight: 400;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    background-color: var(--_background);
    color: var(--_text);
    box-shadow: inset 0 0 0 2px var(--_focus-text);
    outline: 4px solid var(--_focus);
    outline-offset: 0;
  }
  input[type='radio']:focus-visible,
  input[type='checkbox']:focus-visible,
  input[type='range']:focus-visible {
    box-shadow:
      0 0 0 4px var(--_focus),
      0 0 0 6px var(--_focus-text);
    outline: 4px solid transparent;
  }
  .panel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_background);
  }
  @media (forced-colors: active) {
    .panel {
      border: 2px solid CanvasText;
    }
  }
`;
