import { css, html, nothing, type TemplateResult } from 'lit';
import {
  SpfElement,
  LocalizeController,
  baseStyles,
  clampHeadingLevel,
  coreStrings,
  heading,
  mergeTranslations,
  type CoreStringKey,
} from '@spf-wellbeing/core';
import { loadFeed, type Feed, type FeedLoadResult } from '@spf-wellbeing/feed';
import { EXTRA_FEED_ORIGINS } from './config.js';
import { EMBED_ELEMENT_NAMES, type EmbedElement } from './embed.js';
import {
  DEFAULT_HEIGHTS,
  MIN_HEIGHT,
  dropInCode,
  embedSrc,
  escapeHtml,
  helperCode,
  iframeCode,
  type EmbedChoice,
} from './embed-code.js';
import { pageStrings } from './page-strings.js';
import { strings, type StringKey } from './strings.js';

type FeedStatus =
  | { status: 'loading' }
  | { status: 'refused'; reason: 'scheme' | 'origin'; origin?: string }
  | { status: 'done'; result: FeedLoadResult };

type CodeKind = 'iframe' | 'helper' | 'dropIn';

const FEED_ERRORS: Record<string, CoreStringKey> = {
  network: 'feedErrorNetwork',
  http: 'feedErrorHttp',
  json: 'feedErrorJson',
  shape: 'feedErrorShape',
  timeout: 'feedErrorTimeout',
};

/**
 * The embed-code builder: an editor picks an element and its options from
 * the chosen feed, sees a live preview of the embed page, and copies an
 * iframe, the `spf-embed.js` line, or the drop-in snippet.
 *
 * @summary Makes embed code for the SPF wellbeing elements, with a live preview.
 *
 * @attr embed-page - Address of embed.html, relative to the page. Default `embed.html`. `spf-embed.js` and `spf-widgets.js` are beside it.
 * @attr heading-level - Level of the builder's main heading (1 to 6). Default 1.
 */
export class SpfEmbedBuilder extends SpfElement {
  static override properties = {
    embedPage: { attribute: 'embed-page' },
    headingLevel: { attribute: 'heading-level', type: Number },
    choice: { state: true },
    feedInput: { state: true },
    feedStatus: { state: true },
    heightInput: { state: true },
    announcement: { state: true },
  };

  static override styles = [
    baseStyles,
    css`
      :host {
        max-width: 60rem;
      }
      form,
      fieldset,
      .field,
      .code {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: calc(var(--_space) / 2);
      }
      .code {
        margin-top: var(--_space);
      }
      form {
        gap: calc(var(--_space) * 1.5);
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        min-width: 0;
        gap: var(--_space);
      }
      legend {
        padding: 0;
        margin-bottom: calc(var(--_space) / 2);
        font-size: 1.25em;
        font-weight: 700;
      }
      .choice {
        display: flex;
        align-items: center;
        gap: 12px;
        min-height: 44px;
      }
      .choice input {
        flex: none;
        width: 24px;
        height: 24px;
        margin: 0;
        accent-color: var(--_brand);
      }
      label {
        font-weight: 600;
      }
      .choice label {
        font-weight: 400;
      }
      .hint {
        margin: 0;
        color: var(--_text-secondary);
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: calc(var(--_space) / 2);
      }
      input[type='url'],
      input[type='number'],
      select,
      textarea {
        box-sizing: border-box;
        min-height: 44px;
        max-width: 100%;
        padding: 8px;
        border: 2px solid var(--_text);
        border-radius: 0;
        font: inherit;
        color: var(--_text);
        background: var(--_background);
      }
      input[type='url'] {
        flex: 1 1 16rem;
      }
      input[type='number'] {
        width: 8em;
      }
      textarea {
        width: 100%;
        min-height: 7em;
        font-family: ui-monospace, Menlo, Consolas, monospace;
        font-size: 0.875em;
        resize: vertical;
      }
      .problem {
        border-left: 4px solid var(--_error);
        padding-left: 12px;
      }
      .preview {
        display: block;
        width: 100%;
        border: 1px solid var(--_border);
      }
      h2,
      h3,
      h4 {
        margin: 0;
      }
    `,
  ];

  /** Address of embed.html, relative to the page. */
  declare embedPage: string;
  declare headingLevel: number;
  declare choice: EmbedChoice;
  declare feedInput: string;
  declare feedStatus: FeedStatus;
  declare heightInput: string;
  declare announcement: string;

  /** Origins whose feeds the embed page shows besides its own: as it was built. */
  allowedOrigins: readonly string[] = EXTRA_FEED_ORIGINS;

  private readonly l10n = new LocalizeController<StringKey | CoreStringKey>(
    this,
    mergeTranslations(coreStrings, strings),
  );
  private generation = 0;

