import type { Table } from '../../model/schema.js';
import { taken, type GeneratedNames } from '../generated-names.js';

/**
 * InnoDB's names (MySQL and MariaDB): PRIMARY; a unique key takes its first column's name (then
 * _2, _3 ...); a foreign key is <table>_ibfk_<n> with n one more than the highest in use.
 */
export const INNODB_NAMES: GeneratedNames = {
  primaryKey: () => 'PRIMARY',
  unique(t: Table, cols) {
    const first = cols[0]!;
    if (!taken(t, first)) return first;
    for (let n = 2; ; n++) if (!taken(t, `${first}_${n}`)) return `${first}_${n}`;
  },
  foreignKey(t: Table) {
    const prefix = `${t.name}_ibfk_`;
    let max = 0;
    for (const f of t.foreignKeys) {
      if (f.name.startsWith(prefix)) {
        const n = Number(f.name.slice(prefix.length));
        if (Number.isInteger(n) && n > max) max = n;
      }
    }
    return `${prefix}${max + 1}`;
  },
};

/**
 * MySQL's name for the index it creates to support a foreign key when no index
 * starts with the key's columns: the constraint's own name when the DDL named it,
 * otherwise the first column's name.
 */
export function fkIndexName(t: Table, fkName: string, explicit: boolean, cols: string[]): string {
  if (explicit) return fkName;
  const first = cols[0]!;
  if (!taken(t, first)) return first;
  for (let n = 2; ; n++) if (!taken(t, `${first}_${n}`)) return `${first}_${n}`;
}
