/**
 * Saving a self-assessment to a file and reading one back. Pure functions,
 * apart from `downloadFile` and `readImportFile`, which touch the browser.
 *
 * The code lives in assessment.ts (what the element needs on every load) and
 * files.ts (what it loads when the files area first shows).
 */
import { readAssessment, type ImportResult } from './assessment.js';
import { parseJson, readJsonFile, type JsonRead } from './files.js';

export {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  assessmentFile,
  diagnosticJson,
  readAssessment,
  type AssessmentFile,
  type ImportRefusal,
  type ImportResult,
} from './assessment.js';
export { MAX_IMPORT_BYTES, csvCell, diagnosticCsv, downloadFile, fileName, toCsv, type CsvHeadings } from './files.js';

const check = (read: JsonRead, diagnosticId: string): ImportResult =>
  read.ok ? readAssessment(read.value, diagnosticId) : read;

/** Reads JSON text as one of our files for `diagnosticId`, or says why not. */
export function parseImport(text: string, diagnosticId: string): ImportResult {
  return check(parseJson(text), diagnosticId);
}

/** Reads a chosen file, refusing one over 1 MB before reading it. */
export async function readImportFile(file: Blob, diagnosticId: string): Promise<ImportResult> {
  return check(await readJsonFile(file), diagnosticId);
}
