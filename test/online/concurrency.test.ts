/**
 * Two `upgrade head` processes started at once on one database. To make the race
 * certain, the test holds the script's own migration lock (PostgreSQL advisory lock,
 * MariaDB GET_LOCK, SQLite write transaction) until both processes have read the
 * version table (base) and are waiting on that lock; then it lets go. Exactly one
 * applies every revision; the other waits, then stops at the guard without changing
 * anything, saying why.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, it } from 'vitest';
import Database from 'better-sqlite3';
import type { Dialect } from '../../src/core/dialect.js';
import { compareWithModel, readVersions } from '../support/catalog.js';
import { withClientEnv } from '../support/client-env.js';
import { describeEngine, mysqlConfig, pgConfig, type ScratchDb } from '../support/engines.js';
import { connectionUrl, hasOpen, HEADS, modelAt, progressLines, runCli, SHIPPED, startCli, suiteWorkDir, waitFor, writeConfig } from './cli.js';

/** The lock exactly as the compiled script takes it: the statement, and (MySQL) the lock's name. */
async function scriptLock(dialect: Dialect, cwd: string): Promise<{ take: string; key?: string }> {
  const r = await runCli(['--dialect', dialect, 'upgrade', 'heads', '--sql'], { cwd });
  expect(r.code).toBe(0);
  // MySQL: the lock's name is an expression of the database the session is in.
  const m = dialect === 'postgresql' ? /pg_advisory_lock\(hashtext\('[^']*'\)\)/.exec(r.stdout) : /^SET @lbaas_lock = (CONCAT\(.*\));$/m.exec(r.stdout);
  if (!m) throw new Error(`no lock statement in the ${dialect} script`);
  return dialect === 'postgresql' ? { take: `SELECT ${m[0]};` } : { take: `SELECT GET_LOCK(${m[1]}, 600);`, key: m[1]! };
}

/** Waits until the migration lock `lock` is held in `db` (by the test's own session). */
function waitForHeld(db: ScratchDb, lock: { key?: string }): Promise<void> {
  return waitFor('the test session to hold the lock', async () => {
    if (db.server === 'postgresql') {
      const rows = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND l.granted AND d.datname = '${db.name}'`,
      );
      return rows[0]!.n === 1;
    }
    const rows = await db.query<{ n: string | null }>(`SELECT IS_USED_LOCK(${lock.key}) AS n`);
    return rows[0]!.n !== null;
  });
}

/** A client session that holds a lock until its input ends. */
function holdingSession(db: ScratchDb, statement: string): ChildProcess {
  if (db.server === 'postgresql') {
    const c = pgConfig();
    const env = {
      ...withClientEnv(),
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
  const env = { ...withClientEnv(), ...(c.password ? { MYSQL_PWD: c.password } : {}) };
  const p = spawn('mariadb', ['--no-defaults', `--host=${c.host}`, `--port=${c.port}`, `--user=${c.user}`, db.name], {
    env,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  p.stdin!.write(`${statement}\n`);
  return p;
}

function release(p: ChildProcess): Promise<void> {
  return new Promise((res) => {
    p.on('close', () => res());
    p.stdin!.end();
  });
}

for (const dialect of ['postgresql', 'mysql', 'sqlite'] as Dialect[]) {
  describeEngine(dialect, 'two concurrent online upgrades', (engine) => {
    const wd = suiteWorkDir();

    it('exactly one applies each revision; the other waits on the lock, then stops at the guard (MySQL: finds the database at the end and says it changed nothing)', async () => {
      const db = await engine.scratch();
      const conf = writeConfig(wd.dir, connectionUrl(db));
      const boot = await runCli(['--config-file', conf, 'bootstrap'], { cwd: wd.dir });
      expect(boot.code, boot.stderr).toBe(0);

      // Take the migration lock first.
      let holder: ChildProcess | undefined;
      let sqliteHolder: Database.Database | undefined;
      if (db.server === 'sqlite') {
        sqliteHolder = new Database(db.file!);
        sqliteHolder.exec('BEGIN IMMEDIATE');
      } else {
        const lock = await scriptLock(db.server === 'postgresql' ? 'postgresql' : 'mysql', wd.dir);
        holder = holdingSession(db, lock.take);
        await waitForHeld(db, lock);
      }

      const a = startCli(['--config-file', conf, 'upgrade', 'head'], { cwd: wd.dir });
      const b = startCli(['--config-file', conf, 'upgrade', 'head'], { cwd: wd.dir });
      try {
        // Both have read the version table and wait on the lock.
        await waitFor(
          'both upgrades to wait on the lock',
          async () => {
            if (db.server === 'postgresql') {
              const rows = await db.query<{ n: number }>(
                `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = '${db.name}'`,
              );
              return rows[0]!.n === 2;
            }
            if (db.server === 'mariadb') {
              const rows = await db.query<{ n: string }>(
                `SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE DB = '${db.name}' AND STATE = 'User lock'`,
              );
              return Number(rows[0]!.n) === 2;
            }
            if (!(hasOpen(a.child.pid!, db.file!) && hasOpen(b.child.pid!, db.file!))) return false;
            await new Promise((r) => setTimeout(r, 500)); // still open: the runs, not the quick version-table reads
            return hasOpen(a.child.pid!, db.file!) && hasOpen(b.child.pid!, db.file!);
          },
          60_000,
        );
      } finally {
        if (holder) await release(holder);
        if (sqliteHolder) {
          sqliteHolder.exec('ROLLBACK');
          sqliteHolder.close();
        }
      }
      const results = await Promise.all([a.done, b.done]);
      const ran = results.filter((r) => progressLines(r.stdout).length > 0);
      const idle = results.filter((r) => progressLines(r.stdout).length === 0);
      expect(ran, results.map((r) => `${r.code} ${r.stdout.slice(-300)} ${r.stderr}`).join('\n')).toHaveLength(1);
      expect(idle).toHaveLength(1);
      const [win] = ran;
      const [lose] = idle;

      expect(win!.code).toBe(0);
      expect(progressLines(win!.stdout)).toHaveLength(SHIPPED.size);
      expect(win!.stdout).toContain(`upgraded base -> ${HEADS.join(', ')}: ${SHIPPED.size} revisions in `);
      if (db.dialect === 'mysql') {
        // A resumable MySQL script skips each revision the database is past and ends at the heads
        // it was compiled for: the loser says so, and that it changed nothing (it claims no revision).
        expect(lose!.code, lose!.stderr).toBe(0);
        expect(lose!.stdout).toBe(
          `nothing to do: the database is already at ${HEADS.join(', ')} (another run took it there after this command read the version table); this run changed nothing\n`,
        );
      } else {
        // The loser ran no revision, and says why it stopped and where the database is now.
        expect(lose!.code).toBe(1);
        expect(lose!.stderr).toContain(
          `error EX011: the script stopped at its guard before changing anything: it was compiled for a database at base (no revision), but the database is now at ${HEADS.join(', ')} (another migration ran after this command read the version table)`,
        );
        expect(lose!.stderr).toMatch(/guard STOP/);
      }

      expect(await readVersions(db)).toEqual(HEADS);
      expect(await compareWithModel(db, modelAt(HEADS, db.dialect))).toEqual([]);
      const again = await runCli(['--config-file', conf, 'upgrade', 'head'], { cwd: wd.dir });
      expect(again.stdout).toBe(`nothing to do: the database is already at ${HEADS.join(', ')}\n`);
    }, 180_000);
  });
}

describeEngine('mysql', 'an online MySQL upgrade that finds part of its range applied by another run', (engine) => {
  const wd = suiteWorkDir();

  it('applies the rest, counts only what it ran and names the revisions it found applied', async () => {
    const db = await engine.scratch();
    const conf = writeConfig(wd.dir, connectionUrl(db));
    const boot = await runCli(['--config-file', conf, 'bootstrap'], { cwd: wd.dir });
    expect(boot.code, boot.stderr).toBe(0);
    const lock = await scriptLock('mysql', wd.dir);
    const holder = holdingSession(db, lock.take);
    let run: ReturnType<typeof startCli> | undefined;
    try {
      await waitForHeld(db, lock);
      // This command reads the version table (base) and waits for the lock.
      run = startCli(['--config-file', conf, 'upgrade', 'head'], { cwd: wd.dir });
      await waitFor(
        'the upgrade to wait on the lock',
        async () => {
          const rows = await db.query<{ n: string }>(
            `SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE DB = '${db.name}' AND STATE = 'User lock'`,
          );
          return Number(rows[0]!.n) === 1;
        },
        60_000,
      );
      // Meanwhile another run (a script without the lock) takes the database to kilo.
      const other = await runCli(['--config-file', conf, 'upgrade', 'base:kilo', '--sql', '--no-guard'], { cwd: wd.dir });
      expect(other.code, other.stderr).toBe(0);
      const applied = await db.apply(other.stdout);
      expect(applied.code, applied.stderr).toBe(0);
      expect(await readVersions(db)).toEqual(['kilo']);
    } finally {
      await release(holder);
    }
    const r = await run!.done;
    expect(r.code, r.stderr).toBe(0);
    const ran = progressLines(r.stdout).length;
    expect(ran).toBeGreaterThan(0);
    expect(ran).toBeLessThan(SHIPPED.size);
    const skipped = SHIPPED.size - ran;
    expect(r.stdout).toMatch(
      new RegExp(
        `upgraded base -> ${HEADS.join(', ')}: ${ran} revisions in [^\\n]* \\(${skipped} of ${SHIPPED.size} another run had applied: start_neutron_lbaas, [0-9a-z_, ]*, kilo\\)\\n$`,
      ),
    );
    expect(await readVersions(db)).toEqual(HEADS);
    expect(await compareWithModel(db, modelAt(HEADS, db.dialect))).toEqual([]);
  }, 180_000);
});

for (const dialect of ['postgresql', 'mysql'] as Dialect[]) {
  describeEngine(dialect, 'the migration lock belongs to one database', (engine) => {
    const wd = suiteWorkDir();

    it('a run on another database of the same server does not wait for it', async () => {
      const held = await engine.scratch();
      const other = await engine.scratch();
      const lock = await scriptLock(dialect, wd.dir);
      const holder = holdingSession(held, lock.take);
      try {
        await waitForHeld(held, lock);
        // The same lock, taken in the other database, is free there.
        if (other.server === 'mariadb') {
          const rows = await other.query<{ n: string | null }>(`SELECT IS_USED_LOCK(${lock.key}) AS n`);
          expect(rows[0]!.n).toBeNull();
        }
        const conf = writeConfig(wd.dir, connectionUrl(other));
        expect((await runCli(['--config-file', conf, 'bootstrap'], { cwd: wd.dir })).code).toBe(0);
        const started = Date.now();
        const r = await runCli(['--config-file', conf, 'upgrade', 'head'], { cwd: wd.dir });
        expect(r.code, r.stderr).toBe(0);
        expect(Date.now() - started).toBeLessThan(60_000);
        expect((await runCli(['--config-file', conf, 'current'], { cwd: wd.dir })).stdout).toContain(HEADS[0]!);
      } finally {
        await release(holder);
      }
    });
  });
}
