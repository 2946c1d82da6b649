import type { Renderer } from '../../back/templates.js';
import type { Op } from '../../core/ops.js';
import type { Change } from '../../model/replay.js';
import { findColumn, type Table } from '../../model/schema.js';
import { columnData, executeStatement, insertGroups, tableData } from '../template-data.js';
import { stmt, type Lowering, type Statement } from '../statement.js';

/**
 * SQLite: transactional DDL; ALTER TABLE only renames and adds/drops plain columns,
 * so every other change is a table rebuild generated offline from the model:
 * create the new table, copy the rows, drop the old one, rename, re-create indexes.
 */
const SQLITE_BEFORE: ReadonlySet<string> = new Set([
  'add_column',
  'drop_column',
  'alter_column',
  'create_unique_constraint',
  'create_foreign_key',
  'create_check_constraint',
  'drop_constraint',
]);

export const sqliteLowering: Lowering = {
  // Table rebuilds start from the table as it was; so do the checks of drop_column and alter_column.
  needsBefore: (op) => SQLITE_BEFORE.has(op.op),
  lower(c: Change, r: Renderer): Statement[] {
    const op = c.op;
    switch (op.op) {
      case 'create_table':
        return [
          stmt(r, 'create_table', tableData(c.after!, r, { enumChecks: true, inlineAutoincrementKey: true })),
          ...op.indexes.map((x) => stmt(r, 'create_index', { name: x.name, table: op.table, columns: x.columns, unique: x.unique })),
        ];
      case 'drop_table':
        return [stmt(r, 'drop_table', { table: op.table })];
      case 'rename_table': {
        // Native: SQLite rewrites the references of other tables' foreign keys. The enum CHECKs
        // are named after the table, so a table with enums is then rebuilt under its new name.
        const out = [stmt(r, 'rename_table', { table: op.table, new_name: op.new_name })];
        if (c.after!.columns.some((x) => x.type.kind === 'enum')) out.push(...rebuild(c, r, c.after!));
        return out;
      }
      case 'add_column': {
        const col = findColumn(c.after!, op.column.name)!;
        if (needsRebuildToAdd(col, !!c.constraint)) return rebuild(c, r, c.before!);
        return [stmt(r, 'add_column', { table: op.table, column: columnData(col) })];
      }
      case 'drop_column': {
        const col = findColumn(c.before!, op.column)!;
        if (col.type.kind === 'enum' || c.before!.checks.length > 0) return rebuild(c, r, c.before!);
        return [stmt(r, 'drop_column', { table: op.table, column: op.column })];
      }
      case 'alter_column': {
        // A rename is always native first (SQLite rewrites indexes, CHECKs and other tables'
        // foreign keys that name the column); anything else, or an enum CHECK named after the
        // column, is then a rebuild of the table as it stands after the rename.
        const out: Statement[] = [];
        let current = c.before!;
        const newName = op.new_column_name;
        if (newName && newName !== op.column) {
          out.push(stmt(r, 'rename_column', { table: op.table, column: op.column, new_name: newName }));
          current = { ...current, columns: current.columns.map((x) => (x.name === op.column ? { ...x, name: newName } : x)) };
        }
        const onlyRename = op.type === undefined && op.nullable === undefined && op.server_default === undefined;
        const enumRenamed = out.length > 0 && findColumn(current, newName!)!.type.kind === 'enum';
        if (!onlyRename || enumRenamed) out.push(...rebuild(c, r, current));
        return out;
      }
      case 'create_index':
        return [stmt(r, 'create_index', { name: op.name, table: op.table, columns: op.columns, unique: op.unique })];
      case 'drop_index':
        return [stmt(r, 'drop_index', { name: op.name, table: op.table })];
      case 'create_unique_constraint':
      case 'create_foreign_key':
      case 'create_check_constraint':
      case 'drop_constraint':
        return rebuild(c, r, c.before!);
      case 'execute':
        return [executeStatement(op, r.dialect)];
      case 'bulk_insert':
        return insertGroups(op).map((g) => stmt(r, 'bulk_insert', { table: op.table, ...g }));
      default: {
        const _exhaustive: never = op;
        throw new Error(`internal: no SQLite lowering for op ${JSON.stringify((_exhaustive as Op).op)}`);
      }
    }
  },
};

/** SQLite's ADD COLUMN refuses NOT NULL without a default, and a column with a named constraint. */
function needsRebuildToAdd(col: { nullable: boolean; default: unknown; type: { kind: string } }, hasFk: boolean): boolean {
  return hasFk || (!col.nullable && col.default === null) || col.type.kind === 'enum';
}

export const REBUILD_PREFIX = '_lbaas_new_';

/**
 * The 12-step SQLite table rebuild, from the model: `from` is the table as the database
 * holds it when the rebuild starts, `c.after` what it must become. Columns of the new table
 * that `from` has (same name) are copied; new ones take their default.
 */
function rebuild(c: Change, r: Renderer, from: Table): Statement[] {
  const after = c.after!;
  const tmp = `${REBUILD_PREFIX}${after.name}`;
  const copied = after.columns.map((x) => x.name).filter((n) => findColumn(from, n));
  return [
    stmt(r, 'create_table', tableData(after, r, { name: tmp, enumChecks: true, inlineAutoincrementKey: true })),
    stmt(r, 'copy_rows', { table: tmp, from: from.name, columns: copied, sources: copied }),
    stmt(r, 'drop_table', { table: from.name }),
    stmt(r, 'rename_table', { table: tmp, new_name: after.name }),
    ...after.indexes.map((x) => stmt(r, 'create_index', { name: x.name, table: after.name, columns: x.columns, unique: x.unique })),
  ];
}
