/**
 * The in-script guard, proven through the real command-line clients as a DBA runs a file:
 * `psql -f`, `mysql < file`, `mariadb < file`, `sqlite3 db < file`, with nothing on the
 * command line that stops on errors. For every engine, scripts compiled for one starting
 * point (upgrade kilo:heads, stamp kilo:heads, downgrade heads:62deca5010cd) are applied to
 * databases at the wrong revision, at base (empty) and at the right revision: only the last
 * changes anything; the others change neither the catalog nor the version table (and create
 * no version table). Each script run a second time stops at its guard; on MySQL and MariaDB,
 * where a rerun is how a failed run is finished (docs/review.md, "Resumable runs"), an upgrade or
 * downgrade run again finds the database at its end and says there is nothing to do.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { family, type Dialect } from '../../src/core/dialect.js';
import { wrappedStatements } from '../../src/verify/verify.js';
import { Context } from '../../src/cli/context.js';
import { makePlan } from '../../src/pipeline/make-plan.js';
import { compilePlanned } from '../../src/pipeline/compile-plan.js';
import { renderOffline } from '../../src/workspace/offline.js';
import type { Direction } from '../../src/pipeline/make-plan.js';
import type { Schema } from '../../src/model/schema.js';
import { diffCatalog, expectedCatalog, readCatalog, readVersions } from '../support/catalog.js';
import { describeEngine, type ExecResult, type ScratchDb } from '../support/engines.js';
import { cliOk, runAsDba, type Runner } from './clients.js';

const WRONG = '4ba00375f715';

/** The plans the scripts follow, from the shipped history (so new revisions need no test change). */
function planOf(direction: Direction, spec: string) {
  const ctx = new Context({ dialect: 'postgresql' });
  return makePlan(ctx.graph(), { direction, spec }).plan;
}
const UP = planOf('upgrade', 'kilo:heads');
const HEADS = UP.heads;
const PROGRESS = UP.steps.map((s) => s.revision.id);
/** After downgrade heads:62deca5010cd (62deca5010cd may stay implied by a revision that depends on it). */
const AFTER_DOWN = planOf('downgrade', 'heads:62deca5010cd').heads;

const ENGINES: { dialect: Dialect; runner: Runner }[] = [
  { dialect: 'postgresql', runner: 'psql' },
  { dialect: 'mysql', runner: 'mysql' },
  { dialect: 'mariadb', runner: 'mariadb' },
  { dialect: 'sqlite', runner: 'sqlite3' },
];

const out = (r: ExecResult) => `${r.stdout}\n${r.stderr}`;
const stopMessage = (expected: string, found: string) =>
  `lbaas-db-manage guard STOP: this script expects the database at ${expected}, but it is at ${found}; nothing was changed`;

/** The model after upgrading base:`to` for a dialect: the oracle for catalog comparisons. */
function modelAt(dialect: Dialect, to: string): Schema {
  const ctx = new Context({ dialect });
  const planned = makePlan(ctx.graph(), { direction: 'upgrade', spec: `base:${to}` });
  return compilePlanned(ctx.loaded(), ctx.graph(), planned, {
    dialect,
    versionTable: 'alembic_version_lbaas',
    title: 'oracle',
    transactionPerMigration: false,
  }).output.schema;
}

async function snapshot(db: ScratchDb) {
  return { catalog: await readCatalog(db), versions: await readVersions(db) };
}

