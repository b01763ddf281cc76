/**
 * Turns: elements draw in short tasks, so the page can answer a tap between
 * them. Forty players drawing their skeletons as the script arrives, and
 * again as the feed arrives, would each time hold the main thread for as
 * long as all forty take. Instead, elements draw in a task until it has
 * spent its budget; the rest wait for tasks of their own, those near the
 * screen first.
 *
 * An element keeps its space while it waits, so nothing moves.
 */

/** Milliseconds of drawing in one task before the next element waits for a task of its own. */
const BUDGET = 10;

/** Whether the waiting element is near the screen, and its drawing. */
type Waiter = [near: () => boolean, go: () => void];

const waiting: Waiter[] = [];
/** When the current task's first turn began, or undefined between tasks. */
let began: number | undefined;
let channel: MessageChannel | undefined;

/** Marks the end of the current task's turns. A message, not a timer: timers in a background tab wait a second. */
function endOfTask(): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = nextTask;
  }
  channel.port2.postMessage(undefined);
}

/** A new task: those waiting draw, nearest the screen first, until its budget is spent. */
function nextTask(): void {
  began = undefined;
  while (waiting.length && free()) {
    const index = Math.max(
      0,
      waiting.findIndex(([near]) => near()),
    );
    waiting.splice(index, 1)[0][1]();
  }
}

/** Whether the current task has budget left; starts its clock at its first turn. */
function free(): boolean {
  const now = performance.now();
  if (began === undefined) {
    began = now;
    endOfTask();
  }
  return now - began < BUDGET;
}

/**
 * Asks to draw now. True when the current task has budget left: the caller
 * draws at once. Otherwise `go` is called in a later task, when it is the
 * caller's turn, and must draw there and then (synchronously), so the
 * task's budget counts it. `near` says whether the caller is near the
 * screen, to go first. `notNow` always waits for a later task: an element's
 * first render does, because the task that upgraded it is the one that ran
 * the script, long already.
 */
export function takeTurn(near: () => boolean, go: () => void, notNow = false): boolean {
  if (!notNow && !waiting.length && free()) return true;
  waiting.push([near, go]);
  free();
  return false;
}
