import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { baseStyles } from './styles.js';
import { SpfElement } from './spf-element.js';
import { FeedController, type FeedState } from './feed-controller.js';
import { LocalizeController, mergeTranslations, type StringOverrides, type Translations } from './localize.js';
import { coreStrings, type CoreStringKey } from './core-strings.js';
import { clampHeadingLevel, heading } from './heading.js';
import type { LazyModule } from './lazy-module.js';
import type { FeedErrorKind } from '@spf-wellbeing/feed';
import { intl } from './internal/intl.js';
import { NearViewportController, type LoadingMode } from './near-viewport.js';
import { takeTurn } from './internal/turns.js';

let stateSelectors: boolean | undefined;
/** Whether CSS matches custom states (`:state()`), so an element waiting for its first render keeps its space. */
const waitingKeepsSpace = () => (stateSelectors ??= CSS.supports('selector(:state(waiting))'));

/** `count` grey lines of text, for skeletons. */
export function skeletonLines(count: number): TemplateResult[] {
  return Array.from({ length: count }, () => html`<div class="skeleton-line"></div>`);
}

/**
 * What every widget shares: a `feed` attribute, the feed's state, strings in
 * the reader's language, and the loading, error and saved-copy states.
 *
 * Subclasses render `renderReady(feed)`; everything before that is here, so
 * the path from feed to screen is the same in every element.
 */
export abstract class SpfWidget<Key extends string = CoreStringKey> extends SpfElement {
  static override styles = [baseStyles];

