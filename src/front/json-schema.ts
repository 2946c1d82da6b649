import { DIALECTS } from '../core/dialect.js';
import { FK_ACTIONS } from '../core/ops.js';
import { OP_KINDS, OP_SPECS, STRUCT_SPECS, type FieldSpec, type StructName, type StructSpec } from '../core/op-specs.js';
import { AUTOINCREMENT_TYPES, DEFAULT_EXPRS, SIMPLE_TYPES } from '../core/types.js';
import { IDENT_RE, REVISION_ID_RE } from './validate.js';

/**
 * versions/revision.schema.json, generated: the ops and the structures inside them from the op
 * table (src/core/op-specs.ts), the shared pieces (identifiers, types, defaults, dialects) from the
 * constants the front end checks with, and the revision head's fields. `npm run schema` writes
 * the file; test/front/json-schema.test.ts fails when the committed one differs.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const ref = (name: string): { $ref: string } => ({ $ref: `#/definitions/${name}` });
const described = (description: string | undefined): { description?: string } => (description !== undefined ? { description } : {});
/** A reference with a description (the reference first, as editors show it). */
const refWith = (name: string, description: string | undefined): Json => ({ ...ref(name), ...described(description) });

/** What a field accepts, by its kind (src/core/op-specs.ts FieldKind). */
function fieldSchema(f: FieldSpec): Json {
  switch (f.kind) {
    case 'ident':
      return refWith('identifier', f.description);
    case 'identList':
      return refWith('identifierList', f.description);
    case 'bool':
      return { type: 'boolean', ...described(f.description), ...(f.default !== undefined ? { default: f.default } : {}) };
    case 'enum':
      return { ...described(f.description), enum: [...(f.values ?? [])] };
    case 'fkAction':
      return refWith('fkAction', f.description);
    case 'type':
      return refWith('columnType', f.description);
    case 'default':
      return f.nullable ? { ...described(f.description), anyOf: [ref('defaultValue'), { type: 'null' }] } : refWith('defaultValue', f.description);
    case 'condition':
      return refWith('checkCondition', f.description);
    case 'text':
      return { ...described(f.description), type: 'string', minLength: 1 };
    case 'column':
      return refWith('addedColumn', f.description);
    case 'columns':
      return { ...described(f.description), type: 'array', items: ref('column'), minItems: 1 };
    case 'primaryKey':
      return refWith('primaryKey', f.description);
    case 'list':
      return { ...described(f.description), type: 'array', items: ref(f.of!) };
    case 'inlineForeignKey':
      return refWith('inlineForeignKey', f.description);
    case 'enumValues':
      return { ...described(f.description), anyOf: [ref('enumValue'), { type: 'array', items: ref('enumValue'), minItems: 1, uniqueItems: true }] };
    case 'sql':
      return {
        ...described(f.description),
        anyOf: [
          { type: 'string', pattern: '\\S' },
          { type: 'array', items: { type: 'string' }, minItems: 1 },
          {
            type: 'object',
            additionalProperties: false,
            properties: {
              ...Object.fromEntries(DIALECTS.map((d) => [d, refWith('sqlText', `SQL for ${d}.`)])),
              default: refWith('sqlText', 'SQL for dialects without their own key.'),
            },
          },
        ],
      };
    case 'rows':
      return {
        ...described(f.description),
        type: 'array',
        items: { type: 'object', propertyNames: ref('identifier'), additionalProperties: { type: ['string', 'number', 'boolean', 'null'] } },
      };
    default: {
      const _exhaustive: never = f.kind;
      throw new Error(`internal: no schema for field kind ${String(_exhaustive)}`);
    }
  }
}

const properties = (fields: readonly FieldSpec[]): { [k: string]: Json } => Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f)]));
const required = (fields: readonly FieldSpec[]): string[] => fields.filter((f) => f.required).map((f) => f.name);

/** The JSON schema of one structure: its fields, nothing else, the required ones required. */
function structSchema(s: StructSpec, extra: { [k: string]: Json } = {}): Json {
  return {
    description: s.description,
    type: 'object',
    additionalProperties: false,
    required: required(s.fields),
    properties: properties(s.fields),
    ...(s.sameLength ? { allOf: [ref('sameColumnCount')] } : {}),
    ...extra,
  };
}

