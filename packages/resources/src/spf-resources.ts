import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  SpfWidget,
  formStyles,
  SpfListenRequestEvent,
  formatDate,
  lazyModule,
  skeletonLines,
  type FeedState,
} from '@spf-wellbeing/core';
import { focusLater } from '@spf-wellbeing/core/internal';
import { RESOURCE_TYPES, pickText, type Feed, type LocalText } from '@spf-wellbeing/feed';
import { strings, type StringKey } from './strings.js';
import { skeletonStyles, styles } from './spf-resources.styles.js';
import { SearchIndex, fold, type IndexedResource, type SearchOutcome, type SortOrder } from './search-index.js';
import { UrlStateController, type UrlState, type UrlStep, type UrlSync } from './url-state-controller.js';
import { SpfFilterChangeEvent, SpfResourceOpenEvent } from './events.js';

type Ready = Extract<FeedState, { status: 'ready' }>;
type Group = 'topics' | 'organisations' | 'types';
type Layout = 'list' | 'cards' | 'compact';

interface Option {
  id: string;
  label: string;
}

/** The filter options a pool of resources offers, worked out once per pool. */
interface Pool {
  /** The resources the page's fixed filters allow. */
  index: SearchIndex;
  topics: Option[];
  organisations: Option[];
  types: Option[];
}

/** The `sync-url` code: loaded only by lists that keep their view in the URL. */
const urlCode = lazyModule(() => import('./url-state.js'));

/** A resource type's string key: `case-study` is `typeCaseStudy`. */
const typeKey = (type: string) =>
  `type${type.replace(/(?:^|-)(.)/g, (_, letter: string) => letter.toUpperCase())}` as StringKey;

const SORTS: readonly SortOrder[] = ['relevance', 'newest', 'title'];
const LAYOUTS: readonly Layout[] = ['list', 'cards', 'compact'];
/** Width of the element at which the filters sit beside the results and start open. */
const WIDE = 640;

const ids = (value: string | undefined) =>
  new Set(
    (value ?? '')
      .split(',')
      .map((each) => each.trim())
      .filter(Boolean),
  );

/**
 * @summary A searchable, filterable list of health and wellbeing resources from the feed.
 *
 * Staff search by words (case, accents and punctuation do not matter, and every
 * word must match), filter by topic, organisation and type, and page through
 * the results. Only the page on screen is in the DOM, however long the feed.
 * The number of results is announced politely, without moving focus.
 *
 * ```html
 * <spf-resources feed="https://trust.example/wellbeing.json" topic="bullying-harassment" sync-url></spf-resources>
 * ```
 *
 * @attr feed - URL of the feed. Without it, an enclosing `<spf-feed>`, or the embedded default feed.
 * @attr topic - Comma-separated topic ids. Only resources with one of these topics are listed.
 * @attr organisation - Comma-separated organisation ids. Only resources from one of these are listed.
 * @attr type - Comma-separated resource types (`guide`, `toolkit`, `podcast` …). Only these types are listed.
 * @attr query - The search text to start with. It follows what the reader types.
 * @attr page-size - Results per page, 1 to 100. Default 10.
 * @attr sort - `relevance` (default: best title matches first, otherwise feed order), `newest` or `title`.
 * @attr hide-search - Leaves out the search box.
 * @attr hide-filters - Leaves out the filters.
 * @attr layout - `list` (default), `cards` (a responsive grid) or `compact` (a dense list: one line of summary, no topics).
 * @attr heading-level - Level of the element's main heading, 1 to 6. Default 2; result titles are one level below.
 * @attr sync-url - Keeps the search, filters and page in the page's URL (`?spf-q=…&spf-topic=…&spf-page=2`), so a view can be shared and Back works. Give it a value to change the `spf` prefix, for two lists on one page.
 * @attr lang - Language of the interface and of feed text: `en` or `cy`. Inherited from the page when not set.
 * @attr feed-timeout - Milliseconds to wait for the feed. Default 10000.
 *
 * @fires spf-resource-open - A result's link was followed. Detail: `{id, url}`. Cancelable: `preventDefault()` stops the browser following the link.
 * @fires spf-filter-change - The reader changed the search or the filters. Detail: `{query, topics, organisations, types}` (the reader's choices, as arrays of ids).
 * @fires spf-listen-request - The reader chose "Listen" on a podcast. Detail: `{episode, resource}`. A `<spf-podcast-player>` that plays it cancels the event; otherwise the link opens the resource.
 * @fires spf-feed-load - The feed loaded. Detail: `{url, feed, problems}`.
 * @fires spf-feed-error - The feed failed to load. Detail: `{url, message, kind, problems}`.
 *
 * @slot - Fallback content, such as a plain list of links. It shows until the element upgrades, and again if the feed cannot be loaded.
 *
 * @csspart base - The element's outer wrapper.
 * @csspart heading - The main heading.
 * @csspart search - The search form.
 * @csspart filters - The filters disclosure.
 * @csspart status - The live result count, and the "no matches" message.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart listen - A podcast result's "Listen" link.
 * @csspart no-matches - The hints and buttons shown when nothing matches.
 * @csspart empty - The message shown when the feed has no resources.
 * @csspart pagination - Previous and Next, with the page number.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message with Retry.
 *
 * @cssprop [--spf-resources-loading-block-size=auto] - Space kept while the feed loads; by default the search, the filters and `page-size` cards.
 * @cssprop [--spf-resources-loading-item-block-size=13rem] - Height of each card kept while loading (10rem from 40em wide).
 */
