import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { missingConnection, type LbaasConfig } from '../config/config.js';
import type { Dialect } from '../core/dialect.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Default } from '../core/types.js';
import { connect, ExecError, type Executor } from '../exec/index.js';
import { emptyDeclTable, fkAction, type DeclSchema, type DeclTable } from './decl.js';
import { parseDdl } from './ddl.js';
import { bareIdent } from './split-sql.js';
import { defaultExpr, normalizeDefault, portableType } from './portable-types.js';
import { caps } from '../dialects/registry.js';

/**
 * Reads a live database's schema for `revision --autogenerate --from-db`,
 * through the same executors (clients) that run migrations:
 * - PostgreSQL: one query over pg_catalog, returned as JSON;
 * - MySQL/MariaDB: SHOW CREATE TABLE for each table, read by the DDL parser;
 * - SQLite: the CREATE statements kept in sqlite_master, read by the DDL parser.
 */
export interface LiveSchema {
  schema: DeclSchema;
  diagnostics: Diagnostic[];
}

const MARK = 'lbaas-catalog:';

function fail(message: string, hint?: string): LiveSchema {
  return { schema: { tables: new Map() }, diagnostics: [{ code: 'AU130', severity: 'error', message, ...(hint ? { hint } : {}) }] };
}

export async function readLiveSchema(config: LbaasConfig, versionTable: string): Promise<LiveSchema> {
  const url = config.url;
  if (!url) return fail('--from-db needs a database connection', 'set [database] connection or LBAAS_DB_CONNECTION');
  // As every command that connects: a config file was meant to name the database; do not read ./lbaas.sqlite instead.
  const missing = missingConnection(config);
  if (missing) return { schema: { tables: new Map() }, diagnostics: [missing] };
  if (caps(url.dialect).fileDatabase && url.path !== undefined && url.path !== ':memory:' && !existsSync(resolve(config.cwd, url.path))) {
    return fail(`the SQLite database ${url.path} does not exist`);
  }
  let ex: Executor;
  try {
    ex = connect({ connection: config.connection, url, cwd: config.cwd });
  } catch (e) {
    if (e instanceof ExecError) return { schema: { tables: new Map() }, diagnostics: [e.diagnostic] };
    throw e;
  }
  try {
    let res: LiveSchema;
    switch (caps(url.dialect).family) {
      case 'postgresql':
        res = await readPostgres(ex);
        break;
      case 'mysql':
        res = await readMysql(ex, url.dialect);
        break;
      default:
        res = await readSqlite(ex);
        break;
    }
    res.schema.tables.delete(versionTable);
    return res;
  } finally {
    await ex.close?.();
  }
}

async function query(ex: Executor, script: string, what: string): Promise<{ ok: true; stdout: string } | { ok: false; result: LiveSchema }> {
  const r = await ex.run(script);
  if (!r.ok) {
    const d = r.diagnostics.find((x) => x.severity === 'error');
    return {
      ok: false,
      result: {
        schema: { tables: new Map() },
        diagnostics: [
          d ? { ...d, message: `reading ${what}: ${d.message}` } : { code: 'AU130', severity: 'error', message: `reading ${what} failed: ${r.stderr.trim()}` },
        ],
      },
    };
  }
  return { ok: true, stdout: r.stdout };
}

// -----------------------------------------------------------------------------------------------
// PostgreSQL

