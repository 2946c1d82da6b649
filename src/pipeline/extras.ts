import type { Dialect } from '../core/dialect.js';
import type { LbaasConfig } from '../config/config.js';
import type { CompileOptions } from './compile-plan.js';
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
  return scriptSafety(dialect, r, {
    versionTable,
    expected: from,
    guard: o.guard !== false,
    clientDirectives: o.clientDirectives !== false,
    ...(o.lockTimeout !== undefined ? { lockTimeout: o.lockTimeout } : {}),
    ...(o.lockWaitTimeout !== undefined ? { lockWaitTimeout: o.lockWaitTimeout } : {}),
  });
}

/**
 * Whether indexes are built concurrently: --create-index-concurrently, else `[postgresql]
 * create_index_concurrently` when the script is for PostgreSQL (other dialects leave that
 * section aside).
 */
export function concurrentIndexes(
  config: Pick<LbaasConfig, 'createIndexConcurrently' | 'dialect'>,
  flag: boolean | undefined,
): { concurrentIndexes?: { from: string; flag: boolean } } {
  if (flag) return { concurrentIndexes: { from: '--create-index-concurrently', flag: true } };
  const c = config.createIndexConcurrently;
  if (c?.value && caps(config.dialect).concurrentIndexes) return { concurrentIndexes: { from: c.where, flag: false } };
  return {};
}

/** What a compile reads of the configuration (`LbaasConfig`, or the same facts given by a library caller). */
export type CompileSettings = Pick<
  LbaasConfig,
  'dialect' | 'versionTable' | 'mysqlCharset' | 'transactionPerMigration' | 'createIndexConcurrently' | 'lockTimeout' | 'lockWaitTimeout'
>;

/** What an offline script's options add to the guard options: transactions, concurrent index builds, further stamp destinations. */
export interface ScriptRequestOptions extends GuardOptions {
  transactionPerMigration?: boolean;
  /** --create-index-concurrently (else [postgresql] create_index_concurrently). */
  createIndexConcurrently?: boolean;
  /** stamp only: further destinations (`stamp a b`). */
  more?: string[];
}

/**
 * The options of an offline compile: the title shown in the header (`upgrade base:heads`),
 * transactions, the guard; what the request leaves unset comes from the settings.
 */
export function scriptCompileOptions(
  config: CompileSettings,
  direction: 'upgrade' | 'downgrade' | 'stamp',
  spec: string,
  from: readonly string[],
  o: ScriptRequestOptions,
): CompileOptions {
  // `head` means every head, as `heads` does: the same script, byte for byte, whichever word was typed.
  const shown = [spec, ...(o.more ?? [])].join(' ').replace(/(^|:)head$/, '$1heads');
  const title = `${direction} ${shown.includes(':') ? shown : `${from.join(',') || 'base'}:${shown}`}`;
  return {
    dialect: config.dialect,
    versionTable: config.versionTable,
    title,
    ...(config.mysqlCharset ? { mysqlCharset: config.mysqlCharset } : {}),
    transactionPerMigration: o.transactionPerMigration ?? config.transactionPerMigration,
    ...concurrentIndexes(config, o.createIndexConcurrently),
    // the waits from the command line, else from [database] lock_timeout / lock_wait_timeout
    safety: {
      ...o,
      ...((o.lockTimeout ?? config.lockTimeout) !== undefined ? { lockTimeout: o.lockTimeout ?? config.lockTimeout } : {}),
      ...((o.lockWaitTimeout ?? config.lockWaitTimeout) !== undefined ? { lockWaitTimeout: o.lockWaitTimeout ?? config.lockWaitTimeout } : {}),
    },
  };
}
