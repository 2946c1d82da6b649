-- lbaas-db-manage 0.1.0: upgrade newton:heads for mysql
-- 1 revision: c47fda60c1b8
-- version table: alembic_version_lbaas
-- MySQL commits each DDL statement: the version row is written right after each revision, so a failure leaves it at the last completed revision
-- services: can stay up (expand revisions only)
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

-- [1/1] upgrade c47fda60c1b8: Add LBaaS lookup tables
-- source: versions/ocata/expand/c47fda60c1b8_add_lbaas_lookup_tables.jsonc
-- guard: run this revision if the database is at 844352f9fe6f,e6417a8b114d; skip it if an earlier run of this script applied it
-- 9 statements below change the database: each runs once and is recorded in alembic_version_lbaas_progress, so a rerun after a failure goes on where this run stopped
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_alien = NULL, @lbaas_done = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas_progress') = 0,
    'SET @lbaas_alien = 0, @lbaas_done = ''''',
    'SELECT COALESCE(SUM(CONCAT(`revision`, '':'', `statement`, '':'', `sha`) NOT IN (''c47fda60c1b8:1:d504826959ac795f'', ''c47fda60c1b8:2:f9305e70644ee3df'', ''c47fda60c1b8:3:3de58bb44dce710b'', ''c47fda60c1b8:4:b7e2f7a0e9d61646'', ''c47fda60c1b8:5:f731e1e877d0dcfb'', ''c47fda60c1b8:6:c90953bd519743ff'', ''c47fda60c1b8:7:f613967df312a905'', ''c47fda60c1b8:8:0dda62b9476fb050'', ''c47fda60c1b8:9:a33345156bdb2b29'')), 0), COALESCE(GROUP_CONCAT(CASE WHEN `revision` = ''c47fda60c1b8'' AND `done` = 1 THEN `statement` END ORDER BY `statement` SEPARATOR '',''), '''') INTO @lbaas_alien, @lbaas_done FROM `alembic_version_lbaas_progress`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('844352f9fe6f,e6417a8b114d' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision c47fda60c1b8 as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 844352f9fe6f,e6417a8b114d, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
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
SELECT CONCAT('lbaas-db-manage: resuming c47fda60c1b8: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[1/1] c47fda60c1b8 Add LBaaS lookup tables' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] create_table lbaas_protocol
-- statement 1/9 of c47fda60c1b8
SET @lbaas_tables = '["lbaas_protocol"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'c47fda60c1b8' AND `statement` = 1
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_protocol')))),
    'CREATE TABLE `lbaas_protocol` (
    `name` VARCHAR(30) NOT NULL,
    `description` VARCHAR(255) NULL,
    PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'c47fda60c1b8', 1, 9, 'd504826959ac795f', 'upgrade[0] create_table lbaas_protocol', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'c47fda60c1b8' AND `statement` = 1 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_protocol')));
COMMIT;
-- upgrade[1] create_table lbaas_algorithm
-- statement 2/9 of c47fda60c1b8
SET @lbaas_tables = '["lbaas_algorithm"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'c47fda60c1b8' AND `statement` = 2
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_algorithm'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'c47fda60c1b8' AND `statement` = 1 AND `done` = 1),
    'CREATE TABLE `lbaas_algorithm` (
    `name` VARCHAR(30) NOT NULL,
    `description` VARCHAR(255) NULL,
    PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'c47fda60c1b8', 2, 9, 'f9305e70644ee3df', 'upgrade[1] create_table lbaas_algorithm', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'c47fda60c1b8' AND `statement` = 2 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_algorithm')));
COMMIT;
-- upgrade[2] create_table lbaas_session_persistence_type
-- statement 3/9 of c47fda60c1b8
SET @lbaas_tables = '["lbaas_session_persistence_type"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'c47fda60c1b8' AND `statement` = 3
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_session_persistence_type'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'c47fda60c1b8' AND `statement` = 2 AND `done` = 1),
    'CREATE TABLE `lbaas_session_persistence_type` (
    `name` VARCHAR(30) NOT NULL,
    `description` VARCHAR(255) NULL,
    PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'c47fda60c1b8', 3, 9, '3de58bb44dce710b', 'upgrade[2] create_table lbaas_session_persistence_type', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'c47fda60c1b8' AND `statement` = 3 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_session_persistence_type')));
COMMIT;
-- upgrade[3] create_table lbaas_provisioning_status
-- statement 4/9 of c47fda60c1b8
SET @lbaas_tables = '["lbaas_provisioning_status"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'c47fda60c1b8' AND `statement` = 4
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_provisioning_status'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'c47fda60c1b8' AND `statement` = 3 AND `done` = 1),
    'CREATE TABLE `lbaas_provisioning_status` (
    `name` VARCHAR(30) NOT NULL,
    `description` VARCHAR(255) NULL,
    PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'c47fda60c1b8', 4, 9, 'b7e2f7a0e9d61646', 'upgrade[3] create_table lbaas_provisioning_status', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'c47fda60c1b8' AND `statement` = 4 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_provisioning_status')));
