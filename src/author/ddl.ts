import type { Dialect } from '../core/dialect.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { ColumnType, Default } from '../core/types.js';
import { caps, dialectObject } from '../dialects/registry.js';
import { sqlParser } from '../lex/sql-parser.js';
import { emptyDeclTable, fkAction, type DeclColumn, type DeclSchema, type DeclTable } from './decl.js';
import { bareIdent, splitSql, stringLiterals, unquoteSqlString } from './split-sql.js';
import { defaultExpr, normalizeDefault, portableType } from './portable-types.js';

/**
 * Reads a target schema from DDL text: CREATE TABLE and CREATE INDEX
 * statements (and CREATE TYPE ... AS ENUM, ALTER TABLE ... ADD CONSTRAINT as
 * database dumps write them). Each statement is parsed with node-sql-parser,
 * one at a time, trying the dialect's grammar first; anything else is listed
 * as ignored. The parser only checks and reads; nothing is rewritten from it.
 */

export const DDL_CODES = {
  syntax: 'AU101',
  type: 'AU102',
  ignored: 'AU103',
  check: 'AU104',
  duplicate: 'AU105',
  unknownTable: 'AU106',
  unsupported: 'AU107',
} as const;

// node-sql-parser's AST is untyped JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = any;

/** A name from any of the shapes the grammars use (string, column_ref, {expr: {value}}, {name}). */
function nameOf(x: Node): string | undefined {
  if (x === null || x === undefined) return undefined;
  if (typeof x === 'string') return x;
  if (typeof x !== 'object') return undefined;
  if (x.column !== undefined && x.column !== null) return nameOf(x.column);
  if (x.expr !== undefined && x.expr !== null) return nameOf(x.expr);
  if (typeof x.value === 'string') return x.value;
  if (typeof x.name === 'string') return x.name;
  if (typeof x.table === 'string') return x.table;
  return undefined;
}

function names(list: Node): string[] {
  return Array.isArray(list) ? list.map(nameOf).filter((s): s is string => typeof s === 'string') : [];
}

function tableOf(x: Node): string | undefined {
  const t = Array.isArray(x) ? x[0] : x;
  return t && typeof t.table === 'string' ? t.table : undefined;
}

export interface ParsedDdl {
  schema: DeclSchema;
  diagnostics: Diagnostic[];
}

