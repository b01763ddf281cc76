// The script of embed.html (built as spf-embed-page.js, beside the page and
// the drop-in bundle). See docs/embedding.md.
import { EXTRA_FEED_ORIGINS } from './config.js';
import { EMBED_EVENTS, mountEmbed } from './embed.js';
import { postEvents, postHeight } from './post-to-host.js';

async function start(): Promise<void> {
  const root = document.querySelector('main') ?? document.body;
  const framed = window.parent !== window;
  let measure = () => {};
  if (framed) {
    ({ measure } = postHeight(window.parent));
    // Events bubble out of the element, so listening on its container catches them from the start.
    const names = [...new Set(Object.values(EMBED_EVENTS).flat())];
    postEvents(window.parent, root, names);
    for (const name of names) root.addEventListener(name, () => setTimeout(measure));
    window.addEventListener('load', measure);
  }
  const result = await mountEmbed(root, new URLSearchParams(location.search), {
    pageUrl: location.href,
    allowedOrigins: EXTRA_FEED_ORIGINS,
    browserLanguages: navigator.languages ?? [navigator.language],
    // The drop-in bundle itself, the file beside this one: the same elements as on any page.
    loadElements: () => import('../spf-widgets.js'),
  });
  measure();
  if (result.ok && 'updateComplete' in result.element && result.element.updateComplete instanceof Promise) {
    await result.element.updateComplete;
    measure();
  }
}

start().catch((error: unknown) => console.error('SPF embed page:', error));
