/**
 * `PlaybackController`: what makes the player play. It owns the player's
 * audio element (its source, play and pause, seeking, speed, volume, the
 * stall watch, errors, resume, the progress events, one voice at a time,
 * "Listen" requests and copy link) and keeps what the listener sees in one
 * read-only `state`. The element renders from `state`; the controls call the
 * controller's methods (requests) and never write state, as media-chrome's
 * store and mediator do.
 *
 * It comes in the same file as the controls (player-view.ts), which the
 * player fetches while the feed loads: nothing here is needed before an
 * episode is ready.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  lazyModule,
  type CoreStringKey,
  type LocalizeController,
  type SpfListenRequestEvent,
} from '@spf-wellbeing/core';
import type { AudioSource, Episode, Feed } from '@spf-wellbeing/feed';
import type { StringKey } from './strings.js';
import type { ControlsStringKey } from './controls-strings.js';
import { clock, parseTime } from './time.js';
import { readResume, writeResume } from './resume-store.js';
import { SpfEndedEvent, SpfPauseEvent, SpfPlayEvent, SpfProgressEvent } from './events.js';

/** Why an episode cannot be played. Each kind's message is the string `error` + its name: errorNetwork… */
export type PlaybackError = 'Network' | 'Missing' | 'Decode' | 'Unsupported' | 'Stall' | 'NoEpisode';

/** What the listener sees of playback. Only the controller changes it, as a whole new object. */
export interface PlaybackState {
  /** The episode loaded (or the one that could not be found: none, with `error` NoEpisode). */
  readonly episode?: Episode;
  readonly playing: boolean;
  /** Where playback is, in seconds (where it will start, before the audio can seek). */
  readonly time: number;
  /** The audio's own length in seconds; NaN until the engine knows it. See `total`. */
  readonly duration: number;
  readonly rate: number;
  readonly muted: boolean;
  readonly volume: number;
  readonly error?: PlaybackError;
  /** A saved place to offer ("Resume from 12:30"), until playback starts or moves. */
  readonly resumeAt?: number;
  /** The source the audio element plays (or tries). */
  readonly source?: AudioSource;
  /** The link was copied (a visual tick; the announcement says it too). */
  readonly copied: boolean;
  /** The link, shown in a field when copying failed. */
  readonly copyFallback?: string;
}

export type PlayerL10n = LocalizeController<StringKey | ControlsStringKey | CoreStringKey>;

/** What the player gives its playback: the audio element, and what it knows about the page and the feed. */
export interface PlaybackOptions {
  /** The player's audio element. Only the controller touches it. */
  readonly media: HTMLAudioElement;
  readonly l10n: PlayerL10n;
  /** The feed's URL, which resume positions are saved under. */
  feedUrl(): string | undefined;
  feed(): Feed | undefined;
  /** The series' episodes in order, or []. */
  playlist(): Episode[];
  /** The `start` attribute. */
  start(): string | undefined;
  /** The `stall-timeout` attribute, in seconds. */
  stallTimeout(): number;
  titleOf(episode: Episode): string;
  /** Says something through the player's live region. */
  announce(text: string): void;
  /** Puts focus on the play button, once rendered. */
  focusPlay(): void;
}

const PROGRESS_EVERY = 5000;
const MEDIA_EVENTS = [
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
];

/** Media Session wiring, the copy-link field and the missing-file check, on first use. */
export const extrasPart = lazyModule(() => import('./extras.js'));
/** Runs `use` once the extras have loaded; without them (offline), those niceties are left out. */
const withExtras = (use: (module: NonNullable<typeof extrasPart.module>) => unknown) =>
  void extrasPart.load().then((module) => module && use(module));

/** The player that last started playing: starting another pauses it, so only one voice plays at a time. */
let playingNow: PlaybackController | undefined;

/**
 * False when the engine says the loaded media has no sound at all. WebKit
 * loads a text file served as audio without an error, as media with no
 * audio track and no length, and "plays" it by ending at once. Engines
 * without `audioTracks` (Chromium, Firefox) report such a file as an error.
 */
function hasSound(audio: HTMLAudioElement & { audioTracks?: { length: number } }): boolean {
  const tracks = audio.audioTracks;
  return !tracks || tracks.length > 0 || audio.duration > 0;
}

