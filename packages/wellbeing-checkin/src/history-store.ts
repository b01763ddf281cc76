/**
 * The opt-in check-in history, kept in this browser's localStorage only.
 *
 * Each check-in is stored under its own versioned key as a list of
 * `{date, option}` entries: the local date and the option id, nothing else.
 * Every function here catches storage errors (full, blocked, private
 * browsing) and reports them as a result instead of throwing.
 */
import { localStore } from '@spf-wellbeing/core/internal';

/** One saved check-in: the local date (`YYYY-MM-DD`) and the chosen option's id. */
export interface CheckinEntry {
  date: string;
  option: string;
}

/** How many entries we keep per check-in; the oldest go first. */
export const MAX_ENTRIES = 100;

/** The localStorage key for a check-in's history. The version lets a future format live beside this one. */
export function historyKey(checkinId: string): string {
  return `spf-checkin:v1:${checkinId}`;
}

/** Today's date in the reader's own time zone, as `YYYY-MM-DD`. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function isEntry(value: unknown): value is CheckinEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { date, option } = value as Record<string, unknown>;
  return (
    typeof date === 'string' &&
    DATE.test(date) &&
    typeof option === 'string' &&
    option.length > 0 &&
    option.length <= 200
  );
}

/**
 * Reads a check-in's history. Anything that is not a list of valid entries
 * (corrupt JSON, another app's data) is ignored. `ok` is false when storage
 * could not be read at all.
 */
export function readHistory(checkinId: string): { ok: boolean; entries: CheckinEntry[] } {
  const storage = localStore();
  if (!storage) return { ok: false, entries: [] };
  let raw: string | null;
  try {
    raw = storage.getItem(historyKey(checkinId));
  } catch {
    return { ok: false, entries: [] };
  }
  if (raw === null) return { ok: true, entries: [] };
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return { ok: true, entries: [] };
    return { ok: true, entries: parsed.filter(isEntry).map(({ date, option }) => ({ date, option })) };
  } catch {
    return { ok: true, entries: [] };
  }
}

/** Writes a check-in's history, keeping the newest `MAX_ENTRIES`. Returns false when storage refused. */
export function writeHistory(checkinId: string, entries: CheckinEntry[]): boolean {
  const storage = localStore();
  if (!storage) return false;
  try {
    const kept = entries.slice(-MAX_ENTRIES).map(({ date, option }) => ({ date, option }));
    storage.setItem(historyKey(checkinId), JSON.stringify(kept));
    return true;
  } catch {
    return false;
  }
}

/** Removes a check-in's history. Returns false when storage refused. */
export function deleteHistory(checkinId: string): boolean {
  const storage = localStore();
  if (!storage) return false;
  try {
    storage.removeItem(historyKey(checkinId));
    return true;
  } catch {
    return false;
  }
}
