/**
 * The guard holds whatever the client does after an error: a matrix of the ways DBAs run scripts
 * (test/guard/clients.ts WAYS) on the real engines. For each way, a database at the wrong
 * revision, at base, one revision ahead of the script's start (the guard before the second
 * revision would pass: only the first stop's poisoning keeps it shut), and one where the first
 * revision's version update was lost (the guard before the second revision stops it) ends with
 * its catalog and version rows unchanged; a database at the right revision is upgraded.
 * The documented way stops with a non-zero exit; the forgiving ways may exit 0, which is why the
 * scripts must make every later statement fail by themselves.
 */
import { describe, expect, it } from 'vitest';
import { family, type Dialect } from '../../src/core/dialect.js';
import { Context } from '../../src/cli/context.js';
import { makePlan } from '../../src/pipeline/make-plan.js';
import { compilePlanned } from '../../src/pipeline/compile-plan.js';
import { renderOffline } from '../../src/workspace/offline.js';
import type { Schema } from '../../src/model/schema.js';
import { diffCatalog, expectedCatalog, readCatalog, readVersions } from '../support/catalog.js';
import { describeEngine, serverFor, type ExecResult, type ScratchDb } from '../support/engines.js';
import { cliOk, runWay, WAYS } from './clients.js';

const WRONG = '4ba00375f715';
const ctxPg = new Context({ dialect: 'postgresql' });
const UP = makePlan(ctxPg.graph(), { direction: 'upgrade', spec: 'kilo:heads' }).plan;
const HEADS = UP.heads;
const FIRST = UP.steps[0]!.revision.id;
const SECOND = UP.steps[1]!.revision.id;

const out = (r: ExecResult) => `${r.stdout}\n${r.stderr}`;
const stopMessage = (expected: string, found: string) =>
  `lbaas-db-manage guard STOP: this script expects the database at ${expected}, but it is at ${found}; nothing was changed`;

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