/** Sources the browser says it can play, 'probably' before 'maybe'. */
function playable(audio: HTMLAudioElement, sources: AudioSource[]): AudioSource[] {
  const rank = (source: AudioSource) =>
    source.type ? ['', 'maybe', 'probably'].indexOf(audio.canPlayType(source.type)) : 1;
  return sources.filter((source) => rank(source) > 0).sort((a, b) => rank(b) - rank(a));
}

export class PlaybackController implements ReactiveController {
  /** The player's audio element, which this controller alone drives. */
  readonly media: HTMLAudioElement;
  private current: PlaybackState = {
    playing: false,
    time: 0,
    duration: NaN,
    rate: 1,
    muted: false,
    volume: 1,
    copied: false,
  };

  /** The id of the episode the listener chose (series list, "Listen", next at the end), over `episode`. */
  private chosen?: string;
  /** Feed URL and episode id of what is loaded, so it loads once. */
  private loadedKey?: string;
  private sources: AudioSource[] = [];
  private sourceIndex = 0;
  /** The episode that is playing, until it pauses or ends. */
  private playingEpisode?: Episode;
  /** The listener asked to play (so a fallback source plays on). */
  private wantPlay = false;
  /** Where to seek once the audio can. */
  private pendingSeek?: number;
  /** Where the last seek asked the audio to go, until it gets there. */
  private seekTarget?: number;
  private seekTries = 0;
  /** `start` (or a #t= link) has been used once. */
  private startUsed = false;
  private lastProgressAt = 0;
  private lastPosition = -1;
  private lastEventAt = 0;
  private stallTimer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PlaybackOptions,
  ) {
    this.media = options.media;
    this.media.preload = 'metadata';
    for (const type of MEDIA_EVENTS) this.media.addEventListener(type, this.onMedia);
    host.addController(this);
  }

  /** What the listener sees. */
  get state(): PlaybackState {
    return this.current;
  }

  /** The length to show: the audio's own once known, else the feed's. */
  get total(): number | undefined {
    const { duration, episode } = this.current;
    return Number.isFinite(duration) && duration > 0 ? duration : episode?.duration;
  }

  /** The episode the listener chose over the `episode` attribute, if any. */
  get choice(): string | undefined {
    return this.chosen;
  }

  private set(change: Partial<PlaybackState>): void {
    this.current = { ...this.current, ...change };
    this.host.requestUpdate();
  }

  /** The episode's title in the reader's language. */
  titleOf(episode: Episode): string {
    return this.options.titleOf(episode);
  }

  /** The feed's title, as the album on the lock screen. */
  private album(): string {
    const feed = this.options.feed();
    return this.options.l10n.text(feed?.title, feed?.language);
  }

  private announce(key: 'playing' | 'nowPlaying', episode: Episode): void {
    this.options.announce(this.options.l10n.term(key, { title: this.titleOf(episode) }));
  }

  hostConnected(): void {
    document.addEventListener('spf-listen-request', this.onListen);
    window.addEventListener('pagehide', this.onPageHide);
    // Moved, or put back: the player renders again, and `show` loads the episode again (`stop` let it go).
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    document.removeEventListener('spf-listen-request', this.onListen);
    window.removeEventListener('pagehide', this.onPageHide);
    this.stop();
  }

  private readonly onPageHide = (): void => this.save();

  // ---- Which episode -------------------------------------------------------

  /** The player's choice of episode: loads it, unless it is the one loaded. */
  show(episode: Episode | undefined): void {
    // Out of the page (removed while something it waited for arrived), it loads nothing until put back.
    if (!this.host.isConnected) return;
    if (this.key(episode) !== this.loadedKey) this.load(episode, false);
  }

  /** The page changed `episode` or `series`: the listener's earlier choice no longer counts. */
  forgetChoice(): void {
    this.chosen = undefined;
  }

  /** The episode before (-1) or after (1) the current one in the series. */
  neighbour(step: number): Episode | undefined {
    const list = this.options.playlist();
    const index = list.findIndex((episode) => episode.id === this.current.episode?.id);
    return index < 0 ? undefined : list[index + step];
  }

  private key(episode: Episode | undefined): string {
    return `${this.options.feedUrl()}#${episode?.id ?? ''}`;
  }

  private load(episode: Episode | undefined, autoplay: boolean): void {
    this.save();
    this.stopStallWatch();
    const was = this.playingEpisode;
    this.playingEpisode = undefined;
    if (was && !this.media.paused) this.host.dispatchEvent(new SpfPauseEvent({ episode: was }));
    this.media.pause();
    this.loadedKey = this.key(episode);
    this.lastPosition = -1;
    this.pendingSeek = undefined;
    this.sources = [];
    this.set({
      episode,
      error: undefined,
      playing: false,
      time: 0,
      duration: NaN,
      copyFallback: undefined,
      copied: false,
      resumeAt: undefined,
      source: undefined,
    });
    if (!episode) {
      this.set({ error: 'NoEpisode' });
      this.media.removeAttribute('src');
      this.media.load();
      return;
    }
    const start = this.startUsed ? undefined : this.startTime();
    this.startUsed = true;
    const saved = readResume(this.options.feedUrl(), episode.id);
    if (start !== undefined) this.set({ time: (this.pendingSeek = start) });
    else if (saved > 5 && (!episode.duration || saved < episode.duration - 10)) this.set({ resumeAt: saved });
    this.useSources(episode, autoplay);
  }

  private startTime(): number | undefined {
    const own = parseTime(this.options.start());
    if (own !== undefined) return own;
    // A "copy link at current time" link: #t=12:30, for the page's first player.
    const match = /^#t=([\d:.]+)$/.exec(location.hash);
    return match && document.querySelector('spf-podcast-player') === this.host ? parseTime(match[1]) : undefined;
  }

  /** Starts again from the first playable source of the episode. */
  private useSources(episode: Episode, autoplay: boolean): void {
    this.sources = playable(this.media, episode.audio);
    this.sourceIndex = 0;
    this.useSource(autoplay);
  }

  private useSource(autoplay: boolean): void {
    const source = this.sources[this.sourceIndex];
    this.set({ source });
    if (!source) {
      this.set({ error: 'Unsupported' });
      this.media.removeAttribute('src');
      this.media.load();
      return;
    }
    this.media.src = source.url;
    this.seekTarget = undefined;
    this.setRate(this.current.rate);
    if (autoplay) this.play();
  }

  /** Plays another episode: from the series list, a "Listen" request, the system's track buttons or the end of one. */
  goTo(episode: Episode, autoplay: boolean): void {
    this.chosen = episode.id;
    this.load(episode, autoplay);
    this.announce('nowPlaying', episode);
  }

  // ---- Requests from the controls ------------------------------------------

  play(): void {
    this.wantPlay = true;
    if (this.current.error || !this.media.src) return;
    if (this.pendingSeek === undefined && this.media.readyState === 0 && this.current.time > 0)
      this.pendingSeek = this.current.time;
    this.lastProgressAt = Date.now();
    this.startStallWatch();
    try {
      void this.media.play()?.catch((error: DOMException) => {
        if (error?.name === 'NotAllowedError') {
          this.wantPlay = false;
          this.stopStallWatch();
        }
      });
    } catch {
      // Very old engines return nothing or throw; the error event covers real failures.
    }
  }

  pause(): void {
    this.wantPlay = false;
    this.media.pause();
  }

  toggle(): void {
    if (this.media.paused || this.media.ended) this.play();
    else this.pause();
  }

  /** Goes to a time the feed or the controls gave (a chapter, a cue, the slider), which the audio clamps itself. */
  seek(to: number): void {
    const time = Math.max(0, to);
    this.lastProgressAt = Date.now();
    this.pendingSeek = time;
    this.set({ time, resumeAt: undefined });
    this.seekNow();
    this.positionState();
  }

  /**
   * Back or forward by some seconds, to no further than the end, and never
   * back for forward. (The end holds back only here: a length the engine is
   * still measuring must not hold a chapter back.)
   */
  skip(by: number): void {
    const { time } = this.current;
    this.seek(Math.min(time + by, Math.max(this.total ?? Infinity, time)));
  }

  setRate(rate: number): void {
    this.set({ rate });
    this.media.defaultPlaybackRate = rate;
    this.media.playbackRate = rate;
  }

  toggleMute(): void {
    this.media.muted = !this.media.muted;
  }

  /** A volume from 0 to 1; it also unmutes. */
  setVolume(volume: number): void {
    this.media.volume = volume;
    this.media.muted = false;
  }

  /** Goes to the saved place and plays: the "Resume from" button. */
  async resume(): Promise<void> {
    this.seek(this.current.resumeAt ?? 0);
    this.play();
    await this.host.updateComplete;
    this.options.focusPlay();
  }

  /** Playback again from where it stopped, after an error: the Retry button. */
  retry(): void {
    const { episode, time } = this.current;
    if (!episode) return;
    this.set({ error: undefined });
    this.pendingSeek = time > 0 ? time : undefined;
    this.useSources(episode, this.wantPlay);
  }

  /** Copies a link to this point (`#t=12:30`); where the clipboard refuses, shows it in a field. */
  async copyLink(): Promise<void> {
    const url = new URL(location.href);
    url.hash = `t=${clock(Math.round(this.current.time))}`;
    try {
      await navigator.clipboard.writeText(url.href);
      this.set({ copyFallback: undefined, copied: true });
      this.options.announce(this.options.l10n.term('linkCopied'));
    } catch {
      withExtras(async () => {
        this.set({ copied: false, copyFallback: url.href });
        await this.host.updateComplete;
        const input = this.host.shadowRoot?.querySelector<HTMLInputElement>('.copy-fallback input');
        input?.focus();
        input?.select();
      });
    }
  }

  // ---- What the audio says -------------------------------------------------

  /**
   * Moves the audio to the pending position once the engine can seek: it has
   * metadata and knows the length. (WebKit, from a server without Range
   * support, says the length is 0 until it plays, and a seek then goes to 0.)
   */
  private seekNow(): void {
    const to = this.pendingSeek;
    const audio = this.media;
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
    const audio = this.media;
    if (to === undefined) return false;
    // There, or asked three times already: done.
    if (Math.abs(audio.currentTime - to) < 0.5 || !(to < audio.duration - 0.5) || this.seekTries >= 3) {
      this.seekTarget = undefined;
      return false;
    }
    this.seekTries++;
    try {
      audio.currentTime = to;
    } catch {
      this.seekTarget = undefined;
      return false;
    }
    return true;
  }

  private readonly onMedia = (event: Event): void => {
    const audio = this.media;
    const episode = this.current.episode;
    if (!episode) return;
    // WebKit can learn the length late, with no durationchange: check on every event.
    if (Number.isFinite(audio.duration) && audio.duration > 0 && audio.duration !== this.current.duration)
      this.set({ duration: audio.duration });
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
        if (
          event.type === 'loadedmetadata' &&
          !(audio.duration > 0) &&
          !audio.seekable.length &&
          this.sourceIndex < this.sources.length - 1
        ) {
          return this.unusable();
        }
        if (Number.isFinite(audio.duration)) this.set({ duration: audio.duration });
        this.seekNow();
        this.positionState();
        break;
      case 'play':
        this.playingEpisode = episode;
        if (playingNow && playingNow !== this) playingNow.pause();
        // One voice at a time for the page: the player now playing, which the next one pauses.
        // eslint-disable-next-line @typescript-eslint/no-this-alias
        playingNow = this;
        this.set({ playing: true, error: undefined, resumeAt: undefined });
        this.announce('playing', episode);
        this.host.dispatchEvent(new SpfPlayEvent({ episode }));
        withExtras((module) => module.mediaSession(this, episode, this.titleOf(episode), this.album()));
        break;
      case 'pause': {
        // A pause left over from switching episodes belongs to no one now.
        const was = this.playingEpisode;
        if (!audio.paused || !was) break;
        this.playingEpisode = undefined;
        this.set({ playing: false });
        this.stopStallWatch();
        this.save();
        if (!audio.ended && !this.current.error) {
          this.options.announce(this.options.l10n.term('paused'));
          this.host.dispatchEvent(new SpfPauseEvent({ episode: was }));
          this.progress(was);
        }
        break;
      }
      case 'timeupdate':
        // WebKit can learn the length only while playing (from a server without
        // Range support), and then fires no durationchange.
        if (Number.isFinite(audio.duration) && audio.duration !== this.current.duration)
          this.set({ duration: audio.duration });
        this.seekNow();
        if (audio.currentTime !== this.lastPosition) {
          this.lastPosition = audio.currentTime;
          this.lastProgressAt = Date.now();
        }
        // Not while a seek is going: WebKit reports where it was on the way.
        if (this.pendingSeek === undefined && this.seekTarget === undefined) this.set({ time: audio.currentTime });
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
        this.set({ muted: audio.muted, volume: audio.volume });
        break;
      case 'seeked':
        // Where the audio landed (WebKitGTK's Ogg Opus can land 2 s early), unless it asks again.
        if (!this.reseek() && this.pendingSeek === undefined) this.set({ time: audio.currentTime });
        break;
      case 'ended': {
        // The end of an earlier seek, not of listening: go where the listener asked last.
        if (this.reseek()) break;
        this.playingEpisode = undefined;
        this.set({ playing: false });
        this.stopStallWatch();
        writeResume(this.options.feedUrl(), episode.id, null);
        this.host.dispatchEvent(new SpfEndedEvent({ episode }));
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
    const audio = this.media;
    const code = audio.error?.code;
    if (!code || !audio.src) return;
    // Nothing of this source could be used: try the next alternative.
    if (code === 4) return this.unusable();
    this.stopStallWatch();
    if (code === 3) {
      this.set({ error: 'Decode' });
      return;
    }
    this.set({ error: code === 2 ? 'Network' : 'Unsupported' });
    this.checkMissing(audio.src);
  }

  /**
   * The current source cannot be played (an error, or it holds no sound):
   * tries the next alternative, and says so when there is none.
   */
  private unusable(): void {
    const audio = this.media;
    if (this.sourceIndex < this.sources.length - 1) {
      this.sourceIndex++;
      this.useSource(this.wantPlay);
      return;
    }
    this.stopStallWatch();
    const url = audio.src;
    const episode = this.playingEpisode;
    this.playingEpisode = undefined;
    this.set({ playing: false, error: 'Unsupported' });
    audio.pause();
    if (episode) this.host.dispatchEvent(new SpfPauseEvent({ episode }));
    if (audio.error) this.checkMissing(url);
  }

  /** Engines report a missing file as "not supported" or as a network error: the server tells them apart. */
  private checkMissing(url: string): void {
    withExtras(async (module) => {
      if ((await module.isMissing(url)) && this.media.src === url && this.current.error) this.set({ error: 'Missing' });
    });
  }

  private startStallWatch(): void {
    this.stopStallWatch();
    this.stallTimer = setInterval(() => {
      const seconds = this.options.stallTimeout();
      const limit = (seconds > 0 ? seconds : 10) * 1000;
      if (this.media.paused || this.media.ended || this.current.error) return this.stopStallWatch();
      if (Date.now() - this.lastProgressAt > limit) {
        this.set({ error: 'Stall' });
        this.stopStallWatch();
        this.media.pause();
      }
    }, 250);
  }

  private stopStallWatch(): void {
    clearInterval(this.stallTimer);
    this.stallTimer = undefined;
  }

  private progress(episode: Episode): void {
    this.lastEventAt = Date.now();
    this.host.dispatchEvent(new SpfProgressEvent({ episode, position: this.media.currentTime, duration: this.total }));
  }

  private positionState(): void {
    extrasPart.module?.positionState(this);
  }

  /** Saves the place in the episode, or forgets it near the start and the end. */
  private save(): void {
    const { episode, error } = this.current;
    const position = this.media.currentTime;
    if (!episode || !this.media.src || error) return;
    const total = this.total;
    writeResume(
      this.options.feedUrl(),
      episode.id,
      position <= 5 || (total && position >= total - 10) ? null : position,
    );
  }

  private readonly onListen = (request: SpfListenRequestEvent): void => {
    const id = request.detail?.episode;
    const episode = this.options.feed()?.episodes.find((each) => each.id === id);
    if (request.defaultPrevented || !episode) return;
    request.preventDefault();
    this.listen(episode);
  };

  /** Plays `episode` for a "Listen" request this player has taken, and puts focus on Pause. */
  listen(episode: Episode): void {
    if (episode.id !== this.current.episode?.id) this.goTo(episode, true);
    else {
      this.play();
      this.announce('nowPlaying', episode);
    }
    void this.host.updateComplete.then(() => this.options.focusPlay());
  }

  /** The player left the page: save the place, stop, and let the browser free the audio. */
  private stop(): void {
    this.save();
    this.wantPlay = false;
    this.media.pause();
    this.stopStallWatch();
    if (playingNow === this) playingNow = undefined;
    // Let the browser free the decoder and the download: a page that adds and
    // removes many players (a single-page app) should not keep them all open.
    // WebKit's page process crashed now and then with many left loaded.
    if (this.media.hasAttribute('src')) {
      this.media.removeAttribute('src');
      this.media.load();
      // Back in the page, the episode loads again (at its saved position).
      this.loadedKey = undefined;
    }
  }
}
