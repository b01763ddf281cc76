/**
 * A saved self-assessment: the shape written to JSON files and to
 * localStorage, and the check that reads one back. The element needs this on
 * every load; the rest of the file code (files.ts) loads on first use.
 */
import type { Answers } from '../score.js';

/** The `format` field of our JSON files. */
export const EXPORT_FORMAT = 'spf-diagnostic';
/** The `version` field of our JSON files. */
export const EXPORT_VERSION = 1;

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

export type ImportResult =
  { ok: true; file: AssessmentFile } | { ok: false; reason: ImportRefusal; diagnostic?: string };

/** The assessment as our JSON file. */
export function assessmentFile(diagnostic: string, answers: Answers, savedAt: Date = new Date()): AssessmentFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    diagnostic,
    savedAt: savedAt.toISOString(),
    answers: { ...answers },
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a parsed value is one of our files. Answers that are not finite
 * numbers are dropped here; answers for unknown statements are kept for the
 * element to set aside.
 */
export function readAssessment(value: unknown, diagnosticId?: string): ImportResult {
  if (
    !isRecord(value) ||
    value.format !== EXPORT_FORMAT ||
    typeof value.diagnostic !== 'string' ||
    !isRecord(value.answers)
  ) {
    return { ok: false, reason: 'not-ours' };
  }
  if (typeof value.version !== 'number' || value.version > EXPORT_VERSION)
    return { ok: false, reason: 'newer-version' };
  if (value.version !== EXPORT_VERSION) return { ok: false, reason: 'not-ours' };
  if (diagnosticId !== undefined && value.diagnostic !== diagnosticId)
    return { ok: false, reason: 'other-diagnostic', diagnostic: value.diagnostic };
  const answers: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [id, answer] of Object.entries(value.answers)) {
    if (typeof answer === 'number' && Number.isFinite(answer)) answers[id] = answer;
  }
  const savedAt = typeof value.savedAt === 'string' && !Number.isNaN(Date.parse(value.savedAt)) ? value.savedAt : '';
  return {
    ok: true,
    file: {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      diagnostic: value.diagnostic,
      savedAt,
      answers: { ...answers },
    },
  };
}