  // Declared without decorators, so the class stays free of side effects and
  // bundlers drop what a page does not use.
  static override properties = {
    feed: { reflect: true },
    feedTimeout: { attribute: 'feed-timeout', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    loading: { reflect: true },
    strings: { attribute: false },
  };

  /** URL of the feed. Without it the element uses an enclosing `<spf-feed>`, or the embedded default feed. */
  declare feed?: string;

  /** Milliseconds to wait for the feed before showing an error. Default 10000. */
  declare feedTimeout?: number;

  /** Level of the element's main heading (1 to 6), so it fits the host page's outline. Default 2. */
  declare headingLevel: number;

  /**
   * `lazy` waits until the element is within about one viewport of the screen before it fetches its feed,
   * media or parts; `eager` (the default) starts at once. A player's controls and audio are lazy unless
   * `eager` is set: far from the screen it shows its episode's title, Play and the download link.
   */
  declare loading?: LoadingMode;

  /** Whether the element has started: not `lazy`, or `lazy` and near the screen. Until then it shows its skeleton. */
  protected readonly nearViewport = new NearViewportController(this, () =>
    this.loading === 'lazy' ? 'lazy' : 'eager',
  );

  /** Overrides for UI strings, by language: `{ cy: { retry: '…' } }`. Attributes `data-i18n-<key>` also work. */
  declare strings?: StringOverrides;

  get feedUrl(): string | undefined {
    return this.feed;
  }

  /** True until a lazy element comes near the screen: its feed is not asked for yet. */
  get feedDeferred(): boolean {
    return !this.nearViewport.started;
  }

  protected readonly feedController = new FeedController(this);
  protected readonly l10n: LocalizeController<Key | CoreStringKey>;

  constructor(translations: Translations<Key>) {
    super();
    this.headingLevel = 2;
    this.l10n = new LocalizeController(this, mergeTranslations(coreStrings, translations));
  }

  /**
   * Waits for the reader's language: an element whose Welsh strings are still
   * loading keeps what it shows (or nothing, at first) rather than flashing
   * English. The strings arrive in a few milliseconds from the same server.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return this.l10n.ready && super.shouldUpdate(changed);
  }

  /** Loads of parts this element asked for and is waiting on (see `lazy`). */
  private readonly pendingLoads = new Map<LazyModule<unknown>, Promise<unknown>>();

  /**
   * A part loaded on first use: the module when it has loaded, or `undefined`
   * while it loads (the element renders again when it arrives) and after a
   * failed load (until something calls `whenLoaded` again, such as Retry).
   */
  protected lazy<M>(part: LazyModule<M>): M | undefined {
    if (!part.module && !part.failed) void this.whenLoaded(part);
    return part.module;
  }

  /** Loads a part, asking again if it failed before; the element renders again when it settles, and `updateComplete` waits for it. */
  protected whenLoaded<M>(part: LazyModule<M>): Promise<M | undefined> {
    if (part.module) return Promise.resolve(part.module);
    let pending = this.pendingLoads.get(part) as Promise<M | undefined> | undefined;
    if (!pending) {
      pending = part.load().then((module) => {
        this.pendingLoads.delete(part);
        this.requestUpdate();
        return module;
      });
      this.pendingLoads.set(part, pending);
    }
    return pending;
  }

  /** Whether the element shows its feed's content, not its skeleton: drawing it waits for a turn (see `scheduleUpdate`). */
  protected contentDrawn = false;

  private get contentWanted(): boolean {
    return this.feedState.status === 'ready' && this.nearViewport.started;
  }

  /**
   * Whether the element's first render may wait for its turn. It may where
   * the space it keeps while loading is a size in CSS, so the host keeps it
   * before anything renders (see `:host(:state(waiting))` in styles.ts).
   */
  protected static firstRenderWaits = true;

  private readonly internals = this.attachInternals();

  /**
   * The first render, and the update that first draws the feed's content,
   * wait for a turn (internal/turns.ts), so forty elements do not draw in
   * one long task; `updateComplete` waits with them. The first render is
   * never in the task that upgraded the element: that task ran the bundle,
   * and is long enough already. A feed in hand at the first render shows in
   * it. Other updates go at once.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // Undefined where the engine has no custom states (Safari before 17.4): the element then renders at once.
    const states = this.internals.states as CustomStateSet | undefined;
    const first = !this.hasUpdated;
    const update = () => {
      states?.delete('waiting');
      this.contentDrawn ||= this.contentWanted;
      return super.scheduleUpdate();
    };
    const waits = first
      ? !!states && waitingKeepsSpace() && (this.constructor as typeof SpfWidget).firstRenderWaits
      : this.contentWanted && !this.contentDrawn;
    if (!waits) return update();
    return new Promise<void>((done) => {
      // Drawn there and then (synchronously), so the turn's task counts it.
      const go = () => {
        void update();
        done();
      };
      if (takeTurn(() => !this.nearViewport.far, go, first)) go();
      else if (first) states?.add('waiting');
    });
  }

  /** `updateComplete` also waits for the reader's language and for parts still loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (!this.l10n.ready || this.pendingLoads.size) {
      await Promise.all([this.l10n.whenReady(), ...this.pendingLoads.values()]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** A heading `depth` levels below the element's main heading (0 is the main heading). */
  protected heading(depth: number, content: unknown, options?: Parameters<typeof heading>[2]) {
    return heading(clampHeadingLevel(this.headingLevel) + depth, content, options);
  }

  protected get feedState(): FeedState {
    return this.feedController.state;
  }

  /** Renders the loading and error states, or hands a ready feed to the subclass. */
  protected renderFeedState(ready: (state: Extract<FeedState, { status: 'ready' }>) => unknown): unknown {
    const state = this.feedState;
    if (state.status === 'loading' || !this.nearViewport.started || (state.status === 'ready' && !this.contentDrawn))
      return this.renderLoading();
    if (state.status === 'error') return this.renderFeedError(state);
    return html`${this.renderStaleNotice(state)}${ready(state)}${this.renderLeftOutNotice(state)}`;
  }

  /**
   * The loading state: one polite "Loading" for assistive technology, and a
   * skeleton, hidden from it, that takes roughly the space of what the element
   * will show, so nothing below it moves when the feed arrives.
   */
  protected renderLoading(): TemplateResult {
    // Far off screen (known from the first frame on) the space is kept without drawing the shape.
    return html`<div class="skeleton" part="skeleton" role="status" aria-busy="true">
      <span class="visually-hidden">${this.l10n.term('loading')}</span>
      ${
        this.nearViewport.far
          ? nothing
          : html`<div class="skeleton-shape" aria-hidden="true">${this.renderSkeleton()}</div>`
      }
    </div>`;
  }

  /** The shape of the element's content while it loads; each element draws its own. */
  protected renderSkeleton(): unknown {
    return skeletonLines(5);
  }

  protected renderFeedError(state: Extract<FeedState, { status: 'error' }>): TemplateResult {
    const { kind, status = '' } = state.error;
    // One message for each kind of failure: feedErrorNetwork, feedErrorHttp, feedErrorJson, … (typed, so none is missing).
    const message: `feedError${Capitalize<FeedErrorKind>}` & CoreStringKey = `feedError${
      (kind[0].toUpperCase() + kind.slice(1)) as Capitalize<FeedErrorKind>
    }`;
    return html`<div class="feed-error">
      <div class="error-summary" part="error" role="alert">
        <p class="heading">${this.l10n.term('feedErrorTitle')}</p>
        <p>${this.l10n.term(message, { status })}</p>
        <button type="button" class="secondary" part="retry-button" @click=${() => this.feedController.retry()}>
          ${this.l10n.term('retry')}
        </button>
      </div>
      <slot></slot>
    </div>`;
  }

  private renderStaleNotice(state: Extract<FeedState, { status: 'ready' }>): unknown {
    if (!state.stale) return nothing;
    return html`<div class="notice" part="stale-notice" role="status">
      <p>${this.l10n.term('staleNotice', { age: this.relativeAge(state.stale.savedAt) })}</p>
      <button type="button" class="secondary" @click=${() => this.feedController.retry()}>
        ${this.l10n.term('retry')}
      </button>
    </div>`;
  }

  private renderLeftOutNotice(state: Extract<FeedState, { status: 'ready' }>): unknown {
    const leftOut = state.problems.filter((problem) => problem.leftOut).length;
    if (!leftOut) return nothing;
    return html`<p class="left-out-notice" part="problems-notice">${this.l10n.plural('someItemsHidden', leftOut)}</p>`;
  }

  private relativeAge(savedAt: number): string {
    const seconds = Math.round((savedAt - Date.now()) / 1000);
    const units: [Intl.RelativeTimeFormatUnit, number][] = [
      ['day', 86400],
      ['hour', 3600],
      ['minute', 60],
    ];
    const format = intl(Intl.RelativeTimeFormat, this.l10n.locale, { numeric: 'auto' });
    for (const [unit, size] of units) {
      if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
    }
    return format.format(Math.min(0, Math.round(seconds / 60)), 'minute');
  }
}
