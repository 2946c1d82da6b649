import { describe, expect, it } from 'vitest';
import { planDowngrade, planUpgrade, type Plan } from '../../src/graph/plan.js';
import { resolveTarget } from '../../src/graph/resolve.js';
import type { RevisionGraph } from '../../src/graph/revision-graph.js';
import type { VersionAction } from '../../src/graph/versions.js';
import { CONTRACT, EXPAND, graphOf, lbaas, merged, rev, TRUNK } from './fixtures.js';

const g = lbaas();
const HEADS = ['844352f9fe6f', 'e6417a8b114d'];

const ins = (id: string): VersionAction => ({ kind: 'insert', id });
const upd = (from: string, to: string): VersionAction => ({ kind: 'update', from, to });
const del = (id: string): VersionAction => ({ kind: 'delete', id });

function plan(dir: 'up' | 'down', current: string[], spec: string, graph: RevisionGraph = g): Plan {
  const t = resolveTarget(graph, spec, { current, direction: dir });
  if (!t.ok) throw new Error(t.diagnostics.map((d) => d.message).join('; '));
  const p = dir === 'up' ? planUpgrade(graph, current, t.value) : planDowngrade(graph, current, t.value);
  if (!p.ok) throw new Error(p.diagnostics.map((d) => `${d.code} ${d.message}`).join('; '));
  return p.value;
}

function failure(dir: 'up' | 'down', current: string[], spec: string, graph: RevisionGraph = g) {
  const t = resolveTarget(graph, spec, { current, direction: dir });
  if (!t.ok) throw new Error(t.diagnostics.map((d) => d.message).join('; '));
  const p = dir === 'up' ? planUpgrade(graph, current, t.value) : planDowngrade(graph, current, t.value);
  if (p.ok) throw new Error(`planned ${p.value.steps.map((s) => s.revision.id).join(',')}`);
  return p.diagnostics;
}

/** [revision id, version actions] per step. */
const steps = (p: Plan) => p.steps.map((s) => [s.revision.id, s.versions] as const);

/** Replays the actions on a set of rows, checking each one is possible. */
function replay(rows: string[], p: Plan): string[] {
  const s = new Set(rows);
  for (const st of p.steps) {
    expect(st.direction).toBe(p.direction);
    for (const a of st.versions) {
      if (a.kind === 'insert') {
        expect(s.has(a.id)).toBe(false);
        s.add(a.id);
      } else if (a.kind === 'delete') {
        expect(s.delete(a.id)).toBe(true);
      } else {
        expect(s.delete(a.from)).toBe(true);
        expect(s.has(a.to)).toBe(false);
        s.add(a.to);
      }
    }
  }
  return [...s].sort();
}

