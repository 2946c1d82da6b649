import { describe, expect, it } from 'vitest';
import { planUpgrade } from '../../src/graph/plan.js';
import { parseRange, resolveStart } from '../../src/graph/range.js';
import { resolveTarget } from '../../src/graph/resolve.js';
import { lbaas } from './fixtures.js';

const g = lbaas();

describe('parseRange', () => {
  it('start:destination, with several start heads or base', () => {
    expect(parseRange('62deca5010cd,130ebfdef43:heads')).toEqual({ ok: true, value: { from: ['62deca5010cd', '130ebfdef43'], to: 'heads' }, diagnostics: [] });
    expect(parseRange('base:heads')).toMatchObject({ ok: true, value: { from: [], to: 'heads' } });
    expect(parseRange(' kilo : expand@head ')).toMatchObject({ ok: true, value: { from: ['kilo'], to: 'expand@head' } });
  });

  it('a bare destination starts from the current heads', () => {
    const r = parseRange('heads');
    expect(r).toMatchObject({ ok: true, value: { to: 'heads' } });
    expect(r.ok && r.value.from).toBeUndefined();
  });

  it('malformed ranges', () => {
    for (const bad of ['a:b:c', ':heads', 'kilo:', 'a,,b:heads', 'base,kilo:heads', '']) {
      const r = parseRange(bad);
      expect(r.ok, bad).toBe(false);
      expect(r.diagnostics[0]!.code).toBe('GR046');
      expect(r.diagnostics[0]!.message).toContain('cannot read range');
    }
  });
});

describe('resolveStart', () => {
  it('accepts ids, prefixes, labels and milestones', () => {
    expect(resolveStart(g, ['62de', 'contract@kilo+1'])).toMatchObject({ ok: true, value: ['130ebfdef43', '62deca5010cd'] });
    expect(resolveStart(g, ['mitaka'])).toMatchObject({ ok: true, value: ['130ebfdef43', '62deca5010cd'] });
    expect(resolveStart(g, [])).toMatchObject({ ok: true, value: [] });
  });

  it('unknown start revisions are GR043; other problems keep their code', () => {
    const r = resolveStart(g, ['kilo', 'kil0x']);
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]!.code).toBe('GR043');
    expect(r.diagnostics[0]!.message).toContain("'kil0x'");
    expect(resolveStart(g, ['lbaa']).diagnostics[0]!.code).toBe('GR021');
  });

  it('offline range end to end: two start heads to heads', () => {
    const range = parseRange('62deca5010cd,130ebfdef43:heads');
    if (!range.ok) throw new Error('range');
    const start = resolveStart(g, range.value.from!);
    const dest = resolveTarget(g, range.value.to);
    if (!start.ok || !dest.ok) throw new Error('resolve');
    const p = planUpgrade(g, start.value, dest.value);
    if (!p.ok) throw new Error('plan');
    expect(p.value.steps.map((s) => [s.revision.id, s.versions])).toEqual([
      [
        '4b4dc6d5d843',
        [
          { kind: 'delete', id: '130ebfdef43' },
          { kind: 'update', from: '62deca5010cd', to: '4b4dc6d5d843' },
        ],
      ],
      ['e6417a8b114d', [{ kind: 'update', from: '4b4dc6d5d843', to: 'e6417a8b114d' }]],
      ['844352f9fe6f', [{ kind: 'insert', id: '844352f9fe6f' }]],
    ]);
    expect(p.value.heads).toEqual(['844352f9fe6f', 'e6417a8b114d']);
  });
});
