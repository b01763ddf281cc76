/**
 * The feed model: what `parseFeed` returns after validation.
 *
 * Every collection holds only valid items, every reference points at an item
 * that exists, and every URL has passed the safe-URL check. Elements render
 * this model and never look at the raw JSON.
 */

/**
 * Text in one or more languages, keyed by BCP 47 language tag (`en`, `cy`).
 * A plain string in the feed is stored under the key `*` (any language).
 */
export type LocalText = Readonly<Record<string, string>>;

/** One thing wrong with a feed, for content editors and host pages. */
/**
 * What kind of problem it is: stable, for programs and for tools that say it
 * in another language (`spf-feed` says each one in English or Welsh).
 * New codes may be added; a code's meaning does not change.
 */
export type FeedProblemCode =
  | 'unreadable'
  | 'not-object'
  | 'bad-version'
  | 'bad-language'
  | 'episode-no-audio'
  | 'file-not-object'
  | 'resource-no-type'
  | 'unknown-type'
  | 'checkin-options'
  | 'option-no-band'
  | 'help-not-object'
  | 'diagnostic-scale'
  | 'diagnostic-sections'
  | 'scale-value-twice'
  | 'section-statements'
  | 'not-list'
  | 'too-many-items'
  | 'item-not-object'
  | 'item-left-out'
  | 'bad-id'
  | 'id-required'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'not-id-list'
  | 'required'
  | 'not-text'
  | 'bad-language-text'
  | 'not-local-text'
  | 'text-cut'
  | 'url-required'
  | 'unsafe-url'
  | 'number-required'
  | 'not-number'
  | 'bad-date';

export interface FeedProblem {
  /** Where in the document, as a JSON-pointer-like path: `resources[3].url`. */
  path: string;
  /** What kind of problem: stable, machine-readable. */
  code: FeedProblemCode;
  /** The parts of the message that vary, by name: `{ kind: 'topic', id: 'sleep' }` for `unknown-reference`. */
  values?: Record<string, string | number>;
  /** What is wrong, in plain English for content editors. */
  message: string;
  /** True when a whole item (a resource, an episode …) was left out because of it. */
  leftOut?: boolean;
}

export interface Organisation {
  id: string;
  name: LocalText;
  url?: string;
}

export interface Topic {
  id: string;
  name: LocalText;
}

/** Resource types the feed knows. Anything else is kept as `other`. */
export const RESOURCE_TYPES = [
  'guide',
  'toolkit',
  'podcast',
  'infographic',
  'case-study',
  'framework',
  'tool',
  'report',
  'website',
  'video',
] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number] | 'other';

export interface Resource {
  id: string;
  title: LocalText;
  url: string;
  type: ResourceType;
  summary?: LocalText;
  /** An organisation id that exists in `organisations`. */
  organisation?: string;
  /** Topic ids that exist in `topics`. */
  topics: string[];
  /** ISO date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published?: string;
  /** An episode id that exists in `episodes`. */
  episode?: string;
}

export interface AudioSource {
  url: string;
  /** MIME type, for `canPlayType` and the download link. */
  type: string;
  bytes?: number;
}

export interface Person {
  name: string;
  role?: LocalText;
}

export interface Chapter {
  /** Seconds from the start. */
  start: number;
  title: LocalText;
}

export interface LinkedFile {
  url: string;
  type: string;
}

export interface Episode {
  id: string;
  title: LocalText;
  audio: AudioSource[];
  summary?: LocalText;
  series?: string;
  number?: number;
  published?: string;
  /** Seconds. */
  duration?: number;
  organisation?: string;
  topics: string[];
  people: Person[];
  transcript?: LinkedFile;
  /** Chapters written in the feed, sorted by start. */
  chapters: Chapter[];
  /** A Podcasting 2.0 JSON chapters file, read by the player on demand. */
  chaptersFile?: LinkedFile;
  /** A page about the episode (JSON Feed `url`). */
  url?: string;
}

export interface CheckinOption {
  id: string;
  label: LocalText;
  /** A band id that exists in the same check-in. */
  band: string;
  /** Decoration only, such as an emoji. Never the only way to tell options apart. */
  symbol?: string;
}

export interface CheckinBand {
  id: string;
  title: LocalText;
  message: LocalText;
  /** Resource ids that exist in `resources`. */
  resources: string[];
  urgent: boolean;
}

export interface HelpContact {
  label: LocalText;
  detail?: LocalText;
  /** A tel:, sms:, mailto: or http(s) link. */
  url: string;
}

export interface UrgentHelp {
  title: LocalText;
  message?: LocalText;
  contacts: HelpContact[];
}

export interface Checkin {
  id: string;
  question: LocalText;
  intro?: LocalText;
  options: CheckinOption[];
  bands: CheckinBand[];
  /** Replaces the built-in urgent-help panel. */
  urgentHelp?: UrgentHelp;
  /** When present, the check-in offers a private note box with this label. */
  freeText?: { label: LocalText; hint?: LocalText };
}

export interface ScaleLevel {
  value: number;
  label: LocalText;
  description?: LocalText;
}

export interface Statement {
  id: string;
  text: LocalText;
}

export interface DiagnosticSection {
  id: string;
  title: LocalText;
  summary?: LocalText;
  resources: string[];
  statements: Statement[];
}

export interface Diagnostic {
  id: string;
  title: LocalText;
  summary?: LocalText;
  /** Sorted from lowest to highest value. May be empty: the element says so. */
  scale: ScaleLevel[];
  /** May be empty: the element says so. */
  sections: DiagnosticSection[];
}

export interface Feed {
  version: 1;
  title?: LocalText;
  /** The feed's own language, used when a text has no entry for the reader's. */
  language?: string;
  updated?: string;
  organisations: Organisation[];
  topics: Topic[];
  resources: Resource[];
  episodes: Episode[];
  checkins: Checkin[];
  diagnostics: Diagnostic[];
}

/** How many of a diagnostic's own items were left out. */
export interface DiagnosticLeftOut {
  /** Scale levels. */
  levels: number;
  /** Statements, in every section. */
  statements: number;
}

/**
 * How many items `parseFeed` left out, by list, counted as it reads: no need
 * to read problem paths. Not capped, unlike the problems list.
 */
export interface LeftOut {
  organisations: number;
  topics: number;
  episodes: number;
  resources: number;
  checkins: number;
  diagnostics: number;
  /** For each diagnostic kept, by its id. */
  inDiagnostics: ReadonlyMap<string, DiagnosticLeftOut>;
}

export interface ParseResult {
  /** False when the document is not a feed at all (not an object, wrong version). */
  ok: boolean;
  /** Always present: empty collections when nothing was usable. */
  feed: Feed;
  problems: FeedProblem[];
  leftOut: LeftOut;
}
