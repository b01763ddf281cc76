import { SpfLazyLoadError } from './internal/errors.js';

/**
 * A part of an element that loads on first use, from a file of its own:
 * `const history = lazyModule(() => import('./history-view.js'))`.
 *
 * Every element on the page shares the one download. A module that cannot be
 * fetched (offline, or a host that copied only the entry file) is marked
 * `failed`: elements show what they can without it, a `SpfLazyLoadError` in
 * the console says which file and why, and `load()` (a Retry button) asks again. Such modules import `lit`
 * directly: in a bundle, their file imports it from the entry file, which already holds it.
 */
export interface LazyModule<M> {
  /** The module, once loaded. */
  readonly module: M | undefined;
  /** True after a load failed, until the next `load()`. */
  readonly failed: boolean;
  /** Loads the module (once at a time), resolving with it, or with `undefined` when it cannot be fetched. Never rejects. */
  load(): Promise<M | undefined>;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let loading: Promise<M | undefined> | undefined;
  const lazy = {
    module: undefined as M | undefined,
    failed: false,
    load(): Promise<M | undefined> {
      if (lazy.module) return Promise.resolve(lazy.module);
      lazy.failed = false;
      loading ??= importer().then(
        (module) => (lazy.module = module),
        (error: unknown) => {
          console.warn(new SpfLazyLoadError(error));
          lazy.failed = true;
          loading = undefined;
          return undefined;
        },
      );
      return loading;
    },
  };
  return lazy;
}
