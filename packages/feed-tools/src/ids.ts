/// <reference types="node" />
import { createHash } from 'node:crypto';

/** Longest id the feed accepts. */
export const MAX_ID_LENGTH = 200;

/**
 * A readable id from a name: `Bullying & harassment (2021)` becomes
 * `bullying-harassment-2021`. Welsh letters lose their accents (ŵ → w).
 */
export function slugify(text: string, fallback = 'item'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** `slug`, or `slug-2`, `slug-3` … when taken. Adds the result to `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A short stable hash, for ids made from long text. */
export const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);
