import { SpfDiagnosticCard } from './spf-diagnostic-card.js';

export { SpfDiagnosticCard };
SpfDiagnosticCard.define('spf-diagnostic-card');

declare global {
  interface HTMLElementTagNameMap {
    'spf-diagnostic-card': SpfDiagnosticCard;
  }
}
