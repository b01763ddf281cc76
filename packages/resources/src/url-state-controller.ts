/**
 * `sync-url`: the one owner of the list's view in the page's URL. It reads
 * the URL when syncing starts (the element connects, or `sync-url` is set)
 * and when the reader goes Back or Forward, and writes it when the reader
 * changes the view. The code that reads and writes the parameters
 * (url-state.ts) loads on first use; until it arrives the element waits to
 * render, so it never shows the wrong view first.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LazyModule } from '@spf-wellbeing/core';
import type { UrlState } from './url-state.js';

export type { UrlState };

type UrlCode = typeof import('./url-state.js');

/** The element: it has rendered once or not yet. */
interface Host extends ReactiveControllerHost {
  readonly hasUpdated: boolean;
}

export interface UrlStateOptions {
  /** The parameter prefix, or undefined when the element does not keep its view in the URL. */
  prefix(): string | undefined;
  /** The code that reads and writes the parameters. */
  code: LazyModule<UrlCode>;
  /** Loads that code, the element's way (so its `updateComplete` waits for it). */
  load(): Promise<UrlCode | undefined>;
  /** Shows a view read from the URL. */
  apply(state: UrlState): void;
}

/** What kind of change a history step records: typing a search, or anything else. */
export type UrlStep = 'query' | 'other';

/** What the element sees of the controller. */
export interface UrlSync {
  /** True while the URL code loads: the element waits to render until it has read the URL. */
  readonly pending: boolean;
  write(state: UrlState, step: UrlStep): void;
}

/** Give the element the controller as a `UrlSync`, so only the controller changes `pending`. */
export class UrlStateController implements ReactiveController, UrlSync {
  pending = false;
  private readonly host: Host;
  private readonly options: UrlStateOptions;
  /** Whether the view is kept in the URL: the URL has been read for this connection. */
  private syncing = false;
  /** The last history step written, so typing a word makes one step, not one per letter. */
  private lastStep?: UrlStep;

  constructor(host: Host, options: UrlStateOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
    this.start();
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
    this.syncing = false;
  }

  /** `sync-url` was set after the element connected: start from the URL. Turned off: stop. */
  hostUpdate(): void {
    if (!this.options.prefix()) this.syncing = false;
    else if (!this.syncing) this.start();
  }

  /** Writes the view into the URL after a change by the reader, keeping the page's other parameters and hash. */
  write(state: UrlState, step: UrlStep): void {
    const prefix = this.options.prefix();
    const code = this.options.code.module;
    if (!prefix || !code) return;
    const next = code.writeUrlState(window.location.href, prefix, state);
    if (next === window.location.href) return;
    try {
      // Typing a word is one step in history, not one step per letter.
      if (step === 'query' && this.lastStep === 'query') history.replaceState(history.state, '', next);
      else history.pushState(null, '', next);
    } catch {
      // A sandboxed or opaque page cannot change its URL: the list still works.
    }
    this.lastStep = step;
  }

  /** Reads the URL once the code is here; before the first render, a URL without our parameters leaves the element's own attributes alone. */
  private start(): void {
    const prefix = this.options.prefix();
    this.syncing = Boolean(prefix);
    if (!prefix) return;
    const { code } = this.options;
    if (code.module) {
      this.read(code.module, prefix, !this.host.hasUpdated);
      return;
    }
    if (code.failed || this.pending) return;
    this.pending = true;
    void this.options.load().then((module) => {
      this.pending = false;
      const now = this.options.prefix();
      if (module && this.syncing && now) this.read(module, now, !this.host.hasUpdated);
      this.host.requestUpdate();
    });
  }

  private read(code: UrlCode, prefix: string, first: boolean): void {
    const search = window.location.search;
    if (first && !code.hasUrlState(search, prefix)) return;
    this.options.apply(code.readUrlState(search, prefix));
  }

  private readonly onPopState = (): void => {
    const prefix = this.options.prefix();
    const code = this.options.code.module;
    if (!prefix || !code) return;
    this.lastStep = undefined;
    this.read(code, prefix, false);
  };
}
