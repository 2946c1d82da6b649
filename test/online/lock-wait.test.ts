/**
 * The PostgreSQL migration lock waits: while another session holds it, a script (run by psql
 * as a DBA does, and by the online command) neither fails nor goes ahead; it waits, and once
 * the lock is released it completes. A lock that is only tried would let the script run
 * alongside the holder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { Context } from '../../src/cli/context.js';
import { renderOffline } from '../../src/workspace/offline.js';
import { readVersions } from '../support/catalog.js';
import { withClientEnv } from '../support/client-env.js';
import { describeEngine, pgConfig, runCommand, type ExecResult, type ScratchDb } from '../support/engines.js';
import { connectionUrl, startCli, suiteWorkDir, waitFor, writeConfig, type CliResult } from './cli.js';

const STAMP = renderOffline(new Context({ dialect: 'postgresql' }), 'stamp', 'base:kilo', {});

/** The lock the script takes, as a blocking statement for the test's own session. */
function lockStatement(script: string): string {
  const m = /pg_(?:try_)?advisory(?:_xact)?_lock\((hashtext\('[^']*'\))\)/.exec(script);
  if (!m) throw new Error('no advisory lock in the PostgreSQL script');
  return `SELECT pg_advisory_lock(${m[1]});`;
}

function pgEnv(db: ScratchDb): NodeJS.ProcessEnv {
  const c = pgConfig();
  return withClientEnv({
    ...process.env,
    PGHOST: c.host,
    PGPORT: String(c.port),
    PGUSER: c.user,
    PGDATABASE: db.name,
    ...(c.password ? { PGPASSWORD: c.password } : {}),
  });
}

/** A psql session that holds the lock until its input ends. */
function hold(db: ScratchDb, statement: string): ChildProcess {
  const p = spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1'], { env: pgEnv(db), stdio: ['pipe', 'ignore', 'ignore'] });
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

async function advisory(db: ScratchDb, granted: boolean): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND l.granted = ${granted} AND d.datname = '${db.name}'`,
  );
  return rows[0]!.n;
}

/** Holds the lock, starts `run`, checks it waits (and changes nothing), releases, returns its result. */
async function blocksUntilReleased<T extends ExecResult | CliResult>(db: ScratchDb, run: () => Promise<T>): Promise<T> {
  const holder = hold(db, lockStatement(STAMP));
  let finished = false;
  let done: Promise<T> | undefined;
  try {
    await waitFor('the test session to hold the lock', async () => (await advisory(db, true)) === 1);
    done = run().finally(() => {
      finished = true;
    });
    await waitFor('the script to wait on the lock', async () => {
      if (finished) throw new Error(`the script ended while the lock was held: ${JSON.stringify(await done)}`);
      return (await advisory(db, false)) === 1;
    });
    await new Promise((r) => setTimeout(r, 1000));
    expect(finished).toBe(false);
    expect(await advisory(db, false)).toBe(1);
    expect(await readVersions(db)).toBeNull();
  } finally {
    await release(holder);
  }
  return done!;
}

describeEngine('postgresql', 'the migration lock while another session holds it', (engine) => {
  const wd = suiteWorkDir();

  it('psql -f script.sql waits, then completes', async () => {
    const db = await engine.scratch();
    const dir = mkdtempSync(join(wd.dir, 'script-'));
    writeFileSync(join(dir, 'stamp.sql'), STAMP, { mode: 0o600 });
    const c = pgConfig();
    const r = await blocksUntilReleased(db, () =>
      runCommand('psql', ['-X', '-h', c.host, '-p', String(c.port), '-U', c.user, '-d', db.name, '-f', join(dir, 'stamp.sql')], {
        env: pgEnv(db),
        timeoutMs: 60_000,
      }),
    );
    rmSync(dir, { recursive: true, force: true });
    expect(r.code, r.stderr).toBe(0);
    expect(await readVersions(db)).toEqual(['kilo']);
  }, 120_000);

  it('the online stamp waits, then completes', async () => {
    const db = await engine.scratch();
    const conf = writeConfig(wd.dir, connectionUrl(db));
    const r = await blocksUntilReleased(db, () => startCli(['--config-file', conf, 'stamp', 'kilo'], { cwd: wd.dir }).done);
    expect(r.code, r.stderr).toBe(0);
    expect(await readVersions(db)).toEqual(['kilo']);
  }, 120_000);
});
