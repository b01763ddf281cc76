import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How an element starts: `lazy` waits until it is within about one viewport of the screen, `eager` starts at once. */
export type LoadingMode = 'lazy' | 'eager';

/**
 * Tells its host whether it may start: at once for `eager`, and for `lazy`
 * once the host comes within about one viewport of the screen (a margin of
 * one viewport above and below, so it is ready when the reader reaches it).
 * Once started, a host stays started. Where IntersectionObserver is missing,
 * every host starts at once.
 */
export class NearViewportController implements ReactiveController {
  private near = false;
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly mode: () => LoadingMode,
  ) {
    host.addController(this);
  }

  /** True once the host may fetch what it needs and render it. */
  get started(): boolean {
    return (this.near ||= this.mode() !== 'lazy' || typeof IntersectionObserver !== 'function');
  }

  /** Starts now, wherever the host is (a reader asked for it, for example). */
  start(): void {
    if (this.near) return;
    this.near = true;
    this.hostDisconnected();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (this.started) return;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.near = true;
        this.hostDisconnected();
        this.host.requestUpdate();
      },
      { rootMargin: '100% 0px' },
    );
    this.observer.observe(this.host);
  }

  hostUpdate(): void {
    // `loading` changed to `eager` while waiting: stop watching.
    if (this.started) this.hostDisconnected();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
