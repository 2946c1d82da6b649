/**
 * Properties of the compiler over seeded pseudo-random revision chains (gen.ts), every
 * revision with its downgrade:
 *  - compiling twice gives byte-identical scripts, upgrade and downgrade;
 *  - the order in which the revisions are handed over does not change a byte;
 *  - replaying the upgrades and then the downgrades brings the model back, at every revision,
 *    to what it was on the way up (tables, columns, constraints, indexes, enum types; source
 *    positions aside, and column order aside: add_column appends, so a downgraded drop_column
 *    puts the column last);
 *  - for a few seeds per engine, the scripts applied for real, up to the middle, up to the
 *    heads, down to the middle and down to base, leave the catalog equal to the model at
 *    each stop (at base only the emptied version table is left).
 */
import { describe, expect, it } from 'vitest';
import { DIALECTS, type Dialect } from '../../src/core/dialect.js';
import type { Revision } from '../../src/core/ops.js';
import { Replayer } from '../../src/model/replay.js';
import type { Schema } from '../../src/model/schema.js';
import { describeEngine } from '../support/engines.js';
import { shuffle } from '../graph/fixtures.js';
import { Gen } from './gen.js';
import { applyOk, compile, expectCatalog, revision, scratchPool } from './harness.js';

const SEEDS = [101, 202, 303, 404, 505, 606, 707, 808, 909, 1111, 1212, 1313, 1414, 1515, 1616, 1717, 1818, 1919, 2020, 2121];
const REVISIONS = 10;

function chain(seed: number): Revision[] {
  const revs = new Gen(seed).revisions(REVISIONS);
  return revs.map((r, i) => revision({ id: r.id, down: i === 0 ? null : revs[i - 1]!.id, upgrade: r.upgrade, downgrade: r.downgrade }));
}

/** The model as plain data: origins dropped, tables, constraints and columns in name order. */
function normalize(s: Schema): unknown {
  const strip = (x: object) => Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'origin'));
  const byName = <T extends { name: string }>(xs: T[]) => [...xs].sort((a, b) => a.name.localeCompare(b.name)).map(strip);
  return {
    tables: [...s.tables.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((t) => ({
        ...strip(t),
        columns: byName(t.columns),
        primaryKey: t.primaryKey && strip(t.primaryKey),
        uniques: byName(t.uniques),
        foreignKeys: byName(t.foreignKeys),
        checks: byName(t.checks),
        indexes: byName(t.indexes),
      })),
    enums: byName([...s.enums.values()]),
  };
}

/** What a set of chains exercises: op kinds, and alter_column by what it changes. */
function exercised(seeds: number[]): string[] {
  const seen = new Set<string>();
  for (const s of seeds) {
    for (const r of chain(s)) {
      for (const o of [...r.upgrade, ...r.downgrade!]) {
        seen.add(o.op);
        if (o.op === 'alter_column') {
          if (o.type?.kind === 'enum') seen.add('alter_column:enum');
          else if (o.type) seen.add('alter_column:type');
          if (o.nullable !== undefined) seen.add('alter_column:nullable');
          if (o.server_default !== undefined) seen.add(o.server_default === null ? 'alter_column:drop_default' : 'alter_column:default');
          if (o.new_column_name) seen.add('alter_column:rename');
        }
        if (o.op === 'drop_constraint') seen.add(`drop_constraint:${o.type}`);
      }
    }
  }
  return [...seen].sort();
}
const EVERYTHING = [
  'add_column',
  'alter_column',
  'alter_column:default',
  'alter_column:drop_default',
  'alter_column:enum',
  'alter_column:nullable',
  'alter_column:rename',
  'alter_column:type',
  'bulk_insert',
  'create_check_constraint',
  'create_foreign_key',
  'create_index',
  'create_table',
  'create_unique_constraint',
  'drop_column',
  'drop_constraint',
  'drop_constraint:check',
  'drop_constraint:foreignkey',
  'drop_constraint:unique',
  'drop_index',
  'drop_table',
  'execute',
  'rename_table',
];

describe('generated chains', () => {
  it('exercise every op kind and every kind of alter_column', () => {
    expect(exercised(SEEDS)).toEqual(EVERYTHING);
  });

  it('are the same for the same seed', () => {
    expect(JSON.stringify(new Gen(7).revisions(REVISIONS))).toBe(JSON.stringify(new Gen(7).revisions(REVISIONS)));
    expect(JSON.stringify(new Gen(7).revisions(REVISIONS))).not.toBe(JSON.stringify(new Gen(8).revisions(REVISIONS)));
  });
});

