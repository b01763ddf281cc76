/**
 * What the player needs only once audio plays, a copy fails or a file
 * cannot be played: the Media Session wiring (the title on the lock screen,
 * the system's play, pause, skip and track buttons, the position), the link
 * field shown when copying fails, and the check for a missing file. Playback
 * loads this module on first use.
 */
import { html } from 'lit';
import type { Episode } from '@spf-wellbeing/feed';
import type { PlaybackController, PlayerL10n } from './playback.js';

/** Tells the system what plays, and lets its controls send their requests to the player's playback. */
export function mediaSession(player: PlaybackController, episode: Episode, title: string, album: string): void {
  const session = navigator.mediaSession;
  if (!session) return;
  try {
    session.metadata = new MediaMetadata({
      title,
      artist: episode.people.map((person) => person.name).join(', '),
      album,
    });
  } catch {
    // No MediaMetadata here: metadata is a nicety.
  }
  const previous = player.neighbour(-1);
  const next = player.neighbour(1);
  const handlers: [MediaSessionAction, MediaSessionActionHandler | null][] = [
    ['play', () => player.play()],
    ['pause', () => player.pause()],
    ['seekbackward', (details) => player.skip(-(details.seekOffset ?? 15))],
    ['seekforward', (details) => player.skip(details.seekOffset ?? 30)],
    ['seekto', (details) => details.seekTime !== undefined && player.seek(details.seekTime)],
    ['previoustrack', previous ? () => player.goTo(previous, true) : null],
    ['nexttrack', next ? () => player.goTo(next, true) : null],
  ];
  for (const [action, handler] of handlers) {
    try {
      session.setActionHandler(action, handler);
    } catch {
      // This browser does not know the action.
    }
  }
  positionState(player);
}

/** The position, length and speed, for the system's scrubber. */
export function positionState(player: PlaybackController): void {
  const audio = player.media;
  const total = audio.duration;
  try {
    if (!player.state.playing || !Number.isFinite(total) || total <= 0) return;
    navigator.mediaSession?.setPositionState?.({
      duration: total,
      playbackRate: audio.playbackRate || 1,
      position: Math.min(Math.max(0, audio.currentTime), total),
    });
  } catch {
    // Not supported, or the values were refused.
  }
}

/** The field with the link, for the listener to copy when the clipboard refused. */
export const renderLink = (l10n: PlayerL10n, link: string) =>
  html`<div class="copy-fallback">
    <p>${l10n.term('copyFailed')}</p>
    <label>
      <span class="visually-hidden">${l10n.term('linkLabel')}</span>
      <input type="text" readonly .value=${link} />
    </label>
  </div>`;

/**
 * Engines report a missing file as "not supported" or as a network error:
 * asks the server to tell them apart. True when it says the file is not there.
 */
export async function isMissing(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'HEAD' });
    return !response.ok;
  } catch {
    return false; // Offline or a cross-origin server: keep the general message.
  }
}
