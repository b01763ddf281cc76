/// <reference types="node" />
/**
 * The `spf-feed` command line: `validate`, `to-csv`, `from-csv`, `from-rss`.
 *
 * Exit codes: 0 all is well, 1 the input has problems, 2 a usage error.
 * A command with problems writes nothing (unless --force), and output files
 * are written through a temporary file and a rename, so an editor's file is
 * never left half written.
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { DEFAULT_MAX_BYTES, decodeUtf8, readBytes } from './input.js';
import {
  CommandError,
  REPORT_FORMATS,
  fileError,
  toolProblem,
  countErrors,
  formatGithub,
  formatText,
  problemJson,
  type ReportFormat,
  type ToolProblem,
} from './problems.js';
import {
  checkFeedFile,
  describeFeed,
  feedToolProblem,
  locateProblems,
  PLACEHOLDER_FEED_URL,
  type FeedCheck,
} from './validate.js';
import { JsonSource } from './json-source.js';
import { chooseLang, say, text, type Lang, type MessageKey, type Text } from './i18n.js';
import { parseFeed } from '@spf-wellbeing/feed';
import { writeFileSafely } from './write-output.js';

export interface Io {
  stdout: (text: string | Uint8Array) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Each command's help, by command name. */
const COMMAND_HELP: Record<string, MessageKey> = {
  validate: 'helpValidate',
  'to-csv': 'helpToCsv',
  'from-csv': 'helpFromCsv',
  'from-rss': 'helpFromRss',
};

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  format: { type: 'string' },
  url: { type: 'string' },
  base: { type: 'string' },
  series: { type: 'string' },
  limit: { type: 'string' },
  'fetch-chapters': { type: 'boolean' },
  timeout: { type: 'string' },
  'max-size': { type: 'string' },
  lang: { type: 'string' },
} as const;

/** Which options each command accepts (besides --help). */
const ALLOWED: Record<string, readonly string[]> = {
  validate: ['url', 'format', 'output', 'max-size'],
  'to-csv': ['url', 'format', 'output', 'force', 'max-size'],
  'from-csv': ['base', 'format', 'output', 'force', 'max-size'],
  'from-rss': ['base', 'series', 'limit', 'fetch-chapters', 'timeout', 'format', 'output', 'force', 'max-size'],
};

type Values = {
  help?: boolean;
  version?: boolean;
  output?: string;
  force?: boolean;
  format?: string;
  url?: string;
  base?: string;
  series?: string;
  limit?: string;
  'fetch-chapters'?: boolean;
  timeout?: string;
  'max-size'?: string;
  lang?: string;
};

interface Context {
  values: Values;
  files: string[];
  format: ReportFormat;
  maxBytes: number;
  io: Io;
  lang: Lang;
  /** Says a message in the chosen language. */
  say: (code: MessageKey, values?: Text['values']) => string;
}

/**
 * Runs `spf-feed` with these arguments and returns the exit code. Never throws.
 * Messages are in the language `--lang` names, else Welsh when the environment's
 * locale (LC_ALL, LC_MESSAGES, LANG) starts with `cy`, else English.
 */
