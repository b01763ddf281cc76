import { css } from 'lit';
import { formStyles } from '@spf-wellbeing/core';

// The controls, chapters, series and transcript: adopted when the controls'
// file arrives (see spf-podcast-player.ts), so the entry carries only what the
// loading and error states need (spf-podcast-player.styles.ts). The shared
// styles of form controls come first, here too.
export const controlsStyles = css`
  ${formStyles}
  .player,
  .series,
  .list {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .controls,
  .row,
  label.field {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  label.field {
    display: inline-flex;
    min-height: 44px;
  }
  .meta,
  .summary,
  .stamp {
    color: var(--_text-secondary);
  }
  .controls button:not(.play),
  .row button {
    background: var(--_background);
    color: var(--_brand);
    border-color: var(--_brand);
    box-shadow: none;
  }
  .play {
    min-width: 7em;
  }
  .seek {
    flex: 1 1 100%;
    display: grid;
  }
  .seek,
  .list {
    grid-template-columns: minmax(0, 1fr);
  }
  input[type='range'] {
    min-height: 44px;
    margin: 0;
    accent-color: var(--_brand);
    background: transparent;
  }
  input[type='range'],
  .copy-fallback input,
  .fallback ::slotted(audio) {
    width: 100%;
  }
  .time,
  .stamp {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  /* The search box and the copy-link fallback: every input but the sliders. */
  select,
  input:not([type='range']) {
    font: inherit;
    min-height: 44px;
    max-width: 100%;
    padding: 4px 8px;
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_background);
    color: var(--_text);
  }
  .volume input {
    width: 8rem;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    gap: 4px;
  }
  .item {
    display: flex;
    justify-content: flex-start;
    align-items: baseline;
    gap: 8px;
    width: 100%;
    text-align: start;
    font-weight: 400;
    background: none;
    color: var(--_text);
    border: 2px solid transparent;
    border-left-width: 6px;
  }
  .item,
  .item:active {
    transform: none;
    box-shadow: none;
  }
  .item[aria-current] {
    border-left-color: var(--_brand);
    background: var(--_surface);
  }
  .controls button:not(.play):focus-visible,
  .row button:focus-visible,
  .row .button:focus-visible,
  .item:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
  }
  .item[aria-current],
  summary {
    font-weight: 700;
  }
  .item > span {
    min-width: 0;
  }
  .stamp,
  .icon {
    flex: none;
  }
  /* Content inside <details> inherits through the browser's own shadow tree,
     so the inherited border-box sizing from baseStyles does not reach it. */
  details * {
    box-sizing: border-box;
  }
  summary {
    cursor: pointer;
    min-height: 44px;
    padding: 10px 0;
  }
  [open] > summary {
    margin-bottom: 8px;
  }
  :host([compact]) .controls button {
    padding: 8px;
  }
  @media (forced-colors: active) {
    .item[aria-current] {
      border-left-color: Highlight;
    }
    input[type='range'] {
      border: 1px solid ButtonText;
    }
  }
`;
