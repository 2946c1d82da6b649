/**
 * Reads a real database's catalog into one normalized structure, projects the compiler's
 * schema model into the same structure, and diffs the two.
 *
 * The normalized form, per dialect family (both sides go through the same functions):
 *  - column types are spelled the way the compiler emits them (VARCHAR(36), NUMERIC(10, 2),
 *    TIMESTAMP WITHOUT TIME ZONE, BOOL, ENUM('a', 'b'), ...); autoincrement is a separate flag,
 *    never a type (PostgreSQL SERIAL = INTEGER + autoincrement, its nextval() default dropped);
 *  - defaults are canonical text (see canonicalDefault), NULL defaults are no default;
 *  - FK actions NO ACTION / RESTRICT are absent;
 *  - names the engine cannot report are null on both sides (SQLite: primary key, unique and
 *    foreign key names; MySQL: the primary key, always PRIMARY);
 *  - on MySQL/MariaDB unique indexes and unique constraints are both uniques;
 *  - CHECK conditions are normalized expressions (sqlexpr.ts).
 */
import type { Dialect } from '../../src/core/dialect.js';
import type { ColumnType, Default } from '../../src/core/types.js';
import type { Schema, Table } from '../../src/model/schema.js';
import type { Row, ScratchDb } from './engines.js';
import { canonNumber, normalizeCondition, normalizeDefaultExpr, tokenize, type SqlFamily, type Token } from './sqlexpr.js';

export const DEFAULT_VERSION_TABLE = 'alembic_version_lbaas';

export interface CatalogColumn {
  name: string;
  type: string;
  nullable: boolean;
  default: string | null;
  autoincrement: boolean;
}
export interface CatalogPrimaryKey {
  name: string | null;
  columns: string[];
}
export interface CatalogUnique {
  name: string | null;
  columns: string[];
}
export interface CatalogForeignKey {
  name: string | null;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete?: string;
  onUpdate?: string;
}
export interface CatalogIndex {
  name: string;
  columns: string[];
  unique: boolean;
  /** Partial index predicate (PostgreSQL, SQLite); the model has none, so any is a difference. */
  where?: string;
}
export interface CatalogCheck {
  name: string | null;
  condition: string;
}
export interface CatalogTable {
  name: string;
  columns: CatalogColumn[];
  primaryKey: CatalogPrimaryKey | null;
  uniques: CatalogUnique[];
  foreignKeys: CatalogForeignKey[];
  indexes: CatalogIndex[];
  checks: CatalogCheck[];
}
export interface CatalogEnum {
  name: string;
  values: string[];
}
export interface Catalog {
  tables: CatalogTable[];
  /** PostgreSQL named enum types; always empty elsewhere. */
  enums: CatalogEnum[];
}

export interface ReadCatalogOptions {
  /** Left out of `tables` (read it with readVersions). Default alembic_version_lbaas. */
  versionTable?: string;
  /** More tables to leave out, on both sides. */
  ignoreTables?: string[];
}

export interface ExpectedCatalogOptions extends ReadCatalogOptions {
  /** Keep the model's external tables (versions/external.jsonc). Default true: a test that applies
   *  an upgrade with FKs to them must have created them first. */
  includeExternal?: boolean;
}

function skipTable(name: string, opts: ReadCatalogOptions): boolean {
  return name === (opts.versionTable ?? DEFAULT_VERSION_TABLE) || (opts.ignoreTables ?? []).includes(name);
}

type Family = SqlFamily;
function familyOf(d: Dialect): Family {
  return d === 'mariadb' || d === 'mysql' ? 'mysql' : d;
}

// ---------------------------------------------------------------------------------------------
// Shared normalization

/** Collapses spacing and upper-cases a type spelling: `numeric(10,2)` → `NUMERIC(10, 2)`. */
function tidyType(s: string): string {
  return s
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\s*\(\s*/g, '(')
    .replace(/\s*\)/g, ')')
    .replace(/\s*,\s*/g, ', ')
    .toUpperCase();
}

const BOOL_TYPES = ['BOOLEAN', 'BOOL'];
const DATETIME_TYPE = /^(DATETIME|TIMESTAMP)\b/;
const NUMBER_TYPE = /^(INTEGER|INT|SMALLINT|BIGINT|TINYINT|MEDIUMINT|FLOAT|DOUBLE|DOUBLE PRECISION|REAL|NUMERIC|DECIMAL)\b/;

/**
 * Type-aware last step shared by both sides: on a boolean column 1/0/t/f/true/false (any case)
 * become `true`/`false`; on a numeric column numbers get canonical digits (1.50 → 1.5); on a
 * datetime/timestamp column a date-only literal gets its midnight (PostgreSQL and MariaDB store
 * '2020-01-01' as '2020-01-01 00:00:00').
 */
