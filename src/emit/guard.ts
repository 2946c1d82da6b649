import { family, type Dialect } from '../core/dialect.js';
import type { Renderer } from '../back/templates.js';
import type { Statement } from '../dialects/statement.js';
import type { ScriptOptions } from './script.js';

export interface GuardSpec {
  versionTable: string;
  /** The heads the script starts from (sorted); empty = base. */
  expected: readonly string[];
  /** Include the in-script guard (and the concurrency lock). */
  guard: boolean;
  /** Include client directives (psql \set ON_ERROR_STOP, sqlite3 .bail on). */
  clientDirectives: boolean;
}

/** How a database without revisions is named in guard messages. */
export const BASE_TEXT = 'base (no revision)';
/** Seconds a MySQL/MariaDB script waits for the migration lock before it stops. */
export const MYSQL_LOCK_TIMEOUT = 600;

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

const st = (r: Renderer, template: string, data: object): Statement => ({ sql: r.render(template, data), template });

/**
 * The statements that make a script safe to run by hand: a lock so two runs
 * cannot interleave, then a check that the database is at the revisions the
 * script starts from, which aborts before anything changes. Built from
 * templates per dialect (docs/review.md explains each):
 * - PostgreSQL: a session advisory lock, then a DO block that raises an
 *   exception naming the expected and found revisions (inside the script's
 *   transaction when there is one).
 * - MySQL/MariaDB: no procedures needed. A statement text is chosen with IF()
 *   and run with PREPARE/EXECUTE: a no-op when all is well, otherwise a
 *   statement that fails with the message (SIGNAL on MariaDB; on MySQL, which
 *   cannot prepare SIGNAL, a SET of an impossible session value whose error
 *   quotes the message). GET_LOCK, named after the database and the version
 *   table, serialises runs on one database.
 * - SQLite: inside a savepoint (so nothing persists when it stops), a row
 *   (expected, found) goes into a temporary table whose CHECK constraint
 *   requires found = expected; the constraint's name is the message, and a
 *   SELECT just before prints the found revisions. BEGIN IMMEDIATE is the lock.
 */
export function scriptSafety(dialect: Dialect, r: Renderer, g: GuardSpec): Pick<ScriptOptions, 'guard' | 'preamble' | 'progress' | 'session'> {
  const expected = [...g.expected].sort().join(',');
  const msg = guardMessage(g.expected);
  const key = `lbaas-db-manage:${g.versionTable}`;
  const preamble: string[] = [];
  const session: Statement[] = [];
  const guard: Statement[] = [];
  const fam = family(dialect);
  const texts = { message_head: msg.head, message_tail: msg.tail, base_text: BASE_TEXT };
  if (g.clientDirectives && r.find('client_directives')) preamble.push(r.render('client_directives', {}));
  // The script is UTF-8 whatever the client's default character set (utf8mb3 or latin1 on many installs).
  if (fam === 'mysql') session.push(st(r, 'charset', {}), st(r, 'session', {}));
  // PostgreSQL too: psql sends the script's bytes as PGCLIENTENCODING (or the locale) says unless the script says UTF-8.
  if (fam === 'postgresql') session.push(st(r, 'client_encoding', {}));
  if (g.guard) {
    if (fam === 'postgresql') {
      session.push(st(r, 'lock', { key }));
      guard.push(st(r, 'guard', {
        table: g.versionTable, table_ref: `"${g.versionTable}"`, expected, ...texts,
        hint: 'compile the script for the revision the database is at (lbaas-db-manage current shows it)',
      }));
    } else if (fam === 'mysql') {
      const prepared = [st(r, 'prepare', {}), st(r, 'execute_prepared', {}), st(r, 'deallocate', {})];
      // GET_LOCK names are server-wide: the name carries the database (hashed, as a database name may
      // have 64 characters and so may a lock's name; SHA2, as FIPS mode can disable MD5), so two
      // databases on one server never wait on each other.
      session.push(st(r, 'lock', {
        key: 'lbaas-db-manage:', table: g.versionTable, timeout: MYSQL_LOCK_TIMEOUT,
        lock_message: `lbaas-db-manage lock STOP: another migration of this database has held the lock for ${MYSQL_LOCK_TIMEOUT} seconds; nothing was changed`,
      }), ...prepared);
      const q = r.sql.ident('version_num');
      // Ids compared and ordered by their bytes, as the compiler sorts them: the column's collation
      // ignores case, so 'ABCD0001' would pass for 'abcd0001' and 'a1,B1' sort as 'B1,a1' would not.
      const readQuery = `SELECT COALESCE(GROUP_CONCAT(${q} ORDER BY CAST(${q} AS BINARY) SEPARATOR ','), '') INTO @lbaas_found FROM ${r.sql.ident(g.versionTable)}`;
      guard.push(st(r, 'guard_read', { table: g.versionTable, read_query: readQuery }), ...prepared);
      guard.push(st(r, 'guard_check', { expected, ...texts }), ...prepared);
    } else {
      guard.push(st(r, 'guard_begin', {}));
      guard.push(st(r, 'version_table_create', { table: g.versionTable, pk_name: `${g.versionTable}_pkc` }));
      guard.push(st(r, 'guard_drop', {}));
      guard.push(st(r, 'guard_table', { constraint: `lbaas-db-manage guard STOP: this script expects the database at ${msg.expectedText}${msg.tail}` }));
      guard.push(st(r, 'guard_report', {
        table: g.versionTable, expected, ...texts, ok_text: `lbaas-db-manage guard: the database is at ${msg.expectedText}, as this script expects`,
      }));
      guard.push(st(r, 'guard_check', { table: g.versionTable, expected }));
      guard.push(st(r, 'guard_end', {}));
    }
  }
  return {
    preamble, session, guard,
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
