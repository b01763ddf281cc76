import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pickText, type LocalText } from '@spf-wellbeing/feed';
import { hasDateData, monthNames } from './month-names.js';

/** A UI string, or plural forms chosen with `Intl.PluralRules` (`one`, `two`, `few`, `many`, `other`, `zero`). */
export type Message = string | Partial<Record<Intl.LDMLPluralRule, string>>;
export type Messages<Key extends string> = Record<Key, Message>;

/**
 * Every UI string in English and Welsh. Other languages may be added; any key
 * they lack falls back to English.
 */
export type Translations<Key extends string> = { en: Messages<Key>; cy: Messages<Key> } & Record<string, Partial<Messages<Key>>>;

/** Host overrides: `{ cy: { retry: 'Rhowch gynnig eto' } }`, or one language's strings for all languages under `*`. */
export type StringOverrides = Record<string, Record<string, Message>>;

export type Values = Record<string, string | number>;

type LocalizedHost = ReactiveControllerHost & HTMLElement & { strings?: StringOverrides };

/** Merges translation tables, later ones winning: core strings plus a widget's own. */
export function mergeTranslations<A extends string, B extends string>(a: Translations<A>, b: Translations<B>): Translations<A | B> {
  const merged: Record<string, Record<string, Message>> = {};
  for (const table of [a, b] as Record<string, Record<string, Message>>[]) {
    for (const language of Object.keys(table)) merged[language] = { ...merged[language], ...table[language] };
  }
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

const kebab = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * Gives an element its UI strings in the reader's language, follows `lang`
 * changes on the element or any ancestor, and formats numbers and dates.
 *
 * A host page can override any string with a `data-i18n-<key>` attribute
 * (`data-i18n-retry="Try again"`) or the element's `strings` property.
 */
export class LocalizeController<Key extends string> implements ReactiveController {
  constructor(
    private readonly host: LocalizedHost,
    private readonly translations: Translations<Key>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    watchLanguage(this.host);
  }

  hostDisconnected(): void {
    localizedHosts.delete(this.host);
  }

  /** The language tag in force, such as `cy` or `en-GB`. */
  get lang(): string {
    return languageOf(this.host);
  }

  /** The language our strings are in: the reader's when we have it, otherwise English. */
  get uiLang(): string {
    const base = this.lang.toLowerCase().split('-')[0];
    return Object.prototype.hasOwnProperty.call(this.translations, base) ? base : 'en';
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
    const rule = new Intl.PluralRules(this.uiLang).select(count);
    return fill(message[rule] ?? message.other ?? '', { count: this.number(count), ...values });
  }

  /** Feed text in the reader's language. */
  text(text: LocalText | undefined, feedLanguage?: string): string {
    return pickText(text, this.lang, feedLanguage);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.locale, options).format(value);
  }

  /** A feed date (`2016-09`, `2018-08-06`) as "September 2016" or "6 August 2018". */
  date(iso: string): string {
    const [year, month, day] = iso.split('-').map(Number);
    if (!year) return iso;
    const months = monthNames[this.uiLang];
    if (months && month && month <= 12 && !hasDateData(this.locale)) {
      // This engine has no date data for the language (Chromium and Welsh):
      // write the date the way CLDR does, "6 Awst 2018" or "Medi 2016".
      return `${day ? `${this.number(day)} ` : ''}${months[month - 1]} ${year}`;
    }
    const date = new Date(Date.UTC(year, (month || 1) - 1, day || 1));
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
    if (month) options.month = 'long';
    if (day) options.day = 'numeric';
    return new Intl.DateTimeFormat(this.locale, options).format(date);
  }

  /** The locale for `Intl`: British English by default, Welsh as `cy-GB`. */
  get locale(): string {
    return this.uiLang === 'en' ? 'en-GB' : `${this.uiLang}-GB`;
  }

  private message(key: Key): Message {
    const attribute = this.host.getAttribute(`data-i18n-${kebab(key)}`);
    if (attribute !== null) return attribute;
    const overrides = this.host.strings;
    const lang = this.uiLang;
    const fromHost = overrides?.[this.lang.toLowerCase()]?.[key] ?? overrides?.[lang]?.[key] ?? overrides?.['*']?.[key];
    if (fromHost !== undefined) return fromHost;
    return this.translations[lang]?.[key] ?? this.translations.en[key] ?? key;
  }
}

function fill(text: string, values: Values): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
