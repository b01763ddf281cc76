import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pickText, type LocalText } from '@spf-wellbeing/feed';
import { intl } from './internal/intl.js';

/** A UI string, or plural forms chosen with `Intl.PluralRules` (`one`, `two`, `few`, `many`, `other`, `zero`). */
export type Message = string | Partial<Record<Intl.LDMLPluralRule, string>>;
export type Messages<Key extends string> = Record<Key, Message>;

/** Loads one language's strings on first use: `() => import('./strings.cy.js')`. */
export type MessagesLoader<Key extends string> = () => Promise<{ default: Partial<Messages<Key>> }>;

/**
 * Every UI string in English and Welsh. Other languages may be added; any key
 * they lack falls back to English. English is always bundled; other languages
 * may be loaders, so a page only downloads the language its readers use.
 */
export type Translations<Key extends string> = { en: Messages<Key>; cy: Messages<Key> | MessagesLoader<Key> } & Record<
  string,
  Partial<Messages<Key>> | MessagesLoader<Key>
>;

type Table = Record<string, Message>;
type TableOrLoader = Table | MessagesLoader<string>;

// Loaded languages, shared by every element: each loader runs once.
const loadedTables = new WeakMap<MessagesLoader<string>, Table>();
const loadingTables = new WeakMap<MessagesLoader<string>, Promise<Table>>();

function loadTable(loader: MessagesLoader<string>): Promise<Table> {
  let loading = loadingTables.get(loader);
  if (!loading) {
    loading = loader().then(
      (module) => {
        const table = module.default as Table;
        loadedTables.set(loader, table);
        return table;
      },
      // A language that cannot load falls back to English rather than failing.
      () => {
        loadedTables.set(loader, {});
        return {};
      },
    );
    loadingTables.set(loader, loading);
  }
  return loading;
}

/** Host overrides: `{ cy: { retry: 'Rhowch gynnig eto' } }`, or one language's strings for all languages under `*`. */
export type StringOverrides = Record<string, Record<string, Message>>;

export type Values = Record<string, string | number>;

type LocalizedHost = ReactiveControllerHost & HTMLElement & { strings?: StringOverrides };

const mergedTranslations = new WeakMap<object, WeakMap<object, Translations<string>>>();

/**
 * Merges translation tables, later ones winning: core strings plus a widget's
 * own. A language that is a loader in either table becomes one loader. The
 * result is cached, so every element of a kind shares one table.
 */
export function mergeTranslations<A extends string, B extends string>(
  a: Translations<A>,
  b: Translations<B>,
): Translations<A | B> {
  const cached = mergedTranslations.get(a)?.get(b);
  if (cached) return cached;
  const merged: Record<string, TableOrLoader> = {};
  for (const language of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const parts = [a[language], b[language]].filter(Boolean) as TableOrLoader[];
    merged[language] = parts.some((part) => typeof part === 'function')
      ? async () => {
          const tables = await Promise.all(
            parts.map((part) => (typeof part === 'function' ? loadTable(part) : Promise.resolve(part))),
          );
          return { default: Object.assign({}, ...tables) as Table };
        }
      : (Object.assign({}, ...parts) as Table);
  }
  if (!mergedTranslations.has(a)) mergedTranslations.set(a, new WeakMap());
  mergedTranslations.get(a)!.set(b, merged as Translations<string>);
  return merged as Translations<A | B>;
}

// One observer for the page: any `lang` change re-renders every localised element.
const localizedHosts = new Set<LocalizedHost>();
let languageObserver: MutationObserver | undefined;

