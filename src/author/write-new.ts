import { closeSync, fsyncSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { createTemporary, writeAll } from '../emit/write.js';
import { dirname } from 'node:path';

/**
 * Writes a new file atomically and never over an existing one: the bytes go to a
 * temporary file in the same directory (created exclusively, under a random name: see
 * createTemporary), are flushed, then hard-linked to the target name (which fails
 * when the name exists) and the temporary name removed. The file's mode is 0644
 * less the umask. Returns false, writing nothing, when the target exists.
 */
export function writeNewFileAtomic(path: string, text: string): boolean {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const { fd: opened, path: tmp } = createTemporary(dir, '', 0o644);
  let fd: number | undefined = opened;
  try {
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
