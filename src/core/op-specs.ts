import type { OpKind } from './ops.js';

/**
 * What the tool knows about each op kind, in one table: the fields a revision file gives it and
 * how each is read, what the op does to the schema model, what a downgrade can give back after
 * it, and the facts the lint rules, check_migration and populate go by. The front end reads
 * the fields from here (src/front/validate.ts), `versions/revision.schema.json` is generated
 * from here (src/front/schema.ts), and check_migration, lint and populate take their facts from
 * here. Adding an op kind to `Op` (src/core/ops.ts) without a row here does not compile.
 */

/**
 * How a field's value is read (src/front/validate.ts) and described in the JSON schema
 * (src/front/schema.ts):
 * - `ident`: a plain identifier; `identList`: one or more distinct identifiers (a single name
 *   may be given as a string);
 * - `bool`; `enum`: one of `values`; `fkAction`: a referential action (FK_ACTIONS);
 * - `type`: a column type; `default`: a server default (`nullable`: null drops it);
 * - `condition`: a check condition (one boolean SQL expression); `text`: a non-empty string;
 * - `column`: the column add_column adds; `columns`: create_table's columns;
 *   `primaryKey`; `list`: a list of the structure named by `of`; `inlineForeignKey`: a column's
 *   foreign key; `enumValues`: an enum type's values;
 * - `sql`: execute's SQL; `rows`: bulk_insert's rows.
 */
export type FieldKind =
  | 'ident'
  | 'identList'
  | 'bool'
  | 'enum'
  | 'fkAction'
  | 'type'
  | 'default'
  | 'condition'
  | 'text'
  | 'column'
  | 'columns'
  | 'primaryKey'
  | 'list'
  | 'inlineForeignKey'
  | 'enumValues'
  | 'sql'
  | 'rows';

/** The structures that appear inside ops (columns, keys, indexes...), each with fields of its own. */
export type StructName =
  | 'column'
  | 'addedColumn'
  | 'inlineForeignKey'
  | 'primaryKey'
  | 'uniqueConstraint'
  | 'foreignKey'
  | 'checkConstraint'
  | 'index'
  | 'enumType';

export interface FieldSpec {
  readonly name: string;
  readonly kind: FieldKind;
  /** Left out, the field is an error (LD004). */
  readonly required?: boolean;
  /** For the schema (and editors' hover text). */
  readonly description?: string;
  /** `bool`: the value when the field is left out. */
  readonly default?: boolean;
  /** `enum`: the accepted values. */
  readonly values?: readonly string[];
  /** `default`: whether null is accepted (it drops the default). */
  readonly nullable?: boolean;
  /** `list`: what the list holds. */
  readonly of?: StructName;
}

/**
 * What an op does to the schema model: `create`, `drop`, `rename` or `alter` an object (a table,
 * column, index or constraint), or `data`, which changes rows (bulk_insert) or runs SQL the tool
 * does not read (execute; lint counts it as a data change).
 */
export type OpEffect = 'create' | 'drop' | 'rename' | 'alter' | 'data';

/**
 * What a downgrade can give back after the op ran: `full` (undoing it loses nothing the op did
 * not bring), `schema` (the schema comes back, the rows or values the op dropped do not: a
 * destructive op), `depends` (on the data or on the SQL: a type change may cut values, and
 * execute's SQL is the author's).
 */
export type Reversibility = 'full' | 'schema' | 'depends';

