/**
 * The bundle set is computed from the graph (heads, expand/contract labels,
 * milestones), never from revision ids: checked in process on small graphs
 * shaped like the LBaaS one, including the shapes a later revision could give it.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import type { Revision } from '../../src/core/ops.js';
import { validateRevision } from '../../src/front/validate.js';
import { buildGraph } from '../../src/graph/graph.js';
import { bundleSpecs, orderedMilestones, DIST_CODES } from '../../src/workspace/dist.js';
import { stableJson } from '../../src/core/manifest.js';
import { DiagnosticError } from '../../src/core/diagnostics.js';
import { shipped } from './support.js';

interface R {
  id: string;
  down: string | null;
  labels?: string[];
  depends?: string[] | undefined;
  milestones?: string[];
}

function graphOf(rs: R[]) {
  const ds: Diagnostic[] = [];
  const revs = rs.map(
    (r) =>
      validateRevision(
        {
          revision: r.id,
          down_revision: r.down,
          message: r.id,
          upgrade: [],
          downgrade: [],
          ...(r.labels ? { branch_labels: r.labels } : {}),
          ...(r.depends?.length ? { depends_on: r.depends } : {}),
          ...(r.milestones ? { milestones: r.milestones } : {}),
        },
        `versions/${r.id}.jsonc`,
        ds,
      )!,
  ) as Revision[];
  expect(ds).toEqual([]);
  const { graph, diagnostics } = buildGraph(revs);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return graph;
}

function refusal(fn: () => unknown): Diagnostic[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof DiagnosticError) return e.diagnostics;
    throw e;
  }
  throw new Error('expected a refusal');
}

/** base <- k (milestone a) <- e1 (expand) <- e2 ; k <- c1 (contract) <- c2 (depends on e1). */
const shape = (extra: R[] = [], ms: Record<string, string[]> = {}): R[] => {
  const rs: R[] = [
    { id: 'r0', down: null },
    { id: 'k', down: 'r0' },
    { id: 'e1', down: 'k', labels: ['expand'] },
    { id: 'e2', down: 'e1' },
    { id: 'c1', down: 'k', labels: ['contract'] },
    { id: 'c2', down: 'c1', depends: ['e1'] },
    ...extra,
  ];
  for (const r of rs) if (ms[r.id]) r.milestones = ms[r.id];
  return rs;
};

describe('bundle set', () => {
  it('the shipped history: full, expand, contract, the four Newton-era milestone ranges, then any revisions added since', () => {
    const { graph } = shipped();
    const specs = bundleSpecs(graph);
    const newton = ['844352f9fe6f', 'e6417a8b114d'];
    const tail = graph.heads.join(',') === newton.join(',') ? [] : [['upgrade-newton-to-heads.sql', 'newton:heads']];
    expect(specs.map((s) => [s.file, s.range])).toEqual([
      ['upgrade-full.sql', 'base:heads'],
      ['upgrade-expand.sql', 'base:expand@head'],
      ['upgrade-contract.sql', 'expand@head:contract@head'],
      ['upgrade-base-to-kilo.sql', 'base:kilo'],
      ['upgrade-kilo-to-liberty.sql', 'kilo:liberty'],
      ['upgrade-liberty-to-mitaka.sql', 'liberty:mitaka'],
      ['upgrade-mitaka-to-newton.sql', 'mitaka:newton'],
      ...tail,
    ]);
    expect(specs.find((s) => s.file === 'upgrade-mitaka-to-newton.sql')!.to).toEqual(newton);
    expect(specs.find((s) => s.kind === 'contract')!.revisions).toEqual(['130ebfdef43', '4b4dc6d5d843', 'e6417a8b114d']);
  });

  it('milestones are ordered by what they include, not by name; the ranges chain and a tail reaches the heads', () => {
    const g = graphOf(shape([{ id: 'e3', down: 'e2' }], { k: ['zulu'], e1: ['alpha'], c1: ['alpha'], e2: ['mike'] }));
    expect(orderedMilestones(g)).toEqual(['zulu', 'alpha', 'mike']);
    const ms = bundleSpecs(g).filter((s) => s.kind === 'milestone' || s.kind === 'after-milestones');
    expect(ms.map((s) => [s.file, s.range])).toEqual([
      ['upgrade-base-to-zulu.sql', 'base:zulu'],
      ['upgrade-zulu-to-alpha.sql', 'zulu:alpha'],
      // mike marks only the expand revision; the database also holds c1, so the next range starts at the rows
      ['upgrade-alpha-to-mike.sql', 'alpha:mike'],
      ['upgrade-mike-to-heads.sql', 'c1,e2:heads'],
    ]);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.from).toEqual(ms[i - 1]!.to);
    expect(ms.at(-1)!.to).toEqual([...g.heads]);
    expect(ms.flatMap((s) => s.revisions).sort()).toEqual([...g.ids].sort());
  });

  it('without expand/contract labels there are no expand/contract bundles', () => {
    const g = graphOf([
      { id: 'a', down: null },
      { id: 'b', down: 'a', milestones: ['one'] },
      { id: 'c', down: 'b' },
    ]);
    expect(bundleSpecs(g).map((s) => s.file)).toEqual(['upgrade-full.sql', 'upgrade-base-to-one.sql', 'upgrade-one-to-heads.sql']);
  });

  it('refuses milestones that do not follow each other, or add nothing', () => {
    // y marks e1, behind x's e2 (while ahead on the contract branch)
    const g = graphOf(shape([], { e2: ['x'], c1: ['x'], e1: ['y'], c2: ['y'] }).map((r) => (r.id === 'c2' ? { ...r, depends: undefined } : r)));
    const ds = refusal(() => bundleSpecs(g));
    expect(ds.map((d) => d.code)).toEqual([DIST_CODES.plan]);
    expect(ds[0]!.message).toBe("milestones 'x' and 'y' do not follow each other: 'y' marks e1, which is behind 'x'");
    const same = refusal(() => bundleSpecs(graphOf(shape([], { e1: ['p', 'q'] }))));
    expect(same[0]!.message).toBe("milestone 'q' marks nothing beyond 'p'");
  });

  it('refuses a contract bundle that would apply revisions off the contract branch', () => {
    // c2 depends on o1, on a third branch that expand@head does not include
    const rs = shape().map((r) => (r.id === 'c2' ? { ...r, depends: ['o1'] } : r));
    const g = graphOf([...rs, { id: 'o1', down: 'k', labels: ['other'] }]);
    const ds = refusal(() => bundleSpecs(g));
    expect(ds[0]!.code).toBe(DIST_CODES.plan);
    expect(ds[0]!.message).toContain('would also apply o1');
  });

  it('stableJson sorts keys at every level and keeps array order', () => {
    expect(stableJson({ b: 1, a: { d: [3, 1], c: null } })).toBe('{\n  "a": {\n    "c": null,\n    "d": [\n      3,\n      1\n    ]\n  },\n  "b": 1\n}\n');
  });
});
