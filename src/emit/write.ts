import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file atomically: the bytes go to a temporary file in the same
 * directory, are flushed, then renamed over the target. A failure leaves the
 * target as it was and no temporary file behind.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.lbaas-tmp-${basename(path)}-${process.pid}`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w', 0o644);
    writeAll(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
    syncDir(dir);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Writes every byte: write(2) may take less than asked, so keep going until all is in the file. */
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** Flushes the directory entry of a rename; best effort (not every platform can open a directory). */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // the rename itself has happened; only its durability across a crash is less certain
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes the whole text (or its bytes) to stdout in one piece and resolves when it is flushed. */
export function writeStdout(text: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (err) => (err ? reject(err) : resolve()));
  });
}
