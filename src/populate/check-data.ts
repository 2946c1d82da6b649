import { family, type Dialect } from '../core/dialect.js';
import { didYouMean, type Diagnostic } from '../core/diagnostics.js';
import type { Op, Revision } from '../core/ops.js';
import { typeToString, type ColumnType, type Literal } from '../core/types.js';
import type { RevisionGraph } from '../graph/index.js';
import type { Schema, Table } from '../model/schema.js';
import { findColumn } from '../model/schema.js';
import type { DataFile } from './data.js';
import { caps } from '../dialects/registry.js';

/**
 * Checks data files against the schema model at heads: the table and columns
 * exist, the key is the primary key or a unique key (the upserts need it), every
 * NOT NULL column without a default is given, and each value fits its column.
 */
export function validateData(files: readonly DataFile[], schema: Schema, dialect: Dialect): Diagnostic[] {
  const out: Diagnostic[] = [];
  const err = (f: DataFile, path: (string | number)[], code: string, message: string, hint?: string) =>
    out.push({ code, severity: 'error', message, at: { file: f.file, path }, ...(hint ? { hint } : {}) });
  for (const f of files) {
    const t = schema.tables.get(f.table);
    if (!t) {
      const near = didYouMean(f.table, schema.tables.keys());
      err(
        f,
        ['table'],
        'DT010',
        `table ${f.table} does not exist at heads`,
        near ? `did you mean "${near}"?` : 'the data can only fill tables the history creates',
      );
      continue;
    }
    if (t.external) {
      err(f, ['table'], 'DT011', `table ${f.table} is an external (Neutron) table`, 'populate fills the LBaaS tables only');
      continue;
    }
    let keyOk = true;
    f.key.forEach((k, i) => {
      if (!findColumn(t, k)) {
        keyOk = false;
        err(f, ['key', i], 'DT012', `key column ${f.table}.${k} does not exist`, nearColumn(t, k));
      }
    });
    if (keyOk && !isUniqueKey(t, f.key)) {
      err(
        f,
        ['key'],
        'DT013',
        `(${f.key.join(', ')}) is neither the primary key nor a unique key of ${f.table}`,
        `the upsert finds existing rows by a unique key; ${f.table} has ${describeKeys(t)}`,
      );
    }
    if (keyOk && caps(dialect).upsertMatchesAnyKey) {
      const others = otherKeys(t, f.key);
      if (others.length) {
        out.push({
          code: 'DT014',
          severity: 'warning',
          at: { file: f.file, path: ['key'] },
          message: `${f.table} has other unique keys (${others.join('; ')}): MySQL's ON DUPLICATE KEY UPDATE matches any of them`,
        });
      }
    }
    f.rows.forEach((row, i) => {
      for (const [col, v] of Object.entries(row)) {
        const c = findColumn(t, col);
        if (!c) {
          err(f, ['rows', i, col], 'DT015', `column ${f.table}.${col} does not exist`, nearColumn(t, col));
          continue;
        }
        if (v === null) {
          if (!c.nullable) err(f, ['rows', i, col], 'DT016', `${f.table}.${col} is NOT NULL; row ${i} gives null`);
          continue;
        }
        const problem = fits(c.type, v);
        if (problem) err(f, ['rows', i, col], 'DT017', `row ${i}: ${f.table}.${col} (${typeToString(c.type)}): ${problem}`);
      }
      for (const c of t.columns) {
        if (!c.nullable && c.default === null && !c.autoincrement && !(c.name in row)) {
          err(f, ['rows', i], 'DT016', `row ${i} has no value for NOT NULL column ${f.table}.${c.name} (it has no default)`);
        }
      }
    });
  }
  return out;
}

