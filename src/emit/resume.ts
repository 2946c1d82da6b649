import { createHash } from 'node:crypto';
import type { Renderer } from '../back/templates.js';
import type { Statement } from '../dialects/statement.js';
import { progressTable } from '../core/progress.js';

/**
 * Resumable MySQL/MariaDB scripts (docs/review.md, "Resumable runs").
 *
 * MySQL commits every DDL statement on its own, so a revision that fails halfway leaves its
 * earlier statements applied while the version table still names the revision before it. To
 * make such a run finish when it is run again, a guarded MySQL script records its progress in
 * the database itself, in a side table next to the version table (`<version table>_progress`):
 *
 * - Every revision starts with its own guard. The database must be at the rows the revision
 *   starts from (then the revision runs), or, while no revision of this run has run yet, at any
 *   other rows (then the revision is skipped: an earlier run applied it, or the database is not
 *   on this script's way at all, which the check at the end tells apart). Once a revision has
 *   run, every later one must find the rows the one before left, as before.
 * - Every statement of a revision that changes the database runs through a prepared statement,
 *   only when the revision runs, when its own progress row is missing and when the statement
 *   before it has its row. Right after it, `@@error_count` is read, and its progress row is
 *   written only when it ran without an error: a client that goes on after an error (`--force`)
 *   cannot record a failed statement as done, and so runs nothing more of the revision.
 * - The revision's version-table statements run only when every statement of the revision has its
 *   row; in the same transaction the revision's rows are deleted (only when the version table now
 *   holds the rows the revision leaves), so the side table never describes a finished revision.
 * - The script ends with a check that the database is at the rows the script ends at; it then
 *   drops the side table (it is empty), so a finished script leaves nothing behind.
 *
 * Rerunning the same script (or the same online command) after a failure or a kill therefore
 * skips the finished revisions, skips the statements of the interrupted revision that have their
 * rows, and runs the rest. Each row also carries the statement's hash (the first 16 hex digits
 * of the SHA-256 of its text): rows that do not belong to the revision about to run, or do not
 * match its statements, stop the script instead of being trusted.
 */

/** Templates whose statements are passed through unchanged inside a revision (session settings, the prepared-statement steps of a check). */
const PASS_THROUGH = new Set(['prepare', 'execute_prepared', 'deallocate', 'fk_checks_off', 'fk_checks_restore']);

/** What a statement of a revision is, for the resumable layout. */
export type StatementRole = 'pass' | 'check' | 'change';

/** A statement that prepares a check of its own (it sets @lbaas_q, which the statements after it prepare and execute). */
const CHECK_RE = /^SET @lbaas_q\b/;

export function roleOf(st: Statement): StatementRole {
  if (PASS_THROUGH.has(st.template)) return 'pass';
  if (CHECK_RE.test(st.sql)) return 'check';
  return 'change';
}

/** The first 16 hex digits of the SHA-256 of a statement's text: what a progress row says ran. */
export function statementHash(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex').slice(0, 16);
}

/** A progress row's op description: ASCII only (the table's character set may be utf8mb3), at most 255 characters. */
export function progressOpText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const ascii = text.replace(/[^\x20-\x7e]/g, '?');
  return ascii.length > 255 ? `${ascii.slice(0, 252)}...` : ascii;
}

/** One statement of a revision that changes the database, as the layout numbers it. */
export interface ChangeInfo {
  /** 1-based number within its revision. */
  number: number;
  sha: string;
  op: string;
}

const st = (r: Renderer, template: string, data: object): Statement => ({ sql: r.render(template, data), template });

export interface ResumeTexts {
  message_head: string;
  message_tail: string;
  base_text: string;
  lock_lost: string;
}

/** Builds the statements of a resumable MySQL script; the assembler calls it once per revision and once at the end. */
export class MysqlResume {
  readonly table: string;
  constructor(
    private readonly r: Renderer,
    readonly versionTable: string,
    private readonly readFound: () => Statement[],
    private readonly stopStatements: () => Statement[],
    private readonly texts: ResumeTexts,
    private readonly guardMessage: (heads: readonly string[]) => { head: string; tail: string },
  ) {
    this.table = progressTable(versionTable);
  }

  /** Session statements: the variables every guard reads start unset in a new session; GROUP_CONCAT may be long. */
  start(): Statement[] {
    return [st(this.r, 'resume_start', {})];
  }

