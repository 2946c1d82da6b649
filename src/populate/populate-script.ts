import { commentLine } from '../emit/script.js';
import { Renderer } from '../back/templates.js';
import type { Dialect } from '../core/dialect.js';
import type { Literal } from '../core/types.js';
import type { Statement } from '../dialects/statement.js';
import type { Chunk, Script } from '../emit/script.js';
import { TOOL_VERSION } from '../emit/version.js';
import { EARLIER_STOP, LOCK_LOST, migrationLock, pgStopData } from '../emit/guard.js';
import type { Schema } from '../model/schema.js';
import type { DataFile } from './data.js';
import { caps } from '../dialects/registry.js';

export interface Requirement {
  /** The newest revision that creates or shapes some of the data tables. */
  revision: string;
  tables: string[];
  /** It, or any revision after it: a version row with one of these satisfies the requirement. */
  accepted: string[];
}

export interface PopulateOptions {
  versionTable: string;
  /** The guard, and with it the migration lock. */
  guard: boolean;
  clientDirectives: boolean;
  templatesDir?: string;
  /** Seconds the script waits for the migration lock (DEFAULT_LOCK_WAIT_TIMEOUT when not given). */
  lockWaitTimeout?: number;
}

const st = (r: Renderer, template: string, data: object): Statement => ({ sql: r.render(template, data), template });

/** Data files with the tables others reference first (foreign keys between data tables). */
export function loadOrder(files: readonly DataFile[], schema: Schema): DataFile[] {
  const byTable = new Map(files.map((f) => [f.table, f]));
  const out: DataFile[] = [];
  const state = new Map<string, number>();
  const visit = (f: DataFile) => {
    if (state.has(f.table)) return;
    state.set(f.table, 1);
    for (const fk of schema.tables.get(f.table)?.foreignKeys ?? []) {
      const dep = byTable.get(fk.refTable);
      if (dep && dep !== f) visit(dep);
    }
    state.set(f.table, 2);
    out.push(f);
  };
  for (const f of [...files].sort((a, b) => a.file.localeCompare(b.file))) visit(f);
  return out;
}

/** Rows grouped by their column set, so each statement has one column list. */
function groups(f: DataFile): { columns: string[]; rows: Literal[][] }[] {
  const out = new Map<string, { columns: string[]; rows: Literal[][] }>();
  for (const row of f.rows) {
    const columns = [
      ...f.key,
      ...Object.keys(row)
        .filter((c) => !f.key.includes(c))
        .sort(),
    ];
    const k = columns.join(',');
    let g = out.get(k);
    if (!g) out.set(k, (g = { columns, rows: [] }));
    g.rows.push(columns.map((c) => row[c]!));
  }
  return [...out.values()];
}

/** The start of the line each count statement prints: `populate <table> [i/n]: <a> inserted, <b> updated, <c> unchanged`. */
export const COUNT_MARKER = 'populate';

/** One count per upsert, by the script itself: `populate lbaas_protocol [3/9]: 0 inserted, 1 updated, 4 unchanged`. */
export const COUNT_LINE_RE = /\bpopulate ([A-Za-z_][A-Za-z0-9_]*) \[(\d+)\/(\d+)\]: (\d+) inserted, (\d+) updated, (\d+) unchanged\b/;

/**
 * What the count statement before an upsert needs: for each row its key (how the
 * upsert finds an existing row) and the columns it would update, with the value each
 * must already hold for the row to count as unchanged (NULL-safe; on MySQL strings by
 * bytes, as the update would write them).
 */
function countData(f: DataFile, g: { columns: string[]; rows: Literal[][] }, update: string[], schema: Schema, label: string): object {
  const t = schema.tables.get(f.table);
  const binary = new Set(
    update.filter((c) => {
      const k = t?.columns.find((x) => x.name === c)?.type.kind;
      return k === 'string' || k === 'text' || k === 'enum';
    }),
  );
  return {
    table: f.table,
    label,
    rows: g.rows.map((row) => ({
      key: f.key.map((c) => ({ column: c, value: row[g.columns.indexOf(c)]! })),
      rest: update.map((c) => ({ column: c, value: row[g.columns.indexOf(c)]!, binary: binary.has(c) })),
    })),
  };
}

