import { parseFeed, type FeedProblem, type ParseResult } from '@spf-wellbeing/feed';
import { decodeUtf8, readBytes } from './input.js';
import { JsonSource } from './json-source.js';
import type { ToolProblem } from './problems.js';

/**
 * The URL relative links resolve against when the feed's own URL is not
 * given: relative links are allowed in a feed, and this checks them as links
 * on an https page without claiming any real address.
 */
export const PLACEHOLDER_FEED_URL = 'https://feed.invalid/feed.json';

export interface FeedCheck {
  source?: JsonSource;
  /** parseFeed's answer, when the text was JSON. */
  result?: ParseResult;
  problems: ToolProblem[];
}

/** Reads a feed file: UTF-8, JSON, then `parseFeed`, every problem at its line and column. */
export async function checkFeedFile(
  file: string,
  options: { feedUrl?: string; maxBytes?: number } = {},
): Promise<FeedCheck> {
  const decoded = decodeUtf8(await readBytes(file, options.maxBytes));
  if ('failure' in decoded) {
    const { line, column } = decoded.failure;
    return {
      problems: [
        {
          severity: 'error',
          file,
          line,
          column,
          message: 'The file is not UTF-8 text. Save it as UTF-8 (JSON files must be UTF-8).',
        },
      ],
    };
  }
  return checkFeedText(decoded.text, file, options.feedUrl);
}

/** Checks the text of a feed: JSON syntax, then `parseFeed`. */
export function checkFeedText(text: string, file: string, feedUrl = PLACEHOLDER_FEED_URL): FeedCheck {
  const source = new JsonSource(text, file);
  if (!source.ok) return { source, problems: source.syntaxProblems };
  const result = parseFeed(source.value, feedUrl);
  return { source, result, problems: locateProblems(result.problems, source) };
}

/** Gives each `parseFeed` problem the line and column of the item it names. */
export function locateProblems(problems: readonly FeedProblem[], source: JsonSource): ToolProblem[] {
  return problems.map((problem) => ({
    severity: 'error',
    file: source.file,
    ...source.locate(problem.path),
    ...(problem.path ? { path: problem.path } : {}),
    message: problem.message,
  }));
}

/** `15 resources, 3 episodes, 1 check-in, 1 self-assessment`. */
export function describeFeed(result: ParseResult): string {
  const { feed } = result;
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return [
    count(feed.resources.length, 'resource'),
    count(feed.episodes.length, 'episode'),
    count(feed.checkins.length, 'check-in'),
    count(feed.diagnostics.length, 'self-assessment'),
    count(feed.organisations.length, 'organisation'),
    count(feed.topics.length, 'topic'),
  ].join(', ');
}