  constructor() {
    super();
    this.embedPage = 'embed.html';
    this.headingLevel = 1;
    this.choice = {
      element: 'resources',
      feed: '',
      topic: '',
      episode: '',
      series: '',
      checkin: '',
      history: false,
      diagnostic: '',
      lang: '',
      height: DEFAULT_HEIGHTS.resources,
    };
    this.feedInput = '';
    this.heightInput = String(DEFAULT_HEIGHTS.resources);
    this.announcement = '';
    this.feedStatus = { status: 'loading' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.useFeed('');
  }

  protected override shouldUpdate(changed: Map<PropertyKey, unknown>): boolean {
    return this.l10n.ready && super.shouldUpdate(changed);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.l10n.whenReady();
    return super.getUpdateComplete();
  }

  private get base(): string {
    return document.baseURI;
  }

  private get embedUrl(): URL {
    return new URL(this.embedPage || 'embed.html', this.base);
  }

  /** Loads the feed at `address` ('' for the default feed) through the same loaders the elements use. */
  async useFeed(address: string): Promise<void> {
    const generation = ++this.generation;
    const trimmed = address.trim();
    this.choice = { ...this.choice, feed: '', topic: '', episode: '', series: '', checkin: '', diagnostic: '' };
    if (trimmed) {
      let url: URL | undefined;
      try {
        url = new URL(trimmed, this.base);
      } catch {
        url = undefined;
      }
      if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
        this.feedStatus = { status: 'refused', reason: 'scheme' };
        return;
      }
      if (url.origin !== this.embedUrl.origin && !this.allowedOrigins.includes(url.origin)) {
        this.feedStatus = { status: 'refused', reason: 'origin', origin: url.origin };
        return;
      }
      this.choice = { ...this.choice, feed: url.href };
    }
    this.feedStatus = { status: 'loading' };
    const result = await (trimmed ? loadFeed(this.choice.feed, { reload: true }) : loadFeed({ kind: 'default' }));
    if (generation === this.generation) this.feedStatus = { status: 'done', result };
  }

  private get feed(): Feed | undefined {
    const state = this.feedStatus;
    if (state.status !== 'done') return undefined;
    return state.result.ok ? state.result.feed : state.result.stale?.feed;
  }

  private set(change: Partial<EmbedChoice>): void {
    this.choice = { ...this.choice, ...change };
  }

  private text(value: Parameters<LocalizeController<StringKey>['text']>[0]): string {
    return this.l10n.text(value, this.feed?.language);
  }

  private elementTitle(element: EmbedElement): string {
    return pageStrings[this.l10n.uiLang === 'cy' ? 'cy' : 'en'][`title-${element}`];
  }

  override render(): TemplateResult {
    const level = clampHeadingLevel(this.headingLevel);
    const t = (key: StringKey | CoreStringKey, values?: Record<string, string | number>) => this.l10n.term(key, values);
    return html`
      ${heading(level, t('heading'))}
      <p>${t('intro')}</p>
      <form @submit=${(event: Event) => event.preventDefault()}>
        <fieldset>
          <legend>${t('stepElement')}</legend>
          ${EMBED_ELEMENT_NAMES.map(
            (name) =>
              html`<div class="choice">
                <input
                  type="radio"
                  name="element"
                  id="element-${name}"
                  .value=${name}
                  .checked=${this.choice.element === name}
                  @change=${() => this.chooseElement(name)}
                />
                <label for="element-${name}">${t(`element-${name}`)}</label>
              </div>`,
          )}
        </fieldset>
        <fieldset>
          <legend>${t('stepOptions')}</legend>
          ${this.renderFeedField()} ${this.renderElementOptions()}
          <div class="field">
            <label for="lang">${t('languageLabel')}</label>
            <select
              id="lang"
              @change=${(event: Event) => this.set({ lang: this.selected(event) as EmbedChoice['lang'] })}
            >
              <option value="" ?selected=${this.choice.lang === ''}>${t('languageReader')}</option>
              <option value="en" lang="en" ?selected=${this.choice.lang === 'en'}>${t('languageEn')}</option>
              <option value="cy" lang="cy" ?selected=${this.choice.lang === 'cy'}>${t('languageCy')}</option>
            </select>
          </div>
          ${this.renderHeightField()}
        </fieldset>
        <section class="field" aria-labelledby="preview-heading">
          ${heading(level + 1, t('stepPreview'), { id: 'preview-heading' })} ${this.renderPreview()}
        </section>
        <section class="field" aria-labelledby="code-heading">
          ${heading(level + 1, t('stepCode'), { id: 'code-heading' })}
          ${this.renderCode('iframe', t('iframeHeading'), t('iframeHint'), t('iframeName'), level + 2)}
          ${this.renderCode('helper', t('helperHeading'), t('helperHint'), t('helperName'), level + 2)}
          ${this.renderCode('dropIn', t('dropInHeading'), t('dropInHint'), t('dropInName'), level + 2)}
        </section>
      </form>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    `;
  }

