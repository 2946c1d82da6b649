import type { Dialect } from '../core/dialect.js';
import type { Statement } from './statement.js';
import type { Renderer } from '../back/templates.js';
import type { BulkInsertOp } from '../core/ops.js';
import type { Literal } from '../core/types.js';
import { findColumn, type Column, type Table } from '../model/schema.js';
import { caps } from './registry.js';

/**
 * Template data for a column definition (partial `column_def`). `primary_key`: the name of
 * a primary key declared on the column itself (SQLite's INTEGER PRIMARY KEY AUTOINCREMENT).
 */
export function columnData(c: Column, primaryKey: string | null = null) {
  return { name: c.name, type: c.type, nullable: c.nullable, server_default: c.default, autoincrement: c.autoincrement, primary_key: primaryKey };
}

export interface TableDataOptions {
  /** Render under another name (SQLite rebuild's temporary table). */
  name?: string;
  /** Inline the indexes MySQL needs for foreign keys. */
  inlineFkIndexes?: boolean;
  /** SQLite: enum columns become VARCHAR plus a CHECK. */
  enumChecks?: boolean;
  /**
   * SQLite: an autoincrement column that is the whole primary key carries the key on the
   * column (AUTOINCREMENT is only allowed there), not as a table constraint.
   */
  inlineAutoincrementKey?: boolean;
}

/** Template data for a whole table (create_table and SQLite rebuilds). */
export function tableData(t: Table, r: Renderer, o: TableDataOptions = {}) {
  const checks = t.checks.map((c) => ({ name: c.name, condition: c.condition }));
  if (o.enumChecks) {
    for (const c of t.columns) {
      if (c.type.kind === 'enum') checks.push({ name: enumCheckName(t.name, c.name), condition: r.sql.enumCheck(c.name, c.type) });
    }
  }
  const none = { column: null, primary_key: null, unique: null, foreign_key: null, check: null, fk_index: null };
  const pk = t.primaryKey;
  const inlinePk = o.inlineAutoincrementKey && pk && pk.columns.length === 1 && findColumn(t, pk.columns[0]!)?.autoincrement ? pk : null;
  const items: Record<string, unknown>[] = [
    ...t.columns.map((c) => ({ ...none, column: columnData(c, inlinePk && inlinePk.columns[0] === c.name ? inlinePk.name : null) })),
    ...(pk && !inlinePk ? [{ ...none, primary_key: { name: pk.name, columns: pk.columns } }] : []),
    ...t.uniques.map((u) => ({ ...none, unique: { name: u.name, columns: u.columns } })),
    ...(o.inlineFkIndexes ? t.indexes.filter((i) => i.implicitFor).map((i) => ({ ...none, fk_index: { name: i.name, columns: i.columns } })) : []),
    ...t.foreignKeys.map((f) => ({
      ...none,
      foreign_key: {
        name: f.name,
        columns: f.columns,
        ref_table: f.refTable,
        ref_columns: f.refColumns,
        ondelete: f.ondelete ?? null,
        onupdate: f.onupdate ?? null,
      },
    })),
    ...checks.map((c) => ({ ...none, check: c })),
  ];
  /** `items`: one entry per line of the CREATE TABLE body, exactly one field set. */
  return { table: o.name ?? t.name, items };
}

export function enumCheckName(table: string, column: string): string {
  return `ck_${table}_${column}`.slice(0, 63);
}

/** bulk_insert rows grouped by their column set, so each INSERT has one column list. */
export function insertGroups(op: BulkInsertOp): { columns: string[]; rows: Literal[][] }[] {
  const groups: { key: string; columns: string[]; rows: Literal[][] }[] = [];
  for (const row of op.rows) {
    const columns = Object.keys(row);
    const key = columns.join(',');
    let g = groups[groups.length - 1];
    if (!g || g.key !== key) {
      g = { key, columns, rows: [] };
      groups.push(g);
    }
    g.rows.push(columns.map((c) => row[c]!));
  }
  return groups.map(({ columns, rows }) => ({ columns, rows }));
}

/** An execute op's statement for a dialect, carrying the op's opt-in for client commands (the verifier reads it). */
export function executeStatement(
  op: { sql?: string; per_dialect?: Partial<Record<string, string>>; allow_client_command?: string },
  dialect: Dialect,
): Statement {
  return {
    sql: executeText(op, dialect),
    template: 'execute',
    ...(op.allow_client_command !== undefined ? { allowClientCommand: op.allow_client_command } : {}),
  };
}

/** The SQL text an execute op has for a dialect. */
export function executeText(op: { sql?: string; per_dialect?: Partial<Record<string, string>> }, dialect: Dialect): string {
  const base = caps(dialect).extends;
  const text = op.per_dialect?.[dialect] ?? (base ? op.per_dialect?.[base] : undefined) ?? op.sql;
  if (text === undefined) throw new Error(`internal: execute without SQL for ${dialect}`);
  return text.trim().replace(/;\s*$/, '');
}
