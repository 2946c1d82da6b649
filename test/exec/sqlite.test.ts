import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDbUrl, type DbUrl } from '../../src/config/url.js';
import { connect } from '../../src/exec/connect.js';
import { findDirectives, SqliteExecutor } from '../../src/exec/sqlite.js';
import { ExecError, type StatementSpan } from '../../src/exec/executor.js';

const dir = mkdtempSync(join(tmpdir(), 'lbaas-sqlite-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const url = (s: string): DbUrl => {
  const r = parseDbUrl(s);
  if (!r.ok) throw new Error(r.message);
  return r.url;
};
let n = 0;
function tables(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  } finally {
    db.close();
  }
}
const fresh = () => new SqliteExecutor(url(`sqlite:///db${n++}.sqlite`), { cwd: dir });

/** Boundaries right after each ';' that ends a line; the rest (whitespace) goes to the next slice. */
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

describe('SQLite executor (in-process)', () => {
  it('runs a script whole, creating the database file relative to cwd', async () => {
    const ex = fresh();
    expect(ex.path).toBe(join(dir, `db${n - 1}.sqlite`));
    const r = await ex.run('CREATE TABLE t (x int);\nINSERT INTO t VALUES (1), (2);\n');
    expect(r).toEqual({ ok: true, exitCode: 0, stdout: '', stderr: '', diagnostics: [] });
    const db = new Database(ex.path, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(2);
    db.close();
  });

  it('runs slice by slice, printing rows of a SELECT slice as the shell does', async () => {
    const script = "CREATE TABLE t (x int, y text);\nINSERT INTO t VALUES (1, 'a'), (2, NULL);\nSELECT x, y FROM t ORDER BY x;\nSELECT 'done';\n";
    const lines: [string, string][] = [];
    const r = await fresh().run(script, { statements: spans(script), onLine: (l, s) => lines.push([s, l]) });
    expect(r.ok).toBe(true);
    expect(r.stdout).toBe('1|a\n2|\ndone\n');
    expect(lines).toEqual([
      ['stdout', '1|a'],
      ['stdout', '2|'],
      ['stdout', 'done'],
    ]);
  });

  it("a failing slice: errorLine is the slice's first line, nothing after it runs, its transaction rolls back", async () => {
    const ex = fresh();
    const script = [
      'CREATE TABLE kept (x int);', // 1
      'BEGIN;', // 2
      'CREATE TABLE rolled_back (x int);', // 3
      '', // 4
      '-- a comment before the failing statement', // 5
      'INSERT INTO missing', // 6
      '  VALUES (1);', // 7
      'CREATE TABLE after_error (x int);', // 8
      'COMMIT;', // 9
      '',
    ].join('\n');
    const r = await ex.run(script, { statements: spans(script) });
    expect(r).toMatchObject({ ok: false, exitCode: 1, errorLine: 5, engineMessage: 'no such table: missing', engineCode: 'SQLITE_ERROR', statementIndex: 3 });
    expect(r.stderr).toBe('Error: near line 5: no such table: missing\n');
    expect(r.diagnostics).toMatchObject([{ code: 'EX003', severity: 'error' }]);
    expect(tables(ex.path)).toEqual(['kept']);
  });

  it('without boundaries, an error is attributed to the whole script', async () => {
    const r = await fresh().run('\n\nSELECT 1;\nSELEC 2;\n');
    expect(r).toMatchObject({ ok: false, errorLine: 3, engineMessage: 'near "SELEC": syntax error' });
    expect(r.statementIndex).toBeUndefined();
  });

  it('honours .bail on, runs .print, and ignores other dot-commands with a warning', async () => {
    const script = '.bail on\n.headers on\nCREATE TABLE t (x int);\n.print "step one" done\n# a shell comment\nINSERT INTO t VALUES (1);\n.bail off\n';
    const lines: [string, string][] = [];
    const ex = fresh();
    const r = await ex.run(script, { statements: spans(script), onLine: (l, s) => lines.push([s, l]) });
    expect(r.ok).toBe(true);
    expect(lines).toEqual([
      ['stderr', "warning: line 2: the sqlite3 shell command '.headers' is not supported in-process and is ignored"],
      ['stdout', 'step one done'],
      ['stderr', "warning: line 7: '.bail off' is ignored: the in-process client always stops at the first error"],
    ]);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['EX007', 'warning'],
      ['EX007', 'warning'],
    ]);
    expect(tables(ex.path)).toEqual(['t']);
  });

  it('a line starting with . inside a statement or a string is SQL, not a command', () => {
    const script = [
      '.bail on', // 1: command
      "INSERT INTO t VALUES ('x", // 2
      ".not a command');", // 3: inside a string
      'SELECT 1', // 4
      '.5 + 1;', // 5: continuation of a pending statement
      'CREATE TRIGGER tr AFTER INSERT ON t BEGIN', // 6
      '  SELECT 1;', // 7
      '.still_in_trigger', // 8: the trigger body is pending until END;
      'END;', // 9
      "/* .x */ SELECT '.y';", // 10: not at the start of the line
      '.print yes', // 11
    ].join('\n');
    expect(findDirectives(script).map((d) => [d.line, d.text])).toEqual([
      [1, '.bail on'],
      [11, '.print yes'],
    ]);
  });

  it('currentHeads: null for a missing file (without creating it) or table, sorted versions otherwise', async () => {
    const ex = new SqliteExecutor(url('sqlite:///never-created.sqlite'), { cwd: dir });
    expect(await ex.currentHeads('alembic_version_lbaas')).toBeNull();
    expect(existsSync(join(dir, 'never-created.sqlite'))).toBe(false);
    const ex2 = fresh();
    await ex2.run('CREATE TABLE other (x int);\n');
    expect(await ex2.currentHeads('alembic_version_lbaas')).toBeNull();
    await ex2.run(
      "CREATE TABLE alembic_version_lbaas (version_num varchar(32) NOT NULL PRIMARY KEY);\nINSERT INTO alembic_version_lbaas VALUES ('f00d'), ('0abc');\n",
    );
    expect(await ex2.currentHeads('alembic_version_lbaas')).toEqual(['0abc', 'f00d']);
    await expect(ex2.currentHeads('bad name')).rejects.toBeInstanceOf(ExecError);
  });

  it('currentHeads on a file that is not a database rejects with EX006', async () => {
    writeFileSync(join(dir, 'garbage.sqlite'), 'this is not a database'.repeat(100));
    const ex = new SqliteExecutor(url('sqlite:///garbage.sqlite'), { cwd: dir });
    await expect(ex.currentHeads('v')).rejects.toMatchObject({ diagnostic: { code: 'EX006' } });
  });

  it('an in-memory database lives across calls until close()', async () => {
    const ex = connect({ connection: 'sqlite://' });
    expect(await ex.currentHeads('v')).toBeNull();
    expect((await ex.run("CREATE TABLE v (version_num text);\nINSERT INTO v VALUES ('b'), ('a');\n")).ok).toBe(true);
    // a failed run leaves no transaction open
    expect((await ex.run("BEGIN;\nINSERT INTO v VALUES ('c');\nSELEC;\n", { statements: spans("BEGIN;\nINSERT INTO v VALUES ('c');\nSELEC;\n") })).ok).toBe(
      false,
    );
    expect(await ex.currentHeads('v')).toEqual(['a', 'b']);
    await ex.close?.();
    expect(await ex.currentHeads('v')).toBeNull();
  });

  it('an unopenable path is EX004', async () => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const r = await new SqliteExecutor(url('sqlite:///sub/missing-dir/x.db'), { cwd: dir }).run('SELECT 1;');
    expect(r).toMatchObject({ ok: false, exitCode: 1, diagnostics: [{ code: 'EX004' }] });
  });

  it('boundaries must cover the script in order', async () => {
    await expect(fresh().run('SELECT 1;', { statements: [[0, 3]] })).rejects.toBeInstanceOf(RangeError);
    await expect(fresh().run('SELECT 1;', { statements: [[1, 9]] })).rejects.toBeInstanceOf(RangeError);
  });
});
