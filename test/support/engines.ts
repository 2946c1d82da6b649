/**
 * Real database engines for tests: availability probes, scratch databases that tests create
 * and drop themselves, and `describeEngine` to run a suite against one engine.
 *
 * Servers come from the environment, with local defaults:
 *   LBAAS_TEST_PG_URL     postgresql://postgres@127.0.0.1:5432/postgres   (the path names the maintenance database)
 *   LBAAS_TEST_MYSQL_URL  mysql://root@127.0.0.1:3306                      (MariaDB; serves the mysql and mariadb dialects)
 * Passwords never go on a command line: a password in the URL reaches the client through its
 * environment (PGPASSWORD, MYSQL_PWD); a URL without one leaves the caller's environment to the
 * client. Scripts are written to 0600 files in private temporary folders, removed after use.
 * Every client runs with EDITOR/VISUAL/PSQL_EDITOR=false and PAGER/PSQL_PAGER=cat (client-env.ts).
 *
 * Under CI=true an unavailable engine fails its suite; elsewhere the suite is skipped and its
 * title says why.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import type BetterSqlite3 from 'better-sqlite3';
import type { Dialect } from '../../src/core/dialect.js';
import { withClientEnv } from './client-env.js';

export type Server = 'postgresql' | 'mariadb' | 'sqlite';

/** The server that proves a dialect: the mysql dialect is tested on MariaDB. */
export function serverFor(dialect: Dialect): Server {
  return dialect === 'mysql' || dialect === 'mariadb' ? 'mariadb' : dialect;
}

export interface ExecResult {
  /** Exit code; 124 when the timeout killed the client, 127 when the client could not start. */
  code: number;
  stdout: string;
  stderr: string;
}

export interface ApplyOptions {
  /** SQLite only: 'cli' (default) runs `sqlite3 -bail`, 'driver' runs better-sqlite3 `exec`. */
  via?: 'cli' | 'driver';
  timeoutMs?: number;
}

export type Row = Record<string, unknown>;

export interface ScratchDb {
  /** The database name (SQLite: the file's base name), `lbaas_t_<pid>_<random>`. */
  readonly name: string;
  /** Where it lives, without any password: postgresql://…/name, mysql://…/name, sqlite:////abs/file. */
  readonly url: string;
  readonly dialect: Dialect;
  readonly server: Server;
  /** SQLite only: the database file. */
  readonly file?: string;
  /** Runs a whole script the way a DBA would (psql -f, mariadb < file, sqlite3 -bail < file). Never throws for SQL errors. */
  apply(sqlText: string, opts?: ApplyOptions): Promise<ExecResult>;
  /**
   * Runs one SELECT-like statement and returns its rows. Values: PostgreSQL as JSON (json_agg),
   * MariaDB as strings or null, SQLite as better-sqlite3 gives them. Throws on error.
   */
  query<T extends Row = Row>(sql: string): Promise<T[]>;
  /** Drops the database (idempotent). */
  drop(): Promise<void>;
}

export interface Availability {
  ok: boolean;
  /** Why not (or the server version when ok). */
  detail: string;
}

// ---------------------------------------------------------------------------------------------
// Configuration

export interface ServerConfig {
  host: string;
  port: number;
  user: string;
  password: string | null;
  /** PostgreSQL maintenance database. */
  database: string;
}

function parseUrl(raw: string, defaultPort: number, defaultDb: string): ServerConfig {
  const u = new URL(raw);
  return {
    host: u.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1',
    port: u.port ? Number(u.port) : defaultPort,
    user: decodeURIComponent(u.username),
    password: u.password ? decodeURIComponent(u.password) : null,
    database: decodeURIComponent(u.pathname.replace(/^\//, '')) || defaultDb,
  };
}

export function pgConfig(): ServerConfig {
  const c = parseUrl(process.env.LBAAS_TEST_PG_URL || 'postgresql://postgres@127.0.0.1:5432/postgres', 5432, 'postgres');
  return { ...c, user: c.user || 'postgres' };
}

export function mysqlConfig(): ServerConfig {
  const c = parseUrl(process.env.LBAAS_TEST_MYSQL_URL || 'mysql://root@127.0.0.1:3306', 3306, '');
  return { ...c, user: c.user || 'root' };
}

function where(server: Server): string {
  if (server === 'postgresql') {
    const c = pgConfig();
    return `${c.user}@${c.host}:${c.port}`;
  }
  if (server === 'mariadb') {
    const c = mysqlConfig();
    return `${c.user}@${c.host}:${c.port}`;
  }
  return 'sqlite3 CLI + better-sqlite3';
}

export function isCI(): boolean {
  const v = (process.env.CI ?? '').toLowerCase();
  return v === 'true' || v === '1';
}

function writePrivate(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 });
}

