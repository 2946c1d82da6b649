import { describe, expect, it } from 'vitest';
import { resolveTarget } from '../../src/graph/resolve.js';
import type { RevisionGraph } from '../../src/graph/revision-graph.js';
import { stamp, type StampResult } from '../../src/graph/stamp.js';
import { graphOf, lbaas, merged, rev } from './fixtures.js';

const g = lbaas();
const HEADS = ['844352f9fe6f', 'e6417a8b114d'];

function st(current: string[], spec: string, graph: RevisionGraph = g): StampResult {
  const t = resolveTarget(graph, spec, { current });
  if (!t.ok) throw new Error(t.diagnostics.map((d) => d.message).join('; '));
  const r = stamp(graph, current, t.value);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  return r.value;
}

describe('stamp', () => {
  it('from an empty table to heads inserts one row per head', () => {
    expect(st([], 'heads')).toEqual({
      from: [],
      versions: [
        { kind: 'insert', id: '844352f9fe6f' },
        { kind: 'insert', id: 'e6417a8b114d' },
      ],
      heads: HEADS,
    });
  });

  it('already there: no actions', () => {
    expect(st(HEADS, 'heads').versions).toEqual([]);
    expect(st(['kilo'], 'kilo').versions).toEqual([]);
  });

  it('down across branches to their common ancestor: DELETE one row, UPDATE the other', () => {
    expect(st(HEADS, 'kilo')).toEqual({
      from: HEADS,
      versions: [
        { kind: 'delete', id: '844352f9fe6f' },
        { kind: 'update', from: 'e6417a8b114d', to: 'kilo' },
      ],
      heads: ['kilo'],
    });
  });

  it('up along one branch leaves the other alone', () => {
    expect(st(['130ebfdef43', '3543deab1547'], 'expand@head').versions).toEqual([{ kind: 'update', from: '3543deab1547', to: '844352f9fe6f' }]);
    expect(st(['kilo'], 'expand@head').versions).toEqual([{ kind: 'update', from: 'kilo', to: '844352f9fe6f' }]);
    expect(st(['kilo'], 'expand').versions).toEqual([{ kind: 'update', from: 'kilo', to: '3345facd0452' }]); // the label's own revision
  });

  it('a revision on no current line starts a new branch', () => {
    expect(st(['844352f9fe6f'], 'contract@head')).toEqual({
      from: ['844352f9fe6f'],
      versions: [{ kind: 'insert', id: 'e6417a8b114d' }],
      heads: HEADS,
    });
  });

  it('rows related through depends_on are on the line too', () => {
    // 3543deab1547 is an ancestor of 4b4dc6d5d843's dependency 62deca5010cd
    expect(st(['130ebfdef43', '3543deab1547'], 'e6417a8b114d').versions).toEqual([
      { kind: 'delete', id: '130ebfdef43' },
      { kind: 'update', from: '3543deab1547', to: 'e6417a8b114d' },
    ]);
  });

  it('one shared row fans out to several targets', () => {
    expect(st(['kilo'], 'heads').versions).toEqual([
      { kind: 'update', from: 'kilo', to: '844352f9fe6f' },
      { kind: 'insert', id: 'e6417a8b114d' },
    ]);
    expect(st(['kilo'], 'liberty').heads).toEqual(['130ebfdef43', '3345facd0452']);
  });

  it('base deletes every row; label@base only the rows on that line', () => {
    expect(st(HEADS, 'base').versions).toEqual([
      { kind: 'delete', id: '844352f9fe6f' },
      { kind: 'delete', id: 'e6417a8b114d' },
    ]);
    expect(st(HEADS, 'contract@base')).toMatchObject({ versions: [{ kind: 'delete', id: 'e6417a8b114d' }], heads: ['844352f9fe6f'] });
  });

  it('across a merge point', () => {
    const m = merged();
    expect(st(['e'], 'c2', m).versions).toEqual([{ kind: 'update', from: 'e', to: 'c2' }]);
    expect(st(['d1', 'c2'], 'e', m).versions).toEqual([
      { kind: 'delete', id: 'c2' },
      { kind: 'update', from: 'd1', to: 'e' },
    ]);
    expect(st(['d1', 'c2'], 'b', m).versions).toEqual([
      { kind: 'delete', id: 'c2' },
      { kind: 'update', from: 'd1', to: 'b' },
    ]);
    expect(st(['d1', 'c2'], 'c2branch@head', m).heads).toEqual(['f']);
    expect(st(['d1', 'd2'], 'c1branch@base', m).versions).toEqual([{ kind: 'delete', id: 'd1' }]);
  });

  it('separate trees keep separate rows', () => {
    const h = graphOf([rev('a1'), rev('b1', 'a1'), rev('a2'), rev('b2', 'a2')]);
    // Alembic moves every row on the targets' lines at each destination: the first destination
    // takes both rows (one DELETEd, the last UPDATEd), the second then starts its own (INSERT)
    expect(st(['a1', 'a2'], 'heads', h).versions).toEqual([
      { kind: 'delete', id: 'a1' },
      { kind: 'update', from: 'a2', to: 'b1' },
      { kind: 'insert', id: 'b2' },
    ]);
    expect(st(['a1', 'a2'], 'heads', h).heads).toEqual(['b1', 'b2']);
  });

  it('unknown start revision', () => {
    const t = resolveTarget(g, 'heads');
    if (!t.ok) throw new Error('resolve');
    const r = stamp(g, ['nope'], t.value);
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]!.code).toBe('GR043');
  });
});
