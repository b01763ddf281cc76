import { validateFeed, type FeedLoadResult } from '@spf-wellbeing/feed';

/** The name the embedded default feed goes by in events and state. */
export const DEFAULT_FEED_URL = 'spf:default-feed';

let request: Promise<FeedLoadResult> | undefined;

/**
 * The embedded default feed, validated like any other. It is imported on
 * first use, so a page that names its own feed never downloads it.
 */
export function loadDefaultFeed(): Promise<FeedLoadResult> {
  request ??= import('@spf-wellbeing/default-feed').then(async ({ defaultFeedData, defaultFeedBaseUrl }) => {
    const parsed = await validateFeed(defaultFeedData, defaultFeedBaseUrl);
    if (!parsed) return unavailable();
    const { ok, feed, problems } = parsed;
    return ok
      ? { ok, url: DEFAULT_FEED_URL, feed, problems }
      : { ok, url: DEFAULT_FEED_URL, problems, error: { kind: 'shape', message: 'The default feed is not valid.' } };
  }, unavailable);
  return request;
}

/** The default feed's file, or the validator's, could not be fetched: a network error, tried again on Retry. */
function unavailable(): FeedLoadResult {
  request = undefined;
  return {
    ok: false,
    url: DEFAULT_FEED_URL,
    problems: [],
    error: { kind: 'network', message: 'The default feed could not be loaded.' },
  };
}