/** A private (0700) temporary folder of this process, for scripts and SQLite files. */
function privateDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `${prefix}-`));
}

/**
 * mariadb/mysql client arguments: like psql -X, --no-defaults ignores the user's option files;
 * the password, if the URL has one, travels in MYSQL_PWD (see myEnv), never on the command line.
 */
function myArgs(): string[] {
  const c = mysqlConfig();
  return ['--no-defaults', `--host=${c.host}`, `--port=${c.port}`, `--user=${c.user}`, '--default-character-set=utf8mb4'];
}

function myEnv(): NodeJS.ProcessEnv {
  const c = mysqlConfig();
  const env: NodeJS.ProcessEnv = withClientEnv();
  if (c.password !== null) env.MYSQL_PWD = c.password;
  return env;
}

function pgEnv(): NodeJS.ProcessEnv {
  const c = pgConfig();
  const env: NodeJS.ProcessEnv = {
    ...withClientEnv(),
    PGHOST: c.host,
    PGPORT: String(c.port),
    PGUSER: c.user,
    PGCLIENTENCODING: 'UTF8',
    PGCONNECT_TIMEOUT: process.env.PGCONNECT_TIMEOUT || '5',
  };
  delete env.PGSERVICE;
  delete env.PGOPTIONS;
  if (c.password !== null) env.PGPASSWORD = c.password;
  return env;
}

let mysqlClientBin: string | null = null;
/** `mariadb` when installed, else `mysql`. */
function mysqlClient(): string {
  if (mysqlClientBin === null) {
    const r = spawnSync('mariadb', ['--version'], { stdio: 'ignore', timeout: 5000 });
    mysqlClientBin = r.error ? 'mysql' : 'mariadb';
  }
  return mysqlClientBin;
}

// ---------------------------------------------------------------------------------------------
// Running clients

interface RunOptions {
  env?: NodeJS.ProcessEnv;
  stdinFile?: string;
  timeoutMs?: number;
}

export function runCommand(cmd: string, args: string[], opts: RunOptions = {}): Promise<ExecResult> {
  return new Promise((resolve) => {
    let fd: number | null = null;
    try {
      if (opts.stdinFile) fd = openSync(opts.stdinFile, 'r');
    } catch (e) {
      resolve({ code: 127, stdout: '', stderr: String(e) });
      return;
    }
    const child = spawn(cmd, args, { env: withClientEnv(opts.env ?? process.env), stdio: [fd ?? 'ignore', 'pipe', 'pipe'] });
    if (fd !== null) closeSync(fd);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    let timedOut = false;
    const ms = opts.timeoutMs ?? 60_000;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, ms);
    let spawnError: Error | null = null;
    child.on('error', (e) => {
      spawnError = e;
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (spawnError) resolve({ code: 127, stdout, stderr: `${stderr}${String(spawnError)}` });
      else if (timedOut) resolve({ code: 124, stdout, stderr: `${stderr}\n[${cmd} killed after ${ms} ms]` });
      else resolve({ code: code ?? 1, stdout, stderr });
    });
  });
}

/** Throws with the client's stderr unless the script ran cleanly. */
export function assertApplied(r: ExecResult, what = 'script'): void {
  if (r.code !== 0) throw new Error(`${what} failed (exit ${r.code}):\n${r.stderr || r.stdout}`);
}

const pgIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;
const myIdent = (s: string) => `\`${s.replace(/`/g, '``')}\``;

function pgPsql(db: string, extra: string[], opts: RunOptions = {}): Promise<ExecResult> {
  return runCommand('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', db, ...extra], { env: pgEnv(), ...opts });
}

function myClient(db: string | null, extra: string[], opts: RunOptions = {}): Promise<ExecResult> {
  const args = [...myArgs(), ...extra];
  if (db) args.push(db);
  return runCommand(mysqlClient(), args, { env: myEnv(), ...opts });
}

