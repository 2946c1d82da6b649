import type { Renderer } from '../../back/templates.js';
import type { AlterColumnOp, Op } from '../../core/ops.js';
import { sameType } from '../../core/types.js';
import type { Change } from '../../model/replay.js';
import { findColumn } from '../../model/schema.js';
import { columnData, executeStatement, insertGroups, tableData } from '../template-data.js';
import { stmt, type DroppedName, type Lowering, type Statement } from '../statement.js';

/** PostgreSQL: transactional DDL, named enum types, native ALTER COLUMN. */
export const postgresqlLowering: Lowering = {
  needsBefore: (op) => op.op === 'alter_column',
  drops: (c) => namedDrops(c, true),
  lower(c: Change, r: Renderer): Statement[] {
    const out: Statement[] = [];
    for (const e of c.createEnums) out.push(stmt(r, 'create_enum_type', { name: e.name, values: e.values }));
    const op = c.op;
    switch (op.op) {
      case 'create_table': {
        out.push(stmt(r, 'create_table', tableData(c.after!, r)));
        for (const x of op.indexes) out.push(stmt(r, 'create_index', { name: x.name, table: op.table, columns: x.columns, unique: x.unique }));
        break;
      }
      case 'drop_table':
        out.push(stmt(r, 'drop_table', { table: op.table }));
        break;
      case 'rename_table':
        out.push(stmt(r, 'rename_table', { table: op.table, new_name: op.new_name }));
        break;
      case 'add_column': {
        out.push(stmt(r, 'add_column', { table: op.table, column: columnData(findColumn(c.after!, op.column.name)!) }));
        if (c.constraint) out.push(...notValidForeignKey(r, op.table, c.constraint.def));
        break;
      }
      case 'drop_column':
        out.push(stmt(r, 'drop_column', { table: op.table, column: op.column }));
        break;
      case 'alter_column':
        out.push(...alterColumn(c, op, r));
        break;
      case 'create_index':
        out.push(stmt(r, 'create_index', { name: op.name, table: op.table, columns: op.columns, unique: op.unique }));
        break;
      case 'drop_index':
        out.push(stmt(r, 'drop_index', { name: op.name, table: op.table }));
        break;
      case 'create_unique_constraint':
        out.push(stmt(r, 'create_unique_constraint', { table: op.table, name: c.constraint!.name, columns: op.columns }));
        break;
      case 'create_foreign_key':
        out.push(...notValidForeignKey(r, op.table, c.constraint!.def));
        break;
      case 'create_check_constraint':
        out.push(stmt(r, 'create_check_constraint', { table: op.table, name: op.name, condition: op.condition }));
        break;
      case 'drop_constraint':
        out.push(stmt(r, 'drop_constraint', { table: op.table, name: op.name }));
        break;
      case 'execute':
        out.push(executeStatement(op, r.dialect));
        break;
      case 'bulk_insert':
        for (const g of insertGroups(op)) out.push(stmt(r, 'bulk_insert', { table: op.table, ...g }));
        break;
      default: {
        const _exhaustive: never = op;
        throw new Error(`internal: no PostgreSQL lowering for op ${JSON.stringify((_exhaustive as Op).op)}`);
      }
    }
    for (const e of c.dropEnums) out.push(stmt(r, 'drop_enum_type', { name: e.name }));
    return out;
  },
};

/**
 * The names drop_constraint and drop_index drop: DROP CONSTRAINT <name>, DROP INDEX <name>
 * (MySQL: DROP FOREIGN KEY, DROP INDEX, DROP CONSTRAINT; its DROP PRIMARY KEY names nothing,
 * so `primaryByName` is false there).
 */
export function namedDrops(c: Change, primaryByName: boolean): DroppedName[] {
  const op = c.op;
  if (op.op === 'drop_index' && c.index) {
    return [{ kind: 'index', table: op.table, name: op.name, columns: [...c.index.columns], unique: c.index.unique }];
  }
  if (op.op === 'drop_constraint' && c.constraint) {
    if (op.type === 'primary' && !primaryByName) return [];
    const def = c.constraint.def as { columns?: string[]; refTable?: string };
    return [
      {
        kind: op.type,
        table: op.table,
        name: op.name,
        columns: [...(def.columns ?? [])],
        ...(op.type === 'foreignkey' && def.refTable ? { refTable: def.refTable } : {}),
      },
    ];
  }
  return [];
}