export function canonicalDefault(text: string | null, normalizedType: string): string | null {
  if (text === null) return null;
  if (BOOL_TYPES.includes(normalizedType)) {
    const t = text.trim().toLowerCase();
    if (t === '1' || t === 'true' || t === 't') return 'true';
    if (t === '0' || t === 'false' || t === 'f') return 'false';
    return text;
  }
  if (NUMBER_TYPE.test(normalizedType)) return canonNumber(text);
  if (DATETIME_TYPE.test(normalizedType) && /^\d{4}-\d{2}-\d{2}$/.test(text)) return `${text} 00:00:00`;
  return text;
}

function quoteValue(v: string): string {
  return `'${v.replace(/'/g, "''")}'`;
}

function enumSpelling(values: string[]): string {
  return `ENUM(${values.map(quoteValue).join(', ')})`;
}

function normalizeAction(a: string | null | undefined): string | undefined {
  if (!a) return undefined;
  const u = a.trim().toUpperCase();
  return u === 'NO ACTION' || u === 'RESTRICT' ? undefined : u;
}

function sortTable(t: CatalogTable): CatalogTable {
  const key = (name: string | null, cols: string[]) => `${name ?? ''}\u0000${cols.join(',')}`;
  t.uniques.sort((a, b) => key(a.name, a.columns).localeCompare(key(b.name, b.columns)));
  t.foreignKeys.sort((a, b) => key(a.name, a.columns).localeCompare(key(b.name, b.columns)));
  t.indexes.sort((a, b) => a.name.localeCompare(b.name));
  t.checks.sort((a, b) => key(a.name, [a.condition]).localeCompare(key(b.name, [b.condition])));
  return t;
}

function newTable(name: string): CatalogTable {
  return { name, columns: [], primaryKey: null, uniques: [], foreignKeys: [], indexes: [], checks: [] };
}

const sqlString = (s: string, fam: Family) => `'${(fam === 'mysql' ? s.replace(/\\/g, '\\\\') : s).replace(/'/g, "''")}'`;
const asArray = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const bool = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 't' || v === 'true';

// ---------------------------------------------------------------------------------------------
// PostgreSQL

const PG_TYPES: Record<string, string> = {
  'character varying': 'VARCHAR',
  text: 'TEXT',
  integer: 'INTEGER',
  smallint: 'SMALLINT',
  bigint: 'BIGINT',
  boolean: 'BOOLEAN',
  'double precision': 'FLOAT',
  real: 'REAL',
  numeric: 'NUMERIC',
  date: 'DATE',
  'timestamp without time zone': 'TIMESTAMP WITHOUT TIME ZONE',
  'timestamp with time zone': 'TIMESTAMP WITH TIME ZONE',
  bytea: 'BYTEA',
  character: 'CHAR',
  json: 'JSON',
  jsonb: 'JSONB',
  uuid: 'UUID',
};

/** format_type() text → compiler spelling: `character varying(36)` → VARCHAR(36), `double precision` → FLOAT. */
function pgType(formatted: string, typtype: string, typname: string): string {
  if (typtype === 'e') return typname;
  const m = /^([a-z ]+?)(\(.*\))?(\[\])?$/.exec(formatted);
  if (!m) return tidyType(formatted);
  const base = PG_TYPES[m[1]!.trim()] ?? m[1]!.trim().toUpperCase();
  return tidyType(`${base}${m[2] ?? ''}${m[3] ?? ''}`);
}

/** A PostgreSQL identifier as pg_get_indexdef prints it: quoted only when needed. */
function pgUnquote(s: string): string {
  return /^".*"$/.test(s) ? s.slice(1, -1).replace(/""/g, '"') : s;
}