export async function run(
  argv: readonly string[],
  io: Io = processIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  // The language first, so even a command line that cannot be read is answered in it.
  const langFlag = langArgument(argv);
  const lang = chooseLang(langFlag, env) ?? chooseLang(undefined, env) ?? 'en';
  const sayIn = (code: MessageKey, values?: Text['values']) => say(lang, text(code, values));
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true }));
  } catch (error) {
    io.stderr(`spf-feed: ${argumentError(error, lang)}\n${sayIn('seeHelp')}\n`);
    return 2;
  }
  if (values.lang !== undefined && chooseLang(values.lang, env) === undefined) {
    io.stderr(`spf-feed: ${sayIn('badLang', { value: values.lang })}\n${sayIn('seeHelp')}\n`);
    return 2;
  }
  const [command, ...files] = positionals;
  if (values.version) {
    io.stdout(`${version()}\n`);
    return 0;
  }
  if (!command || command === 'help') {
    const topic = files[0];
    io[command || values.help ? 'stdout' : 'stderr'](
      sayIn(topic && topic in COMMAND_HELP ? COMMAND_HELP[topic] : 'helpMain'),
    );
    return command || values.help ? 0 : 2;
  }
  if (!(command in COMMAND_HELP)) {
    io.stderr(
      `spf-feed: ${sayIn('unknownCommand', { command, commands: Object.keys(COMMAND_HELP).join(', ') })}\n${sayIn('seeHelp')}\n`,
    );
    return 2;
  }
  if (values.help) {
    io.stdout(sayIn(COMMAND_HELP[command]));
    return 0;
  }
  try {
    const wrong = Object.keys(values).filter(
      (key) => key !== 'help' && key !== 'lang' && !ALLOWED[command].includes(key),
    );
    if (wrong.length)
      usage(
        command,
        text('notAnOption', { options: wrong.map((key) => `--${key}`).join(', '), count: wrong.length, command }),
      );
    const format = (values.format ?? 'text') as ReportFormat;
    if (!REPORT_FORMATS.includes(format)) usage(command, text('badFormat', { value: values.format ?? '' }));
    const maxBytes =
      values['max-size'] === undefined
        ? DEFAULT_MAX_BYTES
        : positiveNumber(command, 'max-size', values['max-size']) * 1024 * 1024;
    const context: Context = { values, files, format, maxBytes, io, lang, say: sayIn };
    switch (command) {
      case 'validate':
        return await validate(context);
      case 'to-csv':
        return await toCsv(context);
      case 'from-csv':
        return await fromCsv(context);
      default:
        return await fromRss(context);
    }
  } catch (error) {
    if (error instanceof CommandError) {
      const format = REPORT_FORMATS.includes(values.format as ReportFormat) ? (values.format as ReportFormat) : 'text';
      if (error.problem && format !== 'text') report([error.problem], format, lang, io.stderr);
      else
        io.stderr(`spf-feed ${command}: ${error.problem ? formatText(error.problem, lang) : say(lang, error.text)}\n`);
      if (error.exitCode === 1 && format !== 'json') io.stderr(`${sayIn('nothingWritten')}\n`);
      return error.exitCode;
    }
    io.stderr(
      `spf-feed ${command}: ${sayIn('unexpected', { error: (error as Error).stack ?? String(error) })}\n${sayIn('nothingWritten')}\n`,
    );
    return 1;
  }
}

/** The value of the last `--lang` in the arguments, read before the rest (`--lang cy`, `--lang=cy`). */
function langArgument(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--') break;
    if (argument === '--lang' && index + 1 < argv.length) found = argv[++index];
    else if (argument.startsWith('--lang=')) found = argument.slice('--lang='.length);
  }
  return found;
}

/** A command line parseArgs refused, in the chosen language. */
function argumentError(error: unknown, lang: Lang): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /--[\w-]+/.exec(message ?? '')?.[0] ?? /'(-[^' ,]+)/.exec(message ?? '')?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return say(lang, text('unknownOption', { option }));
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return say(
      lang,
      text(/does not take an argument/.test(message ?? '') ? 'optionTakesNoValue' : 'optionNeedsValue', { option }),
    );
  return say(lang, text('argumentsNotUnderstood', { error: message ?? String(error) }));
}

function usage(command: string, message: Text): never {
  throw new CommandError(text('usageError', { message, command }), 2);
}