export function parseDdl(text: string, file: string, dialect: Dialect): ParsedDdl {
  const diagnostics: Diagnostic[] = [];
  const schema: DeclSchema = { tables: new Map() };
  const enums = new Map<string, string[]>();
  const backslashes = caps(dialect).ddlBackslashEscapes;
  const at = (line: number) => ({ at: { file, path: [] as string[] }, line, col: 1 });
  const report = (severity: Diagnostic['severity'], code: string, line: number, message: string, hint?: string) =>
    diagnostics.push({ code, severity, message, ...at(line), ...(hint ? { hint } : {}) });

  const parse = (sql: string, line: number): Node | undefined => {
    let first: string | undefined;
    for (const g of dialectObject(dialect).ddlGrammars) {
      try {
        const ast = sqlParser().astify(sql, { database: g });
        return Array.isArray(ast) ? ast[0] : ast;
      } catch (e) {
        first ??= (e as Error).message.split('\n')[0]!.slice(0, 200);
      }
    }
    report('error', DDL_CODES.syntax, line, `cannot parse: ${sql.split('\n')[0]!.slice(0, 100)}`, `the ${dialect} grammar said: ${first}`);
    return undefined;
  };

  const statements = splitSql(text);
  // Enum types first: a table may use a type declared further down.
  for (const st of statements) {
    const m = /^CREATE\s+TYPE\s+((?:[\w"]+\.)?(?:"(?:[^"]|"")+"|\w+))\s+AS\s+ENUM\s*\(([\s\S]*)\)$/i.exec(st.sql);
    if (m) enums.set(bareIdent(m[1]!), stringLiterals(m[2]!));
  }

  for (const st of statements) {
    const head = st.sql.slice(0, 60).toUpperCase().replace(/\s+/g, ' ');
    if (/^CREATE TYPE /.test(head)) {
      if (!/ AS ENUM/i.test(st.sql))
        report('warning', DDL_CODES.ignored, st.line, `ignored: ${st.sql.split('\n')[0]!.slice(0, 80)}`, 'only enum types are read');
      continue;
    }
    if (/^CREATE (TEMP |TEMPORARY |UNLOGGED )?TABLE /.test(head)) {
      const ast = parse(quoteEnumTypes(st.sql, enums), st.line);
      if (!ast) continue;
      const t = readTable(ast, st.line, enums, backslashes, report);
      if (!t) continue;
      if (schema.tables.has(t.name)) {
        report('error', DDL_CODES.duplicate, st.line, `table ${t.name} is declared twice`, `first declared on line ${schema.tables.get(t.name)!.line}`);
        continue;
      }
      schema.tables.set(t.name, t);
      continue;
    }
    if (/^CREATE (UNIQUE )?INDEX /.test(head)) {
      const ast = parse(st.sql, st.line);
      if (!ast) continue;
      const name = nameOf(ast.index);
      const table = tableOf(ast.table);
      const columns = names(ast.index_columns);
      if (!name || !table || columns.length !== (ast.index_columns ?? []).length || columns.length === 0) {
        report('error', DDL_CODES.unsupported, st.line, 'only indexes on plain columns are supported', 'expression indexes have no op in the revision format');
        continue;
      }
      if (ast.where) report('warning', DDL_CODES.unsupported, st.line, `index ${name}: the WHERE clause (partial index) is ignored`);
      const t = schema.tables.get(table);
      if (!t) {
        report('error', DDL_CODES.unknownTable, st.line, `index ${name} is on table ${table}, which is not declared before it`);
        continue;
      }
      if (t.indexes.some((i) => i.name === name)) {
        report('error', DDL_CODES.duplicate, st.line, `index ${name} is declared twice on ${table}`);
        continue;
      }
      t.indexes.push({ name, columns, unique: String(ast.index_type ?? '').toLowerCase() === 'unique' });
      continue;
    }
    if (/^ALTER TABLE /.test(head) && /\bADD\b/i.test(st.sql) && /\b(PRIMARY KEY|FOREIGN KEY|UNIQUE)\b/i.test(st.sql)) {
      const ast = parse(st.sql, st.line);
      if (!ast) continue;
      const table = tableOf(ast.table);
      const t = table ? schema.tables.get(table) : undefined;
      if (!t) {
        report('error', DDL_CODES.unknownTable, st.line, `ALTER TABLE ${table ?? '?'}: the table is not declared before it`);
        continue;
      }
      for (const e of ast.expr ?? []) {
        if (e.action === 'add' && e.create_definitions && e.create_definitions.resource === 'constraint') {
          readConstraint(t, e.create_definitions, st.line, backslashes, report);
        } else {
          report('warning', DDL_CODES.ignored, st.line, `ignored part of ALTER TABLE ${t.name}: only ADD CONSTRAINT is read`);
        }
      }
      continue;
    }
    if (/^(SET|BEGIN|COMMIT|START TRANSACTION|PRAGMA|USE|LOCK|UNLOCK|INSERT|SELECT PG_CATALOG|DROP|\\)/.test(head)) continue;
    report(
      'warning',
      DDL_CODES.ignored,
      st.line,
      `ignored: ${st.sql.split('\n')[0]!.slice(0, 80)}`,
      'the target DDL is read for CREATE TABLE, CREATE INDEX, CREATE TYPE ... AS ENUM and ALTER TABLE ... ADD CONSTRAINT',
    );
  }
  return { schema, diagnostics };
}

/** Unquoted uses of declared enum types (`status lb_status NOT NULL`) get quotes, which the PostgreSQL grammar needs. */
function quoteEnumTypes(sql: string, enums: ReadonlyMap<string, string[]>): string {
  if (enums.size === 0) return sql;
  return sql.replace(/([(,]\s*(?:"(?:[^"]|"")+"|`[^`]+`|\w+)\s+)((?:\w+\.)?(\w+))(?=[\s,)])/g, (all, lead: string, _q: string, bare: string) =>
    enums.has(bare) && !/^(NOT|NULL|DEFAULT|PRIMARY|UNIQUE|REFERENCES|CHECK|CONSTRAINT)$/i.test(bare) ? `${lead}"${bare}"` : all,
  );
}

type Report = (severity: Diagnostic['severity'], code: string, line: number, message: string, hint?: string) => void;

function readTable(ast: Node, line: number, enums: ReadonlyMap<string, string[]>, backslashes: boolean, report: Report): DeclTable | undefined {
  const name = tableOf(ast.table);
  if (!name) {
    report('error', DDL_CODES.syntax, line, 'CREATE TABLE without a table name');
    return undefined;
  }
  const t: DeclTable = { ...emptyDeclTable(name), line };
  const enumChecks: { column: string; values: string[] }[] = [];
  for (const item of ast.create_definitions ?? []) {
    if (item.resource === 'column') {
      const c = readColumn(t, item, line, enums, backslashes, report);
      if (c) t.columns.push(c);
    } else if (item.resource === 'constraint') {
      const e = readConstraint(t, item, line, backslashes, report);
      if (e) enumChecks.push(e);
    } else if (item.resource === 'index') {
      const kw = String(item.keyword ?? '').toLowerCase();
      if (kw !== 'key' && kw !== 'index') {
        report('warning', DDL_CODES.ignored, line, `${name}: ${kw.toUpperCase()} index ignored`);
        continue;
      }
      const cols = names(item.definition);
      const iname = nameOf(item.index) ?? cols[0];
      if (iname) t.indexes.push({ name: iname, columns: cols, unique: false });
    }
  }
  for (const e of enumChecks) {
    const c = t.columns.find((x) => x.name === e.column);
    if (c && (c.type.kind === 'string' || c.type.kind === 'text')) {
      c.type = { kind: 'enum', name: '', values: e.values };
      c.default = normalizeDefault(c.default, c.type);
    }
  }
  if (t.primaryKey) for (const c of t.columns) if (t.primaryKey.columns.includes(c.name)) c.nullable = false;
  return t;
}

function readColumn(
  t: DeclTable,
  item: Node,
  line: number,
  enums: ReadonlyMap<string, string[]>,
  backslashes: boolean,
  report: Report,
): DeclColumn | undefined {
  const name = nameOf(item.column);
  const def = item.definition ?? {};
  if (!name) return undefined;
  const rawType = String(def.dataType ?? '');
  let type: ColumnType | undefined;
  let autoincrement = !!item.auto_increment || !!item.autoincrement;
  const quoted = /^["`].*["`]$/.test(rawType) ? rawType.slice(1, -1) : rawType;
  if (enums.has(quoted)) {
    type = { kind: 'enum', name: quoted, values: [...enums.get(quoted)!] };
  } else {
    const args = [def.length, def.scale].filter((x) => typeof x === 'number') as number[];
    const suffix = (Array.isArray(def.suffix) ? def.suffix : []).map((s: unknown) => String(s).toUpperCase()).join(' ');
    const values = def.expr?.type === 'expr_list' ? (def.expr.value as Node[]).map((v) => unquoteSqlString(String(v.value ?? ''), backslashes)) : undefined;
    const spelled = suffix.includes('WITH TIME ZONE') && !suffix.includes('WITHOUT') ? `${rawType} WITH TIME ZONE` : rawType;
    const p = portableType(spelled, args, values);
    if (p) {
      type = p.type;
      autoincrement ||= !!p.autoincrement;
    }
  }
  if (!type) {
    report(
      'error',
      DDL_CODES.type,
      line,
      `${t.name}.${name}: type ${rawType}${def.length !== undefined ? `(${def.length}${def.scale !== undefined && def.scale !== null ? `, ${def.scale}` : ''})` : ''} has no equivalent in the revision format`,
      'types: VARCHAR(n), TEXT, INTEGER, SMALLINT, BIGINT, BOOLEAN, FLOAT, NUMERIC(p, s), DATE, DATETIME, TIMESTAMP, binary types, ENUM(...) or an enum type',
    );
    return undefined;
  }
  const notNull = item.nullable?.type === 'notnull' || item.nullable?.value === 'not null';
  let dflt: Default | null = null;
  if (item.default_val) {
    const d = readDdlDefault(item.default_val.value ?? item.default_val, backslashes);
    if (d === undefined)
      report('warning', DDL_CODES.unsupported, line, `${t.name}.${name}: the default expression is not one the revision format can write; it is ignored`);
    else dflt = normalizeDefault(d, type);
  }
  if (item.primary_key) t.primaryKey = { columns: [name] };
  if (item.unique) t.uniques.push({ columns: [name] });
  if (item.reference_definition) {
    const fk = readReference(item.reference_definition, [name]);
    if (fk) t.foreignKeys.push(fk);
  }
  return { name, type, nullable: !notNull && !item.primary_key, default: dflt, autoincrement };
}

/** A DEFAULT expression: literals, NULL, CURRENT_TIMESTAMP/now() and the like, through casts. */
export function readDdlDefault(v: Node, backslashes: boolean): Default | null | undefined {
  if (v === null || v === undefined) return undefined;
  switch (v.type) {
    case 'number':
      return { kind: 'number', value: String(v.value) };
    case 'bool':
    case 'boolean':
      return { kind: 'boolean', value: !!v.value };
    case 'null':
      return { kind: 'expr', value: 'NULL' };
    case 'single_quote_string':
    case 'string':
    case 'natural_string':
    case 'hex_string':
    case 'full_hex_string':
      return { kind: 'string', value: unquoteSqlString(String(v.value), backslashes) };
    case 'double_quote_string':
      return backslashes ? { kind: 'string', value: unquoteSqlString(String(v.value), true) } : undefined;
    case 'cast':
      return readDdlDefault(v.expr, backslashes);
    case 'unary_expr':
      if (v.operator === '-' && v.expr?.type === 'number') return { kind: 'number', value: `-${v.expr.value}` };
      return undefined;
    case 'function': {
      const n = v.name;
      const fname = typeof n === 'string' ? n : Array.isArray(n?.name) ? n.name.map((x: Node) => x.value).join('.') : undefined;
      return fname ? defaultExpr(fname) : undefined;
    }
    case 'origin':
    case 'default':
      return typeof v.value === 'string' ? defaultExpr(v.value) : undefined;
    default:
      return undefined;
  }
}

function readReference(ref: Node, columns: string[]) {
  const refTable = tableOf(ref.table);
  if (!refTable) return undefined;
  const actions: Record<string, string> = {};
  for (const a of ref.on_action ?? []) actions[String(a.type).toLowerCase().replace(/\s+/g, '')] = String(a.value?.value ?? a.value ?? '');
  const ondelete = fkAction(actions.ondelete);
  const onupdate = fkAction(actions.onupdate);
  return {
    columns,
    refTable,
    refColumns: names(ref.definition),
    ...(ondelete ? { ondelete } : {}),
    ...(onupdate ? { onupdate } : {}),
  };
}

/** A table constraint; returns an enum stand-in (`col IN ('a', 'b')`) for the caller to fold into the column type. */
function readConstraint(t: DeclTable, item: Node, line: number, backslashes: boolean, report: Report): { column: string; values: string[] } | undefined {
  const kind = String(item.constraint_type ?? '')
    .toLowerCase()
    .replace(/\s+/g, '');
  const cname = nameOf(item.constraint) ?? nameOf(item.index);
  const cols = names(item.definition);
  const named = cname ? { name: cname } : {};
  if (kind === 'primarykey') {
    t.primaryKey = { ...named, columns: cols };
  } else if (kind === 'unique' || kind === 'uniquekey' || kind === 'uniqueindex') {
    t.uniques.push({ ...named, columns: cols });
  } else if (kind === 'foreignkey') {
    const fk = readReference(item.reference_definition ?? {}, cols);
    if (fk) t.foreignKeys.push({ ...named, ...fk });
    else report('error', DDL_CODES.syntax, line, `${t.name}: foreign key without a referenced table`);
  } else if (kind === 'check') {
    const e = Array.isArray(item.definition) ? item.definition[0] : item.definition;
    if (e?.type === 'binary_expr' && String(e.operator).toUpperCase() === 'IN' && e.right?.type === 'expr_list') {
      const column = nameOf(e.left);
      const values = (e.right.value as Node[]).filter((v) => v.type === 'single_quote_string' || v.type === 'string');
      if (column && values.length === e.right.value.length && values.length > 0) {
        return { column, values: values.map((v) => unquoteSqlString(String(v.value), backslashes)) };
      }
    }
    t.checks.push({ ...named, text: '' });
    report(
      'info',
      DDL_CODES.check,
      line,
      `${t.name}: CHECK constraint${cname ? ` ${cname}` : ''} is not compared`,
      'write create_check_constraint / drop_constraint by hand when it changes',
    );
  } else {
    report('warning', DDL_CODES.ignored, line, `${t.name}: constraint ${kind || '?'} ignored`);
  }
  return undefined;
}
