/// <reference types="node" />
/**
 * A podcast's RSS 2.0 feed (with iTunes, Podcasting 2.0 and Podlove Simple
 * Chapters tags) turned into the feed's episodes.
 *
 * The RSS is someone else's data and is treated as hostile: a document that
 * declares entities is refused before it is parsed, nothing in it is run or
 * kept as HTML, and every link passes the feed's own URL rules.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MAX_TEXT_LENGTH, safeUrl } from '@spf-wellbeing/feed';
import { htmlToText } from './html-text.js';
import { MAX_ID_LENGTH, shortHash, slugify } from './ids.js';
import { LineIndex } from './input.js';
import { CommandError, type Severity, type ToolProblem } from './problems.js';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
// Control characters other than tab and newline.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const NAMESPACES = {
  itunes: ['http://www.itunes.com/dtds/podcast-1.0.dtd'],
  podcast: [
    'https://podcastindex.org/namespace/1.0',
    'https://github.com/podcastindex-org/podcast-namespace/blob/main/docs/1.0.md',
  ],
  psc: ['http://podlove.org/simple-chapters'],
} as const;
type Namespace = keyof typeof NAMESPACES;

/** Names that may repeat, so the parser always gives a list for them. */
const REPEATED = new Set([
  'item',
  'enclosure',
  'person',
  'transcript',
  'alternateEnclosure',
  'source',
  'chapter',
  'liveItem',
]);

export interface ImportedEpisode {
  /** The episode, in the feed's JSON shape. */
  episode: Json;
  /** Its `<item>`: position in the RSS (1-based) and line and column, when known. */
  item: number;
  line?: number;
  column?: number;
}

export interface RssImport {
  title?: string;
  language?: string;
  episodes: ImportedEpisode[];
  problems: ToolProblem[];
}

export interface RssOptions {
  /** The file or URL, as the user named it. */
  file: string;
  /** The RSS's own URL, for relative links. */
  baseUrl?: string;
  series?: string;
  /** At most this many episodes, first in the RSS first (podcast feeds list the newest first). */
  limit?: number;
  /** Fetches and parses a Podcasting 2.0 JSON chapters file (`--fetch-chapters`). */
  fetchChapters?: (url: string) => Promise<unknown>;
}

/**
 * Decodes an RSS file: a byte-order mark, or the encoding its XML
 * declaration names, or UTF-8. Bytes that do not decode become U+FFFD and
 * are reported.
 */
export function decodeXml(bytes: Uint8Array, file: string): { text: string; problems: ToolProblem[] } {
  let label = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else {
    const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
    const declared = /^(?:\uFEFF|\xEF\xBB\xBF)?<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
    if (declared) label = declared.toLowerCase();
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      problems: [warning(file, `The XML says its encoding is "${label}", which is not known; it is read as UTF-8.`)],
    };
  }
  const text = decoder.decode(bytes);
  const bad = text.indexOf('\uFFFD');
  const problems: ToolProblem[] = [];
  if (bad !== -1 && (label === 'utf-8' || label === 'utf8')) {
    const { line, column } = new LineIndex(text).at(bad);
    problems.push({ ...warning(file, 'Some bytes are not UTF-8; they show as �.'), line, column });
  }
  return { text, problems };
}

const warning = (file: string, message: string, severity: Severity = 'warning'): ToolProblem => ({
  severity,
  file,
  message,
});

/**
 * One pass over the text, outside comments and CDATA: refuses any entity
 * declaration (a "billion laughs" file, an external entity), and finds where
 * each `<item>` starts.
 */
