// Which browser engine a test runs in, and what the test tools can do there.
// See docs/browser-support.md.

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine running this test, from the user agent. */
export const engine: Engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * `emulateMedia` (prefers-reduced-motion, prefers-color-scheme, forced-colors)
 * works in Chromium and Firefox, which puppeteer drives. WebKit runs over
 * WebDriver classic, which has no media emulation:
 * https://github.com/modernweb-dev/web/blob/master/packages/test-runner-commands/src/emulateMediaPlugin.ts
 * Guard such checks with `if (!canEmulateMedia) this.skip();` and say why in a comment.
 */
export const canEmulateMedia = engine !== 'webkit';

/**
 * `forced-colors` exists in Chromium and Firefox only. Safari has no forced
 * colours mode: https://caniuse.com/mdn-css_at-rules_media_forced-colors
 */
export const hasForcedColors = engine !== 'webkit';
