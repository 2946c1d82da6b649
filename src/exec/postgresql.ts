import type { Diagnostic } from '../core/diagnostics.js';
import type { DbUrl } from '../config/url.js';
import { findOnPath, makeScrubber, missingClientResult, runClient, signalDiagnostic, startFailedResult, statementAtLine } from './process.js';
import { assertPlainIdentifier, ExecError, type ExecResult, type Executor, type ExecutorOptions, type RunOptions } from './executor.js';

export const PSQL = 'psql';
export const PSQL_PACKAGE = 'postgresql-client';

/** psql's flags: no psqlrc, quiet, stop at the first error, never prompt for a password, script on stdin. */
export const PSQL_ARGS: readonly string[] = ['-X', '-q', '-w', '-v', 'ON_ERROR_STOP=1', '-f', '-'];

/** URL query parameters that libpq reads from the environment. */
const QUERY_ENV: Record<string, string> = {
  host: 'PGHOST',
  port: 'PGPORT',
  user: 'PGUSER',
  dbname: 'PGDATABASE',
  password: 'PGPASSWORD',
  passfile: 'PGPASSFILE',
  service: 'PGSERVICE',
  sslmode: 'PGSSLMODE',
  sslrootcert: 'PGSSLROOTCERT',
  sslcert: 'PGSSLCERT',
  sslkey: 'PGSSLKEY',
  connect_timeout: 'PGCONNECT_TIMEOUT',
  application_name: 'PGAPPNAME',
  options: 'PGOPTIONS',
  client_encoding: 'PGCLIENTENCODING',
  target_session_attrs: 'PGTARGETSESSIONATTRS',
};

/**
 * The client's environment: the caller's, with the connection parameters as libpq variables.
 * Query parameters win over the URL's parts (as with psycopg2). Nothing goes on argv.
 */
export function psqlEnv(url: DbUrl, base: NodeJS.ProcessEnv, connectTimeout = 10): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  if (url.host !== undefined) env.PGHOST = url.host;
  if (url.port !== undefined) env.PGPORT = String(url.port);
  if (url.user !== undefined) env.PGUSER = url.user;
  if (url.database !== undefined) env.PGDATABASE = url.database;
  if (url.password !== undefined) env.PGPASSWORD = url.password;
  for (const [k, v] of Object.entries(url.query)) {
    const name = QUERY_ENV[k];
    if (name) env[name] = v;
  }
  env.PGCONNECT_TIMEOUT ??= String(connectTimeout);
  env.PGAPPNAME ??= 'lbaas-db-manage';
  // The script is UTF-8 text whatever the server's or the locale's encoding.
  if (url.query.client_encoding === undefined) env.PGCLIENTENCODING = 'UTF8';
  return env;
}

interface PsqlError {
  line?: number;
  message: string;
  connection: boolean;
}

/**
 * Finds the first error psql reported:
 *   psql:<stdin>:12: ERROR:  relation "t" does not exist   (server error; the line where the statement ended)
 *   psql:<stdin>:3: error: invalid command \foo             (psql's own error)
 *   psql: error: connection to server ... failed: ...       (could not connect)
 * DETAIL and HINT lines that follow are appended to the message.
 */
export function parsePsqlError(stderr: string): PsqlError | undefined {
  const lines = stderr.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    let m = /^psql:[^:]*:(\d+): (?:(ERROR|FATAL|PANIC):\s+|error: )(.*)$/.exec(l);
    if (m) {
      const extra: string[] = [];
      for (let j = i + 1; j < lines.length && !lines[j]!.startsWith('psql:'); j++) {
        if (/^(DETAIL|HINT):\s/.test(lines[j]!)) extra.push(lines[j]!.replace(/:\s+/, ': '));
      }
      return { line: Number(m[1]), message: [m[3]!, ...extra].join('\n'), connection: m[2] === 'FATAL' && /terminat|connection/i.test(m[3]!) };
    }
    m = /^psql: error: (.*)$/.exec(l);
    if (m) {
      const rest = [m[1]!];
      for (let j = i + 1; j < lines.length && lines[j]!.trim() !== '' && !lines[j]!.startsWith('psql:'); j++) rest.push(lines[j]!.trim());
      return { message: rest.join('\n'), connection: true };
    }
  }
  return undefined;
}

export class PostgresExecutor implements Executor {
  private readonly env: NodeJS.ProcessEnv;

  constructor(
    private readonly url: DbUrl,
    private readonly options: ExecutorOptions = {},
  ) {
    this.env = options.env ?? process.env;
  }

  /** The command, argv and environment run() would use (argv never holds connection details). */
  clientSpec(): { command: string; args: string[]; env: NodeJS.ProcessEnv } | undefined {
    const command = findOnPath(PSQL, this.env);
    if (!command) return undefined;
    return { command, args: [...PSQL_ARGS], env: psqlEnv(this.url, this.env, this.options.connectTimeout) };
  }

