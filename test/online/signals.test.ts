/**
 * Stopping an online run from outside, on the real engines and clients: the tool is killed
 * (SIGTERM, SIGINT) while its client waits on the migration lock that the test holds from a
 * second session, or the client itself is killed. Afterwards: the client is gone (checked by
 * pid), no option file with the password is left, the password was printed nowhere, the
 * message names the signal and the state the database is in, and once the lock is released
 * nothing advances the database (no orphan client finishes the migration). Also: the
 * configured lock_wait_timeout gives up within its time with the migration-lock error on
 * every engine, and option-file directories of dead runs are removed at the next start.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readVersions } from '../support/catalog.js';
import { describeEngine, mysqlConfig, pgConfig, type ScratchDb } from '../support/engines.js';
import { hasOpen, requireBuilt, runCli, startCli, waitFor, workDir, type CliResult } from './cli.js';

const PASSWORD = 'Kill-Me-Secret-7q';

/** The children of `pid` (from /proc), with their command names. */
function children(pid: number): { pid: number; comm: string }[] {
  const out: { pid: number; comm: string }[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid ...: comm may hold spaces and parentheses, so read after the last ')'.
      const close = stat.lastIndexOf(')');
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      if (ppid === pid) out.push({ pid: Number(name), comm: stat.slice(stat.indexOf('(') + 1, close) });
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

/** True while `pid` exists and is not a zombie. */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** The option-file directories (`lbaas-db-manage-*`) under `dir`, with the files in them. */
function optionDirs(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => n.startsWith('lbaas-db-manage-'))
    .flatMap((n) => [n, ...readdirSync(join(dir, n)).map((f) => `${n}/${f}`)]);
}

/** Every file under `dir` whose bytes hold `secret`. */
function filesHolding(dir: string, secret: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && readFileSync(p).includes(secret)) found.push(p);
    }
  };
  walk(dir);
  return found;
}

/** The migration lock as the compiled script takes it (the statement a holding session runs). */
async function lockStatement(server: 'postgresql' | 'mariadb', cwd: string): Promise<{ take: string; key?: string }> {
  const dialect = server === 'postgresql' ? 'postgresql' : 'mysql';
  const r = await runCli(['--dialect', dialect, 'upgrade', 'heads', '--sql'], { cwd });
  expect(r.code, r.stderr).toBe(0);
  if (server === 'postgresql') return { take: `SELECT pg_advisory_lock(${/pg_advisory_lock\((hashtext\('[^']*'\))\)/.exec(r.stdout)![1]});` };
  const key = /^SET @lbaas_lock = (CONCAT\(.*\));$/m.exec(r.stdout)![1]!;
  return { take: `SELECT GET_LOCK(${key}, 600);`, key };
}

/** A session of the test that holds the lock until its input ends. */
function holdLock(db: ScratchDb, statement: string): ChildProcess {
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
    const p = spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1'], { env, stdio: ['pipe', 'ignore', 'ignore'] });
    p.stdin!.write(`${statement}\n`);
    return p;
  }
  const c = mysqlConfig();
  const env = { ...process.env, ...(c.password ? { MYSQL_PWD: c.password } : {}) };
  const p = spawn('mariadb', ['--no-defaults', `--host=${c.host}`, `--port=${c.port}`, `--user=${c.user}`, db.name], {
    env,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  p.stdin!.write(`${statement}\n`);
  return p;
}

function release(p: ChildProcess): Promise<void> {
  return new Promise((res) => {
    if (p.exitCode !== null) return res();
    p.on('close', () => res());
    p.stdin!.end();
  });
}

/** Number of sessions of `db` waiting for the migration lock. */
async function waiting(db: ScratchDb): Promise<number> {
  if (db.server === 'postgresql') {
    const rows = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = '${db.name}'`,
    );
    return rows[0]!.n;
  }
  const rows = await db.query<{ n: string }>(`SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE DB = '${db.name}' AND STATE = 'User lock'`);
  return Number(rows[0]!.n);
}

async function held(db: ScratchDb, lock: { key?: string }): Promise<boolean> {
  if (db.server === 'postgresql') {
    const rows = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND l.granted AND d.datname = '${db.name}'`,
    );
    return rows[0]!.n === 1;
  }
  const rows = await db.query<{ n: string | null }>(`SELECT IS_USED_LOCK(${lock.key}) AS n`);
  return rows[0]!.n !== null;
}

/** A MySQL string literal. */
const lit = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