COMMIT;
-- upgrade[4] create_table lbaas_operating_status
-- statement 5/9 of c47fda60c1b8
SET @lbaas_tables = '["lbaas_operating_status"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'c47fda60c1b8' AND `statement` = 5
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_operating_status'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'c47fda60c1b8' AND `statement` = 4 AND `done` = 1),
    'CREATE TABLE `lbaas_operating_status` (
    `name` VARCHAR(30) NOT NULL,
    `description` VARCHAR(255) NULL,
    PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'c47fda60c1b8', 5, 9, 'f731e1e877d0dcfb', 'upgrade[4] create_table lbaas_operating_status', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'c47fda60c1b8' AND `statement` = 5 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_operating_status')));
COMMIT;
-- upgrade[5] create_table lbaas_health_monitor_type
-- statement 6/9 of c47fda60c1b8
SET @lbaas_tables = '["lbaas_health_monitor_type"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'c47fda60c1b8' AND `statement` = 6
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_health_monitor_type'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'c47fda60c1b8' AND `statement` = 5 AND `done` = 1),
    'CREATE TABLE `lbaas_health_monitor_type` (
    `name` VARCHAR(30) NOT NULL,
    `description` VARCHAR(255) NULL,
    PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'c47fda60c1b8', 6, 9, 'c90953bd519743ff', 'upgrade[5] create_table lbaas_health_monitor_type', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'c47fda60c1b8' AND `statement` = 6 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_health_monitor_type')));
COMMIT;
-- upgrade[6] create_table lbaas_l7rule_type
-- statement 7/9 of c47fda60c1b8
SET @lbaas_tables = '["lbaas_l7rule_type"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'c47fda60c1b8' AND `statement` = 7
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7rule_type'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'c47fda60c1b8' AND `statement` = 6 AND `done` = 1),
    'CREATE TABLE `lbaas_l7rule_type` (
    `name` VARCHAR(30) NOT NULL,
    `description` VARCHAR(255) NULL,
    PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'c47fda60c1b8', 7, 9, 'f613967df312a905', 'upgrade[6] create_table lbaas_l7rule_type', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'c47fda60c1b8' AND `statement` = 7 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7rule_type')));
COMMIT;
-- upgrade[7] create_table lbaas_l7rule_compare_type
-- statement 8/9 of c47fda60c1b8
SET @lbaas_tables = '["lbaas_l7rule_compare_type"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'c47fda60c1b8' AND `statement` = 8
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7rule_compare_type'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'c47fda60c1b8' AND `statement` = 7 AND `done` = 1),
    'CREATE TABLE `lbaas_l7rule_compare_type` (
    `name` VARCHAR(30) NOT NULL,
    `description` VARCHAR(255) NULL,
    PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'c47fda60c1b8', 8, 9, '0dda62b9476fb050', 'upgrade[7] create_table lbaas_l7rule_compare_type', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'c47fda60c1b8' AND `statement` = 8 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7rule_compare_type')));
COMMIT;
-- upgrade[8] create_table lbaas_l7policy_action
-- statement 9/9 of c47fda60c1b8
SET @lbaas_tables = '["lbaas_l7policy_action"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'c47fda60c1b8' AND `statement` = 9
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7policy_action'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'c47fda60c1b8' AND `statement` = 8 AND `done` = 1),
    'CREATE TABLE `lbaas_l7policy_action` (
    `name` VARCHAR(30) NOT NULL,
    `description` VARCHAR(255) NULL,
    PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'c47fda60c1b8', 9, 9, 'a33345156bdb2b29', 'upgrade[8] create_table lbaas_l7policy_action', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'c47fda60c1b8' AND `statement` = 9 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7policy_action')));
COMMIT;
-- version table: 844352f9fe6f,e6417a8b114d -> c47fda60c1b8,e6417a8b114d, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = 'c47fda60c1b8' AND `done` = 1) = 9,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''c47fda60c1b8'' WHERE CAST(`version_num` AS BINARY) = CAST(''844352f9fe6f'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''c47fda60c1b8''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''c47fda60c1b8,e6417a8b114d'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- guard: the database must now be at c47fda60c1b8,e6417a8b114d; then the progress table, empty, is dropped
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('c47fda60c1b8,e6417a8b114d' AS BINARY) THEN ''
    WHEN COALESCE(@lbaas_on, 0) = 0 THEN CONCAT('lbaas-db-manage guard STOP: this script expects the database at 844352f9fe6f,e6417a8b114d, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed')
    ELSE CONCAT('lbaas-db-manage guard STOP: this script should have left the database at c47fda60c1b8,e6417a8b114d, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; a revision did not finish (a client that goes on after an error skipped a statement): run the script again with a client that stops at the first error') END;
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
SELECT 'lbaas-db-manage: the database is already at c47fda60c1b8,e6417a8b114d; nothing to do' AS progress FROM DUAL WHERE @lbaas_stop = '' AND COALESCE(@lbaas_on, 0) = 0;
DEALLOCATE PREPARE lbaas_fingerprint;


-- the migration lock is released
DEALLOCATE PREPARE lbaas_stmt;
DO RELEASE_LOCK(@lbaas_lock);
