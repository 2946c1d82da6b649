/**
 * The op table (src/core/op-specs.ts) against what reads it: its facts must agree with each other
 * and with what check_migration, lint and the compiled scripts do with each op kind.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMigration } from '../../src/workspace/check-migration.js';
import { OP_KINDS, OP_SPECS } from '../../src/core/op-specs.js';
import { CATEGORY, LINT_CODES } from '../../src/lint/rules.js';
import { CASES } from '../compile/cases.js';
import { compile, revision } from '../compile/harness.js';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'lbaas-opspecs-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the op table', () => {
  it('names every lint code a rule raises for an op, and no other', () => {
    const listed = new Set(OP_KINDS.flatMap((k) => OP_SPECS[k].lint));
    const ruleCodes = Object.values(LINT_CODES).filter((c) => c !== LINT_CODES.unusedWaiver);
    expect([...listed].sort()).toEqual([...ruleCodes].sort());
    for (const code of listed) expect(CATEGORY[code], code).toBeDefined();
  });

  it('counts as data changes (LN030) exactly the ops whose effect is data', () => {
    for (const k of OP_KINDS) expect(OP_SPECS[k].lint.includes(LINT_CODES.mysqlMixed), k).toBe(OP_SPECS[k].effect === 'data');
  });

  it('gives back only the schema (reversibility) for exactly the drops that lint calls destructive', () => {
    for (const k of OP_KINDS) {
      const s = OP_SPECS[k];
      const destructiveDrop = s.effect === 'drop' && s.lint.some((c) => CATEGORY[c] === 'destructive');
      expect(s.reversibility === 'schema', k).toBe(destructiveDrop);
    }
  });

  it('marks in the script, as DESTRUCTIVE, exactly the ops that give back only the schema', () => {
    for (const k of OP_KINDS) {
      const c = CASES.find((x) => x.op.op === k)!;
      const text = compile('postgresql', [revision({ id: 'r1', upgrade: c.before }), revision({ id: 'r2', down: 'r1', upgrade: [c.op] })]).text;
      expect(text.includes('-- DESTRUCTIVE: '), k).toBe(OP_SPECS[k].reversibility === 'schema');
    }
  });
});

describe('check_migration reads the op table', () => {
  let n = 0;
  /** A base revision with the case's tables, then the op alone on a branch labelled `label`. */
  function branchWith(k: (typeof OP_KINDS)[number], label: 'expand' | 'contract'): string {
    const c = CASES.find((x) => x.op.op === k)!;
    const dir = join(scratch, `h${n++}`);
    const files: Record<string, unknown> = {
      'a1.jsonc': { revision: 'a1', down_revision: null, message: 'base', upgrade: c.before, downgrade: [] },
      'a2.jsonc': { revision: 'a2', down_revision: 'a1', message: 'split', upgrade: [], downgrade: [] },
      [`${label}/b1.jsonc`]: { revision: 'b1', down_revision: 'a2', message: 'the op', branch_labels: [label], upgrade: [c.op], downgrade: [] },
      'other/o1.jsonc': {
        revision: 'o1',
        down_revision: 'a2',
        message: 'the other branch',
        branch_labels: [label === 'expand' ? 'contract' : 'expand'],
        upgrade: [],
        downgrade: [],
      },
    };
    for (const [name, doc] of Object.entries(files)) {
      const f = join(dir, 'versions', name);
      mkdirSync(dirname(f), { recursive: true });
      writeFileSync(f, JSON.stringify(doc, null, 2));
    }
    return dir;
  }
  const phaseCodes = (dir: string) =>
    checkMigration(dir, 'versions')
      .diagnostics.map((d) => d.code)
      .filter((c) => c === 'CM004' || c === 'CM005');

  for (const k of OP_KINDS) {
    if (k === 'alter_column') continue; // judged by its fields and the model (test/check)
    it(`${k} (${OP_SPECS[k].effect}): refused in an expand revision when it drops or renames, in a contract revision when it creates`, () => {
      const effect = OP_SPECS[k].effect;
      expect(phaseCodes(branchWith(k, 'expand'))).toEqual(effect === 'drop' || effect === 'rename' ? ['CM004'] : []);
      expect(phaseCodes(branchWith(k, 'contract'))).toEqual(effect === 'create' ? ['CM005'] : []);
    });
  }
});
