import { DIALECTS, type Dialect } from '../core/dialect.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { didYouMean } from '../core/diagnostics.js';
import {
  FK_ACTIONS,
  NONE,
  type CheckDef,
  type ColumnDef,
  type ConstraintType,
  type ExecuteOp,
  type FkAction,
  type ForeignKeyDef,
  type IndexDef,
  type InlineForeignKey,
  type Op,
  type OpKind,
  type PrimaryKeyDef,
  type Revision,
  type RevisionHead,
  type UniqueDef,
  type Waiver,
} from '../core/ops.js';
import { fieldNames, OP_KINDS, OP_SPECS, STRUCT_SPECS, type FieldKind, type FieldSpec, type StructName } from '../core/op-specs.js';
import { AUTOINCREMENT_TYPES, DEFAULT_EXPRS, parseTypeName, SIMPLE_TYPES, type ColumnType, type Default, type Literal } from '../core/types.js';
import { describe, Reader } from './reader.js';
import { pathToString, type JsonPath as P, type SourceRef } from '../core/source.js';
import { checkSqlTexts } from './sqltext.js';

type Obj = Record<string, unknown>;

/** Identifiers are kept to a portable, injection-proof alphabet. */
export const IDENT_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Control characters (a tab is allowed) that text copied into scripts must not carry. */
export const CONTROL_RE = /[\u0000-\u0008\u000a-\u001f\u007f]/;
/**
 * Control characters that text printed on a terminal or copied into script comments must not
 * carry: C0 but the tab, DEL and C1 (U+009B is an escape sequence's start on some terminals).
 */
export const DISPLAY_CONTROL_RE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;

/** Text echoed into a message, cut to a length a terminal line can show. */
export function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}

