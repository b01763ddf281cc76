import type { LocalText } from './types.js';

/**
 * Chooses the best text for a reader's language: an exact match (`cy-GB`),
 * then the base language (`cy`), then the feed's language, then English, then
 * whatever the feed has. Returns '' for missing text.
 */
export function pickText(text: LocalText | undefined, language = 'en', feedLanguage?: string): string {
  if (!text) return '';
  const wanted = language.toLowerCase();
  const base = wanted.split('-')[0];
  const candidates = [wanted, base, '*', feedLanguage?.toLowerCase(), feedLanguage?.toLowerCase().split('-')[0], 'en'];
  for (const key of candidates) {
    if (key && Object.hasOwn(text, key)) return text[key];
  }
  const first = Object.keys(text)[0];
  return first === undefined ? '' : text[first];
}
