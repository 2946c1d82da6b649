/**
 * Locks are bounded and released, on the real engines (PostgreSQL, and MariaDB for both MySQL
 * dialects):
 * - a reader holding a lock on a table the script alters makes the script give up within its
 *   --lock-timeout, change nothing (MySQL: nothing past the last completed revision), and leaves
 *   the table readable at once;
 * - another session holding the migration lock makes the script stop within --lock-wait-timeout
 *   with the lock STOP message, changing nothing;
 * - the migration lock is free as soon as the script ends, and as soon as a guard stops it, in a
 *   session that stays open afterwards (a GUI tab, a pooled connection): another session can
 *   take it at once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { Context } from '../../src/cli/context.js';
import { renderOffline } from '../../src/workspace/offline.js';
import { makePlan } from '../../src/pipeline/make-plan.js';
import { readCatalog, readVersions } from '../support/catalog.js';
import { describeEngine, type ExecResult, type ScratchDb } from '../support/engines.js';
import { cliOk, lockIsFree, MY_KEY, PG_KEY, runAsDba, Session } from './clients.js';
import { connectionUrl, runCli, writeConfig } from '../online/cli.js';

const WRONG = '4ba00375f715';
/** The version rows a kilo:heads upgrade leaves before its first revision that alters ALTERED (MySQL commits each revision). */
function rowsBeforeAltering(): string[] {
  const plan = makePlan(new Context({ dialect: 'mysql' }).graph(), { direction: 'upgrade', spec: 'kilo:heads' }).plan;
  const rows = new Set(plan.from);
  for (const step of plan.steps) {
    if (step.revision.id === ALTERING) break;
    for (const v of step.versions) {
      if (v.kind === 'insert') rows.add(v.id);
      else if (v.kind === 'delete') rows.delete(v.id);
      else {
        rows.delete(v.from);
        rows.add(v.to);
      }
    }
  }
  return [...rows].sort();
}
/** The first table a kilo:heads upgrade alters, and the revision that does (it adds a column to it). */
const ALTERED = 'lbaas_members';
const ALTERING = '4a408dd491c2';
const out = (r: ExecResult) => `${r.stdout}\n${r.stderr}`;

/** The catalog (without the progress table of a resumable MySQL script, read on its own) and the version rows. */
async function snapshot(db: ScratchDb) {
  return { catalog: await readCatalog(db, { ignoreTables: [PROGRESS_TABLE] }), versions: await readVersions(db) };
}

const PROGRESS_TABLE = 'alembic_version_lbaas_progress';

/** MySQL/MariaDB: the progress rows a stopped run left (docs/review.md, "Resumable runs"); [] when there is no progress table. */
async function progressRows(db: ScratchDb): Promise<{ revision: string; statement: string; done: string }[]> {
  const t = await db.query(`SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '${PROGRESS_TABLE}'`);
  if (t.length === 0) return [];
  return db.query(`SELECT \`revision\`, \`statement\`, \`done\` FROM \`${PROGRESS_TABLE}\` ORDER BY \`revision\`, \`statement\``);
}