  private selected(event: Event): string {
    const target = event.target;
    return target instanceof HTMLSelectElement || target instanceof HTMLInputElement ? target.value : '';
  }

  private chooseElement(element: EmbedElement): void {
    const height = DEFAULT_HEIGHTS[element];
    this.set({ element, height });
    this.heightInput = String(height);
  }

  private renderFeedField(): TemplateResult {
    const t = (key: StringKey | CoreStringKey, values?: Record<string, string | number>) => this.l10n.term(key, values);
    const state = this.feedStatus;
    let status: unknown = nothing;
    if (state.status === 'loading') status = html`<p>${t('feedLoading')}</p>`;
    else if (state.status === 'refused') {
      status = html`<div class="problem" role="alert">
        <p>${state.reason === 'scheme' ? t('feedNotWeb') : t('feedNotAllowed', { origin: state.origin ?? '' })}</p>
      </div>`;
    } else if (!state.result.ok) {
      const error = state.result.error;
      status = html`<div class="problem" part="error" role="alert">
        <p class="heading">${t('feedErrorTitle')}</p>
        <p>${t(FEED_ERRORS[error.kind] ?? 'feedErrorNetwork', { status: error.status ?? '' })}</p>
        <button type="button" class="secondary" @click=${() => this.useFeed(this.feedInput)}>${t('retry')}</button>
      </div>`;
    }
    return html`<div class="field">
      <label for="feed">${t('feedLabel')}</label>
      <p class="hint" id="feed-hint">${t('feedHint')}</p>
      <div class="row">
        <input
          id="feed"
          type="url"
          inputmode="url"
          spellcheck="false"
          autocomplete="url"
          aria-describedby="feed-hint"
          .value=${this.feedInput}
          @input=${(event: Event) => (this.feedInput = this.selected(event))}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Enter') void this.useFeed(this.feedInput);
          }}
        />
        <button type="button" class="secondary" @click=${() => this.useFeed(this.feedInput)}>${t('loadFeed')}</button>
      </div>
      <div aria-live="polite">${status}</div>
    </div>`;
  }

