import type { Dialect } from '../core/dialect.js';
import type { Renderer } from '../back/templates.js';
import type { DroppedName, Statement } from '../dialects/statement.js';
import type { ScriptOptions } from './script.js';
import { MysqlResume } from './resume.js';
import type { ConcurrentIndex } from './compile.js';
import { caps } from '../dialects/registry.js';

/** Seconds each statement of a script waits, by default, for a table or row lock (services hold them) before the script stops. */
export const DEFAULT_LOCK_TIMEOUT = 5;
/** Seconds a script waits, by default, for the migration lock another run of a migration holds. */
export const DEFAULT_LOCK_WAIT_TIMEOUT = 60;
/** The longest wait either accepts, in seconds (a day). */
export const MAX_LOCK_TIMEOUT = 86_400;

/** PostgreSQL: the custom settings the guard keeps its stop in (a session lasts longer than a transaction). */
const PG_STOP_SETTING = 'lbaas_db_manage.stop';
const PG_HINT_SETTING = 'lbaas_db_manage.hint';
/** PostgreSQL: the search_path of a stopped session, a schema that does not exist: every unqualified name resolves to nothing. */
export const PG_POISON = '"lbaas-db-manage guard STOP: no schema"';

/** What to do after a lock wait ran out, in every stop message about locks. */
const RETRY = 'nothing was changed; retry later';

