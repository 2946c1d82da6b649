import type { spawn } from 'node:child_process';
import type { Diagnostic } from '../core/diagnostics.js';

/** [start, end) character offsets of one statement in a script. */
export type StatementSpan = readonly [number, number];

export interface RunOptions {
  /**
   * Called with each line of client output as it arrives (stdout and stderr, interleaved in
   * arrival order; NOTICE messages and SELECT output are how scripts report progress).
   * Standard error lines about the connection are scrubbed of passwords before the call; data is never rewritten.
   */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /**
   * The statement boundaries the compiler produced: in order, together covering the whole script.
   * The SQLite executor runs the script one slice at a time; the client-based executors pipe the
   * script whole and use the boundaries only to name the failing statement (statementIndex).
   */
  statements?: readonly StatementSpan[];
  /**
   * The script takes the migration lock before anything else (a migration script with its
   * guard): [database] lock_wait_timeout (ExecutorOptions.lockWaitTimeout) bounds the wait for it.
   * PostgreSQL and MySQL apply the timeout only to such runs; SQLite's busy timeout is every run's.
   */
  lockWait?: boolean;
}

export interface ExecResult {
  ok: boolean;
  /** The client's exit code (127 when the client is not installed). */
  exitCode: number;
  /** Client output: stdout as printed (data), stderr with passwords scrubbed from its lines about the connection. */
  stdout: string;
  stderr: string;
  /**
   * 1-based line of the script where the client stopped, when the client reports it.
   * psql: the line the failing statement ends on (where its ';' was read).
   * mysql/mariadb: the line the failing statement starts on.
   * SQLite: the first non-blank line of the failing slice.
   */
  errorLine?: number;
  /** The engine's error text. */
  engineMessage?: string;
  /** The engine's error code when the client reports one (MySQL error number, SQLite result code). */
  engineCode?: string;
  /** Index into RunOptions.statements of the statement that failed, when boundaries were given and the line maps to one. */
  statementIndex?: number;
  /** EX*** diagnostics: the error (when not ok) and any warnings. */
  diagnostics: Diagnostic[];
  /** The signal this tool received while the client ran (the client was stopped: EX013). */
  interrupted?: NodeJS.Signals;
  /** The signal that ended the client (EX014 when this tool did not send it). */
  clientSignal?: NodeJS.Signals;
  /** The script did not get past its migration lock within [database] lock_wait_timeout (EX012). */
  lockWaitExpired?: boolean;
}

export interface Executor {
  /** Runs the script bytes through the engine's client; resolves with the outcome, never rejects for SQL errors. */
  run(script: string, opts?: RunOptions): Promise<ExecResult>;
  /**
   * Reads the version table: sorted version_num values, or null when the table does not exist.
   * Rejects with an ExecError when the database cannot be read (no client, cannot connect, ...).
   */
  currentHeads(versionTable: string): Promise<string[] | null>;
  /**
   * MySQL/MariaDB: the rows of the progress table a resumable script keeps next to the version
   * table (the statements of an interrupted revision); null when there is no such table.
   */
  progress?(versionTable: string): Promise<ProgressRow[] | null>;
  /** Releases what the executor holds open (the SQLite in-memory database); the others hold nothing. */
  close?(): Promise<void>;
}

/** How executors start processes and find clients; tests replace these. */
export interface ExecutorOptions {
  /** The environment the client inherits and whose PATH is searched (default: process.env). Never modified. */
  env?: NodeJS.ProcessEnv;
  /** Working directory for the client and for relative SQLite paths (default: process.cwd()). */
  cwd?: string;
  /** Replaces child_process.spawn (to observe argv and environment in tests). */
  spawn?: typeof spawn;
  /** Seconds to wait for a connection (default 10). */
  connectTimeout?: number;
  /**
   * Seconds a run waits for the migration lock ([database] lock_wait_timeout) before it gives up
   * with nothing changed. PostgreSQL: the session's lock_timeout; MySQL/MariaDB: the client is
   * interrupted (its own KILL QUERY) when the script has not reported past its lock in time;
   * SQLite: the busy timeout. Unset: the script's own wait (600 s on MySQL and SQLite, none on PostgreSQL).
   */
  lockWaitTimeout?: number;
}

/** A failure to read the database (currentHeads), carrying its diagnostic and the client's result. */
export class ExecError extends Error {
  constructor(
    readonly diagnostic: Diagnostic,
    readonly result?: ExecResult,
  ) {
    super(`${diagnostic.code}: ${diagnostic.message}`);
    this.name = 'ExecError';
  }
}

/** Version-table names are checked by the config loader; executors check again before quoting. */
export function assertPlainIdentifier(name: string): void {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new ExecError({
      code: 'EX010',
      severity: 'error',
      message: `version table name '${name}' is not a plain identifier`,
      hint: "use letters, digits and '_' ([alembic] version_table)",
    });
  }
}

/** A row of the progress table of a resumable MySQL/MariaDB script (src/emit/resume.ts). */
export interface ProgressRow {
  revision: string;
  /** 1-based number of the statement within its revision's statements that change the database. */
  statement: number;
  /** How many such statements the revision has. */
  statements: number;
  /** The op the statement comes from, as the script's comment names it. */
  op: string;
  /** Marked done after it ran without an error; false: it was started (it ran, or it was running, when the run ended). */
  done: boolean;
}
