/**
 * When online runs go wrong, through the built CLI: a failing revision on each engine
 * (PostgreSQL and SQLite roll back, MySQL/MariaDB keeps what completed and resumes
 * after the fix), a missing client, a wrong password, a malformed config file; and
 * how progress is printed (--quiet, --json, colours).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { compareWithModel, readVersions } from '../support/catalog.js';
import { describeEngine, mysqlConfig, type ScratchDb } from '../support/engines.js';
import { connectionUrl, copyHistory, FAILING_FIXTURE, MAIN, modelAt, progressLines, requireBuilt, runCli, suiteWorkDir, workDir, writeConfig } from './cli.js';

/** What each engine says about the fixture's failing statement. */
const ENGINE_MESSAGE: Record<string, RegExp> = {
  postgresql: /postgresql said: relation "fx_missing_table" does not exist/,
  mariadb: /mysql said: Table '[^']+\.fx_missing_table' doesn't exist/,
  sqlite: /sqlite said: no such table: fx_missing_table/,
};

/** Replaces the failing statement of f3 with one that works. */
function fixHistory(versions: string): void {
  const f = join(versions, 'f3_broken.jsonc');
  const text = readFileSync(f, 'utf8');
  const fixed = text.replace("UPDATE fx_missing_table SET note = 'x'", 'UPDATE fx_items SET note = name');
  expect(fixed).not.toBe(text);
  writeFileSync(f, fixed);
}

for (const dialect of ['postgresql', 'mysql', 'sqlite'] as Dialect[]) {
  describeEngine(dialect, 'a revision that fails', (engine) => {
    const wd = suiteWorkDir();

    for (const perRevision of dialect === 'mysql' ? [false] : [false, true]) {
      it(`names the revision, the statement and the engine's message${perRevision ? ' (--transaction-per-migration)' : ''}; a rerun after the fix ${dialect === 'mysql' || perRevision ? 'resumes' : 'starts over'}`, async () => {
        const db: ScratchDb = await engine.scratch();
        const dir = join(wd.dir, `${dialect}-${perRevision}`);
        mkdirSync(dir);
        const conf = writeConfig(dir, connectionUrl(db));
        const versions = copyHistory(FAILING_FIXTURE, dir);
        const cli = (...args: string[]) => runCli(['--config-file', conf, '--versions', 'versions', ...args], { cwd: dir });
        const up = ['upgrade', 'head', ...(perRevision ? ['--transaction-per-migration'] : [])];

        const r = await cli(...up);
        expect(r.code).toBe(1);
        expect(progressLines(r.stdout).map((l) => l.id)).toEqual(['f1', 'f2']);
        expect(r.stdout).toMatch(/^ {2}FAILED \[3\/4\] f3 backfill notes \(\d+ ms\)$/m);
        expect(r.stdout).not.toMatch(/upgraded/);
        expect(r.stderr).toMatch(/^error EX003: the migration failed\n/);
        expect(r.stderr).toMatch(/\n {2}revision: f3 \(versions\/f3_broken\.jsonc\): backfill notes\n/);
        expect(r.stderr).toMatch(/\n {2}statement \(script line \d+\): UPDATE fx_missing_table SET note = 'x';\n/);
        expect(r.stderr).toMatch(ENGINE_MESSAGE[engine.server]!);

        const keepsCompleted = dialect === 'mysql' || perRevision;
        if (keepsCompleted) {
          expect(r.stderr).toMatch(/\n {2}the database is at: f2\n/);
          expect(await readVersions(db)).toEqual(['f2']);
          // MySQL: the failed statement's progress row went with its rolled-back transaction; the
          // progress table stays (empty) until a run finishes (docs/review.md, "Resumable runs")
          expect(await compareWithModel(db, modelAt(['f2'], db.dialect, dir), { ignoreTables: ['alembic_version_lbaas_progress'] })).toEqual([]);
          if (dialect === 'mysql') expect(await db.query('SELECT * FROM alembic_version_lbaas_progress')).toEqual([]);
        } else {
          expect(r.stderr).toMatch(/\n {2}the database is at: base \(no revision\)\n/);
          expect(r.stderr).toMatch(/hint: the transaction was rolled back: the database is where it was before/);
          expect(await readVersions(db)).toBeNull();
          expect(await compareWithModel(db, modelAt([], db.dialect, dir))).toEqual([]);
        }

        fixHistory(versions);
        const again = await cli(...up);
        expect(again.code, again.stderr).toBe(0);
        expect(progressLines(again.stdout).map((l) => l.id)).toEqual(keepsCompleted ? ['f3', 'f4'] : ['f1', 'f2', 'f3', 'f4']);
        expect(again.stdout).toMatch(keepsCompleted ? /upgraded f2 -> f4: 2 revisions in / : /upgraded base -> f4: 4 revisions in /);
        expect(await readVersions(db)).toEqual(['f4']);
        expect(await compareWithModel(db, modelAt(['f4'], db.dialect, dir))).toEqual([]);
      }, 120_000);
    }
  });
}

