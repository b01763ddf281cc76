export { SpfDiagnosticCard, STORAGE_PREFIX } from './spf-diagnostic-card.js';
export { strings } from './strings.js';
export * from './scoring.js';
export * from './export.js';
export * from './events.js';
