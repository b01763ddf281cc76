// The embed page (embed.html): one element, the same drop-in element, set up
// from the page's query string. Everything that can go wrong with the query
// string gets a message in English and Welsh instead of a blank frame, and
// nothing is thrown. Plain DOM here, no Lit: the elements come from the
// drop-in bundle beside the page, so Lit is downloaded once.
import { pageStrings, type PageStringKey } from './page-strings.js';

/** The `element` values and the tags they show. */
export const EMBED_ELEMENTS = {
  resources: 'spf-resources',
  'podcast-player': 'spf-podcast-player',
  'wellbeing-checkin': 'spf-wellbeing-checkin',
  'diagnostic-card': 'spf-diagnostic-card',
} as const;

export type EmbedElement = keyof typeof EMBED_ELEMENTS;

/**
 * The events each element fires (its `@fires` tags), posted to the page
 * around the frame. A test checks these lists against custom-elements.json.
 */
export const EMBED_EVENTS: Record<EmbedElement, readonly string[]> = {
  resources: ['spf-resource-open', 'spf-filter-change', 'spf-listen-request', 'spf-feed-load', 'spf-feed-error'],
  'podcast-player': ['spf-play', 'spf-pause', 'spf-ended', 'spf-progress', 'spf-feed-load', 'spf-feed-error'],
  'wellbeing-checkin': ['spf-checkin', 'spf-feed-load', 'spf-feed-error'],
  'diagnostic-card': ['spf-diagnostic-change', 'spf-diagnostic-complete', 'spf-feed-load', 'spf-feed-error'],
};

/** The longest value any parameter may have. Longer ones are refused, with a message. */
export const MAX_VALUE_LENGTH = 2000;

export const EMBED_ELEMENT_NAMES = Object.keys(EMBED_ELEMENTS) as EmbedElement[];

export type EmbedProblem =
  | { kind: 'no-element' }
  | { kind: 'unknown-element'; value: string }
  | { kind: 'too-long'; name: string }
  | { kind: 'feed-scheme'; value: string }
  | { kind: 'feed-origin'; origin: string }
  | { kind: 'load-failed'; error: unknown };

export interface EmbedPlan {
  element: EmbedElement;
  tag: string;
  /** Attributes to set on the element, in the order given. */
  attributes: [string, string][];
  /** Parameters that are not attributes of the element (ignored, and listed in the console). */
  ignored: string[];
}

export interface PlanOptions {
  /** The embed page's own address: relative feeds resolve against it, and its origin is always allowed. */
  pageUrl: string;
  /** Other origins whose feeds the page shows (the build-time setting). */
  allowedOrigins: readonly string[];
  /** The attributes an element documents, from its class. */
  attributesOf: (tag: string) => ReadonlySet<string>;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/** Which element the query string names, or why it names none. */
export function chooseElement(params: URLSearchParams): EmbedElement | EmbedProblem {
  const value = params.get('element');
  if (value === null || value.trim() === '') return { kind: 'no-element' };
  if (value.length > MAX_VALUE_LENGTH) return { kind: 'too-long', name: 'element' };
  const name = value.trim();
  return Object.prototype.hasOwnProperty.call(EMBED_ELEMENTS, name)
    ? (name as EmbedElement)
    : { kind: 'unknown-element', value: name.slice(0, 100) };
}

/** Reads the whole query string for `element`: what to set on it, or the first problem. */
export function planEmbed(
  params: URLSearchParams,
  element: EmbedElement,
  options: PlanOptions,
): EmbedPlan | EmbedProblem {
  const tag = EMBED_ELEMENTS[element];
  const known = options.attributesOf(tag);
  const attributes: [string, string][] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (name === 'element') continue;
    if (seen.has(name)) {
      ignored.push(`${name} (a second time)`);
      continue;
    }
    // Unknown parameters are ignored whatever their length; a known one that is too long is refused.
    if ((name === 'lang' || known.has(name)) && value.length > MAX_VALUE_LENGTH) return { kind: 'too-long', name };
    if (name === 'lang') {
      if (LANGUAGE_TAG.test(value)) {
        seen.add(name);
        attributes.push([name, value]);
      } else ignored.push(`lang (not a language tag)`);
      continue;
    }
    if (!known.has(name)) {
      ignored.push(name.length > 100 ? `${name.slice(0, 100)}…` : name);
      continue;
    }
    seen.add(name);
    if (name === 'feed') {
      const problem = checkFeed(value, options);
      if (problem) return problem;
    }
    attributes.push([name, value]);
  }
  return { element, tag, attributes, ignored };
}

/** A feed must be http(s), and on the page's own origin or an allowed one. */
function checkFeed(value: string, options: PlanOptions): EmbedProblem | undefined {
  let url: URL;
  try {
    url = new URL(value, options.pageUrl);
  } catch {
    return { kind: 'feed-scheme', value };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'feed-scheme', value };
  if (url.origin === new URL(options.pageUrl).origin || options.allowedOrigins.includes(url.origin)) return undefined;
  return { kind: 'feed-origin', origin: url.origin };
}

/**
 * The attributes an element's class documents: every reactive property with
 * an attribute (not internal state), as Lit names them, and the global `lang`.
 */
