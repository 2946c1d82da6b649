import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fstatSync, fsyncSync, lstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isatty } from 'node:tty';

/**
 * Writes a file atomically: the bytes go to a temporary file in the same
 * directory, are flushed, then renamed over the target. A failure leaves the
 * target as it was and no temporary file behind. A new file is 0644 less the
 * umask; a regular file it replaces keeps its mode.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  let keep: number | undefined;
  try {
    const st = lstatSync(path);
    if (st.isFile()) keep = st.mode; // a file it replaces keeps its mode
  } catch {
    keep = undefined; // a new file: 0644 less the umask
  }
  new StagedFile(path, 0o644, keep).commit(data);
}

/** Prefix of every temporary file this tool makes next to a file it writes. */
export const TEMP_PREFIX = '.lbaas-tmp-';

/**
 * Creates a new temporary file in `dir` and opens it for writing: the name is TEMP_PREFIX, 16
 * random hexadecimal digits and `suffix`, and it is created exclusively (O_CREAT|O_EXCL, which
 * also refuses to follow a symbolic link planted at that name), so another user of a shared
 * directory can neither predict it nor redirect the bytes. The mode is given to open(2), so the
 * umask applies. `flags` adds reading ('wx+').
 */
export function createTemporary(dir: string, suffix = '', mode = 0o600, flags: 'wx' | 'wx+' = 'wx'): { fd: number; path: string } {
  for (let attempt = 0; ; attempt++) {
    const path = join(dir, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}${suffix}`);
    try {
      return { fd: openSync(path, flags, mode), path };
    } catch (e) {
      // A name taken already (by chance, or planted): draw another; give up after a few.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 8) throw e;
    }
  }
}

/** The most bytes `s` can take as UTF-8: a UTF-16 code unit is at most 3 bytes (a surrogate pair, 2 units, is 4). */
export function maxUtf8Bytes(s: string): number {
  return 3 * s.length;
}

/** Size of the one buffer a StagedFile writes through. */
const STAGE_BUFFER = 1 << 20;

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
  private tmp?: string;
  private side?: string;
  private buffer?: Buffer;
  private used = 0;
  private sideFd?: number;
  private sideBytes = 0;
  /** The middle, when the target's directory does not exist yet (until commit creates it). */
  private held?: Buffer[];
  /** Whether the temporary file was created (and so must be removed on failure). */
  private tmpCreated = false;

  /**
   * `mode`: the permission bits of the file when it is new (the umask applies); a file that is
   * replaced keeps its own. (StagedFile writes regular files: the caller checks the target.)
   */
  constructor(
    private readonly path: string,
    private readonly mode = 0o644,
    private readonly keepMode?: number,
  ) {
    this.dir = dirname(path);
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
      const t = createTemporary(this.dir, '', this.mode);
      fd = t.fd;
      this.tmp = t.path;
      this.tmpCreated = true;
      if (this.keepMode !== undefined) fchmodSync(fd, this.keepMode & 0o777);
      writeAll(fd, bytesOf(head));
      for (const held of this.held ?? []) writeAll(fd, held);
      if (this.sideFd !== undefined) {
        const buffer = this.buffer!;
        for (let at = 0; at < this.sideBytes; ) {
          const n = readSync(this.sideFd, buffer, 0, Math.min(buffer.length, this.sideBytes - at), at);
          if (n === 0) throw new Error(`internal: ${this.side ?? 'the side file'} is shorter than what was written to it`);
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
    if (this.tmpCreated && this.tmp !== undefined) rmSync(this.tmp, { force: true });
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
        const t = createTemporary(this.dir, '.body', 0o600, 'wx+');
        this.sideFd = t.fd;
        this.side = t.path;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
        this.held = [];
      }
    }
    if (this.held)
      this.held.push(Buffer.from(bytes)); // a copy: `bytes` may be the reused buffer
    else {
      writeAll(this.sideFd!, bytes);
      this.sideBytes += bytes.length;
    }
  }

  private closeSide(): void {
    if (this.sideFd !== undefined) {
      closeSync(this.sideFd);
      this.sideFd = undefined;
      if (this.side !== undefined) rmSync(this.side, { force: true });
      this.side = undefined;
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
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
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

/** A write to standard output that failed (ENOSPC, EIO, EPIPE, ...): the command's output is incomplete. */
export class StdoutWriteError extends Error {
  readonly code: string;
  constructor(override readonly cause: unknown) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
    super(`cannot write to standard output: ${code}`);
    this.name = 'StdoutWriteError';
    this.code = code;
  }
}

/**
 * Writes the whole text (or its bytes) to stdout in one piece and resolves when it is written;
 * rejects with a StdoutWriteError when any of it cannot be. A file or a device (`> out.sql`,
 * `> /dev/full`) is written here with write(2) until every byte is in: Node's own stream for
 * files takes one write(2) and ignores a short count, so a full file system would leave a
 * truncated script and exit 0. Pipes and terminals go through process.stdout, which writes
 * them whole.
 */
export function writeStdout(text: string | Uint8Array): Promise<void> {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  if (directStdout()) {
    try {
      writeAll(1, bytes);
      return Promise.resolve();
    } catch (e) {
      return Promise.reject(new StdoutWriteError(e));
    }
  }
  return new Promise((resolve, reject) => {
    try {
      process.stdout.write(bytes, (err) => (err ? reject(new StdoutWriteError(err)) : resolve()));
    } catch (e) {
      reject(new StdoutWriteError(e));
    }
  });
}

/** Whether standard output is a file or a device other than a terminal (written with write(2) here). */
function directStdout(): boolean {
  try {
    const st = fstatSync(1);
    return st.isFile() || st.isBlockDevice() || (st.isCharacterDevice() && !isatty(1));
  } catch {
    return false;
  }
}

/** The first failure of a printStdout (or of process.stdout on its own, as main records it). */
let stdoutFailure: unknown;

/** Remembers a failure of standard output: the command fails with it (CL007, or 141 for EPIPE) when it ends. */
export function noteStdoutFailure(e: unknown): void {
  stdoutFailure ??= e;
}

/** The failure noteStdoutFailure remembered, if any. */
export function stdoutFailed(): unknown {
  return stdoutFailure;
}

/**
 * Prints a line while a command is still at work (an online run's progress): at once, never
 * throwing; a failure is remembered and reported when the command ends, so a full disk or a
 * closed pipe never stops a run half-way with its client left behind. After a failure nothing
 * more is printed.
 */
export function printStdout(text: string): void {
  if (stdoutFailure !== undefined) return;
  try {
    if (directStdout()) writeAll(1, Buffer.from(text, 'utf8'));
    else
      process.stdout.write(text, (e) => {
        if (e) noteStdoutFailure(e);
      });
  } catch (e) {
    noteStdoutFailure(e);
  }
}
