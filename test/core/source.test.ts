import { describe, expect, it } from 'vitest';
import { child, sharedPath } from '../../src/core/source.js';
import { validateRevision } from '../../src/front/validate.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';

describe('shared source paths', () => {
  it('gives equal paths one frozen array, whichever way they are made', () => {
    const a = sharedPath(['upgrade', 2, 'columns', 0]);
    expect(a).toEqual(['upgrade', 2, 'columns', 0]);
    expect(sharedPath(['upgrade', 2], ['columns', 0])).toBe(a);
    expect(child({ file: 'versions/x.jsonc', path: sharedPath(['upgrade', 2]) }, 'columns', 0).path).toBe(a);
    expect(child({ file: 'f', path: ['upgrade', 2, 'columns'] }, 0).path).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => (a as unknown[]).push('x')).toThrow(TypeError);
    // Numbers and strings are different keys, as they print differently.
    expect(sharedPath(['upgrade', '2'])).not.toBe(sharedPath(['upgrade', 2]));
    expect(sharedPath([])).toEqual([]);
  });

  it('shares the paths of two revision files of the same shape, and keeps each file', () => {
    const doc = (id: string) => ({
      revision: id,
      down_revision: null,
      message: 'm',
      upgrade: [{ op: 'create_table', table: `t_${id}`, columns: [{ name: 'id', type: 'integer' }], primary_key: ['id'] }],
      downgrade: [{ op: 'drop_table', table: `t_${id}` }],
    });
    const d: Diagnostic[] = [];
    const r1 = validateRevision(doc('a1'), 'versions/a1.jsonc', d)!;
    const r2 = validateRevision(doc('b2'), 'versions/b2.jsonc', d)!;
    expect(d).toEqual([]);
    const c1 = (r1.upgrade[0] as { columns: { src: { file: string; path: unknown[] } }[] }).columns[0]!.src;
    const c2 = (r2.upgrade[0] as { columns: { src: { file: string; path: unknown[] } }[] }).columns[0]!.src;
    expect(c1.path).toEqual(['upgrade', 0, 'columns', 0]);
    expect(c2.path).toBe(c1.path);
    expect([c1.file, c2.file]).toEqual(['versions/a1.jsonc', 'versions/b2.jsonc']);
    // A missing list field of the head reads as the one shared empty list.
    expect(r1.branch_labels).toEqual([]);
    expect(r1.branch_labels).toBe(r2.depends_on);
  });
});

describe('a bulk insert into a column that does not exist', () => {
  it('is reported at the row and column, with the path made for it', async () => {
    const { Replayer } = await import('../../src/model/replay.js');
    const d: Diagnostic[] = [];
    const rev = validateRevision(
      {
        revision: 'r1',
        down_revision: null,
        message: 'm',
        upgrade: [
          {
            op: 'create_table',
            table: 'widgets',
            columns: [
              { name: 'id', type: 'integer' },
              { name: 'name', type: 'string(10)' },
            ],
            primary_key: ['id'],
          },
          {
            op: 'bulk_insert',
            table: 'widgets',
            rows: [
              { id: 1, name: 'a' },
              { id: 2, colour: 'red' },
            ],
          },
        ],
        downgrade: [{ op: 'drop_table', table: 'widgets' }],
      },
      'versions/r1.jsonc',
      d,
    )!;
    expect(d).toEqual([]);
    const rp = new Replayer('postgresql');
    expect(rp.applyRevision(rev, 'up')).toBe(false);
    expect(rp.diagnostics).toHaveLength(1);
    expect(rp.diagnostics[0]).toMatchObject({
      code: 'MD004',
      message: 'r1: bulk_insert: column "widgets.colour" does not exist',
      at: { file: 'versions/r1.jsonc', path: ['upgrade', 1, 'rows', 1, 'colour'] },
    });
  });
});
