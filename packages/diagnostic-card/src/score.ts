/**
 * The scoring maths of the self-assessment. Pure functions: no DOM, no
 * storage, no language. The element formats what these return.
 *
 * - A statement's answer is one of the scale's values.
 * - A section's score is the mean of its answered statements. Unanswered
 *   statements are left out of the mean, not counted as the lowest level.
 * - A score as a percentage maps the scale's lowest value to 0% and its
 *   highest to 100%, so a scale of 1 to 5 and one of 0 to 4 read the same.
 * - A score's maturity level is the scale level nearest to the mean. A mean
 *   exactly between two levels takes the lower one: we would rather under-
 *   than over-state how far an organisation has come.
 * - The overall score is the mean of every answered statement, so each
 *   statement counts the same whatever the size of its section.
 */
import type { Diagnostic, ScaleLevel, Statement } from '@spf-wellbeing/feed';

/** Answers by statement id: the chosen scale value. */
export type Answers = Record<string, number>;

export interface Score {
  /** Statements answered. */
  answered: number;
  /** Statements in all. */
  total: number;
  /** Mean of the answered values; undefined when nothing is answered. */
  mean?: number;
  /** `mean` as 0 to 100 across the scale's range; undefined when nothing is answered. */
  percent?: number;
  /** The scale level nearest to `mean`. */
  level?: ScaleLevel;
}

export interface SectionScore extends Score {
  id: string;
}

export interface Scores {
  sections: SectionScore[];
  overall: Score;
  /** Statements not answered yet, across every section. */
  unanswered: number;
  /** True when every statement has an answer. */
  complete: boolean;
}

/** True when the scale can be used: at least 2 levels with different values. */
export function usableScale(scale: readonly ScaleLevel[]): boolean {
  return scale.length >= 2 && scale[scale.length - 1].value > scale[0].value;
}

/** `value` as a percentage of the scale's range: its lowest value is 0, its highest 100. */
export function toPercent(value: number, scale: readonly ScaleLevel[]): number {
  if (!usableScale(scale)) return 0;
  const min = scale[0].value;
  const max = scale[scale.length - 1].value;
  return Math.min(100, Math.max(0, ((value - min) / (max - min)) * 100));
}

/** The level nearest to `value`; on a tie, the lower level. Scale sorted from lowest to highest. */
export function nearestLevel(value: number, scale: readonly ScaleLevel[]): ScaleLevel | undefined {
  let best: ScaleLevel | undefined;
  for (const level of scale) {
    if (!best || Math.abs(level.value - value) < Math.abs(best.value - value)) best = level;
  }
  return best;
}

/** The level with exactly this value, if any. */
export function levelFor(value: number, scale: readonly ScaleLevel[]): ScaleLevel | undefined {
  return scale.find((level) => level.value === value);
}

function score(statements: readonly Statement[], answers: Answers, scale: readonly ScaleLevel[]): Score {
  const values = statements
    .map((statement) => answers[statement.id])
    .filter((value): value is number => typeof value === 'number');
  const result: Score = { answered: values.length, total: statements.length };
  if (values.length === 0) return result;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  result.mean = mean;
  result.percent = toPercent(mean, scale);
  result.level = nearestLevel(mean, scale);
  return result;
}

/** Scores for each section and overall. Only answers whose value is on the scale count. */
export function scoreDiagnostic(diagnostic: Diagnostic, answers: Answers): Scores {
  const valid = matchAnswers(diagnostic, answers).answers;
  const sections = diagnostic.sections.map((section) => ({
    id: section.id,
    ...score(section.statements, valid, diagnostic.scale),
  }));
  const overall = score(
    diagnostic.sections.flatMap((section) => section.statements),
    valid,
    diagnostic.scale,
  );
  const unanswered = overall.total - overall.answered;
  return { sections, overall, unanswered, complete: overall.total > 0 && unanswered === 0 };
}

/**
 * Splits answers into those that fit this diagnostic (a statement that exists,
 * a value on its scale) and those that do not, which are set aside.
 */
export function matchAnswers(
  diagnostic: Diagnostic,
  answers: Readonly<Record<string, unknown>>,
): { answers: Answers; setAside: Record<string, unknown> } {
  const statementIds = new Set(
    diagnostic.sections.flatMap((section) => section.statements.map((statement) => statement.id)),
  );
  const values = new Set(diagnostic.scale.map((level) => level.value));
  const matched: Answers = {};
  const setAside: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(answers)) {
    if (statementIds.has(id) && typeof value === 'number' && values.has(value)) matched[id] = value;
    else setAside[id] = value;
  }
  return { answers: matched, setAside };
}
