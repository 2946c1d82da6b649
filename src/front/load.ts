import { closeSync, lstatSync, openSync, readdirSync, readFileSync, readlinkSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { CreateTableOp, Revision } from '../core/ops.js';
import { fieldNames, OP_SPECS } from '../core/op-specs.js';
import { lineCol, parseJsonc, type JsoncSyntaxError } from './jsonc.js';
import { Reader } from './reader.js';
import { CONTROL_RE, readOp, validateRevision } from './validate.js';

/** File (relative to the versions directory's parent) that declares objects the history uses but never creates. */
export const EXTERNAL_FILE = 'external.jsonc';
/** Folder (directly under the versions directory) of standard data files for `populate`; not revisions. */
export const DATA_DIR = 'data';

export interface LoadedHistory {
  revisions: Revision[];
  /** Tables that exist before base (e.g. Neutron's own); upgrades never create them. */
  external: CreateTableOp[];
  diagnostics: Diagnostic[];
}

/** Code of a revision file or directory that cannot be read as one: a link leading outside the versions directory, a dangling link, a link loop, not a regular file. */
export const LINK_CODE = 'LD021';

/**
 * Lists revision files under `dir` recursively, sorted by path (stable across file-system orders).
 * A symbolic link (to a file or a directory) is followed when its real path lies inside the
 * versions directory's real path: what is reviewed as the history is that directory, and a link
 * out of it would compile text nobody reviewed as part of it. Links leading out, dangling
 * links named *.jsonc (Emacs lock files `.#*` aside), a directory reached twice (a link loop) and
 * a *.jsonc that is not a regular file are reported into `problems` (with file names relative to
 * the versions directory's parent when `versionsRel` is given) and left out of the list.
 */
export function listRevisionFiles(dir: string, problems?: Diagnostic[], versionsRel?: string): string[] {
  const out: string[] = [];
  let top: string | undefined;
  const seen = new Set<string>();
  const problem = (r: string, what: string, hint: string) => {
    const name = versionsRel === undefined ? r : `${versionsRel}/${r}`;
    problems?.push({ code: LINK_CODE, severity: 'error', message: `cannot use ${JSON.stringify(name)}: ${what}`, hint });
  };
  const isRevisionName = (name: string) => name.endsWith('.jsonc') && !name.startsWith('.#');
  const walk = (rel: string, real: string | undefined) => {
    const entries = readdirSync(join(dir, rel), { withFileTypes: true });
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (r === DATA_DIR || r === EXTERNAL_FILE) continue;
      if (e.isDirectory()) {
        walk(r, real === undefined ? undefined : join(real, e.name));
      } else if (e.isFile()) {
        if (e.name.endsWith('.jsonc')) out.push(r);
      } else if (e.isSymbolicLink()) {
        if (top === undefined) {
          top = realpathSync(dir);
          seen.add(top);
        }
        let target: string;
        let st: Stats;
        try {
          target = realpathSync(join(dir, r));
          st = statSync(target);
        } catch (err) {
          if (isRevisionName(e.name)) {
            problem(
              r,
              `it is a symbolic link to ${JSON.stringify(linkText(join(dir, r)))}, which does not exist (${(err as NodeJS.ErrnoException).code ?? 'unreadable'})`,
              'point the link at a revision file inside the versions directory, or remove it',
            );
          }
          continue;
        }
        const inside = target === top || target.startsWith(top.endsWith(sep) ? top : top + sep);
        if (st.isDirectory()) {
          if (!inside)
            problem(
              r,
              `it is a symbolic link to a directory outside the versions directory (${JSON.stringify(target)})`,
              'move the revision files into the versions directory, or link each to a file inside it',
            );
          else if (seen.has(target) || isAncestor(target, real ?? join(top, rel)))
            problem(r, `it is a symbolic link to a directory already read (${JSON.stringify(target)}): a loop, or the same revisions twice`, 'remove the link');
          else {
            seen.add(target);
            walk(r, target);
          }
        } else if (isRevisionName(e.name)) {
          if (!inside)
            problem(
              r,
              `it is a symbolic link to a file outside the versions directory (${JSON.stringify(target)})`,
              'revision files are read only from inside the versions directory: move the file in, or link to a file inside it',
            );
          else if (!st.isFile()) problem(r, 'it is a symbolic link to something that is not a regular file', 'a revision is a regular file');
          else out.push(r);
        }
      } else if (isRevisionName(e.name)) {
        problem(r, 'it is not a regular file (a FIFO, socket or device)', 'a revision is a regular file');
      }
    }
  };
  walk('', undefined);
  return out.sort();
}

function linkText(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '?';
  }
}

/** `a` is `b` or a directory above it. */
function isAncestor(a: string, b: string): boolean {
  return b === a || b.startsWith(a.endsWith(sep) ? a : a + sep);
}

/**
 * Reads and validates every revision file. `root` is the project root; `versionsDir`
 * is relative to it. File names in results and diagnostics are relative to `root`.
 */