  private renderSelect(
    id: string,
    label: string,
    empty: string,
    options: { value: string; label: string }[],
    value: string,
    change: (value: string) => void,
    hint?: string,
  ): TemplateResult {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      <select
        id=${id}
        aria-describedby=${hint ? `${id}-hint` : nothing}
        @change=${(event: Event) => change(this.selected(event))}
      >
        <option value="" ?selected=${value === ''}>${empty}</option>
        ${options.map((option) => html`<option .value=${option.value} ?selected=${value === option.value}>${option.label}</option>`)}
      </select>
    </div>`;
  }

  private renderElementOptions(): unknown {
    const feed = this.feed;
    if (!feed) return nothing;
    const t = (key: StringKey) => this.l10n.term(key);
    const { choice } = this;
    switch (choice.element) {
      case 'resources':
        return this.renderSelect(
          'topic',
          t('topicLabel'),
          t('allTopics'),
          feed.topics.map((topic) => ({ value: topic.id, label: this.text(topic.name) })),
          choice.topic,
          (topic) => this.set({ topic }),
        );
      case 'podcast-player': {
        const series = [...new Set(feed.episodes.map((episode) => episode.series).filter((id): id is string => !!id))];
        return html`${this.renderSelect(
          'episode',
          t('episodeLabel'),
          t('newestEpisode'),
          feed.episodes.map((episode) => ({ value: episode.id, label: this.text(episode.title) })),
          choice.episode,
          (episode) => this.set({ episode }),
        )}
        ${this.renderSelect(
          'series',
          t('seriesLabel'),
          t('anySeries'),
          series.map((id) => ({ value: id, label: id })),
          choice.series,
          (value) => this.set({ series: value }),
          t('seriesHint'),
        )}`;
      }
      case 'wellbeing-checkin':
        return html`${this.renderSelect(
            'checkin',
            t('checkinLabel'),
            t('firstInFeed'),
            feed.checkins.map((checkin) => ({ value: checkin.id, label: this.text(checkin.question) })),
            choice.checkin,
            (checkin) => this.set({ checkin }),
          )}
          <div class="choice">
            <input
              type="checkbox"
              id="history"
              .checked=${choice.history}
              @change=${(event: Event) => this.set({ history: (event.target as HTMLInputElement).checked })}
            />
            <label for="history">${t('historyLabel')}</label>
          </div>`;
      case 'diagnostic-card':
        return this.renderSelect(
          'diagnostic',
          t('diagnosticLabel'),
          t('firstInFeed'),
          feed.diagnostics.map((diagnostic) => ({ value: diagnostic.id, label: this.text(diagnostic.title) })),
          choice.diagnostic,
          (diagnostic) => this.set({ diagnostic }),
        );
    }
  }

  private renderHeightField(): TemplateResult {
    const invalid = !(Number(this.heightInput) >= MIN_HEIGHT);
    return html`<div class="field">
      <label for="height">${this.l10n.term('heightLabel')}</label>
      <p class="hint" id="height-hint">${this.l10n.term('heightHint')}</p>
      ${
        invalid
          ? html`<p class="problem" id="height-error">
              ${this.l10n.term('heightError', { height: this.choice.height })}
            </p>`
          : nothing
      }
      <input
        id="height"
        type="number"
        inputmode="numeric"
        min=${MIN_HEIGHT}
        step="10"
        aria-describedby=${invalid ? 'height-hint height-error' : 'height-hint'}
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${this.heightInput}
        @input=${(event: Event) => {
          this.heightInput = this.selected(event);
          const height = Math.round(Number(this.heightInput));
          if (height >= MIN_HEIGHT && height <= 5000) this.set({ height });
        }}
      />
    </div>`;
  }

  private get frameTitle(): string {
    return this.l10n.term('frameTitle', { title: this.elementTitle(this.choice.element) });
  }

  private renderPreview(): TemplateResult {
    const src = embedSrc(this.embedUrl.href, this.choice, this.base);
    const allow = this.choice.element === 'podcast-player' ? 'autoplay; clipboard-write' : nothing;
    return html`<iframe
      class="preview"
      src=${src}
      title=${this.l10n.term('previewTitle', { title: this.elementTitle(this.choice.element) })}
      height=${this.choice.height}
      allow=${allow}
    ></iframe>`;
  }

  /** The code of one kind, for the current choice. */
  code(kind: CodeKind): string {
    const embed = this.embedUrl;
    if (kind === 'iframe')
      return iframeCode(embedSrc(embed.href, this.choice, this.base), this.choice, this.frameTitle);
    if (kind === 'helper') return helperCode(new URL('spf-embed.js', embed).href);
    return dropInCode(new URL('spf-widgets.js', embed).href, this.choice, this.fallback(), this.base);
  }

  /** Content inside the drop-in element, shown until it starts and if it cannot: links from the chosen feed. */
  private fallback(): string {
    const t = (key: StringKey) => escapeHtml(this.l10n.term(key));
    const feed = this.feed;
    const link = (url: string, text: string) => `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
    const { choice } = this;
    if (choice.element === 'wellbeing-checkin') {
      return `<p>${t('fallbackCheckin')} <a href="tel:116123">116 123</a>.</p>`;
    }
    if (choice.element === 'diagnostic-card') {
      return `<p><a href="https://www.england.nhs.uk/">${t('fallbackDiagnostic')}</a></p>`;
    }
    if (choice.element === 'podcast-player' && feed) {
      const episode =
        feed.episodes.find((each) => each.id === choice.episode) ??
        feed.episodes.find((each) => !choice.series || each.series === choice.series);
      const audio = episode?.audio[0];
      if (audio) {
        return (
          `<audio controls preload="metadata" src="${escapeHtml(audio.url)}"></audio>\n` +
          `<p>${link(audio.url, `${this.l10n.term('fallbackDownload')}: ${this.text(episode.title)}`)}</p>`
        );
      }
    }
    const resources = (feed?.resources ?? [])
      .filter((resource) => !choice.topic || resource.topics.includes(choice.topic))
      .slice(0, 5);
    if (!resources.length) return `<p>${t('fallbackMore')}</p>`;
    return `<ul>\n${resources.map((resource) => `  <li>${link(resource.url, this.text(resource.title))}</li>`).join('\n')}\n</ul>`;
  }

  private renderCode(kind: CodeKind, title: string, hint: string, name: string, level: number): TemplateResult {
    const id = `code-${kind}`;
    return html`<div class="code">
      ${heading(level, title)}
      <p class="hint" id="${id}-hint">${hint}</p>
      <label for=${id}>${this.l10n.term('codeLabel', { what: name })}</label>
      <textarea id=${id} readonly spellcheck="false" aria-describedby="${id}-hint" .value=${this.code(kind)}></textarea>
      <div>
        <button type="button" @click=${() => this.copy(kind)}>${this.l10n.term('copyWhat', { what: name })}</button>
      </div>
    </div>`;
  }

  /** Copies with the Clipboard API; where it is refused, selects the code for the reader to copy. */
  async copy(kind: CodeKind): Promise<void> {
    const text = this.code(kind);
    let copied = false;
    try {
      if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(text);
        copied = true;
      }
    } catch {
      copied = false;
    }
    if (!copied) {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#code-${kind}`);
      area?.focus();
      area?.select();
    }
    // Cleared first, so the same words are announced again on a second copy.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = this.l10n.term(copied ? 'copied' : 'copySelected');
  }
}