/** How a lock timeout is written for each engine: PostgreSQL in milliseconds, MySQL in whole seconds (at least 1). */
export function lockTimeoutText(seconds: number): { pg: string; mysql: number; shown: string } {
  const ms = Math.max(1, Math.round(seconds * 1000));
  return { pg: ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`, mysql: Math.max(1, Math.ceil(seconds)), shown: `${Number(seconds.toFixed(3))} s` };
}

export interface GuardSpec {
  versionTable: string;
  /** The heads the script starts from (sorted); empty = base. */
  expected: readonly string[];
  /** Include the in-script guard (and the concurrency lock). */
  guard: boolean;
  /** Include client directives (psql \set ON_ERROR_STOP, sqlite3 .bail on). */
  clientDirectives: boolean;
  /** Seconds each statement may wait for a lock (DEFAULT_LOCK_TIMEOUT when not given). */
  lockTimeout?: number;
  /** Seconds the script may wait for the migration lock (DEFAULT_LOCK_WAIT_TIMEOUT when not given). */
  lockWaitTimeout?: number;
}

/** How a database without revisions is named in guard messages. */
export const BASE_TEXT = 'base (no revision)';

/**
 * The guard's failure message, the same words on every engine:
 * `lbaas-db-manage guard STOP: this script expects the database at <expected>, but it is at <found>; nothing was changed`.
 * The found part is only known when the script runs, so the message comes in two halves.
 */
export function guardMessage(expected: readonly string[]): { head: string; tail: string; expectedText: string } {
  const expectedText = expected.length === 0 ? BASE_TEXT : [...expected].sort().join(',');
  return {
    head: `lbaas-db-manage guard STOP: this script expects the database at ${expectedText}, but it is at `,
    tail: '; nothing was changed',
    expectedText,
  };
}

/** The stop of a session whose migration lock is gone (an earlier stop of the script released it). */
export const LOCK_LOST = 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed';
/** SQLite: the stop of a guard or a COMMIT after an earlier guard of the script stopped. */
export const EARLIER_STOP = 'lbaas-db-manage guard STOP: an earlier guard of this script stopped it; nothing more was changed';

const st = (r: Renderer, template: string, data: object): Statement => ({ sql: r.render(template, data), template });

/** PostgreSQL: the advisory lock's key and where a stop is kept, for the templates that take, check and release the lock. */
export function pgStopData(versionTable: string): { key: string; stop_setting: string; hint_setting: string; poison: string } {
  return { key: `lbaas-db-manage:${versionTable}`, stop_setting: PG_STOP_SETTING, hint_setting: PG_HINT_SETTING, poison: PG_POISON };
}

/** The migration lock: the statements that take it (with a bounded wait) and release it; none on SQLite (BEGIN IMMEDIATE is its lock). */
export interface MigrationLock {
  take: Statement[];
  release: Statement[];
}

/**
 * The migration lock of the scripts that change a database (migrations and populate), keyed on
 * the version table, waited for at most `lockWaitTimeout` seconds (DEFAULT_LOCK_WAIT_TIMEOUT when
 * not given). A wait that runs out leaves the stop for the guard that follows (PostgreSQL: the
 * session setting, search_path poisoned; MySQL: @lbaas_stop), so nothing after it runs.
 */
export function migrationLock(dialect: Dialect, r: Renderer, versionTable: string, lockWaitTimeout?: number): MigrationLock {
  const wait = lockTimeoutText(lockWaitTimeout ?? DEFAULT_LOCK_WAIT_TIMEOUT);
  const lockMessage = `lbaas-db-manage lock STOP: another migration of this database held the lock for ${wait.shown}; ${RETRY}`;
  const style = caps(dialect).guard;
  if (style === 'do-block') {
    const common = pgStopData(versionTable);
    return {
      take: [
        st(r, 'lock', {
          ...common,
          lock_message: lockMessage,
          wait: wait.pg,
          lock_hint:
            'another session holds the migration lock (pg_locks shows it): retry when it has finished; this session refuses every later statement, so start a new one',
        }),
      ],
      release: [st(r, 'unlock', { key: common.key })],
    };
  }
  if (style === 'prepared') {
    // GET_LOCK names are server-wide: the name carries the database (hashed, as a database name may
    // have 64 characters and so may a lock's name; SHA2, as FIPS mode can disable MD5), so two
    // databases on one server never wait on each other.
    return {
      take: [st(r, 'lock_name', { key: 'lbaas-db-manage:', table: versionTable }), st(r, 'lock', { timeout: wait.mysql, lock_message: lockMessage })],
      release: [st(r, 'unlock', {})],
    };
  }
  return { take: [], release: [] };
}

/** What scriptSafety adds to a script. */
export type Safety = Pick<
  ScriptOptions,
  'guard' | 'preamble' | 'progress' | 'session' | 'recheck' | 'commitChecked' | 'epilogue' | 'settings' | 'startHeads' | 'resume' | 'nameChecks' | 'indexChecks'
>;

/** How each kind of dropped name is called in the names STOP message. */
const NAME_KIND: Record<DroppedName['kind'], string> = {
  foreignkey: 'foreign key',
  unique: 'unique constraint',
  check: 'check constraint',
  primary: 'primary key',
  index: 'index',
};

/** The start of the stops of the checks around an index built concurrently (PostgreSQL). */
export const INDEX_STOP = 'lbaas-db-manage index STOP:';

/** The start of every stop of a name check, on every engine. */
export const NAMES_STOP = 'lbaas-db-manage names STOP:';

/**
 * The words of a name check's stop, the same on every engine; the name the database uses
 * instead (`found_head` + its name + `found_tail`) is only known when the script runs:
 * `lbaas-db-manage names STOP: <table> has no <kind> named <name>, which revision <rev> drops;
 * the database names its <kind> over (<columns>) <other>: rename it to <name>, then run again;
 * nothing of this revision ran` (without another: `nor any <kind> over (<columns>): ...`).
 */
export function nameCheckTexts(
  d: DroppedName,
  revision: string,
): { head: string; found_head: string; found_tail: string; none_text: string; tail: string; what: string } {
  const what = d.kind === 'index' && d.unique ? 'unique index' : NAME_KIND[d.kind];
  const over = d.columns.length ? ` over (${d.columns.join(', ')})${d.refTable ? ` to ${d.refTable}` : ''}` : '';
  return {
    what,
    head: `${NAMES_STOP} ${d.table} has no ${what} named ${d.name}, which revision ${revision} drops; `,
    found_head: `the database names its ${what}${over} `,
    found_tail: `: rename it to ${d.name}, then run again`,
    none_text: `${over ? `nor any ${what}${over}: ` : ''}the table differs from the revision history; check it before running again`,
    tail: '; nothing of this revision ran',
  };
}

/**
 * The statements that make a script safe to run by hand, whatever the client does after an
 * error (docs/review.md, "The guard", explains each): a lock so two runs cannot interleave,
 * bounded lock waits, then a check that the database is at the revisions the script starts
 * from, repeated before every later revision with the rows that revision expects. When a check
 * (or the lock) fails, the session is first made to refuse every later statement, then the stop
 * is raised, so a client that goes on after the error ("continue on error", a rolled-back
 * statement, a pasted script) changes nothing:
 * - PostgreSQL: a DO block reads the version rows; on a mismatch it keeps the stop message in a
 *   custom setting, points search_path at a schema that does not exist (the script's names are
 *   unqualified: they all fail to resolve, and nothing can be created) and releases the advisory
 *   lock; a second DO block raises the stop. The first block succeeds, so a client that rolls
 *   back the failed statement (ON_ERROR_ROLLBACK) keeps the poisoned session.
 * - MySQL/MariaDB: the rows are read into a user variable; on a mismatch a prepared
 *   `SET SESSION TRANSACTION READ ONLY` makes the session refuse DDL and writes, the lock is
 *   released, and a prepared statement fails with the message (SIGNAL on MariaDB; on MySQL, which
 *   cannot prepare SIGNAL, a SET of an impossible session value whose error quotes it).
 * - SQLite: `PRAGMA query_only = 1` is set before each check; the check fails on a mismatch, and
 *   only when it passes do the statements after it on the same line (the shell runs a line's
 *   statements until one fails) turn query_only off, count the passed guard in a temporary table
 *   and, for the first, release the guard's savepoint. Each COMMIT shares a line with a check that
 *   every guard passed, so a stopped script never commits; the shell's exit rolls back.
 */
export function scriptSafety(dialect: Dialect, r: Renderer, g: GuardSpec): Safety {
  const expected = [...g.expected].sort().join(',');
  const msg = guardMessage(g.expected);
  const timeout = lockTimeoutText(g.lockTimeout ?? DEFAULT_LOCK_TIMEOUT);
  const wait = lockTimeoutText(g.lockWaitTimeout ?? DEFAULT_LOCK_WAIT_TIMEOUT);
  const preamble: string[] = [];
  const session: Statement[] = [];
  const guard: Statement[] = [];
  const epilogue: Statement[] = [];
  const settings: string[] = [];
  const style = caps(dialect).guard;
  const texts = { message_head: msg.head, message_tail: msg.tail, base_text: BASE_TEXT };
  let recheck: Safety['recheck'];
  let commitChecked: Safety['commitChecked'];
  let resume: Safety['resume'];
  let nameChecks: Safety['nameChecks'];
  let indexChecks: Safety['indexChecks'];
  if (g.clientDirectives && r.find('client_directives')) preamble.push(r.render('client_directives', {}));
  // The script is UTF-8 whatever the client's default character set (MySQL: utf8mb3 or latin1 on many installs;
  // psql sends the script's bytes as PGCLIENTENCODING (or the locale) says unless the script says UTF-8).
  session.push(...caps(dialect).sessionTemplates.map((t) => st(r, t, {})));
  if (style === 'do-block') {
    session.push(st(r, 'lock_timeout', { value: timeout.pg }));
    settings.push(
      `lock waits: at most ${timeout.shown} for each statement (lock_timeout, --lock-timeout); statement_timeout is left as the session has it`,
      "when a statement's lock wait runs out the script stops and the failed transaction rolls back; retry later",
    );
  } else if (style === 'prepared') {
    session.push(st(r, 'lock_timeout', { seconds: timeout.mysql }));
    settings.push(
      `lock waits: at most ${timeout.mysql} s for each statement (lock_wait_timeout and innodb_lock_wait_timeout, --lock-timeout)`,
      "when a statement's lock wait runs out the script stops at the last completed revision; retry later",
    );
  } else {
    settings.push(
      'lock waits: BEGIN IMMEDIATE takes the write lock; the sqlite3 shell waits for it as long as its busy timeout (none unless .timeout is given)',
    );
  }
  if (g.guard) {
    const lock = migrationLock(dialect, r, g.versionTable, g.lockWaitTimeout);
    session.push(...lock.take);
    if (style === 'do-block') {
      const common = pgStopData(g.versionTable);
      recheck = (heads) => {
        const m = guardMessage(heads);
        return [
          st(r, 'guard', {
            ...common,
            table: g.versionTable,
            table_ref: `"${g.versionTable}"`,
            expected: [...heads].sort().join(','),
            message_head: m.head,
            message_tail: m.tail,
            base_text: BASE_TEXT,
            lock_lost: LOCK_LOST,
            hint: 'compile the script for the revision the database is at (lbaas-db-manage current shows it); this session refuses every later statement (its search_path names no schema), so start a new one',
          }),
          st(r, 'guard_stop', common),
        ];
      };
      guard.push(...recheck(g.expected, 1));
      epilogue.push(...lock.release);
      nameChecks = (drops, revision) => [
        st(r, 'name_check', {
          ...common,
          checks: drops.map((d) => {
            const t = nameCheckTexts(d, revision);
            const rename =
              d.kind === 'index' ? `ALTER INDEX <its name> RENAME TO "${d.name}"` : `ALTER TABLE "${d.table}" RENAME CONSTRAINT <its name> TO "${d.name}"`;
            return {
              ...t,
              name: d.name,
              table_ref: `"${d.table}"`,
              columns: d.columns.map((column) => ({ column })),
              index: d.kind === 'index',
              unique: !!d.unique,
              contype: ({ foreignkey: 'f', unique: 'u', check: 'c', primary: 'p', index: '' } as const)[d.kind],
              ref_table_ref: d.refTable ? `"${d.refTable}"` : null,
              hint: `rename the ${t.what} to ${d.name} (${rename}), or, if the table has none, check it against the revision history; this session refuses every later statement (its search_path names no schema), so start a new one`,
            };
          }),
        }),
        st(r, 'guard_stop', common),
      ];
      const cols = (x: ConcurrentIndex) => `(${x.columns.join(', ')})`;
      const restart = 'this session refuses every later statement (its search_path names no schema), so start a new one';
      indexChecks = {
        leftover: (indexes, revision) => [
          st(r, 'index_leftover', {
            ...common,
            indexes: indexes.map((x) => ({
              ...x,
              name_ref: `"${x.name}"`,
              table_ref: `"${x.table}"`,
              message: `${INDEX_STOP} the database has a relation named ${x.name} that is not the ${x.unique ? 'unique ' : ''}index revision ${revision} builds on ${x.table} over ${cols(x)}; rename or drop it, then run again; nothing of this revision ran`,
              hint: `a half-built index of an earlier run of this revision (the same table and columns) would be dropped and built again; this relation is something else: find out what it is before renaming or dropping it; ${restart}`,
            })),
          }),
          st(r, 'guard_stop', common),
        ],
        valid: (indexes, revision) => [
          st(r, 'index_valid', {
            ...common,
            indexes: indexes.map((x) => ({
              ...x,
              name_ref: `"${x.name}"`,
              table_ref: `"${x.table}"`,
              message: `${INDEX_STOP} index ${x.name} on ${x.table} over ${cols(x)} is missing or not valid (its concurrent build did not finish); the version row of revision ${revision} was not written; run the script again: it drops the index and builds it again`,
              hint: `the build runs outside the revision's transaction and stopped (a lock wait, a cancel, or a row that breaks a unique index); ${restart}`,
            })),
          }),
          st(r, 'guard_stop', common),
        ],
      };
    } else if (style === 'prepared') {
      // PREPARE replaces the statement of the same name: one DEALLOCATE at the end is enough.
      const prepared = () => [st(r, 'prepare', {}), st(r, 'execute_prepared', {})];
      const q = r.sql.ident('version_num');
      // Ids compared and ordered by their bytes, as the compiler sorts them: the column's collation
      // ignores case, so 'ABCD0001' would pass for 'abcd0001' and 'a1,B1' sort as 'B1,a1' would not.
      const readQuery = `SELECT COALESCE(GROUP_CONCAT(${q} ORDER BY CAST(${q} AS BINARY) SEPARATOR ','), '') INTO @lbaas_found FROM ${r.sql.ident(g.versionTable)}`;
      const readFound = () => [st(r, 'guard_read', { table: g.versionTable, read_query: readQuery }), ...prepared()];
      const stopStatements = () => [st(r, 'guard_poison', {}), ...prepared(), st(r, 'guard_release', {}), st(r, 'guard_stop', {}), ...prepared()];
      recheck = (heads) => {
        const m = guardMessage(heads);
        return [
          ...readFound(),
          st(r, 'guard_check', {
            expected: [...heads].sort().join(','),
            message_head: m.head,
            message_tail: m.tail,
            base_text: BASE_TEXT,
            lock_lost: LOCK_LOST,
          }),
          ...stopStatements(),
        ];
      };
      guard.push(...recheck(g.expected, 1));
      resume = { layout: new MysqlResume(r, g.versionTable, readFound, stopStatements, { ...texts, lock_lost: LOCK_LOST }, guardMessage), headGuard: [] };
      resume.headGuard.push(...stopStatements(), ...resume.layout.create());
      session.push(...resume.layout.start());
      epilogue.push(st(r, 'deallocate', {}), ...lock.release);
      // One statement per name (each may later be skipped on its own), then one stop for them all.
      nameChecks = (drops, revision) => [
        ...drops.map((d) =>
          st(r, 'name_check', {
            ...nameCheckTexts(d, revision),
            table: d.table,
            name: d.name,
            column_list: d.columns.join(','),
            index: d.kind === 'index' || d.kind === 'unique',
            unique: d.kind === 'unique' || !!d.unique,
            constraint_type: d.kind === 'foreignkey' ? 'FOREIGN KEY' : 'CHECK',
            ref_table: d.refTable ?? null,
          }),
        ),
        st(r, 'guard_poison', {}),
        ...prepared(),
        st(r, 'guard_release', {}),
        st(r, 'guard_stop', {}),
        ...prepared(),
      ];
    } else {
      const check = (heads: readonly string[], n: number, release: boolean): Statement => {
        const m = guardMessage(heads);
        return st(r, 'guard_check', {
          table: g.versionTable,
          expected: [...heads].sort().join(','),
          message_head: m.head,
          message_tail: m.tail,
          base_text: BASE_TEXT,
          earlier_text: EARLIER_STOP,
          prior: n - 1,
          number: n,
          release,
        });
      };
      guard.push(st(r, 'guard_begin', {}));
      guard.push(st(r, 'version_table_create', { table: g.versionTable, pk_name: `${g.versionTable}_pkc` }));
      guard.push(st(r, 'guard_drop', {}));
      guard.push(st(r, 'guard_table', {}));
      guard.push(st(r, 'guard_poison', {}));
      guard.push(
        st(r, 'guard_report', {
          table: g.versionTable,
          expected,
          ...texts,
          ok_text: `lbaas-db-manage guard: the database is at ${msg.expectedText}, as this script expects`,
        }),
      );
      guard.push(check(g.expected, 1, true));
      recheck = (heads, n) => [st(r, 'guard_poison', {}), check(heads, n, false)];
      commitChecked = (guards) => st(r, 'commit_checked', { guards, message: EARLIER_STOP.replace('nothing more was changed', 'nothing was committed') });
    }
    if (style !== 'query-only')
      settings.push(
        `migration lock: waited for at most ${style === 'prepared' ? `${wait.mysql} s` : wait.shown} (--lock-wait-timeout), released at the end and when a guard stops`,
      );
    settings.push(
      style === 'query-only'
        ? 'guard: checked before the first revision and again before each later one; once one stops, every later statement fails (query_only) and nothing is committed'
        : style === 'prepared'
          ? 'guard: checked before each revision; once one stops, the migration lock is released and the session refuses every later statement'
          : 'guard: checked before the first revision and again before each later one; once one stops, the migration lock is released and the session refuses every later statement',
    );
  }
  return {
    preamble,
    session,
    guard,
    epilogue,
    settings,
    startHeads: g.expected,
    ...(recheck ? { recheck } : {}),
    ...(commitChecked ? { commitChecked } : {}),
    ...(resume ? { resume } : {}),
    ...(recheck ? { recheck } : {}),
    ...(commitChecked ? { commitChecked } : {}),
    ...(nameChecks ? { nameChecks } : {}),
    ...(indexChecks ? { indexChecks } : {}),
    progress: (i, n, id, message) => {
      const text = `[${i}/${n}] ${id} ${message}`;
      return r.render('progress', { text, tag: dollarTag('lbaas_progress', text) }) + ';';
    },
  };
}

/** A PostgreSQL dollar-quote tag that does not occur in `text`, so the text cannot close the quote. */
export function dollarTag(base: string, text: string): string {
  let tag = base;
  for (let n = 1; text.includes(`$${tag}$`); n++) tag = `${base}_${n}`;
  return tag;
}
