/**
 * The results' styles, added on top of the element's when the results first
 * show. They load with the results' code.
 */
import { css } from 'lit';

export const resultsStyles = css`
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
  }

  @media print {
    /* The table gives the same figures in less space, so the summary fits one page. */
    svg.chart {
      display: none;
    }
    th,
    td {
      padding: 2pt 6pt 2pt 0;
    }
    table {
      margin-block: 0 6pt;
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
