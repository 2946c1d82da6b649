import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/graph.js';
import { planDowngrade, planUpgrade } from '../../src/graph/plan.js';
import { resolveTarget } from '../../src/graph/resolve.js';
import { stamp } from '../../src/graph/stamp.js';
import { rev, shuffle } from './fixtures.js';

const N = 10_000;
// ids run against the chain order, so the id tie-break never helps the sort
const id = (i: number) => `r${String(N - i).padStart(5, '0')}`;

function chain() {
  const revs = Array.from({ length: N }, (_, i) =>
    rev(id(i), i === 0 ? null : id(i - 1), {
      labels: i === 0 ? ['main'] : [],
      milestones: i === N / 2 ? ['half'] : [],
    }),
  );
  return buildGraph(shuffle(revs, 7));
}

describe('a 10,000-revision chain', () => {
  it('builds, orders and answers queries without deep recursion', () => {
    const { graph, diagnostics } = chain();
    expect(diagnostics).toEqual([]);
    expect(graph.ids[0]).toBe(id(0));
    expect(graph.ids[N - 1]).toBe(id(N - 1));
    expect(graph.heads).toEqual([id(N - 1)]);
    expect(graph.ancestors(id(N - 1)).size).toBe(N - 1);
    expect(graph.descendants(id(0)).size).toBe(N - 1);
    expect(graph.carriers('main')).toHaveLength(N);
    expect(graph.isAncestor(id(0), id(N - 1))).toBe(true);
  });

  it('plans a full upgrade, a full downgrade, long relative moves and a stamp', () => {
    const { graph } = chain();
    const heads = resolveTarget(graph, 'heads');
    const base = resolveTarget(graph, 'main@base');
    const back = resolveTarget(graph, '-9999', { current: [id(N - 1)], direction: 'down' });
    const half = resolveTarget(graph, 'half');
    if (!heads.ok || !base.ok || !back.ok || !half.ok) throw new Error('resolve');
    expect(back.value.ids).toEqual([id(0)]);

    const up = planUpgrade(graph, [], heads.value);
    if (!up.ok) throw new Error('upgrade');
    expect(up.value.steps).toHaveLength(N);
    expect(up.value.steps[0]!.versions).toEqual([{ kind: 'insert', id: id(0) }]);
    expect(up.value.heads).toEqual([id(N - 1)]);

    const down = planDowngrade(graph, [id(N - 1)], base.value);
    if (!down.ok) throw new Error('downgrade');
    expect(down.value.steps).toHaveLength(N);
    expect(down.value.steps.at(-1)!.versions).toEqual([{ kind: 'delete', id: id(0) }]);

    const toHalf = planDowngrade(graph, [id(N - 1)], half.value);
    expect(toHalf.ok && toHalf.value.steps.length).toBe(N / 2 - 1);
    const s = stamp(graph, [id(N - 1)], half.value);
    expect(s.ok && s.value.versions).toEqual([{ kind: 'update', from: id(N - 1), to: id(N / 2) }]);
  });
});
