import type { Renderer } from '../back/templates.js';
import type { Change } from '../model/replay.js';
import type { Op } from '../core/ops.js';

/** One rendered SQL statement, without its terminator; the emitter adds `;`, comments and layout. */
export interface Statement {
  sql: string;
  /** The template that produced it, or 'execute' for author-written SQL. */
  template: string;
  /** An execute op's reason for holding database-client commands (its allow_client_command). */
  allowClientCommand?: string;
  /** Must run outside any transaction (SQLite PRAGMA foreign_keys). */
  outsideTransaction?: boolean;
  /**
   * MySQL/MariaDB: what the catalog shows once the statement took effect (all must hold), for a
   * resumable script to tell whether a statement that was running when its run ended went through
   * (src/emit/resume.ts). Absent: not known (rerunning it is then the only choice).
   */
  effect?: Effect[];
}

/** A fact of the catalog a DDL statement makes true: an object is present (or absent). */
export type Effect =
  | { kind: 'table'; table: string; present: boolean }
  | { kind: 'column'; table: string; column: string; present: boolean }
  | { kind: 'index'; table: string; name: string; present: boolean }
  | { kind: 'constraint'; table: string; name: string; present: boolean };

/** What a statement drops by its name, which the database must hold under that name on that table. */
export interface DroppedName {
  kind: 'foreignkey' | 'unique' | 'check' | 'primary' | 'index';
  table: string;
  name: string;
  /** The columns it covers (in order), as the model names them when it is dropped; none for a check. */
  columns: string[];
  /** An index: whether it is unique. */
  unique?: boolean;
  /** A foreign key: the table it references. */
  refTable?: string;
}

/** A dialect back end: one op's change, lowered to statements through templates. */
export interface Lowering {
  lower(change: Change, r: Renderer): Statement[];
  /**
   * The constraints and indexes the op's statements drop by name (drop_constraint, drop_index,
   * and any drop a lowering adds of its own): the script checks before the revision that the
   * database holds each under that name. None where names do not matter (SQLite rebuilds tables).
   */
  drops?(change: Change): DroppedName[];
  /** Whether lowering this op reads `change.before` (the replayer copies the table only then). */
  needsBefore(op: Op): boolean;
}

export function stmt(r: Renderer, template: string, data: object): Statement {
  return { sql: r.render(template, data), template };
}
