-- lbaas-db-manage 0.1.0: upgrade kilo:liberty for mysql
-- 2 revisions: 3345facd0452 .. 130ebfdef43
-- version table: alembic_version_lbaas
-- MySQL commits each DDL statement: the version row is written right after each revision, so a failure leaves it at the last completed revision
-- services: stop them first: this range mixes expand and contract revisions (contract: 130ebfdef43)
-- lock waits: at most 5 s for each statement (lock_wait_timeout and innodb_lock_wait_timeout, --lock-timeout)
-- when a statement's lock wait runs out the script stops at the last completed revision; retry later
-- migration lock: waited for at most 60 s (--lock-wait-timeout), released at the end and when a guard stops
-- guard: checked before each revision; once one stops, the migration lock is released and the session refuses every later statement
-- resumable: each statement that changes the database runs once and is recorded in alembic_version_lbaas_progress; after a failure or a kill, run this same script again to finish
-- compiled offline from the revision files; no database was consulted

-- session: settings and the migration lock (released at the end, or as soon as a guard stops)
SET NAMES utf8mb4;
SET SESSION sql_mode = REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', '');
SET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;
SET @lbaas_lock = CONCAT('lbaas-db-manage:', LEFT(SHA2(CONCAT(COALESCE(DATABASE(), ''), '.', 'alembic_version_lbaas'), 256), 40));
SET @lbaas_stop = IF(GET_LOCK(@lbaas_lock, 60) = 1, '', 'lbaas-db-manage lock STOP: another migration of this database held the lock for 60 s; nothing was changed; retry later');
SET @lbaas_on = 0, @lbaas_run = 0, @lbaas_err = 0, SESSION group_concat_max_len = GREATEST(@@SESSION.group_concat_max_len, 16777216);

-- guard: stop here if the migration lock was not taken; each revision below checks the version table itself
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_stop = '', 'CREATE TABLE IF NOT EXISTS `alembic_version_lbaas_progress` (
    `revision` VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    `statement` INT NOT NULL,
    `statements` INT NOT NULL,
    `sha` CHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    `op` VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    `schema_before` CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    `done` TINYINT NOT NULL,
    CONSTRAINT `alembic_version_lbaas_progress_pkc` PRIMARY KEY (`revision`, `statement`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
PREPARE lbaas_fingerprint FROM 'SELECT IF(@lbaas_run = 0, '''', SHA2(COALESCE(GROUP_CONCAT(`x` ORDER BY `x` SEPARATOR '';''), ''''), 256)) INTO @lbaas_fp FROM (
    SELECT CONCAT_WS('','', ''column'', TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLLATION_NAME) AS `x` FROM information_schema.COLUMNS
        WHERE @lbaas_run = 1 AND TABLE_SCHEMA = DATABASE() AND (? = ''*'' OR JSON_CONTAINS(?, JSON_QUOTE(TABLE_NAME)))
    UNION ALL SELECT CONCAT_WS('','', ''index'', TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME, NON_UNIQUE) FROM information_schema.STATISTICS
        WHERE @lbaas_run = 1 AND TABLE_SCHEMA = DATABASE() AND (? = ''*'' OR JSON_CONTAINS(?, JSON_QUOTE(TABLE_NAME)))
    UNION ALL SELECT CONCAT_WS('','', ''constraint'', TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE) FROM information_schema.TABLE_CONSTRAINTS
        WHERE @lbaas_run = 1 AND TABLE_SCHEMA = DATABASE() AND (? = ''*'' OR JSON_CONTAINS(?, JSON_QUOTE(TABLE_NAME)))) AS `f`';

