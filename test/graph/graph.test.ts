import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { buildGraph } from '../../src/graph/graph.js';
import { CONTRACT, EXPAND, graphOf, lbaas, lbaasRevisions, merged, rev, shuffle, TRUNK } from './fixtures.js';

const files = (d: Diagnostic) => [d.at?.file, ...(d.related ?? []).map((r) => r.at.file)];

describe('topological order', () => {
  it('puts parents first and breaks ties by id (LBaaS)', () => {
    const g = lbaas();
    expect(g.ids).toEqual([...TRUNK, '130ebfdef43', ...EXPAND.slice(0, 6), '4b4dc6d5d843', '844352f9fe6f', 'e6417a8b114d']);
    expect(g.order.map((r) => r.id)).toEqual(g.ids);
    for (const id of g.ids) {
      for (const p of g.requires(id)) expect(g.position(p)).toBeLessThan(g.position(id));
    }
  });

  it('does not depend on input order', () => {
    const revs = lbaasRevisions();
    const expected = buildGraph(revs).graph.ids;
    for (let seed = 1; seed <= 25; seed++) {
      const { graph, diagnostics } = buildGraph(shuffle(revs, seed));
      expect(diagnostics).toEqual([]);
      expect(graph.ids).toEqual(expected);
      expect(graph.heads).toEqual(['844352f9fe6f', 'e6417a8b114d']);
    }
  });

  it('keeps duplicate handling independent of input order', () => {
    const revs = [rev('a', null, { file: 'versions/z.jsonc' }), rev('a', null, { file: 'versions/y.jsonc' }), rev('b', 'a')];
    for (let seed = 1; seed <= 5; seed++) {
      const { graph, diagnostics } = buildGraph(shuffle(revs, seed));
      expect(graph.get('a')!.file).toBe('versions/y.jsonc');
      expect(diagnostics.map((d) => d.at?.file)).toEqual(['versions/z.jsonc']);
    }
  });
});

describe('queries', () => {
  const g = lbaas();

  it('heads, bases, children, dependents', () => {
    expect(g.heads).toEqual(['844352f9fe6f', 'e6417a8b114d']);
    expect(g.bases).toEqual(['start_neutron_lbaas']);
    expect(g.children('kilo')).toEqual(['130ebfdef43', '3345facd0452']);
    expect(g.children('62deca5010cd')).toEqual(['844352f9fe6f']);
    expect(g.dependents('62deca5010cd')).toEqual(['4b4dc6d5d843']);
    expect(g.parents('4b4dc6d5d843')).toEqual(['130ebfdef43']);
    expect(g.dependencies('4b4dc6d5d843')).toEqual(['62deca5010cd']);
    expect(g.requires('4b4dc6d5d843')).toEqual(['130ebfdef43', '62deca5010cd']);
    expect(g.size).toBe(18);
    expect(g.get('kilo')!.file).toBe('versions/kilo.jsonc');
    expect(g.get('nope')).toBeUndefined();
  });

  it('ancestors and descendants follow depends_on unless told not to', () => {
    expect(g.ancestors('e6417a8b114d').has('62deca5010cd')).toBe(true);
    expect(g.ancestors('e6417a8b114d', { dependencies: false }).has('62deca5010cd')).toBe(false);
    expect(g.ancestors('e6417a8b114d', { dependencies: false }).has('kilo')).toBe(true);
    expect(g.ancestors('kilo').has('kilo')).toBe(false);
    expect([...g.descendants('62deca5010cd')].sort()).toEqual(['4b4dc6d5d843', '844352f9fe6f', 'e6417a8b114d']);
    expect([...g.descendants('62deca5010cd', { dependencies: false })]).toEqual(['844352f9fe6f']);
    expect(g.isAncestor('3345facd0452', 'e6417a8b114d')).toBe(true);
    expect(g.isAncestor('3345facd0452', 'e6417a8b114d', { dependencies: false })).toBe(false);
    expect(g.isAncestor('e6417a8b114d', '3345facd0452')).toBe(false);
    expect(g.related('kilo', '844352f9fe6f')).toBe(true);
    expect(g.related('130ebfdef43', '844352f9fe6f')).toBe(false);
  });

  it('labels apply to their revision and its descendants along down_revision', () => {
    expect(g.labels).toEqual(['contract', 'expand']);
    expect(g.labelRevision('expand')).toBe('3345facd0452');
    expect(g.carriers('expand')).toEqual(EXPAND);
    expect(g.carriers('contract')).toEqual(CONTRACT);
    expect(g.labelsOf('4b4dc6d5d843')).toEqual(['contract']); // not expand: depends_on does not carry labels
    expect(g.labelsOf('kilo')).toEqual([]);
    const m = merged();
    expect(m.labelsOf('e')).toEqual(['c1branch', 'c2branch']);
    expect(m.labelsOf('b')).toEqual([]);
  });

  it('milestones map to one revision per branch', () => {
    expect(g.milestoneNames).toEqual(['kilo', 'liberty', 'mitaka', 'newton']);
    expect(g.milestone('kilo')).toEqual(['kilo']);
    expect(g.milestone('liberty')).toEqual(['130ebfdef43', '3345facd0452']);
    expect(g.milestone('mitaka')).toEqual(['130ebfdef43', '62deca5010cd']);
    expect(g.milestone('newton')).toEqual(['844352f9fe6f', 'e6417a8b114d']);
  });

  it('resolves depends_on given as a branch label', () => {
    const h = graphOf([rev('a1', null, { labels: ['lib'] }), rev('b1', 'a1'), rev('a2'), rev('b2', 'a2', { deps: ['lib'] })]);
    expect(h.dependencies('b2')).toEqual(['a1']);
    expect(h.heads).toEqual(['b1', 'b2']);
    expect(h.bases).toEqual(['a1', 'a2']);
  });

  it('a revision only depended on is not a head', () => {
    const h = graphOf([rev('a'), rev('b', null, { deps: ['a'] })]);
    expect(h.heads).toEqual(['b']);
    expect(h.bases).toEqual(['a', 'b']);
  });
});

