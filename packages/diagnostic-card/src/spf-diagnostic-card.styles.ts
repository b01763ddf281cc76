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
  .choose-file {
    display: flex;
    margin-top: calc(var(--_space) / 2);
  }
  .error-message {
    border-left: 4px solid var(--_error);
    padding-left: 12px;
    color: var(--_error);
    font-weight: 600;
  }

  @media (forced-colors: active) {
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
    h2,
    h3,
    h4,
    h5,
    h6,
    p,
    ul,
    ol,
    table {
      margin-block: 0 6pt;
    }
  }
`;

/** The loading state: the statements and their answers, about the size of the card to come. */
export const skeletonStyles = css`
  :host {
    --_loading-block-size: var(--spf-diagnostic-card-loading-block-size, var(--spf-skeleton-height, 70rem));
  }
  @media (min-width: 40em) {
    :host {
      --_loading-block-size: var(--spf-diagnostic-card-loading-block-size, var(--spf-skeleton-height, 64rem));
    }
  }
`;
