/**
 * Helpers the element packages share, as Shoelace's `src/internal/`: not
 * part of the public API, and free to change between versions.
 */
export { focusLater } from './focus.js';
export { localStore } from './storage.js';
export { adoptLateStyles } from './late-styles.js';
export { intl } from './intl.js';
export { SpfLazyLoadError } from './errors.js';
