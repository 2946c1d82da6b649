import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseDbUrl, type DbUrl } from '../../src/config/url.js';
import { MysqlExecutor } from '../../src/exec/mysql.js';
import { ExecError, type StatementSpan } from '../../src/exec/executor.js';
import { probe, recordingSpawn, serverSuite, uniqueName, type SpawnCall } from './servers.js';

const url = (s: string): DbUrl => {
  const r = parseDbUrl(s);
  if (!r.ok) throw new Error(r.message);
  return r.url;
};
/** The server, as the other engine tests name it (MariaDB serves the mysql and mariadb dialects). */
const BASE = url(process.env.LBAAS_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306');
const HOST = BASE.host ?? '127.0.0.1';
const PORT = BASE.port ?? 3306;
const ADMIN: DbUrl = { ...BASE, host: HOST, port: PORT, user: BASE.user ?? 'root' };

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

/** A MySQL string literal. */
const lit = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const p = await probe('MariaDB', HOST, PORT, ['mariadb', 'mysql']);

serverSuite('MySQL/MariaDB executor (mariadb/mysql client)', p, () => {
  const dbName = uniqueName();
  const userName = uniqueName();
  const secret = `S3:${uniqueName('')}@/?#%"' \\é`;
  const admin = new MysqlExecutor({ ...ADMIN, database: undefined });
  const ex = new MysqlExecutor({ ...ADMIN, dialect: 'mariadb', driver: 'pymysql', database: dbName, query: { charset: 'utf8mb4' } });
  const asUser = (password: string, spawn?: ReturnType<typeof recordingSpawn>) =>
    new MysqlExecutor(url(`mysql://${userName}:${encodeURIComponent(password)}@${HOST}:${PORT}/${dbName}`), { spawn });

  beforeAll(async () => {
    const r = await admin.run(
      [
        `CREATE DATABASE \`${dbName}\`;`,
        `CREATE USER ${lit(userName)}@'%' IDENTIFIED BY ${lit(secret)};`,
        `GRANT ALL PRIVILEGES ON \`${dbName}\`.* TO ${lit(userName)}@'%';`,
        '',
      ].join('\n'),
    );
    if (!r.ok) throw new Error(`cannot create the scratch database and user: ${r.stderr}`);
  });
  afterAll(async () => {
    await admin.run(`DROP USER IF EXISTS ${lit(userName)}@'%';\nDROP DATABASE IF EXISTS \`${dbName}\`;\n`);
  });

  it('runs a script that succeeds, streaming SELECT output and warnings as it goes', async () => {
    const lines: [string, string][] = [];
    const r = await ex.run(
      [
        'CREATE TABLE lb (id varchar(36) PRIMARY KEY, name text);',
        "INSERT INTO lb VALUES ('a', 'é'), ('b', NULL);",
        "SELECT 'migrated step one' AS progress;",
        'DROP TABLE IF EXISTS no_such_table;',
        "SELECT name FROM lb WHERE id = 'a';",
        '',
      ].join('\n'),
      { onLine: (l, s) => lines.push([s, l]) },
    );
    expect(r).toMatchObject({ ok: true, exitCode: 0, diagnostics: [] });
    expect(lines).toContainEqual(['stdout', 'migrated step one']);
    expect(lines).toContainEqual(['stdout', 'é']);
    expect(r.stdout).toMatch(/Note \(Code 1051\): Unknown table/);
  });

  it('a failure on line N: errorLine, engineMessage, engineCode, and nothing after it runs', async () => {
    const script = [
      'CREATE TABLE t1 (x int);', // 1
      '', // 2
      'INSERT INTO t1 VALUES (1);', // 3
      '-- the next statement fails', // 4
      'INSERT INTO no_such_table', // 5
      '  VALUES (1);', // 6
      'CREATE TABLE t_after (x int);', // 7
      '',
    ].join('\n');
    const r = await ex.run(script, { statements: spans(script) });
    expect(r).toMatchObject({ ok: false, exitCode: 1, errorLine: 5, engineCode: '1146', statementIndex: 2 });
    expect(r.engineMessage).toBe(`Table '${dbName}.no_such_table' doesn't exist`);
    expect(r.diagnostics).toMatchObject([{ code: 'EX003', severity: 'error' }]);
    expect(await ex.currentHeads('t_after')).toBeNull();
  });

  it('a syntax error reports ERROR 1064 at its line', async () => {
    const r = await ex.run('SELECT 1;\nSELECT 2;\nSELEC 3;\n');
    expect(r).toMatchObject({ ok: false, errorLine: 3, engineCode: '1064' });
    expect(r.engineMessage).toMatch(/You have an error in your SQL syntax/);
  });

  it('currentHeads: null without the table, sorted versions with it', async () => {
    expect(await ex.currentHeads('alembic_version_lbaas')).toBeNull();
    const r = await ex.run(
      'CREATE TABLE alembic_version_lbaas (version_num varchar(32) NOT NULL PRIMARY KEY);\n' +
        "INSERT INTO alembic_version_lbaas VALUES ('f00d'), ('0abc'), ('beef');\n",
    );
    expect(r.ok).toBe(true);
    expect(await ex.currentHeads('alembic_version_lbaas')).toEqual(['0abc', 'beef', 'f00d']);
  });

  it('a missing client binary (PATH is an empty directory) names the Debian package', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'lbaas-empty-path-'));
    try {
      const r = await new MysqlExecutor({ ...ADMIN, dialect: 'mariadb', database: dbName }, { env: { PATH: empty } }).run('SELECT 1;\n');
      expect(r).toMatchObject({ ok: false, exitCode: 127, diagnostics: [{ code: 'EX001' }] });
      expect(r.diagnostics[0]!.hint).toContain('mariadb-client');
      const r2 = await new MysqlExecutor({ ...ADMIN, dialect: 'mysql', database: dbName }, { env: { PATH: empty } }).run('SELECT 1;\n');
      expect(r2.diagnostics[0]!.hint).toContain('default-mysql-client');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('a user with a password connects; the password is only in a 0600 option file, removed afterwards', async () => {
    const calls: SpawnCall[] = [];
    const seen: { file: string; fileMode: number; dirMode: number; content: string }[] = [];
    const spawn = recordingSpawn(calls, {
      before: (call) => {
        const opt = call.args[0]!;
        expect(opt.startsWith('--defaults-extra-file=')).toBe(true);
        const file = opt.slice('--defaults-extra-file='.length);
        seen.push({ file, fileMode: statSync(file).mode & 0o777, dirMode: statSync(dirname(file)).mode & 0o777, content: readFileSync(file, 'utf8') });
      },
    });
    const lines: string[] = [];
    const r = await asUser(secret, spawn).run('SELECT CURRENT_USER() AS who;\n', { onLine: (l) => lines.push(l) });
    expect(r.stderr).toBe('');
    expect(r.ok).toBe(true);
    expect(r.stdout).toContain(`${userName}@%`);
    expect(calls).toHaveLength(1);
    for (const c of calls) {
      expect(c.args.join('\0')).not.toContain(secret);
      expect(c.args).toContain(`--user=${userName}`);
      expect(c.env.MYSQL_PWD).toBeUndefined();
    }
    expect(seen).toHaveLength(1);
    expect(seen[0]!.fileMode).toBe(0o600);
    expect(seen[0]!.dirMode).toBe(0o700);
    expect(seen[0]!.content).toContain('password=');
    expect(existsSync(seen[0]!.file)).toBe(false);
    expect(existsSync(dirname(seen[0]!.file))).toBe(false);
    expect(process.env.MYSQL_PWD).toBeUndefined();
    expect(JSON.stringify(r) + lines.join('\n')).not.toContain(secret);
    expect(await asUser(secret).currentHeads('alembic_version_lbaas')).toEqual(['0abc', 'beef', 'f00d']);
  });

  it('a wrong password fails with output that does not contain the password, and the file is removed', async () => {
    const wrong = `Wrong:${uniqueName('')}#"`;
    const calls: SpawnCall[] = [];
    const files: string[] = [];
    const spawn = recordingSpawn(calls, { before: (c) => files.push(c.args[0]!.slice('--defaults-extra-file='.length)) });
    const lines: string[] = [];
    const r = await asUser(wrong, spawn).run('SELECT 1;\n', { onLine: (l) => lines.push(l) });
    expect(r).toMatchObject({ ok: false, exitCode: 1, engineCode: '1045', diagnostics: [{ code: 'EX004' }] });
    expect(r.engineMessage).toMatch(/Access denied for user/);
    expect(r.errorLine).toBeUndefined();
    const everything = JSON.stringify(r) + lines.join('\n') + JSON.stringify(calls.map((c) => c.args));
    expect(everything).not.toContain(wrong);
    expect(everything).not.toContain(secret);
    expect(files.every((f) => !existsSync(f))).toBe(true);
    await expect(asUser(wrong).currentHeads('alembic_version_lbaas')).rejects.toSatisfy(
      (e: unknown) => e instanceof ExecError && e.diagnostic.code === 'EX004' && !JSON.stringify(e.result).includes(wrong),
    );
  });

  it('the option file is removed even when the client cannot be started', async () => {
    let file = '';
    const spawn = recordingSpawn([], {
      before: (c) => {
        file = c.args[0]!.slice('--defaults-extra-file='.length);
      },
      replace: () => ({ command: join(tmpdir(), uniqueName('no-such-client-')), args: [] }),
    });
    const r = await asUser(secret, spawn).run('SELECT 1;\n');
    expect(r).toMatchObject({ ok: false, diagnostics: [{ code: 'EX002' }] });
    expect(file).not.toBe('');
    expect(existsSync(file)).toBe(false);
  });
});
