/**
 * What makes the player play: choosing a source the browser can play, play,
 * pause, seeking, speed, the stall watch, errors, resume, the progress
 * events, copy link and the transcript's loading. It comes in the same file
 * as the controls (player-view.ts), which the player fetches while the feed
 * loads; nothing here is needed before an episode is ready. The functions
 * work on the player's state by name, through `PlaybackHost`.
 */
import {
  lazyModule,
  type LocalizeController,
  type CoreStringKey,
  type FeedState,
  type SpfListenRequestEvent,
} from '@spf-wellbeing/core';
import type { AudioSource, Episode, Feed } from '@spf-wellbeing/feed';
import type { StringKey } from './strings.js';
import { clock, parseTime } from './time.js';
import type { Cue, FileChapter } from './transcript.js';
import type { TranscriptHost } from './transcript-view.js';
import type { ExtrasHost, PlayerActions } from './extras.js';
import { SpfEndedEvent, SpfPauseEvent, SpfPlayEvent, SpfProgressEvent } from './events.js';

export type TranscriptState = { status: 'idle' | 'loading' | 'error' } | { status: 'ready'; cues: Cue[] };

/** The player's state and the few of its methods that playback uses. */
export interface PlaybackHost extends HTMLElement {
  readonly l10n: LocalizeController<StringKey | CoreStringKey>;
  readonly audio: HTMLAudioElement;
  readonly feedState: FeedState;
  readonly feedData?: Feed;
  readonly total: number | undefined;
  readonly updateComplete: Promise<boolean>;
  readonly start?: string;
  readonly stallTimeout: number;
  current?: Episode;
  loadedKey?: string;
  selected?: string;
  playing: boolean;
  time: number;
  mediaDuration: number;
  rate: number;
  muted: boolean;
  volume: number;
  error?: string;
  resumeAt?: number;
  copied: boolean;
  copyFallback?: string;
  query: string;
  transcript: TranscriptState;
  transcriptOpen: boolean;
  fileChapters?: FileChapter[];
  sources: AudioSource[];
  sourceIndex: number;
  titleOf(episode: Episode): string;
  neighbour(step: number): Episode | undefined;
  announce(text: string): void;
  focusPlay(): void;
}

/** What playback keeps for each player and nothing else reads: kept here, not on the element. */
interface Own {
  /** The episode that is playing, until it pauses or ends. */
  playingEpisode?: Episode;
  /** The listener asked to play (so a fallback source plays on). */
  wantPlay: boolean;
  /** Where to seek once the audio can. */
  pendingSeek?: number;
  /** Where the last seek asked the audio to go, until it gets there. */
  seekTarget?: number;
  seekTries: number;
  /** `start` (or a #t= link) has been used once. */
  startUsed: boolean;
  lastProgressAt: number;
  lastPosition: number;
  lastEventAt: number;
  stallTimer?: ReturnType<typeof setInterval>;
}
const owned = new WeakMap<PlaybackHost, Own>();
function own(host: PlaybackHost): Own {
  let state = owned.get(host);
  if (!state)
    owned.set(
      host,
      (state = {
        wantPlay: false,
        seekTries: 0,
        startUsed: false,
        lastProgressAt: 0,
        lastPosition: -1,
        lastEventAt: 0,
      }),
    );
  return state;
}

const STORAGE_PREFIX = 'spf-podcast-player:v1:';
const PROGRESS_EVERY = 5000;

/** The transcript panel's body and the transcript and chapter file loaders, on first use. */
export const transcriptPart = lazyModule(() => import('./transcript-view.js'));
/** Media Session wiring, the copy-link field and the missing-file check, on first use. */
const extrasPart = lazyModule(() => import('./extras.js'));
/** Runs `use` once the extras have loaded; without them (offline), those niceties are left out. */
const withExtras = (use: (module: NonNullable<typeof extrasPart.module>) => unknown) =>
  void extrasPart.load().then((module) => module && use(module));
/** The copy-link field, once the extras have loaded. */
export const extras = () => extrasPart.module;

