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
}

/** A dialect back end: one op's change, lowered to statements through templates. */
export interface Lowering {
  lower(change: Change, r: Renderer): Statement[];
  /** Whether lowering this op reads `change.before` (the replayer copies the table only then). */
  needsBefore(op: Op): boolean;
}

export function stmt(r: Renderer, template: string, data: object): Statement {
  return { sql: r.render(template, data), template };
}
