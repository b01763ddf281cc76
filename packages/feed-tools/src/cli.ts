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
  countErrors,
  formatGithub,
  formatText,
  problemJson,
  type ReportFormat,
  type ToolProblem,
} from './problems.js';
import { checkFeedFile, describeFeed, locateProblems, PLACEHOLDER_FEED_URL, type FeedCheck } from './validate.js';
import { JsonSource } from './json-source.js';
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

const HELP = `spf-feed: tools for the SPF wellbeing feed

Usage: spf-feed <command> [options]

Commands:
  validate FEED.json...           Check feeds; every problem as file:line:column.
  to-csv FEED.json                The feed's resources as a spreadsheet (CSV).
  from-csv RESOURCES.csv          Resources from a spreadsheet, into a feed.
  from-rss PODCAST.xml|URL        A podcast's RSS as the feed's episodes.

Run "spf-feed <command> --help" for a command's options.
Exit codes: 0 all is well, 1 the input has problems, 2 a usage error.
The guide: docs/feed-tools.md in the repository, or this package's README.
`;

const COMMON_OPTIONS = `  -o, --output FILE   Write to FILE (through a temporary file) instead of stdout.
  --force             Write even when there are problems.
  --format FORMAT     How problems are printed: text (default), github or json.
  -h, --help          Show this help.`;

const COMMAND_HELP: Record<string, string> = {
  validate: `Usage: spf-feed validate FEED.json... [options]

Checks each feed: its JSON, then every rule of the feed format (the same
parseFeed the elements use). Each problem names file:line:column.

Options:
  --url URL           The address the feed is published at, for relative links.
  --format FORMAT     text (default); github: ::error annotations for a pull
                      request check; json: a report for programs.
  -o, --output FILE   Write the report to FILE instead of stdout.
  --max-size MB       Refuse files larger than this (default 32).
  -h, --help          Show this help.

Exit code 0 when every feed has no problems, 1 when any has, 2 on a usage error.
`,
  'to-csv': `Usage: spf-feed to-csv FEED.json [options]

Writes the feed's resources as a spreadsheet: one row per resource, with the
columns title, url, type, organisation, topics, summary, published, episode,
id, title_cy, summary_cy. Organisations and topics are written by name.
The file is UTF-8 with a byte-order mark, so Excel keeps the Welsh letters.

Options:
${COMMON_OPTIONS}
  --url URL           The address the feed is published at, for relative links.
  --max-size MB       Refuse files larger than this (default 32).

Example:
  spf-feed to-csv feed.json -o resources.csv
`,
  'from-csv': `Usage: spf-feed from-csv RESOURCES.csv [--base FEED.json] [options]

Reads a resources spreadsheet saved as "CSV UTF-8". Required columns: title,
url, type, organisation. Optional: topics (names separated by ;), summary,
published, episode, id (made from the title when empty), title_cy, summary_cy.
Columns can be in any order; other columns are ignored with a note.

Organisations and topics are found by name (any letter case) in the base
feed; a name that is not there becomes a new one. With --base, the sheet
replaces the feed's resources and everything else in the feed stays as it
is. Without --base, it writes a new feed with the resources, organisations
and topics.

Options:
  --base FEED.json    The feed to put the resources into.
${COMMON_OPTIONS}
  --max-size MB       Refuse files larger than this (default 32).

Example:
  spf-feed from-csv resources.csv --base feed.json -o feed.json
`,
  'from-rss': `Usage: spf-feed from-rss PODCAST.xml|URL [--base FEED.json] [options]

Turns a podcast's RSS 2.0 feed into the feed's episodes, merged by id (the
RSS guid) into the base feed, or into a new feed. Reads iTunes, Podcasting
2.0 (person, transcript, chapters, alternateEnclosure) and Podlove chapter
tags. Items with no audio file are reported and left out.

Options:
  --base FEED.json    The feed to merge the episodes into.
  --series ID         Put every imported episode in this series.
  --limit N           Import at most N episodes (the first in the RSS, usually
                      the newest).
  --fetch-chapters    Fetch each Podcasting 2.0 chapters file and write its
                      chapters into the feed (otherwise the link is kept).
  --timeout SECONDS   Time limit for each download (default 20).
  --max-size MB       Refuse an RSS larger than this (default 32).
${COMMON_OPTIONS}

Example:
  spf-feed from-rss https://podcast.example/rss --base feed.json --series our-podcast -o feed.json
`,
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
};

interface Context {
  values: Values;
  files: string[];
  format: ReportFormat;
  maxBytes: number;
  io: Io;
}