/** The player that last started playing: starting another pauses it, so only one voice plays at a time. */
let playingNow: PlaybackHost | undefined;

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
  const rank = (source: AudioSource) =>
    source.type ? ['', 'maybe', 'probably'].indexOf(audio.canPlayType(source.type)) : 1;
  return sources.filter((source) => rank(source) > 0).sort((a, b) => rank(b) - rank(a));
}

/** What the system's media controls (Media Session) may do to this player. */
const actions = (host: PlaybackHost): PlayerActions => ({
  play: () => play(host),
  pause: () => pause(host),
  skip: (by) => skip(host, by),
  seek: (to) => seek(host, to),
  goTo: (episode) => goTo(host, episode, true),
});

export function load(host: PlaybackHost, episode: Episode | undefined, autoplay: boolean): void {
  save(host);
  stopStallWatch(host);
  const was = own(host).playingEpisode;
  own(host).playingEpisode = undefined;
  if (was && !host.audio.paused) host.dispatchEvent(new SpfPauseEvent({ episode: was }));
  host.audio.pause();
  host.current = episode;
  host.loadedKey = `${host.feedState.url}#${episode?.id ?? ''}`;
  host.error = undefined;
  host.playing = false;
  host.time = 0;
  own(host).lastPosition = -1;
  host.mediaDuration = NaN;
  own(host).pendingSeek = undefined;
  host.transcript = { status: 'idle' };
  host.fileChapters = undefined;
  host.query = '';
  host.copyFallback = undefined;
  host.copied = false;
  host.resumeAt = undefined;
  host.sources = [];
  if (!episode) {
    host.error = 'NoEpisode';
    host.audio.removeAttribute('src');
    host.audio.load();
    return;
  }
  const start = own(host).startUsed ? undefined : startTime(host);
  own(host).startUsed = true;
  const saved = stored(host, episode);
  if (start !== undefined) host.time = own(host).pendingSeek = start;
  else if (saved > 5 && (!episode.duration || saved < episode.duration - 10)) host.resumeAt = saved;
  useSources(host, autoplay);
  if (!episode.chapters.length && episode.chaptersFile) {
    // Without the file (offline), no chapters are listed.
    void transcriptPart.load().then((module) => module?.loadChapters(host as unknown as TranscriptHost, episode));
  }
  if (host.transcriptOpen) void fetchTranscript(host);
}

export function startTime(host: PlaybackHost): number | undefined {
  const own = parseTime(host.start);
  if (own !== undefined) return own;
  // A "copy link at current time" link: #t=12:30, for the page's first player.
  const match = /^#t=([\d:.]+)$/.exec(location.hash);
  return match && document.querySelector('spf-podcast-player') === (host as HTMLElement)
    ? parseTime(match[1])
    : undefined;
}

/** Starts again from the first playable source of the current episode. */
export function useSources(host: PlaybackHost, autoplay: boolean): void {
  host.sources = playable(host.audio, host.current!.audio);
  host.sourceIndex = 0;
  useSource(host, autoplay);
}

export function useSource(host: PlaybackHost, autoplay: boolean): void {
  const source = host.sources[host.sourceIndex];
  if (!source) {
    host.error = 'Unsupported';
    host.audio.removeAttribute('src');
    host.audio.load();
    return;
  }
  host.audio.src = source.url;
  setRate(host, host.rate);
  if (autoplay) play(host);
}

export function play(host: PlaybackHost): void {
  own(host).wantPlay = true;
  if (host.error || !host.audio.src) return;
  if (own(host).pendingSeek === undefined && host.audio.readyState === 0 && host.time > 0)
    own(host).pendingSeek = host.time;
  own(host).lastProgressAt = Date.now();
  startStallWatch(host);
  try {
    void host.audio.play()?.catch((error: DOMException) => {
      if (error?.name === 'NotAllowedError') {
        own(host).wantPlay = false;
        stopStallWatch(host);
      }
    });
  } catch {
    // Very old engines return nothing or throw; the error event covers real failures.
  }
}

