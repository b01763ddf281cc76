// @ts-check
// Processes the tests start (Xvfb, WebKitWebDriver): stopped by process id
// when the launcher stops, and in any case when this process exits or is
// interrupted. Scratch folders they use are removed then too.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';

const children = new Set();
/** Scratch folders to remove when this process ends. */
export const tempDirs = new Set();
let exitHooked = false;

/** Remembers a child process, so it is stopped when this process exits or is interrupted. */
export function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  if (!exitHooked) {
    exitHooked = true;
    process.once('exit', killAll);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.once(signal, () => {
        killAll();
        // If nobody else (web-test-runner) handles the signal, end as it asks.
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
    }
  }
  return child;
}

function killAll() {
  for (const child of children) stopProcess(child);
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}

/** Stops a child process by its id, if it is still running. */
export function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  children.delete(child);
}

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The ids of a process's descendants whose command name is `name` (Linux: read from /proc; elsewhere, none).
 * @param {number} root
 * @param {string} name
 * @returns {number[]}
 */
export function descendantsNamed(root, name) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  /** @type {Map<number, string>} */
  const names = new Map();
  let entries;
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
  for (const entry of entries) {
    try {
      // "pid (comm) state ppid ...": the name may hold spaces and parentheses, so read from the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      names.set(Number(entry), stat.slice(stat.indexOf('(') + 1, close));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // Ended while we looked.
    }
  }
  const found = [];
  const stack = [root];
  while (stack.length) {
    for (const child of children.get(/** @type {number} */ (stack.pop())) ?? []) {
      if (names.get(child)?.startsWith(name)) found.push(child);
      stack.push(child);
    }
  }
  return found;
}

/** What a process's main thread waits in, in the kernel ("" where it cannot be read). */
export function waitChannel(pid) {
  try {
    return readFileSync(`/proc/${pid}/wchan`, 'utf8');
  } catch {
    return '';
  }
}
