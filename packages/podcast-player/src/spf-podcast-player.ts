import { html, nothing, type PropertyValues } from 'lit';
import { SpfWidget, type SpfListenRequestEvent } from '@spf-wellbeing/core';
import type { AudioSource, Episode, Feed } from '@spf-wellbeing/feed';
import { strings, type StringKey } from './strings.js';
import { playerStyles } from './spf-podcast-player.styles.js';
import { icons } from './icons.js';
import { clock, parseTime, parts } from './time.js';
import type { Cue, FileChapter } from './transcript.js';
import type { TranscriptHost } from './transcript-view.js';
import type { ExtrasHost } from './extras.js';
import { SpfEndedEvent, SpfPauseEvent, SpfPlayEvent, SpfProgressEvent } from './events.js';

/** Each kind's message is the string `error` + its name: errorNetwork, errorNoEpisode… */
type ErrorKind = 'Network' | 'Missing' | 'Decode' | 'Unsupported' | 'Stall' | 'NoEpisode';
type TranscriptState = { status: 'idle' | 'loading' | 'error' } | { status: 'ready'; cues: Cue[] };

const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2];
/** Shortcut keys that skip, and by how many seconds. */
const SKIPS: Record<string, number> = { j: -15, l: 30, ArrowLeft: -5, ArrowRight: 5 };
/** Keys that move the seek slider, and by how many seconds. */
const SEEK_KEYS: Record<string, number> = { ArrowLeft: -5, ArrowRight: 5, ArrowUp: 5, ArrowDown: -5, PageUp: 30, PageDown: -30 };
const STORAGE_PREFIX = 'spf-podcast-player:v1:';
const PROGRESS_EVERY = 5000;

// Code that only some listeners need loads on first use, in files of its own.
// Those modules work on the player's private state by name, through the
// TranscriptHost and ExtrasHost interfaces they declare.
type TranscriptView = typeof import('./transcript-view.js');
type Extras = typeof import('./extras.js');
/** The transcript panel's body and the transcript and chapter file loaders, once loaded. */
let transcriptView: TranscriptView | undefined;
const loadTranscriptView = () => import('./transcript-view.js').then((module) => (transcriptView = module));
/** Media Session wiring, the copy-link field and the missing-file check, once loaded. */
let extras: Extras | undefined;
/** Runs `use` once the extras have loaded; without them (offline), those niceties are left out. */
const withExtras = (use: (module: Extras) => unknown) =>
  void import('./extras.js').then(
    (module) => use((extras = module)),
    () => {},
  );

/** The player that last started playing: starting another pauses it, so only one voice plays at a time. */
let playingNow: SpfPodcastPlayer | undefined;

let volumeWorks: boolean | undefined;
/** False where the platform ignores `volume` (iOS), so no volume slider is shown. */
function canSetVolume(): boolean {
  if (volumeWorks === undefined) {
    const probe = document.createElement('audio');
    probe.volume = 0.5;
    volumeWorks = probe.volume === 0.5;
  }
  return volumeWorks;
}

/**
 * False when the engine says the loaded media has no sound at all. WebKit
 * loads a text file served as audio without an error, as media with no
 * audio track and no length, and "plays" it by ending at once. Engines
 * without `audioTracks` (Chromium, Firefox) report such a file as an error.
 */
function hasSound(audio: HTMLAudioElement): boolean {
  const tracks = (audio as HTMLAudioElement & { audioTracks?: { length: number } }).audioTracks;
  return !tracks || tracks.length > 0 || audio.duration > 0;
}

/** Sources the browser says it can play, 'probably' before 'maybe'. */
function playable(audio: HTMLAudioElement, sources: AudioSource[]): AudioSource[] {
  const rank = (source: AudioSource) => (source.type ? ['', 'maybe', 'probably'].indexOf(audio.canPlayType(source.type)) : 1);
  return sources.filter((source) => rank(source) > 0).sort((a, b) => rank(b) - rank(a));
}

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
  return TYPE_NAMES.find(([pattern]) => pattern.test(t))?.[1] ?? (t.split('/')[1]?.split(';')[0]?.replace(/^x-/, '').trim().toUpperCase() || 'audio');
}

/** One entry of the chapter or episode list: a full-width button, marked when current. */
const item = (current: boolean, click: () => void, content: unknown) =>
  html`<li><button type="button" class="item" aria-current=${current ? 'true' : nothing} @click=${click}>${content}</button></li>`;

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
 */
