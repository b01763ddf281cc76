import { say, type Lang, type MessageKey, type Text, type TextValues } from './i18n.js';

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
  /** For a podcast's RSS: the `<item>` (1-based) and its title. */
  item?: number;
  itemTitle?: string;
  /** What is wrong, as a stable code: a key of the message tables (strings.ts), or a `parseFeed` problem code. */
  code: MessageKey;
  /** The values the message names, by placeholder. */
  values?: TextValues;
  /** What is wrong, in plain English (the same words `--lang en` prints). */
  message: string;
}

type Place = Omit<ToolProblem, 'severity' | 'file' | 'code' | 'values' | 'message'>;

/** A problem, its English `message` made from the table. */
export function toolProblem(severity: Severity, file: string, text: Text, place: Place = {}): ToolProblem {
  const problem: ToolProblem = {
    severity,
    file,
    ...place,
    code: text.code,
    ...(text.values ? { values: text.values } : {}),
    message: '',
  };
  problem.message = problemMessage(problem, 'en');
  return problem;
}

/** What is wrong, in `lang`: `item 3 "Title": no <guid>; …` for an RSS item. */
export function problemMessage(problem: ToolProblem, lang: Lang): string {
  const words = say(lang, { code: problem.code, values: problem.values });
  if (problem.item === undefined) return words;
  const label = problem.itemTitle
    ? say(lang, { code: 'itemTitled', values: { number: problem.item, title: problem.itemTitle } })
    : say(lang, { code: 'item', values: { number: problem.item } });
  return `${label}: ${words}`;
}

export type ReportFormat = 'text' | 'github' | 'json';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'github', 'json'];

export const countErrors = (problems: readonly ToolProblem[]) =>
  problems.filter((problem) => problem.severity === 'error').length;

/** `resources.csv: row 5, column B (url)`: the spreadsheet part, without the file. */
function rowPlace(problem: ToolProblem, lang: Lang): string {
  // A column the sheet does not have (such as an id made from the title) is named without a letter.
  const values = { row: problem.row ?? 0, name: problem.columnName ?? '', letter: problem.columnLetter ?? '' };
  const code = problem.columnName ? (problem.columnLetter ? 'rowColumn' : 'rowField') : 'row';
  return say(lang, { code, values });
}

/** `feed.json:12:7` or `resources.csv: row 5, column B (url)`. */
export function where(problem: ToolProblem, lang: Lang = 'en'): string {
  if (problem.row !== undefined) return `${problem.file}: ${rowPlace(problem, lang)}`;
  if (problem.line !== undefined) return `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  return problem.file;
}

const SEVERITY: Record<Severity, MessageKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  note: 'severityNote',
};

/** One line per problem: `feed.json:12:7: error: resources[3].url: The URL is …`. */
export function formatText(problem: ToolProblem, lang: Lang = 'en'): string {
  const path = problem.path ? `${problem.path}: ` : '';
  return `${where(problem, lang)}: ${say(lang, { code: SEVERITY[problem.severity] })}: ${path}${problemMessage(problem, lang)}`;
}

// GitHub workflow commands: data escapes %, CR and LF; properties also : and ,.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=feed.json,line=12,col=7,title=spf-feed::resources[3].url: The URL is …`. */
export function formatGithub(problem: ToolProblem, lang: Lang = 'en'): string {
  const command = problem.severity === 'note' ? 'notice' : problem.severity;
  const properties = [`file=${escapeProperty(problem.file)}`];
  if (problem.line !== undefined) properties.push(`line=${problem.line}`);
  if (problem.column !== undefined) properties.push(`col=${problem.column}`);
  properties.push('title=spf-feed');
  const row = problem.row !== undefined ? `${rowPlace(problem, lang)}: ` : '';
  const path = problem.path ? `${problem.path}: ` : '';
  return `::${command} ${properties.join(',')}::${escapeData(`${row}${path}${problemMessage(problem, lang)}`)}`;
}

/** Plain data for `--format json`: no undefined fields; `code` and `values` for programs, `message` in English. */
export function problemJson(problem: ToolProblem): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(problem)) if (value !== undefined) out[key] = value;
  return out;
}

/** An error a command stops at: a usage mistake (exit 2) or an input it cannot read at all (exit 1). */
export class CommandError extends Error {
  constructor(
    /** What went wrong, to be said in the chosen language. */
    readonly text: Text,
    readonly exitCode: 1 | 2,
    readonly problem?: ToolProblem,
  ) {
    super(say('en', text));
  }
}

/** A CommandError (exit 1) for a file that cannot be used at all, with the problem at its place. */
export const fileError = (file: string, text: Text, place: Place = {}): CommandError =>
  new CommandError(text, 1, toolProblem('error', file, text, place));