export class SpfResources extends SpfWidget<StringKey> {
  static override styles = [...SpfWidget.styles, formStyles, styles, skeletonStyles];

  /** Its loading space is its skeleton's `page-size` cards, not a size in CSS: it renders at once. */
  protected static override firstRenderWaits = false;

  static override properties = {
    ...SpfWidget.properties,
    topic: { reflect: true },
    organisation: { reflect: true },
    type: { reflect: true },
    query: {},
    pageSize: { attribute: 'page-size', type: Number, reflect: true },
    sort: { reflect: true },
    hideSearch: { attribute: 'hide-search', type: Boolean, reflect: true },
    hideFilters: { attribute: 'hide-filters', type: Boolean, reflect: true },
    layout: { reflect: true },
    syncUrl: { attribute: 'sync-url', reflect: true },
    topics: { state: true, attribute: false },
    organisations: { state: true, attribute: false },
    types: { state: true, attribute: false },
    page: { state: true, attribute: false },
    filtersOpen: { state: true, attribute: false },
    wide: { state: true, attribute: false },
  };

  /** Comma-separated topic ids that fix a pre-filter. */
  declare topic?: string;
  /** Comma-separated organisation ids that fix a pre-filter. */
  declare organisation?: string;
  /** Comma-separated resource types that fix a pre-filter. */
  declare type?: string;
  /** The search text. Set it to search; it follows what the reader types. */
  declare query: string;
  /** Results per page. Default 10. */
  declare pageSize: number;
  /** `relevance`, `newest` or `title`. */
  declare sort: SortOrder;
  /** Leaves out the search box. */
  declare hideSearch: boolean;
  /** Leaves out the filters. */
  declare hideFilters: boolean;
  /** `list`, `cards` or `compact`. */
  declare layout: Layout;
  /** Present (or `true`) to keep the view in the URL; a word to use as the parameter prefix instead of `spf`. */
  declare syncUrl?: string | boolean | null;

  /** Topic ids the reader chose. @internal */
  declare protected topics: string[];
  /** Organisation ids the reader chose. @internal */
  declare protected organisations: string[];
  /** Resource types the reader chose. @internal */
  declare protected types: string[];
  /** The page on screen, from 1. @internal */
  declare protected page: number;
  /** Whether the filters disclosure is open; undefined until the element has measured its width. @internal */
  declare protected filtersOpen?: boolean;
  /** Whether the element is wide enough for the filters to sit beside the results. @internal */
  declare protected wide: boolean;

  /** Formatted numbers and plural strings for this render's language: `Intl` objects are slow to make. */
  private strCache = new Map<string, string>();
  private strCacheLang?: string;
  /** The reader's language, worked out once per render. */
  private renderLang = 'en';

  private resizeObserver?: ResizeObserver;
  private resizeFrame = 0;

  /** `sync-url`: reads the view from the URL and writes it back. */
  private readonly url: UrlSync = new UrlStateController(this, {
    prefix: () => this.urlPrefix,
    code: urlCode,
    load: () => this.whenLoaded(urlCode),
    // The state's names are the element's: query, topics, organisations, types and page.
    apply: (state) => Object.assign(this, state),
  });

  /** The search index of the feed in the reader's language. */
  private index?: SearchIndex;
  private poolMemo?: { index: SearchIndex; key: string; pool: Pool; uiLang: string };

