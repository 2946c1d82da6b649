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

const st = (r: Renderer, template: string, data: object): Statement => ({ sql: r.render(template, data), template });

/**
 * The statements that make a script safe to run by hand: a lock so two runs
 * cannot interleave, then a check that the database is at the revisions the
 * script starts from, which aborts before anything changes. Built from
 * templates per dialect: a DO block on PostgreSQL, PREPARE of a failing
 * statement on MySQL/MariaDB (no procedures needed), a CHECK constraint on a
 * temporary table on SQLite.
 */
export function scriptSafety(dialect: Dialect, r: Renderer, g: GuardSpec): Pick<ScriptOptions, 'guard' | 'preamble' | 'progress' | 'session'> {
  const expected = [...g.expected].sort().join(',');
  const expectedText = expected === '' ? 'base (no revision)' : expected;
  const key = `lbaas-db-manage:${g.versionTable}`;
  const preamble: string[] = [];
  const session: Statement[] = [];
  const guard: Statement[] = [];
  const fam = family(dialect);
  if (g.clientDirectives && r.find('client_directives')) preamble.push(r.render('client_directives', {}));
  if (fam === 'mysql') session.push(st(r, 'session', {}));
  if (g.guard) {
    if (fam === 'postgresql') {
      session.push(st(r, 'lock', { key }));
      guard.push(st(r, 'guard', { table: g.versionTable, table_ref: `"${g.versionTable}"`, expected, expected_text: expectedText }));
    } else if (fam === 'mysql') {
      const prepared = [st(r, 'prepare', {}), st(r, 'execute_prepared', {}), st(r, 'deallocate', {})];
      session.push(st(r, 'lock', { key, lock_message: 'lbaas-db-manage STOP: another migration of this database has held the lock for 600 seconds' }), ...prepared);
      const q = r.sql.ident('version_num');
      const readQuery = `SELECT COALESCE(GROUP_CONCAT(${q} ORDER BY ${q} SEPARATOR ','), '') INTO @lbaas_found FROM ${r.sql.ident(g.versionTable)}`;
      guard.push(st(r, 'guard_read', { table: g.versionTable, read_query: readQuery }), ...prepared);
      guard.push(st(r, 'guard_check', { expected, message: `lbaas-db-manage guard STOP: this script expects the database at ${expectedText}, but it is at ` }), ...prepared);
    } else {
      guard.push(st(r, 'version_table_create', { table: g.versionTable, pk_name: `${g.versionTable}_pkc` }));
      guard.push(st(r, 'guard_table', {}));
      guard.push(st(r, 'guard_report', { table: g.versionTable, expected_text: expectedText }));
      guard.push(st(r, 'guard_check', { table: g.versionTable, expected }));
    }
  }
  return {
    preamble, session, guard,
    progress: (i, n, id, message) => r.render('progress', { text: `[${i}/${n}] ${id} ${message}` }) + ';',
  };
}
