// Shared by the React wrapper tests: mounting with a React root, counting feed
// requests, and what an element leaves behind when React unmounts it.
import { waitUntil } from '@open-wc/testing';
import type { ReactElement } from 'react';
import type { Root, createRoot as CreateRoot } from 'react-dom/client';

export interface Mounted {
  container: HTMLElement;
  root: Root;
  render(element: ReactElement): void;
  unmount(): void;
}

/** Renders into a fresh container synchronously: properties and handlers are set when it returns. */
export function mount(
  createRoot: typeof CreateRoot,
  flushSync: (fn: () => void) => void,
  element: ReactElement,
): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const mounted: Mounted = {
    container,
    root,
    render: (next) => flushSync(() => root.render(next)),
    unmount: () => {
      flushSync(() => root.unmount());
      container.remove();
    },
  };
  mounted.render(element);
  return mounted;
}

/** Waits until a widget has left its loading state. */
export async function ready(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  await waitUntil(
    () => el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('[aria-busy="true"]'),
    `<${el.localName}> stayed in its loading state`,
    { timeout: 8000 },
  );
  await el.updateComplete;
}

/** Counts every fetch by URL while it runs. */
export function countRequests() {
  const urls: string[] = [];
  const realFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return realFetch.call(window, input, init);
  };
  return {
    to: (url: string) => urls.filter((each) => each === url).length,
    stop: () => (window.fetch = realFetch),
  };
}

/**
 * Listeners added to window and document, and intervals and timeouts started,
 * that are still there: what an element would leave behind after unmounting.
 */
export function watchLeftovers() {
  const listeners = new Map<string, Set<EventListenerOrEventListenerObject>>();
  const intervals = new Set<number>();
  const timeouts = new Map<number, string>();
  const restore: (() => void)[] = [];
  for (const [name, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ) {
      if (!listener) return;
      const key = `${name} ${type}${(typeof options === 'boolean' ? options : options?.capture) ? ' capture' : ''}`;
      if (!listeners.has(key)) listeners.set(key, new Set());
      listeners.get(key)?.add(listener);
      add.call(this, type, listener, options);
    };
    target.removeEventListener = function (
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions,
    ) {
      if (!listener) return;
      const key = `${name} ${type}${(typeof options === 'boolean' ? options : options?.capture) ? ' capture' : ''}`;
      listeners.get(key)?.delete(listener);
      remove.call(this, type, listener, options);
    };
    restore.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  const { setInterval: realSetInterval, clearInterval: realClearInterval } = window;
  const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout } = window;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = realSetInterval(handler, ms, ...args);
    intervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    realClearInterval(id);
  }) as typeof window.clearInterval;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = realSetTimeout(
      (...params: unknown[]) => {
        timeouts.delete(id);
        if (typeof handler === 'function') (handler as (...p: unknown[]) => void)(...params);
      },
      ms,
      ...args,
    );
    timeouts.set(id, `${ms ?? 0} ms: ${String(handler).slice(0, 200)}`);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    realClearTimeout(id);
  }) as typeof window.clearTimeout;
  /** Timers started from now on are not counted (the test's own waits), while clearing still is. */
  const stopCounting = () => {
    window.setInterval = realSetInterval;
    window.setTimeout = realSetTimeout;
  };
  restore.push(() => {
    stopCounting();
    window.clearInterval = realClearInterval;
    window.clearTimeout = realClearTimeout;
  });
  return {
    /** Listeners still on window or document, as "window pagehide" lines. */
    listeners: () => [...listeners].filter(([, set]) => set.size > 0).map(([key, set]) => `${key} (${set.size})`),
    intervals: () => intervals.size,
    timeouts: () => timeouts.size,
    /** What each pending timeout is: its delay and the start of its function. */
    pending: () => [...timeouts.values()],
    stopCounting,
    stop: () => restore.forEach((undo) => undo()),
  };
}
