import type { Renderer } from '../back/templates.js';
import type { Change } from '../model/replay.js';
import { findColumn } from '../model/schema.js';
import { columnData, executeStatement, insertGroups, tableData } from './data.js';
import { fkStatement, namedDrops } from './postgresql.js';
import { stmt, type Lowering, type Statement } from './statement.js';

/**
 * MySQL and MariaDB: DDL is not transactional; ALTER COLUMN is a MODIFY/CHANGE
 * that restates the whole column (the model supplies it); enums are inline;
 * indexes a foreign key needs are created explicitly, named as the engine would.
 */
export const mysql: Lowering = {
  needsBefore: () => false,
  drops: (c) => namedDrops(c, false),
  lower(c: Change, r: Renderer): Statement[] {
    const out: Statement[] = [];
    const op = c.op;
    const fkIndexes = () => c.fkIndexes.map((i) => stmt(r, 'create_index', { name: i.name, table: c.after!.name, columns: i.columns, unique: false }));
    switch (op.op) {
      case 'create_table':
        out.push(stmt(r, 'create_table', tableData(c.after!, r, { inlineFkIndexes: true })));
        for (const x of op.indexes) out.push(stmt(r, 'create_index', { name: x.name, table: op.table, columns: x.columns, unique: x.unique }));
        break;
      case 'drop_table':
        out.push(stmt(r, 'drop_table', { table: op.table }));
        break;
      case 'rename_table':
        out.push(stmt(r, 'rename_table', { table: op.table, new_name: op.new_name }));
        break;
      case 'add_column':
        out.push(stmt(r, 'add_column', { table: op.table, column: columnData(findColumn(c.after!, op.column.name)!) }));
        if (c.constraint) out.push(...onlineForeignKey(r, op.table, c.constraint.def, fkIndexes()));
        else out.push(...fkIndexes());
        break;
      case 'drop_column':
        out.push(stmt(r, 'drop_column', { table: op.table, column: op.column }));
        break;
      case 'alter_column': {
        const after = findColumn(c.after!, op.new_column_name ?? op.column)!;
        out.push(stmt(r, 'alter_column', { table: op.table, column: op.column, rename: after.name !== op.column, definition: columnData(after) }));
        break;
      }
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
        out.push(...onlineForeignKey(r, op.table, c.constraint!.def, fkIndexes()));
        break;
      case 'create_check_constraint':
        out.push(stmt(r, 'create_check_constraint', { table: op.table, name: op.name, condition: op.condition }));
        break;
      case 'drop_constraint':
        out.push(stmt(r, 'drop_constraint', {
          table: op.table, name: op.name, foreignkey: op.type === 'foreignkey', unique: op.type === 'unique', check: op.type === 'check', primary: op.type === 'primary',
        }));
        break;
      case 'execute':
        out.push(executeStatement(op, r.dialect));
        break;
      case 'bulk_insert':
        for (const g of insertGroups(op)) out.push(stmt(r, 'bulk_insert', { table: op.table, ...g }));
        break;
    }
    return out;
  },
};

/**
 * A foreign key added to an existing table without copying it: InnoDB adds a foreign key in
 * place (ALGORITHM=INPLACE, LOCK=NONE) only while foreign_key_checks is off, and then does not
 * check the existing rows. So a pre-check first stops the script when any row references a
 * missing parent (the constraint would hold rows it forbids); then the checks go off for the
 * one ALTER and come back to what the session had. The index the key needs (`indexes`) is
 * created after the pre-check, so a refused key leaves nothing behind (MySQL DDL commits at once).
 */
export function onlineForeignKey(r: Renderer, table: string, def: unknown, indexes: Statement[]): Statement[] {
  const f = def as { name: string; columns: string[]; refTable: string; refColumns: string[] };
  const pairs = f.columns.map((column, i) => ({ column, ref_column: f.refColumns[i]! }));
  // SIGNAL keeps 128 characters of a message: the names first.
  const message = `foreign key ${f.name} not added: rows of ${table} reference missing ${f.refTable} rows; fix or delete them, then run again`;
  return [
    stmt(r, 'fk_precheck', { table, ref_table: f.refTable, pairs, message }),
    stmt(r, 'prepare', {}),
    stmt(r, 'execute_prepared', {}),
    // not deallocated: the next PREPARE of lbaas_stmt replaces it, and the script's end deallocates it
    ...indexes,
    stmt(r, 'fk_checks_off', {}),
    fkStatement(r, table, def),
    stmt(r, 'fk_checks_restore', {}),
  ];
}
