/**
 * Transcript and chapter files: WebVTT, SRT, Podcasting 2.0 JSON transcripts
 * and Podcasting 2.0 JSON chapters. Text comes out plain, never as HTML.
 *
 * WebVTT is read by the spec's own parsing algorithm
 * (https://w3c.github.io/webvtt/#file-parsing), step by step, so a file gives
 * the same cues here as in a `<track>` element: see docs/architecture.md for
 * why this is not a library. Only what a transcript shows is kept: times, and
 * the text `VTTCue.getCueAsHTML().textContent` gives, with the `<v>` voice as
 * the speaker. Cue settings, regions and style sheets are read past.
 */

export interface Cue {
  /** Seconds. */
  start: number;
  end: number;
  text: string;
  speaker?: string;
}

export interface FileChapter {
  start: number;
  title: string;
}

// ---- character references ----

/** The few references a page that forbids `innerHTML` (Trusted Types) still gets decoded. */
const FALLBACK: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lrm: '\u200e',
  rlm: '\u200f',
};

let decoder: HTMLTextAreaElement | undefined;
const decoded = new Map<string, string>();

/**
 * One character reference, as the HTML tokenizer reads it in text (which the
 * WebVTT cue text tokenizer cites): the full table of named references,
 * numeric ones, and a name that is not one left as written. The browser does
 * the decoding, in a `<textarea>` of an inert document: `reference` is only
 * `&`, `#`, letters, digits and `;`, so no markup can be in it.
 */
function decodeReference(reference: string): string {
  let out = decoded.get(reference);
  if (out !== undefined) return out;
  try {
    decoder ??= document.implementation.createHTMLDocument('').createElement('textarea');
    decoder.innerHTML = reference;
    out = decoder.value;
  } catch {
    const name = reference.slice(1).replace(/;$/, '');
    const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : name[0] === '#' ? parseInt(name.slice(1), 10) : 0;
    out = code
      ? code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd'
      : reference.endsWith(';')
        ? (FALLBACK[name] ?? reference)
        : reference;
  }
  if (decoded.size < 2000) decoded.set(reference, out);
  return out;
}