export interface OpSpec {
  readonly description: string;
  /** The op's own fields, in the order they are read and listed (`op` and `dialects` come first in every op). */
  readonly fields: readonly FieldSpec[];
  /** Fields of which at least one must be given. */
  readonly atLeastOne?: readonly string[];
  /** Two identifier lists that must have the same length. */
  readonly sameLength?: readonly [string, string];
  readonly effect: OpEffect;
  /** What check_migration says the op does ("drops table", "adds column"). */
  readonly says: string;
  readonly reversibility: Reversibility;
  /** SQL text the front end reads at load (src/front/sqltext.ts): statements, or check conditions. */
  readonly sqlText?: 'statements' | 'conditions';
  /**
   * The lint codes an upgrade op of this kind can be given (src/lint/rules.ts). The rules refuse
   * to raise another; an op kind with none is never judged by them.
   */
  readonly lint: readonly string[];
  /**
   * The field by which an `alter` op renames what it changes, and what check_migration says it
   * does: refused in an expand revision (CM004), as every op whose effect is `drop` or `rename` is.
   */
  readonly expandRename?: { readonly field: string; readonly says: string };
}

const ident = (name: string, description?: string, required = true): FieldSpec => ({
  name,
  kind: 'ident',
  ...(required ? { required } : {}),
  ...(description !== undefined ? { description } : {}),
});
const optionalIdent = (name: string, description: string): FieldSpec => ident(name, description, false);
const identList = (name: string, description?: string): FieldSpec => ({
  name,
  kind: 'identList',
  required: true,
  ...(description !== undefined ? { description } : {}),
});
const fkActions: readonly FieldSpec[] = [
  { name: 'ondelete', kind: 'fkAction' },
  { name: 'onupdate', kind: 'fkAction' },
];
const UNNAMED = 'Constraint name; omit to leave it unnamed.';

export const CONSTRAINT_TYPES = ['foreignkey', 'unique', 'check', 'primary'] as const;

