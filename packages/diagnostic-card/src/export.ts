/**
 * Saving a self-assessment to a file and reading one back. Pure functions,
 * apart from `downloadFile` and `readImportFile`, which touch the browser.
 */
import type { Diagnostic, LocalText } from '@spf-wellbeing/feed';
import { levelFor, type Answers } from './scoring.js';

/** The `format` field of our JSON files. */
export const EXPORT_FORMAT = 'spf-diagnostic';
/** The `version` field of our JSON files. */
export const EXPORT_VERSION = 1;
/** Files bigger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** A saved self-assessment, as written to JSON files and to localStorage. */
export interface AssessmentFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** The diagnostic's id. */
  diagnostic: string;
  /** ISO date and time. */
  savedAt: string;
  /** The chosen scale value for each answered statement, by statement id. */
  answers: Record<string, number>;
}

/** Why a file was refused. */
export type ImportRefusal = 'too-big' | 'not-json' | 'not-ours' | 'newer-version' | 'other-diagnostic';

export type ImportResult = { ok: true; file: AssessmentFile } | { ok: false; reason: ImportRefusal; diagnostic?: string };

/**
 * One CSV cell, quoted as RFC 4180 asks: a cell holding a comma, a quote or a
 * line break is wrapped in quotes, with quotes doubled.
 *
 * Text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets
 * an apostrophe in front, so a spreadsheet shows it as text and never runs it
 * as a formula (CSV injection). Numbers are our own and written as they are.
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text, lines ending in CRLF as RFC 4180 asks. */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export interface CsvHeadings {
  section: string;
  statement: string;
  value: string;
  label: string;
}

/**
 * The assessment as CSV: a heading row, then one row per statement with its
 * section, statement, value and level label. Unanswered statements have
 * empty value and label cells.
 */
export function diagnosticCsv(diagnostic: Diagnostic, answers: Answers, text: (value: LocalText | undefined) => string, headings: CsvHeadings): string {
  const rows: (string | number | undefined)[][] = [[headings.section, headings.statement, headings.value, headings.label]];
  for (const section of diagnostic.sections) {
    for (const statement of section.statements) {
      const value = answers[statement.id];
      const level = value === undefined ? undefined : levelFor(value, diagnostic.scale);
      rows.push([text(section.title), text(statement.text), level ? value : undefined, level ? text(level.label) : undefined]);
    }
  }
  return toCsv(rows);
}

/** The assessment as our JSON file. */
export function assessmentFile(diagnostic: string, answers: Answers, savedAt: Date = new Date()): AssessmentFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, diagnostic, savedAt: savedAt.toISOString(), answers: { ...answers } };
}

/** The assessment as JSON text, for a download. */
export function diagnosticJson(diagnostic: string, answers: Answers, savedAt: Date = new Date()): string {
  return JSON.stringify(assessmentFile(diagnostic, answers, savedAt), null, 2) + '\n';
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a parsed value is one of our files. Answers that are not finite
 * numbers are dropped here; answers for unknown statements are kept for the
 * element to set aside.
 */
export function readAssessment(value: unknown, diagnosticId?: string): ImportResult {
  if (!isRecord(value) || value.format !== EXPORT_FORMAT || typeof value.diagnostic !== 'string' || !isRecord(value.answers)) {
    return { ok: false, reason: 'not-ours' };
  }
  if (typeof value.version !== 'number' || value.version > EXPORT_VERSION) return { ok: false, reason: 'newer-version' };
  if (value.version !== EXPORT_VERSION) return { ok: false, reason: 'not-ours' };
  if (diagnosticId !== undefined && value.diagnostic !== diagnosticId) return { ok: false, reason: 'other-diagnostic', diagnostic: value.diagnostic };
  const answers: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [id, answer] of Object.entries(value.answers)) {
    if (typeof answer === 'number' && Number.isFinite(answer)) answers[id] = answer;
  }
  const savedAt = typeof value.savedAt === 'string' && !Number.isNaN(Date.parse(value.savedAt)) ? value.savedAt : '';
  return { ok: true, file: { format: EXPORT_FORMAT, version: EXPORT_VERSION, diagnostic: value.diagnostic, savedAt, answers: { ...answers } } };
}

/** Reads JSON text as one of our files for `diagnosticId`, or says why not. */
export function parseImport(text: string, diagnosticId: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-big' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return readAssessment(value, diagnosticId);
}

/** Reads a chosen file, refusing one over 1 MB before reading it. */
export async function readImportFile(file: Blob, diagnosticId: string): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-big' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return parseImport(text, diagnosticId);
}

/** A safe file name: letters, digits and dashes only. */
export function fileName(diagnosticId: string, date: Date, extension: string): string {
  const base = diagnosticId.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'self-assessment';
  return `${base}-${date.toISOString().slice(0, 10)}.${extension}`;
}

/**
 * Offers `content` as a download: a Blob, an object URL and a temporary
 * `<a download>`. Works under a strict Content Security Policy (no data: URLs).
 * `parent` is where the link is briefly placed: a node inside the element.
 */
export function downloadFile(name: string, type: string, content: string, parent: Node & ParentNode): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
