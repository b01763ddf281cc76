/**
 * What the player needs only once audio plays, a copy fails or a file
 * cannot be played: the Media Session wiring (the title on the lock screen,
 * the system's play, pause, skip and track buttons, the position), the link
 * field shown when copying fails, and the check for a missing file. The
 * player loads this module on first use. It imports nothing at run time that
 * the player also uses (the player passes in Lit's tag), so bundlers keep it
 * a file of its own.
 */
import type { html as Html } from 'lit';
import type { Episode, Feed } from '@spf-wellbeing/feed';

/** The parts of the player this module uses (its private state, by name). */
export interface ExtrasHost {
  readonly audio: HTMLAudioElement;
  readonly playing: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  error?: string;
  copied: boolean;
  copyFallback?: string;
  readonly feedData?: Feed;
  readonly l10n: {
    text(text: Episode['title'] | undefined, feedLanguage?: string): string;
    term(key: 'copyFailed' | 'linkLabel'): string;
  };
  titleOf(episode: Episode): string;
  neighbour(step: number): Episode | undefined;
}

/** What the system's media controls may do to the player. */
export interface PlayerActions {
  play(): void;
  pause(): void;
  skip(by: number): void;
  seek(to: number): void;
  /** Plays another episode of the series. */
  goTo(episode: Episode): void;
}

/** Tells the system what plays, and lets its controls drive this player. */
export function mediaSession(host: ExtrasHost, episode: Episode, actions: PlayerActions): void {
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
    ['play', () => actions.play()],
    ['pause', () => actions.pause()],
    ['seekbackward', (details) => actions.skip(-(details.seekOffset ?? 15))],
    ['seekforward', (details) => actions.skip(details.seekOffset ?? 30)],
    ['seekto', (details) => details.seekTime !== undefined && actions.seek(details.seekTime)],
    ['previoustrack', previous ? () => actions.goTo(previous) : null],
    ['nexttrack', next ? () => actions.goTo(next) : null],
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
export function positionState(host: ExtrasHost): void {
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

/** Shows the link in a field, focused and selected, for the listener to copy. */
export async function showLink(host: ExtrasHost, link: string): Promise<void> {
  host.copied = false;
  host.copyFallback = link;
  await host.updateComplete;
  const input = host.renderRoot.querySelector<HTMLInputElement>('.copy-fallback input');
  input?.focus();
  input?.select();
}

/** The field with the link, while `copyFallback` is set. */
export const renderLink = (host: ExtrasHost, html: typeof Html) =>
  html`<div class="copy-fallback">
    <p>${host.l10n.term('copyFailed')}</p>
    <label>
      <span class="visually-hidden">${host.l10n.term('linkLabel')}</span>
      <input type="text" readonly .value=${host.copyFallback ?? ''} />
    </label>
  </div>`;

/**
 * Engines report a missing file as "not supported" or as a network error:
 * asks the server to tell them apart, and says "missing" when it is.
 */
export async function checkMissing(host: ExtrasHost, url: string): Promise<void> {
  try {
    const response = await fetch(url, { method: 'HEAD' });
    if (!response.ok && host.audio.src === url && host.error) host.error = 'Missing';
  } catch {
    // Offline or a cross-origin server: keep the general message.
  }
}
