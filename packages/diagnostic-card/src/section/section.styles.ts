import { css } from 'lit';

/** A section's statements and answer levels: added to the card when the section's file loads. */
export const sectionStyles = css`
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
`;