  /** After the lock: the side table, unless the lock was not taken (then nothing may change). */
  create(): Statement[] {
    const { r } = this;
    return [
      st(r, 'resume_create', { create: r.render('resume_table_create', { table: this.table, pk_name: `${this.table}_pkc` }) }),
      st(r, 'prepare', {}),
      st(r, 'execute_prepared', {}),
      st(r, 'resume_fingerprint_prepare', { query: r.render('resume_fingerprint_query', {}) }),
    ];
  }

  /** The side table is dropped when it is empty and the session still holds the migration lock (at the end; or, `onStop`, when a guard stopped). */
  drop(onStop: boolean): Statement[] {
    const { r } = this;
    return [
      st(r, 'resume_drop', { table: this.table, on_stop: onStop, drop: `DROP TABLE IF EXISTS ${r.sql.ident(this.table)}` }),
      st(r, 'prepare', {}),
      st(r, 'execute_prepared', {}),
    ];
  }

  /** At the end: the fingerprint's prepared statement is released. */
  release(): Statement[] {
    return [st(this.r, 'resume_fingerprint_deallocate', {})];
  }

  /**
   * The guard at the start of a revision: read the version rows and the progress rows, decide
   * whether the revision runs, is skipped, or the script stops; on a stop, refuse the session
   * (as every guard does).
   */
  revisionGuard(revision: string, startRows: readonly string[], changes: readonly ChangeInfo[]): Statement[] {
    const { r } = this;
    const expected = [...startRows].sort().join(',');
    const m = this.guardMessage(startRows);
    const t = r.sql.ident(this.table);
    const rev = r.sql.ident('revision');
    const num = r.sql.ident('statement');
    const sha = r.sql.ident('sha');
    const own = changes.map((c) => r.sql.string(`${revision}:${c.number}:${c.sha}`)).join(', ') || "''";
    const readQuery =
      `SELECT COALESCE(SUM(CONCAT(${rev}, ':', ${num}, ':', ${sha}) NOT IN (${own})), 0), ` +
      `COALESCE(GROUP_CONCAT(CASE WHEN ${rev} = ${r.sql.string(revision)} AND ${r.sql.ident('done')} = 1 THEN ${num} END ORDER BY ${num} SEPARATOR ','), '') ` +
      `INTO @lbaas_alien, @lbaas_done FROM ${t}`;
    const alien =
      `lbaas-db-manage resume STOP: ${this.table} holds progress rows that are not of revision ${revision} as this script runs it ` +
      `(an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed`;
    return [
      ...this.readFound(),
      st(r, 'resume_read', { table: this.table, read_query: readQuery }),
      st(r, 'prepare', {}),
      st(r, 'execute_prepared', {}),
      // Three statements: MariaDB evaluates every value of one SET before it assigns any.
      st(r, 'resume_decide', { expected }),
      st(r, 'resume_decide_stop', { ...this.texts, message_head: m.head, message_tail: m.tail, alien }),
      st(r, 'resume_decide_on', {}),
      // A stop leaves no empty side table behind (nothing was changed); the stop releases the lock, so this runs once.
      ...this.drop(true),
      ...this.stopStatements(),
      st(r, 'resume_resuming', { text: `lbaas-db-manage: resuming ${revision}: statements that already ran (skipped): ` }),
    ];
  }

  /**
   * A statement that changes the database, run once: the schema of the tables it names is
   * fingerprinted first; a row marks it started (with that fingerprint) before it runs and done
   * after it ran without an error, in one transaction (a DDL statement commits the started row
   * itself). A row left started by a run that was killed while the statement ran tells, by
   * the fingerprint, whether it took effect (MySQL's DDL is atomic): if the schema changed it is
   * marked done, otherwise it runs again.
   */
  change(revision: string, s: Statement, c: ChangeInfo, total: number, previous: number | undefined, tables: readonly string[] | undefined): Statement[] {
    const { r } = this;
    const names = tables === undefined ? '*' : JSON.stringify([...new Set(tables)].sort());
    const row = { table: this.table, revision, number: c.number, total, sha: c.sha, op: c.op, took_effect: this.tookEffect(s.effect) };
    return [
      st(r, 'resume_fingerprint', { tables: names }),
      st(r, 'resume_fingerprint_execute', {}),
      {
        sql: r.render('resume_statement', { ...row, previous: previous ?? false, sql: s.sql }),
        template: s.template,
        ...(s.allowClientCommand !== undefined ? { allowClientCommand: s.allowClientCommand } : {}),
      },
      st(r, 'begin', {}),
      st(r, 'resume_begin', row),
      st(r, 'prepare', {}),
      st(r, 'execute_prepared', {}),
      st(r, 'resume_error', {}),
      st(r, 'resume_record', row),
      st(r, 'commit', {}),
    ];
  }