describe('upgrade', () => {
  it('linear: INSERT from base, then UPDATE each step', () => {
    const p = plan('up', [], 'lbaasv2_tls');
    expect(steps(p)).toEqual([
      ['start_neutron_lbaas', [ins('start_neutron_lbaas')]],
      ['lbaasv2', [upd('start_neutron_lbaas', 'lbaasv2')]],
      ['4deef6d81931', [upd('lbaasv2', '4deef6d81931')]],
      ['4b6d8d5310b8', [upd('4deef6d81931', '4b6d8d5310b8')]],
      ['364f9b6064f0', [upd('4b6d8d5310b8', '364f9b6064f0')]],
      ['lbaasv2_tls', [upd('364f9b6064f0', 'lbaasv2_tls')]],
    ]);
    expect(p.from).toEqual([]);
    expect(p.heads).toEqual(['lbaasv2_tls']);
  });

  it('one branch: expand from kilo', () => {
    const p = plan('up', ['kilo'], 'expand@head');
    expect(p.steps.map((s) => s.revision.id)).toEqual(EXPAND);
    expect(p.steps[0]!.versions).toEqual([upd('kilo', '3345facd0452')]);
    expect(p.heads).toEqual(['844352f9fe6f']);
  });

  it('new branch from a shared parent that is no longer a head: INSERT', () => {
    const p = plan('up', ['844352f9fe6f'], 'contract@+1');
    expect(steps(p)).toEqual([['130ebfdef43', [ins('130ebfdef43')]]]);
    expect(p.heads).toEqual(['130ebfdef43', '844352f9fe6f']);
  });

  it('depends_on across branches: a dependency that is not a row does not touch the version table', () => {
    const p = plan('up', ['844352f9fe6f'], 'contract@head');
    expect(steps(p)).toEqual([
      ['130ebfdef43', [ins('130ebfdef43')]],
      ['4b4dc6d5d843', [upd('130ebfdef43', '4b4dc6d5d843')]],
      ['e6417a8b114d', [upd('4b4dc6d5d843', 'e6417a8b114d')]],
    ]);
    expect(p.heads).toEqual(HEADS);
  });

  it('depends_on across branches: a dependency that is itself a row is merged away', () => {
    const p = plan('up', ['130ebfdef43', '62deca5010cd'], '4b4dc6d5d843');
    expect(steps(p)).toEqual([['4b4dc6d5d843', [del('130ebfdef43'), upd('62deca5010cd', '4b4dc6d5d843')]]]);
    expect(p.heads).toEqual(['4b4dc6d5d843']);
  });

  it('depends_on pulls in the other branch when it is missing', () => {
    // Alembic's order: the dependency's line first, down to its end, then the contract line
    const p = plan('up', ['kilo'], 'contract@head');
    expect(p.steps.map((s) => s.revision.id)).toEqual([...EXPAND.slice(0, 6), '130ebfdef43', '4b4dc6d5d843', 'e6417a8b114d']);
    expect(p.steps[0]!.versions).toEqual([upd('kilo', '3345facd0452')]);
    expect(p.steps[6]!.versions).toEqual([ins('130ebfdef43')]);
    expect(p.steps[7]!.versions).toEqual([del('130ebfdef43'), upd('62deca5010cd', '4b4dc6d5d843')]);
    expect(p.heads).toEqual(['e6417a8b114d']); // expand up to 62deca5010cd is implied by the contract head
  });

  it('base to heads: the whole LBaaS history, every action consistent', () => {
    // Alembic's order: from the heads in id order, each line down to its end (the expand
    // line is reached first through contract's dependency), then run bottom-up
    const p = plan('up', [], 'heads');
    expect(p.steps.map((s) => s.revision.id)).toEqual([...TRUNK, ...EXPAND.slice(0, 6), ...CONTRACT, '844352f9fe6f']);
    expect(steps(p).slice(7)).toEqual([
      ['kilo', [upd('4ba00375f715', 'kilo')]],
      ['3345facd0452', [upd('kilo', '3345facd0452')]],
      ['4a408dd491c2', [upd('3345facd0452', '4a408dd491c2')]],
      ['3426acbc12de', [upd('4a408dd491c2', '3426acbc12de')]],
      ['6aee0434f911', [upd('3426acbc12de', '6aee0434f911')]],
      ['3543deab1547', [upd('6aee0434f911', '3543deab1547')]],
      ['62deca5010cd', [upd('3543deab1547', '62deca5010cd')]],
      ['130ebfdef43', [ins('130ebfdef43')]],
      ['4b4dc6d5d843', [del('130ebfdef43'), upd('62deca5010cd', '4b4dc6d5d843')]],
      ['e6417a8b114d', [upd('4b4dc6d5d843', 'e6417a8b114d')]],
      ['844352f9fe6f', [ins('844352f9fe6f')]],
    ]);
    expect(p.heads).toEqual(HEADS);
    expect(replay([], p)).toEqual(HEADS);
    expect(plan('up', [], 'head').steps).toEqual(p.steps); // head means all heads
  });

  it('milestones: upgrade to every revision of the milestone', () => {
    const p = plan('up', ['kilo'], 'mitaka');
    expect(p.steps.map((s) => s.revision.id)).toEqual([...EXPAND.slice(0, 6), '130ebfdef43']);
    expect(p.heads).toEqual(['130ebfdef43', '62deca5010cd']);
    const q = plan('up', p.heads, 'newton');
    expect(q.steps.map((s) => s.revision.id)).toEqual(['4b4dc6d5d843', 'e6417a8b114d', '844352f9fe6f']);
    expect(q.heads).toEqual(HEADS);
    expect(plan('up', ['kilo'], 'liberty').heads).toEqual(['130ebfdef43', '3345facd0452']);
  });

  it('merge: DELETE the other parents, UPDATE the last', () => {
    const m = merged();
    const p = plan('up', ['b'], 'f', m);
    // one side of the merge to its end, then the other (Alembic's order)
    expect(steps(p)).toEqual([
      ['c2', [upd('b', 'c2')]],
      ['d2', [upd('c2', 'd2')]],
      ['c1', [ins('c1')]],
      ['d1', [upd('c1', 'd1')]],
      ['e', [del('d1'), upd('d2', 'e')]],
      ['f', [upd('e', 'f')]],
    ]);
    expect(p.heads).toEqual(['f']);
  });

  it('a merge reached from one side only updates that side', () => {
    const m = merged();
    const p = plan('up', ['d1'], 'e', m);
    expect(steps(p)).toEqual([
      ['c2', [ins('c2')]],
      ['d2', [upd('c2', 'd2')]],
      ['e', [del('d1'), upd('d2', 'e')]],
    ]);
  });

  it('a base that only depends on another revision consumes its row (like Alembic)', () => {
    const h = graphOf([rev('a1'), rev('b1', null, { deps: ['a1'] }), rev('bmerge', ['a1', 'b1'])]);
    expect(steps(plan('up', ['a1'], 'b1', h))).toEqual([['b1', [upd('a1', 'b1')]]]);
    expect(steps(plan('up', ['b1'], 'bmerge', h))).toEqual([['bmerge', [upd('b1', 'bmerge')]]]);
    expect(steps(plan('down', ['bmerge'], 'a1', h))).toEqual([['bmerge', [ins('a1'), upd('bmerge', 'b1')]]]);
  });

  it('several trees: each base INSERTs its own row', () => {
    const h = graphOf([rev('a1'), rev('b1', 'a1'), rev('a2'), rev('b2', 'a2')]);
    const p = plan('up', [], 'heads', h);
    expect(steps(p)).toEqual([
      ['a2', [ins('a2')]],
      ['b2', [upd('a2', 'b2')]],
      ['a1', [ins('a1')]],
      ['b1', [upd('a1', 'b1')]],
    ]);
  });

  it('twin merges from the same parents (Alembic #297)', () => {
    const h = graphOf([
      rev('a'),
      rev('b1', 'a'),
      rev('b2', 'a'),
      rev('b3', 'a'),
      rev('c1', ['b1', 'b2', 'b3']),
      rev('c2', ['b1', 'b2', 'b3']),
      rev('d1', 'c1'),
      rev('d2', 'c2'),
    ]);
    const p = plan('up', ['a'], 'heads', h);
    expect(steps(p)).toEqual([
      ['b3', [upd('a', 'b3')]],
      ['b2', [ins('b2')]],
      ['b1', [ins('b1')]],
      ['c2', [del('b1'), del('b2'), upd('b3', 'c2')]],
      ['d2', [upd('c2', 'd2')]],
      ['c1', [ins('c1')]],
      ['d1', [upd('c1', 'd1')]],
    ]);
    expect(replay(['a'], p)).toEqual(['d1', 'd2']);
  });
});

