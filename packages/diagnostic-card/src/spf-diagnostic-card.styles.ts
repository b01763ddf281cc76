import { css } from 'lit';

export const diagnosticStyles = css`
  :host {
    --_bar: var(--spf-diagnostic-bar-color, var(--_brand));
    --_track: var(--spf-diagnostic-track-color, var(--_surface));
  }
  .card > * + * {
    margin-top: var(--_space);
  }
  .caption {
    display: block;
    color: var(--_text-secondary);
    font-size: 0.875em;
    font-weight: 400;
  }
  .hint {
    color: var(--_text-secondary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: center;
    margin: var(--_space) 0;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 4px solid transparent;
  }

  /* Overview */
  .sections {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .sections li {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: center;
    justify-content: space-between;
  }
  .sections .section-text {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .sections .section-text > * {
    margin: 0;
  }
  .done {
    font-weight: 600;
  }

  /* Answering */
  fieldset.statement {
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  fieldset.statement legend {
    font-weight: 700;
    font-size: 1.1em;
    padding: 0 4px;
    max-width: 100%;
  }
  .levels {
    display: grid;
    gap: 4px;
  }
  .level {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 12px;
    align-items: start;
    padding: 4px 0;
  }
  .level input[type='radio'] {
    width: 28px;
    height: 28px;
    margin: 0;
    accent-color: var(--_brand);
    cursor: pointer;
  }
  .level label {
    font-weight: 600;
    min-height: 28px;
    display: flex;
    align-items: center;
    cursor: pointer;
  }
  .level .level-hint {
    grid-column: 2;
    color: var(--_text-secondary);
  }

  /* Results */
  .overall {
    font-size: 1.2em;
    font-weight: 700;
  }
  svg.chart {
    display: block;
    width: 100%;
    max-width: 44rem;
    overflow: hidden;
  }
  .chart-label {
    fill: var(--_text);
    font-size: 16px;
    font-family: var(--_font);
  }
  .chart-value {
    fill: var(--_text);
    font-size: 15px;
    font-weight: 700;
    font-family: var(--_font);
  }
  .chart-track {
    fill: var(--_track);
    stroke: var(--_border);
  }
  .chart-bar {
    fill: var(--_bar);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    max-width: 44rem;
    margin: var(--_space) 0;
  }
  @media (max-width: 480px) {
    table {
      font-size: 0.875em;
    }
    th,
    td {
      padding: 6px 4px 6px 0;
    }
  }
  /* Set column widths, so no engine's fonts can push a table wider than the
     screen. (Not only in a narrow-screen media query: WebKit does not always
     apply those in shadow roots after the window is resized.) */
  table {
    table-layout: fixed;
    overflow-wrap: anywhere;
  }
  .col-section {
    width: 35%;
  }
  .col-number {
    width: 14%;
  }
  .col-level {
    width: 29%;
  }
  .col-answered {
    width: 22%;
  }
  .compare .col-number {
    width: 17%;
  }
  .col-change {
    width: 31%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 8px;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 8px 8px 8px 0;
    border-bottom: 1px solid var(--_border);
  }
  td.number,
  th.number {
    text-align: end;
    white-space: nowrap;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
  }
  .start-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .start-list > li + li {
    margin-top: var(--_space);
  }
  .start-list ul {
    margin: 4px 0 8px;
    padding-inline-start: 1.25em;
  }
  .resources a {
    display: inline-block;
    min-height: 24px;
  }
  .organisation {
    color: var(--_text-secondary);
  }

  /* Files */
  .export {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }
  .file-field {
    margin: var(--_space) 0;
  }
  .file-field label {
    display: block;
    font-weight: 700;
  }
  input[type='file'] {
    font: inherit;
    max-width: 100%;
    min-height: 44px;
    padding: 4px 0;
  }
  input[type='file']::file-selector-button {
    font: inherit;
    min-height: 36px;
    margin-inline-end: 8px;
    border: 2px solid var(--_brand);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_brand);
    cursor: pointer;
  }
  .error-message {
    border-left: 4px solid var(--_error);
    padding-left: 12px;
    color: var(--_error);
    font-weight: 600;
  }
  button.warning {
    background: var(--_error);
    box-shadow: 0 4px 0 #6b140e;
  }
  .confirm {
    border: 4px solid var(--_error);
  }

  @media (forced-colors: active) {
    .chart-bar {
      fill: Highlight;
    }
    .chart-track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .chart-label,
    .chart-value {
      fill: CanvasText;
    }
    .error-message {
      border-left-color: CanvasText;
    }
  }

  @media print {
    :host {
      color: #000;
      background: #fff;
      font-size: 11pt;
    }
    button,
    input,
    .export,
    .actions,
    .privacy,
    [part='status'] {
      display: none !important;
    }
    /* The table gives the same figures in less space, so the summary fits one page. */
    svg.chart {
      display: none;
    }
    h2, h3, h4, h5, h6, p, ul, ol, table {
      margin-block: 0 6pt;
    }
    th,
    td {
      padding: 2pt 6pt 2pt 0;
    }
    table,
    .start-list > li {
      break-inside: avoid;
    }
    .resources a::after {
      content: ' (' attr(href) ')';
    }
  }
`;