export function loadHistoryFiles(root: string, versionsDir = 'versions'): LoadedHistory {
  const diagnostics: Diagnostic[] = [];
  const revisions: Revision[] = [];
  const abs = join(root, versionsDir);
  let files: string[];
  try {
    files = listRevisionFiles(abs, diagnostics, versionsDir);
  } catch (e) {
    diagnostics.push({
      code: 'LD001',
      severity: 'error',
      message: `cannot read the versions directory '${versionsDir}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      hint: 'run from the project root, or set [alembic] script_location / --versions',
    });
    return { revisions, external: [], diagnostics };
  }
  for (const f of files) {
    const rel = `${versionsDir}/${f}`;
    if (CONTROL_RE.test(rel)) {
      // The path is copied into script comments; a line break there would turn the rest into SQL.
      diagnostics.push({
        code: 'LD001',
        severity: 'error',
        message: `cannot use revision file ${JSON.stringify(rel)}: its path contains a line break or another control character`,
        hint: 'rename the file (or the directory) to plain characters',
      });
      continue;
    }
    const doc = parseFile(join(abs, f), rel, diagnostics);
    if (doc === undefined) continue;
    const rev = validateRevision(doc, rel, diagnostics);
    if (rev) revisions.push(rev);
  }
  const external = loadExternal(abs, versionsDir, diagnostics);
  return { revisions, external, diagnostics };
}

/**
 * Reads the whole file at `path` into `buffer` from offset `start`. When the file does not fit
 * in what is left, what was read of it moves to the start of a new buffer (at least twice the
 * bytes read, and no smaller than `buffer`), so the returned span may lie in a new buffer. One
 * read loop for the whole load (a reused buffer) and the streamed load (an arena of blocks):
 * readFileSync parses its options and allocates a buffer per call, which at thousands of files
 * is a noticeable share of the load.
 */
export function readWhole(path: string, buffer: Buffer, start: number): { buffer: Buffer; start: number; end: number } {
  const fd = openSync(path, 'r');
  try {
    let end = start;
    for (;;) {
      if (end === buffer.length) {
        const next = Buffer.allocUnsafe(Math.max(buffer.length, 2 * (end - start)));
        buffer.copy(next, 0, start, end);
        end -= start;
        start = 0;
        buffer = next;
      }
      const n = readSync(fd, buffer, end, buffer.length - end, null);
      if (n === 0) return { buffer, start, end };
      end += n;
    }
  } finally {
    closeSync(fd);
  }
}

/** One buffer reused for every revision file of a whole load (they are small; it grows for a large one). */
let readBuffer: Buffer = Buffer.allocUnsafe(64 * 1024);

/** A file's text, read through the reused buffer. */
export function readText(path: string): string {
  const { buffer, end } = readWhole(path, readBuffer, 0);
  readBuffer = buffer;
  return buffer.toString('utf8', 0, end);
}

function parseFile(absPath: string, rel: string, diagnostics: Diagnostic[]): unknown {
  let text: string;
  try {
    text = readText(absPath);
  } catch (e) {
    diagnostics.push({ code: 'LD001', severity: 'error', message: `cannot read ${rel}: ${(e as Error).message}` });
    return undefined;
  }
  const res = parseJsonc(text);
  if ('error' in res) {
    diagnostics.push(parseDiagnostic(text, res.error, rel));
    return undefined;
  }
  return res.value;
}

/** The diagnostic for a document parseJsonc refused: a syntax error (LD001), or valid JSON that no revision file may be (its own code). */
export function parseDiagnostic(text: string, error: JsoncSyntaxError, rel: string): Diagnostic {
  const { line, col } = lineCol(text, error.offset);
  return {
    code: error.code ?? 'LD001',
    severity: 'error',
    message: error.code ? error.message : `syntax error: ${error.message}`,
    at: { file: rel, path: [] },
    line,
    col,
    hint: error.hint ?? 'revision files are JSON with comments (JSONC): check for a missing comma, quote or bracket just before this point',
    ...(error.first ? { related: [{ message: error.first.message, at: { file: rel, path: [] }, ...lineCol(text, error.first.offset) }] } : {}),
  };
}

/** An external table has create_table's fields (not `op`, nor `dialects`). */
const EXTERNAL_TABLE_FIELDS = fieldNames(OP_SPECS.create_table);

/** Reads versions/external.jsonc (the tables the history uses but never creates); none when it is absent. */
export function loadExternal(abs: string, versionsDir: string, diagnostics: Diagnostic[]): CreateTableOp[] {
  const rel = `${versionsDir}/${EXTERNAL_FILE}`;
  const path = join(abs, EXTERNAL_FILE);
  let text: string;
  try {
    // As for revision files: a link is followed only to a regular file inside the versions directory.
    if (lstatSync(path).isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(path);
      } catch (e) {
        diagnostics.push({
          code: LINK_CODE,
          severity: 'error',
          message: `cannot use ${JSON.stringify(rel)}: it is a symbolic link to ${JSON.stringify(linkText(path))}, which does not exist (${(e as NodeJS.ErrnoException).code ?? 'unreadable'})`,
          hint: 'point the link at a file inside the versions directory, or remove it',
        });
        return [];
      }
      if (!isAncestor(realpathSync(abs), target)) {
        diagnostics.push({
          code: LINK_CODE,
          severity: 'error',
          message: `cannot use ${JSON.stringify(rel)}: it is a symbolic link to a file outside the versions directory (${JSON.stringify(target)})`,
          hint: 'move the file into the versions directory',
        });
        return [];
      }
    }
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    diagnostics.push({ code: 'LD001', severity: 'error', message: `cannot read ${rel}: ${(e as Error).message}` });
    return [];
  }
  const res = parseJsonc(text);
  if ('error' in res) {
    diagnostics.push(parseDiagnostic(text, res.error, rel));
    return [];
  }
  const r = new Reader(rel, diagnostics);
  const doc = res.value;
  if (!r.object(doc, [], ['$schema', 'description', 'tables'])) return [];
  const out: CreateTableOp[] = [];
  (r.array(doc, 'tables', [], true) ?? []).forEach((t, i) => {
    if (typeof t !== 'object' || t === null || Array.isArray(t)) {
      r.expected(['tables', i], 'a table object', t);
      return;
    }
    if (!r.object(t, ['tables', i], EXTERNAL_TABLE_FIELDS, 'a table object')) return;
    const op = readOp(r, { ...t, op: 'create_table' }, ['tables', i]);
    if (op && op.op === 'create_table') out.push(op);
  });
  return out;
}
