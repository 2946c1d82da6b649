/**
 * Two online `upgrade head` runs on one SQLite database that is at a revision other than base.
 * The script's BEGIN IMMEDIATE is the migration lock: both wait for it (the test holds it first
 * so both are certainly waiting), then one applies the pending revisions and the other, once it
 * gets the lock, stops cleanly at its guard. With a deferred BEGIN both would read the version
 * table, pass the guard, and meet at their first write ("database is locked").
 */
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { compareWithModel, readVersions } from '../support/catalog.js';
import { describeEngine } from '../support/engines.js';
import {
  connectionUrl,
  hasOpen,
  HEADS,
  modelAt,
  pendingFrom,
  progressLines,
  runCli,
  startCli,
  suiteWorkDir,
  waitFor,
  writeConfig,
  type CliResult,
} from './cli.js';

describeEngine('sqlite', 'two concurrent online upgrades from kilo', (engine) => {
  const wd = suiteWorkDir();

  it('one applies the pending revisions; the other waits, then stops at its guard', async () => {
    const db = await engine.scratch();
    const conf = writeConfig(wd.dir, connectionUrl(db));
    for (const args of [['bootstrap'], ['upgrade', 'kilo']]) {
      const r = await runCli(['--config-file', conf, ...args], { cwd: wd.dir });
      expect(r.code, r.stderr).toBe(0);
    }
    expect(await readVersions(db)).toEqual(['kilo']);
    const pending = pendingFrom(['kilo']);
    expect(pending).toBeGreaterThan(0);

    const holder = new Database(db.file!);
    holder.exec('BEGIN IMMEDIATE');
    const a = startCli(['--config-file', conf, 'upgrade', 'head'], { cwd: wd.dir });
    const b = startCli(['--config-file', conf, 'upgrade', 'head'], { cwd: wd.dir });
    const ended: CliResult[] = [];
    void a.done.then((r) => ended.push(r));
    void b.done.then((r) => ended.push(r));
    try {
      await waitFor(
        'both upgrades to wait on the lock',
        async () => {
          if (ended.length) throw new Error(`a run ended while the lock was held:\n${ended.map((r) => `exit ${r.code}: ${r.stderr}`).join('\n')}`);
          if (!(hasOpen(a.child.pid!, db.file!) && hasOpen(b.child.pid!, db.file!))) return false;
          await new Promise((r) => setTimeout(r, 1000)); // still open and still running: waiting, not a quick read
          if (ended.length) throw new Error(`a run ended while the lock was held:\n${ended.map((r) => `exit ${r.code}: ${r.stderr}`).join('\n')}`);
          return hasOpen(a.child.pid!, db.file!) && hasOpen(b.child.pid!, db.file!);
        },
        60_000,
      );
      expect(await readVersions(db)).toEqual(['kilo']);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    const results = await Promise.all([a.done, b.done]);
    const winners = results.filter((r) => r.code === 0);
    const losers = results.filter((r) => r.code !== 0);
    expect(winners, results.map((r) => r.stderr).join('\n')).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(progressLines(winners[0]!.stdout)).toHaveLength(pending);
    const lose = losers[0]!;
    expect(lose.code).toBe(1);
    expect(progressLines(lose.stdout)).toEqual([]);
    expect(lose.stderr).toContain(
      `error EX011: the script stopped at its guard before changing anything: it was compiled for a database at kilo, but the database is now at ${HEADS.join(', ')}`,
    );
    expect(lose.stderr).not.toMatch(/database is locked/i);
    expect(await readVersions(db)).toEqual(HEADS);
    expect(await compareWithModel(db, modelAt(HEADS, 'sqlite'))).toEqual([]);
  }, 180_000);
});
