/// <reference types="node" />
/**
 * `@spf-wellbeing/feed-tools`: what the `spf-feed` command does, for scripts
 * and build steps. Every check uses `parseFeed` from `@spf-wellbeing/feed`.
 */
export { run, type Io } from './cli.js';
export { checkFeedFile, checkFeedText, describeFeed, PLACEHOLDER_FEED_URL, type FeedCheck } from './validate.js';
export { feedToCsv, csvToFeed, CSV_COLUMNS, type CsvColumn, type CsvImport, type BaseFeed } from './csv.js';
export {
  rssToEpisodes,
  mergeEpisodes,
  decodeXml,
  clockSeconds,
  chaptersFromJson,
  type RssImport,
  type RssOptions,
  type ImportedEpisode,
} from './rss.js';
export { htmlToText } from './html-text.js';
export { JsonSource } from './json-source.js';
export { writeFileSafely } from './write-output.js';
export {
  CommandError,
  formatText,
  formatGithub,
  type ToolProblem,
  type Severity,
  type ReportFormat,
} from './problems.js';
