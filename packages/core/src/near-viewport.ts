import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How an element starts: `lazy` waits until it is within about one viewport of the screen, `eager` starts at once. */
export type LoadingMode = 'lazy' | 'eager';

type Host = ReactiveControllerHost & HTMLElement;

/** The controllers watching each element (a player has two). */
const watchers = new WeakMap<Element, NearViewportController[]>();
let observer: IntersectionObserver | undefined;

/**
 * One observer for the whole page, however many elements it has: "near" is
 * within one viewport above or below the screen, so an element is ready when
 * the reader reaches it.
 */
const sharedObserver = () =>
  (observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        for (const watcher of watchers.get(entry.target) ?? []) watcher.report(entry.isIntersecting);
      }
    },
    { rootMargin: '100% 0px' },
  ));

/**
 * Tells its host whether it may start, and whether it is near the screen now.
 *
 * `started` is true at once for `eager`, and for `lazy` once the host has
 * come within about one viewport of the screen (or `start()` was called);
 * once started, a host stays started. `far` is true while the host is more
 * than about a viewport from the screen (hidden elements count as far), known
 * from the first frame after the host connects.
 */
export class NearViewportController implements ReactiveController {
  private reached = false;
  private nearNow?: boolean;
  private waitedOut = false;

  constructor(
    private readonly host: Host,
    private readonly mode: () => LoadingMode,
  ) {
    host.addController(this);
  }

  /** True once the host may fetch what it needs and render it. */
  get started(): boolean {
    return this.reached || this.mode() !== 'lazy';
  }

  /** True while the host is known to be more than about one viewport from the screen (from the first frame on). */
  get far(): boolean {
    return this.nearNow === false;
  }

  /** True once the host's place is known: the observer reports it at the first frame after the host connects. */
  get placed(): boolean {
    return this.nearNow !== undefined || this.waitedOut || !this.host.isConnected;
  }

  /** Starts now, wherever the host is (a reader asked for it, for example). */
  start(): void {
    if (this.started) return;
    this.reached = true;
    this.host.requestUpdate();
  }

  /** @internal From the shared observer. */
  report(near: boolean): void {
    if (near === this.nearNow) return;
    this.nearNow = near;
    this.reached ||= near;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    const list = watchers.get(this.host) ?? [];
    if (!list.includes(this)) watchers.set(this.host, [...list, this]);
    // The host is unobserved whenever it leaves the page, so observing it reports its place afresh.
    sharedObserver().observe(this.host);
    // Where no frame comes to report it (a window the system does not draw), the host counts as near.
    this.waitedOut = false;
    setTimeout(() => {
      if (this.nearNow !== undefined || !this.host.isConnected) return;
      this.waitedOut = this.reached = true;
      this.host.requestUpdate();
    }, 500);
  }

  hostDisconnected(): void {
    this.nearNow = undefined;
    const list = (watchers.get(this.host) ?? []).filter((each) => each !== this);
    watchers.set(this.host, list);
    if (!list.length) observer?.unobserve(this.host);
  }
}