for (const seed of SEEDS) {
  describe(`seed ${seed}`, () => {
    const revs = chain(seed);
    for (const d of DIALECTS) {
      it(`${d}: compiles to the same bytes twice, and whatever the order of the revisions`, () => {
        const up = compile(d, revs).text;
        const down = compile(d, revs, { direction: 'downgrade', spec: 'heads:base' }).text;
        expect(compile(d, revs).text).toBe(up);
        expect(compile(d, revs, { direction: 'downgrade', spec: 'heads:base' }).text).toBe(down);
        for (const s of [1, 2, 3]) {
          const mixed = shuffle(revs, seed * 7 + s);
          expect(mixed.map((r) => r.id)).not.toEqual(revs.map((r) => r.id));
          expect(compile(d, mixed).text).toBe(up);
          expect(compile(d, mixed, { direction: 'downgrade', spec: 'heads:base' }).text).toBe(down);
        }
      });

      it(`${d}: downgrades bring the model back to each revision on the way up`, () => {
        const r = new Replayer(d);
        const snapshots: unknown[] = [normalize(r.schema)];
        for (const rev of revs) {
          expect(
            r.applyRevision(rev, 'up', () => {}),
            `${rev.id} up: ${r.diagnostics.map((x) => x.message).join('; ')}`,
          ).toBe(true);
          snapshots.push(normalize(r.schema));
        }
        for (let k = revs.length - 1; k >= 0; k--) {
          const rev = revs[k]!;
          expect(
            r.applyRevision(rev, 'down', () => {}),
            `${rev.id} down: ${r.diagnostics.map((x) => x.message).join('; ')}`,
          ).toBe(true);
          expect(normalize(r.schema), `model after downgrading ${rev.id}`).toEqual(snapshots[k]);
        }
        expect(r.schema.tables.size + r.schema.enums.size).toBe(0);
      });
    }
  });
}

/** Seeds applied for real, per engine. */
const ENGINE_SEEDS = [303, 909, 1212, 1414];
const ENGINES: { dialect: Dialect; via?: 'cli' | 'driver'; title: string }[] = [
  { dialect: 'postgresql', title: 'generated chains applied' },
  { dialect: 'mysql', title: 'generated chains applied' },
  { dialect: 'mariadb', title: 'generated chains applied' },
  { dialect: 'sqlite', via: 'cli', title: 'generated chains applied with the sqlite3 CLI' },
  { dialect: 'sqlite', via: 'driver', title: 'generated chains applied with better-sqlite3' },
];

for (const e of ENGINES) {
  describeEngine(e.dialect, e.title, (engine) => {
    const pool = scratchPool(engine, 2);
    it('seeds exercise every op kind and every kind of alter_column', () => {
      expect(exercised(ENGINE_SEEDS)).toEqual(EVERYTHING);
    });
    for (const seed of ENGINE_SEEDS) {
      it.concurrent(`seed ${seed}: up to the middle, up to the heads, down to the middle, down to base`, { timeout: 600_000 }, () =>
        pool.use(async (db) => {
          const revs = chain(seed);
          const mid = revs[Math.floor(revs.length / 2)]!.id;
          const last = revs[revs.length - 1]!.id;
          // Half of the scripts with one transaction per revision, half with one for the whole script.
          // down to base drops the version table (null: no table), as Alembic's offline scripts do
          const stops: { direction: 'upgrade' | 'downgrade'; spec: string; at: string[] | null; perRevision: boolean }[] = [
            { direction: 'upgrade', spec: mid, at: [mid], perRevision: false },
            { direction: 'upgrade', spec: `${mid}:heads`, at: [last], perRevision: true },
            { direction: 'downgrade', spec: `heads:${mid}`, at: [mid], perRevision: false },
            { direction: 'downgrade', spec: `${mid}:base`, at: null, perRevision: true },
          ];
          for (const s of stops) {
            const c = compile(e.dialect, revs, { direction: s.direction, spec: s.spec, transactionPerMigration: s.perRevision });
            await applyOk(db, c.text, e.via);
            await expectCatalog(db, c.schema, s.at);
          }
        }),
      );
    }
  });
}
