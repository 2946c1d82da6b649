import type { Dialect } from '../core/dialect.js';

/**
 * Statements node-sql-parser cannot parse although the engine accepts them.
 * Each is listed as "not verified" with its reason; nothing is skipped silently.
 * One table per dialect; keep the reasons specific.
 */
export interface ParserGap {
  id: string;
  match: RegExp;
  reason: string;
}

/** MySQL and MariaDB: the same scripts up to the guard's failing statement, the same gaps. */
const MYSQL_FAMILY: ParserGap[] = [
  { id: 'mysql-signal', match: /SIGNAL SQLSTATE/, reason: 'node-sql-parser has no stored-procedure bodies (SIGNAL)' },
  { id: 'mysql-procedure', match: /^(CREATE|DROP) PROCEDURE|^CALL |^DELIMITER /, reason: 'node-sql-parser has no stored procedures' },
  { id: 'mysql-prepared', match: /^(PREPARE \w+ FROM @\w+|EXECUTE \w+|DEALLOCATE PREPARE \w+)$/, reason: 'node-sql-parser has no PREPARE / EXECUTE / DEALLOCATE PREPARE (the guard and lock run their check this way)' },
  { id: 'mysql-set-names', match: /^SET NAMES utf8mb4$/, reason: 'node-sql-parser has no SET NAMES (the script sets its connection to UTF-8)' },
  { id: 'mysql-fk-checks-off', match: /^SET @lbaas_fk_checks = @@SESSION\.foreign_key_checks, SESSION foreign_key_checks = 0$/, reason: 'node-sql-parser has no SET of a SESSION variable next to a user variable (foreign_key_checks off for an online ADD FOREIGN KEY)' },
  { id: 'mysql-lock-timeout', match: /^SET SESSION lock_wait_timeout = \d+, SESSION innodb_lock_wait_timeout = \d+$/, reason: 'node-sql-parser has no SET SESSION of server variables (the script bounds its lock waits)' },
  { id: 'mysql-resume-session', match: /^SET @lbaas_on = 0, @lbaas_run = 0, @lbaas_err = 0, SESSION group_concat_max_len = /, reason: 'node-sql-parser has no SET SESSION of server variables (a resumable script lets GROUP_CONCAT build long lists)' },
  { id: 'mysql-resume-fingerprint', match: /^(PREPARE lbaas_fingerprint FROM '|EXECUTE lbaas_fingerprint USING (@lbaas_tables(, )?)+$)/, reason: 'node-sql-parser has no PREPARE / EXECUTE ... USING (a resumable script fingerprints the schema of the tables a statement names this way)' },
  { id: 'mysql-do', match: /^DO (IF\(@lbaas_stop = '', 0, )?RELEASE_LOCK\(@lbaas_lock\)\)?$/, reason: 'node-sql-parser has no DO (the migration lock is released this way)' },
];

export const PARSER_GAPS: Record<Dialect, ParserGap[]> = {
  postgresql: [
    { id: 'pg-rename-column', match: /^ALTER TABLE \S+ RENAME COLUMN /, reason: 'node-sql-parser has no PostgreSQL ALTER TABLE ... RENAME COLUMN' },
    { id: 'pg-alter-type-using', match: /^ALTER TABLE \S+ ALTER COLUMN \S+ TYPE "[^"]+"( USING .*)?$/s, reason: 'node-sql-parser cannot parse ALTER COLUMN TYPE to a user-defined (enum) type' },
    { id: 'pg-enum-column', match: /^CREATE TABLE[\s\S]* "[A-Za-z0-9_]+"( NOT NULL)?( DEFAULT [^,\n]+)?,?\n/, reason: 'node-sql-parser cannot parse columns of a user-defined (enum) type' },
    { id: 'pg-alter-enum-type', match: /^ALTER TYPE /, reason: 'node-sql-parser has no ALTER TYPE' },
    { id: 'pg-add-enum-column', match: /^ALTER TABLE \S+ ADD COLUMN \S+ "[A-Za-z0-9_]+"/, reason: 'node-sql-parser cannot parse columns of a user-defined (enum) type' },
    { id: 'pg-fk-not-valid', match: /^ALTER TABLE \S+ ADD CONSTRAINT \S+ FOREIGN KEY [^;]* NOT VALID$/, reason: 'node-sql-parser has no NOT VALID on ADD CONSTRAINT' },
    { id: 'pg-validate-constraint', match: /^ALTER TABLE \S+ VALIDATE CONSTRAINT \S+$/, reason: 'node-sql-parser has no ALTER TABLE ... VALIDATE CONSTRAINT' },
    { id: 'pg-do-block', match: /^DO \$/, reason: 'node-sql-parser has no PL/pgSQL DO blocks' },
    {
      id: 'pg-create-index-concurrently', match: /^CREATE (UNIQUE )?INDEX CONCURRENTLY IF NOT EXISTS "[A-Za-z0-9_]+" ON "[A-Za-z0-9_]+" \("[A-Za-z0-9_]+"(, "[A-Za-z0-9_]+")*\)$/,
      reason: 'node-sql-parser has no IF NOT EXISTS after CREATE INDEX CONCURRENTLY (--create-index-concurrently builds indexes this way)',
    },
    { id: 'psql-directive', match: /^\\/, reason: 'psql client directive, not SQL' },
  ],
  mysql: MYSQL_FAMILY,
  mariadb: MYSQL_FAMILY,
  sqlite: [
    { id: 'sqlite-tx', match: /^(BEGIN|COMMIT|ROLLBACK)( TRANSACTION| IMMEDIATE)?$/, reason: 'node-sql-parser has no SQLite transaction statements' },
    { id: 'sqlite-drop-index', match: /^DROP INDEX "[^"]+"$/, reason: 'node-sql-parser wants MySQL\'s DROP INDEX ... ON for SQLite' },
    { id: 'sqlite-pragma', match: /^PRAGMA /, reason: 'node-sql-parser has no PRAGMA' },
    { id: 'sqlite-savepoint', match: /^(SAVEPOINT|RELEASE) "[A-Za-z0-9_]+"$/, reason: 'node-sql-parser has no SAVEPOINT / RELEASE (the guard runs inside one)' },
    { id: 'sqlite-dot-command', match: /^\./, reason: 'sqlite3 client directive, not SQL' },
    {
      id: 'sqlite-guard-line', match: /^SELECT json_extract\('\{\}', [\s\S]*; (PRAGMA query_only = 0; INSERT INTO temp\."_lbaas_guard" \(n\) VALUES \(\d+\)(; RELEASE "lbaas_guard")?|COMMIT)$/,
      reason: 'the guard\'s check shares one line with the statements that run only when it passes (the shell runs them in turn until one fails); node-sql-parser reads one statement',
    },
  ],
};

/** The grammars tried per dialect, in order (MariaDB's grammar lacks ADD CONSTRAINT ... FOREIGN KEY; MySQL's has it). */
export const GRAMMARS: Record<Dialect, string[]> = {
  postgresql: ['PostgresQL'],
  mysql: ['MySQL'],
  mariadb: ['MariaDB', 'MySQL'],
  sqlite: ['sqlite'],
};
