/** URL schemes a feed may link to. Everything else (javascript:, data:, vbscript:, file:, blob: …) is refused. */
export const SAFE_URL_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:', 'sms:']);

/** Longest URL we accept; real links are far shorter. */
export const MAX_URL_LENGTH = 2048;

// Control characters (C0, DEL, C1) are removed anywhere, and whitespace is
// trimmed from the ends, before the browser's own URL parser reads the scheme.
// So `java\tscript:`, ` JAVASCRIPT:` and `\u0000javascript:` are all seen as
// javascript: and refused. We hand back the parser's normalised `href`, so the
// link the browser follows is exactly the one we checked.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Returns the absolute, normalised form of `raw` when it is a safe link, or
 * `undefined` when it is not. Relative URLs resolve against `base`.
 *
 * Safe means http(s), mailto, tel or sms, in any letter case, once control
 * characters are removed and whitespace trimmed. Never throws.
 */
export function safeUrl(raw: unknown, base?: string | URL): string | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return undefined;
  const cleaned = raw.replace(CONTROL, '').trim();
  if (!cleaned) return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(cleaned) : new URL(cleaned, base);
  } catch {
    return undefined;
  }
  return SAFE_URL_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}
