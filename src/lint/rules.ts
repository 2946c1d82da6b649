import type { Dialect } from '../core/dialect.js';
import type { Op, Revision } from '../core/ops.js';
import { OP_SPECS } from '../core/op-specs.js';
import { child, type SourceRef } from '../core/source.js';
import { isNarrowing, typeToString, type ColumnType } from '../core/types.js';
import type { Change } from '../model/replay.js';
import { findColumn } from '../model/schema.js';
import { caps } from '../dialects/registry.js';

/**
 * Lint codes. Each finding names the op it concerns and a suggested fix.
 *
 * Destructive changes
 *   LN001 drop_table of a table that existed before the revision
 *   LN002 drop_column of a column that existed before the revision
 *   LN003 narrowing type change (core/types.ts isNarrowing)
 *   LN004 enum value removed
 * Changes that lock or rewrite big tables
 *   LN010 PostgreSQL: CREATE INDEX (without CONCURRENTLY) on an existing table
 *   LN011 NOT NULL column without a server default added to an existing table
 *   LN012 MySQL/MariaDB: MODIFY that changes the column type copies the table
 *   LN013 PostgreSQL: ALTER COLUMN ... TYPE rewrites the table
 *   LN014 MySQL/MariaDB: a foreign key added to an existing table (in place, after an orphan-row pre-check)
 *   LN015 MySQL/MariaDB: a CHECK constraint added to an existing table copies the table
 * Data-dependent changes
 *   LN020 unique constraint or unique index added over existing data
 *   LN021 NOT NULL set on an existing column
 *   LN022 CHECK constraint added to an existing table
 * Transactions
 *   LN030 MySQL/MariaDB: DDL (committed one statement at a time) mixed with data changes in one revision
 * Client commands
 *   LN040 an execute op whose SQL holds database-client commands, allowed by its allow_client_command (shown waived, with the reason)
 *   LN041 an allow_client_command on an op whose SQL holds no client command
 * Waivers
 *   LN090 a waiver for a lint code that matches no finding of its revision
 */
export const LINT_CODES = {
  dropTable: 'LN001',
  dropColumn: 'LN002',
  narrowing: 'LN003',
  enumValueDropped: 'LN004',
  pgIndexLock: 'LN010',
  notNullNoDefault: 'LN011',
  mysqlCopy: 'LN012',
  pgRewrite: 'LN013',
  mysqlFkCopy: 'LN014',
  mysqlCheckCopy: 'LN015',
  uniqueOnData: 'LN020',
  notNullOnData: 'LN021',
  checkOnData: 'LN022',
  mysqlMixed: 'LN030',
  clientCommand: 'LN040',
  unusedClientCommand: 'LN041',
  unusedWaiver: 'LN090',
} as const;

export type LintCategory = 'destructive' | 'locking' | 'data-dependent' | 'transaction' | 'client';

export const CATEGORY: Record<string, LintCategory> = {
  LN001: 'destructive',
  LN002: 'destructive',
  LN003: 'destructive',
  LN004: 'destructive',
  LN010: 'locking',
  LN011: 'locking',
  LN012: 'locking',
  LN013: 'locking',
  LN014: 'locking',
  LN015: 'locking',
  LN020: 'data-dependent',
  LN021: 'data-dependent',
  LN022: 'data-dependent',
  LN030: 'transaction',
  LN040: 'client',
  LN041: 'client',
};

/** One rule hit, before dialects are merged and waivers applied. */
export interface RawFinding {
  code: string;
  revision: Revision;
  /** Index of the op in the revision's upgrade list. */
  opIndex: number;
  at: SourceRef;
  message: string;
  fix: string;
}

/** What the rules know about the revision being replayed. */
export interface RevisionState {
  rev: Revision;
  dialect: Dialect;
  /** Tables created by this revision so far (empty at creation: no locking or data concerns). */
  createdTables: Set<string>;
  /** Columns added by this revision so far, as table.column. */
  addedColumns: Set<string>;
}

const q = (s: string) => `"${s}"`;

function enumRemoved(from: ColumnType, to: ColumnType): string[] {
  if (from.kind !== 'enum' || to.kind !== 'enum') return [];
  return from.values.filter((v) => !to.values.includes(v));
}

/** MySQL keeps a VARCHAR in place when the length prefix keeps its size (utf8mb4: up to 63 characters use one byte). */
function mysqlInPlaceType(from: ColumnType, to: ColumnType): boolean {
  if (from.kind === 'string' && to.kind === 'string') return to.length >= from.length && from.length * 4 <= 255 === to.length * 4 <= 255;
  if (from.kind === 'enum' && to.kind === 'enum') {
    // appending values at the end of the list is a metadata change (while the list stays under 256 members)
    return to.values.length >= from.values.length && from.values.every((v, i) => to.values[i] === v) && to.values.length <= 255;
  }
  return false;
}

/** PostgreSQL changes the type without rewriting when a varchar grows or becomes text. */
function pgNoRewrite(from: ColumnType, to: ColumnType): boolean {
  if (from.kind === 'string' && to.kind === 'string') return to.length >= from.length;
  if (from.kind === 'string' && to.kind === 'text') return true;
  return false;
}

