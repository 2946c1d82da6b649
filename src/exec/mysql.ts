import type { ChildProcess } from 'node:child_process';
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { DbUrl } from '../config/url.js';
import { progressTable } from '../core/progress.js';
import {
  findOnPath,
  makeScrubber,
  missingClientResult,
  runClient,
  signalDiagnostic,
  startFailedResult,
  statementAtLine,
  STOP_GRACE_MS,
  type ClientOutput,
} from './process.js';
import { assertPlainIdentifier, ExecError, type ExecResult, type Executor, type ExecutorOptions, type ProgressRow, type RunOptions } from './executor.js';
import { caps } from '../dialects/registry.js';

/** Preferred first: MariaDB's newer clients warn when started under the old name. */
export const MYSQL_CLIENTS = ['mariadb', 'mysql'] as const;

/** Flags for running a script: tab-separated output flushed after every statement, warnings shown. */
export const MYSQL_RUN_FLAGS: readonly string[] = ['--batch', '--unbuffered', '--show-warnings'];

/** Error numbers that mean the client never got a working session. */
const CONNECT_ERRORS = new Set([1044, 1045, 1049, 1698, 2002, 2003, 2005, 2006, 2013, 2026, 2059]);

/**
 * A MySQL option file holding only the password, quoted as the client's option-file reader expects
 * (a double-quoted value with backslash escapes).
 */
export function passwordOptionFile(password: string): string {
  const escaped = password.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  return `[client]\npassword="${escaped}"\n`;
}

/**
 * The client's arguments after `--defaults-extra-file` (which must come first): connection details
 * as `--name=value` arguments, never the password.
 */
export function mysqlArgs(url: DbUrl, flags: readonly string[], connectTimeout = 10): string[] {
  const args = [...flags];
  args.push(`--default-character-set=${url.query.charset ?? 'utf8mb4'}`);
  args.push(`--connect-timeout=${url.query.connect_timeout ?? connectTimeout}`);
  if (url.host !== undefined) args.push(`--host=${url.host}`);
  if (url.port !== undefined) args.push(`--port=${url.port}`);
  if (url.query.unix_socket !== undefined) args.push(`--socket=${url.query.unix_socket}`);
  if (url.user !== undefined) args.push(`--user=${url.user}`);
  if (url.database !== undefined) args.push(`--database=${url.database}`);
  return args;
}

/**
 * The private directories holding a password option file: `<tmpdir>/lbaas-db-manage-<pid>-XXXXXX`.
 * The pid in the name tells a later run whether the process that made one is still alive.
 */
export const OPTION_DIR_PREFIX = 'lbaas-db-manage-';

/** The option-file directories of this process that exist now: removed on exit, whatever the path to it. */
const liveOptionDirs = new Set<string>();
let exitHook = false;