describe('a missing database client', { timeout: 60_000 }, () => {
  const wd = suiteWorkDir();
  beforeAll(() => mkdirSync(join(wd.dir, 'empty-path')));

  for (const [url, client, pkg] of [
    ['postgresql://postgres@127.0.0.1:5432/lbaas', "'psql'", 'postgresql-client'],
    ['mysql+pymysql://root@127.0.0.1:3306/lbaas', "'mariadb' or 'mysql'", 'default-mysql-client'],
  ] as const) {
    it(`${url.split(':')[0]}: names the client and the Debian package, exit 1`, async () => {
      const conf = writeConfig(wd.dir, url);
      for (const cmd of [['upgrade', 'head'], ['current']]) {
        const r = await runCli(['--config-file', conf, ...cmd], { cwd: wd.dir, env: { PATH: join(wd.dir, 'empty-path') } });
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain(`error EX001: the database client ${client} was not found on PATH`);
        expect(r.stderr).toContain(`install the Debian package ${pkg}`);
      }
    });
  }
});

describeEngine('mysql', 'a wrong password', (engine) => {
  const user = `lbaas_t_pw_${process.pid}`;
  const right = 'R1ght-p@ss:w/rd%"x';
  const wrong = 'Wr0ng-S3cret-qz';
  let db: ScratchDb;
  let wd: ReturnType<typeof workDir>;
  const host = () => mysqlConfig().host;
  const url = (password: string) => `mysql+pymysql://${user}:${encodeURIComponent(password)}@${host()}:${mysqlConfig().port}/${db.name}`;

  beforeAll(async () => {
    requireBuilt();
    db = await engine.scratch();
    wd = workDir();
    const pw = right.replace(/\\/g, '\\\\').replace(/'/g, "''");
    const r = await db.apply(
      [
        `DROP USER IF EXISTS '${user}'@'%', '${user}'@'localhost';`,
        `CREATE USER '${user}'@'%' IDENTIFIED BY '${pw}';`,
        `CREATE USER '${user}'@'localhost' IDENTIFIED BY '${pw}';`,
        `GRANT ALL ON \`${db.name}\`.* TO '${user}'@'%';`,
        `GRANT ALL ON \`${db.name}\`.* TO '${user}'@'localhost';`,
      ].join('\n'),
    );
    expect(r.code, r.stderr).toBe(0);
  });
  afterAll(async () => {
    await db?.apply(`DROP USER IF EXISTS '${user}'@'%', '${user}'@'localhost';`);
    wd?.remove();
  });

  it('the right password works (the user is set up) and is never printed', async () => {
    const conf = writeConfig(wd.dir, url(right));
    const r = await runCli(['--config-file', conf, 'current', '--verbose'], { cwd: wd.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Current revision(s) for mysql+pymysql://${user}:***@`);
    for (const s of [right, encodeURIComponent(right)]) expect(r.stdout + r.stderr).not.toContain(s);
  });

  it('a wrong one: cannot connect, exit 1, and the password appears nowhere', async () => {
    const conf = writeConfig(wd.dir, url(wrong));
    for (const args of [['upgrade', 'head'], ['current'], ['upgrade', 'head', '--json'], ['bootstrap']]) {
      const r = await runCli(['--config-file', conf, ...args], { cwd: wd.dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/EX004/);
      expect(r.stderr).toMatch(/Access denied for user/);
      expect(r.stdout + r.stderr).not.toContain(wrong);
    }
    expect(await readVersions(db)).toBeNull();
  });
});

describe('a malformed config file', { timeout: 60_000 }, () => {
  const wd = suiteWorkDir();

  const run = (text: string, ...args: string[]) => {
    writeFileSync(join(wd.dir, 'lbaas.conf'), text);
    return runCli(['--config-file', 'lbaas.conf', ...args], { cwd: wd.dir });
  };

  it('a key without "=": the line and key are named, and nothing falls back to the default database', async () => {
    const r = await run('[database]\n# the separator is missing:\nconnection postgresql://postgres@127.0.0.1/lbaas\n', 'upgrade', 'head');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("lbaas.conf:3:1: warning CF011: lbaas.conf line 3: unknown option 'connection postgresql' in [database] is ignored");
    expect(r.stderr).toContain('error CL004: lbaas.conf sets no [database] connection');
    expect(existsSync(join(wd.dir, 'lbaas.sqlite'))).toBe(false);
  });

  it('an unclosed section header', async () => {
    const r = await run('[database\nconnection = sqlite:///x.db\n', 'current');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^lbaas\.conf:1:1: error CF003: lbaas\.conf line 1: section header is missing its closing '\]'/m);
  });

  it('--dialect naming another engine than the connection: online refuses (exit 2), --sql is fine', async () => {
    const r = await run('[database]\nconnection = sqlite:///x.db\n', '--dialect', 'postgresql', 'upgrade', 'head');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error CL003: --dialect postgresql cannot run against the sqlite database sqlite:///x.db');
    expect(existsSync(join(wd.dir, 'x.db'))).toBe(false);
    expect((await run('[database]\nconnection = sqlite:///x.db\n', '--dialect', 'postgresql', 'upgrade', 'head', '--sql')).code).toBe(0);
  });

  it('a bad value: the key and its line', async () => {
    const r = await run('[database]\nconnection = sqlite:///x.db\n[alembic]\ntransaction_per_migration = maybe\n', 'upgrade', 'head');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^lbaas\.conf:4:1: error CF024: transaction_per_migration must be true or false, not 'maybe'$/m);
    expect(r.stderr).toContain('at: alembic.transaction_per_migration');
    const u = await run('[database]\n\nconnection = oracle://scott@db/lbaas\n', 'current');
    expect(u.code).toBe(1);
    expect(u.stderr).toMatch(/^lbaas\.conf:3:1: error CF020: \[database\] connection in lbaas\.conf: unsupported database 'oracle'/m);
    expect(existsSync(join(wd.dir, 'x.db'))).toBe(false);
  });
});

describe('progress output: --quiet, --json, colours only on a terminal and never with NO_COLOR', { timeout: 60_000 }, () => {
  const wd = suiteWorkDir();
  const ESC = '\u001b[';
  beforeAll(async () => {
    const b = await runCli(['bootstrap'], { cwd: wd.dir });
    expect(b.code, b.stderr).toBe(0);
  });
  const cli = (args: string[], env: Record<string, string | undefined> = {}) => runCli(args, { cwd: wd.dir, env });

  it('--quiet prints nothing on success; errors still go to stderr', async () => {
    const r = await cli(['upgrade', 'lbaasv2', '--quiet']);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const bad = await cli(['upgrade', 'no_such_rev', '--quiet']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/no_such_rev/);
  });

  it('--json: one JSON document, no progress lines', async () => {
    const r = await cli(['upgrade', '+1', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const rep = JSON.parse(r.stdout) as { ok: boolean; revisions: { revision: string; message: string; ms: number }[] };
    expect(rep.ok).toBe(true);
    expect(rep.revisions).toEqual([{ revision: '4deef6d81931', message: 'add provisioning and operating statuses', ms: expect.any(Number) }]);
    expect(r.stderr).toBe('');
  });

  it('no colour into a pipe, colour with FORCE_COLOR, none when NO_COLOR is set too', async () => {
    const plain = await cli(['downgrade', '-1'], { NO_COLOR: undefined });
    expect(plain.code, plain.stderr).toBe(0);
    expect(progressLines(plain.stdout)).toHaveLength(1);
    expect(plain.stdout).not.toContain(ESC);
    const forced = await cli(['upgrade', '+1'], { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(forced.stdout).toContain(`${ESC}32mok${ESC}39m`);
    const both = await cli(['downgrade', '-1'], { NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(both.code).toBe(0);
    expect(both.stdout).not.toContain(ESC);
  });

  it('on a terminal: colour, unless NO_COLOR is set', async (t) => {
    if (spawnSync('script', ['--version']).status !== 0) t.skip();
    const onTty = (noColor: boolean, args: string) => {
      const env: NodeJS.ProcessEnv = { ...process.env };
      delete env.FORCE_COLOR;
      delete env.LBAAS_DB_CONNECTION;
      if (noColor) env.NO_COLOR = '1';
      else delete env.NO_COLOR;
      return spawnSync('script', ['-q', '-e', '-c', `'${process.execPath}' '${MAIN}' ${args}`, '/dev/null'], { cwd: wd.dir, env, encoding: 'utf8' });
    };
    const tty = onTty(false, 'upgrade +1');
    expect(tty.status, tty.stdout).toBe(0);
    expect(tty.stdout).toContain(`${ESC}32mok${ESC}39m`);
    const noColor = onTty(true, 'downgrade -1');
    expect(noColor.status, noColor.stdout).toBe(0);
    expect(noColor.stdout).toMatch(/ok \[1\/1\] 4deef6d81931/);
    expect(noColor.stdout).not.toContain(ESC);
  });
});

describeEngine('postgresql', 'progress where the database keeps NOTICEs from clients', (engine) => {
  it('client_min_messages = warning on the database: the per-revision lines still come', async () => {
    requireBuilt();
    const db = await engine.scratch();
    const wd = workDir();
    try {
      const set = await db.apply(`ALTER DATABASE "${db.name}" SET client_min_messages = warning;`);
      expect(set.code, set.stderr).toBe(0);
      const conf = writeConfig(wd.dir, connectionUrl(db));
      expect((await runCli(['--config-file', conf, 'bootstrap'], { cwd: wd.dir })).code).toBe(0);
      const r = await runCli(['--config-file', conf, 'upgrade', 'lbaasv2'], { cwd: wd.dir });
      expect(r.code, r.stderr).toBe(0);
      expect(progressLines(r.stdout).map((l) => l.id)).toEqual(['start_neutron_lbaas', 'lbaasv2']);
    } finally {
      wd.remove();
    }
  });
});
