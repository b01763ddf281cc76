import { safeUrl } from './safe-url.js';
import { fromJsonFeed, isJsonFeed } from './json-feed.js';
import {
  RESOURCE_TYPES,
  type AudioSource,
  type Chapter,
  type Checkin,
  type CheckinBand,
  type CheckinOption,
  type Diagnostic,
  type DiagnosticLeftOut,
  type DiagnosticSection,
  type Episode,
  type Feed,
  type FeedProblem,
  type FeedProblemCode,
  type HelpContact,
  type LeftOut,
  type LinkedFile,
  type LocalText,
  type Organisation,
  type ParseResult,
  type Person,
  type Resource,
  type ResourceType,
  type ScaleLevel,
  type Statement,
  type Topic,
  type UrgentHelp,
} from './types.js';

/** The last good copy of a feed comes in this file too (see load-feed.ts). */
export { readLastGood, writeLastGood } from './last-good-copy.js';

/** Longest text we keep from a feed field; longer text is cut and reported. */
export const MAX_TEXT_LENGTH = 10_000;
/** Most items we read from one collection; the rest are left out and reported. */
export const MAX_ITEMS = 20_000;
const MAX_ID_LENGTH = 200;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][0-9:.+\-Z]*)?$/;
// Control characters other than tab and newline have no place in display text.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads an own property only, so `__proto__` and `constructor` keys are plain data. */
const field = (object: Json, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

export const emptyFeed = (): Feed => ({
  version: 1,
  organisations: [],
  topics: [],
  resources: [],
  episodes: [],
  checkins: [],
  diagnostics: [],
});

/**
 * Validates a parsed JSON value as a feed (version 1, or a JSON Feed podcast)
 * and returns the usable part of it with a list of problems.
 *
 * Invalid items are left out, unknown references are dropped, unsafe URLs are
 * refused, and unknown keys are ignored. It never throws, whatever `json` is.
 *
 * @param json the value from `JSON.parse`
 * @param baseUrl the feed's own URL, for resolving relative links
 */
export function parseFeed(json: unknown, baseUrl?: string | URL): ParseResult {
  try {
    return new FeedReader(baseUrl).read(json);
  } catch (error) {
    // Defence in depth: the reader is written not to throw, but a host page
    // must never see an exception from a feed.
    return {
      ok: false,
      feed: emptyFeed(),
      problems: [
        {
          path: '',
          code: 'unreadable',
          values: { error: String(error) },
          message: `The feed could not be read (${String(error)}).`,
        },
      ],
      leftOut: noneLeftOut(),
    };
  }
}

/** A count of nothing left out, to add to. */
export const noneLeftOut = (): LeftOut => ({
  organisations: 0,
  topics: 0,
  episodes: 0,
  resources: 0,
  checkins: 0,
  diagnostics: 0,
  inDiagnostics: new Map(),
});

type TopList = Exclude<keyof LeftOut, 'inDiagnostics'>;

class FeedReader {
  private readonly problems: FeedProblem[] = [];
  private readonly leftOut = noneLeftOut();
  private readonly inDiagnostics = new Map<string, DiagnosticLeftOut>();
  private readonly base?: string;
  private readonly organisationIds = new Set<string>();
  private readonly topicIds = new Set<string>();
  private readonly episodeIds = new Set<string>();
  private readonly resourceIds = new Set<string>();
  private readonly checkinIds = new Set<string>();
  private readonly diagnosticIds = new Set<string>();

  constructor(baseUrl?: string | URL) {
    const fallback = typeof location === 'object' && location ? location.href : undefined;
    this.base = baseUrl === undefined ? fallback : String(baseUrl);
  }

  read(input: unknown): ParseResult {
    const feed = emptyFeed();
    let json = input;
    if (isJsonFeed(json)) json = fromJsonFeed(json);
    if (!isRecord(json)) {
      this.report('', 'not-object', 'The feed must be a JSON object.');
      return { ok: false, feed, problems: this.problems, leftOut: this.leftOut };
    }
    const version = field(json, 'version');
    if (version !== 1) {
      this.report('version', 'bad-version', 'The feed version must be 1.');
      return { ok: false, feed, problems: this.problems, leftOut: this.leftOut };
    }
    const title = this.text(json, 'title', '');
    if (title) feed.title = title;
    const language = field(json, 'language');
    if (typeof language === 'string' && LANGUAGE_TAG.test(language)) feed.language = language;
    else if (language !== undefined)
      this.report('language', 'bad-language', 'The language must be a language tag such as "en" or "cy".');
    const updated = this.date(json, 'updated', '');
    if (updated) feed.updated = updated;

    feed.organisations = this.topList(json, 'organisations', (item, path) => this.organisation(item, path));
    feed.topics = this.topList(json, 'topics', (item, path) => this.topic(item, path));
    feed.episodes = this.topList(json, 'episodes', (item, path) => this.episode(item, path));
    feed.resources = this.topList(json, 'resources', (item, path) => this.resource(item, path));
    feed.checkins = this.topList(json, 'checkins', (item, path) => this.checkin(item, path));
    feed.diagnostics = this.topList(json, 'diagnostics', (item, path) => this.diagnostic(item, path));
    return { ok: true, feed, problems: this.problems, leftOut: { ...this.leftOut, inDiagnostics: this.inDiagnostics } };
  }

  /** One of the feed's own lists, counting what is left out of it. */
  private topList<T>(json: Json, key: TopList, read: (item: Json, path: string) => T | undefined): T[] {
    return this.list(json, key, read, '', () => this.leftOut[key]++);
  }

  // ---- collections ------------------------------------------------------

  private organisation(item: Json, path: string): Organisation | undefined {
    const id = this.uniqueId(item, path, this.organisationIds);
    const name = this.text(item, 'name', path, true);
    if (!id || !name) return undefined;
    const url = this.url(item, 'url', path);
    this.organisationIds.add(id);
    return url ? { id, name, url } : { id, name };
  }

  private topic(item: Json, path: string): Topic | undefined {
    const id = this.uniqueId(item, path, this.topicIds);
    const name = this.text(item, 'name', path, true);
    if (!id || !name) return undefined;
    this.topicIds.add(id);
    return { id, name };
  }

  private episode(item: Json, path: string): Episode | undefined {
    const id = this.uniqueId(item, path, this.episodeIds);
    const title = this.text(item, 'title', path, true);
    const audio = this.list(item, 'audio', (a, p) => this.audio(a, p), path);
    if (audio.length === 0)
      this.report(join(path, 'audio'), 'episode-no-audio', 'An episode needs at least one audio file with a safe URL.');
    if (!id || !title || audio.length === 0) return undefined;
    this.episodeIds.add(id);
    const episode: Episode = {
      id,
      title,
      audio,
      topics: this.references(item, 'topics', path, this.topicIds, 'topic'),
      people: this.list(item, 'people', (p, pp) => this.person(p, pp), path),
      chapters: [],
    };
    assign(episode, 'summary', this.text(item, 'summary', path));
    assign(episode, 'series', this.id(item, 'series', path));
    assign(episode, 'number', this.number(item, 'number', path, { integer: true }));
    assign(episode, 'published', this.date(item, 'published', path));
    assign(episode, 'duration', this.number(item, 'duration', path));
    assign(episode, 'organisation', this.reference(item, 'organisation', path, this.organisationIds, 'organisation'));
    assign(episode, 'url', this.url(item, 'url', path));
    const transcript = field(item, 'transcript');
    if (transcript !== undefined) assign(episode, 'transcript', this.linkedFile(transcript, join(path, 'transcript')));
    const chapters = field(item, 'chapters');
    if (Array.isArray(chapters)) {
      episode.chapters = this.list(item, 'chapters', (c, p) => this.chapter(c, p), path).sort(
        (a, b) => a.start - b.start,
      );
    } else if (chapters !== undefined) {
      assign(episode, 'chaptersFile', this.linkedFile(chapters, join(path, 'chapters')));
    }
    return episode;
  }

  private audio(item: Json, path: string): AudioSource | undefined {
    const url = this.url(item, 'url', path, true);
    const type = this.plainString(item, 'type', path) ?? '';
    if (!url) return undefined;
    const source: AudioSource = { url, type };
    assign(source, 'bytes', this.number(item, 'bytes', path, { integer: true }));
    return source;
  }

  private person(item: unknown, path: string): Person | undefined {
    if (typeof item === 'string') return item.trim() ? { name: clip(item.trim()) } : undefined;
    if (!isRecord(item)) return undefined;
    const name = this.plainString(item, 'name', path, true);
    if (!name) return undefined;
    const person: Person = { name };
    assign(person, 'role', this.text(item, 'role', path));
    return person;
  }

  private chapter(item: Json, path: string): Chapter | undefined {
    const start = this.number(item, 'start', path, { required: true });
    const title = this.text(item, 'title', path, true);
    return start === undefined || !title ? undefined : { start, title };
  }

  private linkedFile(value: unknown, path: string): LinkedFile | undefined {
    if (!isRecord(value)) {
      this.report(path, 'file-not-object', 'Expected an object with "url" and "type".');
      return undefined;
    }
    const url = this.url(value, 'url', path, true);
    if (!url) return undefined;
    return { url, type: this.plainString(value, 'type', path) ?? '' };
  }

  private resource(item: Json, path: string): Resource | undefined {
    const id = this.uniqueId(item, path, this.resourceIds);
    const title = this.text(item, 'title', path, true);
    const url = this.url(item, 'url', path, true);
    if (!id || !title || !url) return undefined;
    this.resourceIds.add(id);
    const resource: Resource = {
      id,
      title,
      url,
      type: this.resourceType(item, path),
      topics: this.references(item, 'topics', path, this.topicIds, 'topic'),
    };
    assign(resource, 'summary', this.text(item, 'summary', path));
    assign(resource, 'organisation', this.reference(item, 'organisation', path, this.organisationIds, 'organisation'));
    assign(resource, 'published', this.date(item, 'published', path));
    assign(resource, 'episode', this.reference(item, 'episode', path, this.episodeIds, 'episode'));
    return resource;
  }

  private resourceType(item: Json, path: string): ResourceType {
    const raw = field(item, 'type');
    const type = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
    if ((RESOURCE_TYPES as readonly string[]).includes(type)) return type as ResourceType;
    if (raw === undefined)
      this.report(join(path, 'type'), 'resource-no-type', 'A resource needs a type; it shows as "other".');
    else {
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- any JSON value; "[object Object]" is fine here
      const shown = clip(String(raw), 40);
      this.report(join(path, 'type'), 'unknown-type', `Unknown type "${shown}"; it shows as "other".`, { type: shown });
    }
    return 'other';
  }

  private checkin(item: Json, path: string): Checkin | undefined {
    const id = this.uniqueId(item, path, this.checkinIds);
    const question = this.text(item, 'question', path, true);
    if (!id || !question) return undefined;
    this.checkinIds.add(id);
    const bandIds = new Set<string>();
    const bands = this.list(item, 'bands', (b, p) => this.band(b, p, bandIds), path);
    const optionIds = new Set<string>();
    const options = this.list(item, 'options', (o, p) => this.option(o, p, optionIds, bandIds), path);
    if (options.length < 2)
      this.report(
        join(path, 'options'),
        'checkin-options',
        'A check-in needs at least 2 options, each pointing at a band.',
      );
    const checkin: Checkin = { id, question, options, bands };
    assign(checkin, 'intro', this.text(item, 'intro', path));
    const help = field(item, 'urgentHelp');
    if (help !== undefined) assign(checkin, 'urgentHelp', this.urgentHelp(help, join(path, 'urgentHelp')));
    const freeText = field(item, 'freeText');
    if (isRecord(freeText)) {
      const label = this.text(freeText, 'label', join(path, 'freeText'), true);
      if (label) checkin.freeText = { label, ...optional('hint', this.text(freeText, 'hint', join(path, 'freeText'))) };
    }
    return checkin;
  }

  private band(item: Json, path: string, bandIds: Set<string>): CheckinBand | undefined {
    const id = this.uniqueId(item, path, bandIds);
    const title = this.text(item, 'title', path, true);
    const message = this.text(item, 'message', path, true);
    if (!id || !title || !message) return undefined;
    bandIds.add(id);
    return {
      id,
      title,
      message,
      resources: this.references(item, 'resources', path, this.resourceIds, 'resource'),
      urgent: field(item, 'urgent') === true,
    };
  }

  private option(item: Json, path: string, optionIds: Set<string>, bandIds: Set<string>): CheckinOption | undefined {
    const id = this.uniqueId(item, path, optionIds);
    const label = this.text(item, 'label', path, true);
    const band = this.reference(item, 'band', path, bandIds, 'band');
    if (!band && field(item, 'band') === undefined)
      this.report(join(path, 'band'), 'option-no-band', 'An option needs a band.');
    if (!id || !label || !band) return undefined;
    optionIds.add(id);
    const option: CheckinOption = { id, label, band };
    assign(option, 'symbol', this.plainString(item, 'symbol', path));
    return option;
  }

  private urgentHelp(value: unknown, path: string): UrgentHelp | undefined {
    if (!isRecord(value)) {
      this.report(path, 'help-not-object', 'Expected an object with "title" and "contacts".');
      return undefined;
    }
    const title = this.text(value, 'title', path, true);
    const contacts = this.list(value, 'contacts', (c, p) => this.contact(c, p), path);
    if (!title || contacts.length === 0) return undefined;
    const help: UrgentHelp = { title, contacts };
    assign(help, 'message', this.text(value, 'message', path));
    return help;
  }

  private contact(item: Json, path: string): HelpContact | undefined {
    const label = this.text(item, 'label', path, true);
    const url = this.url(item, 'url', path, true);
    if (!label || !url) return undefined;
    const contact: HelpContact = { label, url };
    assign(contact, 'detail', this.text(item, 'detail', path));
    return contact;
  }

  private diagnostic(item: Json, path: string): Diagnostic | undefined {
    const id = this.uniqueId(item, path, this.diagnosticIds);
    const title = this.text(item, 'title', path, true);
    if (!id || !title) return undefined;
    this.diagnosticIds.add(id);
    const leftOut: DiagnosticLeftOut = { levels: 0, statements: 0 };
    this.inDiagnostics.set(id, leftOut);
    const values = new Set<number>();
    const scale = this.list(
      item,
      'scale',
      (l, p) => this.level(l, p, values),
      path,
      () => leftOut.levels++,
    ).sort((a, b) => a.value - b.value);
    if (scale.length < 2)
      this.report(
        join(path, 'scale'),
        'diagnostic-scale',
        'A diagnostic needs a scale of at least 2 levels with numeric values.',
      );
    const sectionIds = new Set<string>();
    const statementIds = new Set<string>();
    const sections = this.list(item, 'sections', (s, p) => this.section(s, p, sectionIds, statementIds, leftOut), path);
    if (sections.length === 0)
      this.report(
        join(path, 'sections'),
        'diagnostic-sections',
        'A diagnostic needs at least one section with statements.',
      );
    const diagnostic: Diagnostic = { id, title, scale, sections };
    assign(diagnostic, 'summary', this.text(item, 'summary', path));
    return diagnostic;
  }

  private level(item: Json, path: string, values: Set<number>): ScaleLevel | undefined {
    const value = this.number(item, 'value', path, { required: true, negative: true });
    const label = this.text(item, 'label', path, true);
    if (value === undefined || !label) return undefined;
    if (values.has(value)) {
      this.report(
        join(path, 'value'),
        'scale-value-twice',
        `The value ${value} is used twice in this scale; the second is left out.`,
        {
          value,
        },
      );
      return undefined;
    }
    values.add(value);
    const level: ScaleLevel = { value, label };
    assign(level, 'description', this.text(item, 'description', path));
    return level;
  }

  private section(
    item: Json,
    path: string,
    sectionIds: Set<string>,
    statementIds: Set<string>,
    leftOut: DiagnosticLeftOut,
  ): DiagnosticSection | undefined {
    const id = this.uniqueId(item, path, sectionIds);
    const title = this.text(item, 'title', path, true);
    if (!id || !title) return undefined;
    const statements = this.list(
      item,
      'statements',
      (s, p) => this.statement(s, p, statementIds),
      path,
      () => leftOut.statements++,
    );
    if (statements.length === 0) {
      this.report(
        join(path, 'statements'),
        'section-statements',
        'A section needs at least one statement; this section is left out.',
      );
      return undefined;
    }
    sectionIds.add(id);
    const section: DiagnosticSection = {
      id,
      title,
      statements,
      resources: this.references(item, 'resources', path, this.resourceIds, 'resource'),
    };
    assign(section, 'summary', this.text(item, 'summary', path));
    return section;
  }

  private statement(item: Json, path: string, statementIds: Set<string>): Statement | undefined {
    const id = this.uniqueId(item, path, statementIds);
    const text = this.text(item, 'text', path, true);
    if (!id || !text) return undefined;
    statementIds.add(id);
    return { id, text };
  }

  // ---- fields -----------------------------------------------------------

  /** Reads a list, leaving out the items `read` refuses, and calling `countLeftOut` for each. */
  private list<T>(
    parent: Json,
    key: string,
    read: (item: Json, path: string) => T | undefined,
    parentPath = '',
    countLeftOut?: () => void,
  ): T[] {
    const value = field(parent, key);
    const path = join(parentPath, key);
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.report(path, 'not-list', 'Expected a list.');
      return [];
    }
    if (value.length > MAX_ITEMS)
      this.report(path, 'too-many-items', `Only the first ${MAX_ITEMS} items are read.`, { max: MAX_ITEMS });
    const items: T[] = [];
    const count = Math.min(value.length, MAX_ITEMS);
    for (let index = 0; index < count; index++) {
      const entry: unknown = value[index];
      const itemPath = `${path}[${index}]`;
      // People may be plain strings; everything else must be an object.
      const result = isRecord(entry) || key === 'people' ? read(entry as Json, itemPath) : undefined;
      if (result === undefined) {
        if (!isRecord(entry) && key !== 'people')
          this.report(itemPath, 'item-not-object', 'Expected an object; this item is left out.', undefined, true);
        else this.report(itemPath, 'item-left-out', 'This item is left out.', undefined, true);
        countLeftOut?.();
        continue;
      }
      items.push(result);
    }
    return items;
  }

  private id(item: Json, key: string, path: string): string | undefined {
    return this.idValue(field(item, key), join(path, key));
  }

  private idValue(value: unknown, path: string): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !value.trim() || value.length > MAX_ID_LENGTH || CONTROL_IN_TEXT.test(value)) {
      CONTROL_IN_TEXT.lastIndex = 0;
      this.report(path, 'bad-id', `Expected a text id of 1 to ${MAX_ID_LENGTH} characters.`, { max: MAX_ID_LENGTH });
      return undefined;
    }
    return value.trim();
  }

  private uniqueId(item: Json, path: string, seen: Set<string>): string | undefined {
    if (field(item, 'id') === undefined) {
      this.report(join(path, 'id'), 'id-required', 'An id is required.');
      return undefined;
    }
    const id = this.id(item, 'id', path);
    if (id !== undefined && seen.has(id)) {
      this.report(join(path, 'id'), 'duplicate-id', `The id "${clip(id, 60)}" is used twice; the second is left out.`, {
        id: clip(id, 60),
      });
      return undefined;
    }
    return id;
  }

  private reference(item: Json, key: string, path: string, known: Set<string>, kind: string): string | undefined {
    return this.referenceValue(field(item, key), join(path, key), known, kind);
  }

  private referenceValue(value: unknown, path: string, known: Set<string>, kind: string): string | undefined {
    const id = this.idValue(value, path);
    if (id === undefined) return undefined;
    if (!known.has(id)) {
      this.report(path, 'unknown-reference', `No ${kind} has the id "${clip(id, 60)}"; the link is left out.`, {
        kind,
        id: clip(id, 60),
      });
      return undefined;
    }
    return id;
  }

  private references(item: Json, key: string, path: string, known: Set<string>, kind: string): string[] {
    const value = field(item, key);
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.report(join(path, key), 'not-id-list', 'Expected a list of ids.');
      return [];
    }
    const ids: string[] = [];
    value.slice(0, MAX_ITEMS).forEach((entry, index) => {
      const id = this.referenceValue(entry, `${join(path, key)}[${index}]`, known, kind);
      if (id !== undefined && !ids.includes(id)) ids.push(id);
    });
    return ids;
  }

  private plainString(item: Json, key: string, path: string, required = false): string | undefined {
    const value = field(item, key);
    if (typeof value === 'string' && value.trim())
      return this.clipped(value.replace(CONTROL_IN_TEXT, '').trim(), join(path, key));
    if (value !== undefined || required) {
      if (required && value === undefined) this.report(join(path, key), 'required', 'This is required.');
      else this.report(join(path, key), 'not-text', 'Expected text.');
    }
    return undefined;
  }

  /** Reads a string or a map of language tag to string. */
  private text(item: Json, key: string, path: string, required = false): LocalText | undefined {
    const value = field(item, key);
    const fieldPath = join(path, key);
    if (typeof value === 'string') {
      const text = value.replace(CONTROL_IN_TEXT, '').trim();
      if (text) return { '*': this.clipped(text, fieldPath) };
    } else if (isRecord(value)) {
      const text: Record<string, string> = {};
      let found = false;
      for (const language of Object.keys(value)) {
        const entry = value[language];
        if (!LANGUAGE_TAG.test(language) || typeof entry !== 'string') {
          this.report(`${fieldPath}.${clip(language, 20)}`, 'bad-language-text', 'Expected a language tag with text.');
          continue;
        }
        const clean = entry.replace(CONTROL_IN_TEXT, '').trim();
        if (clean) {
          text[language.toLowerCase()] = this.clipped(clean, `${fieldPath}.${language}`);
          found = true;
        }
      }
      if (found) return text;
    }
    if (value !== undefined || required) {
      if (value === undefined) this.report(fieldPath, 'required', 'This is required.');
      else this.report(fieldPath, 'not-local-text', 'Expected text, or a map of language to text.');
    }
    return undefined;
  }

  private clipped(text: string, path: string): string {
    if (text.length <= MAX_TEXT_LENGTH) return text;
    this.report(path, 'text-cut', `Text longer than ${MAX_TEXT_LENGTH} characters is cut short.`, {
      max: MAX_TEXT_LENGTH,
    });
    return text.slice(0, MAX_TEXT_LENGTH);
  }

  private url(item: Json, key: string, path: string, required = false): string | undefined {
    const value = field(item, key);
    if (value === undefined) {
      if (required) this.report(join(path, key), 'url-required', 'A URL is required.');
      return undefined;
    }
    const url = safeUrl(value, this.base);
    if (!url)
      this.report(
        join(path, key),
        'unsafe-url',
        'The URL is not a safe http(s), mailto, tel or sms link; it is left out.',
      );
    return url;
  }

  private number(
    item: Json,
    key: string,
    path: string,
    { required = false, integer = false, negative = false } = {},
  ): number | undefined {
    const value = field(item, key);
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (negative || value >= 0) &&
      (!integer || Number.isInteger(value));
    if (ok) return value;
    if (value !== undefined || required) {
      if (value === undefined) this.report(join(path, key), 'number-required', 'A number is required.');
      else this.report(join(path, key), 'not-number', 'Expected a number.');
    }
    return undefined;
  }

  private date(item: Json, key: string, path: string): string | undefined {
    const value = field(item, key);
    if (value === undefined) return undefined;
    const match = typeof value === 'string' ? ISO_DATE.exec(value.trim()) : null;
    const month = match?.[2] ? Number(match[2]) : 1;
    const day = match?.[3] ? Number(match[3]) : 1;
    if (!match || month < 1 || month > 12 || day < 1 || day > 31) {
      this.report(join(path, key), 'bad-date', 'Expected a date such as 2021-11-25.');
      return undefined;
    }
    return [match[1], match[2], match[3]].filter(Boolean).join('-');
  }

  private report(
    path: string,
    code: FeedProblemCode,
    message: string,
    values?: Record<string, string | number>,
    leftOut = false,
  ): void {
    // Keep the list bounded too: a hostile feed must not exhaust memory through problems.
    if (this.problems.length < 1000)
      this.problems.push({ path, code, ...(values ? { values } : {}), message, ...(leftOut ? { leftOut } : {}) });
  }
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

const clip = (text: string, length = MAX_TEXT_LENGTH) => (text.length > length ? `${text.slice(0, length)}…` : text);

function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