/** Runs `spf-feed` with these arguments and returns the exit code. Never throws. */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true }));
  } catch (error) {
    io.stderr(`spf-feed: ${(error as Error).message}\nRun "spf-feed --help" for usage.\n`);
    return 2;
  }
  const [command, ...files] = positionals;
  if (values.version) {
    io.stdout(`${version()}\n`);
    return 0;
  }
  if (!command || command === 'help') {
    const topic = files[0];
    io[command || values.help ? 'stdout' : 'stderr'](topic && COMMAND_HELP[topic] ? COMMAND_HELP[topic] : HELP);
    return command || values.help ? 0 : 2;
  }
  if (!(command in COMMAND_HELP)) {
    io.stderr(
      `spf-feed: unknown command "${command}". The commands are: ${Object.keys(COMMAND_HELP).join(', ')}.\nRun "spf-feed --help" for usage.\n`,
    );
    return 2;
  }
  if (values.help) {
    io.stdout(COMMAND_HELP[command]);
    return 0;
  }
  try {
    const wrong = Object.keys(values).filter((key) => key !== 'help' && !ALLOWED[command].includes(key));
    if (wrong.length)
      usage(
        command,
        `${wrong.map((key) => `--${key}`).join(', ')} ${wrong.length === 1 ? 'is' : 'are'} not an option of ${command}.`,
      );
    const format = (values.format ?? 'text') as ReportFormat;
    if (!REPORT_FORMATS.includes(format))
      usage(command, `--format must be text, github or json, not "${values.format}".`);
    const maxBytes =
      values['max-size'] === undefined
        ? DEFAULT_MAX_BYTES
        : positiveNumber(command, 'max-size', values['max-size']) * 1024 * 1024;
    const context: Context = { values, files, format, maxBytes, io };
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
      if (error.problem && format !== 'text') report([error.problem], format, io.stderr);
      else io.stderr(`spf-feed ${command}: ${error.problem ? formatText(error.problem) : error.message}\n`);
      if (error.exitCode === 1 && format !== 'json') io.stderr('Nothing was written.\n');
      return error.exitCode;
    }
    io.stderr(
      `spf-feed ${command}: something went wrong that should not have: ${(error as Error).stack ?? String(error)}\nNothing was written.\n`,
    );
    return 1;
  }
}

function usage(command: string, message: string): never {
  throw new CommandError(`${message}\nRun "spf-feed ${command} --help" for usage.`, 2);
}

function positiveNumber(command: string, name: string, text: string, integer = false): number {
  const value = Number(text);
  if (!text.trim() || !Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value)))
    usage(command, `--${name} must be a ${integer ? 'whole ' : ''}number above 0, not "${text}".`);
  return value;
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

function report(problems: readonly ToolProblem[], format: ReportFormat, write: (text: string) => void): void {
  if (problems.length === 0) return;
  if (format === 'json') write(`${JSON.stringify({ problems: problems.map(problemJson) }, null, 2)}\n`);
  else
    write(
      problems.map((problem) => (format === 'github' ? formatGithub(problem) : formatText(problem))).join('\n') + '\n',
    );
}

/** Reports problems, then writes the output unless there are errors and no --force. */
async function finish(context: Context, problems: ToolProblem[], output: string, written: string): Promise<number> {
  const { io, values, format } = context;
  report(inPlaceOrder(problems), format, io.stderr);
  const errors = countErrors(problems);
  if (errors > 0 && !values.force) {
    if (format !== 'json')
      io.stderr(
        `${errors} ${errors === 1 ? 'problem' : 'problems'} to fix. Nothing was written${values.output ? ` (${values.output} is as it was)` : ''}. Fix ${errors === 1 ? 'it' : 'them'}, or use --force to write anyway.\n`,
      );
    return 1;
  }
  if (values.output) {
    await writeFileSafely(values.output, output);
    if (format !== 'json')
      io.stderr(
        `Wrote ${values.output}: ${written}.${errors ? ` (${errors} problems, written because of --force.)` : ''}\n`,
      );
  } else io.stdout(output);
  return errors > 0 ? 1 : 0;
}