describe('diagnostics', () => {
  const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

  it('GR001 duplicate id names both files', () => {
    const { diagnostics } = buildGraph([rev('a', null, { file: 'versions/one.jsonc' }), rev('a', null, { file: 'versions/two.jsonc' })]);
    expect(codes(diagnostics)).toEqual(['GR001']);
    expect(diagnostics[0]!.message).toContain("'a' is defined twice");
    expect(files(diagnostics[0]!)).toEqual(['versions/two.jsonc', 'versions/one.jsonc']);
    expect(diagnostics[0]!.at!.path).toEqual(['revision']);
  });

  it('GR002 missing parent, with did-you-mean', () => {
    const { diagnostics } = buildGraph([rev('kilo'), rev('x', 'kil0', { file: 'versions/x.jsonc' })]);
    expect(codes(diagnostics)).toEqual(['GR002']);
    const d = diagnostics[0]!;
    expect(d.message).toContain("down_revision of revision 'x' names parent 'kil0'");
    expect(d.at).toEqual({ file: 'versions/x.jsonc', path: ['down_revision'] });
    expect(d.hint).toBe("did you mean 'kilo'?");
    expect(files(d)).toEqual(['versions/x.jsonc', 'versions/kilo.jsonc']);
  });

  it('GR003 missing dependency, with did-you-mean over ids and labels', () => {
    const { diagnostics } = buildGraph([rev('a', null, { labels: ['expand'] }), rev('b', null, { deps: ['expnad'] })]);
    expect(codes(diagnostics)).toEqual(['GR003']);
    expect(diagnostics[0]!.message).toContain("depends_on of revision 'b' names dependency 'expnad'");
    expect(diagnostics[0]!.at).toEqual({ file: 'versions/b.jsonc', path: ['depends_on'] });
    expect(diagnostics[0]!.hint).toBe("did you mean 'expand'?");
  });

  it('GR004 cycle lists the ids and files', () => {
    const { graph, diagnostics } = buildGraph([rev('base0'), rev('a', ['base0', 'c']), rev('b', 'a'), rev('c', 'b'), rev('d', 'c')]);
    expect(codes(diagnostics)).toEqual(['GR004']);
    const d = diagnostics[0]!;
    expect(d.message).toContain('a -> b -> c -> a');
    for (const f of ['versions/a.jsonc', 'versions/b.jsonc', 'versions/c.jsonc']) {
      expect(d.message).toContain(f);
      expect(files(d)).toContain(f);
    }
    expect(files(d)).not.toContain('versions/d.jsonc');
    expect(graph.size).toBe(5); // still usable
    expect(graph.ids[0]).toBe('base0');
  });

  it('GR004 cycle through depends_on, and a self-reference', () => {
    const viaDeps = buildGraph([rev('a', null, { deps: ['b'] }), rev('b', 'a')]).diagnostics;
    expect(codes(viaDeps)).toEqual(['GR004']);
    expect(viaDeps[0]!.message).toContain('a -> b -> a');
    expect(viaDeps.flatMap((d) => [d.at!, ...d.related!.map((r) => r.at)])).toContainEqual({ file: 'versions/a.jsonc', path: ['depends_on'] });
    const self = buildGraph([rev('a', 'a')]).diagnostics;
    expect(codes(self)).toEqual(['GR004']);
    expect(self[0]!.message).toContain("'a' names itself");
  });

  it('GR005 branch label used by two revisions', () => {
    const { graph, diagnostics } = buildGraph([rev('a', null, { labels: ['x'] }), rev('b', 'a', { labels: ['x'] })]);
    expect(codes(diagnostics)).toEqual(['GR005']);
    expect(diagnostics[0]!.message).toContain("branch label 'x' is declared by two revisions: 'a'");
    expect(files(diagnostics[0]!)).toEqual(['versions/b.jsonc', 'versions/a.jsonc']);
    expect(graph.labelRevision('x')).toBe('a');
  });

  it('GR006 branch label equal to a revision id', () => {
    const { diagnostics } = buildGraph([rev('a'), rev('b', 'a', { labels: ['a'] })]);
    expect(codes(diagnostics)).toEqual(['GR006']);
    expect(diagnostics[0]!.message).toContain("branch label 'a' of revision 'b'");
    expect(files(diagnostics[0]!)).toEqual(['versions/b.jsonc', 'versions/a.jsonc']);
  });

  it('GR007 milestone equal to another revision id (but a milestone named like its own revision is fine)', () => {
    const { diagnostics } = buildGraph([rev('kilo', null, { milestones: ['kilo'] }), rev('b', 'kilo', { milestones: ['kilo'] })]);
    expect(codes(diagnostics)).toEqual(['GR007']);
    expect(diagnostics[0]!.message).toContain("milestone 'kilo' on revision 'b'");
    expect(files(diagnostics[0]!)).toEqual(['versions/b.jsonc', 'versions/kilo.jsonc']);
  });

  it('GR008 milestone equal to a branch label', () => {
    const { diagnostics } = buildGraph([rev('a', null, { labels: ['liberty'] }), rev('b', 'a', { milestones: ['liberty'] })]);
    expect(codes(diagnostics)).toEqual(['GR008']);
    expect(files(diagnostics[0]!)).toEqual(['versions/b.jsonc', 'versions/a.jsonc']);
  });

  it('GR009 reserved or malformed names', () => {
    const { diagnostics } = buildGraph([rev('head'), rev('b', 'head', { labels: ['base'], milestones: ['mid-2015'] })]);
    expect(codes(diagnostics)).toEqual(['GR009', 'GR009', 'GR009']);
    expect(diagnostics[0]!.message).toContain("revision id 'head'");
    expect(diagnostics[1]!.message).toContain("branch label 'base'");
    expect(diagnostics[2]!.message).toContain("milestone 'mid-2015'");
  });

  it('GR010 milestone on a revision and its descendant', () => {
    const { diagnostics } = buildGraph([rev('a', null, { milestones: ['m'] }), rev('b', 'a', { milestones: ['m'] })]);
    expect(codes(diagnostics)).toEqual(['GR010']);
    expect(diagnostics[0]!.message).toContain("'a'");
    expect(files(diagnostics[0]!)).toEqual(['versions/b.jsonc', 'versions/a.jsonc']);
  });

  it('the LBaaS history is clean', () => {
    expect(buildGraph(lbaasRevisions()).diagnostics).toEqual([]);
  });
});
