/**
 * versions/revision.schema.json is generated from the op table (src/core/op-specs.ts): the
 * committed file must be what the generator writes (`npm run schema`), and what the schema says
 * must be what the front end accepts: each op's fields, its required ones, and the type names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OP_KINDS, OP_SPECS, STRUCT_SPECS } from '../../src/core/op-specs.js';
import { parseTypeName } from '../../src/core/types.js';
import { numericTypePattern, revisionSchema, revisionSchemaText, STRING_TYPE_PATTERN } from '../../src/front/json-schema.js';
import { validateRevision } from '../../src/front/validate.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { CASES } from '../compile/cases.js';
import { ROOT } from '../author/project.js';

type Schema = { definitions: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
const schema = revisionSchema() as unknown as Schema;

function validate(op: Record<string, unknown>): Diagnostic[] {
  const ds: Diagnostic[] = [];
  validateRevision({ revision: 'r1', down_revision: null, message: 'm', upgrade: [op] }, 'versions/r1.jsonc', ds);
  return ds;
}

/** One valid op document of each kind, from the compile cases. */
const SAMPLES = new Map(OP_KINDS.map((k) => [k, CASES.find((c) => c.op.op === k)!.op as Record<string, unknown>]));

describe('versions/revision.schema.json', () => {
  it('is the file the generator writes from the op table (npm run schema writes it)', () => {
    const committed = readFileSync(join(ROOT, 'versions/revision.schema.json'), 'utf8');
    expect(committed === revisionSchemaText(), 'the committed schema differs from the op table: run npm run schema').toBe(true);
  });

  it("has a definition for every op kind, listed in the op enum in the table's order", () => {
    const d = revisionSchema() as unknown as { definitions: { op: { properties: { op: { enum: string[] } } } } };
    expect(d.definitions.op.properties.op.enum).toEqual(OP_KINDS);
    for (const k of OP_KINDS) expect(schema.definitions[k], k).toBeDefined();
  });

  for (const k of OP_KINDS) {
    it(`${k}: the fields the schema lists are the fields the front end accepts, and a required one left out is an error`, () => {
      const sample = SAMPLES.get(k)!;
      expect(validate(sample), 'the sample op is valid').toEqual([]);
      const def = schema.definitions[k]!;
      // An unknown field's hint lists the allowed fields: the schema's properties, in order.
      const unknown = validate({ ...sample, zzzzzzzzzzzz: 1 });
      expect(unknown.map((d) => d.code)).toEqual(['LD003']);
      expect(unknown[0]!.hint).toBe(`allowed fields here: ${Object.keys(def.properties!).join(', ')}`);
      for (const f of def.required!) {
        if (f === 'op') continue;
        const { [f]: _gone, ...rest } = sample;
        const ds = validate(rest);
        expect(ds.filter((d) => d.severity === 'error').length, `${k} without ${f}`).toBeGreaterThan(0);
      }
      // Every optional field may be left out.
      const optional = Object.keys(def.properties!).filter((f) => !def.required!.includes(f) && f !== 'dialects');
      for (const f of optional) {
        if (!(f in sample)) continue;
        const { [f]: _gone, ...rest } = sample;
        if (OP_SPECS[k].atLeastOne?.includes(f) && OP_SPECS[k].atLeastOne!.every((x) => x === f || !(x in sample))) continue;
        expect(validate(rest), `${k} without ${f}`).toEqual([]);
      }
    });
  }

  it("the structures inside ops are defined with the table's fields", () => {
    for (const [name, spec] of Object.entries(STRUCT_SPECS)) {
      if (name === 'primaryKey') continue; // a list, or an object with these fields
      expect(Object.keys(schema.definitions[name]!.properties!), name).toEqual(spec.fields.map((f) => f.name));
      expect(schema.definitions[name]!.required, name).toEqual(spec.fields.filter((f) => f.required).map((f) => f.name));
    }
  });

  it('string(N) and numeric(P,S) patterns accept exactly the spellings the front end parses', () => {
    const str = new RegExp(STRING_TYPE_PATTERN);
    for (let digits = 1; digits <= 5; digits++) {
      for (let n = 0; n < 10 ** digits; n++) {
        const s = `string(${String(n).padStart(digits, '0')})`;
        if (str.test(s) !== (parseTypeName(s) !== null)) throw new Error(`${s}: schema ${str.test(s)}, parser ${parseTypeName(s) !== null}`);
      }
    }
    const num = new RegExp(numericTypePattern());
    const spell = (n: number) => (n < 10 ? [`${n}`, `0${n}`] : [`${n}`]);
    let checked = 0;
    for (let p = 0; p <= 99; p++) {
      for (let s = 0; s <= 99; s++) {
        for (const ps of spell(p)) {
          for (const ss of spell(s)) {
            for (const sep of [',', ', ', ' , ']) {
              const t = `numeric(${ps}${sep}${ss})`;
              if (num.test(t) !== (parseTypeName(t) !== null)) throw new Error(`${t}: schema ${num.test(t)}, parser ${parseTypeName(t) !== null}`);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(30_000);
  });
});
