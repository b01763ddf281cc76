/// <reference types="node" />
import { randomBytes } from 'node:crypto';
import { chmod, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CommandError } from './problems.js';

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
    if (existing.isDirectory()) throw new CommandError(`Cannot write ${file}: it is a folder. Name a file.`, 2);
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
    const reason =
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'ENOSPC'
            ? 'the disk is full'
            : String(error);
    throw new CommandError(`Cannot write ${file}: ${reason}. Nothing was written.`, code === 'ENOENT' ? 2 : 1);
  }
}
