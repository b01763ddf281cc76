/**
 * Feed URLs that answer without the network, so stories can show the
 * loading and error states without a server that misbehaves and without
 * 404s in the console.
 *
 * - `stub/never.json`: never answers (the loading state; a short
 *   `feed-timeout` turns it into the timeout error);
 * - `stub/server-error.json`: answers 500;
 * - `stub/not-json.json`: answers 200 with a body that is not JSON;
 * - `stub/wrong-shape.json`: answers with JSON that is not a feed;
 * - `stub/offline.json`: fails as if the network were down (with a saved
 *   copy from `saveCopy`, the element shows the saved-copy notice).
 *
 * Every other request goes to the real `fetch`.
 */
export const STUB = {
  never: 'stub/never.json',
  serverError: 'stub/server-error.json',
  notJson: 'stub/not-json.json',
  wrongShape: 'stub/wrong-shape.json',
  offline: 'stub/offline.json',
} as const;

/**
 * Stores `feed` as the last good copy of `url`, the way loadFeed does after a
 * successful load, `ageMinutes` ago.
 */
export function saveCopy(url: string, feed: unknown, ageMinutes = 90): void {
  const key = new URL(url, document.baseURI).href;
  try {
    localStorage.setItem(
      `spf-feed:v1:${key}`,
      JSON.stringify({ savedAt: Date.now() - ageMinutes * 60_000, text: JSON.stringify(feed) }),
    );
    const index = JSON.parse(localStorage.getItem('spf-feed:v1:index') ?? '[]') as string[];
    if (!index.includes(key)) localStorage.setItem('spf-feed:v1:index', JSON.stringify([key, ...index].slice(0, 5)));
  } catch {
    // Storage blocked: the story then shows the error state.
  }
}

export function installFeedStubs(): void {
  const realFetch = window.fetch.bind(window);
  if ((window.fetch as { spfStub?: boolean }).spfStub) return;
  const stubbed = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    const name = url.pathname.split('/stub/')[1];
    if (!url.pathname.includes('/stub/') || !name) return realFetch(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    switch (name) {
      case 'never.json':
        return new Promise((_resolve, reject) => {
          signal?.addEventListener('abort', () =>
            reject(signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError')),
          );
        });
      case 'offline.json':
        return Promise.reject(new TypeError('Failed to fetch'));
      case 'server-error.json':
        return Promise.resolve(new Response('Server error', { status: 500, statusText: 'Internal Server Error' }));
      case 'not-json.json':
        return Promise.resolve(
          new Response('<!doctype html><title>Not a feed</title>', {
            status: 200,
            headers: { 'content-type': 'text/html' },
          }),
        );
      case 'wrong-shape.json':
        return Promise.resolve(Response.json({ hello: 'world' }));
      default:
        return Promise.resolve(new Response('Not found', { status: 404 }));
    }
  };
  window.fetch = Object.assign(stubbed, { spfStub: true });
}
