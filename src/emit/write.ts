import { closeSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file atomically: the bytes go to a temporary file in the same
 * directory, are flushed, then renamed over the target. A failure leaves the
 * target as it was and no temporary file behind.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  new StagedFile(path).commit(data);
}

/**
 * The temporary file an atomic write of `path` goes through: in the same directory (so the
 * rename or link stays on one file system), hidden, named after the target and this process.
 */
export function temporaryPath(path: string): string {
  return join(dirname(path), `.lbaas-tmp-${basename(path)}-${process.pid}`);
}

/** The most bytes `s` can take as UTF-8: a UTF-16 code unit is at most 3 bytes (a surrogate pair, 2 units, is 4). */
export function maxUtf8Bytes(s: string): number {
  return 3 * s.length;
}

/** Size of the one buffer a StagedFile writes through. */
const STAGE_BUFFER = 1 << 20;
/** Side files of this process are numbered, so their names stay short whatever the target's name. */
let sideFiles = 0;

/**
 * A file written atomically whose middle is known before its beginning: a long script's
 * revisions are laid out before its header (which counts them) is. The middle is appended
 * as it comes, through a reused buffer, to a side file next to the target; `commit` writes
 * the beginning, the middle (copied from the side file through the same buffer) and the end
 * to the temporary file, flushes it and renames it over the target. The bytes of the script
 * are thus never all in memory, and the target is replaced whole or not at all. `abort`, and
 * any failure of `commit`, remove both temporary files and leave the target as it was.
 * Nothing is created before `commit` but the side file: when the target's directory does not
 * exist yet, the middle is held in memory and the directory is made by `commit`, so a compile
 * that fails leaves no directory behind either.
 */
export class StagedFile {
  private readonly dir: string;
  private readonly tmp: string;
  private readonly side: string;
  private buffer?: Buffer;
  private used = 0;
  private sideFd?: number;
  private sideBytes = 0;
  /** The middle, when the target's directory does not exist yet (until commit creates it). */
  private held?: Buffer[];
  /** Whether the temporary file was created (and so must be removed on failure). */
  private tmpCreated = false;

  constructor(private readonly path: string) {
    this.dir = dirname(path);
    this.tmp = temporaryPath(path);
    this.side = join(this.dir, `.lbaas-tmp-${process.pid}-${++sideFiles}.body`);
  }

  /** Appends to the middle. May throw a file-system error (the caller then aborts). */
  append(s: string): void {
    const buffer = (this.buffer ??= Buffer.allocUnsafe(STAGE_BUFFER));
    const most = maxUtf8Bytes(s);
    if (buffer.length - this.used < most) {
      this.flush();
      if (buffer.length < most) {
        this.writeSide(Buffer.from(s, 'utf8'));
        return;
      }
    }
    this.used += buffer.write(s, this.used, 'utf8');
  }

  /** Writes beginning, middle and end to the target, atomically. */
  commit(head: string | Uint8Array, tail: string | Uint8Array = ''): void {
    let fd: number | undefined;
    try {
      this.flush();
      mkdirSync(this.dir, { recursive: true });
      fd = openSync(this.tmp, 'w', 0o644);
      this.tmpCreated = true;
      writeAll(fd, bytesOf(head));
      for (const held of this.held ?? []) writeAll(fd, held);
      if (this.sideFd !== undefined) {
        const buffer = this.buffer!;
        for (let at = 0; at < this.sideBytes;) {
          const n = readSync(this.sideFd, buffer, 0, Math.min(buffer.length, this.sideBytes - at), at);
          if (n === 0) throw new Error(`internal: ${this.side} is shorter than what was written to it`);
          writeAll(fd, buffer.subarray(0, n));
          at += n;
        }
      }
      writeAll(fd, bytesOf(tail));
      fsyncSync(fd);
      closeSync(fd);
      fd = undefined;
      renameSync(this.tmp, this.path);
      this.tmpCreated = false;
      syncDir(this.dir);
    } catch (e) {
      if (fd !== undefined) closeSync(fd);
      this.abort();
      throw e;
    } finally {
      this.closeSide();
    }
  }

  /** Drops everything: no target change, no temporary file left. */
  abort(): void {
    this.closeSide();
    if (this.tmpCreated) rmSync(this.tmp, { force: true });
    this.tmpCreated = false;
  }

  private flush(): void {
    if (this.used === 0) return;
    this.writeSide(this.buffer!.subarray(0, this.used));
    this.used = 0;
  }

  private writeSide(bytes: Uint8Array): void {
    if (this.sideFd === undefined && this.held === undefined) {
      try {
        this.sideFd = openSync(this.side, 'w+', 0o600);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
        this.held = [];
      }
    }
    if (this.held) this.held.push(Buffer.from(bytes)); // a copy: `bytes` may be the reused buffer
    else {
      writeAll(this.sideFd!, bytes);
      this.sideBytes += bytes.length;
    }
  }

  private closeSide(): void {
    if (this.sideFd !== undefined) {
      closeSync(this.sideFd);
      this.sideFd = undefined;
      rmSync(this.side, { force: true });
    }
    this.held = undefined;
    this.used = 0;
    this.sideBytes = 0;
  }
}

function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
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
