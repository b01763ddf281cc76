/// <reference types="node" />
import { open } from 'node:fs/promises';
import { CommandError } from './problems.js';

/** The largest file or download the tools read: far above any real feed, sheet or podcast RSS. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/**
 * Reads a whole file, refusing one larger than `maxBytes` before reading it.
 * A file that is missing or cannot be read is a usage error (exit 2): the
 * name on the command line is wrong.
 */
export async function readBytes(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'there is no such file' : code === 'EACCES' ? 'permission denied' : String(error);
    throw new CommandError(`Cannot read ${file}: ${reason}.`, 2);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new CommandError(`Cannot read ${file}: it is a folder, not a file.`, 2);
    if (info.size > maxBytes) throw tooLarge(file, maxBytes);
    // Read at most one byte past the limit, in case the file grew since stat.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw tooLarge(file, maxBytes);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

export const tooLarge = (name: string, maxBytes: number) =>
  new CommandError(
    `${name} is larger than ${formatBytes(maxBytes)}, so it was not read. (--max-size changes the limit.)`,
    1,
  );

export const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

/** Where decoding as UTF-8 failed: the 1-based line and column of the first bad byte. */
export interface DecodeFailure {
  line: number;
  column: number;
  utf16: boolean;
}

/**
 * Decodes UTF-8 (a byte-order mark is removed). Returns the text, or where
 * the first byte that is not UTF-8 is.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { failure: DecodeFailure } {
  const utf16 =
    bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) return { failure: { line: 1, column: 1, utf16 } };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return { failure: { ...firstBadByte(bytes), utf16 } };
  }
}

function firstBadByte(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let index = 0; index < bytes.length;) {
    const byte = bytes[index];
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0;
    if (length === 0 || index + length > bytes.length) return { line, column };
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(index, index + length));
    } catch {
      return { line, column };
    }
    if (byte === 0x0a) {
      line++;
      column = 1;
    } else column++;
    index += length;
  }
  return { line, column };
}

/** 1-based line and column of a character offset, by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
      this.starts.push(index + 1);
  }

  at(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low] + 1 };
  }
}