function scan(xml: string, file: string): number[] {
  const items: number[] = [];
  const pattern = /<!--|<!\[CDATA\[|<!ENTITY|<item[\s>/]/gi;
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) {
    const token = match[0];
    if (token === '<!--' || token === '<![CDATA[') {
      const end = xml.indexOf(token === '<!--' ? '-->' : ']]>', pattern.lastIndex);
      if (end === -1) break;
      pattern.lastIndex = end + 3;
    } else if (token.toUpperCase() === '<!ENTITY') {
      const { line, column } = new LineIndex(xml).at(match.index);
      const message =
        'The RSS declares its own entities (<!ENTITY …>). Podcast feeds never need them, and they are how "billion laughs" and external-entity attacks work, so the file is refused.';
      throw new CommandError(message, 1, { severity: 'error', file, line, column, message });
    } else if (token.startsWith('<item')) items.push(match.index);
  }
  return items;
}

/** Reads an RSS document into episodes. Throws a CommandError for a document it cannot use at all. */
export async function rssToEpisodes(xml: string, options: RssOptions): Promise<RssImport> {
  const { file } = options;
  if (!/^\uFEFF?\s*</.test(xml)) {
    const message = `This is not XML: spf-feed from-rss reads a podcast's RSS feed${/^\uFEFF?\s*[{[]/.test(xml) ? ' (this looks like JSON)' : ''}.`;
    throw new CommandError(message, 1, { severity: 'error', file, line: 1, column: 1, message });
  }
  const itemOffsets = scan(xml, file);
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (valid !== true) {
    const message = `The RSS is not well-formed XML: ${valid.err.msg}`;
    throw new CommandError(message, 1, {
      severity: 'error',
      file,
      line: valid.err.line,
      column: valid.err.col,
      message,
    });
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    cdataPropName: '#cdata',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    allowBooleanAttributes: true,
    // No path strings for every tag: the mapping below finds what it needs itself.
    jPath: false,
    isArray: (name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) =>
      !isAttribute && REPEATED.has(name.slice(name.indexOf(':') + 1)),
  });
  let document: unknown;
  try {
    document = parser.parse(xml);
  } catch (error) {
    // Such as elements nested thousands deep: no podcast feed looks like that.
    const message = `The RSS cannot be read: ${(error as Error).message}.`;
    throw new CommandError(message, 1, { severity: 'error', file, line: 1, column: 1, message });
  }
  const root = isRecord(document) ? document.rss : undefined;
  if (!isRecord(root)) {
    const kind =
      isRecord(document) && 'feed' in document
        ? 'an Atom feed'
        : isRecord(document) && 'rdf:RDF' in document
          ? 'RSS 1.0'
          : 'not RSS';
    const message = `This is ${kind}: spf-feed reads podcast feeds in RSS 2.0 (<rss><channel><item>…).`;
    throw new CommandError(message, 1, { severity: 'error', file, line: 1, column: 1, message });
  }
  const channel = first(root.channel);
  if (!isRecord(channel)) {
    const message = 'The RSS has no <channel>.';
    throw new CommandError(message, 1, { severity: 'error', file, line: 1, column: 1, message });
  }

  // Prefixes as this document declares them (usually itunes:, podcast:, psc:).
  const prefix: Record<Namespace, string> = { itunes: 'itunes', podcast: 'podcast', psc: 'psc' };
  for (const [key, value] of Object.entries(root)) {
    if (!key.startsWith('@_xmlns:')) continue;
    const uri = str(value).trim().toLowerCase().replace(/\/$/, '');
    for (const [namespace, uris] of Object.entries(NAMESPACES) as [Namespace, readonly string[]][])
      if (uris.some((known) => known.toLowerCase().replace(/\/$/, '') === uri))
        prefix[namespace] = key.slice('@_xmlns:'.length);
  }
  const get = (node: Json, namespace: Namespace, name: string) => node[`${prefix[namespace]}:${name}`];

  const problems: ToolProblem[] = [];
  const title = clean(textOf(channel.title));
  const rawLanguage = clean(textOf(channel.language));
  const language = LANGUAGE_TAG.test(rawLanguage) ? rawLanguage : undefined;
  if (rawLanguage && !language)
    problems.push(
      warning(
        file,
        `The channel's language "${rawLanguage}" is not a language tag such as "en" or "en-gb"; it is left out.`,
      ),
    );
  const liveItems = all(get(channel, 'podcast', 'liveItem')).length;
  if (liveItems > 0)
    problems.push(
      warning(
        file,
        `${liveItems} live ${liveItems === 1 ? 'stream' : 'streams'} (podcast:liveItem) left out: a live stream is not an episode.`,
        'note',
      ),
    );
  const channelPeople = people(all(get(channel, 'podcast', 'person')));

  const items = all(channel.item);
  const lines = itemOffsets.length === items.length ? new LineIndex(xml) : undefined;
  const episodes: ImportedEpisode[] = [];
  const ids = new Set<string>();
  const chapterJobs: (() => Promise<void>)[] = [];

  for (let index = 0; index < items.length; index++) {
    if (options.limit !== undefined && episodes.length >= options.limit) break;
    const item = items[index];
    const position = lines ? lines.at(itemOffsets[index]) : undefined;
    const itemTitle = clip(clean(textOf(item.title) || textOf(get(item, 'itunes', 'title'))));
    const label = `item ${index + 1}${itemTitle ? ` "${itemTitle.length > 60 ? `${itemTitle.slice(0, 60)}…` : itemTitle}"` : ''}`;
    const report = (message: string, severity: Severity = 'warning') =>
      problems.push({ severity, file, ...position, message: `${label}: ${message}` });

    // audio: the enclosure, then podcast:alternateEnclosure sources
    const audio: Json[] = [];
    const refused: string[] = [];
    const addSource = (rawUrl: string, rawType: string, length: string) => {
      if (!rawUrl.trim()) return;
      const url = safeUrl(rawUrl, options.baseUrl);
      if (!url) {
        refused.push(`"${rawUrl.slice(0, 80)}" is not a safe http(s) link`);
        return;
      }
      const type = audioType(rawType, url);
      if (!type) {
        refused.push(`${rawType ? rawType : 'a file with no type'} is not audio`);
        return;
      }
      if (audio.some((source) => source.url === url)) return;
      const bytes = Number(length);
      audio.push(Number.isSafeInteger(bytes) && bytes > 0 ? { url, type, bytes } : { url, type });
    };
    for (const enclosure of all(item.enclosure))
      addSource(attr(enclosure, 'url'), attr(enclosure, 'type'), attr(enclosure, 'length'));
    for (const alternate of all(get(item, 'podcast', 'alternateEnclosure')))
      for (const source of all(get(alternate, 'podcast', 'source')))
        addSource(attr(source, 'uri'), attr(alternate, 'type'), attr(alternate, 'length'));
    if (audio.length === 0) {
      report(
        `no audio file the player can play${refused.length ? ` (${refused.join('; ')})` : ' (no <enclosure>)'}; it is left out.`,
      );
      continue;
    }
    if (!itemTitle) {
      report('no <title>; it is left out.');
      continue;
    }

    // id: the guid, else the audio URL
    let id = clean(textOf(item.guid));
    if (!id) {
      id = str(audio[0].url);
      report(`no <guid>; its id is made from the audio URL.`, 'note');
    }
    if (id.length > MAX_ID_LENGTH) id = `${slugify(itemTitle, 'episode').slice(0, 60)}-${shortHash(id)}`;
    if (ids.has(id)) {
      report(`its guid "${id}" is used by an earlier item too; it is left out.`);
      continue;
    }
    ids.add(id);

    const episode: Json = { id, title: itemTitle };
    if (options.series) episode.series = options.series;
    const number = clean(textOf(get(item, 'itunes', 'episode')));
    if (/^\d{1,9}$/.test(number)) episode.number = Number(number);
    else if (number) report(`itunes:episode "${number}" is not a whole number; it is left out.`, 'note');
    const pubDate = clean(textOf(item.pubDate));
    if (pubDate) {
      const published = calendarDate(pubDate);
      if (published) episode.published = published;
      else report(`the date "${pubDate}" is not understood; it is left out.`, 'note');
    }
    const durationText = clean(textOf(get(item, 'itunes', 'duration')));
    if (durationText) {
      const duration = clockSeconds(durationText);
      if (duration !== undefined) episode.duration = duration;
      else report(`itunes:duration "${durationText}" is not seconds, MM:SS or HH:MM:SS; it is left out.`, 'note');
    }
    const summary = summaryOf(textOf(item.description)) || summaryOf(textOf(get(item, 'itunes', 'summary')));
    if (summary && summary !== itemTitle) {
      if (summary.length > MAX_TEXT_LENGTH) report(`its description is cut to ${MAX_TEXT_LENGTH} characters.`, 'note');
      episode.summary = clip(summary);
    }
    episode.audio = audio;

    const transcript = pickTranscript(all(get(item, 'podcast', 'transcript')), language, options.baseUrl);
    if (transcript) episode.transcript = transcript;

    const podlove = first(get(item, 'psc', 'chapters'));
    const inline = isRecord(podlove) ? chaptersFromPodlove(all(get(podlove, 'psc', 'chapter'))) : [];
    const chaptersLink = first(get(item, 'podcast', 'chapters'));
    if (inline.length > 0) episode.chapters = inline;
    else if (isRecord(chaptersLink)) {
      const url = safeUrl(attr(chaptersLink, 'url'), options.baseUrl);
      if (!url) report('its podcast:chapters link is not a safe http(s) link; it is left out.');
      else {
        episode.chapters = { url, type: attr(chaptersLink, 'type') || 'application/json+chapters' };
        const fetchChapters = options.fetchChapters;
        if (fetchChapters)
          chapterJobs.push(async () => {
            try {
              const list = chaptersFromJson(await fetchChapters(url));
              if (list.length > 0) episode.chapters = list;
              else report(`its chapters file ${url} holds no chapters; the link is kept.`);
            } catch (error) {
              report(`its chapters file could not be read (${(error as Error).message}); the link is kept.`);
            }
          });
      }
    }

    const itemPeople = people(all(get(item, 'podcast', 'person')));
    const speakers = itemPeople.length ? itemPeople : channelPeople;
    if (speakers.length) episode.people = speakers;

    const link = clean(textOf(item.link));
    if (link) {
      const url = safeUrl(link, options.baseUrl);
      if (url) episode.url = url;
      else report(`its <link> "${link.slice(0, 80)}" is not a safe http(s) link; it is left out.`);
    }
    episodes.push({ episode, item: index + 1, ...position });
  }

  // Chapter files, four at a time.
  const queue = [...chapterJobs];
  await Promise.all(
    Array.from({ length: Math.min(4, queue.length) }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await job();
    }),
  );

  return { ...(title ? { title: clip(title) } : {}), ...(language ? { language } : {}), episodes, problems };
}