  constructor() {
    super(strings);
    this.query = '';
    this.pageSize = 10;
    this.sort = 'relevance';
    this.hideSearch = false;
    this.hideFilters = false;
    this.layout = 'list';
    this.topics = [];
    this.organisations = [];
    this.types = [];
    this.page = 1;
    this.wide = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const width = entries[entries.length - 1]?.contentRect.width ?? 0;
        // Re-laying out inside the observer's callback would start a loop: wait a frame.
        cancelAnimationFrame(this.resizeFrame);
        this.resizeFrame = requestAnimationFrame(() => (this.wide = width >= WIDE));
      });
      this.resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    cancelAnimationFrame(this.resizeFrame);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Filters start open where there is room for them beside the results, and
    // closed on a small screen. The host's width comes from the page, not from us.
    if (this.filtersOpen === undefined && this.feedState.status === 'ready' && this.isConnected) {
      const width = this.getBoundingClientRect().width;
      if (width > 0) this.filtersOpen = width >= WIDE;
    }
    // A new fixed filter, order or page size starts again from the first page.
    if (
      this.hasUpdated &&
      ['topic', 'organisation', 'type', 'sort', 'pageSize'].some((name) => changed.has(name as keyof SpfResources))
    ) {
      this.page = 1;
    }
    if (changed.has('strings')) {
      this.strCache.clear();
      this.poolMemo = undefined;
    }
  }

  /** With `sync-url`, the first render waits for its code, so the list never shows the wrong view first. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return !this.url.pending && super.shouldUpdate(changed);
  }

  /** The URL parameter prefix, or undefined when `sync-url` is off. */
  private get urlPrefix(): string | undefined {
    const value = this.syncUrl;
    if (value === null || value === undefined || value === false || value === 'false') return undefined;
    if (typeof value === 'string' && value.trim() && value.trim() !== 'true') return value.trim();
    return 'spf';
  }

  override render() {
    const lang = this.l10n.lang;
    if (lang !== this.strCacheLang) {
      this.strCache.clear();
      this.strCacheLang = lang;
    }
    this.renderLang = lang;
    return html`<section part="base" class="base layout-${this.currentLayout}" aria-labelledby="spf-resources-heading">
      ${this.heading(0, this.l10n.term('heading'), { id: 'spf-resources-heading', part: 'heading' })}
      ${this.renderFeedState((state) => this.renderReady(state))}
    </section>`;
  }

  /** The search, the filters and `page-size` cards, so the list to come takes the space kept for it. */
  protected override renderSkeleton() {
    const cards = Array.from(
      { length: this.currentPageSize },
      () => html`<div class="skeleton-card">${skeletonLines(4)}</div>`,
    );
    return html`${skeletonLines(2)}
      <div class="skeleton-block"></div>
      <div class="skeleton-block"></div>
      ${skeletonLines(1)}${cards}`;
  }

  private get currentLayout(): Layout {
    return LAYOUTS.includes(this.layout) ? this.layout : 'list';
  }

  private get currentSort(): SortOrder {
    return SORTS.includes(this.sort) ? this.sort : 'relevance';
  }

  private get currentPageSize(): number {
    const size = Math.floor(Number(this.pageSize));
    return Number.isFinite(size) && size >= 1 ? Math.min(size, 100) : 10;
  }

  // ---- data ----

  private pool(feed: Feed): Pool {
    const lang = this.l10n.lang;
    const locale = this.l10n.locale;
    if (!this.index?.isFor(feed, lang, locale)) this.index = SearchIndex.build(feed, lang, locale);
    const index = this.index;
    const key = [this.topic, this.organisation, this.type].join('\n');
    const uiLang = this.l10n.uiLang;
    const memo = this.poolMemo;
    if (memo && memo.index === index && memo.key === key && memo.uiLang === uiLang) return memo.pool;

    const fixedTopics = ids(this.topic);
    const fixedOrganisations = ids(this.organisation);
    const fixedTypes = ids(this.type);
    const narrowed = index.narrow(
      (resource) =>
        (!fixedTopics.size || resource.topics.some((topic) => fixedTopics.has(topic))) &&
        (!fixedOrganisations.size || fixedOrganisations.has(resource.organisation ?? '')) &&
        (!fixedTypes.size || fixedTypes.has(resource.type)),
    );
    const topicsPresent = new Set<string>();
    const organisationsPresent = new Set<string>();
    const typesPresent = new Set<string>();
    for (const { resource } of narrowed.items) {
      for (const topic of resource.topics) topicsPresent.add(topic);
      if (resource.organisation) organisationsPresent.add(resource.organisation);
      typesPresent.add(resource.type);
    }
    const text = (value: LocalText | undefined) => this.l10n.text(value, feed.language);
    const pool: Pool = {
      index: narrowed,
      topics: feed.topics
        .filter((topic) => topicsPresent.has(topic.id))
        .map((topic) => ({ id: topic.id, label: text(topic.name) })),
      organisations: feed.organisations
        .filter((organisation) => organisationsPresent.has(organisation.id))
        .map((organisation) => {
          const label = text(organisation.name);
          return { id: organisation.id, label, key: fold(label) };
        })
        // Alphabetical, accents, case and punctuation set aside (as a collator's base strength does), without
        // an Intl.Collator: a page's first costs a phone (CPU 4× slower) 40 ms or more.
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
      types: [...RESOURCE_TYPES, 'other' as const]
        .filter((type) => typesPresent.has(type))
        .map((type) => ({ id: type, label: this.typeLabel(type) })),
    };
    this.poolMemo = { index, key, pool, uiLang };
    return pool;
  }

  /** The reader's choices that the pool offers; a stale id (from an old URL) is ignored. */
  private chosen(pool: Pool, group: Group): Set<string> {
    const offered = new Set(pool[group].map((option) => option.id));
    return new Set(this[group].filter((id) => offered.has(id)));
  }

  private outcome(pool: Pool): SearchOutcome {
    const topics = this.chosen(pool, 'topics');
    const organisations = this.chosen(pool, 'organisations');
    const types = this.chosen(pool, 'types');
    return pool.index.search(this.query ?? '', { topics, organisations, types }, this.currentSort);
  }

  private cached(key: string, make: () => string): string {
    let value = this.strCache.get(key);
    if (value === undefined) this.strCache.set(key, (value = make()));
    return value;
  }

  private typeLabel(type: string): string {
    return this.cached(`t${type}`, () =>
      this.l10n.term((RESOURCE_TYPES as readonly string[]).includes(type) ? typeKey(type) : 'typeOther'),
    );
  }

  /** How many filter options the reader has chosen that the list offers. Set on each render. */
  private chosenCount = 0;

  // ---- rendering ----

  private renderReady({ feed }: Ready): TemplateResult {
    const pool = this.pool(feed);
    if (!pool.index.items.length) {
      return html`<p class="empty" part="empty">${this.l10n.term('emptyFeed')}</p>`;
    }
    const outcome = this.outcome(pool);
    this.chosenCount =
      this.chosen(pool, 'topics').size + this.chosen(pool, 'organisations').size + this.chosen(pool, 'types').size;
    const total = outcome.results.length;
    const pages = Math.max(1, Math.ceil(total / this.currentPageSize));
    const page = Math.min(Math.max(1, this.page), pages);
    const shown = outcome.results.slice((page - 1) * this.currentPageSize, page * this.currentPageSize);
    const showFilters =
      !this.hideFilters &&
      (pool.topics.length > 1 || pool.organisations.length > 1 || pool.types.length > 1 || this.chosenCount > 0);

    return html`<div class="layout ${showFilters ? 'has-filters' : ''} ${this.wide ? 'wide' : ''}">
      ${this.hideSearch ? nothing : this.renderSearch()} ${showFilters ? this.renderFilters(pool, outcome) : nothing}
      <div class="main">
        ${this.renderStatus(total)}
        ${
          total
            ? // eslint-disable-next-line lit-a11y/click-events-have-key-events -- delegated: the clicks come from the links inside, which keys activate too
              html`<ol
                class="results"
                part="results"
                tabindex="-1"
                aria-label=${this.l10n.term('resultsLabel')}
                @click=${this.onResultClick}
              >
                ${shown.map((item) => this.renderResult(feed, item))}
              </ol>`
            : this.renderNoMatches()
        }
        ${pages > 1 ? this.renderPagination(page, pages) : nothing}
      </div>
    </div>`;
  }

  private renderSearch(): TemplateResult {
    return html`<form class="search" part="search" role="search" @submit=${(event: Event) => event.preventDefault()}>
      <label for="search" class="label">${this.l10n.term('searchLabel')}</label>
      <p id="search-hint" class="hint">${this.l10n.term('searchHint')}</p>
      <input
        id="search"
        type="search"
        autocomplete="off"
        enterkeyhint="search"
        aria-describedby="search-hint"
        .value=${live(this.query ?? '')}
        @input=${this.onSearchInput}
      />
    </form>`;
  }

  private renderFilters(pool: Pool, outcome: SearchOutcome): TemplateResult {
    const chosen = this.chosenCount;
    return html`<details
      class="filters"
      part="filters"
      ?open=${this.filtersOpen || chosen > 0}
      @toggle=${this.onFiltersToggle}
    >
      <summary>
        <span class="summary-text">${this.l10n.term('filtersLabel')}</span>
        ${chosen ? html`<span class="chosen">(${this.l10n.plural('filtersSelected', chosen)})</span>` : nothing}
      </summary>
      <div class="filter-groups">
        ${this.renderGroup('topics', 'topicLegend', pool.topics, outcome.topicCounts)}
        ${this.renderGroup('types', 'typeLegend', pool.types, outcome.typeCounts)}
        ${this.renderGroup('organisations', 'organisationLegend', pool.organisations, outcome.organisationCounts)}
        ${chosen ? html`<button type="button" class="secondary clear-all" @click=${this.clearFilters}>${this.l10n.term('clearAll')}</button>` : nothing}
      </div>
    </details>`;
  }

  private renderGroup(group: Group, legend: StringKey, options: Option[], counts: Map<string, number>): unknown {
    const chosen = new Set(this[group]);
    if (options.length < 2 && !options.some((option) => chosen.has(option.id))) return nothing;
    return html`<fieldset class="group">
      <legend>${this.l10n.term(legend)}</legend>
      ${options.map((option, i) => {
        const count = counts.get(option.id) ?? 0;
        return html`<div class="option">
          <input
            type="checkbox"
            id="${group}-${i}"
            data-group=${group}
            .value=${option.id}
            .checked=${live(chosen.has(option.id))}
            @change=${this.onFilterChange}
          />
          <label for="${group}-${i}"
            >${option.label}<span class="count" aria-hidden="true">
              (${this.cached(`n${count}`, () => this.l10n.number(count))})</span
            ><span class="visually-hidden"
              >, ${this.cached(`o${count}`, () => this.l10n.plural('optionCount', count))}</span
            ></label
          >
        </div>`;
      })}
    </fieldset>`;
  }

  private renderStatus(total: number): TemplateResult {
    const query = (this.query ?? '').trim();
    const message = total
      ? this.l10n.plural('resultsFound', total)
      : query
        ? this.l10n.term('noMatchesQuery', { query })
        : this.l10n.term('noMatchesFilters');
    return html`<p class="status ${total ? '' : 'none'}" part="status" role="status">${message}</p>`;
  }

  private renderNoMatches(): TemplateResult {
    const query = (this.query ?? '').trim();
    return html`<div class="no-matches" part="no-matches">
      <p>${this.l10n.term('noMatchesHint')}</p>
      <div class="actions">
        ${query ? html`<button type="button" class="secondary" @click=${this.clearSearch}>${this.l10n.term('clearSearch')}</button>` : nothing}
        ${this.chosenCount ? html`<button type="button" class="secondary" @click=${this.clearFilters}>${this.l10n.term('clearAll')}</button>` : nothing}
      </div>
    </div>`;
  }

  private renderResult(feed: Feed, { resource }: IndexedResource): TemplateResult {
    const text = (value: LocalText | undefined) => pickText(value, this.renderLang, feed.language);
    const title = text(resource.title);
    const organisation = resource.organisation
      ? feed.organisations.find((each) => each.id === resource.organisation)
      : undefined;
    const topics = resource.topics
      .map((id) => feed.topics.find((topic) => topic.id === id))
      .filter((topic) => topic !== undefined)
      .map((topic) => text(topic.name));
    return html`<li class="result" part="result">
      ${this.heading(1, html`<a href=${resource.url} data-action="open" data-id=${resource.id}>${title}</a>`, { className: 'title' })}
      <p class="meta">
        <span class="type">${this.typeLabel(resource.type)}</span>${
          organisation
            ? html`<span class="organisation"
                ><span class="visually-hidden">${this.l10n.term('organisationLabel')} </span
                >${text(organisation.name)}</span
              >`
            : nothing
        }${
          resource.published
            ? html`<span class="date"
                ><time datetime=${resource.published}
                  >${this.cached(`d${resource.published}`, () => this.l10n.term('published', { date: formatDate(this.l10n, resource.published!) }))}</time
                ></span
              >`
            : nothing
        }
      </p>
      ${resource.summary ? html`<p class="summary">${text(resource.summary)}</p>` : nothing}
      ${
        topics.length
          ? html`<p class="topics">
              <span class="visually-hidden">${this.l10n.term('topicsLabel')} </span>${topics.join(', ')}
            </p>`
          : nothing
      }
      ${
        resource.episode
          ? html`<p class="listen-row">
              <a
                class="button secondary listen"
                part="listen"
                href=${resource.url}
                data-action="listen"
                data-id=${resource.id}
                data-episode=${resource.episode}
                aria-label=${this.l10n.term('listenLabel', { title })}
                ><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <path d="M8 5v14l11-7z"></path></svg
                >${this.l10n.term('listen')}</a
              >
            </p>`
          : nothing
      }
    </li>`;
  }

  private renderPagination(page: number, pages: number): TemplateResult {
    return html`<nav class="pagination" part="pagination" aria-label=${this.l10n.term('paginationLabel')}>
      ${
        page > 1
          ? this.pageButton('previous', page - 1, html`<span aria-hidden="true">‹</span> ${this.l10n.term('previous')}`)
          : nothing
      }
      <p class="page-of">
        ${this.l10n.term('pageOf', { page: this.l10n.number(page), pages: this.l10n.number(pages) })}
      </p>
      ${page < pages ? this.pageButton('next', page + 1, html`${this.l10n.term('next')} <span aria-hidden="true">›</span>`) : nothing}
    </nav>`;
  }

  private pageButton(which: 'previous' | 'next', page: number, content: TemplateResult): TemplateResult {
    return html`<button
      type="button"
      class="secondary ${which}"
      aria-label=${this.l10n.term(`${which}Label`)}
      @click=${() => this.goToPage(page)}
    >
      ${content}
    </button>`;
  }

  // ---- reader actions ----

  private readonly onSearchInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.page = 1;
    this.changed('query');
  };

  private readonly onFiltersToggle = (event: Event): void => {
    this.filtersOpen = (event.target as HTMLDetailsElement).open;
  };

  private readonly onFilterChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const group = input.dataset.group as Group;
    const current = this[group].filter((id) => id !== input.value);
    this[group] = input.checked ? [...current, input.value] : current;
    this.page = 1;
    this.changed('other');
  };

  private readonly clearFilters = async (): Promise<void> => {
    this.topics = [];
    this.organisations = [];
    this.types = [];
    this.page = 1;
    this.changed('other');
    await focusLater(this, '.filters summary');
  };

  private readonly clearSearch = async (): Promise<void> => {
    this.query = '';
    this.page = 1;
    this.changed('other');
    await focusLater(this, '#search');
  };

  private async goToPage(page: number): Promise<void> {
    this.page = page;
    this.url.write(this.urlState(), 'other');
    await focusLater(this, '.results');
  }

  /** The reader's search and filters, as new arrays. */
  private choices() {
    return {
      query: this.query ?? '',
      topics: [...this.topics],
      organisations: [...this.organisations],
      types: [...this.types],
    };
  }

  /** What `sync-url` keeps in the URL. */
  private urlState(): UrlState {
    return { ...this.choices(), page: this.page };
  }

  /** After a change by the reader: tell the page, and update the URL. */
  private changed(kind: UrlStep): void {
    const change = new SpfFilterChangeEvent(this.choices());
    this.dispatchEvent(change);
    this.url.write(this.urlState(), kind);
  }

  private readonly onResultClick = (event: MouseEvent): void => {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[data-action]');
    if (!link) return;
    const id = link.dataset.id ?? '';
    const url = link.href;
    // A click with a modifier opens a new tab or window: leave it to the browser.
    const plain = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
    if (link.dataset.action === 'listen' && plain) {
      const request = new SpfListenRequestEvent({ episode: link.dataset.episode ?? '', resource: id });
      this.dispatchEvent(request);
      if (request.defaultPrevented) {
        event.preventDefault();
        return;
      }
    }
    const open = new SpfResourceOpenEvent({ id, url });
    this.dispatchEvent(open);
    if (open.defaultPrevented && plain) event.preventDefault();
  };
}