function removeOnExit(dir: string): void {
  liveOptionDirs.add(dir);
  if (exitHook) return;
  exitHook = true;
  // 'exit' runs on a normal end, process.exit(), and after an uncaught exception is reported;
  // a forwarded signal ends the command through its normal path (see process.ts).
  process.on('exit', () => {
    for (const d of liveOptionDirs) {
      try {
        rmSync(d, { recursive: true, force: true });
      } catch {
        /* nothing more can be done */
      }
    }
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

/**
 * Removes option-file directories left by runs of this tool that were killed outright (SIGKILL,
 * a power cut): those of this user whose process no longer exists. A directory of a live process,
 * of another user, or without a pid in its name is left alone. Returns the directories removed.
 */
export function removeStaleOptionDirs(dir = tmpdir()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  for (const name of names) {
    const m = /^lbaas-db-manage-(\d+)-[A-Za-z0-9]{6}$/.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || alive(pid)) continue;
    const path = join(dir, name);
    try {
      const st = lstatSync(path);
      if (!st.isDirectory() || (uid !== undefined && st.uid !== uid)) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}

export interface MysqlError {
  code: number;
  sqlState?: string;
  line?: number;
  message: string;
}

/** Parses `ERROR 1064 (42000) at line 12: You have an error ...` (or without `at line` for connection errors). */
export function parseMysqlError(stderr: string): MysqlError | undefined {
  for (const l of stderr.split('\n')) {
    const m = /^ERROR (\d+)(?: \(([0-9A-Z]{5})\))?(?: at line (\d+))?: (.*)$/.exec(l.replace(/\r$/, ''));
    if (m) {
      const e: MysqlError = { code: Number(m[1]), message: m[4]! };
      if (m[2]) e.sqlState = m[2];
      if (m[3]) e.line = Number(m[3]);
      return e;
    }
  }
  return undefined;
}

export class MysqlExecutor implements Executor {
  private readonly env: NodeJS.ProcessEnv;

  constructor(
    private readonly url: DbUrl,
    private readonly options: ExecutorOptions = {},
  ) {
    this.env = options.env ?? process.env;
  }

  private debianPackage(): [string, string] {
    const [first, second] = caps(this.url.dialect).clientPackages;
    return [first!, second!];
  }

  private findClient(): string | undefined {
    for (const name of MYSQL_CLIENTS) {
      const p = findOnPath(name, this.env);
      if (p) return p;
    }
    return undefined;
  }

  /**
   * Runs the client with the password in a private option file: a fresh temporary directory
   * (mode 0700) holding a 0600 file, removed when the client has exited, whatever happened.
   */
  private async invoke(
    command: string,
    flags: readonly string[],
    input: string,
    onLine: RunOptions['onLine'],
    started?: (child: ChildProcess) => void,
  ): Promise<ClientOutput & { optionFileError?: NodeJS.ErrnoException }> {
    const env: NodeJS.ProcessEnv = { ...this.env };
    delete env.MYSQL_PWD; // the option file is the only password channel
    const scrub = makeScrubber([this.url.password]);
    const args = mysqlArgs(this.url, flags, this.options.connectTimeout);
    let dir: string | undefined;
    try {
      if (this.url.password !== undefined) {
        try {
          removeStaleOptionDirs();
          dir = await mkdtemp(join(tmpdir(), `${OPTION_DIR_PREFIX}${process.pid}-`));
          removeOnExit(dir);
          const file = join(dir, 'client.cnf');
          await writeFile(file, passwordOptionFile(this.url.password), { mode: 0o600, flag: 'wx' });
          args.unshift(`--defaults-extra-file=${file}`);
        } catch (e) {
          return { exitCode: 127, stdout: '', stderr: '', rawStderr: '', optionFileError: e as NodeJS.ErrnoException };
        }
      }
      return await runClient({ command, args, env, cwd: this.options.cwd }, input, {
        onLine,
        scrub,
        spawn: this.options.spawn,
        ...(started ? { started } : {}),
      });
    } finally {
      if (dir !== undefined) {
        await rm(dir, { recursive: true, force: true });
        liveOptionDirs.delete(dir);
      }
    }
  }

  private failedToStart(command: string, out: ClientOutput & { optionFileError?: NodeJS.ErrnoException }): ExecResult | undefined {
    if (out.optionFileError) {
      const e = out.optionFileError;
      const diagnostic: Diagnostic = {
        code: 'EX009',
        severity: 'error',
        message: `cannot create the temporary option file that passes the password to the client: ${e.code ?? e.message}`,
        hint: 'the file goes in the temporary directory (TMPDIR); check that it exists and is writable',
      };
      return { ok: false, exitCode: out.exitCode, stdout: '', stderr: '', diagnostics: [diagnostic] };
    }
    if (out.startError) return startFailedResult(command, out.startError, out);
    return undefined;
  }

  async run(script: string, opts: RunOptions = {}): Promise<ExecResult> {
    const command = this.findClient();
    if (!command) return missingClientResult(MYSQL_CLIENTS, ...this.debianPackage());
    // [database] lock_wait_timeout: the script's GET_LOCK waits as long as it was compiled to; a
    // run that has not reported past its lock (the guard and the first progress row come after
    // it) when the time is up is interrupted as Ctrl-C does: the client has the server kill its
    // statement (KILL QUERY), and the script stops there, nothing changed.
    let pastLock = false;
    let expired = false;
    let watchdog: NodeJS.Timeout | undefined;
    const onLine: RunOptions['onLine'] = (line, stream) => {
      if (stream === 'stdout') pastLock = true;
      opts.onLine?.(line, stream);
    };
    const started = (child: ChildProcess) => {
      const limit = this.options.lockWaitTimeout;
      if (limit === undefined || !opts.lockWait) return;
      watchdog = setTimeout(() => {
        if (pastLock || child.exitCode !== null || child.signalCode !== null) return;
        expired = true;
        try {
          child.kill('SIGINT');
        } catch {
          /* gone */
        }
        // A client that does not act on SIGINT is ended: its statement is still the lock wait.
        watchdog = setTimeout(() => {
          if (child.exitCode === null && child.signalCode === null) {
            try {
              child.kill('SIGTERM');
            } catch {
              /* gone */
            }
          }
        }, STOP_GRACE_MS);
      }, limit * 1000);
    };
    let out: Awaited<ReturnType<MysqlExecutor['invoke']>>;
    try {
      out = await this.invoke(command, MYSQL_RUN_FLAGS, script, onLine, started);
    } finally {
      clearTimeout(watchdog);
    }
    const failed = this.failedToStart(command, out);
    if (failed) return failed;

    const result: ExecResult = { ok: out.exitCode === 0, exitCode: out.exitCode, stdout: out.stdout, stderr: out.stderr, diagnostics: [] };
    if (out.signal) result.clientSignal = out.signal;
    if (out.interrupted) result.interrupted = out.interrupted;
    if (result.ok) return result;
    if (expired && !out.interrupted) {
      result.lockWaitExpired = true;
      result.engineMessage = `the script waited ${this.options.lockWaitTimeout} s ([database] lock_wait_timeout) for the migration lock`;
      result.diagnostics.push({
        code: 'EX012',
        severity: 'error',
        message: `another migration of this database held the migration lock for more than ${this.options.lockWaitTimeout} s ([database] lock_wait_timeout); nothing was changed`,
        hint: 'wait for the other run to finish (or find the session holding the lock) and run the command again',
      });
      return result;
    }
    const stopped = signalDiagnostic(command, out);
    if (stopped) {
      result.diagnostics.push(stopped);
      return result;
    }
    const err = this.parseError(out);
    if (err) {
      result.engineMessage = err.message;
      result.engineCode = String(err.code);
      if (err.line !== undefined) {
        result.errorLine = err.line;
        const idx = statementAtLine(script, opts.statements, err.line, 'start');
        if (idx !== undefined) result.statementIndex = idx;
      }
    }
    result.diagnostics.push(this.diagnostic(out.exitCode, err));
    return result;
  }

  async currentHeads(versionTable: string): Promise<string[] | null> {
    assertPlainIdentifier(versionTable);
    const command = this.findClient();
    if (!command) {
      const r = missingClientResult(MYSQL_CLIENTS, ...this.debianPackage());
      throw new ExecError(r.diagnostics[0]!, r);
    }
    if (this.url.database === undefined) {
      throw new ExecError({
        code: 'EX006',
        severity: 'error',
        message: 'cannot read the version table: the connection URL names no database',
        hint: 'add the database to the URL, e.g. mysql+pymysql://user:password@host/lbaas',
      });
    }
    const out = await this.invoke(command, ['--batch', '--skip-column-names'], `SELECT version_num FROM \`${versionTable}\`;\n`, undefined);
    const failed = this.failedToStart(command, out);
    if (failed) throw new ExecError(failed.diagnostics[0]!, failed);
    const stopped = signalDiagnostic(command, out);
    if (stopped && out.exitCode !== 0) {
      const r: ExecResult = { ok: false, exitCode: out.exitCode, stdout: out.stdout, stderr: out.stderr, diagnostics: [stopped] };
      if (out.interrupted) r.interrupted = out.interrupted;
      if (out.signal) r.clientSignal = out.signal;
      throw new ExecError(stopped, r);
    }
    if (out.exitCode !== 0) {
      const err = this.parseError(out);
      if (err?.code === 1146) return null; // ER_NO_SUCH_TABLE
      let diag = this.diagnostic(out.exitCode, err);
      if (diag.code !== 'EX004')
        diag = {
          ...diag,
          code: 'EX006',
          message: `cannot read the version table ${versionTable}: ${err?.message ?? `the client exited with ${out.exitCode}`}`,
        };
      const r: ExecResult = { ok: false, exitCode: out.exitCode, stdout: out.stdout, stderr: out.stderr, diagnostics: [diag] };
      if (err) {
        r.engineMessage = err.message;
        r.engineCode = String(err.code);
      }
      throw new ExecError(diag, r);
    }
    return out.stdout
      .split('\n')
      .map((l) => l.replace(/\r$/, ''))
      .filter((l) => l !== '')
      .sort();
  }

  async progress(versionTable: string): Promise<ProgressRow[] | null> {
    assertPlainIdentifier(versionTable);
    const command = this.findClient();
    if (!command || this.url.database === undefined) return null;
    const table = progressTable(versionTable);
    const out = await this.invoke(
      command,
      ['--batch', '--skip-column-names', '--raw'],
      `SELECT \`revision\`, \`statement\`, \`statements\`, \`done\`, \`op\` FROM \`${table}\` ORDER BY \`revision\`, \`statement\`;\n`,
      undefined,
    );
    if (this.failedToStart(command, out) || out.exitCode !== 0) return null;
    const rows: ProgressRow[] = [];
    for (const line of out.stdout.split('\n')) {
      const f = line.replace(/\r$/, '').split('\t');
      if (f.length < 5) continue;
      rows.push({ revision: f[0]!, statement: Number(f[1]), statements: Number(f[2]), done: f[3] === '1', op: f.slice(4).join('\t') });
    }
    return rows;
  }

  /** Parses the raw output (a scrubbed '***' could hide a line number) and scrubs the message. */
  private parseError(out: ClientOutput): MysqlError | undefined {
    const err = parseMysqlError(out.rawStderr);
    return err && { ...err, message: makeScrubber([this.url.password])(err.message) };
  }

  private diagnostic(exitCode: number, err: MysqlError | undefined): Diagnostic {
    const where = `${this.url.query.unix_socket ?? this.url.host ?? 'localhost'}${this.url.port !== undefined ? `:${this.url.port}` : ''}${this.url.database ? `/${this.url.database}` : ''}`;
    if (err && err.line === undefined && CONNECT_ERRORS.has(err.code)) {
      return {
        code: 'EX004',
        severity: 'error',
        message: `cannot connect to ${caps(this.url.dialect).displayName} at ${where}: ERROR ${err.code}: ${err.message}`,
        hint: 'check the host, port, user, password and database in [database] connection (or LBAAS_DB_CONNECTION), and that the server is running',
      };
    }
    if (err) {
      return {
        code: 'EX003',
        severity: 'error',
        message: `the server stopped the script${err.line !== undefined ? ` at line ${err.line}` : ''}: ERROR ${err.code}${err.sqlState ? ` (${err.sqlState})` : ''}: ${err.message}`,
        hint: 'the client reports the line where the failing statement starts; the script stops at the first error, and MySQL commits DDL as it goes',
      };
    }
    return {
      code: 'EX008',
      severity: 'error',
      message: `the client exited with code ${exitCode} without reporting an error`,
      hint: 'see the client output above',
    };
  }
}