  async run(script: string, opts: RunOptions = {}): Promise<ExecResult> {
    const spec = this.clientSpec();
    if (!spec) return missingClientResult([PSQL], PSQL_PACKAGE);
    // Scripts report progress with NOTICEs: make sure they arrive even where the role or database
    // raised client_min_messages (a session option overrides those settings).
    // [database] lock_wait_timeout bounds the wait for the migration lock (pg_advisory_lock
    // honours lock_timeout), and with it every other lock wait of the session.
    const lockTimeout =
      opts.lockWait && this.options.lockWaitTimeout !== undefined ? `-c lock_timeout=${Math.round(this.options.lockWaitTimeout * 1000)}` : undefined;
    spec.env.PGOPTIONS = [spec.env.PGOPTIONS, '-c client_min_messages=notice', lockTimeout].filter((x) => x?.trim()).join(' ');
    const scrub = makeScrubber([this.url.password, this.url.query.password, spec.env.PGPASSWORD]);
    const out = await runClient({ ...spec, cwd: this.options.cwd }, script, { onLine: opts.onLine, scrub, spawn: this.options.spawn });
    if (out.startError) return startFailedResult(PSQL, out.startError, out);

    const result: ExecResult = { ok: out.exitCode === 0, exitCode: out.exitCode, stdout: out.stdout, stderr: out.stderr, diagnostics: [] };
    if (out.signal) result.clientSignal = out.signal;
    if (out.interrupted) result.interrupted = out.interrupted;
    if (result.ok) return result;
    const stopped = signalDiagnostic(PSQL, out);
    if (stopped) {
      result.diagnostics.push(stopped);
      return result;
    }

    const err = scrubbed(parsePsqlError(out.rawStderr), scrub);
    if (err?.line !== undefined) {
      result.errorLine = err.line;
      const idx = statementAtLine(script, opts.statements, err.line, 'end');
      if (idx !== undefined) result.statementIndex = idx;
    }
    if (err) result.engineMessage = err.message;
    result.diagnostics.push(psqlDiagnostic(out.exitCode, err, this.url));
    return result;
  }

  async currentHeads(versionTable: string): Promise<string[] | null> {
    assertPlainIdentifier(versionTable);
    const quoted = `"${versionTable}"`;
    // One round trip: psql's \if decides whether to select from the table.
    const script = [
      `SELECT to_regclass('${quoted}') IS NOT NULL AS lbaas_present \\gset`,
      '\\if :lbaas_present',
      `SELECT 'v:' || version_num FROM ${quoted} ORDER BY version_num;`,
      '\\else',
      "SELECT 'absent';",
      '\\endif',
      '',
    ].join('\n');
    const spec = this.clientSpec();
    if (!spec) {
      const r = missingClientResult([PSQL], PSQL_PACKAGE);
      throw new ExecError(r.diagnostics[0]!, r);
    }
    const scrub = makeScrubber([this.url.password, this.url.query.password, spec.env.PGPASSWORD]);
    const out = await runClient(
      { command: spec.command, args: ['-X', '-q', '-w', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-f', '-'], env: spec.env, cwd: this.options.cwd },
      script,
      { scrub, spawn: this.options.spawn },
    );
    if (out.startError) {
      const r = startFailedResult(PSQL, out.startError, out);
      throw new ExecError(r.diagnostics[0]!, r);
    }
    const stopped = signalDiagnostic(PSQL, out);
    if (stopped && out.exitCode !== 0) {
      const r: ExecResult = { ok: false, exitCode: out.exitCode, stdout: out.stdout, stderr: out.stderr, diagnostics: [stopped] };
      if (out.interrupted) r.interrupted = out.interrupted;
      if (out.signal) r.clientSignal = out.signal;
      throw new ExecError(stopped, r);
    }
    if (out.exitCode !== 0) {
      const err = scrubbed(parsePsqlError(out.rawStderr), scrub);
      const d = psqlDiagnostic(out.exitCode, err, this.url);
      const diag: Diagnostic = err?.connection
        ? d
        : { ...d, code: 'EX006', message: `cannot read the version table ${versionTable}: ${err?.message ?? `psql exited with ${out.exitCode}`}` };
      const r: ExecResult = { ok: false, exitCode: out.exitCode, stdout: out.stdout, stderr: out.stderr, diagnostics: [diag] };
      if (err) r.engineMessage = err.message;
      throw new ExecError(diag, r);
    }
    const lines = out.stdout
      .split('\n')
      .map((l) => l.replace(/\r$/, ''))
      .filter((l) => l !== '');
    if (lines.includes('absent')) return null;
    return lines
      .filter((l) => l.startsWith('v:'))
      .map((l) => l.slice(2))
      .sort();
  }
}

/** Parsing reads the raw output (a scrubbed '***' could hide a line number); the message is scrubbed after. */
function scrubbed(err: PsqlError | undefined, scrub: (s: string) => string): PsqlError | undefined {
  return err && { ...err, message: scrub(err.message) };
}

function describe(url: DbUrl): string {
  const host = url.query.host ?? url.host ?? 'the local socket';
  const port = url.query.port ?? (url.port !== undefined ? String(url.port) : undefined);
  const db = url.query.dbname ?? url.database;
  return `${host}${port ? `:${port}` : ''}${db ? `/${db}` : ''}`;
}

function psqlDiagnostic(exitCode: number, err: PsqlError | undefined, url: DbUrl): Diagnostic {
  if (exitCode === 2 || err?.connection) {
    return {
      code: 'EX004',
      severity: 'error',
      message: `cannot connect to PostgreSQL at ${describe(url)}${err ? `: ${err.message}` : ''}`,
      hint: 'check the host, port, user, password and database in [database] connection (or LBAAS_DB_CONNECTION), and that the server is running',
    };
  }
  if (err) {
    return {
      code: 'EX003',
      severity: 'error',
      message: `PostgreSQL stopped the script${err.line !== undefined ? ` at line ${err.line}` : ''}: ${err.message}`,
      hint: 'psql reports the line where the failing statement ends; the script stops at the first error (statements already committed stay committed)',
    };
  }
  return {
    code: 'EX008',
    severity: 'error',
    message: `psql exited with code ${exitCode} without reporting an error`,
    hint: 'see the client output above',
  };
}
