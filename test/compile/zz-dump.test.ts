import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { DIALECTS } from '../../src/core/dialect.js';
import { CASES } from './cases.js';
import { compile, lastStepSql, refusal, revision } from './harness.js';
it('dump', () => {
  const out: unknown[] = [];
  for (const c of CASES) {
    const revs = [revision({ id: 'r1', upgrade: c.before }), revision({ id: 'r2', down: 'r1', upgrade: [c.op] })];
    const sql: Record<string, unknown> = {};
    for (const d of DIALECTS) {
      const ref = refusal(d, revs);
      if (ref.length) sql[d] = { refused: ref.map((x) => ({ code: x.code, message: x.message })) };
      else sql[d] = lastStepSql(compile(d, revs));
    }
    out.push({ name: c.name, sql });
  }
  writeFileSync('/tmp/lbaas-dump.json', JSON.stringify(out, null, 1));
}, 120_000);
