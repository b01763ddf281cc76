// spf-feed, the command line for content editors (packages/feed-tools), run
// as an editor or a CI job would: real files shaped like what Excel, Google
// Sheets and podcast hosts write, hostile files, and a local web server for
// URLs (no test needs the network). Needs a build first (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '../../packages/feed/dist/index.js';
import { run, clockSeconds, htmlToText } from '../../packages/feed-tools/dist/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'packages/feed-tools/test-fixtures');
const fixture = (name) => join(fixtures, name);
const BIN = join(root, 'packages/feed-tools/bin/spf-feed.js');
const DEFAULT_FEED = join(root, 'packages/default-feed/dist/default-feed.json');
// English unless a test asks for Welsh, whatever the machine's own locale.
for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) delete process.env[name];
const WELSH = { ...process.env, LANG: 'cy_GB.UTF-8' };

const work = mkdtempSync(join(tmpdir(), 'spf-feed-test-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const scratch = (name) => join(work, name);

/** Runs spf-feed in this process, as the bin does, and returns what it printed. */
async function spf(...args) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (text) => (stdout += typeof text === 'string' ? text : Buffer.from(text).toString('utf8')),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

/** Runs the real bin in a new Node process. */
function spfProcess(args, options = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: root, ...options });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** 1-based line and column where `needle` first appears in a file. */
function position(file, needle, from = 0) {
  const text = readFileSync(file, 'utf8');
  const offset = text.indexOf(needle, from);
  assert.ok(offset !== -1, `${needle} is in ${file}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** An existing output file, to check a failing command leaves it byte-identical. */
function existingOutput(name) {
  const file = scratch(name);
  writeFileSync(file, `editor's work ${name}\n`);
  return { file, bytes: readFileSync(file) };
}
const assertUntouched = ({ file, bytes }) => {
  assert.deepEqual(readFileSync(file), bytes, `${file} is byte-identical`);
  assert.deepEqual(
    readdirSync(work).filter((name) => name.endsWith('.tmp')),
    [],
    'no temporary file is left behind',
  );
};
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const noProblems = (feed) => assert.deepEqual(parseFeed(feed, 'https://trust.example/feed.json').problems, []);

// ---- the command line ------------------------------------------------------------

test('spf-feed --help and every command --help print usage and exit 0', async () => {
  const main = spfProcess(['--help']);
  assert.equal(main.code, 0);
  for (const command of ['validate', 'to-csv', 'from-csv', 'from-rss']) {
    assert.match(main.stdout, new RegExp(`^  ${command} `, 'm'));
    const help = spfProcess([command, '--help']);
    assert.equal(help.code, 0, command);
    assert.match(help.stdout, new RegExp(`^Usage: spf-feed ${command} `), command);
  }
  assert.match(spfProcess(['from-rss', '--help']).stdout, /--fetch-chapters/);
  assert.match(spfProcess(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
});

test('usage errors exit 2 and say what to do', async () => {
  /** @type {[string[], RegExp][]} */
  const cases = [
    [[], /Usage: spf-feed <command>/],
    [['publish'], /unknown command "publish"/],
    [['validate'], /Name the feed file/],
    [['validate', '--colour', 'x.json'], /Unknown option '--colour'/],
    [['validate', fixture('base-feed.json'), '--format', 'xml'], /--format must be text, github or json/],
    [['validate', fixture('base-feed.json'), '--base', 'x.json'], /--base is not an option of validate/],
    [['validate', scratch('no-such-feed.json')], /Cannot read .*no-such-feed\.json: there is no such file/],
    [['from-rss', fixture('narro-podcast.rss'), '--limit', 'ten'], /--limit must be a whole number above 0/],
    [['from-rss', 'ftp://podcast.example/rss'], /Only http and https URLs/],
    [['to-csv', fixture('base-feed.json'), fixture('problem-feed.json')], /Name one input file, not 2/],
  ];
  for (const [args, message] of cases) {
    const { code, stderr } = spfProcess(args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, message, args.join(' '));
  }
});

test('the wrong kind of file, or an output that cannot be written, gets a message that says what to do', async () => {
  const validateCsv = await spf('validate', fixture('excel-resources.csv'), fixture('narro-podcast.rss'));
  assert.equal(validateCsv.code, 1);
  assert.match(validateCsv.stdout, /excel-resources\.csv:1:1: error: This is not JSON: a feed starts with "\{"/);
  assert.match(
    validateCsv.stdout,
    /narro-podcast\.rss:1:1: error: .*It looks like XML: for a podcast RSS, use spf-feed from-rss/,
  );
  assert.match(
    (await spf('from-csv', DEFAULT_FEED)).stderr,
    /This looks like JSON, not a spreadsheet\. .*spf-feed to-csv/,
  );
  assert.match((await spf('from-rss', DEFAULT_FEED)).stderr, /This is not XML: .*\(this looks like JSON\)/);
  const noFolder = await spf('to-csv', DEFAULT_FEED, '-o', scratch('missing-folder/resources.csv'));
  assert.equal(noFolder.code, 2);
  assert.match(noFolder.stderr, /Cannot write .*resources\.csv: its folder does not exist/);
  const folder = await spf('to-csv', DEFAULT_FEED, '-o', work);
  assert.equal(folder.code, 2);
  assert.match(folder.stderr, /it is a folder/);
});

// ---- validate ---------------------------------------------------------------------

test('validate: the default feed has no problems', async () => {
  const { code, stdout } = await spf('validate', DEFAULT_FEED);
  assert.equal(code, 0);
  assert.match(stdout, /default-feed\.json: no problems \(28 resources, 3 episodes/);
});

test('validate: each parseFeed problem names file:line:column of the item in the source', async () => {
  const file = fixture('problem-feed.json');
  const { code, stdout } = await spf('validate', file);
  assert.equal(code, 1);
  const url = position(file, '"url": "javascript:');
  const organisation = position(file, '"organisation": "nobody"');
  assert.match(
    stdout,
    new RegExp(`${file}:${url.line}:${url.column}: error: resources\\[1\\]\\.url: The URL is not a safe`),
  );
  assert.match(
    stdout,
    new RegExp(
      `${file}:${organisation.line}:${organisation.column}: error: resources\\[2\\]\\.organisation: No organisation has the id "nobody"`,
    ),
  );
  assert.match(stdout, /problem-feed\.json:6:5: error: resources\[1\]: This item is left out\./);
  assert.match(stdout, /problem-feed\.json: 3 problems/);
  // Every line of the report names its line and column.
  for (const line of stdout.trim().split('\n').slice(0, -1)) assert.match(line, /\.json:\d+:\d+: error: /);
});

test('validate: a JSON syntax error is reported at its line, in plain words', async () => {
  const file = fixture('broken-syntax.json');
  const { code, stdout } = await spf('validate', file);
  assert.equal(code, 1);
  assert.match(stdout, new RegExp(`${file}:5:3: error: A comma \\(,\\) after the last item is not allowed in JSON`));
});

test('validate --format github prints annotations a pull request check shows on the line', async () => {
  const file = fixture('problem-feed.json');
  const { code, stdout } = await spf('validate', '--format', 'github', file);
  assert.equal(code, 1);
  const url = position(file, '"url": "javascript:');
  const lines = stdout.trim().split('\n');
  assert.equal(lines.length, 3);
  assert.equal(
    lines[1],
    `::error file=${file},line=${url.line},col=${url.column},title=spf-feed::resources[1].url: The URL is not a safe http(s), mailto, tel or sms link; it is left out.`,
  );
  for (const line of lines) assert.match(line, /^::error file=[^,]+,line=\d+,col=\d+,title=spf-feed::/);
});

test('validate --format json gives a machine-readable report for several files, and -o writes it', async () => {
  const report = scratch('report.json');
  const { code, stdout } = await spf(
    'validate',
    '--format',
    'json',
    '-o',
    report,
    DEFAULT_FEED,
    fixture('problem-feed.json'),
    fixture('broken-syntax.json'),
  );
  assert.equal(code, 1);
  assert.equal(stdout, '');
  const json = readJson(report);
  assert.equal(json.ok, false);
  assert.deepEqual(
    json.files.map((file) => [file.ok, file.problems.length]),
    [
      [true, 0],
      [false, 3],
      [false, 1],
    ],
  );
  const problem = json.files[1].problems[1];
  assert.deepEqual(Object.keys(problem).sort(), ['code', 'column', 'file', 'line', 'message', 'path', 'severity']);
  assert.equal(problem.path, 'resources[1].url');
  assert.equal(problem.code, 'unsafe-url', 'a stable code for programs');
  assert.equal(problem.message, 'The URL is not a safe http(s), mailto, tel or sms link; it is left out.');
  assert.deepEqual(
    [json.files[1].problems[2].code, json.files[1].problems[2].values],
    ['unknown-reference', { kind: { code: 'kindOrganisation' }, id: 'nobody' }],
  );
  assert.equal(json.files[2].problems[0].code, 'json-trailing-comma');
});

test('validate: a feed that is not UTF-8 is reported at the first bad byte', async () => {
  const file = scratch('latin1-feed.json');
  writeFileSync(file, Buffer.from('{\n  "version": 1,\n  "title": "Caf\xe9"\n}\n', 'latin1'));
  const { code, stdout } = await spf('validate', file);
  assert.equal(code, 1);
  assert.match(stdout, new RegExp(`${file}:3:16: error: The file is not UTF-8 text`));
});

// ---- to-csv and from-csv ------------------------------------------------------------------

test('to-csv writes what Excel opens with Welsh intact: a byte-order mark, CRLF, quoted fields, formulas as text', async () => {
  const out = scratch('resources.csv');
  const { code, stderr } = await spf('to-csv', fixture('base-feed.json'), '-o', out);
  assert.equal(code, 0, stderr);
  assert.match(stderr, /Wrote .*resources\.csv: 3 resources/);
  const bytes = readFileSync(out);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  assert.ok(text.startsWith('title,url,type,organisation,topics,summary,published,episode,id,title_cy,summary_cy\r\n'));
  assert.match(text, /"Steps for managers, with ""quotes"", commas, and a\nline break\."/);
  assert.match(text, /,NHS Employers,Stress; Mental health,/);
  assert.match(text, /,Straen yn y gwaith: pecyn cymorth,/);
  // A cell a spreadsheet would run as a formula starts with ' so it shows as text.
  assert.match(text, /^"'=HYPERLINK\(/m);
  assert.match(text, /,'\+44 is the code/);
});

test('round trip: to-csv then from-csv --base gives back the same feed', async () => {
  for (const feed of [fixture('base-feed.json'), DEFAULT_FEED]) {
    const csv = scratch('round-trip.csv');
    const back = scratch('round-trip.json');
    assert.equal((await spf('to-csv', feed, '-o', csv)).code, 0);
    const result = await spf('from-csv', csv, '--base', feed, '-o', back);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(readJson(back), readJson(feed), feed);
  }
  // The default feed is written as JSON.stringify writes it: the round trip is byte for byte.
  assert.equal(readFileSync(scratch('round-trip.json'), 'utf8'), readFileSync(DEFAULT_FEED, 'utf8'));
});

test('round trip with edits: only what the editor changed changes', async () => {
  const csv = scratch('edited.csv');
  await spf('to-csv', fixture('base-feed.json'), '-o', csv);
  const edited = readFileSync(csv, 'utf8')
    .replace('Tackling bullying at work,', 'Tackling bullying and harassment at work,')
    .replace(',Straen yn y gwaith: pecyn cymorth,', ',Straen yn y gwaith: pecyn,')
    .replace('Welsh NHS Confederation', 'welsh nhs confederation');
  writeFileSync(csv, edited);
  const out = scratch('edited.json');
  const { code, stderr } = await spf('from-csv', csv, '--base', fixture('base-feed.json'), '-o', out);
  assert.equal(code, 0, stderr);
  const base = readJson(fixture('base-feed.json'));
  const feed = readJson(out);
  assert.equal(feed.resources[1].title, 'Tackling bullying and harassment at work');
  assert.deepEqual(feed.resources[0].title, { en: 'Stress at work: a toolkit', cy: 'Straen yn y gwaith: pecyn' });
  assert.equal(feed.resources[0].notes, "an editor's own field, kept as it is");
  assert.equal(feed.resources[2].organisation, 'welsh-confed', 'found by name, whatever the letter case');
  assert.deepEqual(feed.organisations, base.organisations);
  assert.deepEqual({ ...feed, resources: base.resources }, base, 'everything else in the feed is as it was');
});

test('from-csv reads an Excel "CSV UTF-8" file: BOM, CRLF, columns in any order, an extra column, blank rows', async () => {
  const out = scratch('excel.json');
  const { code, stderr } = await spf(
    'from-csv',
    fixture('excel-resources.csv'),
    '--base',
    fixture('base-feed.json'),
    '-o',
    out,
  );
  assert.equal(code, 0, stderr);
  const feed = readJson(out);
  noProblems(feed);
  assert.deepEqual(
    feed.resources.map((resource) => resource.id),
    ['mind-wellbeing', 'night-shift-sleep-tips', 'tackling-bullying', 'welsh-guide'],
  );
  const [wellbeing, night, , welsh] = feed.resources;
  assert.deepEqual(wellbeing.title, { en: 'Looking after your wellbeing', cy: 'Gofalu am eich llesiant: ŵyr, ŷd' });
  assert.deepEqual(wellbeing.summary, { en: 'Short, practical steps, with "quotes".', cy: 'Camau byr, ymarferol.' });
  assert.equal(wellbeing.type, 'guide', '"Guide" is read as guide');
  assert.deepEqual(wellbeing.topics, ['stress', 'mental-health'], 'topic names found whatever their letter case');
  assert.equal(wellbeing.published, '2026-03-14', 'a UK date Excel wrote is read day first');
  assert.equal(night.summary, 'Line one\nline two', 'a line break inside a quoted cell');
  assert.equal(night.organisation, 'nhs-employers');
  assert.equal(night.episode, 'episode-1');
  assert.equal(welsh.type, 'case-study', '"case study" is read as case-study');
  assert.equal(welsh.organisation, 'welsh-confed');
  assert.deepEqual(feed.topics.at(-1), { id: 'sleep', name: 'Sleep' }, 'a new topic');
  assert.deepEqual(feed.episodes, readJson(fixture('base-feed.json')).episodes, '--base keeps the episodes');
  assert.deepEqual(feed.checkins, readJson(fixture('base-feed.json')).checkins, '--base keeps the check-ins');
  // Notes name their row and column too.
  assert.match(stderr, /excel-resources\.csv: row 1, column L \(Notes\): note: This column is not one the feed uses/);
  assert.match(stderr, /row 3, column A \(id\): note: No id, so it is "night-shift-sleep-tips"/);
  assert.match(stderr, /row 3, column G \(topics\): note: "Sleep" is a new topic/);
  assert.doesNotMatch(stderr, /row [67]/, 'blank rows at the end are ignored');
});

test('from-csv reads a Google Sheets export and, without --base, writes a complete new feed', async () => {
  const { code, stdout, stderr } = await spf('from-csv', fixture('google-sheets-resources.csv'));
  assert.equal(code, 0, stderr);
  const feed = JSON.parse(stdout);
  assert.equal(feed.version, 1);
  noProblems(feed);
  assert.deepEqual(feed.organisations, [
    { id: 'unison', name: 'UNISON' },
    { id: 'royal-college-of-nursing', name: 'Royal College of Nursing' },
  ]);
  assert.deepEqual(
    feed.topics.map((topic) => topic.id),
    ['bullying-and-harassment', 'civility'],
  );
  assert.deepEqual(feed.resources[1].topics, ['bullying-and-harassment', 'civility'], 'found case-insensitively');
  assert.deepEqual(feed.resources[1].title, { en: 'Civility, respect and you', cy: 'Parch a chwrteisi' });
  assert.equal(feed.resources[1].id, 'civility-respect-and-you', 'made from the title');
  // What from-csv writes passes spf-feed validate.
  const out = scratch('sheets.json');
  writeFileSync(out, stdout);
  assert.equal((await spf('validate', out)).code, 0);
});

test('from-csv: a file that is not UTF-8 gets the message to save it as "CSV UTF-8"', async () => {
  const existing = existingOutput('ansi.json');
  const { code, stderr } = await spf('from-csv', fixture('excel-ansi.csv'), '-o', existing.file);
  assert.equal(code, 1);
  assert.match(stderr, /excel-ansi\.csv:2:4: error: The file is not saved as UTF-8\. In Excel choose .*"CSV UTF-8/);
  assert.match(stderr, /cannot hold the Welsh letters ŵ and ŷ/);
  assertUntouched(existing);
  const utf16 = scratch('unicode-text.csv');
  writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title\turl\r\n', 'utf16le')]));
  assert.match((await spf('from-csv', utf16)).stderr, /it is UTF-16, "Unicode Text"/);
});

test('from-csv: every problem names its row and column, and nothing is written', async () => {
  const existing = existingOutput('bad-rows.json');
  const { code, stderr, stdout } = await spf('from-csv', fixture('bad-rows.csv'), '-o', existing.file);
  assert.equal(code, 1);
  assert.equal(stdout, '');
  const errors = stderr.split('\n').filter((line) => line.includes(': error: '));
  for (const line of errors) assert.match(line, /^.*bad-rows\.csv: row \d+(, column [A-Z]+ \([a-z_]+\))?: error: /);
  assert.match(stderr, /row 3, column A \(title\): error: A resource needs a title\./);
  assert.match(stderr, /row 4, column B \(url\): error: The URL is not a safe/);
  assert.match(stderr, /row 5, column C \(type\): error: Unknown type "podkast"/);
  assert.match(stderr, /row 6, column E \(id\): error: The id "good" is used twice/);
  assert.match(stderr, /row 7, column D \(organisation\): error: A resource needs an organisation\./);
  assert.match(stderr, /Nothing was written \(.*bad-rows\.json is as it was\)/);
  assertUntouched(existing);
});

test('from-csv --format json and --format github: problems for programs and for pull request checks', async () => {
  const json = await spf('from-csv', fixture('bad-rows.csv'), '--format', 'json');
  assert.equal(json.code, 1);
  const { problems } = JSON.parse(json.stderr);
  const errors = problems.filter((problem) => problem.severity === 'error');
  assert.equal(errors.length, 7);
  for (const problem of errors) {
    assert.equal(typeof problem.row, 'number');
    assert.equal(typeof problem.line, 'number');
  }
  assert.deepEqual(
    { row: errors[0].row, columnName: errors[0].columnName, columnLetter: errors[0].columnLetter },
    { row: 3, columnName: 'title', columnLetter: 'A' },
  );
  const github = await spf('from-csv', fixture('bad-rows.csv'), '--format', 'github');
  assert.match(
    github.stderr,
    /^::error file=[^,]*bad-rows\.csv,line=4,title=spf-feed::row 4, column B \(url\): The URL/m,
  );
  assert.match(
    github.stderr,
    /^::notice file=[^,]*bad-rows\.csv,line=2,title=spf-feed::row 2, column D \(organisation\): "UNISON" is a new/m,
  );
});

test('from-csv --force writes despite problems, and still exits 1', async () => {
  const out = scratch('forced.json');
  const { code, stderr } = await spf('from-csv', fixture('bad-rows.csv'), '-o', out, '--force');
  assert.equal(code, 1);
  assert.match(stderr, /written because of --force/);
  assert.equal(readJson(out).resources.length, 5, 'every row with a title is kept for the editor to fix');
});

test('from-csv: removing a row that a check-in points at is caught, at its line in the base feed', async () => {
  const csv = scratch('without-bullying.csv');
  writeFileSync(
    csv,
    'title,url,type,organisation,id\r\nStress at work: a toolkit,https://www.nhsemployers.org/stress,toolkit,NHS Employers,stress-toolkit\r\n',
  );
  const base = fixture('base-feed.json');
  const { code, stderr } = await spf('from-csv', csv, '--base', base);
  assert.equal(code, 1);
  const where = position(base, '"tackling-bullying"', readFileSync(base, 'utf8').indexOf('"checkins"'));
  assert.match(
    stderr,
    new RegExp(
      `base-feed\\.json:${where.line}:${where.column}: error: checkins\\[0\\]\\.bands\\[1\\]\\.resources\\[0\\]`,
    ),
  );
});

test('from-csv: a sheet without the required columns is refused at row 1', async () => {
  const csv = scratch('no-url.csv');
  writeFileSync(csv, 'Title,Type,Organisation\nA,guide,UNISON\n');
  const { code, stderr } = await spf('from-csv', csv);
  assert.equal(code, 1);
  assert.match(stderr, /no-url\.csv: row 1: error: Row 1 must name the columns\. Missing: url\./);
  const broken = scratch('open-quote.csv');
  writeFileSync(broken, 'title,url,type,organisation\n"A,https://a.example/,guide,UNISON\n');
  assert.match(
    (await spf('from-csv', broken)).stderr,
    /open-quote\.csv:\d+:\d+: error: The sheet cannot be read as CSV/,
  );
});

// ---- from-rss -------------------------------------------------------------------------------

test('from-rss maps iTunes and Podcasting 2.0 tags to episodes, and its feed passes validate', async () => {
  const rss = fixture('podcast-itunes-podcasting2.rss');
  const out = scratch('podcast.json');
  const { code, stderr } = await spf('from-rss', rss, '-o', out);
  assert.equal(code, 0, stderr);
  const feed = readJson(out);
  noProblems(feed);
  assert.equal((await spf('validate', out)).code, 0);
  assert.equal(feed.version, 1);
  assert.equal(feed.title, 'Wellbeing at Work & Beyond');
  assert.equal(feed.language, 'en-GB');
  assert.deepEqual(
    feed.episodes.map((episode) => episode.id),
    ['wellbeing-ep-3', 'wellbeing-ep-2', 'wellbeing-ep-1'],
  );
  const [three, two, one] = feed.episodes;
  assert.deepEqual(three, {
    id: 'wellbeing-ep-3',
    title: 'Episode 3: Sleep & shift work',
    number: 3,
    published: '2019-10-01',
    duration: 3723,
    summary: 'How to sleep after a night shift.\nLinks: click & more.\n• Blackout blinds\n• Café breaks',
    audio: [
      { url: 'https://media.example.nhs.uk/ep3.mp3', type: 'audio/mpeg', bytes: 29786112 },
      { url: 'https://media.example.nhs.uk/ep3.opus', type: 'audio/ogg; codecs=opus', bytes: 9437184 },
    ],
    transcript: { url: 'https://media.example.nhs.uk/ep3.vtt', type: 'text/vtt' },
    chapters: { url: 'https://media.example.nhs.uk/ep3-chapters.json', type: 'application/json+chapters' },
    people: [
      { name: 'Alex Rees', role: 'Guest' },
      { name: 'Sam Jones', role: 'Host' },
    ],
    url: 'https://podcast.example.nhs.uk/episodes/3',
  });
  assert.equal(two.duration, 1530, 'MM:SS');
  assert.equal(two.published, '2019-09-02', 'the day the RSS names, not the day in UTC');
  assert.equal(two.summary, 'Lifting, posture and when to ask for help.', 'itunes:summary, HTML taken out');
  assert.deepEqual(two.transcript, { url: 'https://media.example.nhs.uk/ep2.srt', type: 'application/srt' });
  assert.equal(two.url, undefined, 'a javascript: link is left out');
  assert.deepEqual(two.people, [{ name: 'Sam Jones', role: 'Host' }], "the channel's people");
  assert.deepEqual(
    two.audio,
    [{ url: 'https://media.example.nhs.uk/ep2.m4a', type: 'audio/x-m4a' }],
    'length 0 is no size',
  );
  assert.equal(one.duration, 95, 'seconds');
  // Nothing from the RSS is kept as HTML or script.
  assert.doesNotMatch(JSON.stringify(feed), /<|javascript:|alert/);
  // What was left out is reported at its <item>.
  const at = (title) => position(rss, `<title>${title}`);
  const item = (title) => {
    const { line } = at(title);
    return `podcast-itunes-podcasting2\\.rss:${line - 1}:5: warning: item \\d+ "${title.replace(/[()]/g, '\\$&')}"`;
  };
  assert.match(
    stderr,
    new RegExp(`${item('Trailer (video)')}: no audio file the player can play \\(video/mp4 is not audio\\)`),
  );
  assert.match(
    stderr,
    new RegExp(`${item('Show notes only')}: no audio file the player can play \\(no <enclosure>\\)`),
  );
  assert.match(stderr, new RegExp(`${item('A hostile enclosure')}: no audio file the player can play \\("javascript:`));
  assert.match(
    stderr,
    new RegExp(`${item('Episode 1 again (the same guid)')}: its guid "wellbeing-ep-1" is used by an earlier item`),
  );
  assert.match(
    stderr,
    new RegExp(`${item('Episode 2: Back pain')}: its <link> "javascript:alert\\(1\\)" is not a safe`),
  );
  assert.match(stderr, /note: 1 live stream \(podcast:liveItem\) left out: a live stream is not an episode/);
  assert.doesNotMatch(JSON.stringify(feed), /Live: ask/);
});

test('from-rss: transcripts in order WebVTT, Podcasting 2.0 JSON, SRT, then an HTML page', async () => {
  const item = (id, transcripts) =>
    `<item><title>${id}</title><guid>${id}</guid><enclosure url="https://m.example/${id}.mp3" type="audio/mpeg"/>${transcripts
      .map((type) => `<podcast:transcript url="https://m.example/${id}.${type.split('/')[1]}" type="${type}"/>`)
      .join('')}</item>`;
  const rss = scratch('transcripts.rss');
  writeFileSync(
    rss,
    `<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>T</title>${[
      item('a', ['text/html', 'application/x-subrip', 'application/json', 'text/vtt']),
      item('b', ['text/html', 'application/x-subrip', 'application/json']),
      item('c', ['text/html', 'application/x-subrip']),
      item('d', ['text/html']),
      item('e', ['text/plain']),
    ].join('')}</channel></rss>`,
  );
  const { code, stdout } = await spf('from-rss', rss);
  assert.equal(code, 0);
  assert.deepEqual(
    JSON.parse(stdout).episodes.map((episode) => episode.transcript?.type),
    ['text/vtt', 'application/json', 'application/x-subrip', 'text/html', undefined],
  );
});

test('from-rss reads Podlove Simple Chapters into chapters', async () => {
  const { code, stdout, stderr } = await spf('from-rss', fixture('podlove-chapters.rss'));
  assert.equal(code, 0, stderr);
  const feed = JSON.parse(stdout);
  noProblems(feed);
  const [episode] = feed.episodes;
  assert.deepEqual(episode.chapters, [
    { start: 0, title: 'Intro' },
    { start: 90.5, title: 'Was sind Kapitelmarken?' },
    { start: 725, title: 'Kapitel in Apps' },
    { start: 2400, title: 'Ausblick' },
  ]);
  assert.equal(episode.duration, 2617);
  assert.equal(episode.summary, 'Über Kapitel & Transkripte.');
  assert.equal(episode.audio.length, 2);
});

test('from-rss --base merges by id, keeps what editors added, and leaves the rest of the feed alone', async () => {
  const base = scratch('merge-base.json');
  const original = readJson(fixture('base-feed.json'));
  original.episodes.push({
    id: 'wellbeing-ep-2',
    title: 'Old title',
    audio: [{ url: 'https://old.example/ep2.mp3', type: 'audio/mpeg' }],
    topics: ['stress'],
  });
  writeFileSync(base, JSON.stringify(original, null, 2));
  const out = scratch('merged.json');
  const { code, stderr } = await spf(
    'from-rss',
    fixture('podcast-itunes-podcasting2.rss'),
    '--base',
    base,
    '--series',
    'wellbeing-at-work',
    '--limit',
    '2',
    '-o',
    out,
  );
  assert.equal(code, 0, stderr);
  const feed = readJson(out);
  noProblems(feed);
  assert.deepEqual(
    feed.episodes.map((episode) => episode.id),
    ['episode-1', 'wellbeing-ep-2', 'wellbeing-ep-3'],
    '--limit 2: the first two in the RSS; an existing id is updated in place',
  );
  assert.deepEqual(feed.episodes[0], original.episodes[0]);
  assert.equal(feed.episodes[1].title, 'Episode 2: Back pain');
  assert.deepEqual(feed.episodes[1].topics, ['stress'], "the editor's topics stay");
  assert.equal(feed.episodes[1].series, 'wellbeing-at-work');
  assert.equal(feed.episodes[2].series, 'wellbeing-at-work');
  assert.deepEqual({ ...feed, episodes: original.episodes }, original);
});

test('from-rss refuses a "billion laughs" file and an external entity at once, and writes nothing', async () => {
  /** @type {[string, number][]} */
  const files = [
    ['billion-laughs.rss', 3],
    ['external-entity.rss', 4],
  ];
  for (const [name, line] of files) {
    const existing = existingOutput(`${name}.json`);
    const { code, stderr } = spfProcess(['from-rss', fixture(name), '-o', existing.file, '--force']);
    assert.equal(code, 1, name);
    assert.match(stderr, new RegExp(`${name}:${line}:3: error: The RSS declares its own entities`), name);
    assert.match(stderr, /Nothing was written/);
    assertUntouched(existing);
  }
});

test('hostile nesting: JSON and XML thousands of levels deep are refused with a message, not a crash', async () => {
  const json = scratch('deep.json');
  writeFileSync(json, '['.repeat(200_000));
  const deepJson = await spf('validate', json);
  assert.equal(deepJson.code, 1);
  assert.match(deepJson.stdout, /deep\.json:1:1: error: The JSON is nested too deeply to read/);
  const xml = scratch('deep.rss');
  writeFileSync(xml, `<rss><channel>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</channel></rss>`);
  const deepXml = await spf('from-rss', xml);
  assert.equal(deepXml.code, 1);
  assert.match(deepXml.stderr, /deep\.rss:1:1: error: The RSS cannot be read/);
});

test('from-rss: a file over the size limit is refused before it is read', async () => {
  const huge = scratch('huge.rss');
  writeFileSync(huge, '');
  truncateSync(huge, 40 * 1024 * 1024); // a sparse 40 MB file: over the 32 MB default
  const existing = existingOutput('huge.json');
  const big = spfProcess(['from-rss', huge, '-o', existing.file]);
  assert.equal(big.code, 1);
  assert.match(big.stderr, /huge\.rss is larger than 32 MB, so it was not read/);
  assertUntouched(existing);
  rmSync(huge);
  const small = await spf('from-rss', fixture('podcast-itunes-podcasting2.rss'), '--max-size', '0.001');
  assert.equal(small.code, 1);
  assert.match(small.stderr, /is larger than 2 KB/);
});

test('from-rss: XML that is not well formed, or not RSS, is reported at its line', async () => {
  const broken = await spf('from-rss', fixture('not-well-formed.rss'));
  assert.equal(broken.code, 1);
  assert.match(
    broken.stderr,
    /not-well-formed\.rss:7:5: error: The RSS is not well-formed XML: Expected closing tag 'item'/,
  );
  const atom = scratch('atom.xml');
  writeFileSync(atom, '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title></feed>');
  assert.match((await spf('from-rss', atom)).stderr, /This is an Atom feed: spf-feed reads podcast feeds in RSS 2\.0/);
  const empty = scratch('no-audio.rss');
  writeFileSync(empty, '<rss version="2.0"><channel><title>T</title><item><title>Text</title></item></channel></rss>');
  const none = await spf('from-rss', empty);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /No item in the RSS has an audio file the player can play/);
});

test('from-rss fetches a URL with a time limit and a size limit, and --fetch-chapters reads chapter files', async (t) => {
  const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>Served</title>
<item><title>One</title><guid>one</guid><enclosure url="media/one.mp3" type="audio/mpeg" length="100"/>
<podcast:chapters url="chapters.json" type="application/json+chapters"/></item>
<item><title>Two</title><guid>two</guid><enclosure url="/media/two.mp3" type="audio/mpeg"/>
<podcast:chapters url="missing-chapters.json" type="application/json+chapters"/></item>
</channel></rss>`;
  const server = createServer((request, response) => {
    if (request.url === '/podcast/rss') response.end(rss);
    else if (request.url === '/podcast/chapters.json') response.end(readFileSync(fixture('podcasting2-chapters.json')));
    else if (request.url === '/slow') setTimeout(() => response.end(rss), 5000).unref();
    else if (request.url === '/endless') {
      const chunk = Buffer.alloc(64 * 1024, 32);
      const write = () => {
        while (response.write(chunk));
      };
      response.on('drain', write);
      write();
    } else {
      response.statusCode = 404;
      response.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  const base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;

  const plain = await spf('from-rss', `${base}/podcast/rss`);
  assert.equal(plain.code, 0, plain.stderr);
  const [one, two] = JSON.parse(plain.stdout).episodes;
  assert.equal(one.audio[0].url, `${base}/podcast/media/one.mp3`, 'relative links resolve against the RSS URL');
  assert.equal(two.audio[0].url, `${base}/media/two.mp3`);
  assert.deepEqual(one.chapters, { url: `${base}/podcast/chapters.json`, type: 'application/json+chapters' });

  const fetched = await spf('from-rss', `${base}/podcast/rss`, '--fetch-chapters');
  assert.equal(fetched.code, 0, fetched.stderr);
  const episodes = JSON.parse(fetched.stdout).episodes;
  assert.equal(episodes[0].chapters.length, 9);
  assert.deepEqual(episodes[0].chapters[1], { start: 168, title: 'Hearing Aids' });
  assert.deepEqual(episodes[1].chapters, {
    url: `${base}/podcast/missing-chapters.json`,
    type: 'application/json+chapters',
  });
  assert.match(
    fetched.stderr,
    /item 2 "Two": its chapters file could not be read \(.*answered 404.*\); the link is kept/,
  );

  const missing = await spf('from-rss', `${base}/nothing-here`);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /nothing-here answered 404 Not Found/);

  const slow = await spf('from-rss', `${base}/slow`, '--timeout', '0.3');
  assert.equal(slow.code, 1);
  assert.match(slow.stderr, /\/slow did not answer within 0\.3 s/);

  const existing = existingOutput('endless.json');
  const endless = await spf('from-rss', `${base}/endless`, '--max-size', '1', '-o', existing.file);
  assert.equal(endless.code, 1);
  assert.match(endless.stderr, /\/endless is larger than 1 MB, so it was not read/);
  assertUntouched(existing);
});

test('a failing to-csv leaves an existing output file byte-identical; a good one replaces it whole', async () => {
  const existing = existingOutput('sheet.csv');
  const broken = await spf('to-csv', fixture('broken-syntax.json'), '-o', existing.file);
  assert.equal(broken.code, 1);
  assertUntouched(existing);
  const problems = await spf('to-csv', fixture('problem-feed.json'), '-o', existing.file);
  assert.equal(problems.code, 1);
  assert.match(problems.stderr, /problem-feed\.json:\d+:\d+: error: resources\[1\]\.url/);
  assertUntouched(existing);
  assert.equal((await spf('to-csv', DEFAULT_FEED, '-o', existing.file)).code, 0);
  assert.match(readFileSync(existing.file, 'utf8'), /^\uFEFFtitle,url,type,/);
  assertUntouched({ file: existing.file, bytes: readFileSync(existing.file) });
});

test('spf-feed from a real process: exit codes 0, 1 and 2, output on stdout', () => {
  const good = spfProcess(['from-rss', fixture('narro-podcast.rss')]);
  assert.equal(good.code, 0, good.stderr);
  const feed = JSON.parse(good.stdout);
  noProblems(feed);
  assert.equal(feed.episodes[0].duration, 74);
  assert.equal(
    feed.episodes[0].summary,
    'Listen to your reading list anywhere. Narro will take your bookmarked articles and read them back to you as a podcast.\nhttp://www.narro.co/faq',
  );
  assert.equal(spfProcess(['validate', fixture('problem-feed.json')]).code, 1);
  assert.equal(spfProcess(['validate']).code, 2);
  assert.ok(!existsSync(join(root, 'packages/feed-tools/test-fixtures/.tmp')));
});

test('helpers: durations and HTML to text', () => {
  assert.equal(clockSeconds('74'), 74);
  assert.equal(clockSeconds('25:30'), 1530);
  assert.equal(clockSeconds('1:02:03'), 3723);
  assert.equal(clockSeconds('00:01:30.500'), 90.5);
  assert.equal(clockSeconds('1h 2m'), undefined);
  assert.equal(clockSeconds('1:2:3:4'), undefined);
  assert.equal(
    htmlToText('<p>One &amp; two</p><style>p{}</style><script>alert(1)</script><br>Three&nbsp;&lt;b&gt;'),
    'One & two\n\nThree <b>',
  );
});

// ---- in Welsh ------------------------------------------------------------------

/** Runs spf-feed in this process with a Welsh locale, as `LANG=cy_GB.UTF-8 npx spf-feed …` does. */
async function spfWelsh(...args) {
  let stdout = '';
  let stderr = '';
  const code = await run(
    args,
    {
      stdout: (text) => (stdout += typeof text === 'string' ? text : Buffer.from(text).toString('utf8')),
      stderr: (text) => (stderr += text),
    },
    WELSH,
  );
  return { code, stdout, stderr };
}

test('in Welsh: --help and every command --help, chosen by LANG or --lang; --lang en and LC_ALL win', () => {
  const main = spfProcess(['--help'], { env: WELSH });
  assert.equal(main.code, 0);
  assert.match(main.stdout, /^Defnydd: spf-feed <gorchymyn> \[dewisiadau\]$/m);
  assert.match(main.stdout, /^Gorchmynion:$/m);
  for (const command of ['validate', 'to-csv', 'from-csv', 'from-rss']) {
    assert.match(main.stdout, new RegExp(`^  ${command} `, 'm'));
    const help = spfProcess([command, '--help', '--lang', 'cy']);
    assert.equal(help.code, 0, command);
    assert.match(help.stdout, new RegExp(`^Defnydd: spf-feed ${command} `), command);
    assert.match(help.stdout, /--lang cy\|en {8}Iaith y negeseuon/, command);
    assert.match(spfProcess([command, '--help']).stdout, /--lang cy\|en {8}The language of messages/, command);
  }
  assert.match(spfProcess(['--help', '--lang=cy']).stdout, /^Gorchmynion:$/m);
  assert.match(spfProcess(['--help', '--lang', 'en'], { env: WELSH }).stdout, /^Commands:$/m);
  const english = { ...WELSH, LC_ALL: 'en_GB.UTF-8' };
  assert.match(spfProcess(['--help'], { env: english }).stdout, /^Commands:$/m, 'LC_ALL comes before LANG');
  assert.match(spfProcess(['--help'], { env: { ...process.env, LC_MESSAGES: 'cy_GB' } }).stdout, /^Gorchmynion:$/m);
  const badLang = spfProcess(['validate', fixture('base-feed.json'), '--lang', 'fr']);
  assert.equal(badLang.code, 2);
  assert.match(badLang.stderr, /--lang must be cy \(Welsh\) or en \(English\), not "fr"/);
});

test('in Welsh: usage errors exit 2 and a wrong file exits 1, each saying what to do', async () => {
  /** @type {[string[], number, RegExp][]} */
  const cases = [
    [['publish'], 2, /gorchymyn anhysbys "publish"\. Y gorchmynion yw: validate, to-csv, from-csv, from-rss\./],
    [['validate'], 2, /Enwch y ffeil\(iau\) ffrwd i’w darllen\.\nRhedwch "spf-feed validate --help"/],
    [['validate', '--colour', 'x.json'], 2, /Dewis anhysbys '--colour'\./],
    [['validate', fixture('base-feed.json'), '--format', 'xml'], 2, /Rhaid i --format fod yn text, github neu json/],
    [['validate', scratch('no-such-feed.json')], 2, /Nid oes modd darllen .*no-such-feed\.json: nid oes ffeil o’r enw/],
    [['from-rss', fixture('narro-podcast.rss'), '--limit', 'ten'], 2, /Rhaid i --limit fod yn rhif cyfan mwy na 0/],
    [['from-csv', DEFAULT_FEED], 1, /Mae hwn yn edrych fel JSON, nid taenlen\. .*spf-feed to-csv/],
    [['from-rss', DEFAULT_FEED], 1, /Nid XML yw hwn: .*\(mae hwn yn edrych fel JSON\)/],
  ];
  for (const [args, exit, message] of cases) {
    const { code, stderr } = await spfWelsh(...args);
    assert.equal(code, exit, args.join(' '));
    assert.match(stderr, message, args.join(' '));
    assert.doesNotMatch(stderr, /Run "|Nothing was written|Cannot read/, `${args.join(' ')}: no English`);
  }
  const wrongFiles = await spfWelsh('validate', fixture('excel-resources.csv'), fixture('narro-podcast.rss'));
  assert.equal(wrongFiles.code, 1);
  assert.match(wrongFiles.stdout, /excel-resources\.csv:1:1: gwall: Nid JSON yw hwn: mae ffrwd yn dechrau â "\{"/);
  assert.match(wrongFiles.stdout, /narro-podcast\.rss:1:1: gwall: .*Mae’n edrych fel XML: .*spf-feed from-rss/);
  assert.match(wrongFiles.stdout, /excel-resources\.csv: 1 problem\.$/m);
  const real = spfProcess(['validate', fixture('excel-resources.csv')], { env: WELSH });
  assert.equal(real.code, 1, 'the real bin, with LANG=cy_GB.UTF-8');
  assert.match(real.stdout, /gwall: Nid JSON yw hwn/);
});

test('in Welsh: validate names file:line:column, and the summary counts in Welsh', async () => {
  const { code, stdout } = await spfWelsh('validate', fixture('problem-feed.json'), fixture('broken-syntax.json'));
  assert.equal(code, 1);
  const { line, column } = position(fixture('problem-feed.json'), '"url": "javascript:');
  assert.match(
    stdout,
    new RegExp(
      `problem-feed\\.json:${line}:${column}: gwall: resources\\[1\\]\\.url: Nid yw’r URL yn ddolen http\\(s\\), mailto, tel neu sms ddiogel`,
    ),
  );
  assert.match(stdout, /gwall: resources\[2\]\.organisation: Nid oes sefydliad gyda’r id "nobody"/);
  assert.match(
    stdout,
    /problem-feed\.json: 3 problem \(2 adnodd, 0 pennod, 0 gwiriad, 0 hunanasesiad, 1 sefydliad, 0 pwnc\)\./,
  );
  assert.match(stdout, /broken-syntax\.json:\d+:\d+: gwall: Nid oes hawl cael coma \(,\) ar ôl yr eitem olaf/);
  assert.doesNotMatch(stdout, / error: | problems| is not | no problems/, 'no English');
  const clean = await spfWelsh('validate', DEFAULT_FEED);
  assert.equal(clean.code, 0);
  assert.match(clean.stdout, /default-feed\.json: dim problemau \(\d+ adnodd, /);
  const github = await spfWelsh('validate', fixture('problem-feed.json'), '--format', 'github');
  assert.match(
    github.stdout,
    /^::error file=[^,]*problem-feed\.json,line=\d+,col=\d+,title=spf-feed::resources\[1\]\.url: Nid yw’r URL/m,
  );
  const json = JSON.parse((await spfWelsh('validate', fixture('problem-feed.json'), '--format', 'json')).stdout);
  const problem = json.files[0].problems[1];
  assert.equal(problem.code, 'unsafe-url', 'the same code in any language');
  assert.match(problem.message, /^The URL is not a safe/, 'message stays the English parseFeed gives');
});

test('in Welsh: a CSV problem names its row and column, and nothing is written', async () => {
  const existing = existingOutput('bad-rows-cy.json');
  const { code, stderr, stdout } = await spfWelsh('from-csv', fixture('bad-rows.csv'), '-o', existing.file);
  assert.equal(code, 1);
  assert.equal(stdout, '');
  const errors = stderr.split('\n').filter((line) => line.includes(': gwall: '));
  assert.equal(errors.length, 7);
  for (const line of errors) assert.match(line, /^.*bad-rows\.csv: rhes \d+(, colofn [A-Z]+ \([a-z_]+\))?: gwall: /);
  assert.match(stderr, /rhes 3, colofn A \(title\): gwall: Mae angen teitl \(title\) ar adnodd\./);
  assert.match(stderr, /rhes 4, colofn B \(url\): gwall: Nid yw’r URL yn ddolen/);
  assert.match(stderr, /rhes 5, colofn C \(type\): gwall: Math anhysbys "podkast"/);
  assert.match(stderr, /rhes 6, colofn E \(id\): gwall: Mae’r id "good" yn cael ei ddefnyddio ddwywaith/);
  assert.match(stderr, /rhes 7, colofn D \(organisation\): gwall: Mae angen sefydliad \(organisation\) ar adnodd\./);
  assert.match(stderr, /rhes 2, colofn D \(organisation\): nodyn: Mae "UNISON" yn sefydliad newydd \(id "unison"\)/);
  assert.match(stderr, /7 problem i’w datrys\. Ni ysgrifennwyd dim \(mae .*bad-rows-cy\.json fel yr oedd\)\./);
  assertUntouched(existing);

  const github = await spfWelsh('from-csv', fixture('bad-rows.csv'), '--format', 'github');
  assert.match(
    github.stderr,
    /^::error file=[^,]*bad-rows\.csv,line=4,title=spf-feed::rhes 4, colofn B \(url\): Nid yw’r URL/m,
  );
  const { problems } = JSON.parse((await spfWelsh('from-csv', fixture('bad-rows.csv'), '--format', 'json')).stderr);
  const first = problems.find((problem) => problem.severity === 'error');
  assert.deepEqual(
    [first.code, first.row, first.columnLetter, first.message],
    ['csv-no-title', 3, 'A', 'A resource needs a title.'],
  );

  const ansi = await spfWelsh('from-csv', fixture('excel-ansi.csv'));
  assert.equal(ansi.code, 1);
  assert.match(ansi.stderr, /excel-ansi\.csv:2:4: gwall: Nid yw’r ffeil wedi’i chadw fel UTF-8\. .*"CSV UTF-8/);
  assert.match(ansi.stderr, /ddal y llythrennau Cymraeg ŵ ac ŷ\.\nNi ysgrifennwyd dim\.\n$/);
});

test('in Welsh: RSS problems, at their item and line', async () => {
  const broken = await spfWelsh('from-rss', fixture('not-well-formed.rss'));
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /not-well-formed\.rss:7:5: gwall: Nid yw’r RSS yn XML wedi’i ffurfio’n dda: /);
  assert.match(broken.stderr, /\nNi ysgrifennwyd dim\.\n$/);
  const rss = scratch('no-audio-cy.rss');
  writeFileSync(
    rss,
    '<rss version="2.0"><channel><title>T</title>\n<item><title>Testun</title></item>\n<item><title>Llun</title><enclosure url="https://a.example/x.jpg" type="image/jpeg"/></item></channel></rss>',
  );
  const none = await spfWelsh('from-rss', rss);
  assert.equal(none.code, 1);
  assert.match(
    none.stderr,
    /no-audio-cy\.rss:2:1: rhybudd: eitem 1 "Testun": dim ffeil sain y gall y chwaraewr ei chwarae \(dim <enclosure>\); mae wedi’i gadael allan\./,
  );
  assert.match(none.stderr, /rhybudd: eitem 2 "Llun": dim ffeil sain .*\(nid sain yw image\/jpeg\)/);
  assert.match(none.stderr, /gwall: Nid oes gan unrhyw eitem yn yr RSS ffeil sain y gall y chwaraewr ei chwarae/);
  const atom = scratch('atom-cy.xml');
  writeFileSync(atom, '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title></feed>');
  assert.match(
    (await spfWelsh('from-rss', atom)).stderr,
    /Ffrwd Atom yw hon: mae spf-feed yn darllen ffrydiau podlediad yn RSS 2\.0/,
  );
  const out = scratch('episodes-cy.json');
  const good = await spfWelsh('from-rss', fixture('podcast-itunes-podcasting2.rss'), '-o', out);
  assert.equal(good.code, 0);
  assert.match(good.stderr, /^Ysgrifennwyd .*episodes-cy\.json: \d+ pennod o’r RSS\.$/m);
  const json = await spf('from-rss', rss, '--format', 'json', '--lang', 'cy');
  const first = JSON.parse(json.stderr).problems.find((problem) => problem.item === 1);
  assert.deepEqual([first.code, first.item, first.itemTitle], ['rss-no-enclosure', 1, 'Testun']);
  assert.equal(first.message, 'item 1 "Testun": no audio file the player can play (no <enclosure>); it is left out.');
});
