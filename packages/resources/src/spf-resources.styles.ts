import { css } from 'lit';

/** Styles of <spf-resources>, on top of the shared base styles (NHS.UK look). */
export const styles = css`
  .base > :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.5em;
    margin-bottom: var(--_space);
  }

  .layout {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'search' 'filters' 'main';
  }
  .search {
    grid-area: search;
    margin: 0;
  }
  .filters {
    grid-area: filters;
  }
  .main {
    grid-area: main;
    min-width: 0;
  }
  /* Beside the results when the element is wide enough. The element measures
     itself rather than using a container query, because size containment would
     shrink it to nothing in a host page's shrink-to-fit box (a float, a table cell). */
  .layout.wide.has-filters {
    grid-template-columns: minmax(12rem, 1fr) minmax(0, 2.5fr);
    grid-template-areas: 'search search' 'filters main';
    align-items: start;
  }

  /* Search */
  .label {
    display: block;
    font-weight: 600;
    font-size: 1.1em;
    margin-bottom: 4px;
  }
  .hint {
    color: var(--_text-secondary);
    margin-bottom: 8px;
  }
  input[type='search'] {
    font: inherit;
    width: 100%;
    max-width: 36rem;
    min-height: 44px;
    padding: 4px 8px;
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_background);
    color: var(--_text);
    appearance: none;
  }

  /* Filters */
  .filters {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .filters summary {
    cursor: pointer;
    min-height: 44px;
    padding: 10px var(--_space);
    color: var(--_brand);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .filters summary:hover {
    color: var(--_link-hover);
  }
  .chosen {
    font-weight: 400;
    margin-left: 0.25em;
  }
  .filter-groups {
    padding: 0 var(--_space) var(--_space);
    display: grid;
    gap: var(--_space);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: 4px;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 8px;
    min-height: 32px;
    padding: 2px 0;
  }
  .option input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_brand);
    cursor: pointer;
  }
  .option label {
    flex: 1;
    min-width: 0;
    min-height: 24px;
    cursor: pointer;
  }
  .count {
    color: var(--_text-secondary);
  }
  .clear-all {
    justify-self: start;
  }

  /* Status and messages */
  .status {
    font-weight: 600;
    margin-bottom: var(--_space);
  }
  .status.none {
    font-size: 1.2em;
  }
  .no-matches .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .empty {
    padding: var(--_space);
    background: var(--_surface);
  }

  /* Results */
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .results:focus {
    outline: none;
  }
  .results:focus-visible {
    outline: 2px solid var(--_focus-text);
    outline-offset: 4px;
    background: none;
    box-shadow: none;
  }
  .result {
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_border);
  }
  .result:first-child {
    padding-top: 0;
  }
  .result .title {
    font-size: 1.15em;
    margin-bottom: 4px;
  }
  .result .title a {
    display: inline-block;
    min-height: 24px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
    color: var(--_text-secondary);
    font-size: 0.95em;
  }
  .type {
    display: inline-block;
    padding: 0 8px;
    border: 1px solid var(--_brand);
    border-radius: var(--_radius);
    color: var(--_link-hover);
    background: #e8f1f8;
    background: color-mix(in srgb, var(--_brand) 9%, var(--_background));
    font-weight: 600;
  }
  .meta > * + *::before {
    content: '·' / '';
    margin-right: 8px;
  }
  .meta > .organisation::before,
  .meta > .type + *::before {
    content: none;
  }
  .summary {
    max-width: 44rem;
  }
  .topics {
    color: var(--_text-secondary);
    font-size: 0.95em;
  }
  .listen-row {
    margin: 8px 0 0;
  }
  .listen:visited {
    color: var(--_brand);
  }
  .icon {
    width: 1.2em;
    height: 1.2em;
    fill: currentColor;
  }

  /* Cards: a responsive grid */
  .layout-cards .results {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: var(--_space);
  }
  .layout-cards .result {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    border-bottom: 4px solid var(--_brand);
    background: var(--_background);
    display: flex;
    flex-direction: column;
  }
  .layout-cards .listen-row {
    margin-top: auto;
  }

  /* Compact: a dense list */
  .layout-compact .result {
    padding: 8px 0;
  }
  .layout-compact .result .title {
    font-size: 1em;
    margin: 0;
  }
  .layout-compact .meta {
    margin: 0;
    font-size: 0.875em;
  }
  /* One line of summary: the whole text is still read out, and the link has it all. */
  .layout-compact .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 1;
    line-clamp: 1;
    overflow: hidden;
    margin: 0;
    font-size: 0.875em;
  }
  .layout-compact .topics {
    display: none;
  }
  .layout-compact .listen-row {
    margin: 4px 0 0;
  }
  .layout-compact .listen {
    min-height: 32px;
    padding: 2px 12px;
  }

  /* Pagination */
  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px var(--_space);
    margin-top: var(--_space);
  }
  .page-of {
    margin: 0;
  }
  .pagination .next {
    margin-left: auto;
  }

  @media (forced-colors: active) {
    .type {
      border-color: CanvasText;
    }
    .filters,
    .layout-cards .result {
      border: 1px solid CanvasText;
    }
  }
`;

/** The loading state: the search, the filters and `page-size` cards, about the size of the list to come. */
export const skeletonStyles = css`
  :host {
    --_loading-block-size: var(--spf-resources-loading-block-size, var(--spf-skeleton-height, auto));
  }
  /* The skeleton is the search and page-size cards, most often more than a screen: the message keeps one screen. */
  .feed-error {
    min-block-size: 100vh;
    min-block-size: 100svh;
  }
  /* The search box and the filters' button, drawn as the lines are (styles.ts in core). */
  .skeleton-block {
    block-size: 2.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    animation: spf-pulse 1.5s ease-in-out infinite;
  }
  @media (forced-colors: active) {
    .skeleton-block {
      border: 1px solid GrayText;
    }
  }
  .skeleton-card {
    display: grid;
    align-content: start;
    gap: calc(var(--_space) / 2);
    min-block-size: var(--spf-resources-loading-item-block-size, 13rem);
    border-block-end: 1px solid var(--_border);
  }
  @media (min-width: 40em) {
    .skeleton-card {
      min-block-size: var(--spf-resources-loading-item-block-size, 10rem);
    }
  }
`;
