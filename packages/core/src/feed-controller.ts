import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextEvent } from '@lit/context';
import {
  absoluteFeedUrl,
  feedUpdates,
  loadFeed,
  type Feed,
  type FeedError,
  type FeedLoadResult,
  type FeedProblem,
} from '@spf-wellbeing/feed';
import { feedContext } from './feed-context.js';
import { loadDefaultFeed, DEFAULT_FEED_URL } from './default-feed-source.js';
import { SpfFeedErrorEvent, SpfFeedLoadEvent } from './events.js';

/** Where an element's feed is in its life: the one thing every element renders from. */
export type FeedState =
  | { status: 'loading'; url?: string }
  | {
      status: 'ready';
      url: string;
      feed: Feed;
      problems: FeedProblem[];
      /** Set when the network failed and a saved copy is shown instead. */
      stale?: { savedAt: number; error: FeedError };
    }
  | { status: 'error'; url: string; error: FeedError; problems: FeedProblem[] };

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** The feed URL from the `feed` (or `src`) attribute. */
  readonly feedUrl?: string | null;
  /** Milliseconds before a load gives up. */
  readonly feedTimeout?: number;
}

export interface FeedControllerOptions {
  /** Take the feed of an enclosing `<spf-feed>` when the host names none. Default true. */
  useProvider?: boolean;
  /** Called with each new state, after the host has been asked to update. */
  onChange?: (state: FeedState) => void;
}

/** Turns a load result into the state elements render. */
export function stateFromResult(result: FeedLoadResult): FeedState {
  if (result.ok) return { status: 'ready', url: result.url, feed: result.feed, problems: result.problems };
  if (result.stale) {
    return {
      status: 'ready',
      url: result.url,
      feed: result.stale.feed,
      problems: result.stale.problems,
      stale: { savedAt: result.stale.savedAt, error: result.error },
    };
  }
  return { status: 'error', url: result.url, error: result.error, problems: result.problems };
}

/**
 * Gives an element its feed: from its own `feed` URL, else from an enclosing
 * `<spf-feed>`, else the embedded default feed. One request per URL for the
 * whole page. Fires `spf-feed-load` or `spf-feed-error` on the host when a feed
 * the host asked for itself arrives or fails.
 */
export class FeedController implements ReactiveController {
  state: FeedState = { status: 'loading' };
  private source?: string;
  private generation = 0;
  private fromProvider = false;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: FeedHost,
    private readonly options: FeedControllerOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    feedUpdates.addEventListener('update', this.onFeedUpdate);
    this.source = undefined;
    // Not at once: a framework (React through @lit/react, Vue, Angular) may
    // set `feed` as a property just after it inserts the element, in the same
    // task. Starting now would fetch the default feed for nothing. The first
    // update resolves it too (hostUpdate), whichever comes first.
    queueMicrotask(() => {
      if (this.host.isConnected && this.source === undefined) this.resolve();
    });
  }

  hostDisconnected(): void {
    feedUpdates.removeEventListener('update', this.onFeedUpdate);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.generation++;
  }

  hostUpdate(): void {
    this.resolve();
  }

  /** Asks the network again for this element's feed, and for every element sharing it. */
  retry(): void {
    const url = this.state.url;
    if (!url || url === DEFAULT_FEED_URL) return;
    this.set({ status: 'loading', url });
    void loadFeed(url, { reload: true, timeout: this.host.feedTimeout });
  }

  private resolve(): void {
    const own = this.host.feedUrl?.trim() || '';
    const wanted = own ? absoluteFeedUrl(own) : this.options.useProvider === false ? DEFAULT_FEED_URL : 'provider';
    if (wanted === this.source) return;
    this.source = wanted;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    const generation = ++this.generation;
    this.fromProvider = false;
    if (wanted === 'provider') {
      this.askProvider(generation);
      return;
    }
    this.load(wanted, generation);
  }

  private load(url: string, generation: number): void {
    this.set({ status: 'loading', url });
    const request = url === DEFAULT_FEED_URL ? loadDefaultFeed() : loadFeed(url, { timeout: this.host.feedTimeout });
    void request.then((result) => {
      if (generation === this.generation) this.set(stateFromResult(result), result);
    });
  }

  private askProvider(generation: number): void {
    let answered = false;
    this.host.dispatchEvent(
      new ContextEvent(
        feedContext,
        this.host,
        (state, unsubscribe) => {
          if (generation !== this.generation) return unsubscribe?.();
          answered = true;
          this.fromProvider = true;
          this.unsubscribe = unsubscribe;
          this.set(state);
        },
        true,
      ),
    );
    if (answered) return;
    // A provider that is not defined yet answers once it is; otherwise use the default feed.
    const provider = this.host.closest('spf-feed');
    if (provider && !customElements.get('spf-feed')) {
      void customElements.whenDefined('spf-feed').then(() => {
        if (generation === this.generation) this.askProvider(generation);
      });
      return;
    }
    this.load(DEFAULT_FEED_URL, generation);
  }

  private readonly onFeedUpdate = (event: Event): void => {
    const result = (event as CustomEvent<FeedLoadResult>).detail;
    if (!this.fromProvider && result.url === this.state.url) this.set(stateFromResult(result), result);
  };

  private set(state: FeedState, result?: FeedLoadResult): void {
    this.state = state;
    this.host.requestUpdate();
    this.options.onChange?.(state);
    if (!result) return;
    if (result.ok)
      this.host.dispatchEvent(new SpfFeedLoadEvent({ url: result.url, feed: result.feed, problems: result.problems }));
    else
      this.host.dispatchEvent(
        new SpfFeedErrorEvent({
          url: result.url,
          message: result.error.message,
          kind: result.error.kind,
          problems: result.problems,
        }),
      );
  }
}