/** A column with autoincrement must have an integer type. */
const AUTOINCREMENT_RULE: { [k: string]: Json } = {
  if: { required: ['autoincrement'], properties: { autoincrement: { const: true } } },
  then: { properties: { type: { enum: [...AUTOINCREMENT_TYPES] } } },
};

/** The most columns a foreign key's two lists are compared for (JSON schema has no "same length as"). */
const SAME_COUNT_UP_TO = 32;

/** As many referenced columns as referencing columns, spelled out for up to SAME_COUNT_UP_TO columns. */
function sameColumnCount([a, b]: readonly [string, string]): Json {
  const single = (n: number): Json => ({ anyOf: [{ type: 'string' }, { type: 'array', ...(n ? { minItems: 1 } : {}), maxItems: 1 }] });
  const whenString = (x: string, y: string): Json => ({
    if: { required: [x], properties: { [x]: { type: 'string' } } },
    then: { properties: { [y]: single(0) } },
  });
  const whenCount = (n: number): Json => ({
    if: { required: [a], properties: { [a]: { type: 'array', minItems: n, maxItems: n } } },
    then: { properties: { [b]: n === 1 ? single(1) : { type: 'array', minItems: n, maxItems: n } } },
  });
  return {
    description: `As many referenced columns as referencing columns (spelled out for up to ${SAME_COUNT_UP_TO} columns).`,
    type: 'object',
    allOf: [whenString(a, b), whenString(b, a), ...Array.from({ length: SAME_COUNT_UP_TO }, (_, i) => whenCount(i + 1))],
  };
}

/** string(N): N from 1 to 65535, written with up to five digits (leading zeros allowed, as the parser allows them). */
export const STRING_TYPE_PATTERN =
  '^string\\((?:0{0,4}[1-9]|0{0,3}[1-9][0-9]|0{0,2}[1-9][0-9]{2}|0?[1-9][0-9]{3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])\\)$';

/** numeric(P,S): P from 1 to 99 and S from 0 to P, each with one or two digits, spaces around the comma. */
export function numericTypePattern(): string {
  const upTo = (p: number): string => {
    if (p < 10) return `0?[0-${p}]`;
    const tens = Math.floor(p / 10);
    const units = p % 10;
    const parts = ['0?[0-9]'];
    if (tens - 1 === 1) parts.push('1[0-9]');
    else if (tens - 1 >= 2) parts.push(`[1-${tens - 1}][0-9]`);
    parts.push(units === 0 ? `${tens}0` : `${tens}[0-${units}]`);
    return `(?:${parts.join('|')})`;
  };
  const alts = Array.from({ length: 99 }, (_, i) => i + 1).map((p) => `${p < 10 ? `0?${p}` : p}\\s*,\\s*${upTo(p)}`);
  return `^numeric\\((?:${alts.join('|')})\\)$`;
}

const FILE_SCHEMA_FIELD: Json = { description: 'Path to this schema, for editors. Not used by the tool.' };