function nearColumn(t: Table, name: string): string {
  const near = didYouMean(
    name,
    t.columns.map((c) => c.name),
  );
  return near ? `did you mean "${near}"?` : `columns of ${t.name}: ${t.columns.map((c) => c.name).join(', ')}`;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function isUniqueKey(t: Table, key: readonly string[]): boolean {
  return (
    (t.primaryKey !== null && sameSet(t.primaryKey.columns, key)) ||
    t.uniques.some((u) => sameSet(u.columns, key)) ||
    t.indexes.some((i) => i.unique && sameSet(i.columns, key))
  );
}

function otherKeys(t: Table, key: readonly string[]): string[] {
  const all = [...(t.primaryKey ? [t.primaryKey.columns] : []), ...t.uniques.map((u) => u.columns), ...t.indexes.filter((i) => i.unique).map((i) => i.columns)];
  return all.filter((cols) => !sameSet(cols, key)).map((cols) => `(${cols.join(', ')})`);
}

function describeKeys(t: Table): string {
  const keys = [
    ...(t.primaryKey ? [`primary key (${t.primaryKey.columns.join(', ')})`] : []),
    ...t.uniques.map((u) => `unique (${u.columns.join(', ')})`),
    ...t.indexes.filter((i) => i.unique).map((i) => `unique index (${i.columns.join(', ')})`),
  ];
  return keys.length ? keys.join(', ') : 'no unique key';
}

const INT_RANGE: Record<string, [number, number]> = {
  smallint: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  bigint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

/** Why a value does not fit a column type, or undefined when it does. */
export function fits(type: ColumnType, v: Exclude<Literal, null>): string | undefined {
  switch (type.kind) {
    case 'string':
      if (typeof v !== 'string') return `expected a string, found ${typeof v} ${String(v)}`;
      return [...v].length > type.length ? `"${v.slice(0, 20)}…" is ${[...v].length} characters, more than ${type.length}` : undefined;
    case 'text':
      return typeof v === 'string' ? undefined : `expected a string, found ${typeof v} ${String(v)}`;
    case 'enum':
      if (typeof v !== 'string') return `expected one of ${type.values.join(', ')}, found ${typeof v} ${String(v)}`;
      return type.values.includes(v) ? undefined : `"${v}" is not one of ${type.values.join(', ')}`;
    case 'smallint':
    case 'integer':
    case 'bigint': {
      if (typeof v !== 'number' || !Number.isInteger(v)) return `expected an integer, found ${typeof v} ${String(v)}`;
      const [lo, hi] = INT_RANGE[type.kind]!;
      return v < lo || v > hi ? `${v} is outside ${lo}..${hi}` : undefined;
    }
    case 'boolean':
      return typeof v === 'boolean' ? undefined : `expected true or false, found ${typeof v} ${String(v)}`;
    case 'float':
      return typeof v === 'number' ? undefined : `expected a number, found ${typeof v} ${String(v)}`;
    case 'numeric': {
      if (typeof v !== 'number') return `expected a number, found ${typeof v} ${String(v)}`;
      const [int = '', frac = ''] = Math.abs(v).toString().split('.');
      if (frac.length > type.scale) return `${v} has more than ${type.scale} decimal places`;
      return int.replace(/^0+/, '').length > type.precision - type.scale
        ? `${v} has more than ${type.precision - type.scale} digits before the point`
        : undefined;
    }
    case 'date':
      return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? undefined : `expected a date 'YYYY-MM-DD', found ${JSON.stringify(v)}`;
    case 'datetime':
    case 'timestamp':
      return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?$/.test(v)
        ? undefined
        : `expected 'YYYY-MM-DD HH:MM:SS', found ${JSON.stringify(v)}`;
    case 'binary':
      return 'binary columns cannot be filled from data files';
  }
}

/** Does this op bring the table, or one of the columns the data uses, into being (or into its current shape)? */
function shapes(op: Op, table: string, columns: ReadonlySet<string>): boolean {
  switch (op.op) {
    case 'create_table':
      return op.table === table;
    case 'rename_table':
      return op.new_name === table;
    case 'add_column':
      return op.table === table && columns.has(op.column.name);
    case 'alter_column':
      return op.table === table && (columns.has(op.column) || (op.new_column_name !== undefined && columns.has(op.new_column_name)));
    case 'create_index':
      return op.table === table && op.unique;
    case 'create_unique_constraint':
      return op.table === table;
    // Dropping leaves nothing the data needs; a foreign key or a check does not shape the columns
    // the upserts write; raw SQL and inserted rows are the author's.
    case 'drop_table':
    case 'drop_column':
    case 'drop_index':
    case 'drop_constraint':
    case 'create_foreign_key':
    case 'create_check_constraint':
    case 'execute':
    case 'bulk_insert':
      return false;
    default: {
      const _exhaustive: never = op;
      throw new Error(`internal: populate cannot tell what op ${JSON.stringify((_exhaustive as Op).op)} shapes`);
    }
  }
}

/**
 * The revisions the database must have applied for the data to load: for each
 * data table, the newest revisions (in the history up to heads) that create it
 * or shape the columns and key the data uses. The script's guard checks that
 * the version table holds one of these revisions or a later one.
 */
export function requiredRevisions(
  graph: RevisionGraph,
  applied: readonly Revision[],
  files: readonly DataFile[],
  dialect: Dialect,
): { revision: string; tables: string[]; accepted: string[] }[] {
  const touching = new Map<string, Set<string>>();
  for (const f of files) {
    const cols = new Set([...f.key, ...f.rows.flatMap((r) => Object.keys(r))]);
    for (const rev of applied) {
      if (
        rev.upgrade.some(
          (op) => (op.dialects === undefined || op.dialects.includes(dialect) || op.dialects.includes(family(dialect) as Dialect)) && shapes(op, f.table, cols),
        )
      ) {
        const s = touching.get(rev.id) ?? new Set<string>();
        s.add(f.table);
        touching.set(rev.id, s);
      }
    }
  }
  const ids = [...touching.keys()];
  // Keep the newest: a revision implied by another in the set needs no check of its own.
  const newest = ids.filter((id) => !ids.some((o) => o !== id && graph.isAncestor(id, o)));
  return graph.sortTopo(newest).map((id) => {
    const tables = [...touching.get(id)!].sort();
    for (const o of ids) if (o !== id && graph.isAncestor(o, id)) for (const t of touching.get(o)!) if (!tables.includes(t)) tables.push(t);
    return { revision: id, tables: tables.sort(), accepted: [id, ...graph.sortTopo(graph.descendants(id))] };
  });
}
