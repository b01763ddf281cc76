/// <reference types="node" />
/**
 * What `spf-feed` says, in English or Welsh. Each message is a key of the
 * tables in strings.ts and strings.cy.ts with named values; the English is
 * made at once (it is the `message` programs already read), and the chosen
 * language when it is printed.
 */
import type { FeedProblem } from '@spf-wellbeing/feed';
import { en, type Message, type MessageKey } from './strings.js';
import cy from './strings.cy.js';

export type Lang = 'en' | 'cy';
export const LANGS: readonly Lang[] = ['en', 'cy'];
export type { MessageKey };

/** A message before it is put into words: its key and the values its placeholders name. */
export interface Text {
  code: MessageKey;
  values?: TextValues;
}
/** A value is printed as it is, or (a Text, or a list of them) said in the same language. */
export type TextValue = string | number | Text | Text[];
export type TextValues = Record<string, TextValue>;

const TABLES: Record<Lang, Record<MessageKey, Message>> = { en, cy };

export const text = (code: MessageKey, values?: TextValues): Text => (values ? { code, values } : { code });

const isText = (value: unknown): value is Text =>
  typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';

/** The message in `lang`, its placeholders filled. A key the table lacks falls back to English. */
export function say(lang: Lang, message: Text): string {
  const values = message.values ?? {};
  const entry: Message | undefined = TABLES[lang][message.code] ?? TABLES.en[message.code];
  if (entry === undefined) return message.code;
  let template: string;
  if (typeof entry === 'string') template = entry;
  else {
    const count = Number(values.count);
    const rule = new Intl.PluralRules(lang === 'cy' ? 'cy' : 'en').select(Number.isFinite(count) ? count : 0);
    template = entry[rule] ?? entry.other;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    if (Array.isArray(value)) return value.map((part) => say(lang, part)).join('; ');
    return isText(value) ? say(lang, value) : String(value);
  });
}

/**
 * The language to speak: `--lang`, else Welsh when LC_ALL, LC_MESSAGES or LANG
 * (the first that is set, as POSIX reads them) starts with `cy`, else English.
 */
export function chooseLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang | undefined {
  if (flag !== undefined) {
    const wanted = flag.trim().toLowerCase();
    return wanted === 'cy' || wanted.startsWith('cy-') || wanted.startsWith('cy_')
      ? 'cy'
      : wanted === 'en' || wanted.startsWith('en-') || wanted.startsWith('en_')
        ? 'en'
        : undefined;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^cy([_.@-]|$)/i.test(locale) ? 'cy' : 'en';
}

const KINDS: Record<string, MessageKey> = {
  organisation: 'kindOrganisation',
  topic: 'kindTopic',
  episode: 'kindEpisode',
  resource: 'kindResource',
  band: 'kindBand',
};

/** A `parseFeed` problem as a Text: its code is a key of the tables, and a `kind` is said in the same language. */
export function feedProblemText(problem: FeedProblem): Text {
  const values: TextValues = { ...problem.values };
  const kind = typeof values.kind === 'string' ? KINDS[values.kind] : undefined;
  if (kind) values.kind = text(kind);
  return text(problem.code, values);
}
