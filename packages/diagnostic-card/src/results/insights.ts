/**
 * What the results add to the scores: strongest and weakest sections, the
 * statements to start with, and changes since an earlier assessment. Pure
 * functions that import nothing at run time, so they load with the results.
 */
import type { Diagnostic, DiagnosticSection, Statement } from '@spf-wellbeing/feed';
import type { Answers, Scores, SectionScore } from '../score.js';

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
  const { scale } = diagnostic;
  const top = scale[scale.length - 1]?.value;
  // Only a usable scale (see usableScale), and only answers on it, count.
  if (scale.length < 2 || top <= scale[0].value) return [];
  const list: LowStatement[] = [];
  for (const section of diagnostic.sections) {
    for (const statement of section.statements) {
      const value = answers[statement.id];
      if (value < top && scale.some((level) => level.value === value)) list.push({ section, statement, value });
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
  return now.sections.map((section) =>
    compareScore(section.id, earlier.sections.find((each) => each.id === section.id)?.percent, section.percent),
  );
}
