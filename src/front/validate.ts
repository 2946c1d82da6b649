import { DIALECTS, type Dialect } from '../core/dialect.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { didYouMean } from '../core/diagnostics.js';
import {
  FK_ACTIONS, NONE, OP_KINDS, type CheckDef, type ColumnDef, type ConstraintType, type FkAction, type ForeignKeyDef,
  type IndexDef, type InlineForeignKey, type Op, type OpKind, type PrimaryKeyDef, type Revision, type RevisionHead, type UniqueDef, type Waiver,
} from '../core/ops.js';
import { DEFAULT_EXPRS, parseTypeName, SIMPLE_TYPES, type ColumnType, type Default, type Literal } from '../core/types.js';
import { describe, Reader } from './reader.js';
import { pathToString } from '../core/source.js';
import { checkSqlTexts } from './sqltext.js';

type P = (string | number)[];
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
    r.error(path, `field '${key}': expected one line of text, found the control character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
      'write it on one line, without line breaks or other control characters');
  }
}

/** Revision ids fit Alembic's version_num VARCHAR(32). */
export const REVISION_ID_RE = /^[A-Za-z0-9_]{1,32}$/;

const TOP_FIELDS = [
  '$schema', 'revision', 'down_revision', 'branch_labels', 'depends_on', 'message', 'create_date',
  'milestones', 'upgrade', 'downgrade', 'irreversible', 'waivers',
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
  for (const [key, list] of [['down_revision', down], ['depends_on', dependsOn]] as const) {
    for (const [i, x] of list.entries()) {
      if (!REVISION_ID_RE.test(x)) {
        r.error(typeof doc[key] === 'string' ? [key] : [key, i], `field '${key}': expected ${key === 'down_revision' ? 'revision ids' : 'revision ids or branch labels'} (1-32 letters, digits or underscores), found "${clip(x)}"`);
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
  const downgrade = 'downgrade' in doc ? readOps(r, doc, 'downgrade', false) ?? [] : null;
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
    id, down, branch_labels, depends_on, message, create_date, milestones,
    upgrade, downgrade, ...(irreversible !== undefined ? { irreversible } : {}), waivers, file,
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
const OP_FIELDS: Record<OpKind, readonly string[]> = {
  create_table: ['table', 'columns', 'primary_key', 'unique', 'foreign_keys', 'checks', 'indexes'],
  drop_table: ['table'],
  rename_table: ['table', 'new_name'],
  add_column: ['table', 'column'],
  drop_column: ['table', 'column'],
  alter_column: ['table', 'column', 'type', 'nullable', 'server_default', 'new_column_name'],
  create_index: ['name', 'table', 'columns', 'unique'],
  drop_index: ['name', 'table'],
  create_unique_constraint: ['name', 'table', 'columns'],
  create_foreign_key: ['name', 'table', 'columns', 'referent_table', 'referent_columns', 'ondelete', 'onupdate'],
  create_check_constraint: ['name', 'table', 'condition'],
  drop_constraint: ['name', 'table', 'type'],
  execute: ['sql', 'allow_client_command'],
  bulk_insert: ['table', 'rows'],
};
/** The fields each op accepts, as sets (checked once per op of every revision file). */
const OP_ALLOWED = Object.fromEntries(
  Object.entries(OP_FIELDS).map(([k, v]) => [k, new Set<string>([...COMMON, ...v])]),
) as unknown as Record<OpKind, ReadonlySet<string>>;
const OP_KIND_SET: ReadonlySet<string> = new Set(OP_KINDS);

export function readOp(r: Reader, o: unknown, p: P): Op | undefined {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) {
    r.expected(p, 'an op object like {"op": "add_column", ...}', o);
    return undefined;
  }
  const obj = o as Obj;
  const kind = obj.op;
  if (typeof kind !== 'string' || !OP_KIND_SET.has(kind)) {
    const near = typeof kind === 'string' ? didYouMean(kind, OP_KINDS) : undefined;
    r.error([...p, 'op'], `field '${pathToString([...p, 'op'])}': unknown op ${describe(kind)}`,
      near ? `did you mean '${near}'?` : `ops: ${OP_KINDS.join(', ')}`, 'LD005');
    return undefined;
  }
  const k = kind as OpKind;
  r.object(obj, p, OP_ALLOWED[k]);
  const dialects = obj.dialects === undefined ? undefined : readDialects(r, obj, p);
  const op = readOpFields(r, obj, k, p);
  if (op && dialects) op.dialects = dialects;
  if (op && (k === 'execute' || k === 'create_check_constraint' || k === 'create_table') && !checkSqlTexts(r, op, obj, p)) return undefined;
  return op;
}

/** The op's own fields; `src` first, `dialects` added by the caller. */
function readOpFields(r: Reader, obj: Obj, k: OpKind, p: P): Op | undefined {
  const src = r.ref(p);
  const ident = (key: string, required = true) => readIdent(r, obj, key, p, required);
  switch (k) {
    case 'create_table': {
      const table = ident('table');
      const columns = (r.array(obj, 'columns', p, true) ?? []).map((c, i) => readColumn(r, c, [...p, 'columns', i], false));
      if (columns.length === 0 && obj.columns !== undefined) r.error([...p, 'columns'], 'create_table needs at least one column');
      const pk = readPrimaryKey(r, obj, p);
      const unique = (r.array(obj, 'unique', p) ?? []).map((u, i) => readUnique(r, u, [...p, 'unique', i]));
      const fks = (r.array(obj, 'foreign_keys', p) ?? []).map((f, i) => readForeignKey(r, f, [...p, 'foreign_keys', i]));
      const checks = (r.array(obj, 'checks', p) ?? []).map((c, i) => readCheck(r, c, [...p, 'checks', i]));
      const indexes = (r.array(obj, 'indexes', p) ?? []).map((x, i) => readIndex(r, x, [...p, 'indexes', i]));
      if (!table || columns.some((c) => !c) || unique.some((u) => !u) || fks.some((f) => !f) || checks.some((c) => !c) || indexes.some((x) => !x)) return undefined;
      return {
        op: k, src, table, columns: columns as ColumnDef[], ...(pk ? { primary_key: pk } : {}),
        unique: unique as UniqueDef[], foreign_keys: fks as ForeignKeyDef[], checks: checks as CheckDef[], indexes: indexes as IndexDef[],
      };
    }
    case 'drop_table': {
      const table = ident('table');
      return table ? { op: k, src, table } : undefined;
    }
    case 'rename_table': {
      const table = ident('table');
      const newName = ident('new_name');
      return table && newName ? { op: k, src, table, new_name: newName } : undefined;
    }
    case 'add_column': {
      const table = ident('table');
      const column = obj.column === undefined ? (r.error([...p, 'column'], `missing required field 'column'`, undefined, 'LD004'), undefined)
        : readColumn(r, obj.column, [...p, 'column'], true);
      return table && column ? { op: k, src, table, column } : undefined;
    }
    case 'drop_column': {
      const table = ident('table');
      const column = ident('column');
      return table && column ? { op: k, src, table, column } : undefined;
    }
    case 'alter_column': {
      const table = ident('table');
      const column = ident('column');
      const type = obj.type === undefined ? undefined : readType(r, obj.type, [...p, 'type']);
      const nullable = r.bool(obj, 'nullable', p);
      const hasDefault = 'server_default' in obj;
      const def = hasDefault ? readDefault(r, obj.server_default, [...p, 'server_default'], true) : undefined;
      const newName = ident('new_column_name', false);
      if (obj.type === undefined && nullable === undefined && !hasDefault && obj.new_column_name === undefined) {
        r.error(p, 'alter_column changes nothing', "set at least one of 'type', 'nullable', 'server_default', 'new_column_name'");
        return undefined;
      }
      if (!table || !column || (obj.type !== undefined && !type) || (hasDefault && def === undefined) || (obj.new_column_name !== undefined && !newName)) return undefined;
      return {
        op: k, src, table, column, ...(type ? { type } : {}), ...(nullable !== undefined ? { nullable } : {}),
        ...(hasDefault ? { server_default: def as Default | null } : {}), ...(newName ? { new_column_name: newName } : {}),
      };
    }
    case 'create_index': {
      const name = ident('name');
      const table = ident('table');
      const columns = readIdentList(r, obj, 'columns', p);
      const unique = r.bool(obj, 'unique', p) ?? false;
      return name && table && columns ? { op: k, src, name, table, columns, unique } : undefined;
    }
    case 'drop_index': {
      const name = ident('name');
      const table = ident('table');
      return name && table ? { op: k, src, name, table } : undefined;
    }
    case 'create_unique_constraint': {
      const name = ident('name', false);
      const table = ident('table');
      const columns = readIdentList(r, obj, 'columns', p);
      return table && columns ? { op: k, src, ...(name ? { name } : {}), table, columns } : undefined;
    }
    case 'create_foreign_key': {
      const name = ident('name', false);
      const table = ident('table');
      const columns = readIdentList(r, obj, 'columns', p);
      const referent = ident('referent_table');
      const refCols = readIdentList(r, obj, 'referent_columns', p);
      const ondelete = r.oneOf(obj, 'ondelete', p, FK_ACTIONS);
      const onupdate = r.oneOf(obj, 'onupdate', p, FK_ACTIONS);
      if (columns && refCols && columns.length !== refCols.length) {
        r.error([...p, 'referent_columns'], `field 'referent_columns': expected ${columns.length} column(s) to match 'columns', found ${refCols.length}`);
        return undefined;
      }
      return table && columns && referent && refCols
        ? { op: k, src, ...(name ? { name } : {}), table, columns, referent_table: referent, referent_columns: refCols, ...fkActions(ondelete, onupdate) }
        : undefined;
    }
    case 'create_check_constraint': {
      const name = ident('name');
      const table = ident('table');
      const condition = r.str(obj, 'condition', p, true);
      if (condition !== undefined && condition.includes(';')) {
        r.error([...p, 'condition'], `field 'condition': a check condition cannot contain ';'`, 'write one boolean expression');
        return undefined;
      }
      return name && table && condition ? { op: k, src, name, table, condition } : undefined;
    }
    case 'drop_constraint': {
      const name = ident('name');
      const table = ident('table');
      const type = r.oneOf<ConstraintType>(obj, 'type', p, ['foreignkey', 'unique', 'check', 'primary']);
      if (obj.type === undefined) r.error([...p, 'type'], `missing required field 'type'`, "one of 'foreignkey', 'unique', 'check', 'primary'", 'LD004');
      return name && table && type ? { op: k, src, name, table, type } : undefined;
    }
    case 'execute': {
      const sql = obj.sql;
      const sp: P = [...p, 'sql'];
      const allow = r.str(obj, 'allow_client_command', p);
      if (obj.allow_client_command !== undefined && allow === undefined) return undefined;
      const opt = allow !== undefined ? { allow_client_command: allow } : {};
      if (typeof sql === 'string' && sql.trim() !== '') return { op: k, src, sql, ...opt };
      if (Array.isArray(sql) && sql.length > 0 && sql.every((s) => typeof s === 'string')) return { op: k, src, sql: sql.join('\n'), ...opt };
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
        return { op: k, src, ...(dflt !== undefined ? { sql: dflt } : {}), per_dialect: per, ...opt };
      }
      r.expected(sp, 'SQL text (a string, a list of lines, or an object keyed by dialect)', sql);
      return undefined;
    }
    case 'bulk_insert': {
      const table = ident('table');
      const rows = r.array(obj, 'rows', p, true);
      if (!table || !rows) return undefined;
      const out: Record<string, Literal>[] = [];
      let ok = true;
      rows.forEach((row, i) => {
        const rp: P = [...p, 'rows', i];
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
      return ok ? { op: k, src, table, rows: out } : undefined;
    }
  }
}

function fkActions(ondelete: FkAction | undefined, onupdate: FkAction | undefined) {
  return { ...(ondelete ? { ondelete } : {}), ...(onupdate ? { onupdate } : {}) };
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
    r.error([...p, key], `field '${pathToString([...p, key])}': "${clip(v)}" is not a plain identifier`,
      'use letters, digits and underscores, not starting with a digit (quotes, spaces, ; and -- are never accepted in names)', 'LD010');
    return undefined;
  }
  return v;
}

function readIdentList(r: Reader, o: Obj, key: string, p: P): string[] | undefined {
  const list = r.strList(o, key, p, { nonEmpty: true });
  if (o[key] === undefined) r.error([...p, key], `missing required field '${key}'`, undefined, 'LD004');
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
    if (!r.object(o, p, ['enum', 'name'])) return undefined;
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
  r.error(p, `field '${pathToString(p)}': the integer ${String(v)} is beyond 2^53, where JSON numbers lose digits`,
    'write it as a string ("12345678901234567890"): the database converts it exactly');
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

const COLUMN_FIELDS: ReadonlySet<string> = new Set(['name', 'type', 'nullable', 'server_default', 'autoincrement', 'primary_key']);
const COLUMN_FIELDS_FK: ReadonlySet<string> = new Set([...COLUMN_FIELDS, 'foreign_key']);
/** Parsed type names: a history repeats a handful of types thousands of times (type objects are never mutated). */
const TYPE_CACHE = new Map<string, ColumnType>();

export function readColumn(r: Reader, c: unknown, p: P, allowFk: boolean): ColumnDef | undefined {
  if (!r.object(c, p, allowFk ? COLUMN_FIELDS_FK : COLUMN_FIELDS, 'a column object {"name": ..., "type": ...}')) return undefined;
  const name = readIdent(r, c, 'name', p);
  if (c.type === undefined) r.error([...p, 'type'], `missing required field 'type'`, TYPE_HINT, 'LD004');
  const type = c.type === undefined ? undefined : readType(r, c.type, [...p, 'type']);
  const nullable = r.bool(c, 'nullable', p);
  const autoincrement = r.bool(c, 'autoincrement', p) ?? false;
  const hasDefault = c.server_default !== undefined;
  const def = hasDefault ? readDefault(r, c.server_default, [...p, 'server_default'], false) : null;
  if (c.primary_key !== undefined) {
    r.error([...p, 'primary_key'], 'declare the primary key on the table', `use "primary_key": ["${name ?? 'id'}"] on create_table`);
    return undefined;
  }
  let fk: InlineForeignKey | undefined;
  if (allowFk && c.foreign_key !== undefined) {
    const fp: P = [...p, 'foreign_key'];
    if (!r.object(c.foreign_key, fp, ['name', 'table', 'column', 'ondelete', 'onupdate'])) return undefined;
    const f = c.foreign_key;
    const fname = readIdent(r, f, 'name', fp, false);
    const table = readIdent(r, f, 'table', fp);
    const column = readIdent(r, f, 'column', fp);
    const ondelete = r.oneOf(f, 'ondelete', fp, FK_ACTIONS);
    const onupdate = r.oneOf(f, 'onupdate', fp, FK_ACTIONS);
    if (!table || !column) return undefined;
    fk = { ...(fname ? { name: fname } : {}), table, column, ...fkActions(ondelete, onupdate) };
  }
  if (autoincrement && type && !['integer', 'bigint', 'smallint'].includes(type.kind)) {
    r.error([...p, 'autoincrement'], 'autoincrement needs an integer type');
    return undefined;
  }
  if (!name || !type || def === undefined) return undefined;
  return { name, type, nullable: nullable ?? true, server_default: def, autoincrement, ...(fk ? { foreign_key: fk } : {}), src: r.ref(p) };
}

function readPrimaryKey(r: Reader, o: Obj, p: P): PrimaryKeyDef | undefined {
  const v = o.primary_key;
  if (v === undefined) return undefined;
  if (Array.isArray(v)) {
    const cols = readIdentList(r, o, 'primary_key', p);
    return cols ? { columns: cols } : undefined;
  }
  const pp: P = [...p, 'primary_key'];
  if (!r.object(v, pp, ['name', 'columns'], 'a list of columns or {"name": ..., "columns": [...]}')) return undefined;
  const name = readIdent(r, v, 'name', pp, false);
  const cols = readIdentList(r, v, 'columns', pp);
  return cols ? { ...(name ? { name } : {}), columns: cols } : undefined;
}

function readUnique(r: Reader, u: unknown, p: P): UniqueDef | undefined {
  if (!r.object(u, p, ['name', 'columns'])) return undefined;
  const name = readIdent(r, u, 'name', p, false);
  const columns = readIdentList(r, u, 'columns', p);
  return columns ? { ...(name ? { name } : {}), columns, src: r.ref(p) } : undefined;
}

function readForeignKey(r: Reader, f: unknown, p: P): ForeignKeyDef | undefined {
  if (!r.object(f, p, ['name', 'columns', 'referent_table', 'referent_columns', 'ondelete', 'onupdate'])) return undefined;
  const name = readIdent(r, f, 'name', p, false);
  const columns = readIdentList(r, f, 'columns', p);
  const table = readIdent(r, f, 'referent_table', p);
  const refCols = readIdentList(r, f, 'referent_columns', p);
  const ondelete = r.oneOf(f, 'ondelete', p, FK_ACTIONS);
  const onupdate = r.oneOf(f, 'onupdate', p, FK_ACTIONS);
  if (!columns || !table || !refCols) return undefined;
  if (columns.length !== refCols.length) {
    r.error([...p, 'referent_columns'], `field 'referent_columns': expected ${columns.length} column(s) to match 'columns', found ${refCols.length}`);
    return undefined;
  }
  return { ...(name ? { name } : {}), columns, referent_table: table, referent_columns: refCols, ...fkActions(ondelete, onupdate), src: r.ref(p) };
}

function readCheck(r: Reader, c: unknown, p: P): CheckDef | undefined {
  if (!r.object(c, p, ['name', 'condition'])) return undefined;
  const name = readIdent(r, c, 'name', p);
  const condition = r.str(c, 'condition', p, true);
  if (condition?.includes(';')) {
    r.error([...p, 'condition'], `a check condition cannot contain ';'`);
    return undefined;
  }
  return name && condition ? { name, condition, src: r.ref(p) } : undefined;
}

function readIndex(r: Reader, x: unknown, p: P): IndexDef | undefined {
  if (!r.object(x, p, ['name', 'columns', 'unique'])) return undefined;
  const name = readIdent(r, x, 'name', p);
  const columns = readIdentList(r, x, 'columns', p);
  const unique = r.bool(x, 'unique', p) ?? false;
  return name && columns ? { name, columns, unique, src: r.ref(p) } : undefined;
}