export function populateGuardMessage(reqs: readonly Requirement[]): { head: string; tail: string; all: string } {
  return {
    head: 'lbaas-db-manage populate STOP: the data tables do not exist yet: the database needs ',
    tail: ' (or a later revision) applied; upgrade first; nothing was changed',
    all: reqs.map((r) => r.revision).join(','),
  };
}

/**
 * The populate script: client directives, the migration lock, the guard (the version table
 * must hold each required revision or a later one), one transaction with one idempotent upsert
 * per data file and column set, parents before children, then the lock's release. A guard
 * that stops first makes the session refuse every later statement, as the migration scripts'
 * guard does (src/emit/guard.ts), so a client that goes on after the error changes nothing:
 * PostgreSQL poisons search_path and releases the lock before a second block raises the stop;
 * MySQL/MariaDB makes the session read-only (the guard runs before START TRANSACTION, so the
 * transaction is read-only too) and releases the lock; SQLite keeps query_only on unless the
 * check passed, and the COMMIT shares a line with a check that it did.
 */
export function compilePopulate(dialect: Dialect, files: readonly DataFile[], schema: Schema, reqs: readonly Requirement[], o: PopulateOptions): Script {
  const r = new Renderer(dialect, o.templatesDir);
  const style = caps(dialect).guard;
  const ordered = loadOrder(files, schema);
  const text: string[] = [];
  const chunks: Chunk[] = [];
  let offset = 0;
  let line = 1;
  const push = (s: string, kind: Chunk['kind'], template?: string) => {
    chunks.push({ start: offset, end: offset + s.length, kind, line, ...(template ? { template } : {}) });
    text.push(s);
    offset += s.length;
    for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) line++;
  };
  const comment = (lines: string[]) => push(lines.map(commentLine).join(''), 'comment');
  const statement = (s: Statement) => push(`${s.sql};\n`, 'statement', s.template);
  const rows = ordered.reduce((n, f) => n + f.rows.length, 0);
  const msg = populateGuardMessage(reqs);
  const lock = o.guard ? migrationLock(dialect, r, o.versionTable, o.lockWaitTimeout) : { take: [], release: [] };

  comment([
    `lbaas-db-manage ${TOOL_VERSION}: populate (standard data) for ${dialect}`,
    `${ordered.length} data file${ordered.length === 1 ? '' : 's'}, ${rows} row${rows === 1 ? '' : 's'}: ${ordered.map((f) => f.table).join(', ') || '(none)'}`,
    `needs the database at or after: ${reqs.map((q) => `${q.revision} (${q.tables.join(', ')})`).join('; ') || '(nothing)'}`,
    'each row is an upsert on its key: a second run changes nothing; a row whose data changed is updated; rows not in the files are left alone',
    'before each upsert a SELECT prints "populate <table> [i/n]: <a> inserted, <b> updated, <c> unchanged" for its rows',
    ...(o.guard
      ? [
          style === 'query-only'
            ? 'guard: when it stops, every later statement fails (query_only) and nothing is committed'
            : 'guard: takes the migration lock; when it stops, the lock is released and the session refuses every later statement',
        ]
      : []),
    'compiled offline from the data files and the revision files; no database was consulted',
  ]);
  push('\n', 'comment');
  if (o.clientDirectives && r.find('client_directives')) push(`${r.render('client_directives', {})}\n`, 'directive');
  // The script is UTF-8 whatever the client's default character set.
  for (const t of caps(dialect).sessionTemplates) statement(st(r, t, {}));
  lock.take.forEach(statement);
  // MySQL/MariaDB: the guard before the transaction, so that a stop's read-only session makes the transaction read-only too.
  if (style !== 'prepared') {
    statement(st(r, 'begin', {}));
    push('\n', 'comment');
  } else if (lock.take.length) push('\n', 'comment');

  if (o.guard) {
    comment([
      reqs.length
        ? 'guard: stop here unless the version table holds each revision above, or a later one'
        : 'guard: stop here unless this session holds the migration lock',
    ]);
    const vt = o.versionTable;
    const hint =
      'run lbaas-db-manage upgrade heads (lbaas-db-manage current shows where the database is); this session refuses every later statement, so start a new one';
    if (style === 'do-block') {
      const common = pgStopData(vt);
      statement(
        st(r, 'populate_guard', {
          ...common,
          table: vt,
          table_ref: `"${vt}"`,
          lock_lost: LOCK_LOST,
          hint,
          missing_message: `${msg.head}${msg.all}${msg.tail}`,
          requirements: reqs.map((q) => ({ accepted: q.accepted, message: `${msg.head}${q.revision}${msg.tail}` })),
        }),
      );
      statement(st(r, 'guard_stop', common));
    } else if (style === 'prepared') {
      const w = r.sql;
      // By bytes: the column's collation ignores case, and 'ABCD0001' is not 'abcd0001'.
      const parts = reqs.map(
        (q) =>
          `IF(EXISTS (SELECT 1 FROM ${w.ident(vt)} WHERE CAST(${w.ident('version_num')} AS BINARY) IN (${q.accepted.map((a) => w.string(a)).join(', ')})), NULL, ${w.string(q.revision)})`,
      );
      // PREPARE replaces the statement of the same name: one DEALLOCATE at the end is enough.
      const prepared = [st(r, 'prepare', {}), st(r, 'execute_prepared', {})];
      statement(
        st(r, 'populate_guard_read', {
          table: vt,
          read_query: reqs.length ? `SELECT CONCAT_WS(',', ${parts.join(', ')}) INTO @lbaas_missing` : "SET @lbaas_missing = ''",
          missing_all_query: `SET @lbaas_missing = ${w.string(msg.all)}`,
        }),
      );
      prepared.forEach(statement);
      statement(st(r, 'populate_guard_check', { message_head: msg.head, message_tail: msg.tail, all: msg.all, lock_lost: LOCK_LOST }));
      statement(st(r, 'guard_poison', {}));
      prepared.forEach(statement);
      statement(st(r, 'guard_release', {}));
      statement(st(r, 'guard_stop', {}));
      prepared.forEach(statement);
    } else {
      statement(st(r, 'version_table_create', { table: vt, pk_name: `${vt}_pkc` }));
      statement(st(r, 'guard_drop', {}));
      statement(st(r, 'guard_table', {}));
      statement(st(r, 'guard_poison', {}));
      statement(
        st(r, 'populate_guard_check', {
          table: vt,
          message_head: msg.head,
          message_tail: msg.tail,
          earlier_text: EARLIER_STOP,
          requirements: reqs.map((q) => ({ revision: q.revision, accepted: q.accepted })),
        }),
      );
    }
    push('\n', 'comment');
  }
  if (style === 'prepared') {
    statement(st(r, 'begin', {}));
    push('\n', 'comment');
  }

  const upserts = ordered.flatMap((f) => groups(f).map((g) => ({ f, g })));
  upserts.forEach(({ f, g }, i) => {
    if (i === 0 || upserts[i - 1]!.f !== f)
      comment([`${f.file}: ${f.rows.length} row${f.rows.length === 1 ? '' : 's'} into ${f.table}, key (${f.key.join(', ')})`]);
    const update = g.columns.filter((c) => !f.key.includes(c));
    // after a stop the counts print nothing (PostgreSQL: the poisoned search_path fails them instead)
    statement(st(r, 'populate_count', { ...countData(f, g, update, schema, `${COUNT_MARKER} ${f.table} [${i + 1}/${upserts.length}]: `), guarded: o.guard }));
    statement(st(r, 'upsert', { table: f.table, key: f.key, columns: g.columns, rows: g.rows, update }));
    if (i === upserts.length - 1 || upserts[i + 1]!.f !== f) push('\n', 'comment');
  });
  statement(
    o.guard && style === 'query-only'
      ? st(r, 'commit_checked', { guards: 1, message: 'lbaas-db-manage populate STOP: the guard stopped the script; nothing was committed' })
      : st(r, 'commit', {}),
  );
  if (style === 'prepared' && o.guard) statement(st(r, 'deallocate', {}));
  if (lock.release.length) {
    push('\n', 'comment');
    comment(['the migration lock is released']);
    lock.release.forEach(statement);
  }
  return { text: text.join(''), chunks };
}