function positiveNumber(command: string, name: string, value: string, integer = false): number {
  const number = Number(value);
  if (!value.trim() || !Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number)))
    usage(command, text(integer ? 'notPositiveWhole' : 'notPositive', { option: name, value }));
  return number;
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Problems in file order (files as they first appear), then by row or line, then column. */
function inPlaceOrder(problems: readonly ToolProblem[]): ToolProblem[] {
  const files = [...new Set(problems.map((problem) => problem.file))];
  return [...problems].sort(
    (a, b) =>
      files.indexOf(a.file) - files.indexOf(b.file) ||
      (a.row ?? a.line ?? 0) - (b.row ?? b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

function report(
  problems: readonly ToolProblem[],
  format: ReportFormat,
  lang: Lang,
  write: (text: string) => void,
): void {
  if (problems.length === 0) return;
  if (format === 'json') write(`${JSON.stringify({ problems: problems.map(problemJson) }, null, 2)}\n`);
  else
    write(
      problems
        .map((problem) => (format === 'github' ? formatGithub(problem, lang) : formatText(problem, lang)))
        .join('\n') + '\n',
    );
}

/** Reports problems, then writes the output unless there are errors and no --force. */
async function finish(context: Context, problems: ToolProblem[], output: string, written: Text): Promise<number> {
  const { io, values, format, say } = context;
  report(inPlaceOrder(problems), format, context.lang, io.stderr);
  const errors = countErrors(problems);
  if (errors > 0 && !values.force) {
    if (format !== 'json')
      io.stderr(
        `${values.output ? say('problemsToFixKept', { count: errors, file: values.output }) : say('problemsToFix', { count: errors })}\n`,
      );
    return 1;
  }
  if (values.output) {
    await writeFileSafely(values.output, output);
    if (format !== 'json')
      io.stderr(
        `${say(errors ? 'wroteForced' : 'wrote', { file: values.output, what: written, ...(errors ? { count: errors } : {}) })}\n`,
      );
  } else io.stdout(output);
  return errors > 0 ? 1 : 0;
}

function needFiles(context: Context, command: string, count: 'one' | 'some'): void {
  if (context.files.length === 0) usage(command, text(command === 'validate' ? 'needFeedFiles' : 'needInputFile'));
  if (count === 'one' && context.files.length > 1)
    usage(command, text('oneInputFile', { count: context.files.length }));
}

// ---- validate -----------------------------------------------------------------

async function validate(context: Context): Promise<number> {
  needFiles(context, 'validate', 'some');
  const { io, values, format } = context;
  const reports: { file: string; check: FeedCheck }[] = [];
  for (const file of context.files) {
    try {
      reports.push({ file, check: await checkFeedFile(file, { feedUrl: values.url, maxBytes: context.maxBytes }) });
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      reports.push({ file, check: { problems: [error.problem ?? toolProblem('error', file, error.text)] } });
      if (error.exitCode === 2 && context.files.length === 1) throw error;
    }
  }
  let text = '';
  if (format === 'json') {
    text = `${JSON.stringify(
      {
        ok: reports.every(({ check }) => check.problems.length === 0),
        files: reports.map(({ file, check }) => ({
          file,
          ok: check.problems.length === 0,
          ...(check.result ? { summary: describeFeed(check.result, context.lang) } : {}),
          problems: inPlaceOrder(check.problems).map(problemJson),
        })),
      },
      null,
      2,
    )}\n`;
  } else {
    for (const { file, check } of reports) {
      const lines = inPlaceOrder(check.problems).map((problem) =>
        format === 'github' ? formatGithub(problem, context.lang) : formatText(problem, context.lang),
      );
      if (format === 'text') {
        const count = check.problems.length;
        const summary = check.result ? describeFeed(check.result, context.lang) : undefined;
        lines.push(
          count === 0
            ? context.say(summary ? 'fileNoProblemsSummary' : 'fileNoProblems', {
                file,
                ...(summary ? { summary } : {}),
              })
            : context.say(summary ? 'fileProblemsSummary' : 'fileProblems', {
                file,
                count,
                ...(summary ? { summary } : {}),
              }),
        );
      }
      if (lines.length) text += `${lines.join('\n')}\n`;
    }
  }
  if (values.output) await writeFileSafely(values.output, text);
  else io.stdout(text);
  return reports.some(({ check }) => check.problems.length > 0) ? 1 : 0;
}

// ---- to-csv ---------------------------------------------------------------------

async function toCsv(context: Context): Promise<number> {
  needFiles(context, 'to-csv', 'one');
  const [file] = context.files;
  const check = await checkFeedFile(file, { feedUrl: context.values.url, maxBytes: context.maxBytes });
  if (!check.source?.ok) {
    report(check.problems, context.format, context.lang, context.io.stderr);
    context.io.stderr(`${context.say('feedUnreadable')}\n`);
    return 1;
  }
  const { feedToCsv } = await import('./csv.js');
  const csv = feedToCsv(check.source.value);
  const rows = Array.isArray((check.source.value as { resources?: unknown }).resources)
    ? (check.source.value as { resources: unknown[] }).resources.length
    : 0;
  return finish(context, check.problems, csv, text('countResources', { count: rows }));
}

// ---- from-csv -------------------------------------------------------------------

/** Reads --base: it must be a feed (a JSON object with version 1); its own problems are reported later. */
async function readBase(
  context: Context,
  command: string,
): Promise<{ source: JsonSource; value: Record<string, unknown> } | undefined> {
  const file = context.values.base;
  if (file === undefined) return undefined;
  if (!file) usage(command, text('baseNeedsFile'));
  const decoded = decodeUtf8(await readBytes(file, context.maxBytes));
  if ('failure' in decoded)
    throw new CommandError(
      text('baseNotUtf8Summary', { file }),
      1,
      toolProblem('error', file, text('base-not-utf8'), { line: decoded.failure.line, column: decoded.failure.column }),
    );
  const source = new JsonSource(decoded.text, file);
  if (!source.ok) {
    const [first] = source.syntaxProblems;
    throw new CommandError({ code: first.code, values: first.values }, 1, first);
  }
  const value = source.value;
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    (value as { version?: unknown }).version !== 1
  ) {
    throw fileError(file, text('base-not-feed'), { line: 1, column: 1 });
  }
  return { source, value: value as Record<string, unknown> };
}

async function fromCsv(context: Context): Promise<number> {
  needFiles(context, 'from-csv', 'one');
  const [file] = context.files;
  const base = await readBase(context, 'from-csv');
  const bytes = await readBytes(file, context.maxBytes);
  const { csvToFeed } = await import('./csv.js');
  const result = csvToFeed(bytes, file, base);
  const output = `${JSON.stringify(result.feed, null, 2)}\n`;
  return finish(context, result.problems, output, text('countResources', { count: result.resources }));
}

// ---- from-rss -------------------------------------------------------------------

async function fromRss(context: Context): Promise<number> {
  needFiles(context, 'from-rss', 'one');
  const { values } = context;
  const [input] = context.files;
  const timeout = values.timeout === undefined ? 20_000 : positiveNumber('from-rss', 'timeout', values.timeout) * 1000;
  const limit = values.limit === undefined ? undefined : positiveNumber('from-rss', 'limit', values.limit, true);
  const series = values.series?.trim();
  if (values.series !== undefined && (!series || series.length > 200)) usage('from-rss', text('seriesId'));
  const base = await readBase(context, 'from-rss');
  // Each command loads only the libraries it uses, so Node starts quickly.
  const [{ fetchBytes }, { decodeXml, mergeEpisodes, rssToEpisodes }] = await Promise.all([
    import('./fetch.js'),
    import('./rss.js'),
  ]);

  const isUrl = /^https?:\/\//i.test(input);
  let bytes: Uint8Array;
  let baseUrl: string | undefined;
  if (isUrl) {
    const fetched = await fetchBytes(input, {
      timeout,
      maxBytes: context.maxBytes,
      accept: 'application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
    });
    bytes = fetched.bytes;
    baseUrl = fetched.url;
  } else {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) usage('from-rss', text('onlyHttp', { url: input }));
    bytes = await readBytes(input, context.maxBytes);
  }
  const decoded = decodeXml(bytes, input);
  const fetchChapters = values['fetch-chapters']
    ? async (url: string) => {
        const { bytes: json } = await fetchBytes(url, { timeout, maxBytes: 1024 * 1024, accept: 'application/json' });
        return JSON.parse(new TextDecoder().decode(json)) as unknown;
      }
    : undefined;
  const rss = await rssToEpisodes(decoded.text, { file: input, baseUrl, series, limit, fetchChapters });
  const problems = [...decoded.problems, ...rss.problems];
  if (rss.episodes.length === 0) {
    problems.push(toolProblem('error', input, text('rss-no-episodes')));
  }
  const { feed, imported } = mergeEpisodes(rss, base?.value);

  // One validator: parseFeed on the whole result. Episode problems point at
  // their <item>; anything else at the base feed.
  const result = parseFeed(feed, PLACEHOLDER_FEED_URL);
  for (const problem of result.problems) {
    const index = /^episodes\[(\d+)\]/.exec(problem.path)?.[1];
    const from = index === undefined ? undefined : imported.get(Number(index));
    if (from) {
      const located = feedToolProblem(problem, input, { line: from.line, column: from.column, item: from.item });
      problems.push({ ...located, message: `item ${from.item}: ${problem.message}` });
    } else if (base) problems.push(...locateProblems([problem], base.source));
    else problems.push(feedToolProblem(problem, input));
  }
  const count = rss.episodes.length;
  return finish(context, problems, `${JSON.stringify(feed, null, 2)}\n`, text('countEpisodesFromRss', { count }));
}
