import type { Dialect } from '../core/dialect.js';
import type { Context } from '../cli/context.js';
import type { Renderer } from '../back/templates.js';
import { scriptSafety, type Safety } from '../emit/guard.js';
import { caps } from '../dialects/registry.js';

export interface GuardOptions {
  /** --no-guard: leave out the in-script check of the starting revisions (and the lock). */
  guard?: boolean;
  /** --no-client-directives: leave out psql/sqlite3 client directives, for other SQL runners. */
  clientDirectives?: boolean;
  /** --lock-timeout: seconds each statement of the script may wait for a lock. */
  lockTimeout?: number;
  /** --lock-wait-timeout: seconds the script may wait for the migration lock. */
  lockWaitTimeout?: number;
}

/** Guard, lock, client preamble and progress markers for a script starting at `from`. */
export function scriptExtras(dialect: Dialect, r: Renderer, versionTable: string, from: readonly string[], o: GuardOptions): Safety {
  return scriptSafety(dialect, r, { versionTable, expected: from, guard: o.guard !== false, clientDirectives: o.clientDirectives !== false, ...(o.lockTimeout !== undefined ? { lockTimeout: o.lockTimeout } : {}),
    ...(o.lockWaitTimeout !== undefined ? { lockWaitTimeout: o.lockWaitTimeout } : {}),
  });
}

/**
 * Whether indexes are built concurrently: --create-index-concurrently, else `[postgresql]
 * create_index_concurrently` when the script is for PostgreSQL (other dialects leave that
 * section aside).
 */
export function concurrentIndexes(ctx: Context, flag: boolean | undefined): { concurrentIndexes?: { from: string; flag: boolean } } {
  if (flag) return { concurrentIndexes: { from: '--create-index-concurrently', flag: true } };
  const c = ctx.config.createIndexConcurrently;
  if (c?.value && caps(ctx.config.dialect).concurrentIndexes) return { concurrentIndexes: { from: c.where, flag: false } };
  return {};
}