  /**
   * The condition under which a statement whose row was left started took effect: the schema of
   * its tables changed since it was started (so an operator's fix of something else cannot pass
   * for it, unless it changed these tables too) and the catalog shows what the statement makes
   * true. A statement without a known effect never passes: it runs again.
   */
  private tookEffect(effects: Statement['effect']): string {
    if (!effects?.length) return '0 = 1';
    const { r } = this;
    const facts = effects.map((e) => {
      const where = `TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ${r.sql.string(e.table)}`;
      const q =
        e.kind === 'table'
          ? `SELECT 1 FROM information_schema.TABLES WHERE ${where}`
          : e.kind === 'column'
            ? `SELECT 1 FROM information_schema.COLUMNS WHERE ${where} AND COLUMN_NAME = ${r.sql.string(e.column)}`
            : e.kind === 'index'
              ? `SELECT 1 FROM information_schema.STATISTICS WHERE ${where} AND INDEX_NAME = ${r.sql.string(e.name)}`
              : `SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE ${where} AND CONSTRAINT_NAME = ${r.sql.string(e.name)}`;
      return `${e.present ? '' : 'NOT '}EXISTS (${q})`;
    });
    return `${r.sql.ident('schema_before')} <> @lbaas_fp AND ${facts.join(' AND ')}`;
  }

  /**
   * A check that prepares its own statement (e.g. a foreign key's data check): run while the
   * statement it protects is not done; `untilStarted` (a name check before a drop): only while it
   * has no row at all (a drop that was started either took the name away or will fail on its own).
   */
  check(revision: string, s: Statement, protects: number | undefined, untilStarted = false): Statement {
    return {
      sql: this.r.render('resume_check', { table: this.table, revision, protects: protects ?? false, started: untilStarted, sql: s.sql }),
      template: s.template,
    };
  }

  /** The revision's version-table statements, once all its statements have their rows, and the clearing of those rows, in one transaction. */
  versions(revision: string, versions: readonly Statement[], total: number, afterRows: readonly string[]): Statement[] {
    const { r } = this;
    const out: Statement[] = [st(r, 'begin', {})];
    for (const v of versions) {
      out.push(
        { sql: r.render('resume_version', { table: this.table, revision, total, sql: v.sql }), template: v.template },
        st(r, 'prepare', {}),
        st(r, 'execute_prepared', {}),
      );
    }
    const clear = r.render('resume_clear_rows', { table: this.table, revision, version_table: this.versionTable, after: [...afterRows].sort().join(',') });
    out.push(st(r, 'resume_clear', { delete: clear }), st(r, 'prepare', {}), st(r, 'execute_prepared', {}), st(r, 'commit', {}));
    return out;
  }

  /**
   * The end of the script: the database must be at the rows the script ends at. A database no
   * revision of this run matched, and that is not at the end either, was never on the script's
   * way: the stop says so (nothing was changed). The side table, empty now, is dropped.
   */
  final(startRows: readonly string[], endRows: readonly string[]): Statement[] {
    const { r } = this;
    const start = this.guardMessage(startRows);
    const end = [...endRows].sort().join(',');
    const endText = end || this.texts.base_text;
    return [
      ...this.readFound(),
      st(r, 'resume_final', {
        expected: end,
        ...this.texts,
        message_head: start.head,
        message_tail: start.tail,
        unfinished_head: `lbaas-db-manage guard STOP: this script should have left the database at ${endText}, but it is at `,
        unfinished_tail:
          '; a revision did not finish (a client that goes on after an error skipped a statement): run the script again with a client that stops at the first error',
      }),
      ...this.drop(false),
      ...this.stopStatements(),
      st(r, 'resume_already', { text: `lbaas-db-manage: the database is already at ${endText}; nothing to do` }),
      ...this.release(),
    ];
  }
}
