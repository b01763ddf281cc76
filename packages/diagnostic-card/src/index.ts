export { SpfDiagnosticCard } from './spf-diagnostic-card.js';
export { strings } from './strings.js';
