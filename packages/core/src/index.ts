export { SpfElement } from './spf-element.js';
export { SpfWidget, skeletonLines } from './spf-widget.js';
export { NearViewportController, type LoadingMode } from './near-viewport.js';
export {
  FeedController,
  stateFromResult,
  type FeedState,
  type ElementFeedSource,
  type FeedHost,
  type FeedControllerOptions,
} from './feed-controller.js';
export { feedContext } from './feed-context.js';
export { DEFAULT_FEED_URL, type FeedSource } from '@spf-wellbeing/feed';
export { baseStyles } from './styles.js';
export { formStyles } from './form-styles.js';
export {
  LocalizeController,
  mergeTranslations,
  languageOf,
  type Message,
  type Messages,
  type Translations,
  type StringOverrides,
  type Values,
} from './localize.js';
export { coreStrings, type CoreStringKey } from './core-strings.js';
export { formatDate } from './format-date.js';
export {
  SpfEvent,
  SpfFeedLoadEvent,
  SpfFeedErrorEvent,
  type SpfFeedLoadDetail,
  type SpfFeedErrorDetail,
} from './events.js';
export { safeUrl, pickText } from '@spf-wellbeing/feed';
export { SpfFeed } from './spf-feed/spf-feed.js';
export { heading, clampHeadingLevel } from './heading.js';
export { lazyModule, type LazyModule } from './lazy-module.js';
export { SpfListenRequestEvent, type SpfListenRequestDetail } from './listen-request.js';
