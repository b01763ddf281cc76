/**
 * The browser's localStorage, or `undefined` where there is none or the
 * browser blocks it (privacy settings, some private windows), where even
 * reading `localStorage` throws. Writes can still throw (storage full):
 * callers catch those and carry on without storage.
 *
 * (`@spf-wellbeing/feed` keeps its own copy for the last good feed, as it
 * depends on nothing.)
 */
export function localStore(): Storage | undefined {
  try {
    return typeof localStorage === 'object' && localStorage !== null ? localStorage : undefined;
  } catch {
    return undefined;
  }
}
