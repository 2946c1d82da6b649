import type { Dialect } from '../core/dialect.js';
import { fkIndexName } from '../dialects/mysql/naming.js';
import { dialectObject } from '../dialects/registry.js';
import type { Table } from './schema.js';

/**
 * The names an engine gives to constraints the DDL leaves unnamed: each dialect's naming rule
 * (its object's `generatedNames`, src/dialects/<dialect>/naming.ts).
 */
export function primaryKeyName(d: Dialect, table: string): string {
  return dialectObject(d).generatedNames.primaryKey(table);
}

export function uniqueName(d: Dialect, t: Table, cols: string[]): string {
  return dialectObject(d).generatedNames.unique(t, cols);
}

export function foreignKeyName(d: Dialect, t: Table, cols: string[]): string {
  return dialectObject(d).generatedNames.foreignKey(t, cols);
}

/**
 * MySQL's name for the index it creates to support a foreign key when no index
 * starts with the key's columns: the constraint's own name when the DDL named it,
 * otherwise the first column's name.
 */
export const mysqlFkIndexName = fkIndexName;

/** True when some index, unique key or the primary key begins with `cols` (MySQL's FK requirement). */
export function hasLeadingIndex(t: Table, cols: string[]): boolean {
  const starts = (ic: string[]) => cols.every((c, i) => ic[i] === c);
  return (t.primaryKey !== null && starts(t.primaryKey.columns)) || t.uniques.some((u) => starts(u.columns)) || t.indexes.some((i) => starts(i.columns));
}
