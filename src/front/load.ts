import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { CreateTableOp, Revision } from '../core/ops.js';
import { lineCol, parseJsonc } from './jsonc.js';
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

/** Lists revision files under `dir` recursively, sorted by path (stable across file-system orders). */
export function listRevisionFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    const entries = readdirSync(join(dir, rel), { withFileTypes: true });
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (r !== DATA_DIR) walk(r);
      } else if (e.isFile() && e.name.endsWith('.jsonc') && r !== EXTERNAL_FILE) out.push(r);
    }
  };
  walk('');
  return out.sort();
}

/**
 * Reads and validates every revision file. `root` is the project root; `versionsDir`
 * is relative to it. File names in results and diagnostics are relative to `root`.
 */
export function loadHistory(root: string, versionsDir = 'versions'): LoadedHistory {
  const diagnostics: Diagnostic[] = [];
  const revisions: Revision[] = [];
  const abs = join(root, versionsDir);
  let files: string[];
  try {
    files = listRevisionFiles(abs);
  } catch (e) {
    diagnostics.push({
      code: 'LD001', severity: 'error', message: `cannot read the versions directory '${versionsDir}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      hint: 'run from the project root, or set [alembic] script_location / --versions',
    });
    return { revisions, external: [], diagnostics };
  }
  for (const f of files) {
    const rel = `${versionsDir}/${f}`;
    if (CONTROL_RE.test(rel)) {
      // The path is copied into script comments; a line break there would turn the rest into SQL.
      diagnostics.push({
        code: 'LD001', severity: 'error', message: `cannot use revision file ${JSON.stringify(rel)}: its path contains a line break or another control character`,
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
    const { line, col } = lineCol(text, res.error.offset);
    diagnostics.push({
      code: 'LD001', severity: 'error', message: `syntax error: ${res.error.message}`,
      at: { file: rel, path: [] }, line, col,
      hint: 'revision files are JSON with comments (JSONC): check for a missing comma, quote or bracket just before this point',
    });
    return undefined;
  }
  return res.value;
}

/** Reads versions/external.jsonc (the tables the history uses but never creates); none when it is absent. */
export function loadExternal(abs: string, versionsDir: string, diagnostics: Diagnostic[]): CreateTableOp[] {
  const rel = `${versionsDir}/${EXTERNAL_FILE}`;
  let text: string;
  try {
    text = readFileSync(join(abs, EXTERNAL_FILE), 'utf8');
  } catch {
    return [];
  }
  const res = parseJsonc(text);
  if ('error' in res) {
    const { line, col } = lineCol(text, res.error.offset);
    diagnostics.push({ code: 'LD001', severity: 'error', message: `syntax error: ${res.error.message}`, at: { file: rel, path: [] }, line, col });
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
    const allowed = ['table', 'columns', 'primary_key', 'unique', 'foreign_keys', 'checks', 'indexes'];
    if (!r.object(t, ['tables', i], allowed, 'a table object')) return;
    const op = readOp(r, { ...t, op: 'create_table' }, ['tables', i]);
    if (op && op.op === 'create_table') out.push(op);
  });
  return out;
}