/** Reports `text` (at `path`) unless it is one line without control characters. */
function oneLine(r: Reader, path: P, text: string): void {
  const bad = DISPLAY_CONTROL_RE.exec(text);
  if (bad) {
    const key = pathToString(path);
    r.error(
      path,
      `field '${key}': expected one line of text, found the control character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
      'write it on one line, without line breaks or other control characters',
    );
  }
}

/** Revision ids fit Alembic's version_num VARCHAR(32). */
export const REVISION_ID_RE = /^[A-Za-z0-9_]{1,32}$/;

const TOP_FIELDS = [
  '$schema',
  'revision',
  'down_revision',
  'branch_labels',
  'depends_on',
  'message',
  'create_date',
  'milestones',
  'upgrade',
  'downgrade',
  'irreversible',
  'waivers',
] as const;

const TYPE_HINT = `types: string(N), numeric(P,S), ${SIMPLE_TYPES.join(', ')}, or {"enum": [...], "name": "..."}`;

/** The head fields of a revision document as read (the id undefined when it was wrong); the file is the caller's. */
type HeadFields = Omit<RevisionHead, 'id' | 'file'> & { id: string | undefined };

/**
 * Reads the fields every revision has besides its ops (id, parents, labels, message...), in the
 * order diagnostics about them are reported. `doc` must have passed the top-level object check.
 */
function readHeadFields(r: Reader, doc: Obj): HeadFields {
  const id = r.str(doc, 'revision', [], true);
  if (id !== undefined && !REVISION_ID_RE.test(id)) {
    r.error(['revision'], `field 'revision': expected 1-32 letters, digits or underscores, found "${clip(id)}"`, 'the id is stored in version_num VARCHAR(32)');
  }
  if (!('down_revision' in doc)) {
    r.error(['down_revision'], `missing required field 'down_revision'`, 'use null for a base revision', 'LD004');
  }
  const down = r.strList(doc, 'down_revision', [], { nullable: true }) ?? NONE;
  const message = r.str(doc, 'message', [], true) ?? '';
  const createDate = r.str(doc, 'create_date', []) ?? '';
  // Both end up in script comments (a carriage return would end a PostgreSQL `--` comment early)
  // and on terminals (history, show).
  oneLine(r, ['message'], message);
  oneLine(r, ['create_date'], createDate);
  const labels = r.strList(doc, 'branch_labels', []) ?? NONE;
  for (const [i, l] of labels.entries()) {
    if (!REVISION_ID_RE.test(l)) r.error(['branch_labels', i], `branch label "${clip(l)}" must be letters, digits or underscores`);
  }
  const dependsOn = r.strList(doc, 'depends_on', []) ?? NONE;
  // Every id and label has this shape: anything else names nothing, and is echoed by the graph's errors.
  for (const [key, list] of [
    ['down_revision', down],
    ['depends_on', dependsOn],
  ] as const) {
    for (const [i, x] of list.entries()) {
      if (!REVISION_ID_RE.test(x)) {
        r.error(
          typeof doc[key] === 'string' ? [key] : [key, i],
          `field '${key}': expected ${key === 'down_revision' ? 'revision ids' : 'revision ids or branch labels'} (1-32 letters, digits or underscores), found "${clip(x)}"`,
        );
      }
    }
  }
  const milestones = r.strList(doc, 'milestones', []) ?? NONE;
  // Printed by show and history (the graph checks the characters targets reserve).
  for (const [i, m] of milestones.entries()) oneLine(r, typeof doc.milestones === 'string' ? ['milestones'] : ['milestones', i], m);
  return { id, down, branch_labels: labels, depends_on: dependsOn, message, create_date: createDate, milestones };
}

const TOP_EXPECTED = 'an object with the revision fields';

/**
 * The head of one parsed revision document (everything but its ops), collecting diagnostics
 * about those fields only. A streamed compile reads every file's head first and each
 * revision's ops when it gets to it; validateRevision checks the whole document.
 */
export function validateHead(doc: unknown, file: string, diagnostics: Diagnostic[]): RevisionHead | undefined {
  const r = new Reader(file, diagnostics);
  const before = diagnostics.length;
  if (!r.object(doc, [], TOP_FIELDS, TOP_EXPECTED)) return undefined;
  const { id, down, branch_labels, depends_on, message, create_date, milestones } = readHeadFields(r, doc);
  if (diagnostics.length > before || id === undefined) return undefined;
  // A literal, not a spread: V8 gives it a fast shape (10,000 heads are held through a compile).
  return { id, down, branch_labels, depends_on, message, create_date, milestones, file };
}

/** Turns one parsed revision document into a Revision, collecting diagnostics. */
export function validateRevision(doc: unknown, file: string, diagnostics: Diagnostic[]): Revision | undefined {
  const r = new Reader(file, diagnostics);
  const before = diagnostics.length;
  if (!r.object(doc, [], TOP_FIELDS, TOP_EXPECTED)) return undefined;
  const { id, down, branch_labels, depends_on, message, create_date, milestones } = readHeadFields(r, doc);
  const upgrade = readOps(r, doc, 'upgrade', true) ?? [];
  const downgrade = 'downgrade' in doc ? (readOps(r, doc, 'downgrade', false) ?? []) : null;
  const irreversible = r.str(doc, 'irreversible', []);
  // Printed by compile errors, bundles and review pages.
  if (irreversible !== undefined) oneLine(r, ['irreversible'], irreversible);
  if (irreversible !== undefined && downgrade !== null) {
    r.error(['irreversible'], `a revision with 'downgrade' ops cannot also be 'irreversible'`, 'remove one of the two fields');
  }
  const waivers: Waiver[] = [];
  for (const [i, w] of (r.array(doc, 'waivers', []) ?? []).entries()) {
    const p: P = ['waivers', i];
    if (!r.object(w, p, ['code', 'reason'])) continue;
    const code = r.str(w, 'code', p, true);
    const reason = r.str(w, 'reason', p, true);
    // Printed by lint and check_migration.
    if (reason !== undefined) oneLine(r, [...p, 'reason'], reason);
    if (code && reason) waivers.push({ code, reason, src: r.ref(p) });
  }
  if (diagnostics.length > before || id === undefined) return undefined;
  return {
    id,
    down,
    branch_labels,
    depends_on,
    message,
    create_date,
    milestones,
    upgrade,
    downgrade,
    ...(irreversible !== undefined ? { irreversible } : {}),
    waivers,
    file,
  };
}

function readOps(r: Reader, doc: Obj, key: 'upgrade' | 'downgrade', required: boolean): Op[] | undefined {
  const list = r.array(doc, key, [], required);
  if (!list) return undefined;
  const ops: Op[] = [];
  list.forEach((o, i) => {
    const op = readOp(r, o, [key, i]);
    if (op) ops.push(op);
  });
  return ops;
}

const COMMON = ['op', 'dialects'] as const;
/** The fields each op accepts, as sets (checked once per op of every revision file), from the op table. */
const OP_ALLOWED = Object.fromEntries(OP_KINDS.map((k) => [k, new Set<string>([...COMMON, ...fieldNames(OP_SPECS[k])])])) as unknown as Record<
  OpKind,
  ReadonlySet<string>
>;
const OP_KIND_SET: ReadonlySet<string> = new Set(OP_KINDS);
const allowed = (s: StructName): ReadonlySet<string> => new Set(fieldNames(STRUCT_SPECS[s]));
/**
 * A column also accepts `primary_key`, to say where the primary key goes instead (the schema
 * leaves it out); add_column's column may carry a foreign key.
 */
const COLUMN_ALLOWED: ReadonlySet<string> = new Set([...fieldNames(STRUCT_SPECS.column), 'primary_key']);
const ADDED_COLUMN_ALLOWED: ReadonlySet<string> = new Set([...COLUMN_ALLOWED, ...fieldNames(STRUCT_SPECS.addedColumn)]);
const STRUCT_ALLOWED = {
  inlineForeignKey: allowed('inlineForeignKey'),
  primaryKey: allowed('primaryKey'),
  uniqueConstraint: allowed('uniqueConstraint'),
  foreignKey: allowed('foreignKey'),
  checkConstraint: allowed('checkConstraint'),
  index: allowed('index'),
  enumType: allowed('enumType'),
};

export function readOp(r: Reader, o: unknown, p: P): Op | undefined {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) {
    r.expected(p, 'an op object like {"op": "add_column", ...}', o);
    return undefined;
  }
  const obj = o as Obj;
  const kind = obj.op;
  if (typeof kind !== 'string' || !OP_KIND_SET.has(kind)) {
    const near = typeof kind === 'string' ? didYouMean(kind, OP_KINDS) : undefined;
    r.error(
      [...p, 'op'],
      `field '${pathToString([...p, 'op'])}': unknown op ${describe(kind)}`,
      near ? `did you mean '${near}'?` : `ops: ${OP_KINDS.join(', ')}`,
      'LD005',
    );
    return undefined;
  }
  const k = kind as OpKind;
  r.object(obj, p, OP_ALLOWED[k]);
  const dialects = obj.dialects === undefined ? undefined : readDialects(r, obj, p);
  const op = buildOp(r, obj, k, readFields(r, obj, OP_SPECS[k].fields, p), p);
  if (op && dialects) op.dialects = dialects;
  if (op && OP_SPECS[k].sqlText !== undefined && !checkSqlTexts(r, op, obj, p)) return undefined;
  return op;
}

/** The values read so far, by field name (undefined: left out, or reported). */
type Values = Record<string, unknown>;

/**
 * Field kinds that the op's or structure's own code reads, after the fields before it: what
 * they accept, and whether they are read at all, depends on those.
 */
const READ_BY_BUILDER: ReadonlySet<FieldKind> = new Set(['inlineForeignKey', 'enumValues', 'sql', 'rows']);

type FieldReader = (r: Reader, obj: Obj, p: P) => unknown;
/** Each list of fields, as the names and readers of those readFields reads (the others are the builders'), made once per list. */
const READERS = new WeakMap<readonly FieldSpec[], { names: readonly string[]; readers: readonly FieldReader[] }>();

/** Reads `fields` of `obj` in order, each by its kind, collecting diagnostics. */
function readFields(r: Reader, obj: Obj, fields: readonly FieldSpec[], p: P): Values {
  let rs = READERS.get(fields);
  if (!rs) {
    const generic = fields.filter((f) => !READ_BY_BUILDER.has(f.kind));
    READERS.set(fields, (rs = { names: generic.map((f) => f.name), readers: generic.map(fieldReader) }));
  }
  const v: Values = {};
  for (let i = 0; i < rs.names.length; i++) v[rs.names[i]!] = rs.readers[i]!(r, obj, p);
  return v;
}

const quoted = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

/** The reader of one field, by its kind (src/core/op-specs.ts). */
function fieldReader(f: FieldSpec): FieldReader {
  const key = f.name;
  const required = !!f.required;
  switch (f.kind) {
    case 'ident':
      return (r, obj, p) => readIdent(r, obj, key, p, required);
    case 'identList':
      return (r, obj, p) => readIdentList(r, obj, key, p, required);
    case 'bool':
      return (r, obj, p) => r.bool(obj, key, p);
    case 'enum': {
      const values = f.values ?? [];
      return (r, obj, p) => {
        const v = r.oneOf(obj, key, p, values);
        if (required && obj[key] === undefined) r.error([...p, key], `missing required field '${key}'`, `one of ${quoted(values)}`, 'LD004');
        return v;
      };
    }
    case 'fkAction':
      return (r, obj, p) => r.oneOf(obj, key, p, FK_ACTIONS);
    case 'type':
      return (r, obj, p) => {
        if (obj[key] === undefined) {
          if (required) r.error([...p, key], `missing required field '${key}'`, TYPE_HINT, 'LD004');
          return undefined;
        }
        return readType(r, obj[key], [...p, key]);
      };
    case 'default': {
      const nullable = !!f.nullable;
      return (r, obj, p) => (obj[key] !== undefined || (nullable && key in obj) ? readDefault(r, obj[key], [...p, key], nullable) : undefined);
    }
    case 'condition':
      return (r, obj, p) => r.str(obj, key, p, true);
    case 'text':
      return required ? (r, obj, p) => r.str(obj, key, p, true) : (r, obj, p) => r.str(obj, key, p);
    case 'column':
      return (r, obj, p) => {
        if (obj[key] === undefined) {
          r.error([...p, key], `missing required field '${key}'`, undefined, 'LD004');
          return undefined;
        }
        return readColumn(r, obj[key], [...p, key], true);
      };
    case 'columns':
      return (r, obj, p) => {
        const columns = (r.array(obj, key, p, true) ?? []).map((c, i) => readColumn(r, c, [...p, key, i], false));
        if (columns.length === 0 && obj[key] !== undefined) r.error([...p, key], 'create_table needs at least one column');
        return columns;
      };
    case 'primaryKey':
      return (r, obj, p) => readPrimaryKey(r, obj, key, p);
    case 'list': {
      const read = LIST_READERS[f.of as keyof typeof LIST_READERS];
      return (r, obj, p) => (r.array(obj, key, p) ?? []).map((x, i) => read(r, x, [...p, key, i]));
    }
    case 'inlineForeignKey':
    case 'enumValues':
    case 'sql':
    case 'rows':
      throw new Error(`internal: field '${key}' (${f.kind}) is read by its op's own code`);
    default: {
      const unknown: never = f.kind;
      throw new Error(`internal: no reader for field kind ${String(unknown)}`);
    }
  }
}

/** Builds the op from the values its fields gave (`src` first, `dialects` added by the caller), with the checks across fields. */
function buildOp(r: Reader, obj: Obj, k: OpKind, v: Values, p: P): Op | undefined {
  const src = r.ref(p);
  switch (k) {
    case 'create_table': {
      const table = v.table as string | undefined;
      const columns = v.columns as (ColumnDef | undefined)[];
      const pk = v.primary_key as PrimaryKeyDef | undefined;
      const unique = v.unique as (UniqueDef | undefined)[];
      const fks = v.foreign_keys as (ForeignKeyDef | undefined)[];
      const checks = v.checks as (CheckDef | undefined)[];
      const indexes = v.indexes as (IndexDef | undefined)[];
      if (!table || columns.some((c) => !c) || unique.some((u) => !u) || fks.some((f) => !f) || checks.some((c) => !c) || indexes.some((x) => !x))
        return undefined;
      return {
        op: k,
        src,
        table,
        columns: columns as ColumnDef[],
        ...(pk ? { primary_key: pk } : {}),
        unique: unique as UniqueDef[],
        foreign_keys: fks as ForeignKeyDef[],
        checks: checks as CheckDef[],
        indexes: indexes as IndexDef[],
      };
    }
    case 'drop_table': {
      const table = v.table as string | undefined;
      return table ? { op: k, src, table } : undefined;
    }
    case 'rename_table': {
      const table = v.table as string | undefined;
      const newName = v.new_name as string | undefined;
      return table && newName ? { op: k, src, table, new_name: newName } : undefined;
    }
    case 'add_column': {
      const table = v.table as string | undefined;
      const column = v.column as ColumnDef | undefined;
      return table && column ? { op: k, src, table, column } : undefined;
    }
    case 'drop_column': {
      const table = v.table as string | undefined;
      const column = v.column as string | undefined;
      return table && column ? { op: k, src, table, column } : undefined;
    }
    case 'alter_column': {
      const table = v.table as string | undefined;
      const column = v.column as string | undefined;
      const type = v.type as ColumnType | undefined;
      const nullable = v.nullable as boolean | undefined;
      const hasDefault = 'server_default' in obj;
      const def = v.server_default as Default | null | undefined;
      const newName = v.new_column_name as string | undefined;
      if (obj.type === undefined && nullable === undefined && !hasDefault && obj.new_column_name === undefined) {
        r.error(p, 'alter_column changes nothing', `set at least one of ${quoted(OP_SPECS.alter_column.atLeastOne ?? [])}`);
        return undefined;
      }
      if (!table || !column || (obj.type !== undefined && !type) || (hasDefault && def === undefined) || (obj.new_column_name !== undefined && !newName))
        return undefined;
      return {
        op: k,
        src,
        table,
        column,
        ...(type ? { type } : {}),
        ...(nullable !== undefined ? { nullable } : {}),
        ...(hasDefault ? { server_default: def as Default | null } : {}),
        ...(newName ? { new_column_name: newName } : {}),
      };
    }
    case 'create_index': {
      const name = v.name as string | undefined;
      const table = v.table as string | undefined;
      const columns = v.columns as string[] | undefined;
      const unique = (v.unique as boolean | undefined) ?? false;
      return name && table && columns ? { op: k, src, name, table, columns, unique } : undefined;
    }
    case 'drop_index': {
      const name = v.name as string | undefined;
      const table = v.table as string | undefined;
      return name && table ? { op: k, src, name, table } : undefined;
    }
    case 'create_unique_constraint': {
      const name = v.name as string | undefined;
      const table = v.table as string | undefined;
      const columns = v.columns as string[] | undefined;
      return table && columns ? { op: k, src, ...(name ? { name } : {}), table, columns } : undefined;
    }
    case 'create_foreign_key': {
      const name = v.name as string | undefined;
      const table = v.table as string | undefined;
      const columns = v.columns as string[] | undefined;
      const referent = v.referent_table as string | undefined;
      const refCols = v.referent_columns as string[] | undefined;
      if (!sameLength(r, OP_SPECS.create_foreign_key.sameLength!, v, p)) return undefined;
      return table && columns && referent && refCols
        ? { op: k, src, ...(name ? { name } : {}), table, columns, referent_table: referent, referent_columns: refCols, ...fkActions(v) }
        : undefined;
    }
    case 'create_check_constraint': {
      const name = v.name as string | undefined;
      const table = v.table as string | undefined;
      const condition = v.condition as string | undefined;
      if (condition?.includes(';')) {
        r.error([...p, 'condition'], `field 'condition': a check condition cannot contain ';'`, 'write one boolean expression');
        return undefined;
      }
      return name && table && condition ? { op: k, src, name, table, condition } : undefined;
    }
    case 'drop_constraint': {
      const name = v.name as string | undefined;
      const table = v.table as string | undefined;
      const type = v.type as ConstraintType | undefined;
      return name && table && type ? { op: k, src, name, table, type } : undefined;
    }
    case 'execute': {
      const allow = v.allow_client_command as string | undefined;
      if (obj.allow_client_command !== undefined && allow === undefined) return undefined;
      return readExecute(r, obj.sql, src, allow !== undefined ? { allow_client_command: allow } : {}, [...p, 'sql']);
    }
    case 'bulk_insert': {
      const table = v.table as string | undefined;
      const rows = r.array(obj, 'rows', p, true);
      if (!table || !rows) return undefined;
      const out = readRows(r, rows, [...p, 'rows']);
      return out ? { op: k, src, table, rows: out } : undefined;
    }
    default: {
      const unknown: never = k;
      throw new Error(`internal: no reader for op ${String(unknown)}`);
    }
  }
}

/** execute's `sql`: a string, a list of lines, or an object keyed by dialect (with `default`). */
function readExecute(r: Reader, sql: unknown, src: SourceRef, opt: { allow_client_command?: string }, sp: P): ExecuteOp | undefined {
  if (typeof sql === 'string' && sql.trim() !== '') return { op: 'execute', src, sql, ...opt };
  if (Array.isArray(sql) && sql.length > 0 && sql.every((s) => typeof s === 'string')) return { op: 'execute', src, sql: sql.join('\n'), ...opt };
  if (typeof sql === 'object' && sql !== null && !Array.isArray(sql)) {
    const keys = [...DIALECTS, 'default'];
    if (!r.object(sql, sp, keys)) return undefined;
    if (Object.keys(sql).length === 0) {
      r.expected(sp, 'SQL text for at least one dialect', sql, `keys: ${keys.join(', ')}`);
      return undefined;
    }
    const per: Record<string, string> = {};
    let dflt: string | undefined;
    for (const [d, text] of Object.entries(sql)) {
      const t = Array.isArray(text) && text.every((s) => typeof s === 'string') ? text.join('\n') : text;
      if (typeof t !== 'string' || t.trim() === '') {
        r.expected([...sp, d], 'SQL text (a string or a list of lines)', text);
        return undefined;
      }
      if (d === 'default') dflt = t;
      else per[d] = t;
    }
    return { op: 'execute', src, ...(dflt !== undefined ? { sql: dflt } : {}), per_dialect: per, ...opt };
  }
  r.expected(sp, 'SQL text (a string, a list of lines, or an object keyed by dialect)', sql);
  return undefined;
}

/** bulk_insert's rows: objects of column name to a literal; undefined when any is wrong (each reported). */
function readRows(r: Reader, rows: unknown[], p: P): Record<string, Literal>[] | undefined {
  const out: Record<string, Literal>[] = [];
  let ok = true;
  rows.forEach((row, i) => {
    const rp: P = [...p, i];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      r.expected(rp, 'an object of column: value', row);
      ok = false;
      return;
    }
    for (const [c, v] of Object.entries(row)) {
      if (!IDENT_RE.test(c)) {
        r.error([...rp, c], `column name "${clip(c)}" is not a plain identifier`, 'letters, digits and underscores, not starting with a digit', 'LD010');
        ok = false;
      }
      if (!(v === null || ['string', 'number', 'boolean'].includes(typeof v)) || (typeof v === 'number' && !Number.isFinite(v))) {
        r.expected([...rp, c], 'a string, number, boolean or null', v);
        ok = false;
      } else if (typeof v === 'number' && !exactNumber(r, v, [...rp, c])) ok = false;
    }
    out.push(row as Record<string, Literal>);
  });
  return ok ? out : undefined;
}