const REFERENCE = /&(?:#[xX][\da-fA-F]+;?|#\d+;?|[a-zA-Z\d]+;?)/g;

/** Decodes the character references in `text`, as WebVTT cue text does. */
export function decodeEntities(text: string): string {
  return text.replace(REFERENCE, decodeReference);
}

// ---- WebVTT ----

/** True for the spec's ASCII whitespace: tab, LF, form feed, CR and space (not vertical tab). */
const isWhitespace = (code: number) => code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
const isDigit = (code: number) => code >= 48 && code <= 57;

/** The line and position the timestamp and timings readers below work on. */
let line = '';
let at = 0;

function skipWhitespace(): void {
  while (at < line.length && isWhitespace(line.charCodeAt(at))) at++;
}

/** The spec's "collect a sequence of code points" for ASCII digits: their value, or -1 unless there are `length` of them (any number, for 0). */
function digits(length: number): number {
  let value = 0;
  const from = at;
  for (let code = line.charCodeAt(at); isDigit(code); code = line.charCodeAt(++at)) value = value * 10 + code - 48;
  return at === from || (length && at - from !== length) ? -1 : value;
}

/** The spec's "collect a WebVTT timestamp"; the step numbers in comments are the spec's. */
function timestamp(): number | undefined {
  // 1-4: it must start with a digit.
  const from = at;
  let value1 = digits(0);
  if (value1 < 0) return undefined;
  // 5: hours when the first number is not two digits, or over 59.
  const hours = at - from !== 2 || value1 > 59;
  // 6-7
  if (line[at] !== ':') return undefined;
  at++;
  let value2 = digits(2);
  if (value2 < 0) return undefined;
  // 8
  let value3: number;
  if (hours || line[at] === ':') {
    if (line[at] !== ':') return undefined;
    at++;
    value3 = digits(2);
    if (value3 < 0) return undefined;
  } else {
    value3 = value2;
    value2 = value1;
    value1 = 0;
  }
  // 9-10
  if (line[at] !== '.') return undefined;
  at++;
  const value4 = digits(3);
  if (value4 < 0) return undefined;
  // 11-12
  if (value2 > 59 || value3 > 59) return undefined;
  return value1 * 3600 + value2 * 60 + value3 + value4 / 1000;
}

/** Times of a cue timings line (the spec's "collect WebVTT cue timings and settings"), settings ignored. */
function cueTimings(text: string): [number, number] | undefined {
  line = text;
  at = 0;
  // 2-3
  skipWhitespace();
  const start = timestamp();
  if (start === undefined) return undefined;
  // 4-8
  skipWhitespace();
  if (!line.startsWith('-->', at)) return undefined;
  at += 3;
  // 9-10
  skipWhitespace();
  const end = timestamp();
  // 11: the settings are the rest of the line, which a transcript does not use.
  return end === undefined ? undefined : [start, end];
}

/** A run of cue text and the voice (`<v>`) it is spoken in. */
export interface Segment {
  text: string;
  voice?: string;
}

/**
 * The text nodes of a cue's DOM fragment (the spec's "WebVTT cue text parsing
 * rules"), each with its nearest voice. Tags and timestamps are left out, as
 * `textContent` leaves them out; `<rt>` text stays, as it does there.
 */
export function cueSegments(text: string): Segment[] {
  // Most cues are plain text.
  if (!text.includes('<') && !text.includes('&')) return [{ text }];
  const segments: Segment[] = [];
  /** Open objects, innermost last: the tag name and, for `<v>`, the voice. */
  const open: { name: string; voice?: string }[] = [];
  const voice = () => {
    for (let i = open.length - 1; i >= 0; i--) if (open[i].name === 'v') return open[i].voice;
    return undefined;
  };
  const add = (run: string) => {
    const last = segments[segments.length - 1];
    const who = voice();
    if (last && last.voice === who) last.text += run;
    else segments.push(who === undefined ? { text: run } : { text: run, voice: who });
  };
  let at = 0;
  while (at < text.length) {
    if (text[at] !== '<') {
      // Data state: text up to the next tag, character references decoded.
      let next = text.indexOf('<', at);
      if (next < 0) next = text.length;
      add(decodeEntities(text.slice(at, next)));
      at = next;
      continue;
    }
    // A tag: the tokenizer's tag states, reduced to the token each gives.
    let close = text.indexOf('>', at);
    if (close < 0) close = text.length;
    const tag = text.slice(at + 1, close);
    at = close + 1;
    if (tag[0] === '/') {
      // End tag: its name is everything up to ">".
      const name = tag.slice(1);
      const top = open[open.length - 1];
      if (top?.name === name) open.pop();
      else if (name === 'ruby' && top?.name === 'rt') open.splice(-2);
      continue;
    }
    // Timestamp tags (a digit first) become processing instructions, which textContent skips.
    if (/^\d/.test(tag)) continue;
    // Start tag: name, then ".classes", then after whitespace the annotation.
    const match = /^([^\t\n\f .]*)[^\t\n\f ]*(?:[\t\n\f ]([^]*))?$/.exec(tag);
    const name = match?.[1] ?? '';
    const annotation = match?.[2];
    const top = open[open.length - 1];
    if (['c', 'i', 'b', 'u', 'ruby', 'lang'].includes(name) || (name === 'rt' && top?.name === 'ruby')) {
      open.push({ name });
    } else if (name === 'v') {
      open.push({
        name,
        voice: decodeEntities(annotation ?? '')
          .replace(/[\t\n\f\r ]+/g, ' ')
          .trim(),
      });
    }
  }
  return segments;
}

const tidy = (text: string) => text.replace(/[\t\n\f\r ]+/g, ' ').trim();
/** Text that is not only whitespace. */
const VISIBLE = /[^\t\n\f\r ]/;

/**
 * A cue's text and speaker from its segments: one voice is the speaker; with
 * several, each voiced run starts with its speaker's name.
 */
export function speakerText(segments: Segment[]): { text: string; speaker?: string } {
  const text = tidy(segments.length === 1 ? segments[0].text : segments.map((segment) => segment.text).join(''));
  const voices = new Set(segments.filter((segment) => VISIBLE.test(segment.text)).map((segment) => segment.voice));
  if (voices.size === 1) {
    const [speaker] = voices;
    if (speaker) return { text, speaker };
  }
  if (voices.size <= 1) return { text };
  return {
    text: tidy(
      segments
        .map((segment, i) =>
          segment.voice && VISIBLE.test(segment.text) && segments[i - 1]?.voice !== segment.voice
            ? ` ${segment.voice}: ${segment.text}`
            : segment.text,
        )
        .join(''),
    ),
  };
}

/** A cue as the file gives it: times, and cue text not yet parsed. */
interface Block {
  start: number;
  end: number;
  text: string;
}

/**
 * The cues of a WebVTT file, their text not yet parsed (the spec's "WebVTT
 * parser algorithm"; the step numbers in comments are the spec's), one at a
 * time, so a reader can give the page a turn between them. None for a file
 * that is not WebVTT.
 */
function* vttBlocks(source: string): Generator<Block> {
  // 1-3: NULL becomes U+FFFD; CRLF and lone CR become LF.
  let input = source.includes('\0') ? source.replace(/\0/g, '\ufffd') : source;
  if (input.includes('\r')) input = input.replace(/\r\n?/g, '\n');
  // 4-5: an optional byte order mark, then "WEBVTT" and a space, tab or line end.
  let position = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  const next = input[position + 6];
  if (!input.startsWith('WEBVTT', position) || (next !== undefined && !' \t\n'.includes(next))) return;
  // 6-9: the rest of the signature line.
  position = input.indexOf('\n', position);
  if (position < 0 || ++position >= input.length) return;

  /** The spec's "collect a WebVTT block"; returns the cue the block holds, if any. */
  const collectBlock = (inHeader: boolean): Block | undefined => {
    let lineCount = 0;
    let previous = position;
    let buffer = '';
    let seenArrow = false;
    let cue: [number, number] | undefined;
    for (;;) {
      // 11.1-3: a line, and past its LF.
      let end = input.indexOf('\n', position);
      const seenEof = end < 0;
      if (seenEof) end = input.length;
      const line = input.slice(position, end);
      lineCount++;
      position = seenEof ? end : end + 1;
      if (line.includes('-->')) {
        // 11.4: a timings line starts a cue only as the block's first or second line.
        if (!inHeader && (lineCount === 1 || (lineCount === 2 && !seenArrow))) {
          seenArrow = true;
          previous = position;
          cue = cueTimings(line);
          if (cue) buffer = '';
        } else {
          // Any later "-->" line starts the next block.
          position = previous;
          break;
        }
      } else if (line === '') {
        break;
      } else {
        // 11.6: text (or an id, before the timings). STYLE and REGION blocks
        // have no timings line, so they give no cue and are read past.
        if (buffer) buffer += '\n';
        buffer += line;
        previous = position;
      }
      if (seenEof) break;
    }
    return cue && { start: cue[0], end: cue[1], text: buffer };
  };
  const skipNewlines = () => {
    while (input[position] === '\n') position++;
  };

  // 10-11: header lines (up to a blank line), then blank lines.
  if (input[position] !== '\n') collectBlock(true);
  else position++;
  skipNewlines();
  // 13: the block loop. NOTE blocks have no timings line either; they give no cue.
  while (position < input.length) {
    const block = collectBlock(false);
    if (block) yield block;
    skipNewlines();
  }
}

/** The cue a transcript shows for a block, or undefined for one with no text. */
function toCue({ start, end, text }: Block): Cue | undefined {
  const shown = speakerText(cueSegments(text));
  return shown.text ? { start, end, ...shown } : undefined;
}

/** Text track cue order: by start time, then the longer first, then file order. */
const inOrder = (cues: Cue[]) => cues.sort((a, b) => a.start - b.start || b.end - a.end);

/**
 * Cues of a WebVTT file, in text track cue order. Cues with no text are left
 * out, as a transcript has nothing to show for them. Returns [] for a file
 * that is not WebVTT.
 */
export function parseVtt(source: string): Cue[] {
  return inOrder([...vttBlocks(source)].flatMap((block) => toCue(block) ?? []));
}

// ---- SRT ----

/**
 * Cues of an SRT (SubRip) file, read by the same WebVTT parser: SRT is the
 * format WebVTT grew from, and differs in the comma before milliseconds, the
 * missing signature, and `{\an8}`-style position codes, which are taken out.
 */
export function parseSrt(source: string): Cue[] {
  return parseVtt(srtAsVtt(source));
}

function srtAsVtt(source: string): string {
  const body = source
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/^([^\n]*-->[^\n]*)$/gm, (line) => line.replace(/(\d\d:\d\d),(\d{3})/g, '$1.$2'))
    .replace(/\{\\[^}\n]*\}/g, '');
  return `WEBVTT\n\n${body}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const seconds = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

/** Longest merged cue, in characters, before a new one starts. */
const MAX_CUE_LENGTH = 200;

/**
 * Cues of a Podcasting 2.0 JSON transcript. Consecutive segments of the same
 * speaker are joined into sentences of a readable size.
 */
export function parseJsonTranscript(data: unknown): Cue[] {
  const segments = isRecord(data) && Array.isArray(data.segments) ? data.segments : [];
  const cues: Cue[] = [];
  let open: Cue | undefined;
  for (const segment of segments) {
    if (!isRecord(segment) || typeof segment.body !== 'string') continue;
    const start = seconds(segment.startTime);
    const end = seconds(segment.endTime) ?? start;
    const body = segment.body.replace(/\s+/g, ' ').trim();
    if (start === undefined || end === undefined || !body) continue;
    const speaker = typeof segment.speaker === 'string' && segment.speaker.trim() ? segment.speaker.trim() : undefined;
    if (
      open &&
      open.speaker === speaker &&
      !/[.!?]["')\]]?$/.test(open.text) &&
      open.text.length + body.length < MAX_CUE_LENGTH
    ) {
      open.text += ` ${body}`;
      open.end = Math.max(open.end, end);
      continue;
    }
    open = speaker ? { start, end, text: body, speaker } : { start, end, text: body };
    cues.push(open);
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** Chapters of a Podcasting 2.0 JSON chapters file, sorted; chapters marked `toc: false` are left out. */
export function parseJsonChapters(data: unknown): FileChapter[] {
  const chapters = isRecord(data) && Array.isArray(data.chapters) ? data.chapters : [];
  return chapters
    .flatMap((chapter) => {
      if (!isRecord(chapter) || chapter.toc === false) return [];
      const start = seconds(chapter.startTime);
      const title = typeof chapter.title === 'string' ? chapter.title.replace(/\s+/g, ' ').trim() : '';
      return start === undefined || !title ? [] : [{ start, title }];
    })
    .sort((a, b) => a.start - b.start);
}

/** True for an SRT file: by its type, or, untyped, by a counter line and a timings line with a comma. */
const isSrt = (body: string, type: string) =>
  /subrip|srt/i.test(type) || (!/vtt/i.test(type) && /^\ufeff?\s*\d+[ \t]*\r?\n[^\n]*\d,\d{3}[ \t]*-->/.test(body));

/** Reads a transcript file of any kind the player knows (WebVTT, SRT, JSON), by its type or its content. */
export function parseTranscript(body: string, type = ''): Cue[] {
  const trimmed = body.trim();
  if (/json/i.test(type) || trimmed.startsWith('{')) {
    try {
      return parseJsonTranscript(JSON.parse(trimmed));
    } catch {
      return [];
    }
  }
  return isSrt(body, type) ? parseSrt(body) : parseVtt(body);
}

/** Milliseconds of work between turns given back to the page, so no task runs long on a slow phone. */
const SLICE = 8;
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * `parseTranscript` for the player: WebVTT and SRT files are read in slices
 * of a few milliseconds, each a task of its own, so a 3-hour file of 4,000
 * cues never holds the page up for long.
 */
export async function readTranscript(body: string, type = ''): Promise<Cue[]> {
  const trimmed = body.trim();
  if (/json/i.test(type) || trimmed.startsWith('{')) return parseTranscript(body, type);
  const cues: Cue[] = [];
  let since = performance.now();
  let i = 0;
  for (const block of vttBlocks(isSrt(body, type) ? srtAsVtt(body) : body)) {
    const cue = toCue(block);
    if (cue) cues.push(cue);
    if (++i % 10 === 0 && performance.now() - since > SLICE) {
      await pause();
      since = performance.now();
    }
  }
  inOrder(cues);
  // A long file: the panel renders in a task of its own.
  if (i > 500) await pause();
  return cues;
}
