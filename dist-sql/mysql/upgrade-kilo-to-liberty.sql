-- lbaas-db-manage 0.1.0: upgrade kilo:liberty for mysql
-- 2 revisions: 3345facd0452 .. 130ebfdef43
-- version table: alembic_version_lbaas
-- MySQL commits each DDL statement: the version row is written right after each revision, so a failure leaves it at the last completed revision
-- compiled offline from the revision files; no database was consulted

-- session: settings and the migration lock (held until the client disconnects)
SET NAMES utf8mb4;
SET SESSION sql_mode = REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', '');
SET @lbaas_q = IF(GET_LOCK(CONCAT('lbaas-db-manage:', LEFT(SHA2(CONCAT(COALESCE(DATABASE(), ''), '.', 'alembic_version_lbaas'), 256), 40)), 600) = 1, 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE('lbaas-db-manage lock STOP: another migration of this database has held the lock for 600 seconds; nothing was changed')));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DEALLOCATE PREPARE lbaas_stmt;

-- guard: stop here unless the database is at the expected starting revisions
SET @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DEALLOCATE PREPARE lbaas_stmt;
SET @lbaas_q = IF(CAST(@lbaas_found AS BINARY) = CAST('kilo' AS BINARY), 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(CONCAT('lbaas-db-manage guard STOP: this script expects the database at kilo, but it is at ', IF(@lbaas_found = '', 'base (no revision)', @lbaas_found), '; nothing was changed'))));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DEALLOCATE PREPARE lbaas_stmt;

-- [1/2] upgrade 3345facd0452: Initial Liberty no-op expand script.
-- source: versions/liberty/expand/3345facd0452_initial.jsonc
SELECT '[1/2] 3345facd0452 Initial Liberty no-op expand script.' AS progress;
-- (no schema changes on this dialect)
UPDATE `alembic_version_lbaas` SET `version_num` = '3345facd0452' WHERE CAST(`version_num` AS BINARY) = CAST('kilo' AS BINARY);

-- [2/2] upgrade 130ebfdef43: Initial Liberty no-op contract revision.
-- source: versions/liberty/contract/130ebfdef43_initial.jsonc
SELECT '[2/2] 130ebfdef43 Initial Liberty no-op contract revision.' AS progress;
-- (no schema changes on this dialect)
INSERT INTO `alembic_version_lbaas` (`version_num`) VALUES ('130ebfdef43');

