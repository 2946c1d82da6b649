/**
 * An enum change on MySQL/MariaDB stays in place only when values are appended at the end; a
 * reorder or a value inserted in the middle rebuilds the table. lint must warn (LN012) for
 * exactly those, and the engine must agree: each case's compiled ALTER, run on MariaDB with
 * ALGORITHM=INSTANT, succeeds exactly when lint says nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePlanned } from '../../src/pipeline/compile-plan.js';
import { makePlan } from '../../src/pipeline/make-plan.js';
import { loadHistoryFiles } from '../../src/front/load.js';
import { buildGraph } from '../../src/graph/graph.js';
import { lintReport, type Finding } from '../../src/lint/lint.js';
import { assertApplied, describeEngine } from '../support/engines.js';
import { writeFixture, type Fixture } from './fixture.js';

const BEFORE = ['a', 'b', 'c'];
const CASES: { name: string; values: string[]; copies: boolean }[] = [
  { name: 'append', values: ['a', 'b', 'c', 'd'], copies: false },
  { name: 'reorder', values: ['b', 'a', 'c'], copies: true },
  { name: 'swap the last two', values: ['a', 'c', 'b'], copies: true },
  { name: 'insert in the middle', values: ['a', 'x', 'b', 'c'], copies: true },
  { name: 'insert at the start', values: ['x', 'a', 'b', 'c'], copies: true },
];

const revisions = [
  {
    revision: 'e1',
    down_revision: null,
    message: 'create t',
    downgrade: [],
    upgrade: [
      {
        op: 'create_table',
        table: 't',
        columns: [
          { name: 'id', type: 'integer', nullable: false },
          ...CASES.map((_c, i) => ({ name: `k${i}`, type: { enum: BEFORE, name: `k${i}_t` }, nullable: false, server_default: 'a' })),
        ],
        primary_key: ['id'],
      },
    ],
  },
  ...CASES.map((c, i) => ({
    revision: `e${i + 2}`,
    down_revision: `e${i + 1}`,
    message: c.name,
    downgrade: [],
    upgrade: [{ op: 'alter_column', table: 't', column: `k${i}`, type: { enum: c.values, name: `k${i}_t` } }],
  })),
];

let fx: Fixture;
let findings: Finding[];
beforeAll(() => {
  fx = writeFixture(revisions);
  const history = loadHistoryFiles(fx.dir, 'versions');
  expect(history.diagnostics).toEqual([]);
  const { graph } = buildGraph(history.revisions);
  findings = lintReport(history, graph).findings;
});
afterAll(() => fx?.remove());

describe('lint: enum changes that copy a MySQL table', () => {
  for (const [i, c] of CASES.entries()) {
    it(`${c.name} (${BEFORE.join(',')} -> ${c.values.join(',')}): ${c.copies ? 'LN012 for mysql' : 'no LN012'}`, () => {
      const hits = findings.filter((f) => f.revision === `e${i + 2}` && f.code === 'LN012');
      if (!c.copies) {
        expect(hits).toEqual([]);
        return;
      }
      expect(hits).toHaveLength(1);
      expect(hits[0]!.dialects).toEqual(['mysql']);
      expect(hits[0]!.message).toContain(`changing the type of "t.k${i}"`);
      expect(hits[0]!.message).toContain('copies the whole table "t"');
      expect(hits[0]!.path).toEqual(['upgrade', 0, 'type']);
    });
  }
});

describeEngine('mariadb', 'enum changes with ALGORITHM=INSTANT', (engine) => {
  it('succeed exactly where lint does not warn', async () => {
    const history = loadHistoryFiles(fx.dir, 'versions');
    const { graph } = buildGraph(history.revisions);
    const compile = (spec: string) =>
      compilePlanned(history, graph, makePlan(graph, { direction: 'upgrade', spec }), {
        dialect: 'mariadb',
        versionTable: 'alembic_version_lbaas',
        title: spec,
        transactionPerMigration: false,
        safety: { guard: false, clientDirectives: false },
      }).script.text;
    const db = await engine.scratch();
    assertApplied(await db.apply(compile('base:e1')), 'create t');
    for (const [i, c] of CASES.entries()) {
      const alter = compile(`e${i + 1}:e${i + 2}`)
        .split('\n')
        .find((l) => l.startsWith('ALTER TABLE `t` MODIFY COLUMN'));
      expect(alter, c.name).toBeDefined();
      const r = await db.apply(`${alter!.replace(/;\s*$/, '')}, ALGORITHM=INSTANT;\n`);
      expect(r.code === 0, `${c.name}: ${r.stderr}`).toBe(!c.copies);
      if (c.copies) expect(r.stderr).toMatch(/ALGORITHM=INSTANT is not supported/);
    }
  });
});
