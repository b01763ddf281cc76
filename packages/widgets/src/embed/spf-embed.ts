// spf-embed.js: one script tag on a page that frames SPF embed pages. It sets
// each embed frame's height to its content, and fires the events of the
// element inside on the <iframe> element, so the page's own analytics can
// listen (`frame.addEventListener('spf-checkin', …)`, or on `document`).
//
// A message counts only when it comes from the window of an <iframe> on this
// page whose src is an embed page (a path ending in embed.html, or any src
// with the data-spf-embed attribute), and from that src's origin. Everything
// else is ignored. No dependencies; under 1.5 KB.

const MAX_HEIGHT = 100_000;
const EVENT_NAME = /^spf-[a-z]+(-[a-z]+)*$/;

/** The frame whose window sent `event`, if it is an embed page on the origin it claims. */
function frameOf(event: MessageEvent): HTMLIFrameElement | undefined {
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source || !event.source) continue;
    let src: URL;
    try {
      src = new URL(frame.src, document.baseURI);
    } catch {
      return undefined;
    }
    const embed = frame.hasAttribute('data-spf-embed') || /\/embed\.html$/.test(src.pathname);
    return embed && src.origin === event.origin ? frame : undefined;
  }
  return undefined;
}

function onMessage(event: MessageEvent): void {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null || !('type' in data)) return;
  if (data.type !== 'spf-embed:resize' && data.type !== 'spf-embed:event') return;
  const frame = frameOf(event);
  if (!frame) return;
  if (data.type === 'spf-embed:resize') {
    const height = 'height' in data ? data.height : undefined;
    if (typeof height === 'number' && height >= 0 && height <= MAX_HEIGHT) {
      frame.style.height = `${Math.ceil(height)}px`;
    }
    return;
  }
  const name = 'name' in data ? data.name : undefined;
  if (typeof name === 'string' && EVENT_NAME.test(name)) {
    frame.dispatchEvent(new CustomEvent(name, { detail: 'detail' in data ? data.detail : undefined, bubbles: true }));
  }
}

const marker = '__spfEmbedHelper';
const host = window as Window & { [marker]?: boolean };
// Loaded twice, it still listens once.
if (!host[marker]) {
  host[marker] = true;
  window.addEventListener('message', onMessage);
}
