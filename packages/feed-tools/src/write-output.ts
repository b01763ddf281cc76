/// <reference types="node" />
import { randomBytes } from 'node:crypto';
import { chmod, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CommandError } from './problems.js';
import { text, type TextValue } from './i18n.js';

/**
 * Writes `content` to `file` through a temporary file in the same folder and
 * a rename, so the file is either the old one or the whole new one, never half
 * written. An existing file keeps its permissions.
 */
export async function writeFileSafely(file: string, content: string | Uint8Array): Promise<void> {
  const target = resolve(file);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    const existing = await stat(target);
    if (existing.isDirectory()) throw new CommandError(text('write-folder', { file }), 2);
    mode = existing.mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const reason: TextValue =
      code === 'ENOENT'
        ? text('reason-no-folder')
        : code === 'EACCES' || code === 'EPERM'
          ? text('reason-permission')
          : code === 'ENOSPC'
            ? text('reason-disk-full')
            : String(error);
    throw new CommandError(text('cannot-write', { file, reason }), code === 'ENOENT' ? 2 : 1);
  }
}
