import { parseFeed, type FeedProblem, type ParseResult } from '@spf-wellbeing/feed';
import { decodeUtf8, readBytes } from './input.js';
import { JsonSource } from './json-source.js';
import { toolProblem, type ToolProblem } from './problems.js';
import { feedProblemText, say, type Lang } from './i18n.js';

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
    return { problems: [toolProblem('error', file, { code: 'not-utf8-json' }, { line, column })] };
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
  return problems.map((problem) => feedToolProblem(problem, source.file, source.locate(problem.path)));
}

/**
 * A `parseFeed` problem as the tools report it: its code and values said from
 * the tools' own tables, its `message` the English `parseFeed` gave.
 */
export function feedToolProblem(
  problem: FeedProblem,
  file: string,
  place: Omit<ToolProblem, 'severity' | 'file' | 'code' | 'values' | 'message' | 'path'> = {},
): ToolProblem {
  const { code, values } = feedProblemText(problem);
  return {
    severity: 'error',
    file,
    ...place,
    ...(problem.path ? { path: problem.path } : {}),
    code,
    ...(values && Object.keys(values).length ? { values } : {}),
    message: problem.message,
  };
}

/** `15 resources, 3 episodes, 1 check-in, 1 self-assessment`. */
export function describeFeed(result: ParseResult, lang: Lang = 'en'): string {
  const { feed } = result;
  return [
    say(lang, { code: 'countResources', values: { count: feed.resources.length } }),
    say(lang, { code: 'countEpisodes', values: { count: feed.episodes.length } }),
    say(lang, { code: 'countCheckins', values: { count: feed.checkins.length } }),
    say(lang, { code: 'countSelfAssessments', values: { count: feed.diagnostics.length } }),
    say(lang, { code: 'countOrganisations', values: { count: feed.organisations.length } }),
    say(lang, { code: 'countTopics', values: { count: feed.topics.length } }),
  ].join(', ');
}
