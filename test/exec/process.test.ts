import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDbUrl, type DbUrl } from '../../src/config/url.js';
import { connect } from '../../src/exec/connect.js';
import { MysqlExecutor, mysqlArgs, parseMysqlError, passwordOptionFile } from '../../src/exec/mysql.js';
import { parsePsqlError, PostgresExecutor, psqlEnv } from '../../src/exec/postgresql.js';
import { findOnPath, lineOfOffset, makeScrubber, runClient, statementAtLine } from '../../src/exec/process.js';
import { SqliteExecutor } from '../../src/exec/sqlite.js';
import { ExecError } from '../../src/exec/executor.js';
import { recordingSpawn, type SpawnCall } from './servers.js';

const url = (s: string): DbUrl => {
  const r = parseDbUrl(s);
  if (!r.ok) throw new Error(r.message);
  return r.url;
};

const tmp = mkdtempSync(join(tmpdir(), 'lbaas-exec-unit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('findOnPath', () => {
  it('finds executables only', () => {
    writeFileSync(join(tmp, 'tool'), '#!/bin/sh\n');
    writeFileSync(join(tmp, 'data'), '');
    chmodSync(join(tmp, 'tool'), 0o755);
    chmodSync(join(tmp, 'data'), 0o644);
    const env = { PATH: `/nonexistent:${tmp}` };
    expect(findOnPath('tool', env)).toBe(join(tmp, 'tool'));
    expect(findOnPath('data', env)).toBeUndefined();
    expect(findOnPath('tool', {})).toBeUndefined();
  });
});

describe('makeScrubber', () => {
  it('replaces secrets and their percent-encoded form in lines about the connection', () => {
    const scrub = makeScrubber(['p@ss w', undefined, '']);
    expect(scrub('connection failed: a p@ss w b p%40ss%20w c')).toBe('connection failed: a *** b *** c');
    expect(scrub('see postgresql://u:p%40ss%20w@h/db')).toBe('see postgresql://u:***@h/db');
    expect(makeScrubber([])('unchanged')).toBe('unchanged');
  });

  it('never rewrites data: a password that is also a word of the output leaves other lines alone', () => {
    const scrub = makeScrubber(['ref']);
    expect(scrub('ERROR:  insert violates foreign key "fk_ref"\nDETAIL:  Key (ref)=(ref) is not present')).toBe(
      'ERROR:  insert violates foreign key "fk_ref"\nDETAIL:  Key (ref)=(ref) is not present',
    );
    expect(scrub('psql: error: connection to server failed: FATAL:  password authentication failed for user "ref"\nref')).toBe(
      'psql: error: connection to server failed: FATAL:  password authentication failed for user "***"\nref',
    );
  });
});

describe('runClient', () => {
  it('streams lines from both streams: stdout (data) as printed, stderr lines about the connection scrubbed', async () => {
    const lines: [string, string][] = [];
    const out = await runClient(
      {
        command: process.execPath,
        args: ['-e', 'process.stdin.pipe(process.stdout); console.error("connect failed: " + process.env.SECRET)'],
        env: { ...process.env, SECRET: 'TopSecret!' },
      },
      'one\r\ntwo TopSecret!\nthree-no-newline',
      { scrub: makeScrubber(['TopSecret!']), onLine: (l, s) => lines.push([s, l]) },
    );
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toBe('one\r\ntwo TopSecret!\nthree-no-newline');
    expect(out.stderr).toBe('connect failed: ***\n');
    expect(out.rawStderr).toBe('connect failed: TopSecret!\n');
    expect(lines.filter(([s]) => s === 'stdout').map(([, l]) => l)).toEqual(['one', 'two TopSecret!', 'three-no-newline']);
    expect(lines.filter(([s]) => s === 'stderr').map(([, l]) => l)).toEqual(['connect failed: ***']);
  });

  it('survives a client that exits without reading its input', async () => {
    const out = await runClient({ command: process.execPath, args: ['-e', 'process.exit(4)'], env: process.env }, 'x'.repeat(1 << 20), { scrub: (s) => s });
    expect(out.exitCode).toBe(4);
  });

  it('reports a client that cannot be started', async () => {
    const out = await runClient({ command: join(tmp, 'no-such-binary'), args: [], env: process.env }, '', { scrub: (s) => s });
    expect(out.startError?.code).toBe('ENOENT');
    expect(out.exitCode).toBe(127);
  });
});