export function pause(host: PlaybackHost): void {
  own(host).wantPlay = false;
  host.audio.pause();
}

export function toggle(host: PlaybackHost): void {
  if (host.audio.paused || host.audio.ended) play(host);
  else pause(host);
}

export function seek(host: PlaybackHost, to: number): void {
  const total = host.total;
  const time = Math.max(0, total ? Math.min(to, total) : to);
  host.time = time;
  own(host).lastProgressAt = Date.now();
  host.resumeAt = undefined;
  own(host).pendingSeek = time;
  seekNow(host);
  positionState(host);
}

/**
 * Moves the audio to the pending position once the engine can seek: it has
 * metadata and knows the length. (WebKit, from a server without Range
 * support, says the length is 0 until it plays, and a seek then goes to 0.)
 */
export function seekNow(host: PlaybackHost): void {
  const to = own(host).pendingSeek;
  const audio = host.audio;
  if (to === undefined || audio.readyState === 0 || (to > 0 && !(audio.duration > 0))) return;
  own(host).pendingSeek = undefined;
  try {
    audio.currentTime = to;
    own(host).seekTarget = to;
    own(host).seekTries = 0;
  } catch {
    // Not seekable: playback goes on from where it is.
  }
}

/**
 * After a seek: if the audio landed somewhere else than asked (WebKit, when
 * a new seek comes while one to the end is still going, can finish at the
 * end), asks once more. True when it did.
 */
export function reseek(host: PlaybackHost): boolean {
  const to = own(host).seekTarget;
  if (to === undefined) return false;
  // There, or asked three times already: done.
  if (Math.abs(host.audio.currentTime - to) < 0.5 || !(to < host.audio.duration - 0.5) || own(host).seekTries >= 3) {
    own(host).seekTarget = undefined;
    return false;
  }
  own(host).seekTries++;
  try {
    host.audio.currentTime = to;
  } catch {
    own(host).seekTarget = undefined;
    return false;
  }
  return true;
}

export function skip(host: PlaybackHost, by: number): void {
  seek(host, host.time + by);
}

export function setRate(host: PlaybackHost, rate: number): void {
  host.rate = rate;
  host.audio.defaultPlaybackRate = rate;
  host.audio.playbackRate = rate;
}

export function goTo(host: PlaybackHost, episode: Episode, autoplay: boolean): void {
  host.selected = episode.id;
  load(host, episode, autoplay);
  host.announce(host.l10n.term('nowPlaying', { title: host.titleOf(episode) }));
}