/**
 * Checks one applied change (upgrade direction) and returns the rule hits.
 * `c.before` is the table before the op (null when it did not exist).
 */
export function checkChange(c: Change, s: RevisionState, opIndex: number): RawFinding[] {
  const out: RawFinding[] = [];
  const op = c.op;
  const rev = s.rev;
  const allowed = OP_SPECS[op.op].lint;
  const hit = (code: string, message: string, fix: string, at: SourceRef = op.src) => {
    // The op table (src/core/op-specs.ts) names the codes each op kind can be given.
    if (!allowed.includes(code)) throw new Error(`internal: lint code ${code} is not one the op table lists for ${op.op}`);
    out.push({ code, revision: rev, opIndex, at, message, fix });
  };
  const dc = caps(s.dialect);
  const table = 'table' in op ? op.table : undefined;
  const existing = !!c.before && table !== undefined && !s.createdTables.has(table);
  const preexistingColumn = (col: string) => existing && !s.addedColumns.has(`${table}.${col}`);

  switch (op.op) {
    case 'create_table':
      s.createdTables.add(op.table);
      break;
    case 'rename_table':
      if (s.createdTables.delete(op.table)) s.createdTables.add(op.new_name);
      for (const k of [...s.addedColumns])
        if (k.startsWith(`${op.table}.`)) {
          s.addedColumns.delete(k);
          s.addedColumns.add(`${op.new_name}.${k.slice(op.table.length + 1)}`);
        }
      break;
    case 'drop_table':
      if (existing) {
        hit(
          'LN001',
          `drops table ${q(op.table)} with every row in it`,
          'make sure the data is no longer needed (or copied elsewhere) before this runs; if that is the intent, record a waiver in the revision',
        );
      }
      s.createdTables.delete(op.table);
      break;
    case 'drop_column':
      if (preexistingColumn(op.column)) {
        hit(
          'LN002',
          `drops column ${q(`${op.table}.${op.column}`)} and the values stored in it`,
          'stop reading and writing the column in a release before dropping it (expand/contract); if the data may go, record a waiver',
          child(op.src, 'column'),
        );
      }
      break;
    case 'add_column': {
      s.addedColumns.add(`${op.table}.${op.column.name}`);
      if (existing && dc.lint.constraintAddCopiesTable && op.column.foreign_key) {
        const fk = op.column.foreign_key;
        hit('LN014', mysqlFkCopyMessage(fk.name, op.table, `${fk.table}(${fk.column})`), MYSQL_FK_FIX, child(op.src, 'column'));
      }
      if (existing && !op.column.nullable && op.column.server_default === null) {
        hit(
          'LN011',
          `adds NOT NULL column ${q(`${op.table}.${op.column.name}`)} without a server default to an existing table: it fails when the table has rows (PostgreSQL, SQLite) or fills them with an implicit zero value (MySQL)`,
          'add the column nullable (or with a server_default), fill it, then make it NOT NULL in a later revision',
          child(op.src, 'column'),
        );
      }
      break;
    }
    case 'alter_column': {
      const before = c.before ? findColumn(c.before, op.column) : undefined;
      if (!before) break;
      const col = `${op.table}.${op.column}`;
      const pre = preexistingColumn(op.column);
      if (op.type && pre) {
        const removed = enumRemoved(before.type, op.type);
        if (removed.length) {
          hit(
            'LN004',
            `removes enum value${removed.length > 1 ? 's' : ''} ${removed.map((v) => `'${v}'`).join(', ')} from ${q(col)}: rows holding ${removed.length > 1 ? 'them' : 'it'} make the change fail (or lose the value)`,
            `update or delete the rows that use ${removed.length > 1 ? 'these values' : 'this value'} first (an execute op before this one), or keep the value`,
            child(op.src, 'type'),
          );
        } else if (isNarrowing(before.type, op.type)) {
          hit(
            'LN003',
            `narrows ${q(col)} from ${typeToString(before.type)} to ${typeToString(op.type)}: existing values may not fit`,
            'check the data fits (or convert it in an execute op first); prefer a new column and a copy when it may not',
            child(op.src, 'type'),
          );
        }
      }
      if (op.type && existing && typeToString(op.type) !== typeToString(before.type)) {
        if (dc.lint.typeChangeRule === 'innodb-copy' && !mysqlInPlaceType(before.type, op.type)) {
          hit(
            'LN012',
            `MySQL/MariaDB: changing the type of ${q(col)} (${typeToString(before.type)} to ${typeToString(op.type)}) copies the whole table ${q(op.table)}, blocking writes while it runs`,
            'schedule it in a maintenance window, or use an online schema change tool for large tables; appending enum values or growing a VARCHAR within its length class stays in place',
            child(op.src, 'type'),
          );
        }
        if (dc.lint.typeChangeRule === 'pg-rewrite' && !pgNoRewrite(before.type, op.type)) {
          hit(
            'LN013',
            `PostgreSQL: changing the type of ${q(col)} (${typeToString(before.type)} to ${typeToString(op.type)}) rewrites table ${q(op.table)} under an ACCESS EXCLUSIVE lock`,
            'schedule it in a maintenance window for large tables, or add a new column, backfill it in batches and switch over',
            child(op.src, 'type'),
          );
        }
      }
      if (op.nullable === false && before.nullable && pre) {
        hit(
          'LN021',
          `makes ${q(col)} NOT NULL: it fails if any row holds NULL`,
          'fill the NULLs first (an execute op with an UPDATE before this one)',
          child(op.src, 'nullable'),
        );
      }
      if (op.new_column_name) {
        if (s.addedColumns.delete(`${op.table}.${op.column}`)) s.addedColumns.add(`${op.table}.${op.new_column_name}`);
      }
      break;
    }
    case 'create_index':
      if (existing && dc.concurrentIndexes) {
        hit(
          'LN010',
          `PostgreSQL: CREATE INDEX ${q(op.name)} on existing table ${q(op.table)} blocks writes to it until the index is built (no CONCURRENTLY inside a transaction)`,
          'in an upgrade through expand revisions, --create-index-concurrently builds it without blocking writes; otherwise, for a large table, build it beforehand with CREATE INDEX CONCURRENTLY outside the migration, or run this revision in a quiet period',
        );
      }
      if (existing && op.unique && op.columns.some(preexistingColumn)) {
        hit(
          'LN020',
          `unique index ${q(op.name)} on ${q(op.table)} (${op.columns.join(', ')}) fails if existing rows hold duplicates`,
          'remove duplicates first (an execute op before this one), or check that none can exist',
        );
      }
      break;
    case 'create_unique_constraint':
      if (existing && op.columns.some(preexistingColumn)) {
        hit(
          'LN020',
          `unique constraint on ${q(op.table)} (${op.columns.join(', ')}) fails if existing rows hold duplicates`,
          'remove duplicates first (an execute op before this one), or check that none can exist',
        );
      }
      break;
    case 'create_foreign_key':
      if (existing && dc.lint.constraintAddCopiesTable) {
        hit('LN014', mysqlFkCopyMessage(op.name, op.table, `${op.referent_table}(${op.referent_columns.join(', ')})`), MYSQL_FK_FIX);
      }
      break;
    case 'create_check_constraint':
      if (existing) {
        hit(
          'LN022',
          `CHECK constraint ${q(op.name)} on existing table ${q(op.table)} fails if any row violates ${op.condition}`,
          'fix the rows that violate it first (an execute op before this one)',
        );
        if (dc.lint.constraintAddCopiesTable) {
          hit(
            'LN015',
            `MySQL/MariaDB: adding CHECK constraint ${q(op.name)} to existing table ${q(op.table)} copies the whole table (the engine has no in-place algorithm for it), blocking writes while it runs`,
            'schedule it in a maintenance window (a contract revision), or enforce the rule in the application for large tables',
          );
        }
      }
      break;
    case 'drop_index':
    case 'drop_constraint':
    case 'execute':
    case 'bulk_insert':
      break; // judged by no rule here (execute and bulk_insert: LN030, LN040, LN041 below and in lint.ts)
    default: {
      const _exhaustive: never = op;
      throw new Error(`internal: lint has no rule for op ${JSON.stringify((_exhaustive as Op).op)}`);
    }
  }
  return out;
}