describe('statement attribution', () => {
  const script = 'CREATE TABLE a (x int);\n\n-- c\nSELECT 1\n  FROM t;\nSELECT 2; SELECT 3;\n';
  const stmts: [number, number][] = [];
  let pos = 0;
  for (const end of [script.indexOf(';') + 1, script.indexOf('t;') + 2, script.indexOf('2;') + 2, script.length]) {
    stmts.push([pos, end]);
    pos = end;
  }
  it('maps start lines (mysql) and end lines (psql) to statements', () => {
    expect(lineOfOffset(script, script.indexOf('SELECT 1'))).toBe(4);
    expect(statementAtLine(script, stmts, 1, 'start')).toBe(0);
    expect(statementAtLine(script, stmts, 4, 'start')).toBe(1); // mysql skips the leading comment
    expect(statementAtLine(script, stmts, 3, 'start')).toBe(1); // the comment line is inside the statement
    expect(statementAtLine(script, stmts, 5, 'start')).toBe(1); // any line of a statement maps to it
    expect(statementAtLine(script, stmts, 5, 'end')).toBe(1);
    expect(statementAtLine(script, stmts, 6, 'end')).toBe(2);
    expect(statementAtLine(script, stmts, 2, 'end')).toBeUndefined();
    expect(statementAtLine(script, undefined, 1, 'start')).toBeUndefined();
  });
});

describe('client output parsers', () => {
  it('psql errors', () => {
    expect(parsePsqlError('psql:<stdin>:4: NOTICE:  hi\npsql:<stdin>:6: ERROR:  relation "t" does not exist\nLINE 2:   from t;\n               ^\n')).toEqual({
      line: 6,
      message: 'relation "t" does not exist',
      connection: false,
    });
    expect(parsePsqlError('psql:<stdin>:5: ERROR:  boom\nDETAIL:  det\nHINT:  hi\nCONTEXT:  PL/pgSQL function\n')).toMatchObject({
      line: 5,
      message: 'boom\nDETAIL: det\nHINT: hi',
    });
    expect(parsePsqlError('psql:<stdin>:2: error: invalid command \\foo\n')).toMatchObject({ line: 2, message: 'invalid command \\foo' });
    expect(parsePsqlError('psql: error: connection to server at "127.0.0.1", port 1 failed: Connection refused\n\tIs the server running?\n')).toEqual({
      message: 'connection to server at "127.0.0.1", port 1 failed: Connection refused\nIs the server running?',
      connection: true,
    });
    expect(parsePsqlError('psql:<stdin>:3: NOTICE:  only a notice\n')).toBeUndefined();
  });

  it('mysql errors', () => {
    expect(parseMysqlError('--------------\nselec 2\n--------------\n\nERROR 1064 (42000) at line 12: You have an error in your SQL syntax\n')).toEqual({
      code: 1064,
      sqlState: '42000',
      line: 12,
      message: 'You have an error in your SQL syntax',
    });
    expect(parseMysqlError("ERROR 1045 (28000): Access denied for user 'u'@'h' (using password: YES)\n")).toEqual({
      code: 1045,
      sqlState: '28000',
      message: "Access denied for user 'u'@'h' (using password: YES)",
    });
    expect(parseMysqlError('nothing here')).toBeUndefined();
  });
});

describe('client arguments and environment', () => {
  it('psql gets the connection only through libpq variables', () => {
    const env = psqlEnv(url('postgresql://u:s3cret@h:5433/db?sslmode=require&application_name=x'), { PATH: '/bin' });
    expect(env).toMatchObject({
      PATH: '/bin',
      PGHOST: 'h',
      PGPORT: '5433',
      PGUSER: 'u',
      PGPASSWORD: 's3cret',
      PGDATABASE: 'db',
      PGSSLMODE: 'require',
      PGAPPNAME: 'x',
      PGCLIENTENCODING: 'UTF8',
    });
    expect(psqlEnv(url('postgresql:///db?host=/var/run/postgresql'), {}).PGHOST).toBe('/var/run/postgresql');
  });

  it('mysql arguments hold host, port, user and database but never the password', () => {
    const args = mysqlArgs(url('mysql+pymysql://u:s3cret@h:3307/db?charset=utf8&unix_socket=/run/m.sock'), ['--batch']);
    expect(args).toEqual([
      '--batch',
      '--default-character-set=utf8',
      '--connect-timeout=10',
      '--host=h',
      '--port=3307',
      '--socket=/run/m.sock',
      '--user=u',
      '--database=db',
    ]);
    expect(args.join(' ')).not.toContain('s3cret');
  });

  it('the option file quotes the password', () => {
    expect(passwordOptionFile('a"b\\c#d e')).toBe('[client]\npassword="a\\"b\\\\c#d e"\n');
  });
});