const PG_CATALOG = `SELECT '${MARK}' || replace(json_build_object(
  'columns', (SELECT coalesce(json_agg(json_build_object('t', c.relname, 'n', a.attname, 'type', format_type(a.atttypid, a.atttypmod),
      'typtype', t.typtype, 'typname', t.typname, 'notnull', a.attnotnull, 'def', pg_get_expr(d.adbin, d.adrelid), 'identity', a.attidentity)
      ORDER BY c.relname, a.attnum), '[]'::json)
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped),
  'constraints', (SELECT coalesce(json_agg(json_build_object('t', c.relname, 'name', con.conname, 'kind', con.contype,
      'cols', ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord),
      'ref', fc.relname,
      'refcols', ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord),
      'ondelete', con.confdeltype, 'onupdate', con.confupdtype) ORDER BY c.relname, con.conname), '[]'::json)
    FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_class fc ON fc.oid = con.confrelid
    WHERE n.nspname = current_schema() AND con.contype IN ('p', 'u', 'f', 'c')),
  'indexes', (SELECT coalesce(json_agg(json_build_object('t', c.relname, 'name', ic.relname, 'unique', i.indisunique,
      'cols', ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnkeyatts) k ORDER BY k),
      'expr', i.indexprs IS NOT NULL, 'partial', i.indpred IS NOT NULL) ORDER BY c.relname, ic.relname), '[]'::json)
    FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
      AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))),
  'enums', (SELECT coalesce(json_agg(json_build_object('name', t.typname,
      'values', (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid))), '[]'::json)
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'e' AND n.nspname = current_schema())
)::text, E'\\n', ' ');
`;

interface PgCatalog {
  columns: { t: string; n: string; type: string; typtype: string; typname: string; notnull: boolean; def: string | null; identity: string }[];
  constraints: { t: string; name: string; kind: string; cols: string[]; ref: string | null; refcols: string[]; ondelete: string; onupdate: string }[];
  indexes: { t: string; name: string; unique: boolean; cols: string[]; expr: boolean; partial: boolean }[];
  enums: { name: string; values: string[] }[];
}

