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
  typeof IntersectionObserver === 'function'
    ? (observer ??= new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            for (const watcher of watchers.get(entry.target) ?? []) watcher.report(entry.isIntersecting);
          }
        },
        { rootMargin: '100% 0px' },
      ))
    : undefined;

/**
 * Tells its host whether it may start, and whether it is near the screen now.
 *
 * `started` is true at once for `eager`, and for `lazy` once the host has
 * come within about one viewport of the screen (or `start()` was called);
 * once started, a host stays started. `near` is true while the host is within
 * about a viewport of the screen (hidden elements are not near); it is known
 * from the first frame after the host connects (`placed`). Where
 * IntersectionObserver is missing, every host starts at once and counts as near.
 */
export class NearViewportController implements ReactiveController {
  private reached = false;
  private nearNow?: boolean;
  private waitedOut = false;
  private placedSoon?: Promise<void>;
  private onPlaced?: () => void;

  constructor(
    private readonly host: Host,
    private readonly mode: () => LoadingMode,
  ) {
    host.addController(this);
  }

  /** True once the host may fetch what it needs and render it. */
  get started(): boolean {
    return this.reached || this.mode() !== 'lazy' || !sharedObserver();
  }

  /** True while the host is within about one viewport of the screen. */
  get near(): boolean {
    return this.nearNow ?? !sharedObserver();
  }

  /** True once the host's place is known: the observer reports it at the first frame after the host connects. */
  get placed(): boolean {
    return this.nearNow !== undefined || this.waitedOut || !sharedObserver() || !this.host.isConnected;
  }

  /**
   * Resolves when the host's place is known, or after a few frames' time
   * where frames do not come (a page in a background tab draws nothing, so
   * the observer does not report).
   */
  whenPlaced(): Promise<void> {
    if (this.placed) return Promise.resolve();
    return (this.placedSoon ??= new Promise((done) => {
      this.onPlaced = done;
      setTimeout(() => {
        this.waitedOut = true;
        done();
      }, 250);
    }));
  }

  /** Starts now, wherever the host is (a reader asked for it, for example). */
  start(): void {
    if (this.started) return;
    this.reached = true;
    this.host.requestUpdate();
  }

  /** Lets whoever waits for `whenPlaced` go on. */
  private settle(): void {
    this.onPlaced?.();
    this.placedSoon = undefined;
  }

  /** @internal From the shared observer. */
  report(near: boolean): void {
    this.settle();
    if (near === this.nearNow) return;
    this.nearNow = near;
    this.reached ||= near;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    const shared = sharedObserver();
    if (!shared) return;
    const list = watchers.get(this.host) ?? [];
    if (!list.includes(this)) watchers.set(this.host, [...list, this]);
    this.waitedOut = false;
    // Observing again reports the element's place afresh (it may have moved while out of the page).
    shared.unobserve(this.host);
    shared.observe(this.host);
  }

  hostDisconnected(): void {
    this.nearNow = undefined;
    this.settle();
    const list = (watchers.get(this.host) ?? []).filter((each) => each !== this);
    watchers.set(this.host, list);
    if (!list.length) observer?.unobserve(this.host);
  }
}