/** The referential actions read, as the op or key holds them. */
function fkActions(v: Values) {
  const ondelete = v.ondelete as FkAction | undefined;
  const onupdate = v.onupdate as FkAction | undefined;
  return { ...(ondelete ? { ondelete } : {}), ...(onupdate ? { onupdate } : {}) };
}

/** Two identifier lists of the same length, when both were read; false (reported) when they differ. */
function sameLength(r: Reader, pair: readonly [string, string], v: Values, p: P): boolean {
  const [a, b] = pair;
  const x = v[a] as string[] | undefined;
  const y = v[b] as string[] | undefined;
  if (!x || !y || x.length === y.length) return true;
  r.error([...p, b], `field '${b}': expected ${x.length} column(s) to match '${a}', found ${y.length}`);
  return false;
}

function readDialects(r: Reader, o: Obj, p: P): Dialect[] | undefined {
  const list = r.strList(o, 'dialects', p, { nonEmpty: true });
  if (!list) return undefined;
  let ok = true;
  list.forEach((d, i) => {
    if (!(DIALECTS as readonly string[]).includes(d)) {
      const near = didYouMean(d, DIALECTS);
      r.error([...p, 'dialects', i], `unknown dialect "${clip(d)}"`, near ? `did you mean '${near}'?` : `dialects: ${DIALECTS.join(', ')}`);
      ok = false;
    }
  });
  return ok ? (list as Dialect[]) : undefined;
}

