import { DiagnosticError } from '../core/diagnostics.js';
import { lstatSync, mkdirSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { StagedFile } from '../emit/write.js';
import type { ScriptSink } from '../emit/script.js';

/**
 * File-system failures on paths the user named (--output, --out, --dir) are the
 * user's to fix: exit 1 with a CL003 diagnostic that says which option and why,
 * never an internal error with a stack trace.
 */

/** Why a file-system call failed, in words, from its errno code. */
export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a parent of it is not a directory';
    case 'ENOENT':
      return 'no such file or directory';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    default:
      return code ?? (e as Error).message;
  }
}

/** True for errors raised by a file-system call (they carry an errno code), as opposed to bugs. */
export function isFsError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}

export function pathError(option: string, path: string, why: string, hint: string): DiagnosticError {
  return new DiagnosticError(1, [{ code: 'CL003', severity: 'error', message: `cannot write ${option} ${path}: ${why}`, hint }]);
}

const FILE_HINT = 'nothing was written; give a file path in a writable directory, or leave out --output to print the script';

/** What a path names when it is not a regular file, in words; undefined for a regular file. */
function notRegular(st: Stats): string | undefined {
  if (st.isFile()) return undefined;
  if (st.isSymbolicLink()) return 'it is a symbolic link';
  if (st.isDirectory()) return 'it is a directory';
  if (st.isFIFO()) return 'it is a FIFO (named pipe)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'it is a device';
  if (st.isSocket()) return 'it is a socket';
  return 'it is not a regular file';
}

/** `path` with its existing leading directories resolved (symbolic links followed); the rest as written. */
function realLocation(path: string): string {
  const rest: string[] = [];
  let at = path;
  for (;;) {
    try {
      return join(realpathSync(at), ...rest.reverse());
    } catch {
      const up = dirname(at);
      if (up === at) return path;
      rest.push(basename(at));
      at = up;
    }
  }
}

/** Every file under `dir` (following symbolic links to what they name), as device:inode. */
function filesUnder(dir: string, out = new Map<string, string>(), depth = 0): Map<string, string> {
  if (depth > 8) return out;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const n of names) {
    const p = join(dir, n);
    try {
      const st = statSync(p);
      if (st.isDirectory()) filesUnder(p, out, depth + 1);
      else out.set(`${st.dev}:${st.ino}`, p);
    } catch {
      // a dangling link, or gone
    }
  }
  return out;
}

/** Where an output file must not go: the history being compiled (its directory, and every file of it). */
export interface OutputTargetRules {
  /** The versions directory, absolute. */
  history?: string;
  /** Shown for it in messages (relative to the project). */
  historyShown?: string;
}

/** The rules for a command's output file: not into the history it compiles. */
export function historyOf(ctx: { versionsPath: string; versionsRel: string }): OutputTargetRules {
  return { history: ctx.versionsPath, historyShown: `${ctx.versionsRel}/` };
}

/**
 * Checks the file `--output` names before anything is compiled or written: a path, not empty; a
 * regular file or nothing yet (never a symbolic link, a directory, a FIFO, a device or a socket:
 * lstat, so a link is refused, not followed); not inside the versions directory being compiled
 * and not one of its files by another name (a hard or symbolic link elsewhere). CL003 otherwise.
 * Returns the mode of the file it replaces (kept), when there is one.
 */
export function checkOutputTarget(path: string, option: string, rules: OutputTargetRules = {}): { keepMode?: number } {
  if (path === '') throw pathError(option, "''", 'the path is empty', `give a file name for ${option}, or leave out ${option} to print the script`);
  const abs = resolve(path);
  let st: Stats | undefined;
  try {
    st = lstatSync(abs);
  } catch (e) {
    if (!isFsError(e) || (e.code !== 'ENOENT' && e.code !== 'ENOTDIR')) throw e;
  }
  if (st) {
    const why = notRegular(st);
    if (why) throw pathError(option, path, why, FILE_HINT);
  }
  if (rules.history) {
    const historyReal = realLocation(rules.history);
    const where = realLocation(abs);
    const rel = relative(historyReal, where);
    const shown = rules.historyShown ?? rules.history;
    if (rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel))) {
      throw pathError(option, path, `it is inside ${shown}, the history being compiled`, `nothing was written; write the script outside ${shown}`);
    }
    if (st) {
      const same = filesUnder(rules.history).get(`${st.dev}:${st.ino}`);
      if (same)
        throw pathError(
          option,
          path,
          `it is ${relative(dirname(rules.history), same)} of the history being compiled (the same file by another name)`,
          `nothing was written; write the script outside ${shown}`,
        );
    }
  }
  return st ? { keepMode: st.mode } : {};
}

/**
 * Writes one script to the file the user named (atomically, creating missing
 * parent directories). On failure nothing is written and the command stops
 * with CL003, exit 1.
 */
export function writeOutputFile(path: string, text: string, option = '--output', rules: OutputTargetRules = {}): void {
  new OutputFileSink(path, option, rules).finish(text, '');
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

  /** Checks the target first (checkOutputTarget): a refused one stops the command before anything is compiled. */
  constructor(
    private readonly path: string,
    private readonly option = '--output',
    private readonly rules: OutputTargetRules = {},
  ) {
    const { keepMode } = checkOutputTarget(path, option, rules);
    this.file = new StagedFile(path, 0o644, keepMode);
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
      // Again, just before the rename: the target may have changed while the script compiled.
      checkOutputTarget(this.path, this.option, this.rules);
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
