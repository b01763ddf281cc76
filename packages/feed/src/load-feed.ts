import type { Feed, FeedProblem, ParseResult } from './types.js';

type Validate = (json: unknown, baseUrl?: string | URL) => ParseResult;
let validator: Promise<Validate | undefined> | undefined;

/**
 * The validator (parse-feed.ts, with the JSON Feed reader) in a file of its
 * own, fetched once, the first time a feed is asked for: bundles then start
 * with only the loader, and the validator downloads while the feed request is
 * on its way. Undefined when it cannot be fetched (offline, or a host that
 * copied only the entry file), which makes the feed fail like a network error.
 */
function loadValidator(): Promise<Validate | undefined> {
  validator ??= import('./parse-feed.js').then(
    (module) => module.parseFeed,
    () => {
      validator = undefined; // Ask again next time.
      return undefined;
    },
  );
  return validator;
}

/**
 * Validates a feed already in memory (an embedded one), with the validator
 * loaded on first use. Resolves with `undefined` if the validator cannot be
 * loaded; never rejects.
 */
export async function validateFeed(json: unknown, baseUrl?: string | URL): Promise<ParseResult | undefined> {
  return (await loadValidator())?.(json, baseUrl);
}

/** Why a feed could not be loaded. Elements turn this into a localised message. */
export type FeedErrorKind = 'network' | 'http' | 'json' | 'shape' | 'timeout';

export interface FeedError {
  kind: FeedErrorKind;
  /** Plain English, for developers and the `spf-feed-error` event. */
  message: string;
  /** The HTTP status, for `http` errors. */
  status?: number;
}

/** A last good copy of a feed, shown when loading fails. */
export interface StaleCopy {
  feed: Feed;
  problems: FeedProblem[];
  /** When the copy was saved, in milliseconds since 1970. */
  savedAt: number;
}

export type FeedLoadResult =
  | { ok: true; url: string; feed: Feed; problems: FeedProblem[] }
  | { ok: false; url: string; error: FeedError; problems: FeedProblem[]; stale?: StaleCopy };

export interface LoadFeedOptions {
  /** Milliseconds to wait for an answer. Default 10 000. */
  timeout?: number;
  /** Forget any earlier request for this URL and ask again. */
  reload?: boolean;
}

export const DEFAULT_TIMEOUT = 10_000;

// One request per feed URL for the whole page: every element that names the
// same URL shares this promise, including elements added later.
const requests = new Map<string, Promise<FeedLoadResult>>();

/**
 * Fires `update` with the new `FeedLoadResult` as `detail` whenever a feed URL
 * is loaded again with `{reload: true}`, so every element showing that feed
 * can follow.
 */
export const feedUpdates = new EventTarget();

/** Makes `url` absolute against the page, or returns it as it is when it cannot be parsed. */
export function absoluteFeedUrl(url: string): string {
  try {
    return new URL(url, typeof document === 'object' ? document.baseURI : undefined).href;
  } catch {
    return url;
  }
}

/**
 * Loads and validates the feed at `url`. The promise always resolves: network
 * errors, non-2xx answers, bodies that are not JSON, documents that are not a
 * feed, and timeouts all resolve with `ok: false`, with the last good copy
 * when there is one.
 */
export function loadFeed(url: string, options: LoadFeedOptions = {}): Promise<FeedLoadResult> {
  const key = absoluteFeedUrl(url);
  const existing = requests.get(key);
  if (existing && !options.reload) return existing;
  const request = request_(key, options.timeout ?? DEFAULT_TIMEOUT);
  requests.set(key, request);
  if (options.reload) {
    void request.then((result) => feedUpdates.dispatchEvent(new CustomEvent('update', { detail: result })));
  }
  return request;
}

/** Forgets every request, so the next `loadFeed` asks the network again. For tests. */
export function clearFeedRequests(): void {
  requests.clear();
}