describe('downgrade', () => {
  it('linear mirrors the upgrade', () => {
    const p = plan('down', ['lbaasv2_tls'], 'lbaasv2');
    expect(steps(p)).toEqual([
      ['lbaasv2_tls', [upd('lbaasv2_tls', '364f9b6064f0')]],
      ['364f9b6064f0', [upd('364f9b6064f0', '4b6d8d5310b8')]],
      ['4b6d8d5310b8', [upd('4b6d8d5310b8', '4deef6d81931')]],
      ['4deef6d81931', [upd('4deef6d81931', 'lbaasv2')]],
    ]);
    expect(p.heads).toEqual(['lbaasv2']);
  });

  it('to base: the last step DELETEs the row', () => {
    const p = plan('down', ['lbaasv2'], 'base');
    expect(steps(p)).toEqual([
      ['lbaasv2', [upd('lbaasv2', 'start_neutron_lbaas')]],
      ['start_neutron_lbaas', [del('start_neutron_lbaas')]],
    ]);
    expect(p.heads).toEqual([]);
  });

  it('LBaaS heads to kilo mirrors base-to-heads, children before parents', () => {
    const p = plan('down', HEADS, 'kilo');
    expect(steps(p)).toEqual([
      ['844352f9fe6f', [del('844352f9fe6f')]], // 62deca5010cd is still implied by e6417a8b114d
      ['e6417a8b114d', [upd('e6417a8b114d', '4b4dc6d5d843')]],
      ['4b4dc6d5d843', [ins('130ebfdef43'), upd('4b4dc6d5d843', '62deca5010cd')]],
      ['130ebfdef43', [del('130ebfdef43')]], // kilo is still implied by 62deca5010cd
      ['62deca5010cd', [upd('62deca5010cd', '3543deab1547')]],
      ['3543deab1547', [upd('3543deab1547', '6aee0434f911')]],
      ['6aee0434f911', [upd('6aee0434f911', '3426acbc12de')]],
      ['3426acbc12de', [upd('3426acbc12de', '4a408dd491c2')]],
      ['4a408dd491c2', [upd('4a408dd491c2', '3345facd0452')]],
      ['3345facd0452', [upd('3345facd0452', 'kilo')]],
    ]);
    expect(p.heads).toEqual(['kilo']);
    expect(replay(HEADS, p)).toEqual(['kilo']);
  });

  it('everything to base', () => {
    const p = plan('down', HEADS, 'base');
    expect(p.steps.map((s) => s.revision.id)).toEqual([
      '844352f9fe6f',
      'e6417a8b114d',
      '4b4dc6d5d843',
      '130ebfdef43',
      ...EXPAND.slice(0, 6).reverse(),
      ...[...TRUNK].reverse(),
    ]);
    expect(p.dropVersionTable).toBe(true);
    expect(p.steps.at(-1)!.versions).toEqual([del('start_neutron_lbaas')]);
    expect(replay(HEADS, p)).toEqual([]);
  });

  it('label@rev takes down only that branch', () => {
    const p = plan('down', HEADS, 'contract@kilo');
    expect(steps(p)).toEqual([
      ['e6417a8b114d', [upd('e6417a8b114d', '4b4dc6d5d843')]],
      ['4b4dc6d5d843', [upd('4b4dc6d5d843', '130ebfdef43')]],
      ['130ebfdef43', [del('130ebfdef43')]],
    ]);
    expect(p.heads).toEqual(['844352f9fe6f']);
  });

  it('taking down a branch also takes down what depends on it', () => {
    const p = plan('down', HEADS, 'expand@kilo');
    expect(p.steps.map((s) => s.revision.id)).toEqual(['844352f9fe6f', 'e6417a8b114d', '4b4dc6d5d843', ...EXPAND.slice(0, 6).reverse()]);
    expect(p.heads).toEqual(['130ebfdef43']);
  });

  it("label@base takes down everything built on the base of the label's line (past the fork, as Alembic does)", () => {
    // one root: contract@base and expand@base take the whole history down, like base
    for (const spec of ['contract@base', 'expand@base']) {
      const p = plan('down', HEADS, spec);
      expect(p.steps).toHaveLength(g.ids.length);
      expect(p.heads).toEqual([]);
    }
    // several roots: only the root below the label
    const h = graphOf([rev('a1'), rev('a2', 'a1', { labels: ['left'] }), rev('b1'), rev('b2', 'b1', { labels: ['right'] })]);
    const q = plan('down', ['a2', 'b2'], 'right@base', h);
    expect(steps(q)).toEqual([
      ['b2', [upd('b2', 'b1')]],
      ['b1', [del('b1')]],
    ]);
    expect(q.heads).toEqual(['a2']);
  });

  it('downgrading to a dependency keeps its dependents (only the down_revision children go)', () => {
    const p = plan('down', HEADS, '62deca5010cd');
    expect(steps(p)).toEqual([['844352f9fe6f', [del('844352f9fe6f')]]]);
    expect(p.heads).toEqual(['e6417a8b114d']);
  });

  it('relative: label@-N and -N', () => {
    expect(steps(plan('down', HEADS, 'contract@-1'))).toEqual([['e6417a8b114d', [upd('e6417a8b114d', '4b4dc6d5d843')]]]);
    const p = plan('down', HEADS, 'contract@-3');
    expect(p.steps.map((s) => s.revision.id)).toEqual([...CONTRACT].reverse());
    expect(p.heads).toEqual(['844352f9fe6f']);
    expect(steps(plan('down', ['kilo'], '-2'))).toEqual([
      ['kilo', [upd('kilo', '4ba00375f715')]],
      ['4ba00375f715', [upd('4ba00375f715', 'lbaasv2_tls')]],
    ]);
  });

  it('milestone with one revision per branch', () => {
    const p = plan('down', HEADS, 'liberty');
    expect(p.heads).toEqual(['130ebfdef43', '3345facd0452']);
    expect(p.steps.map((s) => s.revision.id)).toEqual([
      '844352f9fe6f',
      'e6417a8b114d',
      '4b4dc6d5d843',
      '62deca5010cd',
      '3543deab1547',
      '6aee0434f911',
      '3426acbc12de',
      '4a408dd491c2',
    ]);
    expect(replay(HEADS, p)).toEqual(p.heads);
  });

  it('un-merge: INSERT the other parents, UPDATE to the last', () => {
    const m = merged();
    const p = plan('down', ['f'], 'b', m);
    expect(steps(p)).toEqual([
      ['f', [upd('f', 'e')]],
      ['e', [ins('d1'), upd('e', 'd2')]],
      ['d1', [upd('d1', 'c1')]],
      ['c1', [del('c1')]],
      ['d2', [upd('d2', 'c2')]],
      ['c2', [upd('c2', 'b')]],
    ]);
    expect(p.heads).toEqual(['b']);
  });

  it('branch labels limit a downgrade to one side of a fork', () => {
    const m = merged();
    const p = plan('down', ['d1', 'd2'], 'c2branch@b', m);
    expect(steps(p)).toEqual([
      ['d2', [upd('d2', 'c2')]],
      ['c2', [del('c2')]],
    ]);
    expect(p.heads).toEqual(['d1']);
    expect(plan('down', ['d1', 'd2'], 'd1@b', m).heads).toEqual(['d2']);
    expect(plan('down', ['d1', 'd2'], 'b', m).heads).toEqual(['b']);
  });

  it('cross dependency between branches (Alembic #377 shape)', () => {
    const h = graphOf([rev('a1'), rev('a2', 'a1'), rev('b1'), rev('b2', 'b1', { deps: ['a2'] }), rev('b3', 'b2'), rev('a3', 'a2', { deps: ['b1'] })]);
    const p = plan('down', ['a3', 'b2'], 'b1', h);
    expect(steps(p)).toEqual([['b2', [del('b2')]]]);
    expect(p.heads).toEqual(['a3']);
  });

  it('dependencies declared by an ancestor are not restored (Alembic #789 shape)', () => {
    const h = graphOf([
      rev('a1'),
      rev('a2', 'a1'),
      rev('a3', 'a2'),
      rev('b1'),
      rev('b2', 'b1', { deps: ['a3'] }),
      rev('b3', 'b2'),
      rev('b4', 'b3', { deps: ['a3'] }),
    ]);
    expect(steps(plan('down', ['b4'], 'b3', h))).toEqual([['b4', [upd('b4', 'b3')]]]);
  });

  it('a depends_on-only revision going away gives its dependencies back their rows', () => {
    const h = graphOf([rev('a1'), rev('b1'), rev('b2'), rev('bm', ['b1', 'b2']), rev('d1', null, { deps: ['a1', 'b2'] })]);
    const p = plan('down', ['a1', 'b1', 'd1'], 'd1@base', h);
    expect(steps(p)).toEqual([['d1', [upd('d1', 'b2')]]]);
    expect(p.heads).toEqual(['a1', 'b1', 'b2']);
  });
});

