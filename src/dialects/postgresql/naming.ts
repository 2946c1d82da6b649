import type { Table } from '../../model/schema.js';
import { firstFree, type GeneratedNames } from '../generated-names.js';

/** PostgreSQL's identifier limit, which its makeObjectName truncates to. */
export const MAX_IDENTIFIER = 63;

function objectName(table: string, cols: string[], suffix: string): string {
  const label = cols.join('_');
  let t = table;
  let c = label;
  const overhead = suffix.length + 2;
  while (t.length + c.length + overhead > MAX_IDENTIFIER) {
    if (t.length > c.length) t = t.slice(0, -1);
    else c = c.slice(0, -1);
  }
  return c ? `${t}_${c}_${suffix}` : `${t}_${suffix}`;
}

/**
 * PostgreSQL's names (SQLite keeps no names of its own and uses these, so a revision can name the
 * constraint the same way): <table>_pkey, <table>_<cols>_key, <table>_<cols>_fkey, truncated to
 * 63 bytes like PostgreSQL's makeObjectName.
 */
export const OBJECT_NAMES: GeneratedNames = {
  primaryKey: (table) => objectName(table, [], 'pkey'),
  unique: (t: Table, cols) => firstFree(t, objectName(t.name, cols, 'key')),
  foreignKey: (t: Table, cols) => firstFree(t, objectName(t.name, cols, 'fkey')),
};