export function onMedia(host: PlaybackHost, event: Event): void {
  const audio = host.audio;
  const episode = host.current;
  if (!episode) return;
  // WebKit can learn the length late, with no durationchange: check on every event.
  if (Number.isFinite(audio.duration) && audio.duration > 0 && audio.duration !== host.mediaDuration)
    host.mediaDuration = audio.duration;
  switch (event.type) {
    case 'canplay':
    case 'progress':
      seekNow(host);
      break;
    case 'loadedmetadata':
    case 'durationchange':
      if (event.type === 'loadedmetadata' && !hasSound(audio)) return unusable(host);
      // A source the engine can neither measure nor seek in (WebKitGTK with
      // Ogg Opus) would leave chapters, skips and resume dead: use the next.
      if (
        event.type === 'loadedmetadata' &&
        !(audio.duration > 0) &&
        !audio.seekable.length &&
        host.sourceIndex < host.sources.length - 1
      ) {
        return unusable(host);
      }
      if (Number.isFinite(audio.duration)) host.mediaDuration = audio.duration;
      seekNow(host);
      positionState(host);
      break;
    case 'play':
      host.playing = true;
      own(host).playingEpisode = episode;
      if (playingNow && playingNow !== host) pause(playingNow);
      playingNow = host;
      host.error = undefined;
      host.resumeAt = undefined;
      host.announce(host.l10n.term('playing', { title: host.titleOf(episode) }));
      host.dispatchEvent(new SpfPlayEvent({ episode }));
      withExtras((module) => module.mediaSession(host as unknown as ExtrasHost, episode, actions(host)));
      break;
    case 'pause': {
      // A pause left over from switching episodes belongs to no one now.
      const was = own(host).playingEpisode;
      if (!audio.paused || !was) break;
      own(host).playingEpisode = undefined;
      host.playing = false;
      stopStallWatch(host);
      save(host);
      if (!audio.ended && !host.error) {
        host.announce(host.l10n.term('paused'));
        host.dispatchEvent(new SpfPauseEvent({ episode: was }));
        progress(host, was);
      }
      break;
    }
    case 'timeupdate':
      // WebKit can learn the length only while playing (from a server without
      // Range support), and then fires no durationchange.
      if (Number.isFinite(audio.duration) && audio.duration !== host.mediaDuration) host.mediaDuration = audio.duration;
      seekNow(host);
      if (audio.currentTime !== own(host).lastPosition) {
        own(host).lastPosition = audio.currentTime;
        own(host).lastProgressAt = Date.now();
      }
      if (own(host).pendingSeek === undefined) host.time = audio.currentTime;
      if (!audio.paused && Date.now() - own(host).lastEventAt >= PROGRESS_EVERY) {
        progress(host, episode);
        save(host);
        positionState(host);
      }
      break;
    case 'ratechange':
      positionState(host);
      break;
    case 'volumechange':
      host.muted = audio.muted;
      host.volume = audio.volume;
      break;
    case 'seeked':
      reseek(host);
      break;
    case 'ended': {
      // The end of an earlier seek, not of listening: go where the listener asked last.
      if (reseek(host)) break;
      host.playing = false;
      own(host).playingEpisode = undefined;
      stopStallWatch(host);
      stored(host, episode, null);
      host.dispatchEvent(new SpfEndedEvent({ episode }));
      const next = host.neighbour(1);
      if (next) goTo(host, next, true);
      break;
    }
    case 'error':
      onError(host);
      break;
  }
}

export function onError(host: PlaybackHost): void {
  const code = host.audio.error?.code;
  if (!code || !host.audio.src) return;
  // Nothing of this source could be used: try the next alternative.
  if (code === 4) return unusable(host);
  stopStallWatch(host);
  if (code === 3) {
    host.error = 'Decode';
    return;
  }
  const url = host.audio.src;
  host.error = code === 2 ? 'Network' : 'Unsupported';
  withExtras((module) => module.checkMissing(host as unknown as ExtrasHost, url));
}

/**
 * The current source cannot be played (an error, or it holds no sound):
 * tries the next alternative, and says so when there is none.
 */
export function unusable(host: PlaybackHost): void {
  if (host.sourceIndex < host.sources.length - 1) {
    host.sourceIndex++;
    useSource(host, own(host).wantPlay);
    return;
  }
  stopStallWatch(host);
  const url = host.audio.src;
  const episode = own(host).playingEpisode;
  own(host).playingEpisode = undefined;
  host.playing = false;
  host.error = 'Unsupported';
  host.audio.pause();
  if (episode) host.dispatchEvent(new SpfPauseEvent({ episode }));
  if (host.audio.error) withExtras((module) => module.checkMissing(host as unknown as ExtrasHost, url));
}

export function startStallWatch(host: PlaybackHost): void {
  stopStallWatch(host);
  own(host).stallTimer = setInterval(() => {
    const limit = (host.stallTimeout > 0 ? host.stallTimeout : 10) * 1000;
    if (host.audio.paused || host.audio.ended || host.error) return stopStallWatch(host);
    if (Date.now() - own(host).lastProgressAt > limit) {
      host.error = 'Stall';
      stopStallWatch(host);
      host.audio.pause();
    }
  }, 250);
}

export function stopStallWatch(host: PlaybackHost): void {
  clearInterval(own(host).stallTimer);
  own(host).stallTimer = undefined;
}