// ---- fields ---------------------------------------------------------------

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** Elements as a list of objects; an element with only text becomes `{ '#text': … }`. */
function all(value: unknown): Json[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((entry) => (isRecord(entry) ? entry : { '#text': str(entry) }));
}

function textOf(value: unknown): string {
  const node = first(value);
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (!isRecord(node)) return '';
  const cdata = node['#cdata'];
  return `${str(node['#text'])}${Array.isArray(cdata) ? cdata.map(str).join('') : str(cdata)}`;
}

const attr = (node: unknown, name: string) => {
  const value = first(node);
  return isRecord(value) ? str(value[`@_${name}`]).trim() : '';
};

const clean = (text: string) => text.replace(CONTROL, '').trim();
const clip = (text: string) => (text.length > MAX_TEXT_LENGTH ? `${text.slice(0, MAX_TEXT_LENGTH - 1)}…` : text);

/** Show notes as plain text: they are HTML in most feeds. */
const summaryOf = (html: string) => clean(htmlToText(html));

const AUDIO_EXTENSIONS: Record<string, string> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg; codecs=opus',
  wav: 'audio/wav',
  flac: 'audio/flac',
};

/** The audio MIME type of an enclosure, or undefined when it is not audio. */
function audioType(type: string, url: string): string | undefined {
  const clean = type.trim().toLowerCase();
  if (clean.startsWith('audio/')) return clean;
  if (clean && clean !== 'application/octet-stream' && clean !== 'binary/octet-stream') return undefined;
  const extension = /\.([a-z0-9]{2,4})$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return extension ? AUDIO_EXTENSIONS[extension] : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The day a pubDate names, as `YYYY-MM-DD`: `Mon, 02 Sep 2019 00:30:00 +0100`
 * is 2 September, as the podcast says, even though it is 1 September in UTC.
 * Other date formats go through `Date.parse`.
 */
function calendarDate(text: string): string | undefined {
  const match = /(?:^|[\s,])(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})\b/.exec(text);
  const month = match ? MONTHS.indexOf(match[2].toLowerCase()) + 1 : 0;
  if (match && month > 0 && Number(match[1]) >= 1 && Number(match[1]) <= 31)
    return `${match[3]}-${String(month).padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  const time = Date.parse(text);
  return Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : undefined;
}

/** `74`, `01:14`, `1:02:03` or `00:00:05.250` as seconds; undefined otherwise. */
export function clockSeconds(text: string): number | undefined {
  const parts = text.trim().split(':');
  if (
    parts.length > 3 ||
    !parts.every((part, index) => (index === parts.length - 1 ? /^\d+(\.\d+)?$/ : /^\d+$/).test(part))
  )
    return undefined;
  const seconds = parts.reduce((total, part) => total * 60 + Number(part), 0);
  return Number.isFinite(seconds) ? Math.round(seconds * 1000) / 1000 : undefined;
}

const TRANSCRIPT_RANK: Record<string, number> = {
  'text/vtt': 0,
  'application/json': 1,
  'application/x-subrip': 2,
  'application/srt': 2,
  'text/srt': 2,
  'text/x-srt': 2,
  'text/html': 3,
};

/** WebVTT first, then Podcasting 2.0 JSON, then SRT, then an HTML page; in the channel's language when there is a choice. */
function pickTranscript(transcripts: Json[], language: string | undefined, base?: string): Json | undefined {
  const wanted = language?.toLowerCase().split('-')[0];
  const candidates = transcripts
    .map((transcript) => {
      const type = attr(transcript, 'type').toLowerCase().split(';')[0].trim();
      const url = safeUrl(attr(transcript, 'url'), base);
      const other =
        wanted && attr(transcript, 'language') && attr(transcript, 'language').toLowerCase().split('-')[0] !== wanted;
      return { url, type, rank: (TRANSCRIPT_RANK[type] ?? 99) + (other ? 10 : 0) };
    })
    .filter((candidate) => candidate.url && candidate.rank % 10 < 4 && candidate.rank < 99)
    .sort((a, b) => a.rank - b.rank);
  const best = candidates[0];
  return best?.url ? { url: best.url, type: best.type } : undefined;
}

/** Podlove Simple Chapters: `<psc:chapter start="00:01:30.500" title="…"/>`. */
function chaptersFromPodlove(chapters: Json[]): Json[] {
  return chapters
    .map((chapter) => ({ start: clockSeconds(attr(chapter, 'start')), title: clip(clean(attr(chapter, 'title'))) }))
    .filter(
      (chapter): chapter is { start: number; title: string } => chapter.start !== undefined && chapter.title !== '',
    )
    .sort((a, b) => a.start - b.start);
}

/** A Podcasting 2.0 JSON chapters file: `{ chapters: [{ startTime, title, toc }] }`; chapters with `toc: false` are left out. */
export function chaptersFromJson(json: unknown): Json[] {
  const list = isRecord(json) && Array.isArray(json.chapters) ? json.chapters : [];
  return list
    .filter(isRecord)
    .filter((chapter) => chapter.toc !== false)
    .map((chapter) => ({
      start: chapter.startTime,
      title: typeof chapter.title === 'string' ? clip(clean(chapter.title)) : '',
    }))
    .filter(
      (chapter): chapter is { start: number; title: string } =>
        typeof chapter.start === 'number' &&
        Number.isFinite(chapter.start) &&
        chapter.start >= 0 &&
        chapter.title !== '',
    )
    .sort((a, b) => a.start - b.start);
}

/** `podcast:person` as the feed's people: a name and a role (`host` unless it says otherwise). */
function people(persons: Json[]): Json[] {
  return persons.flatMap((person) => {
    const name = clean(textOf(person)).slice(0, 200);
    if (!name) return [];
    const role = clean(attr(person, 'role') || 'host');
    return [{ name, role: role.charAt(0).toUpperCase() + role.slice(1) }];
  });
}

// ---- into a feed ------------------------------------------------------------

const SCHEMA_URL = 'https://unpkg.com/@spf-wellbeing/feed/schema/feed.schema.json';

/**
 * The feed to write: the base feed with the imported episodes merged in by
 * id (an episode already there keeps what the RSS does not say, such as its
 * topics), or a new feed holding only the episodes. `imported` maps each
 * episode's index in the result to where it came from in the RSS.
 */
export function mergeEpisodes(rss: RssImport, base?: Json): { feed: Json; imported: Map<number, ImportedEpisode> } {
  const feed: Json = base
    ? { ...base }
    : {
        $schema: SCHEMA_URL,
        version: 1,
        ...(rss.title ? { title: rss.title } : {}),
        ...(rss.language ? { language: rss.language } : {}),
      };
  const episodes: unknown[] = base && Array.isArray(base.episodes) ? [...(base.episodes as unknown[])] : [];
  const imported = new Map<number, ImportedEpisode>();
  for (const entry of rss.episodes) {
    const index = episodes.findIndex((episode) => isRecord(episode) && episode.id === entry.episode.id);
    if (index === -1) {
      imported.set(episodes.length, entry);
      episodes.push(entry.episode);
    } else {
      imported.set(index, entry);
      episodes[index] = { ...(episodes[index] as Json), ...entry.episode };
    }
  }
  feed.episodes = episodes;
  return { feed, imported };
}