-- [1/2] upgrade 3345facd0452: Initial Liberty no-op expand script.
-- source: versions/liberty/expand/3345facd0452_initial.jsonc
-- guard: run this revision if the database is at kilo; skip it if an earlier run of this script applied it
-- 0 statements below change the database: each runs once and is recorded in alembic_version_lbaas_progress, so a rerun after a failure goes on where this run stopped
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_alien = NULL, @lbaas_done = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas_progress') = 0,
    'SET @lbaas_alien = 0, @lbaas_done = ''''',
    'SELECT COALESCE(SUM(CONCAT(`revision`, '':'', `statement`, '':'', `sha`) NOT IN ('''')), 0), COALESCE(GROUP_CONCAT(CASE WHEN `revision` = ''3345facd0452'' AND `done` = 1 THEN `statement` END ORDER BY `statement` SEPARATOR '',''), '''') INTO @lbaas_alien, @lbaas_done FROM `alembic_version_lbaas_progress`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('kilo' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 3345facd0452 as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at kilo, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_on = IF(@lbaas_run = 1 AND @lbaas_stop = '', 1, COALESCE(@lbaas_on, 0));
SET @lbaas_q = IF(@lbaas_stop <> '' AND COALESCE(IS_USED_LOCK(@lbaas_lock), 0) = CONNECTION_ID() AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress`), 'DROP TABLE IF EXISTS `alembic_version_lbaas_progress`', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming 3345facd0452: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[1/2] 3345facd0452 Initial Liberty no-op expand script.' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- (no schema changes on this dialect)
-- version table: kilo -> 3345facd0452, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '3345facd0452' AND `done` = 1) = 0,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''3345facd0452'' WHERE CAST(`version_num` AS BINARY) = CAST(''kilo'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''3345facd0452''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''3345facd0452'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [2/2] upgrade 130ebfdef43: Initial Liberty no-op contract revision.
-- source: versions/liberty/contract/130ebfdef43_initial.jsonc
-- guard: run this revision if the database is at 3345facd0452; skip it if an earlier run of this script applied it
-- 0 statements below change the database: each runs once and is recorded in alembic_version_lbaas_progress, so a rerun after a failure goes on where this run stopped
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_alien = NULL, @lbaas_done = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas_progress') = 0,
    'SET @lbaas_alien = 0, @lbaas_done = ''''',
    'SELECT COALESCE(SUM(CONCAT(`revision`, '':'', `statement`, '':'', `sha`) NOT IN ('''')), 0), COALESCE(GROUP_CONCAT(CASE WHEN `revision` = ''130ebfdef43'' AND `done` = 1 THEN `statement` END ORDER BY `statement` SEPARATOR '',''), '''') INTO @lbaas_alien, @lbaas_done FROM `alembic_version_lbaas_progress`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('3345facd0452' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 130ebfdef43 as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 3345facd0452, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_on = IF(@lbaas_run = 1 AND @lbaas_stop = '', 1, COALESCE(@lbaas_on, 0));
SET @lbaas_q = IF(@lbaas_stop <> '' AND COALESCE(IS_USED_LOCK(@lbaas_lock), 0) = CONNECTION_ID() AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress`), 'DROP TABLE IF EXISTS `alembic_version_lbaas_progress`', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming 130ebfdef43: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[2/2] 130ebfdef43 Initial Liberty no-op contract revision.' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- (no schema changes on this dialect)
-- version table: 3345facd0452 -> 130ebfdef43,3345facd0452, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '130ebfdef43' AND `done` = 1) = 0,
    'INSERT INTO `alembic_version_lbaas` (`version_num`) VALUES (''130ebfdef43'')', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''130ebfdef43''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''130ebfdef43,3345facd0452'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- guard: the database must now be at 130ebfdef43,3345facd0452; then the progress table, empty, is dropped
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('130ebfdef43,3345facd0452' AS BINARY) THEN ''
    WHEN COALESCE(@lbaas_on, 0) = 0 THEN CONCAT('lbaas-db-manage guard STOP: this script expects the database at kilo, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed')
    ELSE CONCAT('lbaas-db-manage guard STOP: this script should have left the database at 130ebfdef43,3345facd0452, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; a revision did not finish (a client that goes on after an error skipped a statement): run the script again with a client that stops at the first error') END;
SET @lbaas_q = IF(COALESCE(IS_USED_LOCK(@lbaas_lock), 0) = CONNECTION_ID() AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress`), 'DROP TABLE IF EXISTS `alembic_version_lbaas_progress`', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT 'lbaas-db-manage: the database is already at 130ebfdef43,3345facd0452; nothing to do' AS progress FROM DUAL WHERE @lbaas_stop = '' AND COALESCE(@lbaas_on, 0) = 0;
DEALLOCATE PREPARE lbaas_fingerprint;


-- the migration lock is released
DEALLOCATE PREPARE lbaas_stmt;
DO RELEASE_LOCK(@lbaas_lock);
