import { html, nothing, type PropertyValues } from 'lit';
import { SpfWidget, lazyModule } from '@spf-wellbeing/core';
import type { AudioSource, Episode, Feed } from '@spf-wellbeing/feed';
import { strings, type StringKey } from './strings.js';
import { playerStyles, skeletonStyles } from './spf-podcast-player.styles.js';
import { download as downloadIcon } from './icons.js';
import type { FileChapter } from './transcript.js';
import type { PlayerViewHost } from './player-view.js';
import type { TranscriptState } from './playback.js';

/** Each kind's message is the string `error` + its name: errorNetwork, errorNoEpisode… */
type ErrorKind = 'Network' | 'Missing' | 'Decode' | 'Unsupported' | 'Stall' | 'NoEpisode';

/**
 * The controls and the playback logic behind them (player-view.ts and
 * playback.ts): everything that works once an episode is ready. The player
 * starts fetching it when it connects, so it arrives while the feed loads.
 * Those modules work on the player's state by name, through `PlayerViewHost`.
 */
const view = lazyModule(() => import('./player-view.js'));

const TYPE_NAMES: [RegExp, string][] = [
  [/mpeg|mp3/, 'MP3'],
  [/opus/, 'Opus'],
  [/ogg|vorbis/, 'Ogg'],
  [/m4a|mp4|aac/, 'M4A'],
  [/wav/, 'WAV'],
];

/** "MP3", "Opus", "M4A" … for the download link. */
function typeName(type: string): string {
  const t = type.toLowerCase();
  return (
    TYPE_NAMES.find(([pattern]) => pattern.test(t))?.[1] ??
    (t.split('/')[1]?.split(';')[0]?.replace(/^x-/, '').trim().toUpperCase() || 'audio')
  );
}

/**
 * @summary An accessible podcast player for the feed's episodes, with
 * chapters, a searchable transcript, resume, and a download link whenever
 * playback fails.
 *
 * Without `episode` or `series` it plays the feed's first episode. Put a
 * native `<audio controls preload="metadata">` and a download link inside the
 * element: they show when JavaScript is off, when the feed fails, and when
 * the episode cannot be played.
 *
 * Keyboard shortcuts work only while focus is inside the player, and never in
 * a text box, list box or slider: Space or K play and pause, J goes back 15
 * seconds, L forward 30, the left and right arrows 5, M mutes.
 *
 * @slot - Fallback content: a native audio element and a download link.
 *
 * @fires spf-play - {SpfPlayEvent} Playback started. Detail: `{episode}`.
 * @fires spf-pause - {SpfPauseEvent} The listener paused. Detail: `{episode}`.
 * @fires spf-ended - {SpfEndedEvent} The episode played to the end. Detail: `{episode}`.
 * @fires spf-progress - {SpfProgressEvent} At most every 5 seconds while playing, and on pause. Detail: `{episode, position, duration}` in seconds.
 * @fires spf-feed-load - The feed loaded.
 * @fires spf-feed-error - The feed failed to load.
 *
 * @csspart base - The whole player.
 * @csspart controls - Play, skip, seek, time, speed and volume.
 * @csspart play-button - The play and pause button.
 * @csspart seek - The seek slider.
 * @csspart time - Elapsed and total time.
 * @csspart chapters - The chapter list.
 * @csspart episode-list - The series' episode list.
 * @csspart download - The download link.
 * @csspart transcript - The transcript panel.
 * @csspart error - The message shown when the episode cannot be played.
 * @csspart resume - The "Resume from" button.
 *
 * @cssprop [--spf-podcast-player-loading-block-size=46rem] - Space kept while the player loads (12rem when `compact`).
 */
export class SpfPodcastPlayer extends SpfWidget<StringKey> {
  static override styles = [...SpfWidget.styles, playerStyles, skeletonStyles];

  static override properties = {
    ...SpfWidget.properties,
    episode: { reflect: true },
    series: { reflect: true },
    start: {},
    compact: { type: Boolean, reflect: true },
    stallTimeout: { attribute: 'stall-timeout', type: Number },
    current: { state: true },
    playing: { state: true },
    time: { state: true },
    mediaDuration: { state: true },
    rate: { state: true },
    muted: { state: true },
    volume: { state: true },
    error: { state: true },
    transcript: { state: true },
    fileChapters: { state: true },
    query: { state: true },
    announcement: { state: true },
    resumeAt: { state: true },
    copyFallback: { state: true },
    copied: { state: true },
  };

  /** The id of the episode to play. */
  declare episode?: string;
  /** A series id: plays its episodes in order and lists them. */
  declare series?: string;
  /** Where to start: seconds (`90`), `mm:ss` or `hh:mm:ss`. */
  declare start?: string;
  /** A smaller player: icon buttons and no summary. */
  declare compact: boolean;
  /** Seconds without progress, while playing, before the player says the audio has stalled. Default 10. */
  declare stallTimeout: number;

