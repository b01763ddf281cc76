/**
 * Runs `define` in a task of its own, straight after the one running now.
 *
 * The drop-in bundles define their elements this way. Defining an element
 * upgrades every one of its tags on the page there and then (constructors and
 * `connectedCallback`s), and the task that ran the bundle is long already on a
 * phone: forty players upgraded in it made it about 25 ms longer. In a task of
 * their own, they hold the main thread only as long as upgrading them takes.
 *
 * A message, not a timer: timers in a background tab wait a second. Not
 * `DOMContentLoaded` or `load` either: Chromium fires both in the task that
 * ran a page's last deferred script, so defining there is defining in that
 * task. On a page with nothing else to load, the message can come after the
 * `load` event. Code that calls an element's methods waits for
 * `customElements.whenDefined(tag)`, as it should for any custom element.
 */
export function defineSoon(define: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    define();
  };
  channel.port2.postMessage(undefined);
}
