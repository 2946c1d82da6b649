import type { Table } from '../model/schema.js';

/**
 * A dialect's naming rule: the names its engine gives to constraints the DDL leaves unnamed.
 * Revisions that were first run through SQLAlchemy (neutron-lbaas) left most constraints
 * unnamed, so later revisions refer to these engine-chosen names; the model reproduces them and
 * the back ends then emit every name explicitly.
 */
export interface GeneratedNames {
  primaryKey(table: string): string;
  unique(t: Table, cols: string[]): string;
  foreignKey(t: Table, cols: string[]): string;
}

/** Whether a constraint or index of the table already has the name. */
export function taken(t: Table, name: string): boolean {
  return (
    t.primaryKey?.name === name ||
    t.uniques.some((u) => u.name === name) ||
    t.foreignKeys.some((f) => f.name === name) ||
    t.checks.some((c) => c.name === name) ||
    t.indexes.some((i) => i.name === name)
  );
}

/** `base`, or the first of base<sep>1, base<sep>2 ... (no separator: from 2) the table does not use. */
export function firstFree(t: Table, base: string, sep = ''): string {
  if (!taken(t, base)) return base;
  for (let n = sep ? 1 : 2; ; n++) {
    const cand = `${base}${sep}${n}`;
    if (!taken(t, cand)) return cand;
  }
}
