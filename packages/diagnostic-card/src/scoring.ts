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
import type { Diagnostic, DiagnosticSection, ScaleLevel, Statement } from '@spf-wellbeing/feed';

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
  const values = statements.map((statement) => answers[statement.id]).filter((value): value is number => typeof value === 'number');
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
  const sections = diagnostic.sections.map((section) => ({ id: section.id, ...score(section.statements, valid, diagnostic.scale) }));
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
export function matchAnswers(diagnostic: Diagnostic, answers: Readonly<Record<string, unknown>>): { answers: Answers; setAside: Record<string, unknown> } {
  const statementIds = new Set(diagnostic.sections.flatMap((section) => section.statements.map((statement) => statement.id)));
  const values = new Set(diagnostic.scale.map((level) => level.value));
  const matched: Answers = {};
  const setAside: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(answers)) {
    if (statementIds.has(id) && typeof value === 'number' && values.has(value)) matched[id] = value;
    else setAside[id] = value;
  }
  return { answers: matched, setAside };
}

/** The sections with the highest and lowest scores, or nothing when fewer than 2 sections have scores or all score the same. */
export function highlights(scores: Scores): { strongest: SectionScore[]; weakest: SectionScore[] } | undefined {
  const scored = scores.sections.filter((section) => section.percent !== undefined);
  if (scored.length < 2) return undefined;
  const percents = scored.map((section) => section.percent!);
  const high = Math.max(...percents);
  const low = Math.min(...percents);
  if (high - low < 1e-9) return undefined;
  return {
    strongest: scored.filter((section) => Math.abs(section.percent! - high) < 1e-9),
    weakest: scored.filter((section) => Math.abs(section.percent! - low) < 1e-9),
  };
}

export interface LowStatement {
  section: DiagnosticSection;
  statement: Statement;
  value: number;
}

/**
 * The lowest-scored answered statements, lowest first, up to `limit`.
 * Statements at the top of the scale are never listed. Ties keep the
 * diagnostic's order.
 */
export function lowestStatements(diagnostic: Diagnostic, answers: Answers, limit = 5): LowStatement[] {
  if (!usableScale(diagnostic.scale)) return [];
  const top = diagnostic.scale[diagnostic.scale.length - 1].value;
  const valid = matchAnswers(diagnostic, answers).answers;
  const list: LowStatement[] = [];
  for (const section of diagnostic.sections) {
    for (const statement of section.statements) {
      const value = valid[statement.id];
      if (typeof value === 'number' && value < top) list.push({ section, statement, value });
    }
  }
  // Array.prototype.sort is stable, so ties keep their order.
  return list.sort((a, b) => a.value - b.value).slice(0, limit);
}

export interface SectionChange {
  id: string;
  /** Earlier score as a percentage; undefined when the section had no answers then. */
  before?: number;
  /** Current score as a percentage; undefined when the section has no answers now. */
  after?: number;
  /** `after - before` in percentage points, rounded to a whole number; undefined unless both exist. */
  change?: number;
}

/** The change between two percentages, in whole percentage points. */
export function compareScore(id: string, before: number | undefined, after: number | undefined): SectionChange {
  const change: SectionChange = { id };
  if (before !== undefined) change.before = before;
  if (after !== undefined) change.after = after;
  if (before !== undefined && after !== undefined) change.change = Math.round(after) - Math.round(before);
  return change;
}

/** The change in each section's score between an earlier assessment and now, in percentage points. */
export function compareScores(earlier: Scores, now: Scores): SectionChange[] {
  return now.sections.map((section) => compareScore(section.id, earlier.sections.find((each) => each.id === section.id)?.percent, section.percent));
}
