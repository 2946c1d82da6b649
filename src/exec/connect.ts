import { parseDbUrl, type DbUrl } from '../config/url.js';
import { MysqlExecutor } from './mysql.js';
import { PostgresExecutor } from './postgresql.js';
import { SqliteExecutor } from './sqlite.js';
import { ExecError, type Executor, type ExecutorOptions } from './executor.js';
import { caps } from '../dialects/registry.js';

/** What connect() needs from the configuration (an LbaasConfig has it all). */
export interface ConnectTarget {
  /** The database URL (may hold a password; never shown). */
  connection: string;
  /** The parsed URL, when already parsed. */
  url?: DbUrl;
  /** Working directory for relative SQLite paths. */
  cwd?: string;
  /** [database] lock_wait_timeout in seconds (ExecutorOptions.lockWaitTimeout), when set. */
  lockWaitTimeout?: number;
}

/**
 * The executor for the engine the connection URL names. Throws an ExecError (EX005) when the
 * URL does not parse; executors themselves open nothing until they run.
 */
export function connect(target: ConnectTarget, options: ExecutorOptions = {}): Executor {
  let url = target.url;
  if (!url) {
    const parsed = parseDbUrl(target.connection);
    if (!parsed.ok) {
      throw new ExecError({ code: 'EX005', severity: 'error', message: `cannot connect: ${parsed.message}`, hint: parsed.hint });
    }
    url = parsed.url;
  }
  const opts: ExecutorOptions = { ...options, cwd: options.cwd ?? target.cwd };
  const lockWaitTimeout = options.lockWaitTimeout ?? target.lockWaitTimeout;
  if (lockWaitTimeout !== undefined) opts.lockWaitTimeout = lockWaitTimeout;
  switch (caps(url.dialect).family) {
    case 'postgresql':
      return new PostgresExecutor(url, opts);
    case 'mysql':
      return new MysqlExecutor(url, opts);
    case 'sqlite':
      return new SqliteExecutor(url, opts);
  }
}
