/**
 * A part that loads on first use (see `lazyModule`) could not be fetched:
 * offline, or a host that copied only the entry file. The element carries on
 * without it and writes this to the console, with a class of its own so a
 * page (or a test) can tell it apart, as GOV.UK Frontend's errors do. The
 * message says why (the import's error, which names the file); that error is
 * also the `cause`.
 */
export class SpfLazyLoadError extends Error {
  override name = 'SpfLazyLoadError';

  constructor(cause: unknown) {
    super(`A part of the element could not be loaded: ${String(cause)}`, { cause });
  }
}