function watchLanguage(host: LocalizedHost): void {
  localizedHosts.add(host);
  if (languageObserver || typeof MutationObserver !== 'function') return;
  languageObserver = new MutationObserver(() => localizedHosts.forEach((each) => each.requestUpdate()));
  languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The language that applies to `element`: its own `lang`, or the nearest ancestor's, across shadow roots. */
export function languageOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!.trim();
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

const attributeNames = new Map<string, string>();
/** `data-i18n-<key>` for a string key: `retryLabel` → `data-i18n-retry-label`. */
const overrideAttribute = (key: string): string => {
  let name = attributeNames.get(key);
  if (!name)
    attributeNames.set(key, (name = `data-i18n-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`));
  return name;
};

/**
 * Gives an element its UI strings in the reader's language, follows `lang`
 * changes on the element or any ancestor, and formats numbers (dates: `formatDate`).
 *
 * A host page can override any string with a `data-i18n-<key>` attribute
 * (`data-i18n-retry="Try again"`) or the element's `strings` property.
 */
export class LocalizeController<Key extends string> implements ReactiveController {
  constructor(
    private readonly host: LocalizedHost,
    private translations: Translations<Key>,
  ) {
    host.addController(this);
  }

  /**
   * Adds the strings of a part loaded later (a player's controls). In a
   * language that loads on first use, `ready` is false again until the
   * part's strings of that language are here.
   */
  extend<More extends string>(more: Translations<More>): LocalizeController<Key | More> {
    const self = this as unknown as LocalizeController<Key | More>;
    self.translations = mergeTranslations(this.translations, more);
    return self;
  }

  /**
   * While the host renders, the language found by the first walk up the tree:
   * a render asks for it many times (every string and number). Outside a
   * render every call walks afresh, so a `lang` just changed counts at once.
   */
  private renderLang?: string;
  private rendering = false;

  hostConnected(): void {
    watchLanguage(this.host);
  }

  hostUpdate(): void {
    this.rendering = true;
    this.renderLang = undefined;
  }

  hostUpdated(): void {
    this.rendering = false;
  }

  hostDisconnected(): void {
    localizedHosts.delete(this.host);
  }

  /** The language tag in force, such as `cy` or `en-GB`. */
  get lang(): string {
    return this.rendering ? (this.renderLang ??= languageOf(this.host)) : languageOf(this.host);
  }

  /** The language our strings are in: the reader's when we have it, otherwise English. */
  get uiLang(): string {
    const base = this.lang.toLowerCase().split('-')[0];
    return Object.hasOwn(this.translations, base) ? base : 'en';
  }

  /**
   * True when the strings of the reader's language are here. Otherwise they
   * start loading, and the host is asked to update when they arrive.
   */
  get ready(): boolean {
    const entry = this.translations[this.uiLang] as TableOrLoader | undefined;
    if (typeof entry !== 'function' || loadedTables.has(entry)) return true;
    void loadTable(entry).then(() => this.host.requestUpdate());
    return false;
  }

  /** Resolves when the strings of the reader's language are here. */
  async whenReady(): Promise<void> {
    const entry = this.translations[this.uiLang] as TableOrLoader | undefined;
    if (typeof entry === 'function') await loadTable(entry);
  }

  private table(lang: string): Table | undefined {
    const entry = this.translations[lang] as TableOrLoader | undefined;
    return typeof entry === 'function' ? loadedTables.get(entry) : entry;
  }

  /** A UI string, with `{name}` placeholders filled from `values`. */
  term(key: Key, values: Values = {}): string {
    const message = this.message(key);
    const text = typeof message === 'string' ? message : (message.other ?? '');
    return fill(text, values);
  }

  /** A UI string with plural forms, chosen for `count` by the language's rules. `{count}` is filled. */
  plural(key: Key, count: number, values: Values = {}): string {
    const message = this.message(key);
    if (typeof message === 'string') return fill(message, { count: this.number(count), ...values });
    const rule = intl(Intl.PluralRules, this.uiLang).select(count);
    return fill(message[rule] ?? message.other ?? '', { count: this.number(count), ...values });
  }

  /** Feed text in the reader's language. */
  text(text: LocalText | undefined, feedLanguage?: string): string {
    return pickText(text, this.lang, feedLanguage);
  }

  /**
   * A number as the reader's language writes it, with at most `maximumFractionDigits` decimals: `1,234.5`.
   * English and Welsh write numbers alike, so this needs no `Intl.NumberFormat`, whose first use on a page
   * costs a phone tens of milliseconds. A percentage is `${number(value * 100, 0)}%` in both.
   */
  number(value: number, maximumFractionDigits = 3): string {
    // The unary plus drops the zeros toFixed leaves at the end (12.300 is 12.3); then groups of three get commas.
    return `${+value.toFixed(maximumFractionDigits)}`.replace(/(?<!\.\d*)\B(?=(\d{3})+(?!\d))/g, ',');
  }

  /** The locale for `Intl`: British English by default, Welsh as `cy-GB`. */
  get locale(): string {
    return this.uiLang === 'en' ? 'en-GB' : `${this.uiLang}-GB`;
  }

  private message(key: Key): Message {
    const attribute = this.host.getAttribute(overrideAttribute(key));
    if (attribute !== null) return attribute;
    const overrides = this.host.strings;
    const lang = this.uiLang;
    const fromHost = overrides?.[this.lang.toLowerCase()]?.[key] ?? overrides?.[lang]?.[key] ?? overrides?.['*']?.[key];
    if (fromHost !== undefined) return fromHost;
    return this.table(lang)?.[key] ?? this.translations.en[key] ?? key;
  }
}

function fill(text: string, values: Values): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
