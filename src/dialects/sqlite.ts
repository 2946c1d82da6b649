import type { Renderer } from '../back/templates.js';
import type { Change } from '../model/replay.js';
import { findColumn, type Table } from '../model/schema.js';
import { columnData, executeText, insertGroups, tableData } from './data.js';
import { stmt, type Lowering, type Statement } from './statement.js';

/**
 * SQLite: transactional DDL; ALTER TABLE only renames and adds/drops plain columns,
 * so every other change is a table rebuild generated offline from the model:
 * create the new table, copy the rows, drop the old one, rename, re-create indexes.
 */
export const sqlite: Lowering = {
  lower(c: Change, r: Renderer): Statement[] {
    const op = c.op;
    switch (op.op) {
      case 'create_table':
        return [
          stmt(r, 'create_table', tableData(c.after!, r, { enumChecks: true })),
          ...op.indexes.map((x) => stmt(r, 'create_index', { name: x.name, table: op.table, columns: x.columns, unique: x.unique })),
        ];
      case 'drop_table':
        return [stmt(r, 'drop_table', { table: op.table })];
      case 'rename_table':
        return [stmt(r, 'rename_table', { table: op.table, new_name: op.new_name })];
      case 'add_column': {
        const col = findColumn(c.after!, op.column.name)!;
        if (needsRebuildToAdd(col, !!c.constraint)) return rebuild(c, r);
        return [stmt(r, 'add_column', { table: op.table, column: columnData(col) })];
      }
      case 'drop_column': {
        const col = findColumn(c.before!, op.column)!;
        if (col.type.kind === 'enum' || c.before!.checks.length > 0) return rebuild(c, r);
        return [stmt(r, 'drop_column', { table: op.table, column: op.column })];
      }
      case 'alter_column': {
        const onlyRename = op.type === undefined && op.nullable === undefined && op.server_default === undefined;
        if (onlyRename) return [stmt(r, 'rename_column', { table: op.table, column: op.column, new_name: op.new_column_name! })];
        return rebuild(c, r);
      }
      case 'create_index':
        return [stmt(r, 'create_index', { name: op.name, table: op.table, columns: op.columns, unique: op.unique })];
      case 'drop_index':
        return [stmt(r, 'drop_index', { name: op.name, table: op.table })];
      case 'create_unique_constraint':
      case 'create_foreign_key':
      case 'create_check_constraint':
      case 'drop_constraint':
        return rebuild(c, r);
      case 'execute':
        return [{ sql: executeText(op, r.dialect), template: 'execute' }];
      case 'bulk_insert':
        return insertGroups(op).map((g) => stmt(r, 'bulk_insert', { table: op.table, ...g }));
    }
  },
};

/** SQLite's ADD COLUMN refuses NOT NULL without a default, and a column with a named constraint. */
function needsRebuildToAdd(col: { nullable: boolean; default: unknown; type: { kind: string } }, hasFk: boolean): boolean {
  return hasFk || (!col.nullable && col.default === null) || col.type.kind === 'enum';
}

export const REBUILD_PREFIX = '_lbaas_new_';

/** The 12-step SQLite table rebuild, from the model's before and after tables. */
function rebuild(c: Change, r: Renderer): Statement[] {
  const before = c.before!;
  const after = c.after!;
  const tmp = `${REBUILD_PREFIX}${after.name}`;
  const pairs = copiedColumns(c, before, after);
  return [
    stmt(r, 'create_table', tableData(after, r, { name: tmp, enumChecks: true })),
    stmt(r, 'copy_rows', { table: tmp, from: before.name, columns: pairs.map((p) => p.to), sources: pairs.map((p) => p.from) }),
    stmt(r, 'drop_table', { table: before.name }),
    stmt(r, 'rename_table', { table: tmp, new_name: after.name }),
    ...after.indexes.map((x) => stmt(r, 'create_index', { name: x.name, table: after.name, columns: x.columns, unique: x.unique })),
  ];
}

/** Which new columns are filled from which old ones (renames followed; new columns take their default). */
function copiedColumns(c: Change, before: Table, after: Table): { from: string; to: string }[] {
  const op = c.op;
  const renamed = op.op === 'alter_column' && op.new_column_name ? { from: op.column, to: op.new_column_name } : undefined;
  const out: { from: string; to: string }[] = [];
  for (const col of after.columns) {
    const from = renamed && col.name === renamed.to ? renamed.from : col.name;
    if (findColumn(before, from)) out.push({ from, to: col.name });
  }
  return out;
}
