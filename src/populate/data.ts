import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { SourceRef } from '../core/source.js';
import type { Literal } from '../core/types.js';
import { lineCol, parseJsonc } from '../front/jsonc.js';
import { DATA_DIR } from '../front/load.js';
import { Reader } from '../front/reader.js';
import { IDENT_RE } from '../front/validate.js';

/**
 * Standard data files (versions/data/*.jsonc): the reference rows a working
 * LBaaS database needs, one table per file, each row identified by its key.
 *
 *   { "table": "lbaas_protocol", "key": ["name"],
 *     "rows": [ { "name": "HTTP", "description": "..." } ] }
 */
export interface DataFile {
  /** Path relative to the project root. */
  file: string;
  table: string;
  key: string[];
  description?: string;
  rows: Record<string, Literal>[];
  src: SourceRef;
}

export const DATA_FIELDS = ['$schema', 'description', 'table', 'key', 'rows'] as const;

export function listDataFiles(versionsAbs: string): string[] {
  try {
    return readdirSync(join(versionsAbs, DATA_DIR), { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.jsonc'))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

/** Reads and checks the data files' shape (the model checks come later, in check-data.ts). */
export function loadDataFiles(root: string, versionsRel: string): { files: DataFile[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const files: DataFile[] = [];
  const abs = join(root, versionsRel);
  for (const name of listDataFiles(abs)) {
    const rel = `${versionsRel}/${DATA_DIR}/${name}`;
    let text: string;
    try {
      text = readFileSync(join(abs, DATA_DIR, name), 'utf8');
    } catch (e) {
      diagnostics.push({ code: 'DT001', severity: 'error', message: `cannot read ${rel}: ${(e as Error).message}` });
      continue;
    }
    const parsed = parseJsonc(text);
    if ('error' in parsed) {
      const { line, col } = lineCol(text, parsed.error.offset);
      diagnostics.push({
        code: 'DT001',
        severity: 'error',
        message: parsed.error.code ? `${parsed.error.code}: ${parsed.error.message}` : `syntax error: ${parsed.error.message}`,
        at: { file: rel, path: [] },
        line,
        col,
      });
      continue;
    }
    const f = readDataFile(parsed.value, rel, diagnostics);
    if (f) files.push(f);
  }
  const byTable = new Map<string, DataFile>();
  for (const f of files) {
    const first = byTable.get(f.table);
    if (first) {
      diagnostics.push({
        code: 'DT002',
        severity: 'error',
        message: `table ${f.table} is filled by two data files`,
        at: { file: f.file, path: ['table'] },
        related: [{ message: 'first filled here', at: { file: first.file, path: ['table'] } }],
        hint: 'keep one data file per table',
      });
    } else byTable.set(f.table, f);
  }
  return { files, diagnostics };
}

function readDataFile(doc: unknown, file: string, diagnostics: Diagnostic[]): DataFile | undefined {
  const r = new Reader(file, diagnostics);
  const before = diagnostics.length;
  if (!r.object(doc, [], DATA_FIELDS, 'an object with table, key and rows')) return undefined;
  const table = r.str(doc, 'table', [], true);
  if (table !== undefined && !IDENT_RE.test(table)) r.error(['table'], `table name "${table}" is not a plain identifier`, undefined, 'LD010');
  if (!('key' in doc)) r.error(['key'], "missing required field 'key'", 'the columns that identify a row: the primary key or a unique key', 'LD004');
  const key = r.strList(doc, 'key', [], { nonEmpty: true }) ?? [];
  key.forEach((k, i) => {
    if (!IDENT_RE.test(k)) r.error(['key', i], `key column "${k}" is not a plain identifier`, undefined, 'LD010');
  });
  if (new Set(key).size !== key.length) r.error(['key'], 'key columns must be distinct');
  const description = r.str(doc, 'description', []);
  const rows: Record<string, Literal>[] = [];
  const seen = new Map<string, number>();
  (r.array(doc, 'rows', [], true) ?? []).forEach((row, i) => {
    const p = ['rows', i];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      r.expected(p, 'an object of column name to value', row);
      return;
    }
    const out: Record<string, Literal> = {};
    let ok = true;
    for (const [col, v] of Object.entries(row as Record<string, unknown>)) {
      if (!IDENT_RE.test(col)) {
        r.error([...p, col], `column name "${col}" is not a plain identifier`, undefined, 'LD010');
        ok = false;
      } else if (v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) {
        out[col] = v;
      } else {
        r.expected([...p, col], 'a string, number, boolean or null', v);
        ok = false;
      }
    }
    for (const k of key) {
      if (out[k] === undefined || out[k] === null) {
        r.error(p, `row ${i} has no value for key column "${k}"`, 'every row names its key', 'LD004');
        ok = false;
      }
    }
    if (!ok) return;
    const id = JSON.stringify(key.map((k) => out[k]));
    const dup = seen.get(id);
    if (dup !== undefined) {
      r.error(p, `row ${i} has the same key as row ${dup} (${key.map((k) => `${k} = ${JSON.stringify(out[k])}`).join(', ')})`, 'each key appears once');
      return;
    }
    seen.set(id, i);
    rows.push(out);
  });
  if (diagnostics.length > before || table === undefined) return undefined;
  return { file, table, key, ...(description ? { description } : {}), rows, src: { file, path: [] } };
}
