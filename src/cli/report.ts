import { isAbsolute, relative, resolve, sep } from 'node:path';
import pc from 'picocolors';
import type { Diagnostic } from '../core/diagnostics.js';
import { pathToString } from '../core/source.js';
import { locate } from '../front/locate.js';

/**
 * Formats diagnostics the way compilers do: `file:line:col: error CODE: message`,
 * then the field, a hint and related places. Positions are resolved here, lazily.
 */
export function formatDiagnostics(ds: readonly Diagnostic[], root: string, color = false, cwd = process.cwd()): string {
  const c = color ? pc : { red: id, yellow: id, cyan: id, dim: id, bold: id };
  const cache = new Map<string, string>();
  const where = (at: Diagnostic['at'], line?: number, col?: number, atKey = false) => {
    if (!at) return '';
    const pos = line !== undefined ? { line, col: col ?? 1 } : locate(root, at, cache, atKey);
    return `${printable(shownPath(root, at.file, cwd))}${pos ? `:${pos.line}:${pos.col}` : ''}: `;
  };
  const out: string[] = [];
  for (const d of ds) {
    const sev = d.severity === 'error' ? c.red('error') : d.severity === 'warning' ? c.yellow('warning') : c.cyan('info');
    out.push(`${where(d.at, d.line, d.col, isKeyProblem(d))}${sev} ${c.bold(d.code)}: ${printable(d.message)}`);
    if (d.at?.path.length) out.push(c.dim(`  at: ${printable(clip(pathToString(d.at.path)))}`));
    for (const r of d.related ?? []) out.push(c.dim(`  ${where(r.at, r.line, r.col)}${printable(r.message)}`));
    if (d.hint) out.push(`  ${c.cyan('hint')}: ${printable(d.hint)}`);
  }
  return out.join('\n') + (out.length ? '\n' : '');
}

/**
 * Control characters that reach a terminal act on it (ANSI escapes recolour, move the cursor,
 * rewrite what was printed; bidirectional overrides reorder it). Messages echo what a file or a
 * server said: such characters are shown as \u escapes. Line breaks and tabs stay (a server's
 * message may have several lines). Applied to each echoed part, never to the formatter's own colours.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
export function printable(s: string): string {
  return s.replace(UNPRINTABLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A file as the user can open it: names are relative to the history's root, which is the working
 * directory, except for the history shipped with the tool; its files are named from where the user is.
 */
export function shownPath(root: string, file: string, cwd = process.cwd()): string {
  if (isAbsolute(file) || resolve(root) === resolve(cwd)) return file;
  const abs = resolve(root, file);
  const rel = relative(cwd, abs);
  return rel.startsWith('..') && rel.split(sep).filter((p) => p === '..').length > 2 ? abs : rel;
}

/** An unknown field is reported at its key; every other problem at the value. */
function isKeyProblem(d: Diagnostic): boolean {
  return d.code === 'LD003';
}

/** A path echoed whole could be as long as a key in the file. */
function clip(s: string): string {
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}

function id(s: string): string {
  return s;
}

/** Diagnostics as JSON values with positions resolved (for --json). */
export function diagnosticsJson(ds: readonly Diagnostic[], root: string): object[] {
  const cache = new Map<string, string>();
  return ds.map((d) => {
    const pos = d.at ? (d.line !== undefined ? { line: d.line, col: d.col ?? 1 } : locate(root, d.at, cache, isKeyProblem(d))) : undefined;
    return {
      code: d.code,
      severity: d.severity,
      message: d.message,
      ...(d.at ? { file: shownPath(root, d.at.file), path: pathToString(d.at.path), ...(pos ?? {}) } : {}),
      ...(d.hint ? { hint: d.hint } : {}),
      ...(d.related?.length
        ? {
            related: d.related.map((r) => {
              const at = r.line !== undefined ? { line: r.line, col: r.col ?? 1 } : locate(root, r.at, cache);
              return { message: r.message, file: r.at.file, path: pathToString(r.at.path), ...(at ?? {}) };
            }),
          }
        : {}),
    };
  });
}

/** Exit status when standard output is a pipe its reader closed (EPIPE): 128 + SIGPIPE, as a shell reports a process SIGPIPE ended. */
export const EPIPE_STATUS = 141;

/**
 * The one line a failed write to standard output gets on stderr (CL007), or undefined for EPIPE:
 * the reader stopped reading (`| head -1`), which is no error to report; the command still exits
 * EPIPE_STATUS, so a script can tell its output is incomplete.
 */
export function stdoutFailureLine(code: string, json: boolean): string | undefined {
  if (code === 'EPIPE') return undefined;
  const reason =
    code === 'ENOSPC'
      ? 'no space left on the device'
      : code === 'EFBIG'
        ? 'the file is too large'
        : code === 'EDQUOT'
          ? 'the disk quota is exceeded'
          : code === 'EIO'
            ? 'input/output error'
            : code === 'EBADF'
              ? 'it is closed'
              : code === 'EAGAIN'
                ? 'it is non-blocking and full'
                : code;
  const message = `cannot write to standard output: ${reason} (${code}); what was written is incomplete: do not use it`;
  if (json) return JSON.stringify({ ok: false, diagnostics: [{ code: 'CL007', severity: 'error', message }] });
  return `error CL007: ${message}`;
}
