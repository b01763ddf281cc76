/**
 * What the tools report, and the three ways they print it: plain text for a
 * person, GitHub annotations for a pull request check, JSON for a program.
 */

/**
 * `error`: the input needs fixing; the command exits 1 and writes nothing
 * unless `--force`. `warning`: something in someone else's data (a podcast's
 * RSS) was left out and the output is still complete and valid. `note`: for
 * information only.
 */
export type Severity = 'error' | 'warning' | 'note';

export interface ToolProblem {
  severity: Severity;
  /** The file (or URL) the problem is in, as the user named it. */
  file: string;
  /** 1-based line and column in that file, when known. */
  line?: number;
  column?: number;
  /** For a spreadsheet: the row as the spreadsheet numbers it (1 is the header row). */
  row?: number;
  /** For a spreadsheet: the column's name (`url`) and letter (`B`). */
  columnName?: string;
  columnLetter?: string;
  /** Where in the feed, as `parseFeed` names it: `resources[3].url`. */
  path?: string;
  /** What is wrong, in plain English. */
  message: string;
}

export type ReportFormat = 'text' | 'github' | 'json';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'github', 'json'];

export const countErrors = (problems: readonly ToolProblem[]) =>
  problems.filter((problem) => problem.severity === 'error').length;

/** `feed.json:12:7` or `resources.csv: row 5, column B (url)`. */
export function where(problem: ToolProblem): string {
  if (problem.row !== undefined) {
    // A column the sheet does not have (such as an id made from the title) is named without a letter.
    const column = problem.columnName
      ? problem.columnLetter
        ? `, column ${problem.columnLetter} (${problem.columnName})`
        : `, ${problem.columnName}`
      : '';
    return `${problem.file}: row ${problem.row}${column}`;
  }
  if (problem.line !== undefined) return `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  return problem.file;
}

/** One line per problem: `feed.json:12:7: error: resources[3].url: The URL is …`. */
export function formatText(problem: ToolProblem): string {
  const path = problem.path ? `${problem.path}: ` : '';
  return `${where(problem)}: ${problem.severity}: ${path}${problem.message}`;
}

// GitHub workflow commands: data escapes %, CR and LF; properties also : and ,.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=feed.json,line=12,col=7,title=spf-feed::resources[3].url: The URL is …`. */
export function formatGithub(problem: ToolProblem): string {
  const command = problem.severity === 'note' ? 'notice' : problem.severity;
  const properties = [`file=${escapeProperty(problem.file)}`];
  if (problem.line !== undefined) properties.push(`line=${problem.line}`);
  if (problem.column !== undefined) properties.push(`col=${problem.column}`);
  properties.push('title=spf-feed');
  const row = problem.row !== undefined ? `${where(problem).slice(problem.file.length + 2)}: ` : '';
  const path = problem.path ? `${problem.path}: ` : '';
  return `::${command} ${properties.join(',')}::${escapeData(`${row}${path}${problem.message}`)}`;
}

/** Plain data for `--format json`: no undefined fields. */
export function problemJson(problem: ToolProblem): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(problem)) if (value !== undefined) out[key] = value as string | number;
  return out;
}

/** An error a command stops at: a usage mistake (exit 2) or an input it cannot read at all (exit 1). */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
    readonly problem?: ToolProblem,
  ) {
    super(message);
  }
}