export class SpfPodcastPlayer extends SpfWidget<StringKey> {
  static override styles = [...SpfWidget.styles, playerStyles];

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

  private loadedKey?: string;
  private playingEpisode?: Episode;
  private selected?: string;
  private sources: AudioSource[] = [];
  private sourceIndex = 0;
  private wantPlay = false;
  private pendingSeek?: number;
  /** Where the last seek asked the audio to go, until it gets there. */
  private seekTarget?: number;
  private seekTries = 0;
  private startUsed = false;
  private transcriptOpen = false;
  private focusWasInside = false;
  private lastProgressAt = 0;
  private lastPosition = -1;
  private lastEventAt = 0;
  private stallTimer?: ReturnType<typeof setInterval>;
  /** The search box's pending announcement of the count (transcript-view.ts). */
  private searchTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super(strings);
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
    for (const type of ['play', 'pause', 'timeupdate', 'loadedmetadata', 'durationchange', 'canplay', 'progress', 'ratechange', 'volumechange', 'seeked', 'ended', 'error']) {
      this.audio.addEventListener(type, this.onMedia);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('spf-listen-request', this.onListen);
    window.addEventListener('pagehide', this.onPageHide);
    // Moved, or put back: load the episode again (disconnectedCallback let it go).
    if (this.hasUpdated) this.requestUpdate();
  }

