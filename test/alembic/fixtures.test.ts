/**
 * The hand-made histories of test/graph (the LBaaS history, merges, twin merges,
 * several trees, cross dependencies) run through real Alembic and through the
 * project: the orders and version statements test/graph expects are Alembic's.
 * Skipped (saying so) without Alembic, failing under CI=true; see differential.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Revision } from '../../src/core/ops.js';
import { buildGraph } from '../../src/graph/graph.js';
import { isCI } from '../support/engines.js';
import { graphOf, lbaasRevisions, rev } from '../graph/fixtures.js';
import { findPython, HASH_SEEDS, normalizeAlembic, ours, runAlembic, same, sameUpToRowChoice, type Outcome } from './alembic.js';
import type { GenCase, GenGraph } from './generate.js';

const found = findPython();
const HEADS = ['844352f9fe6f', 'e6417a8b114d'];

const from = (rows: string[], command: GenCase['command'], target: string): GenCase => ({
  command,
  args: [`${rows.join(',') || 'base'}:${target}`],
  ...(rows.length > 1 ? { rows } : {}),
});

const FIXTURES: { name: string; revisions: Revision[]; cases: GenCase[] }[] = [
  {
    name: 'LBaaS',
    revisions: lbaasRevisions().map((r) => ({ ...r, milestones: [] })),
    cases: [
      { command: 'upgrade', args: ['heads'] },
      { command: 'upgrade', args: ['contract@head'] },
      { command: 'upgrade', args: ['expand'] },
      from(['kilo'], 'upgrade', 'contract@head'),
      from(['kilo'], 'upgrade', 'expand@+2'),
      from(['844352f9fe6f'], 'upgrade', 'contract@+1'),
      from(HEADS, 'downgrade', 'kilo'),
      from(HEADS, 'downgrade', 'base'),
      from(HEADS, 'downgrade', 'contract@kilo'),
      from(HEADS, 'downgrade', 'expand@kilo'),
      from(HEADS, 'downgrade', 'contract@base'),
      from(HEADS, 'downgrade', 'expand@base'),
      from(HEADS, 'downgrade', '62deca5010cd'),
      from(HEADS, 'downgrade', 'contract@-1'),
      from(HEADS, 'downgrade', 'contract@-3'),
      from(HEADS, 'downgrade', 'expand@-1'),
      from(['kilo'], 'downgrade', '-2'),
      from(['lbaasv2'], 'downgrade', '-2'),
      from(['lbaasv2'], 'downgrade', '-3'),
      from(['e6417a8b114d'], 'downgrade', 'expand@-1'),
      from(HEADS, 'stamp', 'kilo'),
      from(HEADS, 'stamp', 'contract@base'),
      from(['kilo'], 'stamp', 'heads'),
      { command: 'stamp', args: ['expand', 'contract'] },
    ],
  },
  {
    name: 'merged',
    revisions: [
      rev('a'),
      rev('b', 'a'),
      rev('c1', 'b', { labels: ['c1branch'] }),
      rev('d1', 'c1'),
      rev('c2', 'b', { labels: ['c2branch'] }),
      rev('d2', 'c2'),
      rev('e', ['d1', 'd2']),
      rev('f', 'e'),
    ],
    cases: [
      from(['b'], 'upgrade', 'f'),
      from(['d1'], 'upgrade', 'e'),
      from(['f'], 'downgrade', 'b'),
      from(['d1', 'd2'], 'downgrade', 'c2branch@b'),
      from(['d1', 'd2'], 'downgrade', 'd1@b'),
      from(['d1', 'd2'], 'downgrade', 'b'),
      from(['f'], 'downgrade', 'c1branch@-1'),
      from(['d1', 'd2'], 'stamp', 'e'),
    ],
  },
  {
    name: 'a base that depends on another',
    revisions: [rev('a1'), rev('b1', null, { deps: ['a1'] }), rev('bmerge', ['a1', 'b1'])],
    cases: [from(['a1'], 'upgrade', 'b1'), from(['b1'], 'upgrade', 'bmerge'), from(['bmerge'], 'downgrade', 'a1'), from(['bmerge'], 'downgrade', 'base')],
  },
  {
    name: 'several trees',
    revisions: [rev('a1'), rev('b1', 'a1'), rev('a2'), rev('b2', 'a2')],
    cases: [
      { command: 'upgrade', args: ['heads'] },
      from(['b1', 'b2'], 'downgrade', 'base'),
      from(['b1', 'b2'], 'downgrade', 'a1'),
      from(['b1', 'b2'], 'stamp', 'a2'),
      from(['a1', 'a2'], 'stamp', 'heads'),
    ],
  },
  {
    name: 'twin merges',
    revisions: [
      rev('a'),
      rev('b1', 'a'),
      rev('b2', 'a'),
      rev('b3', 'a'),
      rev('c1', ['b1', 'b2', 'b3']),
      rev('c2', ['b1', 'b2', 'b3']),
      rev('d1', 'c1'),
      rev('d2', 'c2'),
    ],
    cases: [from(['a'], 'upgrade', 'heads'), from(['d1', 'd2'], 'downgrade', 'a'), from(['d1', 'd2'], 'downgrade', 'b1')],
  },
  {
    name: 'cross dependency',
    revisions: [rev('a1'), rev('a2', 'a1'), rev('b1'), rev('b2', 'b1', { deps: ['a2'] }), rev('b3', 'b2'), rev('a3', 'a2', { deps: ['b1'] })],
    cases: [from(['a3', 'b2'], 'downgrade', 'b1'), { command: 'upgrade', args: ['heads'] }, from(['a3', 'b3'], 'downgrade', 'base')],
  },
  {
    name: 'dependencies declared by an ancestor',
    revisions: [rev('a1'), rev('a2', 'a1'), rev('a3', 'a2'), rev('b1'), rev('b2', 'b1', { deps: ['a3'] }), rev('b3', 'b2'), rev('b4', 'b3', { deps: ['a3'] })],
    cases: [from(['b4'], 'downgrade', 'b3'), { command: 'upgrade', args: ['heads'] }, from(['b4'], 'downgrade', 'base')],
  },
  {
    name: 'a depends_on-only revision',
    revisions: [rev('a1'), rev('b1'), rev('b2'), rev('bm', ['b1', 'b2']), rev('d1', null, { deps: ['a1', 'b2'] })],
    cases: [from(['a1', 'b1', 'd1'], 'downgrade', 'd1@base'), { command: 'upgrade', args: ['heads'] }],
  },
];

describe.skipIf(!found && !isCI())('the hand-made histories against Alembic', () => {
  for (const f of FIXTURES) {
    it(f.name, async () => {
      expect(found, 'no python3 that can import alembic: apt-get install python3-alembic').toBeDefined();
      const gen: GenGraph = {
        seed: 0,
        shape: f.name,
        cases: f.cases,
        revisions: f.revisions.map((r) => ({ id: r.id, down: r.down, depends_on: r.depends_on, branch_labels: r.branch_labels })),
      };
      const graph = graphOf(f.revisions);
      void buildGraph;
      const runs = await Promise.all(HASH_SEEDS.map((s) => runAlembic(found!.python, gen, s)));
      const diffs: string[] = [];
      f.cases.forEach((c, i) => {
        const alts: Outcome[] = runs.map((r) => normalizeAlembic(c, r[i]!));
        const mine = ours(graph, c);
        if (alts.some((a) => same(a, mine) || sameUpToRowChoice(a, mine))) return;
        if (!mine.ok && alts.every((a) => !a.ok)) return;
        diffs.push(`${c.command} ${c.args.join(' ')}\n  alembic: ${JSON.stringify(alts[0])}\n  ours:    ${JSON.stringify(mine)}`);
      });
      expect(diffs, diffs.join('\n')).toEqual([]);
    }, 120_000);
  }
});