for (const dialect of ['mysql', 'postgresql'] as const) {
  describeEngine(dialect, 'an online run stopped from outside', (engine) => {
    let db: ScratchDb;
    let wd: ReturnType<typeof workDir>;
    /** The tool's TMPDIR: where the MySQL option file goes, watched by the tests. */
    let tmp: string;
    let conf: string;
    let lock: { take: string; key?: string };
    const user = `lbaas_t_sig_${process.pid}`;
    const server = dialect === 'postgresql' ? 'postgresql' : 'mariadb';

    beforeAll(async () => {
      requireBuilt();
      db = await engine.scratch();
      wd = workDir();
      tmp = join(wd.dir, 'tmp');
      mkdirSync(tmp, { mode: 0o700 });
      let url: string;
      if (server === 'mariadb') {
        // A user with a password, so the client gets its option file.
        const c = mysqlConfig();
        const r = await db.apply(
          [
            `DROP USER IF EXISTS ${lit(user)}@'%', ${lit(user)}@'localhost';`,
            `CREATE USER ${lit(user)}@'%' IDENTIFIED BY ${lit(PASSWORD)};`,
            `CREATE USER ${lit(user)}@'localhost' IDENTIFIED BY ${lit(PASSWORD)};`,
            `GRANT ALL ON \`${db.name}\`.* TO ${lit(user)}@'%';`,
            `GRANT ALL ON \`${db.name}\`.* TO ${lit(user)}@'localhost';`,
            // KILL QUERY of its own statement, as the client does on SIGINT, needs no privilege.
          ].join('\n'),
        );
        expect(r.code, r.stderr).toBe(0);
        url = `mysql+pymysql://${user}:${PASSWORD}@${c.host}:${c.port}/${db.name}`;
      } else {
        // The test server trusts local connections: the password is passed (PGPASSWORD) and ignored.
        const c = pgConfig();
        url = `postgresql://${c.user}:${PASSWORD}@${c.host}:${c.port}/${db.name}`;
      }
      conf = join(wd.dir, 'lbaas.conf');
      writeFileSync(conf, `[database]\nconnection = ${url}\n`, { mode: 0o600 });
      const boot = await runCli(['--config-file', conf, 'bootstrap'], { cwd: wd.dir, env: { TMPDIR: tmp } });
      expect(boot.code, boot.stderr).toBe(0);
      lock = await lockStatement(server, wd.dir);
    });
    afterAll(async () => {
      if (server === 'mariadb') await db?.apply(`DROP USER IF EXISTS ${lit(user)}@'%', ${lit(user)}@'localhost';`);
      wd?.remove();
    });

    /**
     * Starts `upgrade head` while the test holds the lock, waits until its client waits on it,
     * does `act` (to the tool, or to the client), then releases the lock and checks that the
     * database stays at base. Returns the tool's result and its client's pid.
     */
    async function stopWhileBlocked(
      act: (tool: ChildProcess, clientPid: number) => void,
    ): Promise<{ r: CliResult; clientPid: number; sawOptionFile: boolean }> {
      const holder = holdLock(db, lock.take);
      try {
        await waitFor('the test session to hold the lock', () => held(db, lock));
        const run = startCli(['--config-file', conf, 'upgrade', 'head'], { cwd: wd.dir, env: { TMPDIR: tmp } });
        const tool = run.child;
        let clientPid = 0;
        await waitFor(
          'the client to wait on the lock',
          async () => {
            const c = children(tool.pid!).find((x) => x.comm === (server === 'postgresql' ? 'psql' : 'mariadb'));
            if (!c) return false;
            clientPid = c.pid;
            return (await waiting(db)) === 1;
          },
          30_000,
        );
        const sawOptionFile = optionDirs(tmp).some((f) => f.endsWith('/client.cnf'));
        act(tool, clientPid);
        const r = await run.done;
        // The client is gone as soon as the tool has exited: no orphan is left to finish the migration.
        expect(running(clientPid)).toBe(false);
        return { r, clientPid, sawOptionFile };
      } finally {
        await release(holder);
        // With the lock free, an orphan would now run the script: give it the time to.
        await new Promise((res) => setTimeout(res, 2000));
        expect(await readVersions(db)).toBeNull();
        expect(await waiting(db)).toBe(0);
      }
    }

    function expectClean(r: CliResult): void {
      expect(optionDirs(tmp)).toEqual([]);
      expect(filesHolding(tmp, PASSWORD)).toEqual([]);
      expect(r.stdout + r.stderr).not.toContain(PASSWORD);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    }

    for (const [sig, n] of [
      ['SIGTERM', 15],
      ['SIGINT', 2],
    ] as const) {
      it(`${sig} to the tool: the client is stopped, the state is reported, exit ${128 + n}`, async () => {
        const { r, sawOptionFile } = await stopWhileBlocked((tool) => tool.kill(sig));
        expect(sawOptionFile).toBe(server === 'mariadb');
        expect(r.code, r.stderr).toBe(128 + n);
        expect(r.stderr).toContain(`error EX013: interrupted by ${sig}: ${server === 'postgresql' ? 'psql' : 'mariadb'} was stopped`);
        expect(r.stderr).toContain('the database is at: base (no revision)');
        expectClean(r);
      }, 90_000);
    }

    it('the client killed by a signal (not by the tool): named, with the database state', async () => {
      const { r } = await stopWhileBlocked((_tool, clientPid) => process.kill(clientPid, 'SIGKILL'));
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain(`error EX014: ${server === 'postgresql' ? 'psql' : 'mariadb'} was killed by SIGKILL before it finished`);
      expect(r.stderr).not.toContain('exited with code 137');
      expect(r.stderr).toContain('the database is at: base (no revision)');
      expectClean(r);
    }, 90_000);

    it('[database] lock_wait_timeout: a second run gives up within the time with the migration-lock error', async () => {
      const timed = join(wd.dir, 'timed.conf');
      writeFileSync(timed, `${readFileSync(conf, 'utf8')}lock_wait_timeout = 2\n`, { mode: 0o600 });
      const holder = holdLock(db, lock.take);
      try {
        await waitFor('the test session to hold the lock', () => held(db, lock));
        const r = await runCli(['--config-file', timed, 'upgrade', 'head'], { cwd: wd.dir, env: { TMPDIR: tmp } });
        expect(r.code, r.stderr).toBe(1);
        expect(r.stderr).toContain('error EX012: another migration of this database held the migration lock');
        expect(r.stderr).toContain('the database is at base (no revision)');
        expect(r.ms).toBeLessThan(20_000);
        expect(r.ms).toBeGreaterThanOrEqual(2000);
        expectClean(r);
      } finally {
        await release(holder);
      }
      expect(await readVersions(db)).toBeNull();
    }, 60_000);

    if (server === 'mariadb') {
      it('option-file directories of dead runs are removed at the next start; those of live ones stay', async () => {
        const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
        const deadPid = Number(dead.stdout);
        expect(running(deadPid)).toBe(false);
        const stale = join(tmp, `lbaas-db-manage-${deadPid}-AbC123`);
        const live = join(tmp, `lbaas-db-manage-${process.pid}-XyZ789`);
        for (const d of [stale, live]) {
          mkdirSync(d, { mode: 0o700 });
          writeFileSync(join(d, 'client.cnf'), '[client]\npassword="left-over"\n', { mode: 0o600 });
        }
        try {
          const r = await runCli(['--config-file', conf, 'current'], { cwd: wd.dir, env: { TMPDIR: tmp } });
          expect(r.code, r.stderr).toBe(0);
          expect(existsSync(stale)).toBe(false);
          expect(existsSync(join(live, 'client.cnf'))).toBe(true);
        } finally {
          rmSync(live, { recursive: true, force: true });
          rmSync(stale, { recursive: true, force: true });
        }
      });
    }
  });
}

