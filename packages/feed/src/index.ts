export * from './types.js';
export { parseFeed, emptyFeed, MAX_TEXT_LENGTH, MAX_ITEMS } from './parse-feed.js';
export { isJsonFeed, fromJsonFeed } from './json-feed.js';
export { safeUrl, SAFE_URL_PROTOCOLS } from './safe-url.js';
export {
  loadFeed,
  validateFeed,
  clearFeedRequests,
  subscribeFeed,
  settledFeed,
  absoluteFeedUrl,
  feedKey,
  DEFAULT_FEED_URL,
  DEFAULT_TIMEOUT,
  MAX_LAST_GOOD_FEEDS,
  MAX_LAST_GOOD_SIZE,
  type FeedError,
  type FeedErrorKind,
  type FeedLoadResult,
  type FeedSource,
  type LoadFeedOptions,
  type StaleCopy,
} from './load-feed.js';
export { pickText } from './pick-text.js';