export function progress(host: PlaybackHost, episode: Episode): void {
  own(host).lastEventAt = Date.now();
  host.dispatchEvent(new SpfProgressEvent({ episode, position: host.audio.currentTime, duration: host.total }));
}

/**
 * The saved position of an episode in seconds (0 for none). With a value,
 * saves it; with null, forgets it. Full or blocked storage just means no resume.
 */
export function stored(host: PlaybackHost, episode: Episode, value?: number | null): number {
  try {
    const key = `${STORAGE_PREFIX}${host.feedState.url ?? ''}#${episode.id}`;
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

export function save(host: PlaybackHost): void {
  const episode = host.current;
  const position = host.audio.currentTime;
  if (!episode || !host.audio.src || host.error) return;
  const total = host.total;
  stored(host, episode, position <= 5 || (total && position >= total - 10) ? null : Math.floor(position));
}

export async function resume(host: PlaybackHost): Promise<void> {
  const at = host.resumeAt ?? 0;
  seek(host, at);
  play(host);
  await host.updateComplete;
  host.focusPlay();
}

export function positionState(host: PlaybackHost): void {
  extrasPart.module?.positionState(host as unknown as ExtrasHost);
}

export function onListen(host: PlaybackHost, event: Event): void {
  const request = event as SpfListenRequestEvent;
  const id = request.detail?.episode;
  const episode = host.feedData?.episodes.find((each) => each.id === id);
  if (request.defaultPrevented || !episode) return;
  request.preventDefault();
  if (episode.id !== host.current?.id) goTo(host, episode, true);
  else {
    play(host);
    host.announce(host.l10n.term('nowPlaying', { title: host.titleOf(episode) }));
  }
  void host.updateComplete.then(() => host.focusPlay());
}

export async function copyLink(host: PlaybackHost): Promise<void> {
  const url = new URL(location.href);
  url.hash = `t=${clock(Math.round(host.time))}`;
  try {
    await navigator.clipboard.writeText(url.href);
    host.copyFallback = undefined;
    host.copied = true;
    host.announce(host.l10n.term('linkCopied'));
  } catch {
    withExtras((module) => module.showLink(host as unknown as ExtrasHost, url.href));
  }
}

export async function fetchTranscript(host: PlaybackHost): Promise<void> {
  const episode = host.current;
  const file = episode?.transcript;
  if (!file) return;
  host.transcript = { status: 'loading' };
  let next: TranscriptState = { status: 'error' };
  try {
    const cues = await (await transcriptPart.load())?.loadCues(file);
    // A file with no cues is 'ready' too: the panel says so and links to it.
    if (cues) next = { status: 'ready', cues };
  } catch {
    // Shown as a message with Retry.
  }
  if (episode === host.current) host.transcript = next;
}

export function onToggle(host: PlaybackHost, event: Event): void {
  host.transcriptOpen = (event.target as HTMLDetailsElement).open;
  if (host.transcriptOpen && host.transcript.status === 'idle') void fetchTranscript(host);
}

/** Playback again from where it stopped, after an error: the Retry button. */
export function retry(host: PlaybackHost): void {
  const at = host.time;
  host.error = undefined;
  own(host).pendingSeek = at > 0 ? at : undefined;
  useSources(host, own(host).wantPlay);
}

/** The player left the page: save the place, stop, and let the browser free the audio. */
export function stop(host: PlaybackHost): void {
  save(host);
  own(host).wantPlay = false;
  host.audio.pause();
  stopStallWatch(host);
  if (playingNow === host) playingNow = undefined;
  // Let the browser free the decoder and the download: a page that adds and
  // removes many players (a single-page app) should not keep them all open.
  // WebKit's page process crashed now and then with many left loaded.
  if (host.audio.hasAttribute('src')) {
    host.audio.removeAttribute('src');
    host.audio.load();
    // Back in the page, the episode loads again (at its saved position).
    host.loadedKey = undefined;
  }
}

/** After each render: keeps the transcript's current cue in view. */
export function rendered(host: PlaybackHost): void {
  transcriptPart.module?.keepCueInView(host as unknown as TranscriptHost);
}