describeEngine('sqlite', 'lock_wait_timeout on SQLite, and a run killed mid-way', () => {
  let wd: ReturnType<typeof workDir>;
  beforeAll(() => {
    requireBuilt();
    wd = workDir();
  });
  afterAll(() => wd?.remove());

  it('"database is locked" is the migration-lock error, within the configured time', async () => {
    const file = join(mkdtempSync(join(wd.dir, 'db-')), 'lbaas.sqlite');
    writeFileSync(join(wd.dir, 'lbaas.conf'), `[database]\nconnection = sqlite:///${file}\nlock_wait_timeout = 1\n`);
    const holder = new Database(file);
    try {
      holder.exec('BEGIN IMMEDIATE');
      const r = await runCli(['--config-file', 'lbaas.conf', 'upgrade', 'head'], { cwd: wd.dir });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain('error EX012: another migration of this database held the migration lock');
      expect(r.stderr).toMatch(/database is locked/);
      expect(r.ms).toBeLessThan(15_000);
      expect(r.ms).toBeGreaterThanOrEqual(1000);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'alembic_version_lbaas'").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  }, 60_000);

  it('SIGTERM while the run waits for the write lock: the tool ends, the database is unchanged', async () => {
    const file = join(mkdtempSync(join(wd.dir, 'db-')), 'lbaas.sqlite');
    writeFileSync(join(wd.dir, 'kill.conf'), `[database]\nconnection = sqlite:///${file}\n`);
    const holder = new Database(file);
    let r: CliResult;
    try {
      holder.exec('BEGIN IMMEDIATE');
      const run = startCli(['--config-file', 'kill.conf', 'upgrade', 'head'], { cwd: wd.dir });
      await waitFor('the run to wait on the lock', async () => {
        if (!hasOpen(run.child.pid!, file)) return false;
        await new Promise((res) => setTimeout(res, 500));
        return hasOpen(run.child.pid!, file);
      });
      run.child.kill('SIGTERM');
      r = await run.done;
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(r.code).not.toBe(0);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM sqlite_master').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  }, 60_000);
});