/** Rows of `mariadb -X` output: every value a string, NULL as null. */
export function parseMysqlXml(xml: string): Row[] {
  const rows: Row[] = [];
  const dec = (s: string) =>
    s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
      if (e === 'lt') return '<';
      if (e === 'gt') return '>';
      if (e === 'amp') return '&';
      if (e === 'quot') return '"';
      if (e === 'apos') return "'";
      return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    });
  for (const m of xml.matchAll(/<row>([\s\S]*?)<\/row>/g)) {
    const row: Row = {};
    for (const f of m[1]!.matchAll(/<field name="([^"]*)"(\s+xsi:nil="true")?\s*(?:\/>|>([\s\S]*?)<\/field>)/g)) {
      row[dec(f[1]!)] = f[2] ? null : dec(f[3] ?? '');
    }
    rows.push(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Availability

const availability = new Map<Server, Availability>();

function probe(server: Server): Availability {
  if (server === 'postgresql') {
    const c = pgConfig();
    const r = spawnSync('psql', ['-X', '-q', '-At', '-d', c.database, '-c', 'SELECT version()'], { env: pgEnv(), encoding: 'utf8', timeout: 10_000 });
    if (r.error) return { ok: false, detail: `psql client not runnable (${r.error.message})` };
    if (r.status !== 0) return { ok: false, detail: `PostgreSQL not reachable at ${where(server)}: ${(r.stderr || '').trim()}` };
    return { ok: true, detail: r.stdout.trim() };
  }
  if (server === 'mariadb') {
    const bin = mysqlClient();
    const r = spawnSync(bin, [...myArgs(), '--connect-timeout=5', '-N', '-B', '-e', 'SELECT VERSION()'], { env: myEnv(), encoding: 'utf8', timeout: 10_000 });
    if (r.error) return { ok: false, detail: `${bin} client not runnable (${r.error.message})` };
    if (r.status !== 0) return { ok: false, detail: `MariaDB not reachable at ${where(server)}: ${(r.stderr || '').trim()}` };
    return { ok: true, detail: r.stdout.trim() };
  }
  const cli = spawnSync('sqlite3', ['-version'], { encoding: 'utf8', timeout: 10_000 });
  if (cli.error || cli.status !== 0) return { ok: false, detail: `sqlite3 CLI not runnable (${cli.error?.message ?? cli.stderr})` };
  try {
    const Db = loadBetterSqlite3();
    const db = new Db(':memory:');
    const v = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
    db.close();
    return { ok: true, detail: `sqlite3 CLI ${cli.stdout.trim().split(' ')[0]}, better-sqlite3 on SQLite ${v}` };
  } catch (e) {
    return { ok: false, detail: `better-sqlite3 not loadable (${(e as Error).message})` };
  }
}

/** Whether the engine behind a dialect can be used; probed once per process. */
export function engineAvailability(dialect: Dialect): Availability {
  const server = serverFor(dialect);
  let a = availability.get(server);
  if (!a) {
    a = probe(server);
    availability.set(server, a);
  }
  return a;
}

type BetterSqlite3Ctor = typeof BetterSqlite3;
let betterSqlite3: BetterSqlite3Ctor | null = null;
function loadBetterSqlite3(): BetterSqlite3Ctor {
  if (!betterSqlite3) betterSqlite3 = createRequire(import.meta.url)('better-sqlite3') as BetterSqlite3Ctor;
  return betterSqlite3;
}

// ---------------------------------------------------------------------------------------------
// Scratch databases

const live = new Set<ScratchDb>();
let exitHooked = false;

function scratchName(): string {
  return `lbaas_t_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** Writes a script to a private file, hands its path to `fn`, removes it afterwards. */
async function withScript<T>(sqlText: string, fn: (path: string) => Promise<T>): Promise<T> {
  const dir = privateDir('lbaas-script');
  const file = join(dir, 'script.sql');
  writePrivate(file, sqlText);
  try {
    return await fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const stripSemicolons = (sql: string) => sql.replace(/[\s;]+$/, '');

async function createPg(dialect: Dialect): Promise<ScratchDb> {
  const c = pgConfig();
  const name = scratchName();
  const created = await pgPsql(c.database, ['-c', `CREATE DATABASE ${pgIdent(name)} TEMPLATE template0`], { timeoutMs: 30_000 });
  assertApplied(created, `CREATE DATABASE ${name}`);
  let dropped = false;
  const db: ScratchDb = {
    name,
    url: `postgresql://${encodeURIComponent(c.user)}@${c.host.includes(':') ? `[${c.host}]` : c.host}:${c.port}/${name}`,
    dialect,
    server: 'postgresql',
    apply: (sqlText, opts) => withScript(sqlText, (file) => pgPsql(name, ['-f', file], { timeoutMs: opts?.timeoutMs })),
    async query<T extends Row = Row>(sql: string): Promise<T[]> {
      const wrapped = `SELECT coalesce(json_agg(q), '[]'::json) FROM (${stripSemicolons(sql)}\n) q`;
      const r = await pgPsql(name, ['-At', '-c', wrapped], { timeoutMs: 30_000 });
      assertApplied(r, `query on ${name}`);
      return JSON.parse(r.stdout) as T[];
    },
    async drop() {
      if (dropped) return;
      const r = await pgPsql(c.database, ['-c', `DROP DATABASE IF EXISTS ${pgIdent(name)} WITH (FORCE)`], { timeoutMs: 30_000 });
      assertApplied(r, `DROP DATABASE ${name}`);
      dropped = true;
      live.delete(db);
    },
  };
  return db;
}

