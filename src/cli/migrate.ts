import type { Command } from 'cac';
import { DEFAULT_LOCK_TIMEOUT, DEFAULT_LOCK_WAIT_TIMEOUT, MAX_LOCK_TIMEOUT } from '../emit/guard.js';
import { raw } from './argv.js';
import { context, usage, type Opts } from './common.js';

/*
 * What `upgrade`, `downgrade` and `stamp` share: their options, and the run offline (--sql) or online.
 */

/** A --lock-timeout / --lock-wait-timeout value: seconds, more than 0 and at most a day (fractions allowed). */
function seconds<K extends string>(flag: string, key: K, v: string | undefined): { [k in K]?: number } {
  if (v === undefined) return {};
  const n = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v) || !(n > 0) || n > MAX_LOCK_TIMEOUT) {
    throw usage(`${flag} needs a number of seconds greater than 0 and at most ${MAX_LOCK_TIMEOUT}, not '${v}'`, `e.g. ${flag} 10`);
  }
  return { [key]: n } as { [k in K]?: number };
}

export const migrateOptions = (c: Command) =>
  c
    .option('--sql', 'print the SQL script instead of running it (no database connection)')
    .option('--output <file>', 'with --sql: write the script to this file (atomically) instead of stdout')
    .option('--transaction-per-migration', 'one transaction per revision instead of one for the whole script')
    .option(
      '--create-index-concurrently',
      "PostgreSQL, upgrades through expand revisions: CREATE INDEX CONCURRENTLY, before each revision's transaction, on tables that exist when it starts",
    )
    .option('--no-guard', 'leave out the in-script check of the starting revisions')
    .option('--no-client-directives', 'leave out client directives (psql \\set, sqlite3 .bail) for other SQL runners')
    .option('--lock-timeout <seconds>', `seconds each statement waits for a table or row lock before the script stops (default ${DEFAULT_LOCK_TIMEOUT})`)
    .option(
      '--lock-wait-timeout <seconds>',
      `seconds the script waits for another run's migration lock before it stops (default ${DEFAULT_LOCK_WAIT_TIMEOUT})`,
    );

export async function migrate(direction: 'upgrade' | 'downgrade' | 'stamp', spec: string, o: Opts, more: string[] = []): Promise<string | undefined> {
  const ctx = await context(o);
  const options = {
    ...(more.length ? { more } : {}),
    ...(o.output !== undefined ? { output: raw(o.output)! } : {}),
    ...(o.transactionPerMigration ? { transactionPerMigration: true } : {}),
    ...(o.createIndexConcurrently ? { createIndexConcurrently: true } : {}),
    guard: o.guard !== false,
    clientDirectives: o.clientDirectives !== false,
    ...seconds('--lock-timeout', 'lockTimeout', raw(o.lockTimeout)),
    ...seconds('--lock-wait-timeout', 'lockWaitTimeout', raw(o.lockWaitTimeout)),
  };
  if (o.sql) {
    if (o.purge)
      throw usage('stamp --purge reads the version rows it deletes: it runs online only', 'offline, give the rows as the start: stamp <rows>:<rev> --sql');
    const { offline } = await import('../workspace/offline.js');
    const { withCurrent } = await import('../workspace/online.js');
    await offline(ctx, direction, await withCurrent(ctx, spec, 'start'), options);
    return;
  }
  if (o.output !== undefined) throw usage('--output is only for --sql');
  const { online } = await import('../workspace/online.js');
  return online(ctx, direction, spec, { ...options, json: !!o.json, quiet: !!o.quiet, ...(o.purge ? { purge: true } : {}) });
}