export function readIdent(r: Reader, o: Obj, key: string, p: P, required = true): string | undefined {
  const v = required ? r.str(o, key, p, true) : r.str(o, key, p);
  if (v === undefined) return undefined;
  if (!IDENT_RE.test(v)) {
    r.error(
      [...p, key],
      `field '${pathToString([...p, key])}': "${clip(v)}" is not a plain identifier`,
      'use letters, digits and underscores, not starting with a digit (quotes, spaces, ; and -- are never accepted in names)',
      'LD010',
    );
    return undefined;
  }
  return v;
}

function readIdentList(r: Reader, o: Obj, key: string, p: P, required = true): string[] | undefined {
  const list = r.strList(o, key, p, { nonEmpty: true });
  if (required && o[key] === undefined) r.error([...p, key], `missing required field '${key}'`, undefined, 'LD004');
  if (!list) return undefined;
  for (const [i, s] of list.entries()) {
    if (!IDENT_RE.test(s)) {
      r.error([...p, key, i], `"${clip(s)}" is not a plain identifier`, 'letters, digits and underscores, not starting with a digit', 'LD010');
      return undefined;
    }
  }
  if (new Set(list).size !== list.length) {
    r.error([...p, key], `field '${key}' lists a column twice`);
    return undefined;
  }
  return list;
}