describe('missing client binaries', () => {
  const env = { PATH: tmp }; // holds no client
  it('psql: names postgresql-client', async () => {
    const ex = new PostgresExecutor(url('postgresql://u@h/db'), { env });
    const r = await ex.run('SELECT 1;');
    expect(r).toMatchObject({ ok: false, exitCode: 127, diagnostics: [{ code: 'EX001', severity: 'error' }] });
    expect(r.diagnostics[0]!.hint).toContain('postgresql-client');
    await expect(ex.currentHeads('v')).rejects.toBeInstanceOf(ExecError);
  });

  it('mysql/mariadb: names the client package for the dialect', async () => {
    const maria = await new MysqlExecutor(url('mariadb://u:pw@h/db'), { env }).run('SELECT 1;');
    expect(maria.diagnostics[0]!.message).toContain("'mariadb' or 'mysql'");
    expect(maria.diagnostics[0]!.hint).toMatch(/install the Debian package mariadb-client \(or default-mysql-client\)/);
    const my = await new MysqlExecutor(url('mysql://u@h/db'), { env }).run('SELECT 1;');
    expect(my.diagnostics[0]!.hint).toMatch(/default-mysql-client \(or mariadb-client\)/);
    await expect(new MysqlExecutor(url('mysql://u@h/db'), { env }).currentHeads('v')).rejects.toMatchObject({ diagnostic: { code: 'EX001' } });
  });
});

describe('connect', () => {
  it('picks the executor from the URL', () => {
    expect(connect({ connection: 'postgresql://h/db' })).toBeInstanceOf(PostgresExecutor);
    expect(connect({ connection: 'mysql+pymysql://h/db' })).toBeInstanceOf(MysqlExecutor);
    expect(connect({ connection: 'mariadb://h/db' })).toBeInstanceOf(MysqlExecutor);
    const s = connect({ connection: 'sqlite:///x.db', cwd: tmp });
    expect(s).toBeInstanceOf(SqliteExecutor);
    expect((s as SqliteExecutor).path).toBe(join(tmp, 'x.db'));
  });

  it('a bad URL throws EX005 without showing the password', () => {
    try {
      connect({ connection: 'mysql://u:hunter2@h:bad/db' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ExecError);
      expect((e as ExecError).diagnostic.code).toBe('EX005');
      expect((e as Error).message).not.toContain('hunter2');
    }
  });
});

describe('password scrubbing in executors (a client that leaks it)', () => {
  it('psql: a connection error never carries the password; data and statement errors are not rewritten', async () => {
    const calls: SpawnCall[] = [];
    const leaky = recordingSpawn(calls, {
      replace: () => ({
        command: process.execPath,
        args: [
          '-e',
          'console.log("row " + process.env.PGPASSWORD); console.error("psql: error: connection to server failed: FATAL:  password " + process.env.PGPASSWORD + " rejected"); process.exit(2)',
        ],
      }),
    });
    const lines: string[] = [];
    const bin = mkdtempSync(join(tmp, 'bin-'));
    writeFileSync(join(bin, 'psql'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const ex = new PostgresExecutor(url('postgresql://u:Leak%2FMe@h/db'), { spawn: leaky, env: { PATH: bin } });
    const r = await ex.run('SELECT 1;', { onLine: (l) => lines.push(l) });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.command).toBe(join(bin, 'psql'));
    expect(calls[0]!.args).toEqual(['-X', '-q', '-w', '-v', 'ON_ERROR_STOP=1', '-f', '-']);
    expect(calls[0]!.env.PGPASSWORD).toBe('Leak/Me');
    expect(r.diagnostics[0]!.code).toBe('EX004');
    expect(r.stderr + r.diagnostics[0]!.message + lines.filter((l) => l.startsWith('psql')).join('\n')).not.toContain('Leak/Me');
    expect(r.stderr).toContain('password *** rejected');
    // stdout is data (rows, catalog names): never rewritten.
    expect(lines).toContain('row Leak/Me');
  });

  it('line numbers are parsed before scrubbing, so a short password cannot hide them', async () => {
    const leaky = recordingSpawn([], {
      replace: () => ({ command: process.execPath, args: ['-e', 'console.error("psql:<stdin>:14: ERROR:  bad value 1"); process.exit(3)'] }),
    });
    const bin = mkdtempSync(join(tmp, 'bin-'));
    writeFileSync(join(bin, 'psql'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const r = await new PostgresExecutor(url('postgresql://u:1@h/db'), { spawn: leaky, env: { PATH: bin } }).run('SELECT 1;');
    // A statement error is not about the connection: its text (data) stays as the server wrote it.
    expect(r).toMatchObject({ errorLine: 14, engineMessage: 'bad value 1' });
  });
});
