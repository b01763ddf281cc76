/**
 * Runs `define` in a task of its own, straight after the one running now.
 *
 * The drop-in bundles define their elements this way. Defining an element
 * upgrades every one of its tags on the page there and then (constructors and
 * `connectedCallback`s), and the task that ran the bundle is long already on a
 * phone: forty players upgraded in it made it about 25 ms longer. In a task of
 * their own, they hold the main thread only as long as upgrading them takes.
 *
 * Whichever comes first: a message (not a timer: timers in a background tab
 * wait a second), or `DOMContentLoaded`, which the browser fires in a task of
 * its own after running the page's scripts. So a page's `load` listeners find
 * the elements defined, as before. Code that calls an element's methods as
 * soon as the bundle has run waits for `customElements.whenDefined(tag)`, as
 * it should for any custom element.
 */
export function defineSoon(define: () => void): void {
  let defined = false;
  const once = () => {
    if (defined) return;
    defined = true;
    define();
  };
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    once();
  };
  channel.port2.postMessage(undefined);
  if (document.readyState !== 'complete') document.addEventListener('DOMContentLoaded', once, { once: true });
}
