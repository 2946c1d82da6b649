/**
 * Every op kind × every dialect is accounted for: the per-op table has cases for it, and on
 * each dialect the op either lowers to statements whose templates exist in that dialect's
 * lookup chain (templates/<dialect> → its parent → _shared), or the compiler refuses it with
 * the diagnostic the table declares. An op added to OP_KINDS without cases, or a dialect
 * whose lowering forgets an op (no statements, or a template that is not there), fails here.
 */
import { describe, expect, it } from 'vitest';
import { Renderer } from '../../src/back/templates.js';
import { DIALECTS } from '../../src/core/dialect.js';
import { OP_KINDS } from '../../src/core/op-specs.js';
import { CASES, expectedFor, isRefusal } from './cases.js';
import { compile, refusal, revision } from './harness.js';

const history = (c: (typeof CASES)[number]) => [revision({ id: 'r1', upgrade: c.before }), revision({ id: 'r2', down: 'r1', upgrade: [c.op] })];

describe('op coverage', () => {
  it('the per-op table uses only known op kinds', () => {
    expect(CASES.map((c) => c.op.op).filter((k) => !(OP_KINDS as readonly unknown[]).includes(k))).toEqual([]);
  });

  for (const kind of OP_KINDS) {
    describe(kind, () => {
      const cases = CASES.filter((c) => c.op.op === kind);
      it('has cases in the per-op table', () => {
        expect(cases.length, `add cases for '${kind}' to test/compile/cases.ts`).toBeGreaterThan(0);
      });
      for (const d of DIALECTS) {
        it(`${d}: lowers to statements whose templates exist, or is refused as declared`, () => {
          const renderer = new Renderer(d);
          let lowered = 0;
          for (const c of cases) {
            const exp = expectedFor(c, d);
            const revs = history(c);
            if (isRefusal(exp)) {
              expect(
                refusal(d, revs).map((x) => x.code),
                c.name,
              ).toEqual([exp.notSupported.code]);
              continue;
            }
            const out = compile(d, revs).output;
            const statements = out.steps[out.steps.length - 1]!.ops.flatMap((o) => o.statements);
            for (const s of statements) {
              if (s.template === 'execute') continue;
              expect(renderer.find(s.template), `${c.name}: template '${s.template}' for ${d}`).toBeDefined();
            }
            if (statements.length > 0) lowered++;
          }
          expect(lowered, `no case of '${kind}' lowers to any statement on ${d}`).toBeGreaterThan(0);
        });
      }
    });
  }
});