for (const dialect of ['postgresql', 'mariadb', 'mysql'] as Dialect[]) {
  describeEngine(dialect, 'locks are bounded and released', (engine) => {
    const sql = (spec: string, o: { lockTimeout?: number; lockWaitTimeout?: number; clientDirectives?: boolean } = {}) =>
      renderOffline(new Context({ dialect }), 'upgrade', spec, o);
    let bootstrap: string | undefined;

    async function fresh(to: string): Promise<ScratchDb> {
      const db = await engine.scratch();
      bootstrap ??= cliOk(['--dialect', dialect, 'bootstrap', '--sql']);
      expect((await db.apply(bootstrap)).code).toBe(0);
      const r = await db.apply(sql(`base:${to}`));
      expect(r.code, out(r)).toBe(0);
      return db;
    }

    it('a reader holding a lock on an altered table: the script gives up within --lock-timeout, changes nothing, and reads go on', async () => {
      const db = await fresh('kilo');
      const before = await snapshot(db);
      const reader = new Session(db);
      try {
        await reader.run(`BEGIN; SELECT count(*) FROM ${ALTERED};`);
        const started = Date.now();
        const r = await runAsDba(dialect === 'postgresql' ? 'psql' : 'mariadb', db, sql('kilo:heads', { lockTimeout: 1 }));
        const seconds = (Date.now() - started) / 1000;
        expect(r.code, out(r)).not.toBe(0);
        expect(out(r)).toMatch(dialect === 'postgresql' ? /canceling statement due to lock timeout/ : /Lock wait timeout exceeded/);
        // a 1 s wait, plus the client and the statements before it; far from an unbounded wait
        expect(seconds).toBeLessThan(15);
        // while the script gave up, the reader's own transaction went on
        expect(await reader.run(`SELECT count(*) FROM ${ALTERED};`)).toMatch(/^0$/m);
      } finally {
        await reader.close();
      }
      const after = await snapshot(db);
      expect(after.catalog).toEqual(before.catalog);
      if (dialect === 'postgresql') expect(after.versions).toEqual(before.versions);
      else {
        // MySQL commits per revision: the no-op revisions before the blocked one are recorded, and
        // the blocked statement, the first of its revision, is recorded as started (a rerun runs it)
        expect(after.versions).toEqual(rowsBeforeAltering());
        expect(await progressRows(db)).toEqual([{ revision: expect.any(String), statement: '1', done: '0' }]);
      }
      const t = Date.now();
      await db.query(`SELECT count(*) AS n FROM ${ALTERED}`);
      expect(Date.now() - t).toBeLessThan(5000);
      expect(await lockIsFree(db)).toBe(true);
    });

    if (dialect !== 'mariadb') {
      it('online: a busy table stops the run within [database] lock_timeout, and the message says to retry later', async () => {
        const db = await fresh('kilo');
        const before = await snapshot(db);
        const wd = mkdtempSync(join(tmpdir(), 'lbaas-locks-'));
        const reader = new Session(db);
        try {
          const conf = writeConfig(wd, connectionUrl(db), 'lock_timeout = 1\n');
          await reader.run(`BEGIN; SELECT count(*) FROM ${ALTERED};`);
          const started = Date.now();
          const r = await runCli(['--config-file', conf, 'upgrade', 'heads'], { cwd: wd });
          expect((Date.now() - started) / 1000).toBeLessThan(30);
          expect(r.code, r.stderr).toBe(1);
          expect(r.stderr).toMatch(/a table was busy: a statement waited longer than the script's lock timeout .*; retry later/);
          expect(r.stderr).toContain(dialect === 'postgresql' ? 'nothing was changed' : 'the version table holds the last revision that completed');
        } finally {
          await reader.close();
          rmSync(wd, { recursive: true, force: true });
        }
        const after = await snapshot(db);
        expect(after.catalog).toEqual(before.catalog);
        expect(after.versions).toEqual(dialect === 'postgresql' ? before.versions : rowsBeforeAltering());
      });
    }

    it('another session holding the migration lock: the script stops within --lock-wait-timeout and changes nothing', async () => {
      const db = await fresh('kilo');
      const before = await snapshot(db);
      const holder = new Session(db);
      try {
        await holder.run(dialect === 'postgresql' ? `SELECT pg_advisory_lock(${PG_KEY});` : `SELECT GET_LOCK(${MY_KEY}, 5);`);
        expect(await lockIsFree(db)).toBe(false);
        const started = Date.now();
        const r = await runAsDba(dialect === 'postgresql' ? 'psql' : 'mariadb', db, sql('kilo:heads', { lockWaitTimeout: 1 }));
        expect((Date.now() - started) / 1000).toBeLessThan(15);
        expect(r.code, out(r)).not.toBe(0);
        expect(out(r)).toContain('lbaas-db-manage lock STOP: another migration of this database held the lock for 1 s; nothing was changed; retry later');
        expect(await snapshot(db)).toEqual(before);
      } finally {
        await holder.close();
      }
      expect(await lockIsFree(db)).toBe(true);
    });

    it('the migration lock is free once the script has run, in a session that stays open', async () => {
      const db = await fresh('kilo');
      const s = new Session(db);
      try {
        const r = await s.run(sql('kilo:heads', { clientDirectives: false }));
        expect(r).not.toMatch(/ERROR/);
        expect(await readVersions(db)).not.toEqual(['kilo']);
        expect(await lockIsFree(db)).toBe(true);
      } finally {
        await s.close();
      }
    });

    it('the migration lock is free once a guard stopped the script, in a session that stays open', async () => {
      const db = await fresh(WRONG);
      const before = await snapshot(db);
      const s = new Session(db, true);
      try {
        const r = await s.run(sql('kilo:heads', { clientDirectives: false }));
        expect(r).toContain(`lbaas-db-manage guard STOP: this script expects the database at kilo, but it is at ${WRONG}; nothing was changed`);
        expect(await lockIsFree(db)).toBe(true);
        expect(await snapshot(db)).toEqual(before);
      } finally {
        await s.close();
      }
    });
  });
}
