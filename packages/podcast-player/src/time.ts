/** Time helpers: parsing `start`, clock text and media-fragment links. */

/** Seconds from `90`, `1:30`, `01:02:03` or `1.5`; undefined for anything else. */
export function parseTime(value: string | null | undefined): number | undefined {
  const text = (value ?? '').trim();
  if (!/^\d+(\.\d+)?$|^\d+(:[0-5]?\d){1,2}(\.\d+)?$/.test(text)) return undefined;
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** `0:05`, `12:30` or `1:02:03`. */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Hours, minutes and seconds of a duration, for spoken text. */
export function parts(seconds: number): [number, number, number] {
  const whole = Math.max(0, Math.round(Number.isFinite(seconds) ? seconds : 0));
  return [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
}
