import { html, nothing, type PropertyValues } from 'lit';
import { NearViewportController, SpfWidget, lazyModule, type SpfListenRequestEvent } from '@spf-wellbeing/core';
import { adoptLateStyles } from '@spf-wellbeing/core/internal';
import type { Episode, Feed } from '@spf-wellbeing/feed';
import { strings, type StringKey } from './strings.js';
import { playerStyles, skeletonStyles } from './spf-podcast-player.styles.js';
import { download as downloadIcon } from './icons.js';
import type { PlaybackController, PlaybackError, PlayerL10n } from './playback.js';
import type { TranscriptController } from './transcript-controller.js';

/**
 * The controls and the controllers behind them (player-view.ts, playback.ts
 * and transcript-controller.ts): everything that works once an episode is
 * ready. The player starts fetching it when it connects, so it arrives while
 * the feed loads, and then creates its `PlaybackController` and
 * `TranscriptController`.
 */
const view = lazyModule(() => import('./player-view.js'));

const TYPE_NAMES: [RegExp, string][] = [
  [/mpeg|mp3/, 'MP3'],
  [/opus/, 'Opus'],
  [/ogg|vorbis/, 'Ogg'],
  [/m4a|mp4|aac/, 'M4A'],
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
    announcement: { state: true },
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

  private media?: HTMLAudioElement;
  /**
   * @internal The audio element the player plays. It is never in the page, so it never shows its own controls; only
   * `playback` touches it. Made at the first update, not with the element, so forty players upgrade quickly.
   */
  get audio(): HTMLAudioElement {
    return (this.media ??= document.createElement('audio'));
  }

  /** Playback: the audio element's owner, and the state the controls show. Created once the controls' file has loaded. */
  private playback?: PlaybackController;
  /** The strings of the player and of its controls, which come with the controls' file. */
  private controlsL10n?: PlayerL10n;
  /** The transcript panel and the chapters file, created with `playback`. */
  private transcript?: TranscriptController;
  /** The episode to show before playback has loaded (afterwards, playback's). */
  private shown?: Episode;
  declare private announcement: string;
  /** Whether focus was inside the player before this render, and the error the last render showed (see `updated`). */
  private focusWasInside = false;
  private shownError?: PlaybackError;
  /** The controls' file has taken too long (see `controlsComing`). */
  private controlsLate = false;
  private controlsTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super(strings);
    this.compact = false;
    this.stallTimeout = 10;
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The controls' file downloads while the feed is on its way (unless eager: once near the screen).
    if (this.partsNear.started) this.lazy(view);
    // On the window, so a player that has started (listening on the document) answers first.
    window.addEventListener('spf-listen-request', this.onEarlyListen);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('spf-listen-request', this.onEarlyListen);
  }

  /**
   * The player's media and controls are lazy unless `loading="eager"`: until
   * the player comes within about one screen of the reader, the audio is not
   * fetched (preload none), and a player with its feed shows the episode's
   * title, a Play button and the download link, not the controls. A
   * page of forty players renders the few the reader can reach, and asks for
   * no audio. Play works at once: it brings the controls and starts.
   */
  private readonly partsNear = new NearViewportController(this, () => (this.loading === 'eager' ? 'eager' : 'lazy'));

  /** A "Listen" request this player took before it had started (lazy, off screen): played once playback is ready. */
  private listenFor?: string;

  /**
   * A lazy player that has not started yet still answers "Listen" for an
   * episode of a feed already in hand (the list that asked shares it): it
   * starts at once and plays it. Once started, playback answers.
   */
  private readonly onEarlyListen = (request: SpfListenRequestEvent): void => {
    if (this.partsNear.started || request.defaultPrevented) return;
    const id = request.detail?.episode;
    if (!this.feedController.peek()?.episodes.some((each) => each.id === id)) return;
    request.preventDefault();
    this.listen(id);
  };

  /** Starts the player wherever it is, and plays `id` once the controls are ready. */
  private listen(id: string | undefined): void {
    this.listenFor = id;
    this.nearViewport.start();
    this.partsNear.start();
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
    const id = this.playback?.choice ?? this.episode?.trim();
    if (id) return feed.episodes.find((episode) => episode.id === id);
    return this.series?.trim() ? this.playlist[0] : feed.episodes[0];
  }

  /** The episode shown: playback's once it has loaded. */
  private get current(): Episode | undefined {
    return this.playback ? this.playback.state.episode : this.shown;
  }

  /** The controls' strings come with their file: until those of the reader's language are here, the player keeps what it shows. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (view.module) this.controlsL10n ??= this.l10n.extend(view.module.controlsStrings);
    return super.shouldUpdate(changed);
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.partsNear.started) this.lazy(view);
    this.focusWasInside = !!this.shadowRoot?.activeElement;
    const module = view.module;
    // The controls' own styles come with their file.
    if (module) adoptLateStyles(this, module.controlsStyles);
    const l10n = this.controlsL10n;
    if (module && l10n && !this.playback) {
      this.playback = new module.PlaybackController(this, {
        media: this.audio,
        l10n,
        feedUrl: () => this.feedState.url,
        feed: () => this.feedData,
        playlist: () => this.playlist,
        start: () => this.start,
        stallTimeout: () => this.stallTimeout,
        titleOf: (episode) => this.titleOf(episode),
        announce: (text) => this.announce(text),
        focusPlay: () => this.focusPlay(),
      });
      this.transcript = new module.TranscriptController(this, this.playback, l10n, (text) => this.announce(text));
    }
    const preload = this.partsNear.started ? 'metadata' : 'none';
    const audio = this.audio;
    if (audio.preload !== preload) {
      audio.preload = preload;
      // Near the screen now: fetch the length and the first frames the browser held back.
      if (
        preload === 'metadata' &&
        audio.getAttribute('src') &&
        audio.readyState === 0 &&
        audio.paused &&
        audio.networkState !== HTMLMediaElement.NETWORK_LOADING
      )
        audio.load();
    }
    if (changed.has('episode') || changed.has('series')) this.playback?.forgetChoice();
    const feed = this.feedData;
    if (!feed) return;
    const episode = this.chosen(feed);
    // Until playback has loaded, the episode only shows.
    if (this.playback) this.playback.show(episode);
    else this.shown = episode;
    const asked =
      this.listenFor && this.playback ? feed.episodes.find((each) => each.id === this.listenFor) : undefined;
    if (asked) {
      this.listenFor = undefined;
      this.playback?.listen(asked);
    }
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The control that had focus may be gone with a new error (focus Retry, not the page), or with the
    // controls replacing the Play button a player far from the screen shows (focus their Play button).
    const error = this.playback?.state.error;
    if (this.focusWasInside && !this.shadowRoot?.activeElement) {
      if (error && error !== this.shownError) this.focusOn('[part="error"] button');
      else if (!error) this.focusPlay();
    }
    this.shownError = error;
  }

  private async retry(): Promise<void> {
    const playback = this.playback;
    if (playback?.state.error === 'NoEpisode') {
      this.feedController.retry();
      return;
    }
    if (playback) playback.retry();
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

  override render() {
    // Until the controls show, the player keeps the space they will take, so nothing below it moves twice.
    const ready = this.feedState.status === 'ready';
    const waiting = ready && (!this.partsNear.started || this.controlsComing());
    return html`<section
      part="base"
      class=${waiting ? 'player reserve' : 'player'}
      aria-labelledby=${ready && this.contentDrawn && (this.partsNear.started || this.partsNear.placed) ? 'title' : nothing}
      @keydown=${(event: KeyboardEvent) => this.playback && view.module?.onKeydown(this.playback, event)}
    >
      ${this.renderFeedState(() => this.renderPlayer())}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  private renderPlayer() {
    // Until its place is known (the first frame), the player cannot tell its controls from Play alone.
    if (!this.partsNear.started && !this.partsNear.placed) return this.renderLoading();
    const episode = this.current;
    if (!episode) {
      // No such episode (playback, once loaded, says so), or playback could not be fetched.
      if (this.controlsComing()) return this.renderLoadingLine();
      return html`${this.heading(0, this.l10n.term('errorTitle'), { id: 'title' })}${this.renderError()}`;
    }
    // Far from the screen, before the controls: the title, Play and the download link only.
    if (!this.partsNear.started)
      return html`${this.heading(0, this.titleOf(episode), { id: 'title' })}${this.renderWaiting(episode)}`;
    const lang = this.feedData?.language;
    const list = this.playlist;
    const index = list.indexOf(episode);
    const summary = this.compact ? '' : this.l10n.text(episode.summary, lang);
    return html`${this.heading(0, this.titleOf(episode), { id: 'title' })}
    ${index >= 0 && list.length > 1 ? html`<p class="meta">${this.l10n.term('partOf', { number: index + 1, count: list.length })}</p>` : nothing}
    ${summary ? html`<p class="summary">${summary}</p>` : nothing} ${this.renderEpisode(episode, list)}`;
  }

  /**
   * A Play button and the download link, for a player far from the screen
   * before its controls. Play (or Tab, which brings the player on screen)
   * brings the controls, and focus moves to their Play button.
   */
  private renderWaiting(episode: Episode) {
    return html`<div class="row">
      <button type="button" class="play" part="play-button" @click=${() => this.listen(episode.id)}>
        ${this.l10n.term('play')}
      </button>
      ${this.renderDownload()}
    </div>`;
  }

  /** The controls and the rest, once their file has loaded; until then a loading line; if it cannot load, the error with the download link. */
  private renderEpisode(episode: Episode, list: Episode[]) {
    const module = this.lazy(view);
    const { playback, transcript, controlsL10n } = this;
    if (module && playback && transcript && controlsL10n) {
      return module.renderEpisode(
        {
          playback,
          transcript,
          l10n: controlsL10n,
          compact: this.compact,
          language: this.feedData?.language,
          heading: (depth, content) => this.heading(depth, content),
          renderError: () => this.renderError(),
          renderDownload: () => this.renderDownload(),
        },
        episode,
        list,
      );
    }
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
    const error = this.playback?.state.error;
    return html`<div class="error-summary" part="error" role="alert">
        ${this.current ? html`<p class="heading">${this.l10n.term('errorTitle')}</p>` : nothing}
        <p>
          ${
            // The messages of playback's errors come with the controls (and so does playback).
            error && this.controlsL10n
              ? this.controlsL10n.term(`error${error}`)
              : this.l10n.term(view.module ? 'errorUnsupported' : 'errorNetwork')
          }
        </p>
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
    const source = audio.find((each) => /mpeg|mp3/i.test(each.type)) ?? this.playback?.state.source ?? audio[0];
    if (!source) return nothing;
    const type = typeName(source.type);
    const bytes = source.bytes;
    const size = !bytes
      ? ''
      : bytes < 1024 * 1024
        ? `${this.l10n.number(Math.max(1, Math.round(bytes / 1024)))} KB`
        : `${this.l10n.number(bytes / 1024 / 1024, 1)} MB`;
    return html`<a class="button secondary" part="download" href=${source.url} download
      >${downloadIcon}<span
        >${size ? this.l10n.term('download', { type, size }) : this.l10n.term('downloadNoSize', { type })}</span
      ></a
    >`;
  }
}
