/**
 * Runs a script file the way a DBA would by hand, with nothing on the command line that
 * makes the client stop on errors: `psql -f file`, `mysql db < file`, `mariadb db < file`,
 * `sqlite3 db < file`. Only the script itself (its guard, `\set ON_ERROR_STOP on`,
 * `.bail on`, or the mysql client's own stop-at-first-error in batch mode) decides when it stops.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { withClientEnv } from '../support/client-env.js';
import { mysqlConfig, pgConfig, runCommand, type ExecResult, type ScratchDb } from '../support/engines.js';

export type Runner = 'psql' | 'mysql' | 'mariadb' | 'sqlite3';

const ROOT = resolve(import.meta.dirname, '../..');

/** The built command-line program (tests that compare CLI output run it, not the sources). */
export function cli(args: string[], opts: { cwd?: string } = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

/** `cli(...)` that must succeed; returns stdout. */
export function cliOk(args: string[], opts: { cwd?: string } = {}): string {
  const r = cli(args, opts);
  if (r.code !== 0) throw new Error(`lbaas-db-manage ${args.join(' ')} failed (${r.code}):\n${r.stderr}`);
  return r.stdout;
}

function pgEnv(): NodeJS.ProcessEnv {
  const c = pgConfig();
  const env: NodeJS.ProcessEnv = { ...withClientEnv(), PGHOST: c.host, PGPORT: String(c.port), PGUSER: c.user, PGCONNECT_TIMEOUT: '5' };
  delete env.PGSERVICE;
  delete env.PGOPTIONS;
  if (c.password !== null) env.PGPASSWORD = c.password;
  return env;
}

function myEnv(): NodeJS.ProcessEnv {
  const c = mysqlConfig();
  const env: NodeJS.ProcessEnv = withClientEnv();
  if (c.password !== null) env.MYSQL_PWD = c.password;
  return env;
}

/** Writes the script to a private file and runs it with `runner` against `db`. */
export async function runAsDba(runner: Runner, db: ScratchDb, sqlText: string): Promise<ExecResult> {
  const dir = mkdtempSync(join(tmpdir(), 'lbaas-dba-'));
  const file = join(dir, 'script.sql');
  writeFileSync(file, sqlText, { mode: 0o600 });
  try {
    if (runner === 'psql') return await runCommand('psql', ['-X', '-d', db.name, '-f', file], { env: pgEnv() });
    if (runner === 'sqlite3') {
      // -init with an empty file only keeps a user's ~/.sqliterc out; no -bail.
      const init = join(dir, 'empty.sqliterc');
      writeFileSync(init, '', { mode: 0o600 });
      return await runCommand('sqlite3', ['-init', init, db.file!], { stdinFile: file });
    }
    const c = mysqlConfig();
    return await runCommand(runner, ['--no-defaults', `--host=${c.host}`, `--port=${c.port}`, `--user=${c.user}`, db.name], { stdinFile: file, env: myEnv() });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The ways DBAs actually run scripts, beyond the documented one: clients and runners that go on
 * after an error. `directives: false` means the runner ignores client directives (a runner that
 * is not psql, or a script pasted without them), so the script is compiled without them.
 */
export interface Way {
  name: string;
  /** The documented way: the client stops at the first error. */
  documented: boolean;
  directives: boolean;
  run(db: ScratchDb, file: string, dir: string): Promise<ExecResult>;
}

function mysqlArgs(): string[] {
  const c = mysqlConfig();
  return ['--no-defaults', `--host=${c.host}`, `--port=${c.port}`, `--user=${c.user}`];
}

function sqliteInit(dir: string): string {
  const init = join(dir, 'empty.sqliterc');
  writeFileSync(init, '', { mode: 0o600 });
  return init;
}

export const WAYS: Record<'postgresql' | 'mariadb' | 'sqlite', Way[]> = {
  postgresql: [
    { name: 'psql -X -f file', documented: true, directives: true, run: (db, f) => runCommand('psql', ['-X', '-d', db.name, '-f', f], { env: pgEnv() }) },
    {
      name: 'psql -X -v ON_ERROR_STOP=0 -v ON_ERROR_ROLLBACK=on -f file',
      documented: false,
      directives: false,
      run: (db, f) => runCommand('psql', ['-X', '-v', 'ON_ERROR_STOP=0', '-v', 'ON_ERROR_ROLLBACK=on', '-d', db.name, '-f', f], { env: pgEnv() }),
    },
    {
      name: 'psql -X -v ON_ERROR_ROLLBACK=interactive < file',
      documented: false,
      directives: false,
      run: (db, f) => runCommand('psql', ['-X', '-v', 'ON_ERROR_ROLLBACK=interactive', '-d', db.name], { env: pgEnv(), stdinFile: f }),
    },
    {
      name: 'psql -X -v ON_ERROR_STOP=0 < file',
      documented: false,
      directives: false,
      run: (db, f) => runCommand('psql', ['-X', '-v', 'ON_ERROR_STOP=0', '-d', db.name], { env: pgEnv(), stdinFile: f }),
    },
  ],
  mariadb: [
    {
      name: 'mariadb db < file',
      documented: true,
      directives: true,
      run: (db, f) => runCommand('mariadb', [...mysqlArgs(), db.name], { stdinFile: f, env: myEnv() }),
    },
    {
      name: 'mariadb --force db < file',
      documented: false,
      directives: true,
      run: (db, f) => runCommand('mariadb', [...mysqlArgs(), '--force', db.name], { stdinFile: f, env: myEnv() }),
    },
    {
      name: 'mariadb db -e "source file"',
      documented: false,
      directives: true,
      run: (db, f) => runCommand('mariadb', [...mysqlArgs(), db.name, '-e', `source ${f}`], { env: myEnv() }),
    },
  ],
  sqlite: [
    {
      name: 'sqlite3 db < file',
      documented: true,
      directives: true,
      run: (db, f, dir) => runCommand('sqlite3', ['-init', sqliteInit(dir), db.file!], { stdinFile: f }),
    },
    {
      name: 'sqlite3 db < file (bail off)',
      documented: false,
      directives: false,
      run: (db, f, dir) => runCommand('sqlite3', ['-init', sqliteInit(dir), db.file!], { stdinFile: f }),
    },
    {
      // -interactive: the shell reads stdin as typed or pasted input, where .bail on does not stop it
      name: 'sqlite3 -interactive db < file (pasted)',
      documented: false,
      directives: true,
      run: (db, f, dir) => runCommand('sqlite3', ['-interactive', '-init', sqliteInit(dir), db.file!], { stdinFile: f }),
    },
  ],
};

/** Writes the script to a private file and runs it the given way against `db`. */
export async function runWay(way: Way, db: ScratchDb, sqlText: string): Promise<ExecResult> {
  const dir = mkdtempSync(join(tmpdir(), 'lbaas-way-'));
  const file = join(dir, 'script.sql');
  writeFileSync(file, sqlText, { mode: 0o600 });
  try {
    return await way.run(db, file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The migration lock's key, as the scripts name it (PostgreSQL advisory lock, MySQL GET_LOCK). */
export const PG_KEY = "hashtext('lbaas-db-manage:alembic_version_lbaas')";
export const MY_KEY = "CONCAT('lbaas-db-manage:', LEFT(SHA2(CONCAT(DATABASE(), '.alembic_version_lbaas'), 256), 40))";

/** An interactive client session on `db`, fed statements through stdin; its output is collected. */
export class Session {
  readonly child: ChildProcess;
  output = '';
  constructor(db: ScratchDb, forgiving = false) {
    if (db.server === 'postgresql') {
      const c = pgConfig();
      const env = {
        ...process.env,
        PGHOST: c.host,
        PGPORT: String(c.port),
        PGUSER: c.user,
        PGDATABASE: db.name,
        ...(c.password ? { PGPASSWORD: c.password } : {}),
      };
      delete env.PGOPTIONS;
      this.child = spawn('psql', ['-X', '-At', '-v', `ON_ERROR_STOP=${forgiving ? 0 : 1}`], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    } else {
      const c = mysqlConfig();
      const env = { ...process.env, ...(c.password ? { MYSQL_PWD: c.password } : {}) };
      this.child = spawn(
        'mariadb',
        ['--no-defaults', `--host=${c.host}`, `--port=${c.port}`, `--user=${c.user}`, '-N', '--unbuffered', ...(forgiving ? ['--force'] : []), db.name],
        { env, stdio: ['pipe', 'pipe', 'pipe'] },
      );
    }
    this.child.stdout!.on('data', (b: Buffer) => {
      this.output += b.toString('utf8');
    });
    this.child.stderr!.on('data', (b: Buffer) => {
      this.output += b.toString('utf8');
    });
  }

  send(sql: string): void {
    this.child.stdin!.write(`${sql}\n`);
  }

  /** Sends `sql`, then a marker, and waits until the marker comes back (everything before it ran). */
  async run(sql: string, timeoutMs = 60_000): Promise<string> {
    const marker = `lbaas-session-mark-${Math.random().toString(36).slice(2)}`;
    const from = this.output.length;
    this.send(`${sql}\nSELECT '${marker}';`);
    const started = Date.now();
    while (!this.output.slice(from).includes(`${marker}\n`)) {
      if (Date.now() - started > timeoutMs) throw new Error(`the session did not finish: ${this.output.slice(from)}`);
      if (this.child.exitCode !== null) throw new Error(`the session ended: ${this.output.slice(from)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.output.slice(from);
  }

  close(): Promise<void> {
    return new Promise((res) => {
      if (this.child.exitCode !== null) return res();
      this.child.on('close', () => res());
      this.child.stdin!.end();
    });
  }
}

/** Whether a fresh session can take the migration lock at once (it releases it again). */
export async function lockIsFree(db: ScratchDb): Promise<boolean> {
  if (db.server === 'postgresql') {
    const rows = await db.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(${PG_KEY}) AS ok`);
    return rows[0]!.ok === true; // the query's session ends at once, and its lock with it
  }
  const rows = await db.query<{ ok: string | null }>(`SELECT IS_FREE_LOCK(${MY_KEY}) AS ok`);
  return rows[0]!.ok === '1';
}
