import type { Feed, FeedProblem, LeftOut, ParseResult } from './types.js';

/** The validator's file: `parseFeed`, and the last good copy kept beside it (it needs the validator anyway). */
type Reader = typeof import('./parse-feed.js');
let validator: Promise<Reader | undefined> | undefined;

/**
 * The validator (parse-feed.ts, with the JSON Feed reader) in a file of its
 * own, fetched once, the first time a feed is asked for: bundles then start
 * with only the loader, and the validator downloads while the feed request is
 * on its way. Undefined when it cannot be fetched (offline, or a host that
 * copied only the entry file), which makes the feed fail like a network error.
 */
function loadValidator(): Promise<Reader | undefined> {
  validator ??= import('./parse-feed.js').then(
    (module) => module,
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
  return (await loadValidator())?.parseFeed(json, baseUrl);
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
  leftOut: LeftOut;
  /** When the copy was saved, in milliseconds since 1970. */
  savedAt: number;
}

/**
 * Where a feed comes from: a URL, or the embedded default feed
 * (`@spf-wellbeing/default-feed`, imported on first use).
 */
export type FeedSource = { kind: 'url'; url: string } | { kind: 'default' };

/** The name the embedded default feed goes by in results, state and events. */
export const DEFAULT_FEED_URL = 'spf:default-feed';

export type FeedLoadResult =
  | { ok: true; url: string; source: FeedSource; feed: Feed; problems: FeedProblem[]; leftOut: LeftOut }
  | { ok: false; url: string; source: FeedSource; error: FeedError; problems: FeedProblem[]; stale?: StaleCopy };

export interface LoadFeedOptions {
  /** Milliseconds to wait for an answer. Default 10 000. Not used for the embedded default feed. */
  timeout?: number;
  /** Forget any earlier request for this feed and ask again; every subscriber gets the new result. */
  reload?: boolean;
}

export const DEFAULT_TIMEOUT = 10_000;

type Subscriber = (result: FeedLoadResult) => void;

/** One feed's newest request, and who follows it. */
interface Entry {
  request?: Promise<FeedLoadResult>;
  /** The newest request's result, once it has settled. */
  result?: FeedLoadResult;
  readonly subscribers: Set<Subscriber>;
}

// The one route for feed state: one entry per feed (its absolute URL, or
// DEFAULT_FEED_URL) for the whole page. Every element that names the same feed
// shares its request, including elements added later, and every subscriber
// hears each result: the first, and every reload's (Retry).
const entries = new Map<string, Entry>();

/** Makes `url` absolute against the page, or returns it as it is when it cannot be parsed. */
export function absoluteFeedUrl(url: string): string {
  try {
    return new URL(url, typeof document === 'object' ? document.baseURI : undefined).href;
  } catch {
    return url;
  }
}

/** The key a feed goes by: its absolute URL, or `DEFAULT_FEED_URL`. */
export function feedKey(source: FeedSource): string {
  return source.kind === 'default' ? DEFAULT_FEED_URL : absoluteFeedUrl(source.url);
}

function entryOf(key: string): Entry {
  let entry = entries.get(key);
  if (!entry) entries.set(key, (entry = { subscribers: new Set() }));
  return entry;
}

/**
 * Gives `subscriber` the request's result, unless it has stopped following
 * or a newer request (a Retry) has replaced this one: a late answer is
 * ignored. After `clearFeedRequests` there is no request, and it still counts.
 */
function tell(entry: Entry, request: Promise<FeedLoadResult>, subscriber: Subscriber): void {
  void request.then((result) => {
    if (entry.subscribers.has(subscriber) && (!entry.request || entry.request === request)) subscriber(result);
  });
}

/**
 * Loads and validates a feed: a URL (a string, or `{kind: 'url', url}`) or
 * the embedded default feed (`{kind: 'default'}`). One request per feed for
 * the whole page. The promise always resolves: network errors, non-2xx
 * answers, bodies that are not JSON, documents that are not a feed, and
 * timeouts all resolve with `ok: false`, with the last good copy when there
 * is one. With `reload`, every subscriber of the feed gets the new result.
 */
export function loadFeed(source: string | FeedSource, options: LoadFeedOptions = {}): Promise<FeedLoadResult> {
  if (typeof source === 'string') source = { kind: 'url', url: source };
  const key = feedKey(source);
  const entry = entryOf(key);
  if (entry.request && !options.reload) return entry.request;
  const request = (entry.request =
    source.kind === 'default' ? requestDefault() : request_(key, options.timeout ?? DEFAULT_TIMEOUT));
  entry.result = undefined;
  void request.then((result) => {
    if (entry.request === request) entry.result = result;
  });
  for (const subscriber of entry.subscribers) tell(entry, request, subscriber);
  return request;
}

/**
 * The feed's result if it is already in hand (loaded and settled, and not
 * being asked for again), without asking for it: an element added later, or
 * one that starts late, can show it in its first render.
 */
export function settledFeed(source: FeedSource): FeedLoadResult | undefined {
  return entries.get(feedKey(source))?.result;
}

/**
 * Follows a feed: loads it if nobody has yet, and calls `subscriber` with its
 * result, then with every later result for it (a Retry from any element).
 * Returns the function that stops following.
 */
export function subscribeFeed(
  source: FeedSource,
  subscriber: Subscriber,
  options: Omit<LoadFeedOptions, 'reload'> = {},
): () => void {
  const request = loadFeed(source, options);
  const entry = entryOf(feedKey(source));
  entry.subscribers.add(subscriber);
  tell(entry, request, subscriber);
  return () => entry.subscribers.delete(subscriber);
}

/** Forgets every request, so the next `loadFeed` asks the network again. For tests. */
export function clearFeedRequests(): void {
  for (const entry of entries.values()) {
    entry.request = undefined;
    entry.result = undefined;
  }
}

/**
 * The embedded default feed, validated like any other. If its file (or the
 * validator) cannot be fetched, it fails as a network error; Retry asks again.
 */
async function requestDefault(): Promise<FeedLoadResult> {
  const url = DEFAULT_FEED_URL;
  const source: FeedSource = { kind: 'default' };
  const parsed = await import('@spf-wellbeing/default-feed').then(
    ({ defaultFeedData, defaultFeedBaseUrl }) => validateFeed(defaultFeedData, defaultFeedBaseUrl),
    () => undefined,
  );
  if (!parsed)
    return {
      ok: false,
      url,
      source,
      problems: [],
      error: { kind: 'network', message: 'The default feed could not be loaded.' },
    };
  const { feed, problems, leftOut } = parsed;
  return parsed.ok
    ? { ok: true, url, source, feed, problems, leftOut }
    : { ok: false, url, source, problems, error: { kind: 'shape', message: 'The default feed is not valid.' } };
}

async function request_(url: string, timeout: number): Promise<FeedLoadResult> {
  const source: FeedSource = { kind: 'url', url };
  // One timer covers the whole exchange, headers and body: it aborts the
  // fetch and settles the race even where a browser ignores the abort.
  const controller = new AbortController();
  let timedOut = false;
  let onTimeout: (error: Error) => void = () => {};
  const deadline = new Promise<never>((_, reject) => (onTimeout = reject));
  deadline.catch(() => {});
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
    onTimeout(new Error('timeout'));
  }, timeout);
  const validate = loadValidator();
  const fail = async (error: FeedError, problems: FeedProblem[] = []): Promise<FeedLoadResult> => {
    // The last good copy needs the validator too; wait for it a moment at most,
    // so a network that holds every request open cannot hold the message back.
    const reader = await Promise.race([validate, new Promise<undefined>((resolve) => setTimeout(resolve, 1000))]);
    const stale = reader?.readLastGood(url);
    return stale ? { ok: false, url, source, error, problems, stale } : { ok: false, url, source, error, problems };
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
        fetch(url, { signal: controller.signal, credentials: 'same-origin', headers }),
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
    let reader: Reader | undefined;
    try {
      reader = await Promise.race([validate, deadline]);
    } catch {
      return fail(timeoutError());
    }
    if (!reader)
      return fail({
        kind: 'network',
        message: `The feed validator (a file beside the script) could not be loaded, so ${url} could not be read.`,
      });
    const parsed = reader.parseFeed(json, url);
    if (!parsed.ok)
      return fail({ kind: 'shape', message: `The file at ${url} is not a wellbeing feed.` }, parsed.problems);
    reader.writeLastGood(url, text);
    return { ok: true, url, source, feed: parsed.feed, problems: parsed.problems, leftOut: parsed.leftOut };
  } finally {
    clearTimeout(timer);
  }
}

// ---- last good copy -------------------------------------------------------

// Kept in last-good-copy.ts, which comes in the validator's file.
/** Largest feed we keep a copy of, in characters. */
export const MAX_LAST_GOOD_SIZE = 1_000_000;
/** How many feeds we keep copies of; the oldest is dropped first. */
export const MAX_LAST_GOOD_FEEDS = 5;
