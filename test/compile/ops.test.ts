/**
 * Op by op: every case of cases.ts compiles to exactly the SQL it lists for each dialect
 * (or to exactly the listed refusal), and the same case — before-state plus op, compiled
 * as a two-revision history through the whole pipeline — applied to the real engines
 * leaves a catalog equal to the compiler's own model, rows intact and foreign keys working.
 */
import { describe, expect, it } from 'vitest';
import { DIALECTS, type Dialect } from '../../src/core/dialect.js';
import { describeEngine } from '../support/engines.js';
import { CASES, expectedFor, isRefusal, type OpCase } from './cases.js';
import { applyOk, compile, expectCatalog, lastStepSql, refusal, revision, scratchPool } from './harness.js';
import { expectRows, serverFkProbe, sqliteIntegrity } from './rows.js';

function history(c: OpCase) {
  return [revision({ id: 'r1', upgrade: c.before }), revision({ id: 'r2', down: 'r1', upgrade: [c.op] })];
}

describe('per-op SQL, side by side', () => {
  it('case names are unique', () => {
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });
  for (const c of CASES) {
    describe(c.name, () => {
      for (const d of DIALECTS) {
        it(d, () => {
          const exp = expectedFor(c, d);
          const revs = history(c);
          if (isRefusal(exp)) {
            expect(refusal(d, revs).map((x) => ({ code: x.code, message: x.message }))).toEqual([exp.notSupported]);
          } else {
            expect(lastStepSql(compile(d, revs))).toBe(exp.join('\n'));
          }
        });
      }
    });
  }
});

const ENGINES: { dialect: Dialect; via?: 'cli' | 'driver'; title: string }[] = [
  { dialect: 'postgresql', title: 'ops applied' },
  { dialect: 'mysql', title: 'ops applied' },
  { dialect: 'mariadb', title: 'ops applied' },
  { dialect: 'sqlite', via: 'cli', title: 'ops applied with the sqlite3 CLI' },
  { dialect: 'sqlite', via: 'driver', title: 'ops applied with better-sqlite3' },
];

for (const e of ENGINES) {
  describeEngine(e.dialect, e.title, (engine) => {
    const pool = scratchPool(engine);
    for (const c of CASES) {
      if (isRefusal(expectedFor(c, e.dialect))) continue;
      it.concurrent(c.name, { timeout: 600_000 }, () =>
        pool.use(async (db) => {
          const compiled = compile(e.dialect, history(c));
          await applyOk(db, compiled.text, e.via);
          await expectCatalog(db, compiled.schema);
          for (const r of c.rows ?? []) await expectRows(db, r.table, r.columns, r.order, r.rows);
          if (e.dialect === 'sqlite') sqliteIntegrity(db, c.fkProbe);
          else if (c.fkProbe) await serverFkProbe(db, c.fkProbe);
        }),
      );
    }
  });
}

/**
 * String literals must not depend on how the session was left by whoever runs the script:
 * the bulk_insert case again, after a session setting that changes what a backslash means.
 * The control statement proves the setting really is in force when the script starts.
 */
const NASTY = CASES.find((c) => c.name.startsWith('bulk_insert: quotes'))!;
const HOSTILE: { dialect: Dialect; setting: string; control: string; controlValue: string }[] = [
  {
    dialect: 'postgresql',
    setting: 'SET standard_conforming_strings = off;',
    control: "CREATE TABLE ctl AS SELECT 'a\\\\b'::text AS v;",
    controlValue: 'a\\b',
  },
  {
    dialect: 'mariadb',
    setting: "SET SESSION sql_mode = CONCAT(@@SESSION.sql_mode, ',NO_BACKSLASH_ESCAPES');",
    control: "CREATE TABLE ctl AS SELECT 'a\\\\b' AS v;",
    controlValue: 'a\\\\b',
  },
];
for (const h of HOSTILE) {
  describeEngine(h.dialect, 'literals under a hostile session setting', (engine) => {
    it(`${h.setting} before the script`, async () => {
      const db = await engine.scratch();
      const compiled = compile(h.dialect, history(NASTY));
      await applyOk(db, `${h.setting}\n${h.control}\n${compiled.text}`);
      await expectRows(db, 'ctl', ['v'], 'v', [[h.controlValue]]);
      for (const r of NASTY.rows!) await expectRows(db, r.table, r.columns, r.order, r.rows);
    });
  });
}
