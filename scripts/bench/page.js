// The benchmark page's own script (scripts/bench.mjs drives it). It adds one
// <spf-resources> for the feed named in ?feed=, and records in window.__bench:
// - firstRender: ms from the feed arriving (spf-feed-load) to the results being
//   in the DOM, and to the next animation frame;
// - keys: for each keystroke in the search box, ms from keydown to the updated
//   results being in the DOM, and to the next animation frame.
const bench = (window.__bench = { firstRender: undefined, keys: [], status: [] });
const feed = new URLSearchParams(window.location.search).get('feed');
const element = document.createElement('spf-resources');
element.setAttribute('feed', feed);

element.addEventListener('spf-feed-load', () => {
  const start = performance.now();
  element.updateComplete.then(() => {
    const dom = performance.now() - start;
    requestAnimationFrame(() => (bench.firstRender = { dom, frame: performance.now() - start }));
  });
});

let keydownAt = 0;
element.addEventListener('keydown', () => (keydownAt = performance.now()), true);
element.addEventListener('input', () => {
  const start = keydownAt;
  // The element's own input handler has run (it is on the inner <input>), so
  // this resolves once the new results and the live count are in the DOM.
  element.updateComplete.then(() => {
    const dom = performance.now() - start;
    const status = element.shadowRoot.querySelector('[part="status"]')?.textContent.trim() ?? '';
    requestAnimationFrame(() => {
      bench.status.push(status);
      bench.keys.push({ dom, frame: performance.now() - start });
    });
  });
});

document.querySelector('main').append(element);
