/**
 * Golden files of the whole history, one per dialect: what the built CLI prints
 * for `upgrade heads --sql`. A change to the output must be deliberate:
 * regenerate with UPDATE_GOLDEN=1 and review the diff. Each golden file is also
 * applied to its engine (after bootstrap) and must give the model at the heads,
 * so a golden file cannot hold SQL that does not run.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { describeEngine } from '../support/engines.js';
import { applyOk, cliOk, expectAt, ROOT, shipped } from './support.js';

const GOLDEN = join(ROOT, 'test/lbaas/golden');
const DIALECTS: Dialect[] = ['postgresql', 'mysql', 'mariadb', 'sqlite'];
const update = process.env.UPDATE_GOLDEN === '1';

const goldenFile = (d: Dialect) => join(GOLDEN, `full.${d}.sql`);
const compiled = new Map<Dialect, string>();
const full = (d: Dialect) => {
  if (!compiled.has(d)) compiled.set(d, cliOk(['--dialect', d, 'upgrade', 'heads', '--sql']));
  return compiled.get(d)!;
};

describe('golden files of the full history', { timeout: 60_000 }, () => {
  for (const d of DIALECTS) {
    it(`upgrade heads --sql for ${d} equals test/lbaas/golden/full.${d}.sql`, () => {
      const text = full(d);
      if (update) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(goldenFile(d), text);
      }
      expect(existsSync(goldenFile(d)), `missing golden file: run UPDATE_GOLDEN=1 npx vitest run test/lbaas/golden.test.ts`).toBe(true);
      const golden = readFileSync(goldenFile(d), 'utf8');
      if (text !== golden) {
        const a = golden.split('\n');
        const b = text.split('\n');
        const i = a.findIndex((l, k) => l !== b[k]);
        expect.fail(
          `full.${d}.sql differs at line ${i + 1}:\n  golden:   ${a[i]}\n  compiled: ${b[i]}\n(regenerate with UPDATE_GOLDEN=1 if the change is intended)`,
        );
      }
    });
  }

  it('the golden files cover every revision, in an order the graph allows', () => {
    const { graph } = shipped();
    for (const d of DIALECTS) {
      const golden = readFileSync(goldenFile(d), 'utf8');
      const order = [...golden.matchAll(/^-- \[(\d+)\/(\d+)\] upgrade (\S+):/gm)].map((m) => m[3]!);
      expect(order.slice().sort()).toEqual([...graph.ids].sort());
      const pos = new Map(order.map((id, i) => [id, i]));
      for (const id of order) for (const p of graph.requires(id)) expect(pos.get(p)!, `${p} before ${id}`).toBeLessThan(pos.get(id)!);
    }
  });
});

for (const d of DIALECTS) {
  describeEngine(d, `golden full.${d}.sql runs`, (engine) => {
    it('bootstrap, then the golden file: the model at the heads', async () => {
      const db = await engine.scratch();
      await applyOk(db, cliOk(['--dialect', d, 'bootstrap', '--sql']), 'bootstrap');
      await applyOk(db, readFileSync(goldenFile(d), 'utf8'), `full.${d}.sql`);
      await expectAt(db, [...shipped().graph.heads], `full.${d}.sql`);
    });
  });
}