/** The script with the first revision's version-table statement taken out, as if a client had skipped it after an error. */
function withoutFirstVersionUpdate(script: string): string {
  const start = script.indexOf(`-- [1/${UP.steps.length}] `);
  const end = script.indexOf(`-- [2/${UP.steps.length}] `);
  const part = script.slice(start, end);
  // MySQL/MariaDB (the resumable layout): the statement is held by a prepared statement; take out all three.
  const cut = part
    .replace(
      /^SET @lbaas_q = IF\(@lbaas_run = 1 AND @lbaas_stop = ''\n {4}AND \(SELECT COUNT\(\*\)[^\n]*\n {4}'(UPDATE|INSERT INTO) `alembic_version_lbaas`[^\n]*\nPREPARE lbaas_stmt FROM @lbaas_q;\nEXECUTE lbaas_stmt;\n/m,
      '',
    )
    .replace(/^(UPDATE|INSERT INTO) [`"]alembic_version_lbaas[`"][^\n]*\n/m, '');
  expect(cut).not.toBe(part);
  return script.slice(0, start) + cut + script.slice(end);
}

const DIALECTS: Dialect[] = ['postgresql', 'mariadb', 'mysql', 'sqlite'];

for (const dialect of DIALECTS) {
  const ways = WAYS[serverFor(dialect)];
  for (const way of ways) {
    describeEngine(dialect, `ways of running: ${way.name}`, (engine) => {
      const sql = (spec: string, o: { transactionPerMigration?: boolean } = {}) =>
        renderOffline(new Context({ dialect }), 'upgrade', spec, { ...o, clientDirectives: way.directives });
      const perRevision = dialect === 'postgresql' || dialect === 'sqlite' ? [false, true] : [false];
      let bootstrap: string | undefined;

      /** A scratch database with Neutron's tables (bootstrap), then upgraded to `to` the documented way. */
      async function fresh(to?: string): Promise<ScratchDb> {
        const db = await engine.scratch();
        bootstrap ??= cliOk(['--dialect', dialect, 'bootstrap', '--sql']);
        const b = await db.apply(bootstrap);
        expect(b.code, out(b)).toBe(0);
        if (to) {
          const u = await db.apply(renderOffline(new Context({ dialect }), 'upgrade', `base:${to}`, {}));
          expect(u.code, out(u)).toBe(0);
        }
        return db;
      }

      async function expectUnchanged(db: ScratchDb, script: string, expected: string, found: string): Promise<void> {
        const before = await snapshot(db);
        const r = await runWay(way, db, script);
        if (way.documented) expect(r.code, out(r)).not.toBe(0);
        expect(out(r)).toContain(stopMessage(expected, found));
        const after = await snapshot(db);
        expect(after, out(r)).toEqual(before);
      }

      for (const tpm of perRevision) {
        const label = tpm ? ' (one transaction per revision)' : '';
        it(`a database at the wrong revision ends unchanged${label}`, async () => {
          const db = await fresh(WRONG);
          await expectUnchanged(db, sql('kilo:heads', { transactionPerMigration: tpm }), 'kilo', WRONG);
        });

        it(`a database at base ends unchanged, with no version table${label}`, async () => {
          const db = await fresh();
          await expectUnchanged(db, sql('kilo:heads', { transactionPerMigration: tpm }), 'kilo', 'base (no revision)');
          expect(await readVersions(db)).toBeNull();
        });

        if (family(dialect) === 'mysql') {
          // A database further along the script's own way is where a failed run of it stopped: the
          // script goes on from there (docs/review.md, "Resumable runs").
          it(`a database one revision ahead is taken to the end, from where it is${label}`, async () => {
            const db = await fresh(FIRST);
            const r = await runWay(way, db, sql('kilo:heads', { transactionPerMigration: tpm }));
            expect(r.code, out(r)).toBe(0);
            expect(out(r)).not.toMatch(new RegExp(`\\[1/${UP.steps.length}\\] ${FIRST} `));
            const after = await snapshot(db);
            expect(after.versions).toEqual(HEADS);
            expect(diffCatalog(expectedCatalog(modelAt(dialect, 'heads'), dialect), after.catalog)).toEqual([]);
          });
        } else {
          it(`a database one revision ahead ends unchanged: once stopped, the next revision's guard cannot let it go on${label}`, async () => {
            const db = await fresh(FIRST);
            expect(await readVersions(db)).toEqual([FIRST]);
            await expectUnchanged(db, sql('kilo:heads', { transactionPerMigration: tpm }), 'kilo', FIRST);
          });
        }

        it(`a lost version update of the first revision stops the script at the second revision's guard${label}`, async () => {
          const db = await fresh('kilo');
          const before = await snapshot(db);
          const r = await runWay(way, db, withoutFirstVersionUpdate(sql('kilo:heads', { transactionPerMigration: tpm })));
          if (way.documented) expect(r.code, out(r)).not.toBe(0);
          expect(out(r)).toContain(stopMessage(FIRST, 'kilo'));
          // no progress marker of the second revision is printed (a pasted script's echo does not count)
          expect(out(r)).not.toMatch(new RegExp(`(^|NOTICE: +)\\[2/${UP.steps.length}\\] ${SECOND} `, 'm'));
          expect(await snapshot(db)).toEqual(before);
        });

        it(`a database at the right revision is upgraded${label}`, async () => {
          const db = await fresh('kilo');
          const r = await runWay(way, db, sql('kilo:heads', { transactionPerMigration: tpm }));
          expect(r.code, out(r)).toBe(0);
          expect(out(r)).not.toMatch(/ERROR|Error|error/);
          const after = await snapshot(db);
          expect(after.versions).toEqual(HEADS);
          expect(diffCatalog(expectedCatalog(modelAt(dialect, 'heads'), dialect), after.catalog)).toEqual([]);
        });
      }
    });
  }
}

describe('ways of running', () => {
  it('every engine has the documented way and at least two that go on after errors', () => {
    for (const ways of Object.values(WAYS)) {
      expect(ways.filter((w) => w.documented)).toHaveLength(1);
      expect(ways.filter((w) => !w.documented).length).toBeGreaterThanOrEqual(2);
    }
  });
});
