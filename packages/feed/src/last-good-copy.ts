import { parseFeed } from './parse-feed.js';
import { MAX_LAST_GOOD_FEEDS, MAX_LAST_GOOD_SIZE, type StaleCopy } from './load-feed.js';

// The last good copy of each feed, in localStorage, shown when a later load
// fails. It comes in the validator's file (parse-feed.ts re-exports it): a
// saved copy is read only through the validator, and saved only after it.

const STORAGE_PREFIX = 'spf-feed:v1:';
const INDEX_KEY = 'spf-feed:v1:index';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'object' ? localStorage : undefined;
  } catch {
    return undefined; // Blocked by the browser's privacy settings.
  }
}

/**
 * Saves a feed's text as its last good copy, in a task of its own: writing a
 * large feed to storage takes a phone milliseconds, which the task that draws
 * the feed does not need to wait for.
 */
export function writeLastGood(url: string, text: string): void {
  const store = storage();
  if (!store || text.length > MAX_LAST_GOOD_SIZE) return;
  const savedAt = Date.now();
  setTimeout(() => {
    try {
      const index = readIndex(store).filter((entry) => entry !== url);
      index.unshift(url);
      for (const old of index.splice(MAX_LAST_GOOD_FEEDS)) store.removeItem(STORAGE_PREFIX + old);
      store.setItem(STORAGE_PREFIX + url, JSON.stringify({ savedAt, text }));
      store.setItem(INDEX_KEY, JSON.stringify(index));
    } catch {
      // Storage full or blocked: the copy is a convenience, so carry on without it.
    }
  });
}

function readIndex(store: Storage): string[] {
  try {
    const index: unknown = JSON.parse(store.getItem(INDEX_KEY) ?? '[]');
    return Array.isArray(index) ? index.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}

export function readLastGood(url: string): StaleCopy | undefined {
  try {
    const raw = storage()?.getItem(STORAGE_PREFIX + url);
    if (!raw) return undefined;
    const saved: unknown = JSON.parse(raw);
    if (typeof saved !== 'object' || saved === null) return undefined;
    const { savedAt, text } = saved as { savedAt?: unknown; text?: unknown };
    if (typeof savedAt !== 'number' || typeof text !== 'string') return undefined;
    const parsed = parseFeed(JSON.parse(text), url);
    return parsed.ok ? { feed: parsed.feed, problems: parsed.problems, leftOut: parsed.leftOut, savedAt } : undefined;
  } catch {
    return undefined;
  }
}
