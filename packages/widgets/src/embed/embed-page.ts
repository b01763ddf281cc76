// The script of embed.html (built as spf-embed-page.js, beside the page and
// the drop-in bundle). See docs/embedding.md.
import { EXTRA_FEED_ORIGINS } from './config.js';
import { EMBED_EVENTS, mountEmbed } from './embed.js';
import { postEvents, postHeight } from './post-to-host.js';

async function start(): Promise<void> {
  const root = document.querySelector('main') ?? document.body;
  const framed = window.parent !== window;
  if (framed) {
    postHeight(window.parent);
    // Events bubble out of the element, so listening on its container catches them from the start.
    postEvents(window.parent, root, [...new Set(Object.values(EMBED_EVENTS).flat())]);
  }
  await mountEmbed(root, new URLSearchParams(location.search), {
    pageUrl: location.href,
    allowedOrigins: EXTRA_FEED_ORIGINS,
    browserLanguages: navigator.languages ?? [navigator.language],
    // The drop-in bundle itself, the file beside this one: the same elements as on any page.
    loadElements: () => import('../spf-widgets.js'),
  });
}

start().catch((error: unknown) => console.error('SPF embed page:', error));
