import { css } from 'lit';

/** Styles of <spf-wellbeing-checkin>, on top of the shared base styles. Calm: only the urgent panel is bold. */
export const styles = css`
  :host {
    --_urgent: var(--spf-color-urgent, #d5281b);
  }
  .base,
  .form,
  .result {
    display: grid;
    gap: var(--_space);
  }
  .form,
  .result {
    justify-items: start;
  }
  .base > *,
  .result > * {
    margin: 0;
  }

  .question-heading {
    font-size: 1.5em;
  }
  .hint,
  .organisation,
  .detail,
  .answer {
    color: var(--_text-secondary);
  }

  .question {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
    width: 100%;
  }
  .has-error {
    border-left: 4px solid var(--_error);
    padding-left: calc(var(--_space) * 0.75);
  }
  legend {
    padding: 0;
    max-width: 100%;
  }
  .error-message {
    color: var(--_error);
    font-weight: 700;
  }
  .options {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .option {
    position: relative;
    display: flex;
    align-items: center;
    gap: 12px;
    min-height: 44px;
    padding: 0 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .option:has(input:checked) {
    border-color: var(--_brand);
    box-shadow: inset 0 0 0 1px var(--_brand);
    background: var(--_surface);
  }
  .option input {
    flex: none;
    width: 28px;
    height: 28px;
    margin: 0;
    accent-color: var(--_brand);
    cursor: pointer;
  }
  .option label {
    flex: 1;
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    padding: 6px 0;
    cursor: pointer;
  }
  .symbol {
    font-size: 1.4em;
    line-height: 1;
  }
  .free-text {
    display: grid;
    gap: 4px;
    width: 100%;
  }
  .free-text-label {
    font-weight: 700;
  }
  .free-text .hint {
    margin: 0;
  }
  textarea {
    font: inherit;
    width: 100%;
    max-width: 40em;
    min-height: 5em;
    padding: 8px;
    border: 2px solid var(--_text);
    border-radius: 0;
    color: var(--_text);
    background: var(--_background);
  }

  .band {
    border-left: 8px solid var(--_brand);
    padding-left: var(--_space);
  }
  .result-heading {
    font-size: 1.3em;
  }
  .links {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .links li {
    display: grid;
  }
  .links a {
    display: inline-block;
    justify-self: start;
    padding: 4px 0;
    font-weight: 600;
  }

  /* Urgent help: prominent, not alarming. A strong border, calm text. */
  .urgent {
    width: 100%;
    border: 2px solid var(--_urgent);
    border-left-width: 12px;
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_background);
  }
  .urgent :is(h2, h3, h4, h5, h6) {
    font-size: 1.3em;
  }
  .urgent .contacts a {
    font-size: 1.125em;
    font-weight: 700;
  }

  /* Privacy and history */
  .privacy {
    color: var(--_text-secondary);
    font-size: 0.95em;
  }
  .privacy p:last-child {
    margin: 0;
  }
  .storage-problem {
    color: var(--_text);
  }
  /* Compact: tighter, with options side by side where they fit. */
  :host([compact]) :is(.base, .form, .result) {
    gap: calc(var(--_space) / 2);
  }
  :host([compact]) .question-heading {
    font-size: 1.2em;
  }
  :host([compact]) .options {
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
  }

  @media (forced-colors: active) {
    .option:has(input:checked) {
      border: 2px solid Highlight;
    }
    .urgent,
    .band {
      border-color: CanvasText;
    }
    /* The history's chart: its other styles load with it. */
    .chart-svg .grid {
      stroke: GrayText;
    }
    .chart-svg .line {
      stroke: CanvasText;
    }
    .chart-svg .dot {
      fill: CanvasText;
    }
  }
`;

/** The loading state: the question, its options and the button, about the size of the check-in to come. */
export const skeletonStyles = css`
  :host {
    --_loading-block-size: var(--spf-wellbeing-checkin-loading-block-size, var(--spf-skeleton-height, 26rem));
  }
`;