for (const { dialect, runner } of ENGINES) {
  describeEngine(dialect, `guard through ${runner}`, (engine) => {
    /** The same text `--sql` prints (renderOffline is what the CLI runs; one test compares with the built CLI). */
    const sql = (direction: Direction, spec: string, o: { transactionPerMigration?: boolean; clientDirectives?: boolean } = {}) =>
      renderOffline(new Context({ dialect }), direction, spec, o);
    let up: string, stamp: string, down: string, bootstrap: string, toKilo: string;

    async function applyOk(db: ScratchDb, script: string): Promise<ExecResult> {
      const r = await runAsDba(runner, db, script);
      expect(r.code, out(r)).toBe(0);
      return r;
    }

    /** Applies a script that must stop at its guard: non-zero exit, the message naming both sides, no progress marker. */
    async function expectStopped(db: ScratchDb, script: string, expected: string, found: string): Promise<ExecResult> {
      const r = await runAsDba(runner, db, script);
      expect(r.code, out(r)).not.toBe(0);
      expect(out(r)).toContain(stopMessage(expected, found));
      expect(out(r)).not.toMatch(/\[1\/\d+\] /);
      return r;
    }

    /** A finished upgrade or downgrade run again: it stops at its guard, or (MySQL, MariaDB) says there is nothing to do. */
    async function expectFinished(db: ScratchDb, script: string, expected: string, found: string): Promise<void> {
      if (family(dialect) !== 'mysql') {
        await expectStopped(db, script, expected, found);
        return;
      }
      const r = await runAsDba(runner, db, script);
      expect(r.code, out(r)).toBe(0);
      expect(r.stdout).toContain(`lbaas-db-manage: the database is already at ${found}; nothing to do`);
      expect(out(r)).not.toMatch(/\[1\/\d+\] |ERROR/);
    }

    beforeAll(() => {
      up = cliOk(['--dialect', dialect, 'upgrade', 'kilo:heads', '--sql']);
      stamp = sql('stamp', 'kilo:heads');
      down = sql('downgrade', 'heads:62deca5010cd');
      bootstrap = cliOk(['--dialect', dialect, 'bootstrap', '--sql']);
      toKilo = sql('upgrade', 'base:kilo');
    }, 60_000);

    it('the built CLI prints what the tests apply; client directives only where they belong', () => {
      expect(up).toBe(sql('upgrade', 'kilo:heads'));
      expect(up.includes('\n\\set ON_ERROR_STOP on\n')).toBe(dialect === 'postgresql');
      expect(up.includes('\n.bail on\n')).toBe(dialect === 'sqlite');
      const plain = sql('upgrade', 'kilo:heads', { clientDirectives: false });
      expect(plain).not.toContain('ON_ERROR_STOP');
      expect(plain).not.toContain('.bail');
      expect(plain).toContain('guard STOP');
    });

    it('a database at base (empty) is left alone by every script, and no version table appears', async () => {
      const db = await engine.scratch();
      const before = await snapshot(db);
      expect(before.versions).toBeNull();
      const r = await expectStopped(db, up, 'kilo', 'base (no revision)');
      if (dialect === 'sqlite') {
        // sqlite3 prints the guard's report (expected and found) on stdout, and the failed check, whose error quotes the message, on stderr
        expect(r.stdout).toContain(stopMessage('kilo', 'base (no revision)'));
        expect(r.stderr).toContain(`JSON path error near '${stopMessage('kilo', 'base (no revision)')}'`);
      }
      await expectStopped(db, stamp, 'kilo', 'base (no revision)');
      await expectStopped(db, down, HEADS.join(','), 'base (no revision)');
      await expectStopped(db, sql('upgrade', 'kilo:heads', { transactionPerMigration: true }), 'kilo', 'base (no revision)');
      const after = await snapshot(db);
      expect(after).toEqual(before);
      expect(after.versions).toBeNull();
      expect(after.catalog.tables).toEqual([]);
    });

    it('a database at the wrong revision is left alone by every script', async () => {
      const db = await engine.scratch();
      await applyOk(db, bootstrap);
      await applyOk(db, sql('upgrade', `base:${WRONG}`));
      const before = await snapshot(db);
      expect(before.versions).toEqual([WRONG]);
      await expectStopped(db, up, 'kilo', WRONG);
      await expectStopped(db, stamp, 'kilo', WRONG);
      await expectStopped(db, down, HEADS.join(','), WRONG);
      await expectStopped(db, sql('upgrade', 'kilo:heads', { transactionPerMigration: true }), 'kilo', WRONG);
      if (dialect === 'postgresql') {
        // Without ON_ERROR_STOP psql goes on after the guard, but the guard's error aborted the
        // script's transaction: every later statement fails and the COMMIT rolls back.
        const r = await runAsDba(runner, db, sql('upgrade', 'kilo:heads', { clientDirectives: false }));
        expect(r.stderr).toContain(stopMessage('kilo', WRONG));
        expect(r.stderr).toContain('current transaction is aborted');
      }
      expect(await snapshot(db)).toEqual(before);
    });

    it('upgrade and downgrade change a database at their start once, print progress, then stop at the guard', async () => {
      const db = await engine.scratch();
      await applyOk(db, bootstrap);
      await applyOk(db, toKilo);
      const atKilo = await snapshot(db);
      expect(atKilo.versions).toEqual(['kilo']);
      await expectStopped(db, down, HEADS.join(','), 'kilo');
      expect(await snapshot(db)).toEqual(atKilo);

      const r = await applyOk(db, up);
      // progress markers reach the terminal in every client (psql: NOTICE on stderr; the others: a result row on stdout)
      const n = PROGRESS.length;
      PROGRESS.forEach((id, i) => expect(out(r)).toContain(`[${i + 1}/${n}] ${id} `));
      if (dialect === 'postgresql') expect(r.stderr).toContain(`NOTICE:  [1/${n}] ${PROGRESS[0]} `);
      else expect(r.stdout).toMatch(new RegExp(`^\\[1/${n}\\] ${PROGRESS[0]} `, 'm'));
      const atHeads = await snapshot(db);
      expect(atHeads.versions).toEqual(HEADS);
      expect(diffCatalog(expectedCatalog(modelAt(dialect, 'heads'), dialect), atHeads.catalog)).toEqual([]);

      await expectFinished(db, up, 'kilo', HEADS.join(','));
      await expectStopped(db, stamp, 'kilo', HEADS.join(','));
      expect(await snapshot(db)).toEqual(atHeads);

      await applyOk(db, down);
      const afterDown = await snapshot(db);
      expect(afterDown.versions).toEqual(AFTER_DOWN);
      expect(diffCatalog(expectedCatalog(modelAt(dialect, AFTER_DOWN.join(',')), dialect), afterDown.catalog)).toEqual([]);
      await expectFinished(db, down, HEADS.join(','), AFTER_DOWN.join(','));
      expect(await snapshot(db)).toEqual(afterDown);
    });

    it('a script from base runs on a database without a version table or with an empty one, and stops on one at a revision', async () => {
      const fresh = await engine.scratch();
      await applyOk(fresh, bootstrap);
      expect((await snapshot(fresh)).versions).toBeNull();
      await applyOk(fresh, toKilo);
      expect((await snapshot(fresh)).versions).toEqual(['kilo']);

      const empty = await engine.scratch();
      await applyOk(empty, bootstrap);
      await applyOk(empty, 'CREATE TABLE alembic_version_lbaas (version_num VARCHAR(32) NOT NULL PRIMARY KEY);\n');
      expect((await snapshot(empty)).versions).toEqual([]);
      await applyOk(empty, toKilo);
      const atKilo = await snapshot(empty);
      expect(atKilo.versions).toEqual(['kilo']);
      expect(diffCatalog(expectedCatalog(modelAt(dialect, 'kilo'), dialect), atKilo.catalog)).toEqual([]);

      // the same script on a database at a revision: stops (MySQL: at its end, nothing to do), changes nothing
      await expectFinished(empty, toKilo, 'base (no revision)', 'kilo');
      await expectStopped(empty, sql('stamp', 'base:kilo'), 'base (no revision)', 'kilo');
      expect(await snapshot(empty)).toEqual(atKilo);
    });

    it('stamp moves only the version table of a database at its start, then stops when run again', async () => {
      const db = await engine.scratch();
      await applyOk(db, bootstrap);
      await applyOk(db, toKilo);
      const before = await snapshot(db);
      await applyOk(db, stamp);
      const after = await snapshot(db);
      expect(after.versions).toEqual(HEADS);
      expect(after.catalog).toEqual(before.catalog);
      await expectStopped(db, stamp, 'kilo', HEADS.join(','));
      expect(await snapshot(db)).toEqual(after);
    });
  });
}