export function documentedAttributes(tag: string): ReadonlySet<string> {
  const names = new Set(['lang']);
  const element = customElements.get(tag);
  const properties: unknown = element && 'elementProperties' in element ? element.elementProperties : undefined;
  if (!(properties instanceof Map)) return names;
  for (const [key, options] of properties as Map<unknown, { attribute?: unknown; state?: unknown }>) {
    if (options.state || options.attribute === false || typeof key !== 'string') continue;
    names.add(typeof options.attribute === 'string' ? options.attribute : key.toLowerCase());
  }
  return names;
}

/** The reader's language: `lang` from the query string, else the browser's first, as `en` or `cy`. */
export function readerLanguage(params: URLSearchParams, browserLanguages: readonly string[]): 'en' | 'cy' {
  const asked = params.get('lang') ?? browserLanguages[0] ?? 'en';
  return /^cy(-|$)/i.test(asked.trim()) ? 'cy' : 'en';
}

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

const MESSAGES: Record<EmbedProblem['kind'], PageStringKey> = {
  'no-element': 'noElement',
  'unknown-element': 'unknownElement',
  'too-long': 'tooLong',
  'feed-scheme': 'feedScheme',
  'feed-origin': 'feedOrigin',
  'load-failed': 'loadFailed',
};

/** What a problem means for developers, in the console. */
function describe(problem: EmbedProblem): string {
  switch (problem.kind) {
    case 'no-element':
      return 'no element= parameter';
    case 'unknown-element':
      return `element=${JSON.stringify(problem.value)} is not one of ${EMBED_ELEMENT_NAMES.join(', ')}`;
    case 'too-long':
      return `the value of ${problem.name} is longer than ${MAX_VALUE_LENGTH} characters`;
    case 'feed-scheme':
      return `feed=${JSON.stringify(problem.value.slice(0, 200))} is not an http(s) address`;
    case 'feed-origin':
      return `feeds from ${problem.origin} are not allowed here (add the origin to SPF_EMBED_FEED_ORIGINS when building)`;
    case 'load-failed':
      return `the elements could not be loaded: ${String(problem.error)}`;
  }
}

/**
 * The message for a problem, in the reader's language and then in the other
 * one (each with its own `lang`). Built with text nodes only: nothing from
 * the web address is shown.
 */
export function renderProblem(root: HTMLElement, problem: EmbedProblem, language: 'en' | 'cy'): HTMLElement {
  const box = document.createElement('div');
  box.className = 'spf-embed-problem';
  box.setAttribute('role', 'alert');
  const values = {
    names: EMBED_ELEMENT_NAMES.join(', '),
    max: MAX_VALUE_LENGTH,
    name: 'name' in problem ? problem.name : '',
  };
  for (const lang of language === 'cy' ? (['cy', 'en'] as const) : (['en', 'cy'] as const)) {
    const strings = pageStrings[lang];
    const section = document.createElement('section');
    section.lang = lang;
    const heading = document.createElement('h1');
    heading.textContent = strings.problemHeading;
    const message = document.createElement('p');
    message.textContent = fill(strings[MESSAGES[problem.kind]], values);
    section.append(heading, message);
    if (problem.kind !== 'load-failed') {
      const hint = document.createElement('p');
      hint.textContent = strings.forEditors;
      section.append(hint);
    }
    box.append(section);
  }
  root.replaceChildren(box);
  document.title = pageStrings[language].problemHeading;
  console.warn(`SPF embed page: ${describe(problem)}.`);
  return box;
}

export interface MountOptions {
  pageUrl: string;
  allowedOrigins: readonly string[];
  browserLanguages: readonly string[];
  /** Loads the elements (the drop-in bundle), which define themselves then or soon after. */
  loadElements: () => Promise<unknown>;
}

export type MountResult =
  { ok: true; element: HTMLElement; plan: EmbedPlan } | { ok: false; problem: EmbedProblem; message: HTMLElement };

/**
 * Shows in `root` the element the query string names, or a message. Sets the
 * document's `lang` and `<title>`. Never rejects.
 */
export async function mountEmbed(
  root: HTMLElement,
  params: URLSearchParams,
  options: MountOptions,
): Promise<MountResult> {
  const language = readerLanguage(params, options.browserLanguages);
  const lang = params.get('lang');
  document.documentElement.lang = lang && LANGUAGE_TAG.test(lang) ? lang : language;
  const fail = (problem: EmbedProblem): MountResult => ({
    ok: false,
    problem,
    message: renderProblem(root, problem, language),
  });
  try {
    const element = chooseElement(params);
    if (typeof element !== 'string') return fail(element);
    try {
      await options.loadElements();
      // The drop-in defines its elements a task after it has run (define-soon.ts).
      await customElements.whenDefined(EMBED_ELEMENTS[element]);
    } catch (error) {
      return fail({ kind: 'load-failed', error });
    }
    const plan = planEmbed(params, element, { ...options, attributesOf: documentedAttributes });
    if (!('tag' in plan)) return fail(plan);
    if (plan.ignored.length) {
      console.warn(`SPF embed page: ignored parameters that <${plan.tag}> does not have: ${plan.ignored.join(', ')}.`);
    }
    const node = document.createElement(plan.tag);
    // The frame holds one element, and the host's iframe is what loads lazily: start at once
    // (a lazy player would wait for the frame's own viewport, which a fixed-height frame may never reach).
    node.setAttribute('loading', 'eager');
    for (const [name, value] of plan.attributes) {
      if (name !== 'lang') node.setAttribute(name, value);
    }
    root.replaceChildren(node);
    document.title = pageStrings[language][`title-${element}`];
    return { ok: true, element: node, plan };
  } catch (error) {
    return fail({ kind: 'load-failed', error });
  }
}
