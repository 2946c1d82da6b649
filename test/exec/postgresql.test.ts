import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseDbUrl, type DbUrl } from '../../src/config/url.js';
import { PostgresExecutor } from '../../src/exec/postgresql.js';
import { ExecError, type StatementSpan } from '../../src/exec/executor.js';
import { probe, recordingSpawn, serverSuite, uniqueName, type SpawnCall } from './servers.js';

const url = (s: string): DbUrl => {
  const r = parseDbUrl(s);
  if (!r.ok) throw new Error(r.message);
  return r.url;
};
/** The server, as the other engine tests name it; its path is the maintenance database. */
const BASE = url(process.env.LBAAS_TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
const HOST = BASE.host ?? '127.0.0.1';
const PORT = BASE.port ?? 5432;
const USER = BASE.user ?? 'postgres';
const at = (db: string, password = BASE.password): DbUrl => ({
  ...BASE,
  host: HOST,
  port: PORT,
  user: USER,
  database: db,
  ...(password !== undefined ? { password } : {}),
});

/** Statement boundaries at each ';' that ends a line (enough for these scripts). */
function spans(script: string): StatementSpan[] {
  const out: StatementSpan[] = [];
  let pos = 0;
  for (let i = script.indexOf(';\n'); i >= 0; i = script.indexOf(';\n', i + 1)) {
    out.push([pos, i + 1]);
    pos = i + 1;
  }
  out.push([pos, script.length]);
  return out;
}

const p = await probe('PostgreSQL', HOST, PORT, ['psql']);

serverSuite('PostgreSQL executor (psql)', p, () => {
  const dbName = uniqueName();
  const admin = new PostgresExecutor(at('postgres'));
  const ex = new PostgresExecutor(at(dbName));

  beforeAll(async () => {
    const r = await admin.run(`CREATE DATABASE ${dbName};\n`);
    if (!r.ok) throw new Error(`cannot create the scratch database: ${r.stderr}`);
  });
  afterAll(async () => {
    await admin.run(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE);\n`);
  });

  it('runs a script that succeeds, streaming NOTICE progress lines', async () => {
    const lines: [string, string][] = [];
    const script = [
      'CREATE TABLE lb (id varchar(36) PRIMARY KEY, name text);',
      "INSERT INTO lb VALUES ('a', 'é'), ('b', NULL);",
      "DO $$ BEGIN RAISE NOTICE 'migrated %', 'step one'; END $$;",
      'SELECT count(*) AS n FROM lb;',
      '',
    ].join('\n');
    const r = await ex.run(script, { onLine: (l, s) => lines.push([s, l]) });
    expect(r).toMatchObject({ ok: true, exitCode: 0, diagnostics: [] });
    expect(r.errorLine).toBeUndefined();
    expect(lines).toContainEqual(['stderr', 'psql:<stdin>:3: NOTICE:  migrated step one']);
    expect(r.stdout).toMatch(/\n\s+2\n/);
  });

  it('a failure on line N: errorLine, engineMessage, and nothing after it runs', async () => {
    const script = [
      'CREATE TABLE t1 (x int);', // 1
      '', // 2
      'INSERT INTO t1 VALUES (1);', // 3
      'INSERT INTO no_such_table VALUES (1);', // 4
      'CREATE TABLE t_after (x int);', // 5
      '',
    ].join('\n');
    const r = await ex.run(script, { statements: spans(script) });
    expect(r).toMatchObject({ ok: false, exitCode: 3, errorLine: 4, statementIndex: 2 });
    expect(r.engineMessage).toBe('relation "no_such_table" does not exist');
    expect(r.diagnostics).toMatchObject([{ code: 'EX003', severity: 'error' }]);
    expect(r.diagnostics[0]!.message).toContain('line 4');
    expect(await ex.currentHeads('t_after')).toBeNull();
  });

  it('psql reports a multi-line statement at the line where it ends', async () => {
    const script = 'SELECT 1;\nSELECT nosuch\n  FROM t1\n  WHERE x = 1;\n';
    const r = await ex.run(script, { statements: spans(script) });
    expect(r.errorLine).toBe(4);
    expect(r.statementIndex).toBe(1);
    expect(r.engineMessage).toContain('column "nosuch" does not exist');
  });

  it('currentHeads: null without the table, sorted versions with it', async () => {
    expect(await ex.currentHeads('alembic_version_lbaas')).toBeNull();
    const r = await ex.run(
      'CREATE TABLE alembic_version_lbaas (version_num varchar(32) NOT NULL PRIMARY KEY);\n' +
        "INSERT INTO alembic_version_lbaas VALUES ('f00d'), ('0abc'), ('beef');\n",
    );
    expect(r.ok).toBe(true);
    expect(await ex.currentHeads('alembic_version_lbaas')).toEqual(['0abc', 'beef', 'f00d']);
    await ex.run('DELETE FROM alembic_version_lbaas;\n');
    expect(await ex.currentHeads('alembic_version_lbaas')).toEqual([]);
  });

  it('a missing client binary (PATH is an empty directory) names postgresql-client', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'lbaas-empty-path-'));
    try {
      const r = await new PostgresExecutor(at(dbName), { env: { PATH: empty } }).run('SELECT 1;\n');
      expect(r).toMatchObject({ ok: false, exitCode: 127, diagnostics: [{ code: 'EX001' }] });
      expect(r.diagnostics[0]!.hint).toContain('postgresql-client');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('the password goes through PGPASSWORD, never argv, and never comes back', async () => {
    // The server's own password, or (under trust authentication, which ignores it) any value.
    const secret = BASE.password || `Pw:${uniqueName('')}@/#%"`;
    const calls: SpawnCall[] = [];
    const lines: string[] = [];
    const withPw = new PostgresExecutor(at(dbName, secret), { spawn: recordingSpawn(calls) });
    const r = await withPw.run("SELECT current_user;\nSELECT 'x' FROM nowhere;\n", { onLine: (l) => lines.push(l) });
    expect(r.ok).toBe(false);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args.join('\0')).not.toContain(secret);
    expect(calls[0]!.args).toEqual(['-X', '-q', '-w', '-v', 'ON_ERROR_STOP=1', '-f', '-']);
    expect(calls[0]!.env).toMatchObject({ PGPASSWORD: secret, PGHOST: HOST, PGPORT: String(PORT), PGUSER: USER, PGDATABASE: dbName });
    expect(JSON.stringify(r) + lines.join('\n')).not.toContain(secret);
    expect(await withPw.currentHeads('alembic_version_lbaas')).toEqual([]);
    for (const c of calls) expect(c.args.join('\0')).not.toContain(secret);
  });

  it('a connection failure is EX004 with psql exit code 2; currentHeads rejects', async () => {
    const bad = new PostgresExecutor(at(`${dbName}_missing`));
    const r = await bad.run('SELECT 1;\n');
    expect(r).toMatchObject({ ok: false, exitCode: 2, diagnostics: [{ code: 'EX004' }] });
    expect(r.engineMessage).toContain('does not exist');
    await expect(bad.currentHeads('v')).rejects.toSatisfy((e: unknown) => e instanceof ExecError && e.diagnostic.code === 'EX004');
  });
});