  private readonly onPageHide = (): void => this.save();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('spf-listen-request', this.onListen);
    window.removeEventListener('pagehide', this.onPageHide);
    this.save();
    this.wantPlay = false;
    this.audio.pause();
    this.stopStallWatch();
    if (playingNow === this) playingNow = undefined;
    // Let the browser free the decoder and the download: a page that adds and
    // removes many players (a single-page app) should not keep them all open.
    // WebKit's page process crashed now and then with many left loaded.
    if (this.audio.hasAttribute('src')) {
      this.audio.removeAttribute('src');
      this.audio.load();
      // Back in the page, the episode loads again (at its saved position).
      this.loadedKey = undefined;
    }
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
    return this.feedData.episodes.filter((episode) => episode.series === series).sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity));
  }

  private chosen(feed: Feed): Episode | undefined {
    const id = this.selected ?? this.episode?.trim();
    if (id) return feed.episodes.find((episode) => episode.id === id);
    return this.series?.trim() ? this.playlist[0] : feed.episodes[0];
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('error')) this.focusWasInside = !!this.shadowRoot?.activeElement;
    if (changed.has('episode') || changed.has('series')) this.selected = undefined;
    const feed = this.feedData;
    if (!feed) return;
    const episode = this.chosen(feed);
    // load() sets loadedKey the same way.
    if (`${this.feedState.url}#${episode?.id ?? ''}` === this.loadedKey) this.current = episode;
    else this.load(episode, false);
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The control that had focus may be gone with the error: put focus on Retry, not the page.
    if (changed.has('error') && this.error && this.focusWasInside && !this.shadowRoot?.activeElement) {
      this.focusOn('[part="error"] button');
    }
    transcriptView?.keepCueInView(this as unknown as TranscriptHost);
  }

  private load(episode: Episode | undefined, play: boolean): void {
    this.save();
    this.stopStallWatch();
    const was = this.playingEpisode;
    this.playingEpisode = undefined;
    if (was && !this.audio.paused) this.dispatchEvent(new SpfPauseEvent({ episode: was }));
    this.audio.pause();
    this.current = episode;
    this.loadedKey = `${this.feedState.url}#${episode?.id ?? ''}`;
    this.error = undefined;
    this.playing = false;
    this.time = 0;
    this.lastPosition = -1;
    this.mediaDuration = NaN;
    this.pendingSeek = undefined;
    this.transcript = { status: 'idle' };
    this.fileChapters = undefined;
    this.query = '';
    this.copyFallback = undefined;
    this.copied = false;
    this.resumeAt = undefined;
    this.sources = [];
    if (!episode) {
      this.error = 'NoEpisode';
      this.audio.removeAttribute('src');
      this.audio.load();
      return;
    }
    const start = this.startUsed ? undefined : this.startTime();
    this.startUsed = true;
    const saved = this.stored(episode);
    if (start !== undefined) this.time = this.pendingSeek = start;
    else if (saved > 5 && (!episode.duration || saved < episode.duration - 10)) this.resumeAt = saved;
    this.useSources(play);
    if (!episode.chapters.length && episode.chaptersFile) {
      loadTranscriptView().then(
        (view) => view.loadChapters(this as unknown as TranscriptHost, episode),
        () => {
          // No chapters: the list is not shown.
        },
      );
    }
    if (this.transcriptOpen) void this.fetchTranscript();
  }

  private startTime(): number | undefined {
    const own = parseTime(this.start);
    if (own !== undefined) return own;
    // A "copy link at current time" link: #t=12:30, for the page's first player.
    const match = /^#t=([\d:.]+)$/.exec(location.hash);
    return match && document.querySelector('spf-podcast-player') === this ? parseTime(match[1]) : undefined;
  }

  /** Starts again from the first playable source of the current episode. */
  private useSources(play: boolean): void {
    this.sources = playable(this.audio, this.current!.audio);
    this.sourceIndex = 0;
    this.useSource(play);
  }

  private useSource(play: boolean): void {
    const source = this.sources[this.sourceIndex];
    if (!source) {
      this.error = 'Unsupported';
      this.audio.removeAttribute('src');
      this.audio.load();
      return;
    }
    this.audio.src = source.url;
    this.setRate(this.rate);
    if (play) this.play();
  }

  // ---- Playback ------------------------------------------------------------

  private get total(): number | undefined {
    const media = this.mediaDuration;
    return Number.isFinite(media) && media > 0 ? media : this.current?.duration;
  }

  private play(): void {
    this.wantPlay = true;
    if (this.error || !this.audio.src) return;
    if (this.pendingSeek === undefined && this.audio.readyState === 0 && this.time > 0) this.pendingSeek = this.time;
    this.lastProgressAt = Date.now();
    this.startStallWatch();
    try {
      void this.audio.play()?.catch((error: DOMException) => {
        if (error?.name === 'NotAllowedError') {
          this.wantPlay = false;
          this.stopStallWatch();
        }
      });
    } catch {
      // Very old engines return nothing or throw; the error event covers real failures.
    }
  }

  private pause(): void {
    this.wantPlay = false;
    this.audio.pause();
  }

  private toggle(): void {
    if (this.audio.paused || this.audio.ended) this.play();
    else this.pause();
  }

  private seek(to: number): void {
    const total = this.total;
    const time = Math.max(0, total ? Math.min(to, total) : to);
    this.time = time;
    this.lastProgressAt = Date.now();
    this.resumeAt = undefined;
    this.pendingSeek = time;
    this.seekNow();
    this.positionState();
  }

  /**
   * Moves the audio to the pending position once the engine can seek: it has
   * metadata and knows the length. (WebKit, from a server without Range
   * support, says the length is 0 until it plays, and a seek then goes to 0.)
   */
  private seekNow(): void {
    const to = this.pendingSeek;
    const audio = this.audio;
    if (to === undefined || audio.readyState === 0 || (to > 0 && !(audio.duration > 0))) return;
    this.pendingSeek = undefined;
    try {
      audio.currentTime = to;
      this.seekTarget = to;
      this.seekTries = 0;
    } catch {
      // Not seekable: playback goes on from where it is.
    }
  }

  /**
   * After a seek: if the audio landed somewhere else than asked (WebKit, when
   * a new seek comes while one to the end is still going, can finish at the
   * end), asks once more. True when it did.
   */
  private reseek(): boolean {
    const to = this.seekTarget;
    if (to === undefined) return false;
    // There, or asked three times already: done.
    if (Math.abs(this.audio.currentTime - to) < 0.5 || !(to < this.audio.duration - 0.5) || this.seekTries >= 3) {
      this.seekTarget = undefined;
      return false;
    }
    this.seekTries++;
    try {
      this.audio.currentTime = to;
    } catch {
      this.seekTarget = undefined;
      return false;
    }
    return true;
  }

  private skip(by: number): void {
    this.seek(this.time + by);
  }

  private setRate(rate: number): void {
    this.rate = rate;
    this.audio.defaultPlaybackRate = rate;
    this.audio.playbackRate = rate;
  }

  private goTo(episode: Episode, play: boolean): void {
    this.selected = episode.id;
    this.load(episode, play);
    this.announce(this.l10n.term('nowPlaying', { title: this.titleOf(episode) }));
  }

  private readonly onMedia = (event: Event): void => {
    const audio = this.audio;
    const episode = this.current;
    if (!episode) return;
    // WebKit can learn the length late, with no durationchange: check on every event.
    if (Number.isFinite(audio.duration) && audio.duration > 0 && audio.duration !== this.mediaDuration) this.mediaDuration = audio.duration;
    switch (event.type) {
      case 'canplay':
      case 'progress':
        this.seekNow();
        break;
      case 'loadedmetadata':
      case 'durationchange':
        if (event.type === 'loadedmetadata' && !hasSound(audio)) return this.unusable();
        // A source the engine can neither measure nor seek in (WebKitGTK with
        // Ogg Opus) would leave chapters, skips and resume dead: use the next.
        if (event.type === 'loadedmetadata' && !(audio.duration > 0) && !audio.seekable.length && this.sourceIndex < this.sources.length - 1) {
          return this.unusable();
        }
        if (Number.isFinite(audio.duration)) this.mediaDuration = audio.duration;
        this.seekNow();
        this.positionState();
        break;
      case 'play':
        this.playing = true;
        this.playingEpisode = episode;
        if (playingNow && playingNow !== this) playingNow.pause();
        playingNow = this;
        this.error = undefined;
        this.resumeAt = undefined;
        this.announce(this.l10n.term('playing', { title: this.titleOf(episode) }));
        this.dispatchEvent(new SpfPlayEvent({ episode }));
        withExtras((module) => module.mediaSession(this as unknown as ExtrasHost, episode));
        break;
      case 'pause': {
        // A pause left over from switching episodes belongs to no one now.
        const was = this.playingEpisode;
        if (!audio.paused || !was) break;
        this.playingEpisode = undefined;
        this.playing = false;
        this.stopStallWatch();
        this.save();
        if (!audio.ended && !this.error) {
          this.announce(this.l10n.term('paused'));
          this.dispatchEvent(new SpfPauseEvent({ episode: was }));
          this.progress(was);
        }
        break;
      }
      case 'timeupdate':
        // WebKit can learn the length only while playing (from a server without
        // Range support), and then fires no durationchange.
        if (Number.isFinite(audio.duration) && audio.duration !== this.mediaDuration) this.mediaDuration = audio.duration;
        this.seekNow();
        if (audio.currentTime !== this.lastPosition) {
          this.lastPosition = audio.currentTime;
          this.lastProgressAt = Date.now();
        }
        if (this.pendingSeek === undefined) this.time = audio.currentTime;
        if (!audio.paused && Date.now() - this.lastEventAt >= PROGRESS_EVERY) {
          this.progress(episode);
          this.save();
          this.positionState();
        }
        break;
      case 'ratechange':
        this.positionState();
        break;
      case 'volumechange':
        this.muted = audio.muted;
        this.volume = audio.volume;
        break;
      case 'seeked':
        this.reseek();
        break;
      case 'ended': {
        // The end of an earlier seek, not of listening: go where the listener asked last.
        if (this.reseek()) break;
        this.playing = false;
        this.playingEpisode = undefined;
        this.stopStallWatch();
        this.stored(episode, null);
        this.dispatchEvent(new SpfEndedEvent({ episode }));
        const next = this.neighbour(1);
        if (next) this.goTo(next, true);
        break;
      }
      case 'error':
        this.onError();
        break;
    }
  };

  private onError(): void {
    const code = this.audio.error?.code;
    if (!code || !this.audio.src) return;
    // Nothing of this source could be used: try the next alternative.
    if (code === 4) return this.unusable();
    this.stopStallWatch();
    if (code === 3) {
      this.error = 'Decode';
      return;
    }
    const url = this.audio.src;
    this.error = code === 2 ? 'Network' : 'Unsupported';
    withExtras((module) => module.checkMissing(this as unknown as ExtrasHost, url));
  }

  /**
   * The current source cannot be played (an error, or it holds no sound):
   * tries the next alternative, and says so when there is none.
   */
  private unusable(): void {
    if (this.sourceIndex < this.sources.length - 1) {
      this.sourceIndex++;
      this.useSource(this.wantPlay);
      return;
    }
    this.stopStallWatch();
    const url = this.audio.src;
    const episode = this.playingEpisode;
    this.playingEpisode = undefined;
    this.playing = false;
    this.error = 'Unsupported';
    this.audio.pause();
    if (episode) this.dispatchEvent(new SpfPauseEvent({ episode }));
    if (this.audio.error) withExtras((module) => module.checkMissing(this as unknown as ExtrasHost, url));
  }

  private startStallWatch(): void {
    this.stopStallWatch();
    this.stallTimer = setInterval(() => {
      const limit = (this.stallTimeout > 0 ? this.stallTimeout : 10) * 1000;
      if (this.audio.paused || this.audio.ended || this.error) return this.stopStallWatch();
      if (Date.now() - this.lastProgressAt > limit) {
        this.error = 'Stall';
        this.stopStallWatch();
        this.audio.pause();
      }
    }, 250);
  }

  private stopStallWatch(): void {
    clearInterval(this.stallTimer);
    this.stallTimer = undefined;
  }

  private async retry(): Promise<void> {
    if (this.error === 'NoEpisode') {
      this.feedController.retry();
      return;
    }
    const at = this.time;
    this.error = undefined;
    this.pendingSeek = at > 0 ? at : undefined;
    this.useSources(this.wantPlay);
    await this.updateComplete;
    this.focusPlay();
  }

  private focusPlay(): void {
    this.focusOn('[part="play-button"]');
  }

  private focusOn(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private progress(episode: Episode): void {
    this.lastEventAt = Date.now();
    this.dispatchEvent(new SpfProgressEvent({ episode, position: this.audio.currentTime, duration: this.total }));
  }

  // ---- Resume --------------------------------------------------------------

  /**
   * The saved position of an episode in seconds (0 for none). With a value,
   * saves it; with null, forgets it. Full or blocked storage just means no resume.
   */
  private stored(episode: Episode, value?: number | null): number {
    try {
      const key = `${STORAGE_PREFIX}${this.feedState.url ?? ''}#${episode.id}`;
      if (value === null) localStorage.removeItem(key);
      else if (value !== undefined) localStorage.setItem(key, String(value));
      else {
        const saved = Number(localStorage.getItem(key));
        return Number.isFinite(saved) && saved > 0 ? saved : 0;
      }
    } catch {
      // Storage full or blocked: resume is a nicety.
    }
    return 0;
  }

  private save(): void {
    const episode = this.current;
    const position = this.audio.currentTime;
    if (!episode || !this.audio.src || this.error) return;
    const total = this.total;
    this.stored(episode, position <= 5 || (total && position >= total - 10) ? null : Math.floor(position));
  }

  private async resume(): Promise<void> {
    const at = this.resumeAt ?? 0;
    this.seek(at);
    this.play();
    await this.updateComplete;
    this.focusPlay();
  }

  // ---- Media Session, hand-off, sharing ------------------------------------

  private positionState(): void {
    extras?.positionState(this as unknown as ExtrasHost);
  }

  private readonly onListen = (event: Event): void => {
    const request = event as SpfListenRequestEvent;
    const id = request.detail?.episode;
    const episode = this.feedData?.episodes.find((each) => each.id === id);
    if (request.defaultPrevented || !episode) return;
    request.preventDefault();
    if (episode.id !== this.current?.id) this.goTo(episode, true);
    else {
      this.play();
      this.announce(this.l10n.term('nowPlaying', { title: this.titleOf(episode) }));
    }
    void this.updateComplete.then(() => this.focusPlay());
  };

  private async copyLink(): Promise<void> {
    const url = new URL(location.href);
    url.hash = `t=${clock(Math.round(this.time))}`;
    try {
      await navigator.clipboard.writeText(url.href);
      this.copyFallback = undefined;
      this.copied = true;
      this.announce(this.l10n.term('linkCopied'));
    } catch {
      withExtras((module) => module.showLink(this as unknown as ExtrasHost, url.href));
    }
  }

  // ---- Transcript and chapters ---------------------------------------------

  private async fetchTranscript(): Promise<void> {
    const episode = this.current;
    const file = episode?.transcript;
    if (!file) return;
    this.transcript = { status: 'loading' };
    let next: TranscriptState = { status: 'error' };
    try {
      const cues = await (await loadTranscriptView()).loadCues(file);
      if (cues.length) next = { status: 'ready', cues };
    } catch {
      // Shown as a message with Retry.
    }
    if (episode === this.current) this.transcript = next;
  }

  private onToggle(event: Event): void {
    this.transcriptOpen = (event.target as HTMLDetailsElement).open;
    if (this.transcriptOpen && this.transcript.status === 'idle') void this.fetchTranscript();
  }

  // ---- Keyboard ------------------------------------------------------------

  private onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || this.error) return;
    const target = event.composedPath()[0] as Element;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    // On the seek slider: arrows 5 seconds, Page Up and Page Down 30, Home and End.
    if (target?.matches?.('[part="seek"]')) {
      const to = key in SEEK_KEYS ? this.time + SEEK_KEYS[key] : key === 'Home' ? 0 : key === 'End' ? this.total : undefined;
      if (to === undefined) return;
      this.seek(to);
    } else {
      if (target?.closest?.('input, select, textarea, [contenteditable]')) return;
      if (key === 'k' || (key === ' ' && !target?.closest?.('button, a, summary'))) this.toggle();
      else if (key in SKIPS) this.skip(SKIPS[key]);
      else if (key === 'm') this.audio.muted = !this.audio.muted;
      else return;
    }
    event.preventDefault();
  }

  // ---- Rendering -----------------------------------------------------------

  private titleOf(episode: Episode): string {
    return this.l10n.text(episode.title, this.feedData?.language);
  }

  private spoken(seconds: number): string {
    const [h, m, s] = parts(seconds);
    const words: string[] = [];
    if (h) words.push(this.l10n.plural('hours', h));
    if (m) words.push(this.l10n.plural('minutes', m));
    if (s || !words.length) words.push(this.l10n.plural('seconds', s));
    return words.join(' ');
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
    return html`<section part="base" class="player" aria-labelledby=${this.feedState.status === 'ready' ? 'title' : nothing} @keydown=${this.onKeydown}>
      ${this.renderFeedState(() => this.renderPlayer())}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  private renderPlayer() {
    const episode = this.current;
    if (!episode) return html`${this.heading(0, this.l10n.term('errorTitle'), { id: 'title' })}${this.renderError()}`;
    const lang = this.feedData?.language;
    const list = this.playlist;
    const index = list.indexOf(episode);
    const summary = this.compact ? '' : this.l10n.text(episode.summary, lang);
    return html`${this.heading(0, this.titleOf(episode), { id: 'title' })}
      ${index >= 0 && list.length > 1 ? html`<p class="meta">${this.l10n.term('partOf', { number: index + 1, count: list.length })}</p>` : nothing}
      ${summary ? html`<p class="summary">${summary}</p>` : nothing}
      ${this.error ? this.renderError() : this.renderControls()}
      ${this.renderChapters()} ${list.length > 1 ? this.renderSeries(list) : nothing}
      ${this.error ? nothing : this.renderActions()} ${this.renderTranscript()}`;
  }

  private renderError() {
    return html`<div class="error-summary" part="error" role="alert">
        ${this.current ? html`<p class="heading">${this.l10n.term('errorTitle')}</p>` : nothing}
        <p>${this.l10n.term(`error${this.error ?? 'Unsupported'}`)}</p>
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
      >${icons.download}<span>${size ? this.l10n.term('download', { type, size }) : this.l10n.term('downloadNoSize', { type })}</span></a
    >`;
  }

  private renderControls() {
    const total = this.total;
    const time = this.time;
    const valueText = this.l10n.term('positionOf', { position: this.spoken(time), total: total ? this.spoken(total) : this.l10n.term('unknownLength') });
    // Compact players keep the buttons' and the volume's names for assistive tech only.
    const label = (key: StringKey) => html`<span class=${this.compact ? 'visually-hidden' : 'label'}>${this.l10n.term(key)}</span>`;
    return html`${this.resumeAt
        ? html`<p><button type="button" class="secondary" part="resume" @click=${this.resume}>
            ${this.l10n.term('resume', { time: clock(this.resumeAt) })}
          </button></p>`
        : nothing}
      <div class="controls" part="controls">
        <button type="button" class="play" part="play-button" @click=${this.toggle}>
          ${this.playing ? icons.pause : icons.play}${label(this.playing ? 'pause' : 'play')}
        </button>
        <button type="button" class="back" @click=${() => this.skip(-15)}>${icons.back}${label('back')}</button>
        <button type="button" class="forward" @click=${() => this.skip(30)}>${icons.forward}${label('forward')}</button>
        <p class="time" part="time">
          <span>${clock(time)}</span> / <span>${total ? clock(total) : this.l10n.term('unknownLength')}</span>
        </p>
        <label class="seek">
          <span class="visually-hidden">${this.l10n.term('position')}</span>
          <input
            type="range"
            part="seek"
            max=${Math.ceil(total ?? 0)}
            .value=${String(Math.floor(time))}
            aria-valuetext=${valueText}
            @input=${(event: Event) => this.seek(Number((event.target as HTMLInputElement).value))}
          />
        </label>
        <label class="field">
          ${this.l10n.term('speed')}
          <select class="speed" @change=${(event: Event) => this.setRate(Number((event.target as HTMLSelectElement).value))}>
            ${RATES.map((rate) => html`<option value=${rate} ?selected=${rate === this.rate}>${this.l10n.number(rate)}×</option>`)}
          </select>
        </label>
        <button type="button" class="mute" aria-pressed=${this.muted ? 'true' : 'false'} @click=${() => (this.audio.muted = !this.audio.muted)}>
          ${this.muted ? icons.muted : icons.volume}${label('mute')}
        </button>
        ${canSetVolume()
          ? html`<label class="field volume">
              ${label('volume')}
              <input
                type="range"
                min="0"
                max="100"
                step="5"
                .value=${String(Math.round(this.volume * 100))}
                aria-valuetext=${this.l10n.number(this.volume, { style: 'percent' })}
                @input=${(event: Event) => {
                  this.audio.volume = Number((event.target as HTMLInputElement).value) / 100;
                  this.audio.muted = false;
                }}
              />
            </label>`
          : nothing}
      </div>`;
  }

  private renderChapters() {
    const episode = this.current!;
    const lang = this.feedData?.language;
    const chapters = episode.chapters.length
      ? episode.chapters.map((chapter) => ({ start: chapter.start, title: this.l10n.text(chapter.title, lang) }))
      : (this.fileChapters ?? []);
    if (!chapters.length) return nothing;
    let current = -1;
    chapters.forEach((chapter, index) => {
      if (chapter.start <= this.time + 0.25) current = index;
    });
    return html`<div class="chapters">
      ${this.heading(1, this.l10n.term('chapters'))}
      <ol class="list" part="chapters">
        ${chapters.map((chapter, index) =>
          item(index === current, () => this.seek(chapter.start), html`<span class="stamp">${clock(chapter.start)}</span> <span>${chapter.title}</span>`),
        )}
      </ol>
    </div>`;
  }

  private renderSeries(list: Episode[]) {
    const previous = this.neighbour(-1);
    const next = this.neighbour(1);
    return html`<div class="series">
      <div class="row">
        ${previous
          ? html`<button type="button" class="previous" @click=${() => this.goTo(previous, this.playing)}>${icons.previous}${this.l10n.term('previous')}</button>`
          : nothing}
        ${next ? html`<button type="button" class="next" @click=${() => this.goTo(next, this.playing)}>${this.l10n.term('next')}${icons.next}</button>` : nothing}
      </div>
      ${this.heading(1, this.l10n.term('episodes'))}
      <ol class="list" part="episode-list">
        ${list.map((episode) => item(episode === this.current, () => episode !== this.current && this.goTo(episode, this.playing), this.titleOf(episode)))}
      </ol>
    </div>`;
  }

  private renderActions() {
    return html`<div class="row actions">
        ${this.renderDownload()}
        <button type="button" class="copy" @click=${this.copyLink}>${icons.link}${this.l10n.term('copyLink')}</button>
        ${this.copied ? html`<span aria-hidden="true">${this.l10n.term('linkCopied')}</span>` : nothing}
      </div>
      ${this.copyFallback ? extras!.renderLink(this as unknown as ExtrasHost, html) : nothing}`;
  }

  private renderTranscript() {
    const episode = this.current!;
    if (!episode.transcript) return html`<p class="no-transcript">${this.l10n.term('noTranscript')}</p>`;
    const state = this.transcript;
    let body: unknown;
    // 'ready' comes only after the transcript view has loaded.
    if (state.status === 'ready') body = transcriptView!.renderCues(this as unknown as TranscriptHost, state.cues, { html, nothing, clock });
    else if (state.status === 'error') {
      body = html`<p>${this.l10n.term('transcriptError')}</p>
        <button type="button" class="secondary" @click=${this.fetchTranscript}>${this.l10n.term('retry')}</button>`;
    } else body = html`<p role="status">${this.l10n.term('transcriptLoading')}</p>`;
    return html`<details part="transcript" class="transcript" ?open=${this.transcriptOpen} @toggle=${this.onToggle}>
      <summary>${this.l10n.term('transcript')}</summary>
      ${body}
    </details>`;
  }
}
