/**
 * Where a listener stopped in each episode, so the player can offer
 * "Resume from 12:30": kept in this browser's localStorage only, one key per
 * feed and episode, holding whole seconds. Full or blocked storage just means
 * no resume: nothing here throws.
 */

/** The localStorage key for an episode's place. The version lets a future format live beside this one. */
export function resumeKey(feedUrl: string | undefined, episodeId: string): string {
  return `spf-podcast-player:v1:${feedUrl ?? ''}#${episodeId}`;
}

/** The saved place in seconds, or 0 for none (or anything that is not a positive number). */
export function readResume(feedUrl: string | undefined, episodeId: string): number {
  try {
    const saved = Number(localStorage.getItem(resumeKey(feedUrl, episodeId)));
    return Number.isFinite(saved) && saved > 0 ? saved : 0;
  } catch {
    return 0; // Blocked by the browser's privacy settings.
  }
}

/** Saves the place, in whole seconds; `null` forgets it (at the start, the end, or once the episode ended). */
export function writeResume(feedUrl: string | undefined, episodeId: string, seconds: number | null): void {
  try {
    const key = resumeKey(feedUrl, episodeId);
    if (seconds === null) localStorage.removeItem(key);
    else localStorage.setItem(key, String(Math.floor(seconds)));
  } catch {
    // Storage full or blocked: resume is a nicety.
  }
}