export function readType(r: Reader, v: unknown, p: P): ColumnType | undefined {
  if (typeof v === 'string') {
    const cached = TYPE_CACHE.get(v);
    if (cached) return cached;
    const t = parseTypeName(v);
    if (t) {
      TYPE_CACHE.set(v, t);
      return t;
    }
    const near = didYouMean(v.replace(/\(.*$/, ''), [...SIMPLE_TYPES, 'string', 'numeric', 'enum']);
    r.error(p, `unknown type "${clip(v)}"`, near && near !== v ? `did you mean '${near}'? ${TYPE_HINT}` : TYPE_HINT, 'LD006');
    return undefined;
  }
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    const o = v as Obj;
    if (!r.object(o, p, STRUCT_ALLOWED.enumType)) return undefined;
    const name = readIdent(r, o, 'name', p);
    const values = r.strList(o, 'enum', p, { nonEmpty: true });
    if (o.enum === undefined) r.error([...p, 'enum'], `missing required field 'enum'`, 'the list of allowed values', 'LD004');
    if (!name || !values) return undefined;
    if (new Set(values).size !== values.length) {
      r.error([...p, 'enum'], 'enum values must be distinct');
      return undefined;
    }
    for (const [i, s] of values.entries()) {
      if (/[\0\\]/.test(s)) {
        r.error([...p, 'enum', i], 'enum values cannot contain NUL or backslash');
        return undefined;
      }
    }
    return { kind: 'enum', name, values };
  }
  r.expected(p, 'a type name or {"enum": [...], "name": "..."}', v, TYPE_HINT);
  return undefined;
}