  /** @internal The audio element the player drives. It is never in the page, so it never shows its own controls. */
  readonly audio: HTMLAudioElement = document.createElement('audio');

  declare private current?: Episode;
  declare private playing: boolean;
  declare private time: number;
  declare private mediaDuration: number;
  declare private rate: number;
  declare private muted: boolean;
  declare private volume: number;
  declare private error?: ErrorKind;
  declare private transcript: TranscriptState;
  declare private fileChapters?: FileChapter[];
  declare private query: string;
  declare private announcement: string;
  declare private resumeAt?: number;
  declare private copyFallback?: string;
  declare private copied: boolean;

  // Read and written by name in playback.ts and player-view.ts (PlayerViewHost),
  // as are the state above and total, titleOf, announce and neighbour below.
  private loadedKey?: string;
  private selected?: string;
  private sources: AudioSource[] = [];
  private sourceIndex = 0;
  private transcriptOpen = false;
  private focusWasInside = false;
  /** The controls' file has taken too long (see `controlsComing`). */
  private controlsLate = false;
  private controlsTimer?: ReturnType<typeof setTimeout>;
  /** The search box's pending announcement of the count (transcript-view.ts). */
  private searchTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super(strings);
    // A page of many players fetches media and controls only for those near the screen.
    this.defaultLoading = 'lazy';
    this.compact = false;
    this.stallTimeout = 10;
    this.playing = false;
    this.time = 0;
    this.mediaDuration = NaN;
    this.rate = 1;
    this.muted = false;
    this.volume = 1;
    this.transcript = { status: 'idle' };
    this.query = '';
    this.announcement = '';
    this.copied = false;
    this.audio.preload = 'metadata';
    for (const type of [
      'play',
      'pause',
      'timeupdate',
      'loadedmetadata',
      'durationchange',
      'canplay',
      'progress',
      'ratechange',
      'volumechange',
      'seeked',
      'ended',
      'error',
    ]) {
      this.audio.addEventListener(type, this.onMedia);
    }
  }

  /**
   * This player as the controls and playback see it: its state, by name.
   * (Not called `host`: axe takes an element with a `host` property for a
   * shadow root, and then cannot find the element to check.)
   */
  private get viewHost(): PlayerViewHost {
    return this as unknown as PlayerViewHost;
  }

  private readonly onMedia = (event: Event): void => view.module?.playback.onMedia(this.viewHost, event);
  private readonly onListen = (event: Event): void => view.module?.playback.onListen(this.viewHost, event);
  private readonly onPageHide = (): void => view.module?.playback.save(this.viewHost);

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('spf-listen-request', this.onListen);
    window.addEventListener('pagehide', this.onPageHide);
    // The controls' file downloads while the feed is on its way (a lazy player: once near the screen).
    if (this.nearViewport.started) this.lazy(view);
    // Moved, or put back: load the episode again (disconnectedCallback let it go).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('spf-listen-request', this.onListen);
    window.removeEventListener('pagehide', this.onPageHide);
    view.module?.playback.stop(this.viewHost);
  }

  // ---- Which episode -------------------------------------------------------

  private get feedData(): Feed | undefined {
    const state = this.feedState;
    return state.status === 'ready' ? state.feed : undefined;
  }

  /** The series' episodes in order, or [] without `series`. */
  private get playlist(): Episode[] {
    const series = this.series?.trim();
    if (!series || !this.feedData) return [];
    // Sorting is stable: unnumbered episodes (Infinity - Infinity is NaN, taken as equal) keep feed order.
    return this.feedData.episodes
      .filter((episode) => episode.series === series)
      .sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity));
  }

  private chosen(feed: Feed): Episode | undefined {
    const id = this.selected ?? this.episode?.trim();
    if (id) return feed.episodes.find((episode) => episode.id === id);
    return this.series?.trim() ? this.playlist[0] : feed.episodes[0];
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.nearViewport.started) this.lazy(view);
    if (changed.has('error')) this.focusWasInside = !!this.shadowRoot?.activeElement;
    if (changed.has('episode') || changed.has('series')) this.selected = undefined;
    const feed = this.feedData;
    if (!feed) return;
    const episode = this.chosen(feed);
    const playback = view.module?.playback;
    // load() sets loadedKey the same way. Until playback has loaded, the episode only shows.
    if (!playback || `${this.feedState.url}#${episode?.id ?? ''}` === this.loadedKey) this.current = episode;
    else playback.load(this.viewHost, episode, false);
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The control that had focus may be gone with the error: put focus on Retry, not the page.
    if (changed.has('error') && this.error && this.focusWasInside && !this.shadowRoot?.activeElement) {
      this.focusOn('[part="error"] button');
    }
    view.module?.playback.rendered(this.viewHost);
  }

  private get total(): number | undefined {
    const media = this.mediaDuration;
    return Number.isFinite(media) && media > 0 ? media : this.current?.duration;
  }

  private async retry(): Promise<void> {
    const playback = view.module?.playback;
    if (this.error === 'NoEpisode') {
      this.feedController.retry();
      return;
    }
    if (playback) playback.retry(this.viewHost);
    else await this.whenLoaded(view);
    await this.updateComplete;
    this.focusPlay();
  }

  private focusPlay(): void {
    this.focusOn('[part="play-button"]');
  }

  private focusOn(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ---- Rendering -----------------------------------------------------------

  private titleOf(episode: Episode): string {
    return this.l10n.text(episode.title, this.feedData?.language);
  }

  private announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private neighbour(step: number): Episode | undefined {
    const list = this.playlist;
    const index = list.findIndex((episode) => episode.id === this.current?.id);
    return index < 0 ? undefined : list[index + step];
  }

  override render() {
    return html`<section
      part="base"
      class="player"
      aria-labelledby=${this.feedState.status === 'ready' ? 'title' : nothing}
      @keydown=${(event: KeyboardEvent) => view.module?.onKeydown(this.viewHost, event)}
    >
      ${this.renderFeedState(() => this.renderPlayer())}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  private renderPlayer() {
    const episode = this.current;
    if (!episode) {
      // No such episode (playback, once loaded, says so), or playback could not be fetched.
      if (this.controlsComing()) return this.renderLoadingLine();
      return html`${this.heading(0, this.l10n.term('errorTitle'), { id: 'title' })}${this.renderError()}`;
    }
    const lang = this.feedData?.language;
    const list = this.playlist;
    const index = list.indexOf(episode);
    const summary = this.compact ? '' : this.l10n.text(episode.summary, lang);
    return html`${this.heading(0, this.titleOf(episode), { id: 'title' })}
    ${index >= 0 && list.length > 1 ? html`<p class="meta">${this.l10n.term('partOf', { number: index + 1, count: list.length })}</p>` : nothing}
    ${summary ? html`<p class="summary">${summary}</p>` : nothing} ${this.renderEpisode(list)}`;
  }

  /** The controls and the rest, once their file has loaded; until then a loading line; if it cannot load, the error with the download link. */
  private renderEpisode(list: Episode[]) {
    const module = this.lazy(view);
    if (module) return module.renderEpisode(this.viewHost, list, () => this.renderError());
    return this.controlsComing() ? this.renderLoadingLine() : this.renderError();
  }

  /**
   * True while the controls' file is on its way. After a failed fetch, or
   * once it has taken as long as the feed may (`feed-timeout`, 10 seconds by
   * default: a network that holds the request open), false: the player shows
   * its error with the download link, and still shows the controls if the file
   * arrives later.
   */
  private controlsComing(): boolean {
    if (this.lazy(view) || view.failed || this.controlsLate) return false;
    this.controlsTimer ??= setTimeout(() => {
      this.controlsLate = !view.module;
      this.requestUpdate();
    }, this.feedTimeout ?? 10_000);
    return true;
  }

  private renderLoadingLine() {
    return html`<p role="status">${this.l10n.term('loading')}</p>`;
  }

  private renderError() {
    return html`<div class="error-summary" part="error" role="alert">
        ${this.current ? html`<p class="heading">${this.l10n.term('errorTitle')}</p>` : nothing}
        <p>${this.l10n.term(`error${this.error ?? (view.module ? 'Unsupported' : 'Network')}`)}</p>
        ${this.current ? html`<p>${this.l10n.term('downloadInstead')}</p>` : nothing}
        <div class="row">
          <button type="button" class="secondary" @click=${this.retry}>${this.l10n.term('retry')}</button>
          ${this.renderDownload()}
        </div>
      </div>
      <div class="fallback"><slot></slot></div>`;
  }

  private renderDownload() {
    const audio = this.current?.audio ?? [];
    const source = audio.find((each) => /mpeg|mp3/i.test(each.type)) ?? this.sources[this.sourceIndex] ?? audio[0];
    if (!source) return nothing;
    const type = typeName(source.type);
    const bytes = source.bytes;
    const size = !bytes
      ? ''
      : bytes < 1024 * 1024
        ? `${this.l10n.number(Math.max(1, Math.round(bytes / 1024)))} KB`
        : `${this.l10n.number(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MB`;
    return html`<a class="button secondary" part="download" href=${source.url} download
      >${downloadIcon}<span
        >${size ? this.l10n.term('download', { type, size }) : this.l10n.term('downloadNoSize', { type })}</span
      ></a
    >`;
  }
}