export const OP_SPECS: Readonly<Record<OpKind, OpSpec>> = {
  create_table: {
    description: 'Creates a table with its columns, keys, checks and indexes.',
    fields: [
      ident('table', 'Table name.'),
      { name: 'columns', kind: 'columns', required: true, description: 'The columns, in order (at least one).' },
      { name: 'primary_key', kind: 'primaryKey' },
      { name: 'unique', kind: 'list', of: 'uniqueConstraint', description: 'Unique constraints.' },
      { name: 'foreign_keys', kind: 'list', of: 'foreignKey', description: 'Foreign keys, in declaration order.' },
      { name: 'checks', kind: 'list', of: 'checkConstraint', description: 'Check constraints.' },
      { name: 'indexes', kind: 'list', of: 'index', description: 'Indexes created with the table.' },
    ],
    effect: 'create',
    says: 'creates table',
    reversibility: 'full',
    sqlText: 'conditions',
    lint: [],
  },
  drop_table: {
    description: 'Drops a table.',
    fields: [ident('table', 'Table to drop.')],
    effect: 'drop',
    says: 'drops table',
    reversibility: 'schema',
    lint: ['LN001'],
  },
  rename_table: {
    description: 'Renames a table.',
    fields: [ident('table', 'Current name.'), ident('new_name', 'New name.')],
    effect: 'rename',
    says: 'renames table',
    reversibility: 'full',
    lint: [],
  },
  add_column: {
    description: 'Adds a column, optionally with an inline foreign key.',
    fields: [ident('table', 'Table.'), { name: 'column', kind: 'column', required: true }],
    effect: 'create',
    says: 'adds column',
    reversibility: 'full',
    lint: ['LN011', 'LN014'],
  },
  drop_column: {
    description: 'Drops a column.',
    fields: [ident('table', 'Table.'), ident('column', 'Column to drop.')],
    effect: 'drop',
    says: 'drops column',
    reversibility: 'schema',
    lint: ['LN002'],
  },
  alter_column: {
    description: 'Changes a column: its type, nullability, default and/or name. Fields left out stay as they are; at least one must be set.',
    fields: [
      ident('table', 'Table.'),
      ident('column', 'Column (its current name).'),
      { name: 'type', kind: 'type', description: 'New type.' },
      { name: 'nullable', kind: 'bool', description: 'New nullability.' },
      { name: 'server_default', kind: 'default', nullable: true, description: 'New server default; null drops the default.' },
      optionalIdent('new_column_name', 'New column name (rename).'),
    ],
    atLeastOne: ['type', 'nullable', 'server_default', 'new_column_name'],
    effect: 'alter',
    says: 'alters column',
    reversibility: 'depends',
    lint: ['LN003', 'LN004', 'LN012', 'LN013', 'LN021'],
    expandRename: { field: 'new_column_name', says: 'renames column' },
  },
  create_index: {
    description: 'Creates a named index.',
    fields: [
      ident('name', 'Index name.'),
      ident('table', 'Table.'),
      identList('columns'),
      { name: 'unique', kind: 'bool', default: false, description: 'Unique index. Default: false.' },
    ],
    effect: 'create',
    says: 'creates index',
    reversibility: 'full',
    lint: ['LN010', 'LN020'],
  },
  drop_index: {
    description: 'Drops an index by name.',
    fields: [ident('name', 'Index name.'), ident('table', 'Table the index is on.')],
    effect: 'drop',
    says: 'drops index',
    reversibility: 'full',
    lint: [],
  },
  create_unique_constraint: {
    description: 'Adds a unique constraint. Without "name" the engine gives it its implicit name.',
    fields: [optionalIdent('name', UNNAMED), ident('table', 'Table.'), identList('columns')],
    effect: 'create',
    says: 'creates unique constraint',
    reversibility: 'full',
    lint: ['LN020'],
  },
  create_foreign_key: {
    description: 'Adds a foreign key. "columns" and "referent_columns" must have the same length. Without "name" the engine gives it its implicit name.',
    fields: [
      optionalIdent('name', UNNAMED),
      ident('table', 'Referencing table.'),
      identList('columns', 'Referencing columns.'),
      ident('referent_table', 'Referenced table.'),
      identList('referent_columns', 'Referenced columns, one per referencing column.'),
      ...fkActions,
    ],
    sameLength: ['columns', 'referent_columns'],
    effect: 'create',
    says: 'creates foreign key',
    reversibility: 'full',
    lint: ['LN014'],
  },
  create_check_constraint: {
    description: 'Adds a named check constraint.',
    fields: [ident('name', 'Constraint name.'), ident('table', 'Table.'), { name: 'condition', kind: 'condition', required: true }],
    effect: 'create',
    says: 'creates check constraint',
    reversibility: 'full',
    sqlText: 'conditions',
    lint: ['LN015', 'LN022'],
  },
  drop_constraint: {
    description:
      'Drops a constraint by the name the engine holds (for an unnamed constraint: its implicit name on that engine; use "dialects" when the names differ).',
    fields: [
      ident('name', 'Constraint name.'),
      ident('table', 'Table.'),
      { name: 'type', kind: 'enum', required: true, values: CONSTRAINT_TYPES, description: 'Constraint kind.' },
    ],
    effect: 'drop',
    says: 'drops constraint',
    reversibility: 'full',
    lint: [],
  },
  execute: {
    description: 'Runs raw SQL. The compiler does not look inside it: keep schema changes in the other ops.',
    fields: [
      {
        name: 'sql',
        kind: 'sql',
        required: true,
        description: 'SQL for every dialect (a string or a list of lines), or an object keyed by dialect with an optional "default" for the others.',
      },
      {
        name: 'allow_client_command',
        kind: 'text',
        description:
          'Why this SQL holds database-client commands (psql backslash commands, mysql/mariadb client commands, sqlite3 dot-commands); without it such SQL is refused at load. Lint and the review page show the reason.',
      },
    ],
    effect: 'data',
    says: 'runs',
    reversibility: 'depends',
    sqlText: 'statements',
    lint: ['LN030', 'LN040', 'LN041'],
  },
  bulk_insert: {
    description: 'Inserts literal rows.',
    fields: [ident('table', 'Table.'), { name: 'rows', kind: 'rows', required: true, description: 'Rows as objects of column: value.' }],
    effect: 'data',
    says: 'inserts rows',
    reversibility: 'full',
    lint: ['LN030'],
  },
};

