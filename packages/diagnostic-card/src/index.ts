export { SpfDiagnosticCard } from './spf-diagnostic-card.js';
export { STORAGE_PREFIX } from './assessment-store.js';
export { strings } from './strings.js';
export { sectionStrings } from './section/section-strings.js';
export { resultsStrings } from './results/results-strings.js';
export { filesStrings } from './files/files-strings.js';
export * from './score.js';
export * from './results/insights.js';
export {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  assessmentFile,
  readAssessment,
  type AssessmentFile,
  type ImportRefusal,
  type ImportResult,
} from './files/assessment.js';
export {
  MAX_IMPORT_BYTES,
  csvCell,
  diagnosticCsv,
  diagnosticJson,
  downloadFile,
  fileName,
  parseImport,
  readImportFile,
  toCsv,
  type CsvHeadings,
} from './files/files.js';
export * from './events.js';
