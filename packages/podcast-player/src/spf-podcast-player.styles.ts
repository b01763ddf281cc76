import { css } from 'lit';

export const playerStyles = css`
  .player {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .meta,
  .summary {
    color: var(--_text-secondary);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .controls button:not(.play),
  .row button,
  .row .button {
    background: var(--_background);
    color: var(--_brand);
    border-color: var(--_brand);
    box-shadow: none;
  }
  .controls button:not(.play):focus-visible,
  .row button:focus-visible,
  .row .button:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
  }
  .play {
    min-width: 7em;
  }
  .seek {
    flex: 1 1 100%;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  input[type='range'] {
    width: 100%;
    min-height: 44px;
    margin: 0;
    accent-color: var(--_brand);
    background: transparent;
  }
  .time {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  label.field {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    min-height: 44px;
  }
  select,
  input[type='search'],
  input[type='text'] {
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
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 4px;
  }
  .item {
    display: flex;
    justify-content: flex-start;
    align-items: baseline;
    gap: 8px;
    width: 100%;
    min-height: 44px;
    text-align: start;
    font-weight: 400;
    background: none;
    color: var(--_text);
    box-shadow: none;
    border: 2px solid transparent;
    border-left: 6px solid transparent;
    transform: none;
  }
  .item[aria-current] {
    font-weight: 700;
    border-left-color: var(--_brand);
    background: var(--_surface);
  }
  .item:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
  }
  .item:active {
    transform: none;
    box-shadow: none;
  }
  .item > span {
    min-width: 0;
  }
  .stamp {
    font-variant-numeric: tabular-nums;
    color: var(--_text-secondary);
    flex: none;
  }
  .cues {
    position: relative;
    max-height: 20rem;
    overflow-y: auto;
  }
  .speaker {
    font-weight: 700;
  }
  mark {
    background: var(--_focus);
    color: var(--_focus-text);
    text-decoration: underline;
  }
  /* Content inside <details> inherits through the browser's own shadow tree,
     so the inherited border-box sizing from baseStyles does not reach it. */
  details * {
    box-sizing: border-box;
  }
  details > summary {
    cursor: pointer;
    font-weight: 700;
    min-height: 44px;
    padding: 10px 0;
  }
  .series {
    display: grid;
    gap: 8px;
  }
  details[open] > summary {
    margin-bottom: 8px;
  }
  .copy-fallback input {
    width: 100%;
  }
  .fallback ::slotted(audio) {
    width: 100%;
  }
  .icon {
    flex: none;
  }
  :host([compact]) .label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
`;
