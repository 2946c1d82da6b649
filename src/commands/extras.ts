import type { Dialect } from '../core/dialect.js';
import type { Renderer } from '../back/templates.js';
import type { ScriptOptions } from '../emit/script.js';
import { scriptSafety } from '../emit/guard.js';

export interface GuardOptions {
  /** --no-guard: leave out the in-script check of the starting revisions (and the lock). */
  guard?: boolean;
  /** --no-client-directives: leave out psql/sqlite3 client directives, for other SQL runners. */
  clientDirectives?: boolean;
}

/** Guard, lock, client preamble and progress markers for a script starting at `from`. */
export function scriptExtras(dialect: Dialect, r: Renderer, versionTable: string, from: readonly string[], o: GuardOptions): Pick<ScriptOptions, 'guard' | 'preamble' | 'progress' | 'session'> {
  return scriptSafety(dialect, r, { versionTable, expected: from, guard: o.guard !== false, clientDirectives: o.clientDirectives !== false });
}