/** The whole schema document. */
export function revisionSchema(): Json {
  const createTable = OP_SPECS.create_table;
  const ops = Object.fromEntries(
    OP_KINDS.map((k) => {
      const s = OP_SPECS[k];
      return [
        k,
        {
          description: s.description,
          type: 'object',
          additionalProperties: false,
          required: ['op', ...required(s.fields)],
          properties: { op: { const: k }, dialects: ref('dialects'), ...properties(s.fields) },
          ...(s.atLeastOne ? { anyOf: s.atLeastOne.map((f) => ({ required: [f] })) } : {}),
          ...(s.sameLength ? { allOf: [ref('sameColumnCount')] } : {}),
        },
      ];
    }),
  );
  const struct = (name: StructName, extra?: { [k: string]: Json }) => structSchema(STRUCT_SPECS[name], extra);
  const pk = STRUCT_SPECS.primaryKey;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'lbaas-db-manage revision file',
    description:
      'A revision file (versions/**/*.jsonc): ids, parents and the upgrade/downgrade ops. The same schema also describes versions/external.jsonc (an object with "tables").',
    if: { type: 'object', required: ['tables'] },
    then: ref('externalFile'),
    else: ref('revisionFile'),
    definitions: {
      identifier: {
        description:
          'A plain SQL identifier: letters, digits and underscores, not starting with a digit. Quotes, spaces, ";" and "--" are never accepted in names.',
        type: 'string',
        pattern: IDENT_RE.source,
      },
      identifierList: {
        description: 'One or more distinct identifiers: a list, or a single name as a string.',
        anyOf: [ref('identifier'), { type: 'array', items: ref('identifier'), minItems: 1, uniqueItems: true }],
      },
      nonEmptyString: { type: 'string', minLength: 1 },
      stringOrList: { anyOf: [ref('nonEmptyString'), { type: 'array', items: ref('nonEmptyString') }] },
      revisionId: {
        description: 'A revision id: 1 to 32 letters, digits or underscores (it is stored in version_num VARCHAR(32)).',
        type: 'string',
        pattern: REVISION_ID_RE.source,
      },
      dialect: { description: 'A target dialect. "mysql" also covers "mariadb" (same family).', enum: [...DIALECTS] },
      dialects: {
        description:
          'Run this op only on these dialects; omitted: every dialect. Naming "mysql" also covers "mariadb". A list (at least one) or a single dialect as a string.',
        anyOf: [ref('dialect'), { type: 'array', items: ref('dialect'), minItems: 1 }],
      },
      fkAction: { description: 'Referential action.', enum: [...FK_ACTIONS] },
      typeName: {
        description: `A portable column type: string(N) with N from 1 to 65535, numeric(P,S) with P from 1 to 99 and S from 0 to P, or one of: ${SIMPLE_TYPES.join(', ')}.`,
        type: 'string',
        anyOf: [{ enum: [...SIMPLE_TYPES] }, { pattern: STRING_TYPE_PATTERN }, { pattern: numericTypePattern() }],
        examples: ['string(36)', 'string(255)', 'integer', 'bigint', 'boolean', 'text', 'numeric(10,2)', 'datetime'],
      },
      enumValue: { description: 'An enum value: non-empty, without NUL or backslash.', type: 'string', minLength: 1, pattern: '^[^\\\\\\u0000]*$' },
      enumType: struct('enumType'),
      columnType: {
        description: 'Column type: a type name such as "string(36)" or "integer", or {"enum": [...], "name": "..."}.',
        anyOf: [ref('typeName'), ref('enumType')],
      },
      defaultValue: {
        description:
          'A server default: a string (stored as a quoted literal), a number, a boolean, or {"expr": ...} for CURRENT_TIMESTAMP, CURRENT_DATE or NULL.',
        anyOf: [{ type: 'string', pattern: '^[^\\u0000]*$' }, { type: 'number' }, { type: 'boolean' }, ref('defaultExpr')],
      },
      defaultExpr: {
        description: 'An SQL expression default that every dialect spells the same way.',
        type: 'object',
        additionalProperties: false,
        required: ['expr'],
        properties: { expr: { enum: [...DEFAULT_EXPRS] } },
      },
      column: struct('column', AUTOINCREMENT_RULE),
      inlineForeignKey: struct('inlineForeignKey'),
      addedColumn: struct('addedColumn', AUTOINCREMENT_RULE),
      primaryKey: {
        description: pk.description,
        anyOf: [
          { type: 'array', items: ref('identifier'), minItems: 1, uniqueItems: true },
          { type: 'object', additionalProperties: false, required: required(pk.fields), properties: properties(pk.fields) },
        ],
      },
      uniqueConstraint: struct('uniqueConstraint'),
      foreignKey: struct('foreignKey'),
      sameColumnCount: sameColumnCount(STRUCT_SPECS.foreignKey.sameLength!),
      checkCondition: { description: 'One boolean SQL expression, without ";".', type: 'string', minLength: 1, pattern: '^[^;]*$' },
      checkConstraint: struct('checkConstraint'),
      index: struct('index'),
      sqlText: {
        description: 'SQL text: a string, or a list of lines joined with newlines. Must not be blank.',
        anyOf: [
          { type: 'string', pattern: '\\S' },
          { type: 'array', items: { type: 'string' }, contains: { type: 'string', pattern: '\\S' } },
        ],
      },
      ...ops,
      op: {
        description: 'One migration step. "op" names the kind; "dialects" restricts it to some dialects.',
        type: 'object',
        required: ['op'],
        properties: { op: { description: 'The op kind.', enum: [...OP_KINDS] } },
        allOf: OP_KINDS.map((k) => ({ if: { properties: { op: { const: k } }, required: ['op'] }, then: ref(k) })),
      },
      ops: { type: 'array', items: ref('op') },
      waiver: {
        description: 'Records that a lint or check finding was reviewed and accepted.',
        type: 'object',
        additionalProperties: false,
        required: ['code', 'reason'],
        properties: { code: refWith('nonEmptyString', 'The diagnostic code being waived.'), reason: refWith('nonEmptyString', 'Why it is acceptable.') },
      },
      revisionFile: {
        type: 'object',
        additionalProperties: false,
        required: ['revision', 'down_revision', 'message', 'upgrade'],
        properties: {
          $schema: FILE_SCHEMA_FIELD,
          revision: refWith('revisionId', "This revision's id (1 to 32 letters, digits or underscores)."),
          down_revision: {
            description: 'Parent revision id(s): null for a base revision, a string for one parent, a list for a merge.',
            anyOf: [{ type: 'null' }, ref('nonEmptyString'), { type: 'array', items: ref('nonEmptyString') }],
          },
          branch_labels: {
            description: 'Labels that name this revision\'s branch (e.g. "expand", "contract"). A string or a list.',
            anyOf: [ref('revisionId'), { type: 'array', items: ref('revisionId') }],
          },
          depends_on: refWith('stringOrList', 'Revisions that must be applied before this one without being its parents. A string or a list.'),
          message: refWith('nonEmptyString', 'One-line summary of the revision.'),
          create_date: refWith('nonEmptyString', 'When the revision was written, e.g. "2016-07-13 02:40:51.683659".'),
          milestones: refWith('stringOrList', 'Release milestones this revision marks (lower case, e.g. "newton"). A string or a list.'),
          upgrade: refWith('ops', 'Ops that apply the revision, in order.'),
          downgrade: refWith(
            'ops',
            'Ops that undo the revision, in order ([] for a revision that changes nothing). Leave out, and set "irreversible", when it cannot be undone.',
          ),
          irreversible: refWith('nonEmptyString', 'Why the revision cannot be undone. Only without "downgrade".'),
          waivers: { description: 'Accepted lint or check findings.', type: 'array', items: ref('waiver') },
        },
        not: { required: ['downgrade', 'irreversible'] },
      },
      externalTable: {
        description: 'A table that exists before base: the create_table fields, without "op" and "dialects".',
        type: 'object',
        additionalProperties: false,
        required: required(createTable.fields),
        properties: properties(createTable.fields),
      },
      externalFile: {
        type: 'object',
        additionalProperties: false,
        required: ['tables'],
        properties: {
          $schema: FILE_SCHEMA_FIELD,
          description: { description: 'What these objects are and where they come from.' },
          tables: { description: 'The tables, each after the tables its foreign keys reference.', type: 'array', items: ref('externalTable') },
        },
      },
    },
  };
}

/**
 * JSON as the committed file is laid out: two spaces, a reference alone on its line as
 * `{ "$ref": ... }`, lists of up to eight plain values on one line.
 */
export function formatSchema(v: Json, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length <= 8 && v.every((x) => x === null || typeof x !== 'object')) return `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
    return `[\n${v.map((x) => inner + formatSchema(x, inner)).join(',\n')}\n${indent}]`;
  }
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === '$ref') return `{ "$ref": ${JSON.stringify(v.$ref)} }`;
    return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)}: ${formatSchema(v[k]!, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(v);
}

/** The text of versions/revision.schema.json. */
export function revisionSchemaText(): string {
  return `${formatSchema(revisionSchema())}\n`;
}