async function request_(url: string, timeout: number): Promise<FeedLoadResult> {
  // One timer covers the whole exchange, headers and body: it aborts the
  // fetch and settles the race even where a browser ignores the abort.
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  let timedOut = false;
  let onTimeout: (error: Error) => void = () => {};
  const deadline = new Promise<never>((_, reject) => (onTimeout = reject));
  deadline.catch(() => {});
  const timer = setTimeout(() => {
    timedOut = true;
    controller?.abort();
    onTimeout(new Error('timeout'));
  }, timeout);
  const validate = loadValidator();
  const fail = async (error: FeedError, problems: FeedProblem[] = []): Promise<FeedLoadResult> => {
    // The last good copy needs the validator too; wait for it a moment at most,
    // so a network that holds every request open cannot hold the message back.
    const parse = await Promise.race([validate, new Promise<undefined>((resolve) => setTimeout(resolve, 1000))]);
    const stale = parse && readLastGood(url, parse);
    return stale ? { ok: false, url, error, problems, stale } : { ok: false, url, error, problems };
  };
  const timeoutError = (): FeedError => ({
    kind: 'timeout',
    message: `No answer from ${url} within ${Math.round(timeout / 1000)} seconds.`,
  });
  try {
    let response: Response;
    try {
      const headers = { accept: 'application/feed+json, application/json' };
      response = await Promise.race([
        fetch(url, { signal: controller?.signal, credentials: 'same-origin', headers }),
        deadline,
      ]);
    } catch {
      return fail(timedOut ? timeoutError() : { kind: 'network', message: `The feed at ${url} could not be reached.` });
    }
    if (!response.ok) {
      return fail({
        kind: 'http',
        status: response.status,
        message: `The server answered ${response.status} for ${url}.`,
      });
    }
    let text: string;
    try {
      text = await Promise.race([response.text(), deadline]);
    } catch {
      return fail(
        timedOut ? timeoutError() : { kind: 'network', message: `The feed at ${url} stopped arriving part way.` },
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return fail({ kind: 'json', message: `The file at ${url} is not valid JSON.` });
    }
    let parseFeed: Validate | undefined;
    try {
      parseFeed = await Promise.race([validate, deadline]);
    } catch {
      return fail(timeoutError());
    }
    if (!parseFeed)
      return fail({
        kind: 'network',
        message: `The feed validator (a file beside the script) could not be loaded, so ${url} could not be read.`,
      });
    const parsed = parseFeed(json, url);
    if (!parsed.ok)
      return fail({ kind: 'shape', message: `The file at ${url} is not a wellbeing feed.` }, parsed.problems);
    writeLastGood(url, text);
    return { ok: true, url, feed: parsed.feed, problems: parsed.problems };
  } finally {
    clearTimeout(timer);
  }
}

// ---- last good copy -------------------------------------------------------

const STORAGE_PREFIX = 'spf-feed:v1:';
const INDEX_KEY = 'spf-feed:v1:index';
/** Largest feed we keep a copy of, in characters. */
export const MAX_LAST_GOOD_SIZE = 1_000_000;
/** How many feeds we keep copies of; the oldest is dropped first. */
export const MAX_LAST_GOOD_FEEDS = 5;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'object' ? localStorage : undefined;
  } catch {
    return undefined; // Blocked by the browser's privacy settings.
  }
}

function writeLastGood(url: string, text: string): void {
  const store = storage();
  if (!store || text.length > MAX_LAST_GOOD_SIZE) return;
  try {
    const index = readIndex(store).filter((entry) => entry !== url);
    index.unshift(url);
    for (const old of index.splice(MAX_LAST_GOOD_FEEDS)) store.removeItem(STORAGE_PREFIX + old);
    store.setItem(STORAGE_PREFIX + url, JSON.stringify({ savedAt: Date.now(), text }));
    store.setItem(INDEX_KEY, JSON.stringify(index));
  } catch {
    // Storage full or blocked: the copy is a convenience, so carry on without it.
  }
}

function readIndex(store: Storage): string[] {
  try {
    const index: unknown = JSON.parse(store.getItem(INDEX_KEY) ?? '[]');
    return Array.isArray(index) ? index.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}

function readLastGood(url: string, parseFeed: Validate): StaleCopy | undefined {
  try {
    const raw = storage()?.getItem(STORAGE_PREFIX + url);
    if (!raw) return undefined;
    const saved: unknown = JSON.parse(raw);
    if (typeof saved !== 'object' || saved === null) return undefined;
    const { savedAt, text } = saved as { savedAt?: unknown; text?: unknown };
    if (typeof savedAt !== 'number' || typeof text !== 'string') return undefined;
    const parsed = parseFeed(JSON.parse(text), url);
    return parsed.ok ? { feed: parsed.feed, problems: parsed.problems, savedAt } : undefined;
  } catch {
    return undefined;
  }
}
