/**
 * Media Session wiring: the title on the lock screen and in the system's
 * media controls, their play, pause, skip and track buttons, and the position.
 * The player loads this module when audio first plays.
 */
import type { Episode, Feed } from '@spf-wellbeing/feed';

/** The parts of the player this module uses (its private state, by name). */
export interface SessionHost {
  readonly audio: HTMLAudioElement;
  readonly playing: boolean;
  readonly feedData?: Feed;
  readonly l10n: { text(text: Episode['title'] | undefined, feedLanguage?: string): string };
  titleOf(episode: Episode): string;
  neighbour(step: number): Episode | undefined;
  play(): void;
  pause(): void;
  skip(by: number): void;
  seek(to: number): void;
  goTo(episode: Episode, play: boolean): void;
}

/** Tells the system what plays, and lets its controls drive this player. */
export function mediaSession(host: SessionHost, episode: Episode): void {
  const session = navigator.mediaSession;
  if (!session) return;
  try {
    session.metadata = new MediaMetadata({
      title: host.titleOf(episode),
      artist: episode.people.map((person) => person.name).join(', '),
      album: host.l10n.text(host.feedData?.title, host.feedData?.language),
    });
  } catch {
    // No MediaMetadata here: metadata is a nicety.
  }
  const previous = host.neighbour(-1);
  const next = host.neighbour(1);
  const handlers: [MediaSessionAction, MediaSessionActionHandler | null][] = [
    ['play', () => host.play()],
    ['pause', () => host.pause()],
    ['seekbackward', (details) => host.skip(-(details.seekOffset ?? 15))],
    ['seekforward', (details) => host.skip(details.seekOffset ?? 30)],
    ['seekto', (details) => details.seekTime !== undefined && host.seek(details.seekTime)],
    ['previoustrack', previous ? () => host.goTo(previous, true) : null],
    ['nexttrack', next ? () => host.goTo(next, true) : null],
  ];
  for (const [action, handler] of handlers) {
    try {
      session.setActionHandler(action, handler);
    } catch {
      // This browser does not know the action.
    }
  }
  positionState(host);
}

/** The position, length and speed, for the system's scrubber. */
export function positionState(host: SessionHost): void {
  const { audio } = host;
  const total = audio.duration;
  try {
    if (!host.playing || !Number.isFinite(total) || total <= 0) return;
    navigator.mediaSession?.setPositionState?.({
      duration: total,
      playbackRate: audio.playbackRate || 1,
      position: Math.min(Math.max(0, audio.currentTime), total),
    });
  } catch {
    // Not supported, or the values were refused.
  }
}