describe('errors', () => {
  it('GR040 upgrade range going backwards', () => {
    const [d] = failure('up', HEADS, 'kilo');
    expect(d!.code).toBe('GR040');
    expect(d!.message).toContain('range goes backwards, use downgrade');
    expect(failure('up', ['kilo'], 'base')[0]!.code).toBe('GR040');
    expect(failure('up', ['kilo'], 'kilo-1')[0]!.code).toBe('GR040');
  });

  it('a target already reached is an empty plan, as in Alembic (no error)', () => {
    for (const [dir, cur, spec] of [
      ['up', HEADS, 'heads'],
      ['up', [], 'base'],
      ['down', ['kilo'], 'kilo'],
      ['down', [], 'base'],
      ['up', ['kilo'], 'kilo'],
    ] as const) {
      const p = plan(dir, [...cur], spec);
      expect(p.steps).toEqual([]);
      expect(p.heads).toEqual([...cur].sort());
      expect(p.dropVersionTable).toBe(cur.length === 0); // Alembic's offline script drops an empty version table
    }
  });

  it('GR042 downgrade asked to go forward', () => {
    const [d] = failure('down', ['kilo'], '844352f9fe6f');
    expect(d!.code).toBe('GR042');
    expect(d!.message).toContain('downgrade would go forward');
    expect(d!.message).toContain("'844352f9fe6f'");
    expect(failure('down', ['kilo'], 'kilo+1', graphOf([rev('kilo'), rev('x', 'kilo')]))[0]!.code).toBe('GR042');
    const [side] = failure('down', ['844352f9fe6f'], 'e6417a8b114d');
    expect(side!.code).toBe('GR042');
    expect(side!.message).toContain('not an ancestor of the current heads');
  });

  it('GR043 unknown start revision', () => {
    const t = resolveTarget(g, 'heads');
    if (!t.ok) throw new Error('resolve');
    for (const p of [planUpgrade(g, ['kil0'], t.value), planDowngrade(g, ['kil0'], t.value)]) {
      expect(p.ok).toBe(false);
      expect(p.diagnostics[0]!.code).toBe('GR043');
      expect(p.diagnostics[0]!.message).toContain("'kil0'");
      expect(p.diagnostics[0]!.hint).toBe("did you mean 'kilo'?");
    }
  });

  it('GR044 redundant start rows are a warning, not a failure', () => {
    const t = resolveTarget(g, 'expand@head');
    if (!t.ok) throw new Error('resolve');
    const p = planUpgrade(g, ['kilo', 'lbaasv2'], t.value);
    expect(p.ok).toBe(true);
    expect(p.diagnostics.map((d) => [d.code, d.severity])).toEqual([['GR044', 'warning']]);
  });

  it('GR045 label@rev whose branch is not above rev', () => {
    const h = graphOf([rev('a'), rev('b1', 'a'), rev('b2', 'a'), rev('x', null, { labels: ['other'] })]);
    const t = resolveTarget(h, 'b1@a');
    if (!t.ok) throw new Error('resolve');
    expect(planDowngrade(h, ['b1', 'b2'], { ...t.value, lineage: 'x' }).diagnostics[0]!.code).toBe('GR045');
  });
});

describe('orders and invariants', () => {
  it('every upgrade step comes after what it requires', () => {
    const p = plan('up', [], 'heads');
    const seen = new Set<string>();
    for (const s of p.steps) {
      for (const r of g.requires(s.revision.id)) expect(seen.has(r)).toBe(true);
      seen.add(s.revision.id);
    }
    expect(TRUNK.every((id) => seen.has(id))).toBe(true);
  });
});