async function createMariadb(dialect: Dialect): Promise<ScratchDb> {
  const c = mysqlConfig();
  const name = scratchName();
  const created = await myClient(null, ['-e', `CREATE DATABASE ${myIdent(name)} CHARACTER SET utf8mb4`], { timeoutMs: 30_000 });
  assertApplied(created, `CREATE DATABASE ${name}`);
  let dropped = false;
  const db: ScratchDb = {
    name,
    url: `mysql://${encodeURIComponent(c.user)}@${c.host.includes(':') ? `[${c.host}]` : c.host}:${c.port}/${name}`,
    dialect,
    server: 'mariadb',
    apply: (sqlText, opts) => withScript(sqlText, (file) => myClient(name, [], { stdinFile: file, timeoutMs: opts?.timeoutMs })),
    async query<T extends Row = Row>(sql: string): Promise<T[]> {
      const r = await myClient(name, ['-X', '-e', stripSemicolons(sql)], { timeoutMs: 30_000 });
      assertApplied(r, `query on ${name}`);
      return parseMysqlXml(r.stdout) as T[];
    },
    async drop() {
      if (dropped) return;
      const r = await myClient(null, ['-e', `DROP DATABASE IF EXISTS ${myIdent(name)}`], { timeoutMs: 30_000 });
      assertApplied(r, `DROP DATABASE ${name}`);
      dropped = true;
      live.delete(db);
    },
  };
  return db;
}

async function createSqlite(dialect: Dialect): Promise<ScratchDb> {
  const name = scratchName();
  const dir = privateDir(name);
  const file = join(dir, `${name}.sqlite`);
  const initFile = join(dir, 'empty.sqliterc');
  writePrivate(initFile, '');
  const Db = loadBetterSqlite3();
  new Db(file).close();
  let dropped = false;
  const db: ScratchDb = {
    name,
    url: `sqlite:///${file}`,
    dialect,
    server: 'sqlite',
    file,
    async apply(sqlText, opts) {
      if (opts?.via === 'driver') {
        const conn = new Db(file);
        try {
          conn.exec(sqlText);
          return { code: 0, stdout: '', stderr: '' };
        } catch (e) {
          return { code: 1, stdout: '', stderr: (e as Error).message };
        } finally {
          conn.close();
        }
      }
      // -init with an empty file: like psql -X, ignore the user's ~/.sqliterc.
      return withScript(sqlText, (script) =>
        runCommand('sqlite3', ['-bail', '-batch', '-init', initFile, file], { stdinFile: script, timeoutMs: opts?.timeoutMs }),
      );
    },
    async query<T extends Row = Row>(sql: string): Promise<T[]> {
      const conn = new Db(file);
      try {
        const stmt = conn.prepare(sql);
        if (stmt.reader) return stmt.all() as T[];
        stmt.run();
        return [];
      } finally {
        conn.close();
      }
    },
    async drop() {
      if (dropped) return;
      rmSync(dir, { recursive: true, force: true });
      dropped = true;
      live.delete(db);
    },
  };
  return db;
}

