import type { Renderer } from '../../back/templates.js';
import type { Op } from '../../core/ops.js';
import type { Change } from '../../model/replay.js';
import { findColumn } from '../../model/schema.js';
import { columnData, executeStatement, insertGroups, tableData } from '../template-data.js';
import { fkStatement, namedDrops } from '../postgresql/lowering.js';
import { stmt, type Effect, type Lowering, type Statement } from '../statement.js';

/**
 * MySQL and MariaDB: DDL is not transactional; ALTER COLUMN is a MODIFY/CHANGE
 * that restates the whole column (the model supplies it); enums are inline;
 * indexes a foreign key needs are created explicitly, named as the engine would.
 */
export const mysqlLowering: Lowering = {
  needsBefore: () => false,
  drops: (c) => namedDrops(c, false),
  lower(c: Change, r: Renderer): Statement[] {
    const out: Statement[] = [];
    const op = c.op;
    const fkIndexes = () => c.fkIndexes.map((i) => index(r, i.name, c.after!.name, i.columns, false));
    switch (op.op) {
      case 'create_table':
        out.push(effect(stmt(r, 'create_table', tableData(c.after!, r, { inlineFkIndexes: true })), { kind: 'table', table: op.table, present: true }));
        for (const x of op.indexes) out.push(index(r, x.name, op.table, x.columns, x.unique));
        break;
      case 'drop_table':
        out.push(effect(stmt(r, 'drop_table', { table: op.table }), { kind: 'table', table: op.table, present: false }));
        break;
      case 'rename_table':
        out.push(
          effect(
            stmt(r, 'rename_table', { table: op.table, new_name: op.new_name }),
            { kind: 'table', table: op.table, present: false },
            { kind: 'table', table: op.new_name, present: true },
          ),
        );
        break;
      case 'add_column':
        out.push(
          effect(stmt(r, 'add_column', { table: op.table, column: columnData(findColumn(c.after!, op.column.name)!) }), {
            kind: 'column',
            table: op.table,
            column: op.column.name,
            present: true,
          }),
        );
        if (c.constraint) out.push(...onlineForeignKey(r, op.table, c.constraint.def, fkIndexes()));
        else out.push(...fkIndexes());
        break;
      case 'drop_column':
        out.push(
          effect(stmt(r, 'drop_column', { table: op.table, column: op.column }), { kind: 'column', table: op.table, column: op.column, present: false }),
        );
        break;
      case 'alter_column': {
        const after = findColumn(c.after!, op.new_column_name ?? op.column)!;
        const s = stmt(r, 'alter_column', { table: op.table, column: op.column, rename: after.name !== op.column, definition: columnData(after) });
        // A MODIFY restates the column: running it again does no harm, so it has no effect to look for.
        out.push(
          after.name === op.column
            ? s
            : effect(
                s,
                { kind: 'column', table: op.table, column: op.column, present: false },
                { kind: 'column', table: op.table, column: after.name, present: true },
              ),
        );
        break;
      }
      case 'create_index':
        out.push(index(r, op.name, op.table, op.columns, op.unique));
        break;
      case 'drop_index':
        out.push(effect(stmt(r, 'drop_index', { name: op.name, table: op.table }), { kind: 'index', table: op.table, name: op.name, present: false }));
        break;
      case 'create_unique_constraint':
        out.push(
          effect(stmt(r, 'create_unique_constraint', { table: op.table, name: c.constraint!.name, columns: op.columns }), {
            kind: 'index',
            table: op.table,
            name: c.constraint!.name,
            present: true,
          }),
        );
        break;
      case 'create_foreign_key':
        out.push(...onlineForeignKey(r, op.table, c.constraint!.def, fkIndexes()));
        break;
      case 'create_check_constraint':
        out.push(
          effect(stmt(r, 'create_check_constraint', { table: op.table, name: op.name, condition: op.condition }), {
            kind: 'constraint',
            table: op.table,
            name: op.name,
            present: true,
          }),
        );
        break;
      case 'drop_constraint':
        out.push(
          effect(
            stmt(r, 'drop_constraint', {
              table: op.table,
              name: op.name,
              foreignkey: op.type === 'foreignkey',
              unique: op.type === 'unique',
              check: op.type === 'check',
              primary: op.type === 'primary',
            }),
            op.type === 'unique'
              ? { kind: 'index', table: op.table, name: op.name, present: false }
              : op.type === 'primary'
                ? { kind: 'index', table: op.table, name: 'PRIMARY', present: false }
                : { kind: 'constraint', table: op.table, name: op.name, present: false },
          ),
        );
        break;
      case 'execute':
        out.push(executeStatement(op, r.dialect));
        break;
      case 'bulk_insert':
        for (const g of insertGroups(op)) out.push(stmt(r, 'bulk_insert', { table: op.table, ...g }));
        break;
      default: {
        const _exhaustive: never = op;
        throw new Error(`internal: no MySQL lowering for op ${JSON.stringify((_exhaustive as Op).op)}`);
      }
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
    effect(fkStatement(r, table, def), { kind: 'constraint', table, name: f.name, present: true }),
    stmt(r, 'fk_checks_restore', {}),
  ];
}

/** A statement with the catalog facts it makes true. */
function effect(s: Statement, ...effects: Effect[]): Statement {
  return { ...s, effect: effects };
}

function index(r: Renderer, name: string, table: string, columns: string[], unique: boolean): Statement {
  return effect(stmt(r, 'create_index', { name, table, columns, unique }), { kind: 'index', table, name, present: true });
}
