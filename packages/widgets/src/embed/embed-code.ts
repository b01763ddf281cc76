// The code the builder gives: an iframe of the embed page, the spf-embed.js
// line, and the plain drop-in snippet. Every value is escaped for HTML, so a
// feed's text or a typed address cannot add markup to someone's page.
import { EMBED_ELEMENTS, type EmbedElement } from './embed.js';

export interface EmbedChoice {
  element: EmbedElement;
  /** The feed's address; empty for the embedded default feed. */
  feed: string;
  topic: string;
  episode: string;
  series: string;
  checkin: string;
  history: boolean;
  diagnostic: string;
  /** '' follows the reader's browser. */
  lang: '' | 'en' | 'cy';
  /** Pixels, at least 300. */
  height: number;
}

export const MIN_HEIGHT = 300;

/** A height that suits each element at first sight. */
export const DEFAULT_HEIGHTS: Record<EmbedElement, number> = {
  resources: 700,
  'podcast-player': 480,
  'wellbeing-checkin': 560,
  'diagnostic-card': 700,
};

/** Elements that use the clipboard or may start playing: the only ones whose frame gets `allow`. */
const FRAME_ALLOW: Partial<Record<EmbedElement, string>> = { 'podcast-player': 'autoplay; clipboard-write' };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]);

/** The element's attributes for a choice, in the order the code shows them. */
export function attributesFor(choice: EmbedChoice): [string, string][] {
  const attributes: [string, string][] = [];
  const add = (name: string, value: string) => {
    if (value) attributes.push([name, value]);
  };
  add('feed', choice.feed.trim());
  if (choice.element === 'resources') add('topic', choice.topic);
  if (choice.element === 'podcast-player') {
    add('episode', choice.episode);
    add('series', choice.series);
  }
  if (choice.element === 'wellbeing-checkin') {
    add('checkin', choice.checkin);
    if (choice.history) attributes.push(['history', '']);
  }
  if (choice.element === 'diagnostic-card') add('diagnostic', choice.diagnostic);
  add('lang', choice.lang);
  return attributes;
}

/** The embed page's address for a choice. A relative feed is made absolute against the builder's page. */
export function embedSrc(embedPage: string, choice: EmbedChoice, base: string): string {
  const url = new URL(embedPage, base);
  const params = new URLSearchParams({ element: choice.element });
  for (const [name, value] of attributesFor(choice)) {
    params.append(name, name === 'feed' ? new URL(value, base).href : value);
  }
  url.search = params.toString();
  return url.href;
}

export function iframeCode(src: string, choice: EmbedChoice, title: string): string {
  const allow = FRAME_ALLOW[choice.element];
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" height="${choice.height}" loading="lazy"` +
    `${allow ? ` allow="${allow}"` : ''} style="display: block; width: 100%; border: 0"></iframe>`
  );
}

export const helperCode = (helperUrl: string): string => `<script src="${escapeHtml(helperUrl)}" async></script>`;

/** The drop-in snippet: the bundle's script tag, and the element with `fallback` (HTML, already escaped) inside. */
export function dropInCode(bundleUrl: string, choice: EmbedChoice, fallback: string, base: string): string {
  const tag = EMBED_ELEMENTS[choice.element];
  const attributes = attributesFor(choice)
    .map(([name, value]) => {
      const text = name === 'feed' ? new URL(value, base).href : value;
      return text ? ` ${name}="${escapeHtml(text)}"` : ` ${name}`;
    })
    .join('');
  const inside = fallback
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return `<script type="module" src="${escapeHtml(bundleUrl)}"></script>\n<${tag}${attributes}>\n${inside}\n</${tag}>`;
}
