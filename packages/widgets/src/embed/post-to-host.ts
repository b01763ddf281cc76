// What the embed page tells the page around its frame, by postMessage:
//   { type: 'spf-embed:resize', height }     whenever its content height changes;
//   { type: 'spf-embed:event', name, detail } for each event its element fires.
// The page does not know, and does not ask, where it is framed, so messages go
// to any parent ('*'). They carry only what the element's events already
// carry for any page that hosts the drop-in element.

export const RESIZE = 'spf-embed:resize';
export const EVENT = 'spf-embed:event';

export type EmbedMessage =
  { type: typeof RESIZE; height: number } | { type: typeof EVENT; name: string; detail: unknown };

type Target = Pick<Window, 'postMessage'>;

function post(target: Target, message: EmbedMessage): void {
  try {
    target.postMessage(message, '*');
  } catch {
    // A detail that cannot be cloned (a function, a DOM node) is sent as JSON would keep it.
    try {
      target.postMessage(JSON.parse(JSON.stringify(message)) as EmbedMessage, '*');
    } catch {
      // Nothing to send: never throw into the page.
    }
  }
}

/**
 * Posts the content height now and whenever it changes. The height is the
 * whole document's, so a host that sets it shows everything without a
 * scroll bar; a host that cannot (a fixed height) gets a frame that scrolls.
 * Returns `measure`, which measures again at once (browsers pause layout
 * observers in a cross-origin frame that is off screen, so the page also
 * measures when its element reports in), and `stop`.
 */
export function postHeight(target: Target, doc: Document = document): { measure: () => void; stop: () => void } {
  let last = -1;
  const send = () => {
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    post(target, { type: RESIZE, height });
  };
  send();
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(send) : undefined;
  observer?.observe(doc.documentElement);
  return { measure: send, stop: () => observer?.disconnect() };
}

/** Posts each of `names` fired on `element` as an `spf-embed:event`. */
export function postEvents(target: Target, element: EventTarget, names: readonly string[]): () => void {
  const listener = (event: Event) =>
    post(target, { type: EVENT, name: event.type, detail: event instanceof CustomEvent ? event.detail : undefined });
  for (const name of names) element.addEventListener(name, listener);
  return () => names.forEach((name) => element.removeEventListener(name, listener));
}
