/**
 * Transcript and chapter files: WebVTT, Podcasting 2.0 JSON transcripts and
 * Podcasting 2.0 JSON chapters. Text comes out plain: tags are dropped and
 * entities decoded from a table, never through HTML parsing.
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

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lrm: '\u200e',
  rlm: '\u200f',
};

/** Decodes the entities WebVTT allows, and numeric ones. Unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const TIMESTAMP = /^(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})$/;

function vttTime(text: string): number | undefined {
  const match = TIMESTAMP.exec(text.trim());
  if (!match) return undefined;
  const [, h, m, s, ms] = match;
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + Number(ms.padEnd(3, '0')) / 1000;
}

/** Cues of a WebVTT file, with the speaker from a `<v Name>` tag. Returns [] for a file that is not WebVTT. */
export function parseVtt(source: string): Cue[] {
  const text = source.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (!/^WEBVTT(?:[ \t]|\n|$)/.test(text)) return [];
  const cues: Cue[] = [];
  for (const block of text.split(/\n{2,}/)) {
    const lines = block.split('\n');
    const timing = lines.findIndex((line) => line.includes('-->'));
    if (timing < 0 || /^(NOTE|STYLE|REGION)\b/.test(lines[0])) continue;
    const [from, rest = ''] = lines[timing].split('-->');
    const start = vttTime(from);
    const end = vttTime(rest.trim().split(/\s+/)[0] ?? '');
    if (start === undefined || end === undefined) continue;
    let speaker: string | undefined;
    const body = lines
      .slice(timing + 1)
      .join(' ')
      .replace(/<v(?:\.[^\s>]*)?\s+([^>]+)>/g, (_, name: string) => {
        speaker ??= decodeEntities(name.trim());
        return '';
      })
      .replace(/<[^>]*>/g, '');
    const cueText = decodeEntities(body)
      .replace(/[ \t\n\f]+/g, ' ')
      .trim();
    if (cueText) cues.push(speaker ? { start, end, text: cueText, speaker } : { start, end, text: cueText });
  }
  return cues.sort((a, b) => a.start - b.start);
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

/** Reads a transcript file of either kind, by its type or its content. */
export function parseTranscript(body: string, type = ''): Cue[] {
  const trimmed = body.trim();
  if (/json/i.test(type) || trimmed.startsWith('{')) {
    try {
      return parseJsonTranscript(JSON.parse(trimmed));
    } catch {
      return [];
    }
  }
  return parseVtt(body);
}
