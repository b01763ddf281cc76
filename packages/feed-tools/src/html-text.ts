import { decodeHTML } from 'entities';

/**
 * Plain text from a podcast's HTML show notes. The result is only ever shown
 * as text, so this need not be a sanitiser: tags are dropped (with the
 * contents of script and style), block ends become line breaks, and
 * character references are decoded once.
 */
export function htmlToText(html: string): string {
  return decodeHTML(
    html
      .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
      .replace(/<(script|style|template|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|h[1-6]|blockquote|pre|tr|ul|ol|section|article)\s*>/gi, '\n')
      .replace(/<li\b[^>]*>/gi, '• ')
      .replace(/<\/?[a-z!?][^>]*>/gi, ''),
  )
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