describe('--no-guard', () => {
  const cases = [
    ['upgrade', 'kilo:heads'],
    ['downgrade', 'heads:62deca5010cd'],
    ['stamp', 'kilo:heads'],
  ] as const;
  for (const { dialect } of ENGINES) {
    it(`${dialect}: upgrade, downgrade and stamp --sql leave out the guard and the lock, and nothing else`, { timeout: 120_000 }, () => {
      for (const [command, range] of cases) {
        const guarded = cliOk(['--dialect', dialect, command, range, '--sql']);
        const bare = cliOk(['--dialect', dialect, command, range, '--sql', '--no-guard']);
        expect(guarded, `${command} ${range}`).toContain('lbaas-db-manage guard STOP');
        expect(bare, `${command} ${range}`).not.toContain('guard');
        expect(bare).not.toMatch(/pg_advisory_lock|GET_LOCK|lbaas_guard|names STOP/);
        // the contract revision 4b4dc6d5d843 drops indexes
        if (dialect !== 'sqlite' && command === 'upgrade') expect(guarded, `${command} ${range}`).toContain('lbaas-db-manage names STOP');
        // from the first revision (or the stamp) on, the two scripts are the same
        // the guards before later revisions, the checked COMMIT (SQLite) and the lock's release are the guard's too
        // and so are the checks of the names a revision drops
        const body = (s: string) =>
          s
            .slice(s.search(/^-- (\[1\/\d+\]|stamp)/m))
            .replace(/^-- guard: stop here unless[^\n]*\n[\s\S]*?(?=^(DO \$lbaas_progress\$|SELECT '\[))/gm, '')
            .replace(/^-- names: stop here unless[^\n]*\n[\s\S]*?(?=^-- (upgrade|downgrade)\[)/gm, '')
            .replace(/^SELECT json_extract\('\{\}', 'lbaas-db-manage guard STOP[^\n]*; COMMIT;$/gm, 'COMMIT;')
            .replace(/\n-- the migration lock is released\n[\s\S]*$/, '');
        expect(body(bare).length).toBeGreaterThan(0);
        if (family(dialect) === 'mysql' && command !== 'stamp') {
          // The resumable layout runs each statement through a prepared statement that holds it
          // (docs/review.md, "Resumable runs"): the statements it holds, in order, are the bare script's.
          const statements = (s: string) => s.split(/;\n/).map((x) => x.replace(/^(--[^\n]*\n|\n)+/, ''));
          const held = (s: string) => statements(s).flatMap((x) => wrappedStatements(x).slice(-1));
          const bareStatements = statements(body(bare)).filter((x) => /^(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|RENAME)\b/.test(x));
          expect(bareStatements.length).toBeGreaterThan(10);
          // (the name checks before a drop set @lbaas_stop: they are the guard's too)
          expect(
            held(guarded).filter(
              (x) =>
                !/^(SET @lbaas_q|SET @lbaas_stop|DROP TABLE IF EXISTS `alembic_version_lbaas_progress`|DELETE FROM `alembic_version_lbaas_progress`|CREATE TABLE IF NOT EXISTS `alembic_version_lbaas_progress`)/.test(
                  x,
                ),
            ),
          ).toEqual(bareStatements);
          continue;
        }
        expect(body(bare)).toBe(body(guarded));
      }
    });
  }
});
