import type { ParserGap } from '../dialect-object.js';

/** MySQL and MariaDB: the same scripts up to the guard's failing statement, the same gaps. */
export const MYSQL_PARSER_GAPS: ParserGap[] = [
  { id: 'mysql-signal', match: /SIGNAL SQLSTATE/, reason: 'node-sql-parser has no stored-procedure bodies (SIGNAL)' },
  { id: 'mysql-procedure', match: /^(CREATE|DROP) PROCEDURE|^CALL |^DELIMITER /, reason: 'node-sql-parser has no stored procedures' },
  {
    id: 'mysql-prepared',
    match: /^(PREPARE \w+ FROM @\w+|EXECUTE \w+|DEALLOCATE PREPARE \w+)$/,
    reason: 'node-sql-parser has no PREPARE / EXECUTE / DEALLOCATE PREPARE (the guard and lock run their check this way)',
  },
  { id: 'mysql-set-names', match: /^SET NAMES utf8mb4$/, reason: 'node-sql-parser has no SET NAMES (the script sets its connection to UTF-8)' },
  {
    id: 'mysql-fk-checks-off',
    match: /^SET @lbaas_fk_checks = @@SESSION\.foreign_key_checks, SESSION foreign_key_checks = 0$/,
    reason: 'node-sql-parser has no SET of a SESSION variable next to a user variable (foreign_key_checks off for an online ADD FOREIGN KEY)',
  },
  {
    id: 'mysql-lock-timeout',
    match: /^SET SESSION lock_wait_timeout = \d+, SESSION innodb_lock_wait_timeout = \d+$/,
    reason: 'node-sql-parser has no SET SESSION of server variables (the script bounds its lock waits)',
  },
  {
    id: 'mysql-resume-session',
    match: /^SET @lbaas_on = 0, @lbaas_run = 0, @lbaas_err = 0, SESSION group_concat_max_len = /,
    reason: 'node-sql-parser has no SET SESSION of server variables (a resumable script lets GROUP_CONCAT build long lists)',
  },
  {
    id: 'mysql-resume-fingerprint',
    match: /^(PREPARE lbaas_fingerprint FROM '|EXECUTE lbaas_fingerprint USING (@lbaas_tables(, )?)+$)/,
    reason: 'node-sql-parser has no PREPARE / EXECUTE ... USING (a resumable script fingerprints the schema of the tables a statement names this way)',
  },
  {
    id: 'mysql-do',
    match: /^DO (IF\(@lbaas_stop = '', 0, )?RELEASE_LOCK\(@lbaas_lock\)\)?$/,
    reason: 'node-sql-parser has no DO (the migration lock is released this way)',
  },
];
