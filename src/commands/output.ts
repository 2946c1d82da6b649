import { mkdirSync, statSync } from 'node:fs';
import { StagedFile } from '../emit/write.js';
import type { ScriptSink } from '../emit/script.js';
import { Exit } from '../cli/context.js';

/**
 * File-system failures on paths the user named (--output, --out, --dir) are the
 * user's to fix: exit 1 with a CL003 diagnostic that says which option and why,
 * never an internal error with a stack trace.
 */

/** Why a file-system call failed, in words, from its errno code. */
export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EISDIR': return 'it is a directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'ENOTDIR':
    case 'EEXIST': return 'a parent of it is not a directory';
    case 'ENOENT': return 'no such file or directory';
    case 'EROFS': return 'read-only file system';
    case 'ENOSPC': return 'no space left on the device';
    case 'ENAMETOOLONG': return 'the name is too long';
    default: return code ?? (e as Error).message;
  }
}

/** True for errors raised by a file-system call (they carry an errno code), as opposed to bugs. */
export function isFsError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}

export function pathError(option: string, path: string, why: string, hint: string): Exit {
  return new Exit(1, [{ code: 'CL003', severity: 'error', message: `cannot write ${option} ${path}: ${why}`, hint }]);
}

const FILE_HINT = 'nothing was written; give a file path in a writable directory, or leave out --output to print the script';

/**
 * Writes one script to the file the user named (atomically, creating missing
 * parent directories). On failure nothing is written and the command stops
 * with CL003, exit 1.
 */
export function writeOutputFile(path: string, text: string, option = '--output'): void {
  new OutputFileSink(path, option).finish(text, '');
}

/**
 * A script streamed into the file the user named: the revisions' part is staged next to it as
 * it is compiled (StagedFile), and the file is replaced whole when the script is finished. A
 * file-system failure while staging is remembered, not thrown, so that a compile error later
 * in the history is still the one reported (as when the script was compiled before anything
 * was written); finish then reports it: CL003, exit 1, nothing written.
 */
export class OutputFileSink implements ScriptSink<void> {
  private readonly file: StagedFile;
  private failure?: NodeJS.ErrnoException;

  constructor(private readonly path: string, private readonly option = '--output') {
    this.file = new StagedFile(path);
  }

  body(text: string): void {
    if (this.failure) return;
    try {
      this.file.append(text);
    } catch (e) {
      if (!isFsError(e)) throw e;
      this.failure = e;
    }
  }

  finish(head: string, tail: string): void {
    try {
      if (this.failure) throw this.failure;
      this.file.commit(head, tail);
    } catch (e) {
      this.file.abort();
      if (!isFsError(e)) throw e;
      throw pathError(this.option, this.path, fsReason(e), FILE_HINT);
    }
  }

  abort(): void {
    this.file.abort();
  }
}

/**
 * Makes sure the directories the user named (through `option`) exist, creating
 * them and their parents, before anything is written into them: first every
 * one is checked, then they are created; CL003, exit 1, when one cannot be.
 */
export function ensureOutputDirs(dirs: readonly { path: string; shown: string }[], option: string): void {
  for (const d of dirs) {
    let isDir: boolean | undefined;
    try {
      isDir = statSync(d.path).isDirectory();
    } catch {
      isDir = undefined;
    }
    if (isDir === false) throw pathError(option, d.shown, 'it is a file, not a directory', `nothing was written; give a directory for ${option}`);
  }
  for (const d of dirs) {
    try {
      mkdirSync(d.path, { recursive: true });
    } catch (e) {
      if (!isFsError(e)) throw e;
      throw pathError(option, d.shown, fsReason(e), `nothing was written; give a directory that can be created or written to for ${option}`);
    }
  }
}