const PG_ACTIONS: Record<string, string> = { c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

async function readPostgres(ex: Executor): Promise<LiveSchema> {
  const r = await query(ex, `\\pset format unaligned\n\\pset tuples_only on\n${PG_CATALOG}`, 'the PostgreSQL catalog');
  if (!r.ok) return r.result;
  const at = r.stdout.indexOf(MARK);
  if (at < 0) return fail('reading the PostgreSQL catalog: no result from psql');
  const cat = JSON.parse(r.stdout.slice(at + MARK.length).trim()) as PgCatalog;
  const diagnostics: Diagnostic[] = [];
  const tables = new Map<string, DeclTable>();
  const table = (n: string) => {
    let t = tables.get(n);
    if (!t) tables.set(n, (t = emptyDeclTable(n)));
    return t;
  };
  const enums = new Map(cat.enums.map((e) => [e.name, e.values]));
  for (const c of cat.columns) {
    const t = table(c.t);
    const m = /^(.*?)(?:\((\d+)(?:,(\d+))?\))?((?: with(?:out)? time zone)?)$/.exec(c.type)!;
    const args = [m[2], m[3]].filter((x) => x !== undefined).map(Number);
    const p =
      c.typtype === 'e'
        ? { type: { kind: 'enum' as const, name: c.typname, values: [...(enums.get(c.typname) ?? [])] } }
        : portableType(`${m[1]}${m[4] ?? ''}`, args);
    if (!p || (m[4] ?? '').trim() === 'with time zone') {
      diagnostics.push({
        code: 'AU131',
        severity: 'warning',
        message: `${c.t}.${c.n}: type ${c.type} has no equivalent in the revision format; the column is left out`,
      });
      continue;
    }
    let autoincrement = c.identity === 'a' || c.identity === 'd';
    let dflt: Default | null = null;
    if (c.def !== null) {
      if (/^nextval\(/i.test(c.def)) autoincrement = true;
      else {
        const parsed = pgDefault(c.def);
        if (parsed === undefined)
          diagnostics.push({
            code: 'AU131',
            severity: 'warning',
            message: `${c.t}.${c.n}: default ${c.def} is not one the revision format can write; it is ignored`,
          });
        else dflt = normalizeDefault(parsed, p.type);
      }
    }
    t.columns.push({
      name: c.n,
      type: p.type,
      nullable: !c.notnull,
      default: dflt,
      autoincrement: autoincrement || !!('autoincrement' in p && p.autoincrement),
    });
  }
  for (const k of cat.constraints) {
    const t = table(k.t);
    if (k.kind === 'p') t.primaryKey = { name: k.name, columns: k.cols };
    else if (k.kind === 'u') t.uniques.push({ name: k.name, columns: k.cols });
    else if (k.kind === 'f' && k.ref) {
      const ondelete = fkAction(PG_ACTIONS[k.ondelete]);
      const onupdate = fkAction(PG_ACTIONS[k.onupdate]);
      t.foreignKeys.push({
        name: k.name,
        columns: k.cols,
        refTable: k.ref,
        refColumns: k.refcols,
        ...(ondelete ? { ondelete } : {}),
        ...(onupdate ? { onupdate } : {}),
      });
    } else if (k.kind === 'c') t.checks.push({ name: k.name, text: '' });
  }
  for (const i of cat.indexes) {
    if (i.expr) {
      diagnostics.push({ code: 'AU131', severity: 'warning', message: `index ${i.name} on ${i.t} is on an expression; it is left out` });
      continue;
    }
    if (i.partial) diagnostics.push({ code: 'AU131', severity: 'warning', message: `index ${i.name} on ${i.t}: its WHERE clause (partial index) is ignored` });
    table(i.t).indexes.push({ name: i.name, columns: i.cols.map(bareIdent), unique: i.unique });
  }
  return { schema: { tables }, diagnostics };
}

/** pg_get_expr text of a default: `'x'::character varying`, `(-1)`, `false`, `now()`. */
export function pgDefault(text: string): Default | null | undefined {
  let s = text.trim();
  for (;;) {
    const m = /^(.*)::[a-z_ ]+(\(\d+(,\d+)?\))?(\[\])?$/is.exec(s);
    if (m && (m[1]!.match(/'/g)?.length ?? 0) % 2 === 0) s = m[1]!.trim();
    else if (/^\(.*\)$/s.test(s)) s = s.slice(1, -1).trim();
    else break;
  }
  const str = /^'((?:[^']|'')*)'$/s.exec(s);
  if (str) return { kind: 'string', value: str[1]!.replace(/''/g, "'") };
  if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(s)) return { kind: 'number', value: s };
  if (/^(true|false)$/i.test(s)) return { kind: 'boolean', value: s.toLowerCase() === 'true' };
  if (/^null$/i.test(s)) return null;
  return defaultExpr(s);
}

// -----------------------------------------------------------------------------------------------
// MySQL / MariaDB

/** The mysql client's batch-mode escapes (\\n, \\t, \\\\, \\0) undone. */
function unbatch(s: string): string {
  return s.replace(/\\([nt0\\])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === '0' ? '\0' : '\\'));
}

async function readMysql(ex: Executor, dialect: Dialect): Promise<LiveSchema> {
  const list = await query(
    ex,
    "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME;\n",
    'the table list',
  );
  if (!list.ok) return list.result;
  const names = list.stdout
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l !== '' && l !== 'TABLE_NAME');
  if (names.length === 0) return { schema: { tables: new Map() }, diagnostics: [] };
  const shows = await query(ex, names.map((n) => `SHOW CREATE TABLE \`${n.replace(/`/g, '``')}\`;`).join('\n') + '\n', 'the table definitions');
  if (!shows.ok) return shows.result;
  const ddl: string[] = [];
  for (const line of shows.stdout.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0 || line === 'Table\tCreate Table') continue;
    ddl.push(unbatch(line.slice(tab + 1)));
  }
  return parseDdl(ddl.join(';\n') + ';\n', '(database)', dialect);
}

// -----------------------------------------------------------------------------------------------
// SQLite

async function readSqlite(ex: Executor): Promise<LiveSchema> {
  const r = await query(
    ex,
    "SELECT json_object('sql', sql) FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type = 'index', name",
    'sqlite_master',
  );
  if (!r.ok) return r.result;
  const ddl = r.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => (JSON.parse(l) as { sql: string }).sql);
  return parseDdl(ddl.join(';\n') + ';\n', '(database)', 'sqlite');
}