/** Creates an empty database of its own on the engine behind `dialect`; throws when the engine is unavailable. */
export async function createScratchDb(dialect: Dialect): Promise<ScratchDb> {
  const server = serverFor(dialect);
  const a = engineAvailability(dialect);
  if (!a.ok) throw new Error(`${server} unavailable: ${a.detail}`);
  const db = server === 'postgresql' ? await createPg(dialect) : server === 'mariadb' ? await createMariadb(dialect) : await createSqlite(dialect);
  live.add(db);
  if (!exitHooked) {
    exitHooked = true;
    process.once('exit', exitCleanup);
    process.once('SIGTERM', onSigterm);
  }
  return db;
}

/** Drops every scratch database this process created and has not dropped yet. */
export async function dropAllScratchDbs(): Promise<void> {
  const errors: string[] = [];
  for (const db of [...live]) {
    try {
      await db.drop();
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  if (errors.length) throw new Error(errors.join('\n'));
}

/**
 * Vitest ends its workers with SIGTERM, which skips 'exit' handlers: clean up, then let the
 * signal do what it would have done had we not listened.
 */
function onSigterm(): void {
  exitCleanup();
  if (process.listenerCount('SIGTERM') === 0) process.kill(process.pid, 'SIGTERM');
}

/**
 * Last resort (normal exit or SIGTERM): synchronous drops of what is still live, for databases
 * created with createScratchDb outside describeEngine and never dropped (say, a test threw first).
 */
function exitCleanup(): void {
  for (const db of live) {
    try {
      if (db.server === 'postgresql') {
        spawnSync('psql', ['-X', '-q', '-d', pgConfig().database, '-c', `DROP DATABASE IF EXISTS ${pgIdent(db.name)} WITH (FORCE)`], {
          env: pgEnv(),
          timeout: 10_000,
          stdio: 'ignore',
        });
      } else if (db.server === 'mariadb') {
        spawnSync(mysqlClient(), [...myArgs(), '-e', `DROP DATABASE IF EXISTS ${myIdent(db.name)}`], { env: myEnv(), timeout: 10_000, stdio: 'ignore' });
      } else if (db.file) {
        rmSync(dirname(db.file), { recursive: true, force: true });
      }
    } catch {
      // best effort
    }
  }
  live.clear();
}

// ---------------------------------------------------------------------------------------------
// describeEngine

export interface EngineSuite {
  dialect: Dialect;
  server: Server;
  /** A scratch database dropped in this suite's afterAll (also when tests fail). */
  scratch(): Promise<ScratchDb>;
}

const warned = new Set<Server>();

/**
 * A vitest `describe` for one engine. Available: runs `fn`, dropping the suite's scratch
 * databases in afterAll. Unavailable: skipped with the reason in its title, or, under
 * CI=true, a failing test saying which engine is missing.
 */
export function describeEngine(dialect: Dialect, fn: (engine: EngineSuite) => void): void;
export function describeEngine(dialect: Dialect, title: string, fn: (engine: EngineSuite) => void): void;
export function describeEngine(dialect: Dialect, a: string | ((engine: EngineSuite) => void), b?: (engine: EngineSuite) => void): void {
  const fn = typeof a === 'function' ? a : b!;
  const server = serverFor(dialect);
  const label = typeof a === 'string' ? `${a} [${dialect}]` : `engine ${dialect}${server !== dialect ? ` (on ${server})` : ''}`;
  const avail = engineAvailability(dialect);
  if (avail.ok) {
    describe(label, { timeout: 60_000 }, () => {
      const mine: ScratchDb[] = [];
      afterAll(async () => {
        const errors: string[] = [];
        for (const db of mine) {
          try {
            await db.drop();
          } catch (e) {
            errors.push((e as Error).message);
          }
        }
        if (errors.length) throw new Error(errors.join('\n'));
      }, 60_000);
      fn({
        dialect,
        server,
        async scratch() {
          const db = await createScratchDb(dialect);
          mine.push(db);
          return db;
        },
      });
    });
    return;
  }
  const reason = `${server} unavailable: ${avail.detail}`;
  if (isCI()) {
    describe(label, () => {
      it(`requires ${server} under CI=true`, () => {
        throw new Error(`CI=true and ${reason}`);
      });
    });
    return;
  }
  if (!warned.has(server)) {
    warned.add(server);
    console.warn(`[lbaas tests] skipping ${server} suites: ${reason}`);
  }
  describe.skip(`${label} — SKIPPED: ${reason}`, () => {
    fn({
      dialect,
      server,
      scratch: () => Promise.reject(new Error(reason)),
    });
  });
}