function needFiles(context: Context, command: string, count: 'one' | 'some'): void {
  if (context.files.length === 0)
    usage(command, `Name the ${command === 'validate' ? 'feed file(s)' : 'input file'} to read.`);
  if (count === 'one' && context.files.length > 1) usage(command, `Name one input file, not ${context.files.length}.`);
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
      reports.push({ file, check: { problems: [{ severity: 'error', file, message: error.message }] } });
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
          ...(check.result ? { summary: describeFeed(check.result) } : {}),
          problems: inPlaceOrder(check.problems).map(problemJson),
        })),
      },
      null,
      2,
    )}\n`;
  } else {
    for (const { file, check } of reports) {
      const lines = inPlaceOrder(check.problems).map((problem) =>
        format === 'github' ? formatGithub(problem) : formatText(problem),
      );
      if (format === 'text') {
        const count = check.problems.length;
        const summary = check.result ? ` (${describeFeed(check.result)})` : '';
        lines.push(
          count === 0
            ? `${file}: no problems${summary}.`
            : `${file}: ${count} ${count === 1 ? 'problem' : 'problems'}${summary}.`,
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
    report(check.problems, context.format, context.io.stderr);
    context.io.stderr('The feed cannot be read, so nothing was written.\n');
    return 1;
  }
  const { feedToCsv } = await import('./csv.js');
  const csv = feedToCsv(check.source.value);
  const rows = Array.isArray((check.source.value as { resources?: unknown }).resources)
    ? (check.source.value as { resources: unknown[] }).resources.length
    : 0;
  return finish(context, check.problems, csv, `${rows} ${rows === 1 ? 'resource' : 'resources'}`);
}

// ---- from-csv -------------------------------------------------------------------

/** Reads --base: it must be a feed (a JSON object with version 1); its own problems are reported later. */
async function readBase(
  context: Context,
  command: string,
): Promise<{ source: JsonSource; value: Record<string, unknown> } | undefined> {
  const file = context.values.base;
  if (file === undefined) return undefined;
  if (!file) usage(command, '--base needs a file name.');
  const decoded = decodeUtf8(await readBytes(file, context.maxBytes));
  if ('failure' in decoded)
    throw new CommandError(`${file} (--base) is not UTF-8 text.`, 1, {
      severity: 'error',
      file,
      ...decoded.failure,
      message: 'The base feed is not UTF-8 text.',
    });
  const source = new JsonSource(decoded.text, file);
  if (!source.ok) {
    const [first] = source.syntaxProblems;
    throw new CommandError(first.message, 1, first);
  }
  const value = source.value;
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    (value as { version?: unknown }).version !== 1
  ) {
    const message = 'The base feed must be a JSON object with "version": 1.';
    throw new CommandError(message, 1, { severity: 'error', file, line: 1, column: 1, message });
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
  return finish(
    context,
    result.problems,
    output,
    `${result.resources} ${result.resources === 1 ? 'resource' : 'resources'}`,
  );
}

// ---- from-rss -------------------------------------------------------------------

async function fromRss(context: Context): Promise<number> {
  needFiles(context, 'from-rss', 'one');
  const { values } = context;
  const [input] = context.files;
  const timeout = values.timeout === undefined ? 20_000 : positiveNumber('from-rss', 'timeout', values.timeout) * 1000;
  const limit = values.limit === undefined ? undefined : positiveNumber('from-rss', 'limit', values.limit, true);
  const series = values.series?.trim();
  if (values.series !== undefined && (!series || series.length > 200))
    usage('from-rss', '--series needs an id of 1 to 200 characters.');
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
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input))
      usage('from-rss', `Only http and https URLs can be fetched, not ${input}.`);
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
    problems.push({
      severity: 'error',
      file: input,
      message: 'No item in the RSS has an audio file the player can play, so there are no episodes.',
    });
  }
  const { feed, imported } = mergeEpisodes(rss, base?.value);

  // One validator: parseFeed on the whole result. Episode problems point at
  // their <item>; anything else at the base feed.
  const result = parseFeed(feed, PLACEHOLDER_FEED_URL);
  for (const problem of result.problems) {
    const index = /^episodes\[(\d+)\]/.exec(problem.path)?.[1];
    const from = index === undefined ? undefined : imported.get(Number(index));
    if (from)
      problems.push({
        severity: 'error',
        file: input,
        line: from.line,
        column: from.column,
        path: problem.path,
        message: `item ${from.item}: ${problem.message}`,
      });
    else if (base) problems.push(...locateProblems([problem], base.source));
    else problems.push({ severity: 'error', file: input, path: problem.path, message: problem.message });
  }
  const count = rss.episodes.length;
  return finish(
    context,
    problems,
    `${JSON.stringify(feed, null, 2)}\n`,
    `${count} ${count === 1 ? 'episode' : 'episodes'} from the RSS`,
  );
}