/**
 * JSON numbers are read as doubles: an integer beyond 2^53 may already have lost digits
 * (12345678901234567890 reads as 12345678901234567000), and the script would hold the wrong value.
 */
function exactNumber(r: Reader, v: number, p: P): boolean {
  if (!Number.isInteger(v) || Number.isSafeInteger(v)) return true;
  r.error(
    p,
    `field '${pathToString(p)}': the integer ${String(v)} is beyond 2^53, where JSON numbers lose digits`,
    'write it as a string ("12345678901234567890"): the database converts it exactly',
  );
  return false;
}

export function readDefault(r: Reader, v: unknown, p: P, allowNull: boolean): Default | null | undefined {
  if (v === null) {
    if (allowNull) return null;
    r.expected(p, 'a default value', v, 'omit server_default for no default');
    return undefined;
  }
  if (typeof v === 'string') {
    if (v.includes('\0')) {
      r.error(p, 'a default cannot contain a NUL character');
      return undefined;
    }
    return { kind: 'string', value: v };
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) {
      r.expected(p, 'a finite number', v);
      return undefined;
    }
    if (!exactNumber(r, v, p)) return undefined;
    return { kind: 'number', value: String(v) };
  }
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Obj;
    if (!r.object(o, p, ['expr'])) return undefined;
    const e = r.oneOf(o, 'expr', p, DEFAULT_EXPRS);
    if (e) return { kind: 'expr', value: e };
    if (o.expr === undefined) r.error([...p, 'expr'], `missing required field 'expr'`, `one of ${DEFAULT_EXPRS.join(', ')}`, 'LD004');
    return undefined;
  }
  r.expected(p, 'a string, number, boolean or {"expr": "CURRENT_TIMESTAMP"}', v);
  return undefined;
}

