import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { temporaryPath, writeAll } from '../emit/write.js';
import { dirname } from 'node:path';

/**
 * Writes a new file atomically and never over an existing one: the bytes go to a
 * temporary file in the same directory, are flushed, then hard-linked to the
 * target name (which fails when the name exists) and the temporary name removed.
 * Returns false, writing nothing, when the target exists.
 */
export function writeNewFileAtomic(path: string, text: string): boolean {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = temporaryPath(path);
  let fd: number | undefined;
  try {
    try {
      fd = openSync(tmp, 'wx', 0o644);
    } catch (e) {
      // A temporary file with our pid in its name is left by an earlier process that had this pid and
      // died before removing it: nobody else can be writing it. Replace it once.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      rmSync(tmp, { force: true });
      fd = openSync(tmp, 'wx', 0o644);
    }
    writeAll(fd, Buffer.from(text, 'utf8'));
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    try {
      linkSync(tmp, path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e;
    }
    return true;
  } finally {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
  }
}