const MYSQL_FK_FIX =
  'make sure no row references a missing parent before the run (the script stops there otherwise, changing nothing of that step); on a busy table the ALTER still waits for a moment with no open transaction on it';

function mysqlFkCopyMessage(name: string | undefined, table: string, target: string): string {
  return `MySQL/MariaDB: adding foreign key ${name ? `${q(name)} ` : ''}on existing table ${q(table)} (to ${target}) runs in place (ALGORITHM=INPLACE, LOCK=NONE, foreign_key_checks off for that statement) after a pre-check that stops the script when rows reference missing parents; with the checks on, the engine would copy the table`;
}

/**
 * LN030: on MySQL a revision that mixes DDL with data changes cannot be rolled back half-way. The
 * data changes are the ops whose effect the op table gives as `data` (execute's SQL counts as one).
 */
export function checkMixed(rev: Revision, dialectOps: readonly { op: Op; index: number }[]): RawFinding | undefined {
  const isData = (o: { op: Op }) => OP_SPECS[o.op.op].effect === 'data';
  const data = dialectOps.filter(isData);
  const ddl = dialectOps.filter((o) => !isData(o));
  if (data.length === 0 || ddl.length === 0) return undefined;
  const first = data[0]!;
  return {
    code: 'LN030',
    revision: rev,
    opIndex: first.index,
    at: first.op.src,
    message: `MySQL/MariaDB: revision ${rev.id} mixes ${ddl.length} DDL op${ddl.length > 1 ? 's' : ''} with ${data.length} data change${data.length > 1 ? 's' : ''} (${[...new Set(data.map((d) => d.op.op))].join(', ')}); each DDL statement commits on its own, so a failure part-way leaves the schema changed and the version table behind`,
    fix: 'move the data change into a revision of its own, or write it so that running the revision again after a failure is safe',
  };
}
