/**
 * The files area's work: CSV, reading a chosen file back as a saved
 * assessment, safe file names, downloads; the step that asks before answers
 * are replaced or deleted ("Replace your answers?", "Start again?"); and their
 * strings. Pure functions, apart from `downloadFile`, `downloadAnswers`,
 * `readJsonFile` and `readImportFile`, which touch the browser.
 *
 * The element loads this module when its overview (with the files area) first
 * shows, so a click rarely waits for it. What it
 * shares with the element (the saved assessment's shape and check, in
 * assessment.ts) it imports from the element's own file.
 */
import { css, html, type TemplateResult } from 'lit';
import type { CoreStringKey, LocalizeController } from '@spf-wellbeing/core';
import type { Diagnostic, LocalText } from '@spf-wellbeing/feed';
import type { Answers } from '../score.js';
import type { StringKey } from '../strings.js';
import { assessmentFile, readAssessment, type ImportRefusal, type ImportResult } from './assessment.js';
import type { FilesStringKey } from './files-strings.js';

export { filesStrings } from './files-strings.js';

/** The element's strings, with the files area's own (they come with this file). */
export type FilesL10n = LocalizeController<StringKey | FilesStringKey | CoreStringKey>;

const REFUSALS: Record<ImportRefusal, FilesStringKey> = {
  'too-big': 'refusedTooBig',
  'not-json': 'refusedNotJson',
  'not-ours': 'refusedNotOurs',
  'newer-version': 'refusedNewer',
  'other-diagnostic': 'refusedOther',
};

/** Why a file was refused, and that the answers are as they were: one message, in the reader's language. */
export function refusalMessage(l10n: FilesL10n, reason: ImportRefusal): string {
  return `${l10n.term(REFUSALS[reason])} ${l10n.term('answersUnchanged')}`;
}

/** The assessment as JSON text, for a download. */
export function diagnosticJson(diagnostic: string, answers: Answers, savedAt: Date = new Date()): string {
  return JSON.stringify(assessmentFile(diagnostic, answers, savedAt), null, 2) + '\n';
}

/** Files bigger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** Text read as JSON, or why it could not be. */
export type JsonRead = { ok: true; value: unknown } | { ok: false; reason: 'too-big' | 'not-json' };

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
export function diagnosticCsv(
  diagnostic: Diagnostic,
  answers: Answers,
  text: (value: LocalText | undefined) => string,
  headings: CsvHeadings,
): string {
  const rows: (string | number | undefined)[][] = [
    [headings.section, headings.statement, headings.value, headings.label],
  ];
  for (const section of diagnostic.sections) {
    for (const statement of section.statements) {
      const value = answers[statement.id];
      const level = value === undefined ? undefined : diagnostic.scale.find((each) => each.value === value);
      rows.push([
        text(section.title),
        text(statement.text),
        level ? value : undefined,
        level ? text(level.label) : undefined,
      ]);
    }
  }
  return toCsv(rows);
}

/** Reads text as JSON, refusing text over 1 MB. */
export function parseJson(text: string): JsonRead {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-big' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'not-json' };
  }
}

/** Reads a chosen file as JSON, refusing one over 1 MB before reading it. */
export async function readJsonFile(file: Blob): Promise<JsonRead> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-big' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return parseJson(text);
}

/** A safe file name: letters, digits and dashes only. */
export function fileName(diagnosticId: string, date: Date, extension: string): string {
  const base =
    diagnosticId
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'self-assessment';
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

const check = (read: JsonRead, diagnosticId: string): ImportResult =>
  read.ok ? readAssessment(read.value, diagnosticId) : read;

/** Reads JSON text as one of our files for `diagnosticId`, or says why not. */
export function parseImport(text: string, diagnosticId: string): ImportResult {
  return check(parseJson(text), diagnosticId);
}

/** Reads a chosen file as one of our files for `diagnosticId`, refusing one over 1 MB before reading it. */
export async function readImportFile(file: Blob, diagnosticId: string): Promise<ImportResult> {
  return check(await readJsonFile(file), diagnosticId);
}

/**
 * Offers the answers as a download: a spreadsheet (CSV, its headings and feed
 * text in the reader's language) or our JSON file, named for the diagnostic
 * and the day. `parent` is where the link is briefly placed.
 */
export function downloadAnswers(
  kind: 'csv' | 'json',
  diagnostic: Diagnostic,
  answers: Answers,
  l10n: FilesL10n,
  text: (value: LocalText | undefined) => string,
  parent: Node & ParentNode,
): void {
  const now = new Date();
  if (kind === 'json') {
    downloadFile(
      fileName(diagnostic.id, now, 'json'),
      'application/json',
      diagnosticJson(diagnostic.id, answers, now),
      parent,
    );
    return;
  }
  const csv = diagnosticCsv(diagnostic, answers, text, {
    section: l10n.term('csvSection'),
    statement: l10n.term('csvStatement'),
    value: l10n.term('csvValue'),
    label: l10n.term('csvLabel'),
  });
  // The byte order mark tells spreadsheet programs the file is UTF-8, so Welsh letters such as ŵ show.
  downloadFile(fileName(diagnostic.id, now, 'csv'), 'text/csv;charset=utf-8', `\ufeff${csv}`, parent);
}

/** The step's styles, on top of the element's (adopted when it first shows). */
export const confirmStyles = css`
  button.warning {
    background: var(--_error);
    box-shadow: 0 4px 0 #6b140e;
  }
  .confirm {
    border: 4px solid var(--_error);
  }
`;

/** What the step that asks before replacing or deleting answers needs from the element. */
export interface ConfirmHost {
  l10n: FilesL10n;
  heading(depth: number, content: unknown, options?: { id?: string; focusable?: boolean }): TemplateResult;
  accept(): void;
  cancel(): void;
}

/**
 * "Start again?" (`restart`: deleting `count` answers) or "Replace your
 * answers?" (with a file's `count` answers), with Yes and Cancel.
 */
export function renderConfirm(host: ConfirmHost, restart: boolean, count: number): TemplateResult {
  const { l10n } = host;
  return html`<div class="panel confirm" part="confirm" role="group" aria-labelledby="confirm-heading">
    ${host.heading(1, l10n.term(restart ? 'confirmHeading' : 'confirmImportHeading'), { id: 'confirm-heading', focusable: true })}
    <p>${l10n.plural(restart ? 'confirmText' : 'confirmImportText', count)}</p>
    <div class="actions">
      <button type="button" class=${restart ? 'warning' : ''} id="confirm-yes" @click=${() => host.accept()}>
        ${l10n.term(restart ? 'confirmStart' : 'confirm')}
      </button>
      <button type="button" class="secondary" id="confirm-cancel" @click=${() => host.cancel()}>
        ${l10n.term('cancel')}
      </button>
    </div>
  </div>`;
}