/** Parsed type names: a history repeats a handful of types thousands of times (type objects are never mutated). */
const TYPE_CACHE = new Map<string, ColumnType>();
/** A column's fields in the order they are read: autoincrement before server_default. */
const COLUMN_READ_ORDER: readonly FieldSpec[] = ['name', 'type', 'nullable', 'autoincrement', 'server_default'].map(
  (n) => STRUCT_SPECS.column.fields.find((f) => f.name === n)!,
);

export function readColumn(r: Reader, c: unknown, p: P, allowFk: boolean): ColumnDef | undefined {
  if (!r.object(c, p, allowFk ? ADDED_COLUMN_ALLOWED : COLUMN_ALLOWED, 'a column object {"name": ..., "type": ...}')) return undefined;
  const v = readFields(r, c, COLUMN_READ_ORDER, p);
  const name = v.name as string | undefined;
  const type = v.type as ColumnType | undefined;
  const nullable = v.nullable as boolean | undefined;
  const autoincrement = (v.autoincrement as boolean | undefined) ?? false;
  const def = c.server_default !== undefined ? (v.server_default as Default | undefined) : null;
  if (c.primary_key !== undefined) {
    r.error([...p, 'primary_key'], 'declare the primary key on the table', `use "primary_key": ["${name ?? 'id'}"] on create_table`);
    return undefined;
  }
  let fk: InlineForeignKey | undefined;
  if (allowFk && c.foreign_key !== undefined) {
    const fp: P = [...p, 'foreign_key'];
    if (!r.object(c.foreign_key, fp, STRUCT_ALLOWED.inlineForeignKey)) return undefined;
    const f = readFields(r, c.foreign_key, STRUCT_SPECS.inlineForeignKey.fields, fp);
    const fname = f.name as string | undefined;
    const table = f.table as string | undefined;
    const column = f.column as string | undefined;
    if (!table || !column) return undefined;
    fk = { ...(fname ? { name: fname } : {}), table, column, ...fkActions(f) };
  }
  if (autoincrement && type && !(AUTOINCREMENT_TYPES as readonly string[]).includes(type.kind)) {
    r.error([...p, 'autoincrement'], 'autoincrement needs an integer type');
    return undefined;
  }
  if (!name || !type || def === undefined) return undefined;
  return { name, type, nullable: nullable ?? true, server_default: def, autoincrement, ...(fk ? { foreign_key: fk } : {}), src: r.ref(p) };
}

