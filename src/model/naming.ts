import type { Dialect } from '../core/dialect.js';
import { caps } from '../dialects/registry.js';
import type { Table } from './schema.js';

/**
 * The names an engine gives to constraints the DDL leaves unnamed. Revisions that
 * were first run through SQLAlchemy (neutron-lbaas) left most constraints unnamed,
 * so later revisions refer to these engine-chosen names; the model reproduces them
 * and the back ends then emit every name explicitly.
 *
 * PostgreSQL (and SQLite, which keeps no names of its own; we use PostgreSQL's so a
 * revision can name the constraint the same way): <table>_pkey, <table>_<cols>_key,
 * <table>_<cols>_fkey, truncated to 63 bytes like PostgreSQL's makeObjectName.
 * MySQL/MariaDB: PRIMARY; a unique key takes its first column's name (then _2, _3 ...);
 * a foreign key is <table>_ibfk_<n> with n one more than the highest in use.
 */
/** PostgreSQL's identifier limit, which its makeObjectName truncates to. */
const PG_MAX_IDENTIFIER = caps('postgresql').maxIdentifier;

function pgObjectName(table: string, cols: string[], suffix: string): string {
  const label = cols.join('_');
  let t = table;
  let c = label;
  const overhead = suffix.length + 2;
  while (t.length + c.length + overhead > PG_MAX_IDENTIFIER) {
    if (t.length > c.length) t = t.slice(0, -1);
    else c = c.slice(0, -1);
  }
  return c ? `${t}_${c}_${suffix}` : `${t}_${suffix}`;
}

function taken(t: Table, name: string): boolean {
  return (
    t.primaryKey?.name === name ||
    t.uniques.some((u) => u.name === name) ||
    t.foreignKeys.some((f) => f.name === name) ||
    t.checks.some((c) => c.name === name) ||
    t.indexes.some((i) => i.name === name)
  );
}

function firstFree(t: Table, base: string, sep = ''): string {
  if (!taken(t, base)) return base;
  for (let n = sep ? 1 : 2; ; n++) {
    const cand = `${base}${sep}${n}`;
    if (!taken(t, cand)) return cand;
  }
}

export function primaryKeyName(d: Dialect, table: string): string {
  return caps(d).generatedNames === 'innodb' ? 'PRIMARY' : pgObjectName(table, [], 'pkey');
}

export function uniqueName(d: Dialect, t: Table, cols: string[]): string {
  if (caps(d).generatedNames === 'innodb') {
    const first = cols[0]!;
    if (!taken(t, first)) return first;
    for (let n = 2; ; n++) if (!taken(t, `${first}_${n}`)) return `${first}_${n}`;
  }
  return firstFree(t, pgObjectName(t.name, cols, 'key'));
}

export function foreignKeyName(d: Dialect, t: Table, cols: string[]): string {
  if (caps(d).generatedNames === 'innodb') {
    const prefix = `${t.name}_ibfk_`;
    let max = 0;
    for (const f of t.foreignKeys) {
      if (f.name.startsWith(prefix)) {
        const n = Number(f.name.slice(prefix.length));
        if (Number.isInteger(n) && n > max) max = n;
      }
    }
    return `${prefix}${max + 1}`;
  }
  return firstFree(t, pgObjectName(t.name, cols, 'fkey'));
}

/**
 * MySQL's name for the index it creates to support a foreign key when no index
 * starts with the key's columns: the constraint's own name when the DDL named it,
 * otherwise the first column's name.
 */
export function mysqlFkIndexName(t: Table, fkName: string, explicit: boolean, cols: string[]): string {
  if (explicit) return fkName;
  const first = cols[0]!;
  if (!taken(t, first)) return first;
  for (let n = 2; ; n++) if (!taken(t, `${first}_${n}`)) return `${first}_${n}`;
}

/** True when some index, unique key or the primary key begins with `cols` (MySQL's FK requirement). */
export function hasLeadingIndex(t: Table, cols: string[]): boolean {
  const starts = (ic: string[]) => cols.every((c, i) => ic[i] === c);
  return (
    (t.primaryKey !== null && starts(t.primaryKey.columns)) ||
    t.uniques.some((u) => starts(u.columns)) ||
    t.indexes.some((i) => starts(i.columns))
  );
}