async function readPg(db: ScratchDb, opts: ReadCatalogOptions): Promise<Catalog> {
  const tablesQ = `SELECT c.relname AS tbl FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname`;
  const columnsQ = `SELECT c.relname AS tbl, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS formatted,
      t.typtype AS typtype, t.typname AS typname, a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS def,
      a.attidentity AS identity
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_type t ON t.oid = a.atttypid
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY c.relname, a.attnum`;
  const consQ = `SELECT c.relname AS tbl, con.conname AS name, con.contype AS kind,
      ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
            JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord) AS cols,
      fc.relname AS ref_table,
      ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
            JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord) AS ref_cols,
      con.confdeltype AS on_delete, con.confupdtype AS on_update, pg_get_constraintdef(con.oid) AS def
    FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_class fc ON fc.oid = con.confrelid
    WHERE n.nspname = current_schema() AND con.contype IN ('p', 'u', 'f', 'c')`;
  const indexesQ = `SELECT c.relname AS tbl, ic.relname AS name, i.indisunique AS is_unique,
      ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnkeyatts) k ORDER BY k) AS cols,
      pg_get_expr(i.indpred, i.indrelid) AS predicate
    FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
      AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid
                      AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))`;
  const enumsQ = `SELECT t.typname AS name,
      ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = current_schema() AND t.typtype = 'e' ORDER BY t.typname`;

  const [tables, columns, cons, indexes, enums] = await Promise.all([
    db.query(tablesQ),
    db.query(columnsQ),
    db.query(consQ),
    db.query(indexesQ),
    db.query(enumsQ),
  ]);
  const byName = new Map<string, CatalogTable>();
  for (const r of tables) {
    const name = String(r.tbl);
    if (!skipTable(name, opts)) byName.set(name, newTable(name));
  }
  for (const r of columns) {
    const t = byName.get(String(r.tbl));
    if (!t) continue;
    const type = pgType(String(r.formatted), String(r.typtype), String(r.typname));
    const def = r.def === null || r.def === undefined ? null : String(r.def);
    const identity = String(r.identity ?? '');
    let autoincrement = identity === 'a' || identity === 'd';
    let text: string | null = null;
    if (def !== null && /^nextval\(/i.test(def)) autoincrement = true;
    else if (def !== null) text = normalizeDefaultExpr(def, 'postgresql');
    t.columns.push({ name: String(r.name), type, nullable: !bool(r.notnull), default: canonicalDefault(text, type), autoincrement });
  }
  for (const r of cons) {
    const t = byName.get(String(r.tbl));
    if (!t) continue;
    const name = String(r.name);
    const cols = asArray(r.cols);
    switch (r.kind) {
      case 'p':
        t.primaryKey = { name, columns: cols };
        break;
      case 'u':
        t.uniques.push({ name, columns: cols });
        break;
      case 'f': {
        const act = (c: unknown) => (({ a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' }) as Record<string, string>)[String(c)];
        const fk: CatalogForeignKey = { name, columns: cols, refTable: String(r.ref_table), refColumns: asArray(r.ref_cols) };
        const od = normalizeAction(act(r.on_delete));
        const ou = normalizeAction(act(r.on_update));
        if (od) fk.onDelete = od;
        if (ou) fk.onUpdate = ou;
        t.foreignKeys.push(fk);
        break;
      }
      case 'c': {
        const m = /^CHECK\s*([\s\S]*?)(\s+NOT VALID)?$/i.exec(String(r.def));
        t.checks.push({ name, condition: normalizeCondition(m ? m[1]! : String(r.def), 'postgresql') });
        break;
      }
    }
  }
  for (const r of indexes) {
    const t = byName.get(String(r.tbl));
    if (!t) continue;
    const ix: CatalogIndex = { name: String(r.name), columns: asArray(r.cols).map(pgUnquote), unique: bool(r.is_unique) };
    if (r.predicate) ix.where = normalizeCondition(String(r.predicate), 'postgresql');
    t.indexes.push(ix);
  }
  return {
    tables: [...byName.values()].sort((a, b) => a.name.localeCompare(b.name)).map(sortTable),
    enums: enums.map((r) => ({ name: String(r.name), values: asArray(r.labels) })),
  };
}

// ---------------------------------------------------------------------------------------------
// MySQL / MariaDB

/** COLUMN_TYPE → compiler spelling: int(11) → INTEGER, tinyint(1) → BOOL, decimal(10,2) → NUMERIC(10, 2). */
function mysqlType(columnType: string): string {
  const ct = columnType.trim();
  const lower = ct.toLowerCase();
  if (lower.startsWith('enum(')) {
    const values = tokenize(ct.slice(4), 'mysql')
      .filter((t) => t.kind === 'string')
      .map((t) => t.value);
    return enumSpelling(values);
  }
  const m = /^([a-z ]+?)\s*(\(([^)]*)\))?\s*(unsigned)?\s*(zerofill)?$/.exec(lower);
  if (!m) return tidyType(ct);
  const base = m[1]!.trim();
  const args = m[3];
  const unsigned = m[4] ? ' UNSIGNED' : '';
  if (base === 'tinyint' && args === '1' && !unsigned) return 'BOOL';
  const intNames: Record<string, string> = {
    int: 'INTEGER',
    integer: 'INTEGER',
    smallint: 'SMALLINT',
    bigint: 'BIGINT',
    tinyint: 'TINYINT',
    mediumint: 'MEDIUMINT',
  };
  if (intNames[base]) return `${intNames[base]}${unsigned}`; // display widths mean nothing
  if (base === 'decimal' || base === 'numeric') return tidyType(`NUMERIC(${args ?? '10,0'})${unsigned}`);
  return tidyType(`${base}${m[2] ?? ''}${unsigned}`);
}

/**
 * COLUMN_DEFAULT → canonical text. MariaDB (10.2.7+) quotes string literals ('x''y'), prints
 * expressions (current_timestamp(), curdate()) and the word NULL for a NULL default; MySQL 8
 * gives string values unquoted and flags expressions with EXTRA DEFAULT_GENERATED.
 */
function mysqlDefault(raw: unknown, extra: string, isMaria: boolean): string | null {
  if (raw === null || raw === undefined) return null;
  const s = String(raw);
  if (isMaria) return normalizeDefaultExpr(s, 'mysql');
  if (/DEFAULT_GENERATED/i.test(extra)) return normalizeDefaultExpr(s, 'mysql');
  return s;
}

async function readMysql(db: ScratchDb, opts: ReadCatalogOptions): Promise<Catalog> {
  const [ver] = await db.query('SELECT VERSION() AS v');
  const isMaria = /mariadb/i.test(String(ver?.v ?? ''));
  const tablesQ = `SELECT TABLE_NAME AS tbl FROM information_schema.TABLES
    WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME`;
  const columnsQ = `SELECT TABLE_NAME AS tbl, COLUMN_NAME AS name, COLUMN_TYPE AS ctype, IS_NULLABLE AS nullable,
      COLUMN_DEFAULT AS def, EXTRA AS extra
    FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION`;
  const statsQ = `SELECT TABLE_NAME AS tbl, INDEX_NAME AS name, NON_UNIQUE AS non_unique, SEQ_IN_INDEX AS seq, COLUMN_NAME AS col
    FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`;
  const fksQ = `SELECT k.TABLE_NAME AS tbl, k.CONSTRAINT_NAME AS name, k.COLUMN_NAME AS col, k.REFERENCED_TABLE_NAME AS ref_table,
      k.REFERENCED_COLUMN_NAME AS ref_col, r.DELETE_RULE AS on_delete, r.UPDATE_RULE AS on_update
    FROM information_schema.KEY_COLUMN_USAGE k
      JOIN information_schema.REFERENTIAL_CONSTRAINTS r
        ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
    WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL
    ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`;
  // MariaDB scopes check names per table (CHECK_CONSTRAINTS has TABLE_NAME); MySQL 8 per schema.
  const checksQ = isMaria
    ? `SELECT TABLE_NAME AS tbl, CONSTRAINT_NAME AS name, CHECK_CLAUSE AS clause
       FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()`
    : `SELECT tc.TABLE_NAME AS tbl, cc.CONSTRAINT_NAME AS name, cc.CHECK_CLAUSE AS clause
       FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.CHECK_CONSTRAINTS cc
         ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
       WHERE tc.TABLE_SCHEMA = DATABASE() AND tc.CONSTRAINT_TYPE = 'CHECK'`;
  const [tables, columns, stats, fks, checks] = await Promise.all([db.query(tablesQ), db.query(columnsQ), db.query(statsQ), db.query(fksQ), db.query(checksQ)]);
  const byName = new Map<string, CatalogTable>();
  for (const r of tables) {
    const name = String(r.tbl);
    if (!skipTable(name, opts)) byName.set(name, newTable(name));
  }
  for (const r of columns) {
    const t = byName.get(String(r.tbl));
    if (!t) continue;
    const type = mysqlType(String(r.ctype));
    const extra = String(r.extra ?? '');
    t.columns.push({
      name: String(r.name),
      type,
      nullable: String(r.nullable) === 'YES',
      default: canonicalDefault(mysqlDefault(r.def, extra, isMaria), type),
      autoincrement: /auto_increment/i.test(extra),
    });
  }
  const idx = new Map<string, { tbl: string; name: string; unique: boolean; cols: string[] }>();
  for (const r of stats) {
    if (!byName.has(String(r.tbl))) continue;
    const key = `${String(r.tbl)}\u0000${String(r.name)}`;
    let e = idx.get(key);
    if (!e) {
      e = { tbl: String(r.tbl), name: String(r.name), unique: String(r.non_unique) === '0', cols: [] };
      idx.set(key, e);
    }
    e.cols.push(r.col === null ? '(expression)' : String(r.col));
  }
  for (const e of idx.values()) {
    const t = byName.get(e.tbl)!;
    if (e.name === 'PRIMARY') t.primaryKey = { name: null, columns: e.cols };
    else if (e.unique) t.uniques.push({ name: e.name, columns: e.cols });
    else t.indexes.push({ name: e.name, columns: e.cols, unique: false });
  }
  const fkMap = new Map<string, CatalogForeignKey & { tbl: string }>();
  for (const r of fks) {
    if (!byName.has(String(r.tbl))) continue;
    const key = `${String(r.tbl)}\u0000${String(r.name)}`;
    let fk = fkMap.get(key);
    if (!fk) {
      fk = { tbl: String(r.tbl), name: String(r.name), columns: [], refTable: String(r.ref_table), refColumns: [] };
      const od = normalizeAction(r.on_delete as string | null);
      const ou = normalizeAction(r.on_update as string | null);
      if (od) fk.onDelete = od;
      if (ou) fk.onUpdate = ou;
      fkMap.set(key, fk);
    }
    fk.columns.push(String(r.col));
    fk.refColumns.push(String(r.ref_col));
  }
  for (const { tbl, ...fk } of fkMap.values()) byName.get(tbl)!.foreignKeys.push(fk);
  for (const r of checks) {
    const t = byName.get(String(r.tbl));
    if (t) t.checks.push({ name: String(r.name), condition: normalizeCondition(String(r.clause), 'mysql') });
  }
  return { tables: [...byName.values()].sort((a, b) => a.name.localeCompare(b.name)).map(sortTable), enums: [] };
}

// ---------------------------------------------------------------------------------------------
// SQLite

interface SqliteTableSql {
  checks: CatalogCheck[];
  autoincrementColumn: string | null;
}

/**
 * What PRAGMA cannot tell, read from the CREATE TABLE text in sqlite_master: CHECK constraints
 * (column- or table-level, `CONSTRAINT name CHECK (...)` or unnamed) and the AUTOINCREMENT column.
 */
export function parseSqliteCreateTable(sql: string): SqliteTableSql {
  const toks = tokenize(sql, 'sqlite');
  const out: SqliteTableSql = { checks: [], autoincrementColumn: null };
  const open = toks.findIndex((t) => t.kind === 'punct' && t.value === '(');
  if (open < 0) return out;
  // Split the body into elements at depth-1 commas.
  const elements: Token[][] = [];
  let cur: Token[] = [];
  let depth = 1;
  for (let i = open + 1; i < toks.length && depth > 0; i++) {
    const t = toks[i]!;
    if (t.kind === 'punct' && t.value === '(') depth++;
    if (t.kind === 'punct' && t.value === ')') {
      depth--;
      if (depth === 0) break;
    }
    if (depth === 1 && t.kind === 'punct' && t.value === ',') {
      elements.push(cur);
      cur = [];
      continue;
    }
    cur.push(t);
  }
  if (cur.length) elements.push(cur);
  const isWord = (t: Token | undefined, w: string) => !!t && t.kind === 'ident' && t.value.toUpperCase() === w;
  const TABLE_CONSTRAINT = ['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'CHECK', 'FOREIGN'];
  for (const el of elements) {
    const first = el[0];
    const isColumn = !!first && !(first.kind === 'ident' && TABLE_CONSTRAINT.includes(first.value.toUpperCase()));
    let d = 0;
    for (let i = 0; i < el.length; i++) {
      const t = el[i]!;
      if (t.kind === 'punct' && t.value === '(') d++;
      else if (t.kind === 'punct' && t.value === ')') d--;
      if (d !== 0) continue;
      if (isColumn && isWord(t, 'AUTOINCREMENT')) out.autoincrementColumn = first!.value;
      if (isWord(t, 'CHECK') && el[i + 1]?.kind === 'punct' && el[i + 1]!.value === '(') {
        let depth2 = 0;
        let j = i + 1;
        for (; j < el.length; j++) {
          const u = el[j]!;
          if (u.kind === 'punct' && u.value === '(') depth2++;
          if (u.kind === 'punct' && u.value === ')' && --depth2 === 0) break;
        }
        const body = sql.slice(el[i + 1]!.end, el[j]!.start);
        const name = i >= 2 && isWord(el[i - 2], 'CONSTRAINT') ? el[i - 1]!.value : null;
        out.checks.push({ name, condition: normalizeCondition(body, 'sqlite') });
      }
    }
  }
  return out;
}

async function readSqlite(db: ScratchDb, opts: ReadCatalogOptions): Promise<Catalog> {
  const tables = await db.query<{ name: string; sql: string }>(
    `SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`,
  );
  const out: CatalogTable[] = [];
  for (const { name, sql } of tables) {
    if (skipTable(name, opts)) continue;
    const t = newTable(name);
    const q = sqlString(name, 'sqlite');
    const parsed = parseSqliteCreateTable(sql);
    const info = await db.query<{ cid: number; name: string; type: string; notnull: number; dflt_value: string | null; pk: number }>(
      `SELECT * FROM pragma_table_info(${q}) ORDER BY cid`,
    );
    const pk: { col: string; pos: number }[] = [];
    for (const c of info) {
      const type = tidyType(c.type);
      const text = c.dflt_value === null ? null : normalizeDefaultExpr(c.dflt_value, 'sqlite');
      t.columns.push({
        name: c.name,
        type,
        nullable: !c.notnull,
        default: canonicalDefault(text, type),
        autoincrement: parsed.autoincrementColumn !== null && parsed.autoincrementColumn.toLowerCase() === c.name.toLowerCase(),
      });
      if (c.pk > 0) pk.push({ col: c.name, pos: c.pk });
    }
    if (pk.length) t.primaryKey = { name: null, columns: pk.sort((a, b) => a.pos - b.pos).map((p) => p.col) };
    const idxList = await db.query<{ name: string; unique: number; origin: string; partial: number }>(`SELECT * FROM pragma_index_list(${q})`);
    for (const ix of idxList) {
      if (ix.origin === 'pk') continue;
      const cols = (
        await db.query<{ seqno: number; name: string | null }>(`SELECT seqno, name FROM pragma_index_info(${sqlString(ix.name, 'sqlite')}) ORDER BY seqno`)
      ).map((c) => c.name ?? '(expression)');
      if (ix.origin === 'u') {
        t.uniques.push({ name: null, columns: cols });
        continue;
      }
      const entry: CatalogIndex = { name: ix.name, columns: cols, unique: !!ix.unique };
      if (ix.partial) {
        const [row] = await db.query<{ sql: string }>(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ${sqlString(ix.name, 'sqlite')}`);
        const m = /\bWHERE\b([\s\S]*)$/i.exec(row?.sql ?? '');
        entry.where = m ? normalizeCondition(m[1]!, 'sqlite') : '?';
      }
      t.indexes.push(entry);
    }
    const fkRows = await db.query<{ id: number; seq: number; table: string; from: string; to: string | null; on_update: string; on_delete: string }>(
      `SELECT * FROM pragma_foreign_key_list(${q}) ORDER BY id, seq`,
    );
    const fks = new Map<number, CatalogForeignKey & { implicit: boolean }>();
    for (const r of fkRows) {
      let fk = fks.get(r.id);
      if (!fk) {
        fk = { name: null, columns: [], refTable: r.table, refColumns: [], implicit: false };
        const od = normalizeAction(r.on_delete);
        const ou = normalizeAction(r.on_update);
        if (od) fk.onDelete = od;
        if (ou) fk.onUpdate = ou;
        fks.set(r.id, fk);
      }
      fk.columns.push(r.from);
      if (r.to === null) fk.implicit = true;
      else fk.refColumns.push(r.to);
    }
    for (const { implicit, ...fk } of fks.values()) {
      if (implicit) {
        // `REFERENCES parent` without columns means the parent's primary key.
        const parentPk = (
          await db.query<{ name: string; pk: number }>(`SELECT name, pk FROM pragma_table_info(${sqlString(fk.refTable, 'sqlite')}) WHERE pk > 0 ORDER BY pk`)
        ).map((c) => c.name);
        fk.refColumns = parentPk;
      }
      t.foreignKeys.push(fk);
    }
    t.checks.push(...parsed.checks);
    out.push(sortTable(t));
  }
  return { tables: out, enums: [] };
}

// ---------------------------------------------------------------------------------------------
// Public API: reading

/** The scratch database's schema, normalized (the version table left out). */
export async function readCatalog(db: ScratchDb, opts: ReadCatalogOptions = {}): Promise<Catalog> {
  switch (familyOf(db.dialect)) {
    case 'postgresql':
      return readPg(db, opts);
    case 'mysql':
      return readMysql(db, opts);
    case 'sqlite':
      return readSqlite(db, opts);
  }
}

/** The revision ids in the version table, sorted; null when the table does not exist. */
export async function readVersions(db: ScratchDb, table: string = DEFAULT_VERSION_TABLE, column = 'version_num'): Promise<string[] | null> {
  const fam = familyOf(db.dialect);
  const lit = sqlString(table, fam);
  let exists: Row[];
  if (fam === 'postgresql') {
    exists = await db.query(`SELECT 1 AS x FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relname = ${lit} AND c.relkind IN ('r', 'p')`);
  } else if (fam === 'mysql') {
    exists = await db.query(`SELECT 1 AS x FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ${lit}`);
  } else {
    exists = await db.query(`SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = ${lit}`);
  }
  if (exists.length === 0) return null;
  const qi = fam === 'mysql' ? (s: string) => `\`${s.replace(/`/g, '``')}\`` : (s: string) => `"${s.replace(/"/g, '""')}"`;
  const rows = await db.query(`SELECT ${qi(column)} AS v FROM ${qi(table)}`);
  return rows.map((r) => String(r.v)).sort();
}

// ---------------------------------------------------------------------------------------------
// Public API: the model's side

function expectedType(t: ColumnType, fam: Family, autoincrement: boolean): string {
  switch (t.kind) {
    case 'string':
      return `VARCHAR(${t.length})`;
    case 'text':
      return 'TEXT';
    case 'integer':
      return 'INTEGER';
    case 'smallint':
      return fam === 'sqlite' && autoincrement ? 'INTEGER' : 'SMALLINT';
    case 'bigint':
      return fam === 'sqlite' && autoincrement ? 'INTEGER' : 'BIGINT';
    case 'boolean':
      return fam === 'mysql' ? 'BOOL' : 'BOOLEAN';
    case 'float':
      return 'FLOAT';
    case 'numeric':
      return `NUMERIC(${t.precision}, ${t.scale})`;
    case 'date':
      return 'DATE';
    case 'datetime':
      return fam === 'postgresql' ? 'TIMESTAMP WITHOUT TIME ZONE' : 'DATETIME';
    case 'timestamp':
      return fam === 'postgresql' ? 'TIMESTAMP WITHOUT TIME ZONE' : fam === 'mysql' ? 'DATETIME' : 'TIMESTAMP';
    case 'binary':
      return fam === 'postgresql' ? 'BYTEA' : 'BLOB';
    case 'enum':
      if (fam === 'postgresql') return t.name;
      if (fam === 'mysql') return enumSpelling(t.values);
      return `VARCHAR(${Math.max(...t.values.map((v) => [...v].length))})`;
  }
}

function defaultText(d: Default | null): string | null {
  if (!d) return null;
  switch (d.kind) {
    case 'string':
      return d.value;
    case 'number':
      return d.value;
    case 'boolean':
      return d.value ? 'true' : 'false';
    case 'expr':
      return d.value === 'NULL' ? null : d.value;
  }
}

function expectedTable(t: Table, fam: Family): CatalogTable {
  const out = newTable(t.name);
  for (const c of t.columns) {
    const type = expectedType(c.type, fam, c.autoincrement);
    out.columns.push({
      name: c.name,
      type,
      nullable: c.nullable,
      default: fam === 'postgresql' && c.autoincrement ? null : canonicalDefault(defaultText(c.default), type),
      autoincrement: c.autoincrement,
    });
  }
  if (t.primaryKey) out.primaryKey = { name: fam === 'postgresql' ? t.primaryKey.name : null, columns: [...t.primaryKey.columns] };
  for (const u of t.uniques) out.uniques.push({ name: fam === 'sqlite' ? null : u.name, columns: [...u.columns] });
  for (const f of t.foreignKeys) {
    const fk: CatalogForeignKey = { name: fam === 'sqlite' ? null : f.name, columns: [...f.columns], refTable: f.refTable, refColumns: [...f.refColumns] };
    const od = normalizeAction(f.ondelete);
    const ou = normalizeAction(f.onupdate);
    if (od) fk.onDelete = od;
    if (ou) fk.onUpdate = ou;
    out.foreignKeys.push(fk);
  }
  for (const ix of t.indexes) {
    if (fam === 'mysql' && ix.unique) out.uniques.push({ name: ix.name, columns: [...ix.columns] });
    else out.indexes.push({ name: ix.name, columns: [...ix.columns], unique: ix.unique });
  }
  for (const ck of t.checks) out.checks.push({ name: ck.name, condition: normalizeCondition(ck.condition, fam) });
  if (fam === 'sqlite') {
    for (const c of t.columns) {
      if (c.type.kind !== 'enum') continue;
      const name = `ck_${t.name}_${c.name}`;
      if (out.checks.some((k) => k.name === name)) continue;
      const cond = `${c.name} IN (${c.type.values.map(quoteValue).join(', ')})`;
      out.checks.push({ name, condition: normalizeCondition(cond, 'sqlite') });
    }
  }
  return sortTable(out);
}

/** The model projected to what `readCatalog` should find on `dialect`'s engine. */
export function expectedCatalog(schema: Schema, dialect: Dialect, opts: ExpectedCatalogOptions = {}): Catalog {
  const fam = familyOf(dialect);
  const tables = [...schema.tables.values()]
    .filter((t) => !skipTable(t.name, opts) && (opts.includeExternal !== false || !t.external))
    .map((t) => expectedTable(t, fam))
    .sort((a, b) => a.name.localeCompare(b.name));
  const enums =
    fam === 'postgresql' ? [...schema.enums.values()].map((e) => ({ name: e.name, values: [...e.values] })).sort((a, b) => a.name.localeCompare(b.name)) : [];
  return { tables, enums };
}

// ---------------------------------------------------------------------------------------------
// Public API: diff

const list = (xs: string[]) => `(${xs.join(', ')})`;
const show = (v: unknown) => (v === undefined || v === null ? '(none)' : typeof v === 'string' ? JSON.stringify(v) : String(v));

interface Keyed<T> {
  key: string;
  label: string;
  item: T;
}

/** Matches items by name where both sides have one, else by `identity`; reports field differences. */
function diffItems<T>(
  out: string[],
  where: string,
  kind: string,
  expected: T[],
  actual: T[],
  name: (x: T) => string | null,
  identity: (x: T) => string,
  fields: [string, (x: T) => string][],
): void {
  const keyed = (xs: T[]): Keyed<T>[] =>
    xs.map((item) => {
      const n = name(item);
      return { key: n !== null ? `name:${n}` : `id:${identity(item)}`, label: n !== null ? `${kind} ${n}` : `${kind} ${identity(item)}`, item };
    });
  const exp = keyed(expected);
  const act = keyed(actual);
  const actByKey = new Map<string, Keyed<T>[]>();
  for (const a of act) actByKey.set(a.key, [...(actByKey.get(a.key) ?? []), a]);
  for (const e of exp) {
    const candidates = actByKey.get(e.key);
    const a = candidates?.shift();
    if (!a) {
      out.push(`${where}: missing ${e.label} ${identityOrFields(e.item, identity, fields)}`.trimEnd());
      continue;
    }
    for (const [fname, get] of fields) {
      const ev = get(e.item);
      const av = get(a.item);
      if (ev !== av) out.push(`${where}, ${e.label}: ${fname}: expected ${ev}, actual ${av}`);
    }
  }
  for (const rest of actByKey.values()) {
    for (const a of rest) out.push(`${where}: unexpected ${a.label} ${identityOrFields(a.item, identity, fields)}`.trimEnd());
  }
}

function identityOrFields<T>(item: T, identity: (x: T) => string, fields: [string, (x: T) => string][]): string {
  return fields.map(([n, g]) => `${n}=${g(item)}`).join(' ') || identity(item);
}

/** Human-readable differences between the model's projection and the engine's catalog; empty when equal. */
export function diffCatalog(expected: Catalog, actual: Catalog): string[] {
  const out: string[] = [];
  diffItems(
    out,
    'schema',
    'enum type',
    expected.enums,
    actual.enums,
    (e) => e.name,
    (e) => e.name,
    [['values', (e) => list(e.values.map(quoteValue))]],
  );
  const actTables = new Map(actual.tables.map((t) => [t.name, t]));
  const expNames = new Set(expected.tables.map((t) => t.name));
  for (const et of expected.tables) {
    const at = actTables.get(et.name);
    if (!at) {
      out.push(`table ${et.name}: missing`);
      continue;
    }
    const where = `table ${et.name}`;
    const actCols = new Map(at.columns.map((c) => [c.name, c]));
    for (const ec of et.columns) {
      const ac = actCols.get(ec.name);
      if (!ac) {
        out.push(`${where}: missing column ${ec.name} ${ec.type}`);
        continue;
      }
      const cw = `${where}, column ${ec.name}`;
      if (ec.type !== ac.type) out.push(`${cw}: type: expected ${ec.type}, actual ${ac.type}`);
      if (ec.nullable !== ac.nullable) out.push(`${cw}: nullable: expected ${ec.nullable}, actual ${ac.nullable}`);
      if (ec.default !== ac.default) out.push(`${cw}: default: expected ${show(ec.default)}, actual ${show(ac.default)}`);
      if (ec.autoincrement !== ac.autoincrement) out.push(`${cw}: autoincrement: expected ${ec.autoincrement}, actual ${ac.autoincrement}`);
    }
    const expColNames = new Set(et.columns.map((c) => c.name));
    for (const ac of at.columns) if (!expColNames.has(ac.name)) out.push(`${where}: unexpected column ${ac.name} ${ac.type}`);
    const eo = et.columns.map((c) => c.name).filter((n) => actCols.has(n));
    const ao = at.columns.map((c) => c.name).filter((n) => expColNames.has(n));
    if (eo.join('\u0000') !== ao.join('\u0000')) out.push(`${where}: column order: expected ${list(eo)}, actual ${list(ao)}`);

    const epk = et.primaryKey;
    const apk = at.primaryKey;
    const pkText = (p: CatalogPrimaryKey | null) => (p ? `${p.name ?? '(unnamed)'} ${list(p.columns)}` : '(none)');
    if (pkText(epk) !== pkText(apk)) out.push(`${where}: primary key: expected ${pkText(epk)}, actual ${pkText(apk)}`);

    diffItems(
      out,
      where,
      'unique',
      et.uniques,
      at.uniques,
      (u) => u.name,
      (u) => list(u.columns),
      [['columns', (u) => list(u.columns)]],
    );
    diffItems(
      out,
      where,
      'foreign key',
      et.foreignKeys,
      at.foreignKeys,
      (f) => f.name,
      (f) => `${list(f.columns)} -> ${f.refTable}${list(f.refColumns)}`,
      [
        ['columns', (f) => list(f.columns)],
        ['references', (f) => `${f.refTable}${list(f.refColumns)}`],
        ['on delete', (f) => show(f.onDelete)],
        ['on update', (f) => show(f.onUpdate)],
      ],
    );
    diffItems(
      out,
      where,
      'index',
      et.indexes,
      at.indexes,
      (i) => i.name,
      (i) => list(i.columns),
      [
        ['columns', (i) => list(i.columns)],
        ['unique', (i) => String(i.unique)],
        ['where', (i) => show(i.where)],
      ],
    );
    diffItems(
      out,
      where,
      'check',
      et.checks,
      at.checks,
      (c) => c.name,
      (c) => c.condition,
      [['condition', (c) => c.condition]],
    );
  }
  for (const at of actual.tables) if (!expNames.has(at.name)) out.push(`table ${at.name}: unexpected (not in the model)`);
  return out;
}

/** One call for tests: the differences between the model and what `db` really holds (empty = equal). */
export async function compareWithModel(db: ScratchDb, schema: Schema, opts: ExpectedCatalogOptions = {}): Promise<string[]> {
  return diffCatalog(expectedCatalog(schema, db.dialect, opts), await readCatalog(db, opts));
}