/** Every op kind, in the table's order (the order messages and the schema list them in). */
export const OP_KINDS = Object.keys(OP_SPECS) as OpKind[];

const COLUMN_FIELDS: readonly FieldSpec[] = [
  ident('name', 'Column name.'),
  { name: 'type', kind: 'type', required: true },
  { name: 'nullable', kind: 'bool', default: true, description: 'Whether NULL is allowed. Default: true.' },
  { name: 'server_default', kind: 'default', nullable: false, description: 'Default the database applies. Omit for none (null is not accepted here).' },
  {
    name: 'autoincrement',
    kind: 'bool',
    default: false,
    description: 'Generated ascending integer (integer, smallint or bigint columns only). Default: false.',
  },
];

export interface StructSpec {
  readonly description: string;
  readonly fields: readonly FieldSpec[];
  readonly sameLength?: readonly [string, string];
}

/**
 * The structures inside ops, with their fields in the order messages list them (a column's are
 * read with autoincrement before server_default, an enum type's name first).
 */
export const STRUCT_SPECS: Readonly<Record<StructName, StructSpec>> = {
  column: {
    description: 'A column of create_table. The primary key is declared on the table ("primary_key"), not on the column.',
    fields: COLUMN_FIELDS,
  },
  addedColumn: {
    description: 'The column add_column adds. May carry an inline foreign key.',
    fields: [...COLUMN_FIELDS, { name: 'foreign_key', kind: 'inlineForeignKey' }],
  },
  inlineForeignKey: {
    description: 'A foreign key from the added column to one column of another table. Without "name" the engine gives it its implicit name.',
    fields: [optionalIdent('name', UNNAMED), ident('table', 'Referenced table.'), ident('column', 'Referenced column.'), ...fkActions],
  },
  primaryKey: {
    description: 'Primary key columns, or {"name": ..., "columns": [...]} to name the constraint. Unnamed: the engine names it.',
    fields: [optionalIdent('name', 'Constraint name.'), identList('columns')],
  },
  uniqueConstraint: {
    description: 'A unique constraint. Without "name" the engine gives it its implicit name.',
    fields: [optionalIdent('name', UNNAMED), identList('columns')],
  },
  foreignKey: {
    description:
      'A foreign key. "columns" and "referent_columns" must have the same length. Without "name" the engine gives it its implicit name (on MySQL/MariaDB unnamed keys are numbered in this list\'s order).',
    fields: [
      optionalIdent('name', UNNAMED),
      identList('columns', 'Referencing columns of this table.'),
      ident('referent_table', 'Referenced table.'),
      identList('referent_columns', 'Referenced columns, one per referencing column.'),
      ...fkActions,
    ],
    sameLength: ['columns', 'referent_columns'],
  },
  checkConstraint: {
    description: 'A named check constraint.',
    fields: [ident('name', 'Constraint name (required).'), { name: 'condition', kind: 'condition', required: true }],
  },
  index: {
    description: 'A named index.',
    fields: [
      ident('name', 'Index name (required).'),
      identList('columns'),
      { name: 'unique', kind: 'bool', default: false, description: 'Unique index. Default: false.' },
    ],
  },
  enumType: {
    description:
      'An enum type. "name" is the type name (PostgreSQL creates a named type; other dialects keep the values inline). Reuse the same name and values wherever the same type is meant.',
    fields: [
      { name: 'enum', kind: 'enumValues', required: true, description: 'The allowed values, distinct, in order.' },
      ident('name', 'The enum type name, e.g. "listener_protocolsv2".'),
    ],
  },
};

/** The field names of a spec, in order. */
export function fieldNames(spec: { readonly fields: readonly FieldSpec[] }): string[] {
  return spec.fields.map((f) => f.name);
}