export function fkStatement(r: Renderer, table: string, def: unknown, notValid = false): Statement {
  const f = def as { name: string; columns: string[]; refTable: string; refColumns: string[]; ondelete?: string; onupdate?: string };
  return stmt(r, 'create_foreign_key', {
    table,
    name: f.name,
    columns: f.columns,
    ref_table: f.refTable,
    ref_columns: f.refColumns,
    ondelete: f.ondelete ?? null,
    onupdate: f.onupdate ?? null,
    not_valid: notValid,
  });
}

/**
 * A foreign key added to an existing table, in two statements: ADD ... NOT VALID takes SHARE ROW
 * EXCLUSIVE on both tables only for the catalog change (no scan), and VALIDATE CONSTRAINT scans
 * the rows under SHARE UPDATE EXCLUSIVE on the table (ROW SHARE on the referenced one), which
 * lets reads and writes go on. Rows that violate it stop the script at VALIDATE.
 */
function notValidForeignKey(r: Renderer, table: string, def: unknown): Statement[] {
  const name = (def as { name: string }).name;
  return [fkStatement(r, table, def, true), stmt(r, 'validate_constraint', { table, name })];
}

function alterColumn(c: Change, op: AlterColumnOp, r: Renderer): Statement[] {
  const out: Statement[] = [];
  const before = findColumn(c.before!, op.column)!;
  const name = op.column;
  let droppedDefault = false;
  if (c.enumChange) {
    // A new value list for an existing enum type: swap the type under the column, in the transaction.
    const e = c.enumChange;
    const old = `old_${e.name}`.slice(0, 63);
    if (before.default) out.push(stmt(r, 'alter_column_default', { table: op.table, column: name, server_default: null, type: before.type }));
    out.push(stmt(r, 'rename_enum_type', { name: e.name, new_name: old }));
    out.push(stmt(r, 'create_enum_type', { name: e.name, values: e.to }));
    out.push(stmt(r, 'alter_column_type', { table: op.table, column: name, type: op.type!, using: true }));
    out.push(stmt(r, 'drop_enum_type', { name: old }));
    if (before.default && op.server_default === undefined) {
      out.push(stmt(r, 'alter_column_default', { table: op.table, column: name, server_default: before.default, type: op.type! }));
    }
    if (before.default && op.server_default === null) droppedDefault = true;
  } else if (op.type && !sameType(op.type, before.type)) {
    const sameKind = op.type.kind === before.type.kind && op.type.kind !== 'enum';
    // A cast to another kind of type also has to convert the default, which PostgreSQL cannot
    // always do (enum to another enum) and which would keep the old enum type alive (enum to
    // text); the default is dropped first and set again, in the new type, after.
    const moveDefault = !sameKind && before.default !== null;
    if (moveDefault) out.push(stmt(r, 'alter_column_default', { table: op.table, column: name, server_default: null, type: before.type }));
    out.push(stmt(r, 'alter_column_type', { table: op.table, column: name, type: op.type, using: !sameKind }));
    if (moveDefault && op.server_default === undefined) {
      out.push(stmt(r, 'alter_column_default', { table: op.table, column: name, server_default: before.default, type: op.type }));
    }
    if (moveDefault && op.server_default === null) droppedDefault = true;
  }
  if (op.nullable !== undefined && op.nullable !== before.nullable) {
    out.push(stmt(r, 'alter_column_nullable', { table: op.table, column: name, nullable: op.nullable }));
  }
  if (op.server_default !== undefined && !droppedDefault) {
    out.push(stmt(r, 'alter_column_default', { table: op.table, column: name, server_default: op.server_default, type: op.type ?? before.type }));
  }
  if (op.new_column_name && op.new_column_name !== name) {
    out.push(stmt(r, 'rename_column', { table: op.table, column: name, new_name: op.new_column_name }));
  }
  return out;
}
