import { describe, expect, it } from 'vitest';
import { resolveOne, resolveTarget, type ResolveContext } from '../../src/graph/resolve.js';
import type { RevisionGraph } from '../../src/graph/revision-graph.js';
import { graphOf, lbaas, merged, rev } from './fixtures.js';

const g = lbaas();
const BOTH = ['844352f9fe6f', 'e6417a8b114d'];

function ids(spec: string, ctx?: ResolveContext, graph: RevisionGraph = g): string[] {
  const r = resolveTarget(graph, spec, ctx);
  if (!r.ok) throw new Error(`${spec}: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  return r.value.ids;
}

function failure(spec: string, ctx?: ResolveContext, graph: RevisionGraph = g) {
  const r = resolveTarget(graph, spec, ctx);
  if (r.ok) throw new Error(`${spec} resolved to ${r.value.ids.join(',')}`);
  expect(r.diagnostics).toHaveLength(1);
  return r.diagnostics[0]!;
}

describe('absolute targets', () => {
  it('heads, head (all heads, project rule) and base', () => {
    expect(ids('heads')).toEqual(BOTH);
    expect(ids('head')).toEqual(BOTH);
    expect(ids('base')).toEqual([]);
    expect(ids('  heads ')).toEqual(BOTH);
  });

  it('full ids and unique prefixes of at least four characters', () => {
    expect(ids('62deca5010cd')).toEqual(['62deca5010cd']);
    expect(ids('kilo')).toEqual(['kilo']);
    expect(ids('62de')).toEqual(['62deca5010cd']);
    expect(ids('4b4d')).toEqual(['4b4dc6d5d843']);
    expect(ids('lbaasv2')).toEqual(['lbaasv2']); // exact id wins over being a prefix of lbaasv2_tls
  });

  it('ambiguous prefix lists the candidates', () => {
    const d = failure('lbaa');
    expect(d.code).toBe('GR021');
    expect(d.message).toContain("several revisions start with 'lbaa'");
    expect(d.message).toContain("'lbaasv2', 'lbaasv2_tls'");
  });

  it("a prefix of any length matches the ids and labels longer than three characters (Alembic's rule)", () => {
    expect(ids('62d')).toEqual(['62deca5010cd']);
    expect(ids('e64')).toEqual(['e6417a8b114d']);
    expect(failure('4b').code).toBe('GR021');
    const short = graphOf([rev('abc'), rev('abcdef', 'abc')]);
    expect(ids('ab', {}, short)).toEqual(['abcdef']); // 'abc' is too short to be matched by a prefix
    expect(ids('abc', {}, short)).toEqual(['abc']); // an exact id comes first
    const d = failure('zz', {}, short);
    expect(d.code).toBe('GR020');
    expect(d.message).toContain('longer than 3 characters');
  });

  it('a label that is also a prefix of an id means the label; a prefix may match a label', () => {
    const gr = graphOf([rev('a1b2c3'), rev('f00d', 'a1b2c3', { labels: ['a1b2'] }), rev('beef', 'a1b2c3', { labels: ['feature'] })]);
    expect(ids('a1b2', {}, gr)).toEqual(['f00d']);
    expect(ids('a1b2c', {}, gr)).toEqual(['a1b2c3']);
    expect(ids('feat', {}, gr)).toEqual(['beef']);
    expect(failure('a1b', {}, gr).message).toContain("several revisions start with 'a1b': 'a1b2', 'a1b2c3'");
  });

  it('milestones, one per branch, resolve like heads', () => {
    expect(ids('kilo')).toEqual(['kilo']);
    expect(ids('liberty')).toEqual(['130ebfdef43', '3345facd0452']);
    expect(ids('mitaka')).toEqual(['130ebfdef43', '62deca5010cd']);
    expect(ids('newton')).toEqual(BOTH);
  });

  it("a bare branch label is the revision that declares it (Alembic's rule)", () => {
    expect(ids('expand')).toEqual(['3345facd0452']);
    expect(ids('contract')).toEqual(['130ebfdef43']);
  });

  it('comma-separated lists are unions', () => {
    expect(ids('62deca5010cd,130ebfdef43')).toEqual(['130ebfdef43', '62deca5010cd']);
    expect(ids('expand,contract@head')).toEqual(['3345facd0452', 'e6417a8b114d']);
  });

  it('unknown names suggest the closest id, label or milestone', () => {
    for (const [typo, near] of [
      ['expnad', 'expand'],
      ['libertyy', 'liberty'],
      ['62deca5010cx', '62deca5010cd'],
      ['haeds', 'heads'],
    ]) {
      const d = failure(typo!);
      expect(d.code).toBe('GR020');
      expect(d.message).toContain(`'${typo}'`);
      expect(d.hint).toBe(`did you mean '${near}'?`);
    }
  });

  it('empty and malformed targets', () => {
    expect(failure('').code).toBe('GR027');
    expect(failure('@head').code).toBe('GR027');
    expect(failure('expand@').code).toBe('GR027');
    expect(failure('a@b@c').code).toBe('GR020'); // no branch 'a'
  });
});

describe('label@ forms', () => {
  it('label@head, label@heads, label@base', () => {
    expect(resolveTarget(g, 'expand@head')).toMatchObject({ ok: true, value: { ids: ['844352f9fe6f'], lineage: '3345facd0452' } });
    expect(ids('contract@head')).toEqual(['e6417a8b114d']);
    expect(ids('expand@heads')).toEqual(['844352f9fe6f']);
    expect(resolveTarget(g, 'contract@base')).toMatchObject({ ok: true, value: { ids: [], lineage: '130ebfdef43' } });
  });

  it('label@head must be a single head', () => {
    const d = failure('kilo@head');
    expect(d.code).toBe('GR022');
    expect(d.message).toContain("'kilo@head' has 2 heads: '844352f9fe6f', 'e6417a8b114d'");
    expect(ids('kilo@heads')).toEqual(BOTH);
    const forked = graphOf([rev('a', null, { labels: ['x'] }), rev('b1', 'a'), rev('b2', 'a')]);
    const e = failure('x@head', {}, forked);
    expect(e.code).toBe('GR022');
    expect(e.message).toContain("'b1', 'b2'");
    expect(ids('x', {}, forked)).toEqual(['a']);
    expect(ids('x@heads', {}, forked)).toEqual(['b1', 'b2']);
  });

  it('label@rev accepts members of the branch (including its ancestors), by id, prefix or milestone', () => {
    expect(ids('expand@62deca5010cd')).toEqual(['62deca5010cd']);
    expect(ids('expand@62de')).toEqual(['62deca5010cd']);
    expect(ids('expand@kilo')).toEqual(['kilo']);
    expect(ids('expand@liberty')).toEqual(['3345facd0452']);
    expect(ids('contract@mitaka')).toEqual(['130ebfdef43']);
    expect(ids('contract@newton')).toEqual(['e6417a8b114d']);
    expect(resolveTarget(g, 'contract@kilo')).toMatchObject({ ok: true, value: { ids: ['kilo'], lineage: '130ebfdef43' } });
  });

  it('the part before @ may be a revision id', () => {
    expect(ids('62deca5010cd@head')).toEqual(['844352f9fe6f']);
    expect(ids('4b4d@head')).toEqual(['e6417a8b114d']);
  });

  it('label@rev rejects revisions on other branches', () => {
    const d = failure('expand@130ebfdef43');
    expect(d.code).toBe('GR025');
    expect(d.message).toContain("revision '130ebfdef43' is not a member of branch 'expand'");
    const m = failure('expand@m', {}, graphOf([rev('a'), rev('b', 'a', { labels: ['expand'] }), rev('c', 'a', { milestones: ['m'] })]));
    expect(m.code).toBe('GR025');
  });

  it('unknown branch', () => {
    const d = failure('expnd@head');
    expect(d.code).toBe('GR020');
    expect(d.message).toContain("no such branch label or revision 'expnd'");
    expect(d.hint).toBe("did you mean 'expand'?");
  });
});

describe('relative targets', () => {
  const at = (...current: string[]): ResolveContext => ({ current });
  const dn = (...current: string[]): ResolveContext => ({ current, direction: 'down' });

  it('+N and -N count from the single current head', () => {
    expect(ids('+1', at('lbaasv2'))).toEqual(['4deef6d81931']);
    expect(ids('+3', at('lbaasv2'))).toEqual(['364f9b6064f0']);
    expect(ids('+2', at())).toEqual(['lbaasv2']); // from base
    expect(ids('-1', dn('kilo'))).toEqual(['4ba00375f715']);
    expect(ids('-2', dn('lbaasv2'))).toEqual([]); // down to base
    expect(failure('-1', at('kilo')).message).toContain('an upgrade moves up');
    expect(resolveTarget(g, '-1', dn('e6417a8b114d'))).toMatchObject({ ok: true, value: { ids: ['4b4dc6d5d843'], lineage: 'e6417a8b114d' } });
  });

  it('rev+N and rev-N count from a revision; walks follow down_revision, not depends_on', () => {
    expect(ids('lbaasv2+2')).toEqual(['4b6d8d5310b8']);
    expect(ids('kilo-1')).toEqual(['4ba00375f715']);
    expect(ids('4b4dc6d5d843-1')).toEqual(['130ebfdef43']);
    expect(ids('e6417a8b114d-3')).toEqual(['kilo']);
    expect(ids('base+1')).toEqual(['start_neutron_lbaas']);
    expect(ids('lbaasv2-2', { direction: 'down' })).toEqual([]);
    expect(failure('lbaasv2-2').code).toBe('GR024'); // an upgrade target below base
    expect(ids('62de+1')).toEqual(['844352f9fe6f']);
    expect(ids('kilo+0')).toEqual(['kilo']);
  });

  it('label@+N and label@-N stay on the branch', () => {
    expect(ids('expand@+1', at('kilo'))).toEqual(['3345facd0452']);
    expect(ids('contract@+2', at('kilo'))).toEqual(['4b4dc6d5d843']);
    expect(ids('contract@+1', at('844352f9fe6f'))).toEqual(['130ebfdef43']); // contract not started: from kilo
    expect(ids('contract@+1', at('844352f9fe6f', '130ebfdef43'))).toEqual(['4b4dc6d5d843']);
    expect(ids('expand@+1', at())).toEqual(['start_neutron_lbaas']);
    expect(ids('expand@-1', dn(...BOTH))).toEqual(['62deca5010cd']);
    expect(ids('contract@-2', dn(...BOTH))).toEqual(['130ebfdef43']);
    expect(ids('expand@head-1')).toEqual(['62deca5010cd']);
    expect(ids('contract@base+9')).toEqual(['130ebfdef43']);
    expect(resolveTarget(g, 'contract@-3', dn(...BOTH))).toMatchObject({ ok: true, value: { ids: ['kilo'], lineage: '130ebfdef43' } });
  });

  it('Ambiguous walk at a branch point or a merge names the candidates', () => {
    const up = failure('+1', at('kilo'));
    expect(up.code).toBe('GR023');
    expect(up.message).toContain('Ambiguous walk');
    expect(up.message).toContain("'130ebfdef43', '3345facd0452'");
    expect(failure('kilo+2').code).toBe('GR023');
    const down = failure('e-1', {}, merged());
    expect(down.code).toBe('GR023');
    expect(down.message).toContain("'e' is a merge of 'd1', 'd2'");
    const many = failure('heads-1');
    expect(many.code).toBe('GR022');
    expect(many.message).toContain("'844352f9fe6f', 'e6417a8b114d'");
  });

  it('several current heads make +N/-N ambiguous', () => {
    const d = failure('-1', dn(...BOTH));
    expect(d.code).toBe('GR026');
    expect(d.message).toContain("several current heads ('844352f9fe6f', 'e6417a8b114d')");
    expect(failure('+1', at(...BOTH)).code).toBe('GR026');
    // the hint names a step in the same direction
    expect(d.hint).toContain('expand@-1');
    expect(failure('+2', at(...BOTH)).hint).toContain('expand@+2');
  });

  it('walking too far', () => {
    const d = failure('-1', dn());
    expect(d.code).toBe('GR024');
    expect(d.message).toContain("didn't produce 1 migration: nothing is applied");
    expect(failure('+30', at()).code).toBe('GR023'); // stops at the kilo fork first
    const far = failure('expand@+30', at());
    expect(far.code).toBe('GR024');
    expect(far.message).toContain('goes past the top of the history');
    expect(failure('lbaasv2-3').code).toBe('GR024');
    expect(failure('expand@844352f9fe6f+1').code).toBe('GR024');
    expect(failure('expand@head+1').code).toBe('GR022'); // Alembic reads rev+N's rev alone: 'head' is every head
    expect(failure('contract@-1', dn('844352f9fe6f')).code).toBe('GR026'); // nothing on contract is applied
  });
});

describe('resolveOne', () => {
  it('accepts one revision or base, refuses several', () => {
    expect(resolveOne(g, 'expand')).toMatchObject({ ok: true, value: '3345facd0452' });
    expect(resolveOne(g, 'expand@head')).toMatchObject({ ok: true, value: '844352f9fe6f' });
    expect(resolveOne(g, 'base')).toMatchObject({ ok: true, value: null });
    const r = resolveOne(g, 'newton');
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]!.code).toBe('GR022');
  });
});

describe('label@-N when the branch head is implied by another head', () => {
  it('counts from the newest applied revision of the branch', () => {
    // contract's head implies expand up to 62deca5010cd through depends_on
    expect(ids('expand@-1', { current: ['e6417a8b114d'], direction: 'down' })).toEqual(['3543deab1547']);
    expect(ids('expand@+1', { current: ['e6417a8b114d'] })).toEqual(['844352f9fe6f']);
  });
});
