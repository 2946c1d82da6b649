/**
 * Revision ids are stored in the version table's version_num VARCHAR(32): an id of 32
 * characters loads, compiles and is stored whole on every engine; one of 33 is refused at load
 * with a coded error at the field (and by `revision --rev-id`), before any script exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type Dialect } from '../../src/core/dialect.js';
import { compilePlanned } from '../../src/pipeline/compile-plan.js';
import { makePlan } from '../../src/pipeline/make-plan.js';
import { loadHistoryFiles } from '../../src/front/load.js';
import { buildGraph } from '../../src/graph/graph.js';
import { cli } from '../guard/clients.js';
import { writeFixture, type Fixture } from '../lint/fixture.js';
import { assertApplied, describeEngine } from '../support/engines.js';

const ID32 = 'a'.repeat(20) + '0123456789_Z';
const ID33 = `${ID32}x`;

const history = (id: string) => [
  {
    revision: 'r1',
    down_revision: null,
    message: 'create t',
    downgrade: [],
    upgrade: [{ op: 'create_table', table: 't', columns: [{ name: 'id', type: 'integer', nullable: false }], primary_key: ['id'] }],
  },
  { revision: id, down_revision: 'r1', message: 'long id', downgrade: [], upgrade: [{ op: 'add_column', table: 't', column: { name: 'w', type: 'integer' } }] },
];

describe('revision id length at load', () => {
  let ok: Fixture, long: Fixture;
  beforeAll(() => {
    ok = writeFixture(history(ID32));
    long = writeFixture(history(ID33));
  });
  afterAll(() => {
    ok?.remove();
    long?.remove();
  });

  it('accepts 32 characters', () => {
    expect(ID32).toHaveLength(32);
    const h = loadHistoryFiles(ok.dir, 'versions');
    expect(h.diagnostics).toEqual([]);
    expect(h.revisions.map((r) => r.id).sort()).toEqual([ID32, 'r1'].sort());
  });

  it('refuses 33 characters with a coded error at the field, naming the column', () => {
    expect(ID33).toHaveLength(33);
    const h = loadHistoryFiles(long.dir, 'versions');
    const errors = h.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    const d = errors[0]!;
    expect(d.code).toBe('LD002');
    expect(d.message).toContain(`expected 1-32 letters, digits or underscores, found "${ID33}"`);
    expect(d.hint).toMatch(/VARCHAR\(32\)/);
    expect(d.at?.file).toBe(`versions/${ID33}.jsonc`);
    expect(d.at?.path).toEqual(['revision']);
  });

  it('the command line refuses it too: check_migration exits 1 with the code; upgrade --sql prints no script', () => {
    const check = cli(['--versions', 'versions', 'check_migration'], { cwd: long.dir });
    expect(check.code).toBe(1);
    // file:line:col of the field's value (line 3: a comment line, then the object's first key)
    expect(check.stderr).toContain(`versions/${ID33}.jsonc:3:15: error `);
    expect(check.stderr).toContain(`LD002: field 'revision': expected 1-32 letters, digits or underscores, found "${ID33}"`);
    const up = cli(['--versions', 'versions', '--dialect', 'postgresql', 'upgrade', 'heads', '--sql'], { cwd: long.dir });
    expect(up.code).toBe(1);
    expect(up.stdout).toBe('');
  });

  it('revision --rev-id refuses 33 characters and writes no file', () => {
    const r = cli(['--versions', 'versions', 'revision', '-m', 'x', '--rev-id', ID33], { cwd: ok.dir });
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBe(70);
    expect(r.stderr).toContain('1-32 letters');
    expect(loadHistoryFiles(ok.dir, 'versions').revisions).toHaveLength(2);
  });
});

for (const dialect of DIALECTS as readonly Dialect[]) {
  describeEngine(dialect, 'a 32-character revision id in the version table', (engine) => {
    let fx: Fixture;
    beforeAll(() => {
      fx = writeFixture(history(ID32));
    });
    afterAll(() => fx?.remove());

    it('is stored whole by upgrade base:heads, and the column holds no more', async () => {
      const h = loadHistoryFiles(fx.dir, 'versions');
      expect(h.diagnostics).toEqual([]);
      const { graph } = buildGraph(h.revisions);
      const planned = makePlan(graph, { direction: 'upgrade', spec: 'base:heads' });
      const { script } = compilePlanned(h, graph, planned, {
        dialect,
        versionTable: 'alembic_version_lbaas',
        title: 'upgrade base:heads',
        transactionPerMigration: false,
        safety: { guard: true, clientDirectives: true },
      });
      const db = await engine.scratch();
      assertApplied(await db.apply(script.text), `${dialect} upgrade`);
      const rows = await db.query<{ v: string }>('SELECT version_num AS v FROM alembic_version_lbaas');
      expect(rows.map((r) => r.v)).toEqual([ID32]);
      // The bound is real where the engine enforces VARCHAR lengths: 33 characters do not fit.
      if (db.server !== 'sqlite') {
        const strict = db.server === 'mariadb' ? "SET SESSION sql_mode = 'STRICT_ALL_TABLES';\n" : '';
        const r = await db.apply(`${strict}UPDATE alembic_version_lbaas SET version_num = '${ID33}';\n`);
        expect(r.code).not.toBe(0);
        expect((await db.query<{ v: string }>('SELECT version_num AS v FROM alembic_version_lbaas')).map((x) => x.v)).toEqual([ID32]);
      }
    });
  });
}