function readPrimaryKey(r: Reader, o: Obj, key: string, p: P): PrimaryKeyDef | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (Array.isArray(v)) {
    const cols = readIdentList(r, o, key, p);
    return cols ? { columns: cols } : undefined;
  }
  const pp: P = [...p, key];
  if (!r.object(v, pp, STRUCT_ALLOWED.primaryKey, 'a list of columns or {"name": ..., "columns": [...]}')) return undefined;
  const f = readFields(r, v, STRUCT_SPECS.primaryKey.fields, pp);
  const name = f.name as string | undefined;
  const cols = f.columns as string[] | undefined;
  return cols ? { ...(name ? { name } : {}), columns: cols } : undefined;
}

function readUnique(r: Reader, u: unknown, p: P): UniqueDef | undefined {
  if (!r.object(u, p, STRUCT_ALLOWED.uniqueConstraint)) return undefined;
  const f = readFields(r, u, STRUCT_SPECS.uniqueConstraint.fields, p);
  const name = f.name as string | undefined;
  const columns = f.columns as string[] | undefined;
  return columns ? { ...(name ? { name } : {}), columns, src: r.ref(p) } : undefined;
}

function readForeignKey(r: Reader, x: unknown, p: P): ForeignKeyDef | undefined {
  if (!r.object(x, p, STRUCT_ALLOWED.foreignKey)) return undefined;
  const f = readFields(r, x, STRUCT_SPECS.foreignKey.fields, p);
  const name = f.name as string | undefined;
  const columns = f.columns as string[] | undefined;
  const table = f.referent_table as string | undefined;
  const refCols = f.referent_columns as string[] | undefined;
  if (!columns || !table || !refCols) return undefined;
  if (!sameLength(r, STRUCT_SPECS.foreignKey.sameLength!, f, p)) return undefined;
  return { ...(name ? { name } : {}), columns, referent_table: table, referent_columns: refCols, ...fkActions(f), src: r.ref(p) };
}

function readCheck(r: Reader, c: unknown, p: P): CheckDef | undefined {
  if (!r.object(c, p, STRUCT_ALLOWED.checkConstraint)) return undefined;
  const f = readFields(r, c, STRUCT_SPECS.checkConstraint.fields, p);
  const name = f.name as string | undefined;
  const condition = f.condition as string | undefined;
  if (condition?.includes(';')) {
    r.error([...p, 'condition'], `a check condition cannot contain ';'`);
    return undefined;
  }
  return name && condition ? { name, condition, src: r.ref(p) } : undefined;
}

function readIndex(r: Reader, x: unknown, p: P): IndexDef | undefined {
  if (!r.object(x, p, STRUCT_ALLOWED.index)) return undefined;
  const f = readFields(r, x, STRUCT_SPECS.index.fields, p);
  const name = f.name as string | undefined;
  const columns = f.columns as string[] | undefined;
  const unique = (f.unique as boolean | undefined) ?? false;
  return name && columns ? { name, columns, unique, src: r.ref(p) } : undefined;
}

/** The readers of the structures a `list` field holds. */
const LIST_READERS = {
  uniqueConstraint: readUnique,
  foreignKey: readForeignKey,
  checkConstraint: readCheck,
  index: readIndex,
} satisfies Partial<Record<StructName, (r: Reader, x: unknown, p: P) => unknown>>;
