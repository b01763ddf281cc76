import { css } from 'lit';

// On top of baseStyles (packages/core/src/styles.ts): tokens, buttons, focus,
// forced colours and reduced motion come from there. What only the controls
// need is in controls.styles.ts, adopted when they load.
export const playerStyles = css`
  .player {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .meta,
  .summary {
    color: var(--_text-secondary);
  }
  .row button {
    background: var(--_background);
    color: var(--_brand);
    border-color: var(--_brand);
    box-shadow: none;
  }
  .fallback ::slotted(audio) {
    width: 100%;
  }
  .row button:focus-visible,
  .row .button:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
  }
`;

/** The loading state: the title, the summary and the controls, about the size of the player to come. */
export const skeletonStyles = css`
  :host {
    --_loading-block-size: var(--spf-podcast-player-loading-block-size, var(--spf-skeleton-height, 46rem));
  }
  :host([compact]) {
    --_loading-block-size: var(--spf-podcast-player-loading-block-size, var(--spf-skeleton-height, 12rem));
  }
  .reserve {
    min-block-size: var(--_loading-block-size);
    align-content: start;
  }
`;
