import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import {
  absoluteFeedUrl,
  feedKey,
  loadFeed,
  subscribeFeed,
  settledFeed,
  type Feed,
  type FeedError,
  type FeedLoadResult,
  type FeedProblem,
  type FeedSource,
  type LeftOut,
} from '@spf-wellbeing/feed';
import { feedContext } from './feed-context.js';
import { SpfFeedErrorEvent, SpfFeedLoadEvent } from './events.js';

/** Where an element's feed is in its life: the one thing every element renders from. */
export type FeedState =
  | { status: 'loading'; url?: string }
  | {
      status: 'ready';
      url: string;
      source: FeedSource;
      feed: Feed;
      problems: FeedProblem[];
      /** How many items `parseFeed` left out, by list. */
      leftOut: LeftOut;
      /** Set when the network failed and a saved copy is shown instead. */
      stale?: { savedAt: number; error: FeedError };
    }
  | { status: 'error'; url: string; source: FeedSource; error: FeedError; problems: FeedProblem[] };

/**
 * Where an element takes its feed from: a URL, the embedded default feed, or
 * an enclosing `<spf-feed>` (the provider).
 */
export type ElementFeedSource = FeedSource | { kind: 'provider' };

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** The feed URL from the `feed` (or `src`) attribute. */
  readonly feedUrl?: string | null;
  /** Milliseconds before a load gives up. */
  readonly feedTimeout?: number;
  /** True while the host waits to start (a lazy element off screen): its feed is not asked for yet. */
  readonly feedDeferred?: boolean;
}

export interface FeedControllerOptions {
  /** Take the feed of an enclosing `<spf-feed>` when the host names none. Default true. */
  useProvider?: boolean;
  /** Called with each new state, after the host has been asked to update. */
  onChange?: (state: FeedState) => void;
}

/** Turns a load result into the state elements render. */
export function stateFromResult(result: FeedLoadResult): FeedState {
  const { url, source, problems } = result;
  if (result.ok) return { status: 'ready', url, source, problems, feed: result.feed, leftOut: result.leftOut };
  const { error, stale } = result;
  if (stale) {
    const { feed, leftOut, savedAt } = stale;
    return { status: 'ready', url, source, feed, problems: stale.problems, leftOut, stale: { savedAt, error } };
  }
  return { status: 'error', url, source, error, problems };
}

/**
 * Gives an element its feed: from its own `feed` URL, else from an enclosing
 * `<spf-feed>`, else the embedded default feed.
 *
 * One route for every update: a URL or the default feed is followed with
 * `subscribeFeed` (one request per feed for the whole page, and every result
 * after a Retry from any element); a `<spf-feed>` gives its state through Lit
 * context. Fires `spf-feed-load` or `spf-feed-error` on the host when a feed
 * the host follows itself arrives or fails.
 */
export class FeedController implements ReactiveController {
  state: FeedState = { status: 'loading' };
  /** Where the feed comes from, as text: `provider`, `default`, or the URL. */
  private sourceKey?: string;
  /** Changes with each source, so a provider that is defined late answers only the source that waited for it. */
  private generation = 0;
  private unsubscribe?: () => void;
  /** The latest state from an enclosing `<spf-feed>`, while connected. */
  private provided?: FeedState;
  private readonly consumer?: ContextConsumer<typeof feedContext, FeedHost>;

  constructor(
    private readonly host: FeedHost,
    private readonly options: FeedControllerOptions = {},
  ) {
    // Added before this controller, so the provider has answered by the time hostConnected runs.
    if (options.useProvider !== false) {
      this.consumer = new ContextConsumer(host, {
        context: feedContext,
        subscribe: true,
        callback: (state) => {
          this.provided = state;
          if (this.sourceKey !== 'provider') return;
          // A provider that answers late replaces the default feed taken meanwhile.
          this.unsubscribe?.();
          this.unsubscribe = undefined;
          this.set(state);
        },
      });
    }
    host.addController(this);
  }

  hostConnected(): void {
    this.sourceKey = undefined;
    // Not at once: a framework (React through @lit/react, Vue, Angular) may
    // set `feed` as a property just after it inserts the element, in the same
    // task. Starting now would fetch the default feed for nothing. The first
    // update resolves it too (hostUpdate), whichever comes first.
    queueMicrotask(() => {
      if (this.host.isConnected && this.sourceKey === undefined) this.resolve();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.provided = undefined;
    this.generation++;
  }

  hostUpdate(): void {
    this.resolve();
  }

  /** Asks again for this element's feed; every element showing that feed follows the new result. */
  retry(): void {
    const state = this.state;
    if (state.status === 'loading') return;
    this.set({ status: 'loading', url: state.url });
    void loadFeed(state.source, { reload: true, timeout: this.host.feedTimeout });
  }

  /**
   * The feed this element shows, or would show once it starts, if it is
   * already in hand: without asking for it. (A lazy player off screen uses it
   * to answer a "Listen" request at once.)
   */
  peek(): Feed | undefined {
    if (this.state.status === 'ready') return this.state.feed;
    const url = this.host.feedUrl?.trim();
    const provided = !url && this.options.useProvider !== false ? this.provided : undefined;
    const known = provided ?? settledFeed(url ? { kind: 'url', url: absoluteFeedUrl(url) } : { kind: 'default' });
    const state = known && 'status' in known ? known : known && stateFromResult(known);
    return state && state.status === 'ready' ? state.feed : undefined;
  }

  private resolve(): void {
    if (this.host.feedDeferred) return;
    const url = this.host.feedUrl?.trim();
    const wanted: ElementFeedSource = url
      ? { kind: 'url', url: absoluteFeedUrl(url) }
      : this.options.useProvider === false
        ? { kind: 'default' }
        : { kind: 'provider' };
    const key = wanted.kind === 'url' ? wanted.url : wanted.kind;
    if (key === this.sourceKey) return;
    this.sourceKey = key;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    const generation = ++this.generation;
    if (wanted.kind === 'provider') this.useProvider(generation);
    else this.follow(wanted);
  }

  private follow(source: FeedSource): void {
    // A feed already in hand shows in this render; the subscription below still tells the page (events).
    const known = settledFeed(source);
    this.set(known ? stateFromResult(known) : { status: 'loading', url: feedKey(source) });
    this.unsubscribe = subscribeFeed(source, (result) => this.set(stateFromResult(result), result), {
      timeout: this.host.feedTimeout,
    });
  }

  private useProvider(generation: number): void {
    if (this.provided) {
      this.set(this.provided);
      return;
    }
    // A provider that is not defined yet answers once it is; otherwise use the default feed.
    if (this.host.closest('spf-feed') && !customElements.get('spf-feed')) {
      this.set({ status: 'loading' });
      void customElements.whenDefined('spf-feed').then(() => {
        if (generation !== this.generation) return;
        this.consumer?.hostConnected(); // Asks the provider again.
        if (!this.provided) this.follow({ kind: 'default' });
      });
      return;
    }
    this.follow({ kind: 'default' });
  }

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
