/**
 * Every message `spf-feed` prints, in English. The Welsh table
 * (strings.cy.ts) has the same keys and the same {placeholders};
 * test/node/feed-tools-strings.test.mjs checks that they match.
 *
 * Keys in kebab-case are problem codes: `--format json` prints them as each
 * problem's `code`, and those from `parseFeed` are its `FeedProblem` codes.
 * camelCase keys are the rest of what the tool says.
 *
 * A message is a string, or plural forms chosen by its {count} with
 * `Intl.PluralRules` (Welsh has zero, one, two, few, many and other).
 */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

const COMMON_OPTIONS = `  -o, --output FILE   Write to FILE (through a temporary file) instead of stdout.
  --force             Write even when there are problems.
  --format FORMAT     How problems are printed: text (default), github or json.
  --lang cy|en        The language of messages (otherwise LC_ALL, LC_MESSAGES or
                      LANG starting with "cy" means Welsh; English otherwise).
  -h, --help          Show this help.`;

export const en = {
  // ---- help ----
  helpMain: `spf-feed: tools for the SPF wellbeing feed

Usage: spf-feed <command> [options]

Commands:
  validate FEED.json...           Check feeds; every problem as file:line:column.
  to-csv FEED.json                The feed's resources as a spreadsheet (CSV).
  from-csv RESOURCES.csv          Resources from a spreadsheet, into a feed.
  from-rss PODCAST.xml|URL        A podcast's RSS as the feed's episodes.

Run "spf-feed <command> --help" for a command's options.
Messages are in English or Welsh: --lang cy|en, otherwise Welsh when
LC_ALL, LC_MESSAGES or LANG starts with "cy" (such as cy_GB.UTF-8).
Exit codes: 0 all is well, 1 the input has problems, 2 a usage error.
The guide: docs/feed-tools.md in the repository, or this package's README.
`,
  helpValidate: `Usage: spf-feed validate FEED.json... [options]

Checks each feed: its JSON, then every rule of the feed format (the same
parseFeed the elements use). Each problem names file:line:column.

Options:
  --url URL           The address the feed is published at, for relative links.
  --format FORMAT     text (default); github: ::error annotations for a pull
                      request check; json: a report for programs.
  -o, --output FILE   Write the report to FILE instead of stdout.
  --max-size MB       Refuse files larger than this (default 32).
  --lang cy|en        The language of messages (otherwise LC_ALL, LC_MESSAGES or
                      LANG starting with "cy" means Welsh; English otherwise).
  -h, --help          Show this help.

Exit code 0 when every feed has no problems, 1 when any has, 2 on a usage error.
`,
  helpToCsv: `Usage: spf-feed to-csv FEED.json [options]

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
  helpFromCsv: `Usage: spf-feed from-csv RESOURCES.csv [--base FEED.json] [options]

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
  helpFromRss: `Usage: spf-feed from-rss PODCAST.xml|URL [--base FEED.json] [options]

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

  // ---- usage errors ----
  seeHelp: 'Run "spf-feed --help" for usage.',
  usageError: '{message}\nRun "spf-feed {command} --help" for usage.',
  unknownOption: "Unknown option '{option}'.",
  optionNeedsValue: "Option '{option}' needs a value.",
  optionTakesNoValue: "Option '{option}' does not take a value.",
  argumentsNotUnderstood: 'The command line is not understood ({error}).',
  unknownCommand: 'unknown command "{command}". The commands are: {commands}.',
  notAnOption: {
    one: '{options} is not an option of {command}.',
    other: '{options} are not options of {command}.',
  },
  badFormat: '--format must be text, github or json, not "{value}".',
  badLang: '--lang must be cy (Welsh) or en (English), not "{value}".',
  notPositive: '--{option} must be a number above 0, not "{value}".',
  notPositiveWhole: '--{option} must be a whole number above 0, not "{value}".',
  needFeedFiles: 'Name the feed file(s) to read.',
  needInputFile: 'Name the input file to read.',
  oneInputFile: 'Name one input file, not {count}.',
  baseNeedsFile: '--base needs a file name.',
  seriesId: '--series needs an id of 1 to 200 characters.',
  onlyHttp: 'Only http and https URLs can be fetched, not {url}.',

  // ---- what happened ----
  nothingWritten: 'Nothing was written.',
  unexpected: 'something went wrong that should not have: {error}',
  problemsToFix: {
    one: '{count} problem to fix. Nothing was written. Fix it, or use --force to write anyway.',
    other: '{count} problems to fix. Nothing was written. Fix them, or use --force to write anyway.',
  },
  problemsToFixKept: {
    one: '{count} problem to fix. Nothing was written ({file} is as it was). Fix it, or use --force to write anyway.',
    other:
      '{count} problems to fix. Nothing was written ({file} is as it was). Fix them, or use --force to write anyway.',
  },
  wrote: 'Wrote {file}: {what}.',
  wroteForced: {
    one: 'Wrote {file}: {what}. ({count} problem, written because of --force.)',
    other: 'Wrote {file}: {what}. ({count} problems, written because of --force.)',
  },
  feedUnreadable: 'The feed cannot be read, so nothing was written.',
  baseNotUtf8Summary: '{file} (--base) is not UTF-8 text.',
  fileNoProblems: '{file}: no problems.',
  fileNoProblemsSummary: '{file}: no problems ({summary}).',
  fileProblems: {
    one: '{file}: {count} problem.',
    other: '{file}: {count} problems.',
  },
  fileProblemsSummary: {
    one: '{file}: {count} problem ({summary}).',
    other: '{file}: {count} problems ({summary}).',
  },
  countResources: { one: '{count} resource', other: '{count} resources' },
  countEpisodes: { one: '{count} episode', other: '{count} episodes' },
  countCheckins: { one: '{count} check-in', other: '{count} check-ins' },
  countSelfAssessments: { one: '{count} self-assessment', other: '{count} self-assessments' },
  countOrganisations: { one: '{count} organisation', other: '{count} organisations' },
  countTopics: { one: '{count} topic', other: '{count} topics' },
  countEpisodesFromRss: { one: '{count} episode from the RSS', other: '{count} episodes from the RSS' },

  // ---- where a problem is ----
  severityError: 'error',
  severityWarning: 'warning',
  severityNote: 'note',
  row: 'row {row}',
  rowColumn: 'row {row}, column {letter} ({name})',
  rowField: 'row {row}, {name}',
  item: 'item {number}',
  itemTitled: 'item {number} "{title}"',

  // ---- reading and writing files ----
  'cannot-read': 'Cannot read {file}: {reason}.',
  'reason-no-file': 'there is no such file',
  'reason-permission': 'permission denied',
  'reason-no-folder': 'its folder does not exist',
  'reason-disk-full': 'the disk is full',
  'is-folder': 'Cannot read {file}: it is a folder, not a file.',
  'too-large': '{file} is larger than {size}, so it was not read. (--max-size changes the limit.)',
  'write-folder': 'Cannot write {file}: it is a folder. Name a file.',
  'cannot-write': 'Cannot write {file}: {reason}. Nothing was written.',
  'bad-url': '{url} is not a valid URL.',
  'http-only': '{url}: only http and https URLs can be fetched.',
  'http-status': '{url} answered {status}.',
  'fetch-timeout': '{url} did not answer within {seconds} s.',
  'fetch-failed': 'Could not fetch {url}: {reason}.',

  // ---- a feed's JSON ----
  'not-utf8-json': 'The file is not UTF-8 text. Save it as UTF-8 (JSON files must be UTF-8).',
  'not-json': 'This is not JSON: a feed starts with "{". Is it the right file?',
  'not-json-xml':
    'This is not JSON: a feed starts with "{". Is it the right file? (It looks like XML: for a podcast RSS, use spf-feed from-rss.)',
  'empty-file': 'The file is empty.',
  'json-too-deep': 'The JSON is nested too deeply to read (lists or objects thousands of levels deep).',
  'json-invalid': 'Not valid JSON: {error}',
  'json-invalid-symbol': 'Unexpected character here.',
  'json-invalid-number': 'This is not a valid number.',
  'json-name-expected': 'Expected a field name in double quotes.',
  'json-value-expected': 'Expected a value.',
  'json-colon-expected': 'Expected a colon (:) after the field name.',
  'json-comma-expected': 'Expected a comma (,) between two items.',
  'json-close-brace-expected': 'Expected } to close this object.',
  'json-close-bracket-expected': 'Expected ] to close this list.',
  'json-end-expected': 'Unexpected text after the end of the JSON.',
  'json-comment': 'JSON cannot hold comments.',
  'json-comment-not-closed': 'A comment is not closed (and JSON cannot hold comments).',
  'json-string-not-closed': 'This text is not closed with a double quote (").',
  'json-number-ends': 'This number ends too soon.',
  'json-bad-unicode': 'Invalid \\u escape: it needs 4 hexadecimal digits.',
  'json-bad-escape': 'Invalid escape: use \\" for a quote, \\\\ for a backslash, \\n for a new line.',
  'json-control-character': 'Text cannot hold a line break or tab: write \\n or \\t.',
  'json-trailing-comma': 'A comma (,) after the last item is not allowed in JSON: remove it.',
  'json-single-quotes': 'Field names need double quotes ("), not single.',
  'json-ends-early': 'The file ends too soon: something is missing.',
  'json-syntax': 'JSON syntax error ({error}).',
  'base-not-utf8': 'The base feed is not UTF-8 text.',
  'base-not-feed': 'The base feed must be a JSON object with "version": 1.',

  // ---- parseFeed's problems (FeedProblem codes) ----
  unreadable: 'The feed could not be read ({error}).',
  'not-object': 'The feed must be a JSON object.',
  'bad-version': 'The feed version must be 1.',
  'bad-language': 'The language must be a language tag such as "en" or "cy".',
  'episode-no-audio': 'An episode needs at least one audio file with a safe URL.',
  'file-not-object': 'Expected an object with "url" and "type".',
  'resource-no-type': 'A resource needs a type; it shows as "other".',
  'unknown-type': 'Unknown type "{type}"; it shows as "other".',
  'checkin-options': 'A check-in needs at least 2 options, each pointing at a band.',
  'option-no-band': 'An option needs a band.',
  'help-not-object': 'Expected an object with "title" and "contacts".',
  'diagnostic-scale': 'A diagnostic needs a scale of at least 2 levels with numeric values.',
  'diagnostic-sections': 'A diagnostic needs at least one section with statements.',
  'scale-value-twice': 'The value {value} is used twice in this scale; the second is left out.',
  'section-statements': 'A section needs at least one statement; this section is left out.',
  'not-list': 'Expected a list.',
  'too-many-items': 'Only the first {max} items are read.',
  'item-not-object': 'Expected an object; this item is left out.',
  'item-left-out': 'This item is left out.',
  'bad-id': 'Expected a text id of 1 to {max} characters.',
  'id-required': 'An id is required.',
  'duplicate-id': 'The id "{id}" is used twice; the second is left out.',
  'unknown-reference': 'No {kind} has the id "{id}"; the link is left out.',
  'not-id-list': 'Expected a list of ids.',
  required: 'This is required.',
  'not-text': 'Expected text.',
  'bad-language-text': 'Expected a language tag with text.',
  'not-local-text': 'Expected text, or a map of language to text.',
  'text-cut': 'Text longer than {max} characters is cut short.',
  'url-required': 'A URL is required.',
  'unsafe-url': 'The URL is not a safe http(s), mailto, tel or sms link; it is left out.',
  'number-required': 'A number is required.',
  'not-number': 'Expected a number.',
  'bad-date': 'Expected a date such as 2021-11-25.',
  // The {kind} in unknown-reference.
  kindOrganisation: 'organisation',
  kindTopic: 'topic',
  kindEpisode: 'episode',
  kindResource: 'resource',
  kindBand: 'band',

  // ---- the resources sheet ----
  'csv-not-utf8':
    'The file is not saved as UTF-8. In Excel choose File > Save As > "CSV UTF-8 (Comma delimited)"; in Google Sheets, File > Download > "Comma-separated values". Excel\'s plain "CSV" cannot hold the Welsh letters ŵ and ŷ.',
  'csv-utf16':
    'The file is not saved as UTF-8 (it is UTF-16, "Unicode Text"). In Excel choose File > Save As > "CSV UTF-8 (Comma delimited)"; in Google Sheets, File > Download > "Comma-separated values". Excel\'s plain "CSV" cannot hold the Welsh letters ŵ and ŷ.',
  'csv-is-json': 'This looks like JSON, not a spreadsheet. To make a sheet from a feed, use spf-feed to-csv.',
  'csv-unreadable': 'The sheet cannot be read as CSV ({error}). Look for a quote (") that is not closed.',
  'csv-empty': 'The sheet is empty: row 1 should name the columns (title, url, type, organisation …).',
  'csv-column-twice': 'This column appears twice; the second is ignored.',
  'csv-column-unknown': 'This column is not one the feed uses; it is ignored.',
  'csv-missing-columns': 'Row {row} must name the columns. Missing: {missing}. The columns are: {columns}.',
  'csv-no-title': 'A resource needs a title.',
  'csv-no-url': 'A resource needs a url.',
  'csv-no-type': 'A resource needs a type.',
  'csv-no-organisation': 'A resource needs an organisation.',
  'csv-id-made': 'No id, so it is "{id}", made from the title.',
  'csv-new-organisation':
    '"{name}" is a new organisation (id "{id}"). If you meant one already in the feed, check the spelling.',
  'csv-new-topic': '"{name}" is a new topic (id "{id}"). If you meant one already in the feed, check the spelling.',
  'csv-uk-date': '{text} is read as {date} (day/month/year).',
  'csv-row-left-out': 'This row is left out of the feed.',

  // ---- a podcast's RSS ----
  'xml-unknown-encoding': 'The XML says its encoding is "{encoding}", which is not known; it is read as UTF-8.',
  'xml-not-utf8': 'Some bytes are not UTF-8; they show as �.',
  'xml-entities':
    'The RSS declares its own entities (<!ENTITY …>). Podcast feeds never need them, and they are how "billion laughs" and external-entity attacks work, so the file is refused.',
  'rss-not-xml': "This is not XML: spf-feed from-rss reads a podcast's RSS feed.",
  'rss-not-xml-json': "This is not XML: spf-feed from-rss reads a podcast's RSS feed (this looks like JSON).",
  'rss-not-well-formed': 'The RSS is not well-formed XML: {error}',
  'rss-unreadable': 'The RSS cannot be read: {error}.',
  'rss-atom': 'This is an Atom feed: spf-feed reads podcast feeds in RSS 2.0 (<rss><channel><item>…).',
  'rss-1': 'This is RSS 1.0: spf-feed reads podcast feeds in RSS 2.0 (<rss><channel><item>…).',
  'rss-not-rss': 'This is not RSS: spf-feed reads podcast feeds in RSS 2.0 (<rss><channel><item>…).',
  'rss-no-channel': 'The RSS has no <channel>.',
  'rss-bad-language':
    'The channel\'s language "{language}" is not a language tag such as "en" or "en-gb"; it is left out.',
  'rss-live-items': {
    one: '{count} live stream (podcast:liveItem) left out: a live stream is not an episode.',
    other: '{count} live streams (podcast:liveItem) left out: a live stream is not an episode.',
  },
  'rss-no-enclosure': 'no audio file the player can play (no <enclosure>); it is left out.',
  'rss-no-playable-audio': 'no audio file the player can play ({reasons}); it is left out.',
  'rss-unsafe-audio': '"{url}" is not a safe http(s) link',
  'rss-not-audio': '{type} is not audio',
  'rss-untyped-audio': 'a file with no type is not audio',
  'rss-no-title': 'no <title>; it is left out.',
  'rss-no-guid': 'no <guid>; its id is made from the audio URL.',
  'rss-guid-twice': 'its guid "{id}" is used by an earlier item too; it is left out.',
  'rss-bad-episode-number': 'itunes:episode "{number}" is not a whole number; it is left out.',
  'rss-bad-date': 'the date "{date}" is not understood; it is left out.',
  'rss-bad-duration': 'itunes:duration "{duration}" is not seconds, MM:SS or HH:MM:SS; it is left out.',
  'rss-summary-cut': 'its description is cut to {max} characters.',
  'rss-unsafe-chapters': 'its podcast:chapters link is not a safe http(s) link; it is left out.',
  'rss-no-chapters': 'its chapters file {url} holds no chapters; the link is kept.',
  'rss-chapters-failed': 'its chapters file could not be read ({error}); the link is kept.',
  'rss-unsafe-link': 'its <link> "{link}" is not a safe http(s) link; it is left out.',
  'rss-no-episodes': 'No item in the RSS has an audio file the player can play, so there are no episodes.',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
