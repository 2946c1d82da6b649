-- lbaas-db-manage 0.1.0: upgrade base:kilo for mysql
-- 8 revisions: start_neutron_lbaas .. kilo
-- version table: alembic_version_lbaas
-- MySQL commits each DDL statement: the version row is written right after each revision, so a failure leaves it at the last completed revision
-- services: stop them first (revisions from before the expand/contract branches: start_neutron_lbaas, lbaasv2, 4deef6d81931, 4b6d8d5310b8 and 4 more)
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

CREATE TABLE IF NOT EXISTS `alembic_version_lbaas` (
    `version_num` VARCHAR(32) NOT NULL,
    CONSTRAINT `alembic_version_lbaas_pkc` PRIMARY KEY (`version_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

-- [1/8] upgrade start_neutron_lbaas: start neutron-lbaas chain
-- source: versions/start_neutron_lbaas.jsonc
-- guard: run this revision if the database is at base; skip it if an earlier run of this script applied it
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
    'SELECT COALESCE(SUM(CONCAT(`revision`, '':'', `statement`, '':'', `sha`) NOT IN ('''')), 0), COALESCE(GROUP_CONCAT(CASE WHEN `revision` = ''start_neutron_lbaas'' AND `done` = 1 THEN `statement` END ORDER BY `statement` SEPARATOR '',''), '''') INTO @lbaas_alien, @lbaas_done FROM `alembic_version_lbaas_progress`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision start_neutron_lbaas as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at base (no revision), but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
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
SELECT CONCAT('lbaas-db-manage: resuming start_neutron_lbaas: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[1/8] start_neutron_lbaas start neutron-lbaas chain' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- (no schema changes on this dialect)
-- version table: base -> start_neutron_lbaas, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = 'start_neutron_lbaas' AND `done` = 1) = 0,
    'INSERT INTO `alembic_version_lbaas` (`version_num`) VALUES (''start_neutron_lbaas'')', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''start_neutron_lbaas''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''start_neutron_lbaas'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [2/8] upgrade lbaasv2: lbaas version 2 api
-- source: versions/lbaasv2.jsonc
-- guard: run this revision if the database is at start_neutron_lbaas; skip it if an earlier run of this script applied it
-- 7 statements below change the database: each runs once and is recorded in alembic_version_lbaas_progress, so a rerun after a failure goes on where this run stopped
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_alien = NULL, @lbaas_done = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas_progress') = 0,
    'SET @lbaas_alien = 0, @lbaas_done = ''''',
    'SELECT COALESCE(SUM(CONCAT(`revision`, '':'', `statement`, '':'', `sha`) NOT IN (''lbaasv2:1:9c8a3fac87d2ff73'', ''lbaasv2:2:7bfb2c39f74f5b07'', ''lbaasv2:3:4779fcaa8272c8d9'', ''lbaasv2:4:b9715861d47ee8d1'', ''lbaasv2:5:531c8cca31100678'', ''lbaasv2:6:55a169a03ff1f4a3'', ''lbaasv2:7:32a38b670278361d'')), 0), COALESCE(GROUP_CONCAT(CASE WHEN `revision` = ''lbaasv2'' AND `done` = 1 THEN `statement` END ORDER BY `statement` SEPARATOR '',''), '''') INTO @lbaas_alien, @lbaas_done FROM `alembic_version_lbaas_progress`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('start_neutron_lbaas' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision lbaasv2 as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at start_neutron_lbaas, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
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
SELECT CONCAT('lbaas-db-manage: resuming lbaasv2: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[2/8] lbaasv2 lbaas version 2 api' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] create_table lbaas_healthmonitors
-- statement 1/7 of lbaasv2
SET @lbaas_tables = '["lbaas_healthmonitors"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'lbaasv2' AND `statement` = 1
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors')))),
    'CREATE TABLE `lbaas_healthmonitors` (
    `tenant_id` VARCHAR(255) NULL,
    `id` VARCHAR(36) NOT NULL,
    `type` ENUM(''PING'', ''TCP'', ''HTTP'', ''HTTPS'') NOT NULL,
    `delay` INTEGER NOT NULL,
    `timeout` INTEGER NOT NULL,
    `max_retries` INTEGER NOT NULL,
    `http_method` VARCHAR(16) NULL,
    `url_path` VARCHAR(255) NULL,
    `expected_codes` VARCHAR(64) NULL,
    `status` VARCHAR(16) NOT NULL,
    `admin_state_up` BOOLEAN NOT NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'lbaasv2', 1, 7, '9c8a3fac87d2ff73', 'upgrade[0] create_table lbaas_healthmonitors', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'lbaasv2' AND `statement` = 1 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors')));
COMMIT;
-- upgrade[1] create_table lbaas_pools
-- statement 2/7 of lbaasv2
SET @lbaas_tables = '["lbaas_pools"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'lbaasv2' AND `statement` = 2
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'lbaasv2' AND `statement` = 1 AND `done` = 1),
    'CREATE TABLE `lbaas_pools` (
    `tenant_id` VARCHAR(255) NULL,
    `id` VARCHAR(36) NOT NULL,
    `name` VARCHAR(255) NULL,
    `description` VARCHAR(255) NULL,
    `protocol` ENUM(''HTTP'', ''HTTPS'', ''TCP'') NOT NULL,
    `lb_algorithm` ENUM(''ROUND_ROBIN'', ''LEAST_CONNECTIONS'', ''SOURCE_IP'') NOT NULL,
    `healthmonitor_id` VARCHAR(36) NULL,
    `status` VARCHAR(16) NOT NULL,
    `admin_state_up` BOOLEAN NOT NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `healthmonitor_id` UNIQUE (`healthmonitor_id`),
    CONSTRAINT `lbaas_pools_ibfk_1` FOREIGN KEY (`healthmonitor_id`) REFERENCES `lbaas_healthmonitors` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'lbaasv2', 2, 7, '7bfb2c39f74f5b07', 'upgrade[1] create_table lbaas_pools', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'lbaasv2' AND `statement` = 2 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools')));
COMMIT;
-- upgrade[2] create_table lbaas_sessionpersistences
-- statement 3/7 of lbaasv2
SET @lbaas_tables = '["lbaas_sessionpersistences"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'lbaasv2' AND `statement` = 3
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_sessionpersistences'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'lbaasv2' AND `statement` = 2 AND `done` = 1),
    'CREATE TABLE `lbaas_sessionpersistences` (
    `pool_id` VARCHAR(36) NOT NULL,
    `type` ENUM(''SOURCE_IP'', ''HTTP_COOKIE'', ''APP_COOKIE'') NOT NULL,
    `cookie_name` VARCHAR(1024) NULL,
    PRIMARY KEY (`pool_id`),
    CONSTRAINT `lbaas_sessionpersistences_ibfk_1` FOREIGN KEY (`pool_id`) REFERENCES `lbaas_pools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'lbaasv2', 3, 7, '4779fcaa8272c8d9', 'upgrade[2] create_table lbaas_sessionpersistences', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'lbaasv2' AND `statement` = 3 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_sessionpersistences')));
COMMIT;
-- upgrade[3] create_table lbaas_members
-- statement 4/7 of lbaasv2
SET @lbaas_tables = '["lbaas_members"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'lbaasv2' AND `statement` = 4
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'lbaasv2' AND `statement` = 3 AND `done` = 1),
    'CREATE TABLE `lbaas_members` (
    `tenant_id` VARCHAR(255) NULL,
    `id` VARCHAR(36) NOT NULL,
    `pool_id` VARCHAR(36) NOT NULL,
    `subnet_id` VARCHAR(36) NULL,
    `address` VARCHAR(64) NOT NULL,
    `protocol_port` INTEGER NOT NULL,
    `weight` INTEGER NULL,
    `status` VARCHAR(16) NOT NULL,
    `admin_state_up` BOOLEAN NOT NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `uniq_pool_address_port_v2` UNIQUE (`pool_id`, `address`, `protocol_port`),
    CONSTRAINT `lbaas_members_ibfk_1` FOREIGN KEY (`pool_id`) REFERENCES `lbaas_pools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'lbaasv2', 4, 7, 'b9715861d47ee8d1', 'upgrade[3] create_table lbaas_members', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'lbaasv2' AND `statement` = 4 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members')));
COMMIT;
-- upgrade[4] create_table lbaas_loadbalancers
-- statement 5/7 of lbaasv2
SET @lbaas_tables = '["lbaas_loadbalancers"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'lbaasv2' AND `statement` = 5
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'lbaasv2' AND `statement` = 4 AND `done` = 1),
    'CREATE TABLE `lbaas_loadbalancers` (
    `tenant_id` VARCHAR(255) NULL,
    `id` VARCHAR(36) NOT NULL,
    `name` VARCHAR(255) NULL,
    `description` VARCHAR(255) NULL,
    `vip_port_id` VARCHAR(36) NULL,
    `vip_subnet_id` VARCHAR(36) NOT NULL,
    `vip_address` VARCHAR(36) NULL,
    `status` VARCHAR(16) NOT NULL,
    `admin_state_up` BOOLEAN NOT NULL,
    PRIMARY KEY (`id`),
    INDEX `fk_lbaas_loadbalancers_ports_id` (`vip_port_id`),
    CONSTRAINT `fk_lbaas_loadbalancers_ports_id` FOREIGN KEY (`vip_port_id`) REFERENCES `ports` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'lbaasv2', 5, 7, '531c8cca31100678', 'upgrade[4] create_table lbaas_loadbalancers', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'lbaasv2' AND `statement` = 5 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers')));
COMMIT;
-- upgrade[5] create_table lbaas_listeners
-- statement 6/7 of lbaasv2
SET @lbaas_tables = '["lbaas_listeners"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'lbaasv2' AND `statement` = 6
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'lbaasv2' AND `statement` = 5 AND `done` = 1),
    'CREATE TABLE `lbaas_listeners` (
    `tenant_id` VARCHAR(255) NULL,
    `id` VARCHAR(36) NOT NULL,
    `name` VARCHAR(255) NULL,
    `description` VARCHAR(255) NULL,
    `protocol` ENUM(''HTTP'', ''HTTPS'', ''TCP'') NOT NULL,
    `protocol_port` INTEGER NOT NULL,
    `connection_limit` INTEGER NULL,
    `loadbalancer_id` VARCHAR(36) NULL,
    `default_pool_id` VARCHAR(36) NULL,
    `status` VARCHAR(16) NOT NULL,
    `admin_state_up` BOOLEAN NOT NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `default_pool_id` UNIQUE (`default_pool_id`),
    CONSTRAINT `uniq_loadbalancer_listener_port` UNIQUE (`loadbalancer_id`, `protocol_port`),
    CONSTRAINT `lbaas_listeners_ibfk_1` FOREIGN KEY (`loadbalancer_id`) REFERENCES `lbaas_loadbalancers` (`id`),
    CONSTRAINT `lbaas_listeners_ibfk_2` FOREIGN KEY (`default_pool_id`) REFERENCES `lbaas_pools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'lbaasv2', 6, 7, '55a169a03ff1f4a3', 'upgrade[5] create_table lbaas_listeners', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'lbaasv2' AND `statement` = 6 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners')));
COMMIT;
-- upgrade[6] create_table lbaas_loadbalancer_statistics
-- statement 7/7 of lbaasv2
SET @lbaas_tables = '["lbaas_loadbalancer_statistics"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'lbaasv2' AND `statement` = 7
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancer_statistics'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'lbaasv2' AND `statement` = 6 AND `done` = 1),
    'CREATE TABLE `lbaas_loadbalancer_statistics` (
    `loadbalancer_id` VARCHAR(36) NOT NULL,
    `bytes_in` BIGINT NOT NULL,
    `bytes_out` BIGINT NOT NULL,
    `active_connections` BIGINT NOT NULL,
    `total_connections` BIGINT NOT NULL,
    PRIMARY KEY (`loadbalancer_id`),
    CONSTRAINT `lbaas_loadbalancer_statistics_ibfk_1` FOREIGN KEY (`loadbalancer_id`) REFERENCES `lbaas_loadbalancers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'lbaasv2', 7, 7, '32a38b670278361d', 'upgrade[6] create_table lbaas_loadbalancer_statistics', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'lbaasv2' AND `statement` = 7 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancer_statistics')));
COMMIT;
-- version table: start_neutron_lbaas -> lbaasv2, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = 'lbaasv2' AND `done` = 1) = 7,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''lbaasv2'' WHERE CAST(`version_num` AS BINARY) = CAST(''start_neutron_lbaas'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''lbaasv2''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''lbaasv2'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [3/8] upgrade 4deef6d81931: add provisioning and operating statuses
-- source: versions/4deef6d81931_add_provisioning_and_operating_statuses.jsonc
-- guard: run this revision if the database is at lbaasv2; skip it if an earlier run of this script applied it
-- 14 statements below change the database: each runs once and is recorded in alembic_version_lbaas_progress, so a rerun after a failure goes on where this run stopped
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_alien = NULL, @lbaas_done = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas_progress') = 0,
    'SET @lbaas_alien = 0, @lbaas_done = ''''',
    'SELECT COALESCE(SUM(CONCAT(`revision`, '':'', `statement`, '':'', `sha`) NOT IN (''4deef6d81931:1:59712ad6388f9657'', ''4deef6d81931:2:7682b82605a40599'', ''4deef6d81931:3:7826d7b52624dfa7'', ''4deef6d81931:4:7495aba515ba7dc0'', ''4deef6d81931:5:125e47e7a1ae8c9c'', ''4deef6d81931:6:427bd1b520692fdd'', ''4deef6d81931:7:a40a46b8157a4bf3'', ''4deef6d81931:8:a904013b402bc8e1'', ''4deef6d81931:9:17fdc7e22df03bbd'', ''4deef6d81931:10:ec2c6b8b35c183ad'', ''4deef6d81931:11:8ec270f088ea2cb9'', ''4deef6d81931:12:1790b927196227bf'', ''4deef6d81931:13:b76d9a2d630c4fbb'', ''4deef6d81931:14:a9da8f65230817fe'')), 0), COALESCE(GROUP_CONCAT(CASE WHEN `revision` = ''4deef6d81931'' AND `done` = 1 THEN `statement` END ORDER BY `statement` SEPARATOR '',''), '''') INTO @lbaas_alien, @lbaas_done FROM `alembic_version_lbaas_progress`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('lbaasv2' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 4deef6d81931 as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at lbaasv2, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
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
SELECT CONCAT('lbaas-db-manage: resuming 4deef6d81931: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[3/8] 4deef6d81931 add provisioning and operating statuses' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] drop_column lbaas_loadbalancers.status
-- DESTRUCTIVE: drops column lbaas_loadbalancers.status and the values in it
-- statement 1/14 of 4deef6d81931
SET @lbaas_tables = '["lbaas_loadbalancers"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 1
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND COLUMN_NAME = 'status')))),
    'ALTER TABLE `lbaas_loadbalancers` DROP COLUMN `status`, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4deef6d81931', 1, 14, '59712ad6388f9657', 'upgrade[0] drop_column lbaas_loadbalancers.status', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4deef6d81931' AND `statement` = 1 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND COLUMN_NAME = 'status')));
COMMIT;
-- upgrade[1] add_column lbaas_loadbalancers.provisioning_status
-- statement 2/14 of 4deef6d81931
SET @lbaas_tables = '["lbaas_loadbalancers"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 2
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND COLUMN_NAME = 'provisioning_status'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 1 AND `done` = 1),
    'ALTER TABLE `lbaas_loadbalancers` ADD COLUMN `provisioning_status` VARCHAR(16) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4deef6d81931', 2, 14, '7682b82605a40599', 'upgrade[1] add_column lbaas_loadbalancers.provisioning_status', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4deef6d81931' AND `statement` = 2 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND COLUMN_NAME = 'provisioning_status')));
COMMIT;
-- upgrade[2] add_column lbaas_loadbalancers.operating_status
-- statement 3/14 of 4deef6d81931
SET @lbaas_tables = '["lbaas_loadbalancers"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 3
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND COLUMN_NAME = 'operating_status'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 2 AND `done` = 1),
    'ALTER TABLE `lbaas_loadbalancers` ADD COLUMN `operating_status` VARCHAR(16) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4deef6d81931', 3, 14, '7826d7b52624dfa7', 'upgrade[2] add_column lbaas_loadbalancers.operating_status', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4deef6d81931' AND `statement` = 3 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND COLUMN_NAME = 'operating_status')));
COMMIT;
-- upgrade[3] drop_column lbaas_listeners.status
-- DESTRUCTIVE: drops column lbaas_listeners.status and the values in it
-- statement 4/14 of 4deef6d81931
SET @lbaas_tables = '["lbaas_listeners"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 4
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND COLUMN_NAME = 'status'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 3 AND `done` = 1),
    'ALTER TABLE `lbaas_listeners` DROP COLUMN `status`, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4deef6d81931', 4, 14, '7495aba515ba7dc0', 'upgrade[3] drop_column lbaas_listeners.status', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4deef6d81931' AND `statement` = 4 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND COLUMN_NAME = 'status')));
COMMIT;
-- upgrade[4] add_column lbaas_listeners.provisioning_status
-- statement 5/14 of 4deef6d81931
SET @lbaas_tables = '["lbaas_listeners"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 5
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND COLUMN_NAME = 'provisioning_status'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 4 AND `done` = 1),
    'ALTER TABLE `lbaas_listeners` ADD COLUMN `provisioning_status` VARCHAR(16) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4deef6d81931', 5, 14, '125e47e7a1ae8c9c', 'upgrade[4] add_column lbaas_listeners.provisioning_status', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4deef6d81931' AND `statement` = 5 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND COLUMN_NAME = 'provisioning_status')));
COMMIT;
-- upgrade[5] add_column lbaas_listeners.operating_status
-- statement 6/14 of 4deef6d81931
SET @lbaas_tables = '["lbaas_listeners"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 6
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND COLUMN_NAME = 'operating_status'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 5 AND `done` = 1),
    'ALTER TABLE `lbaas_listeners` ADD COLUMN `operating_status` VARCHAR(16) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4deef6d81931', 6, 14, '427bd1b520692fdd', 'upgrade[5] add_column lbaas_listeners.operating_status', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4deef6d81931' AND `statement` = 6 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND COLUMN_NAME = 'operating_status')));
COMMIT;
-- upgrade[6] drop_column lbaas_pools.status
-- DESTRUCTIVE: drops column lbaas_pools.status and the values in it
-- statement 7/14 of 4deef6d81931
SET @lbaas_tables = '["lbaas_pools"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 7
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND COLUMN_NAME = 'status'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 6 AND `done` = 1),
    'ALTER TABLE `lbaas_pools` DROP COLUMN `status`, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4deef6d81931', 7, 14, 'a40a46b8157a4bf3', 'upgrade[6] drop_column lbaas_pools.status', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4deef6d81931' AND `statement` = 7 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND COLUMN_NAME = 'status')));
COMMIT;
-- upgrade[7] add_column lbaas_pools.provisioning_status
-- statement 8/14 of 4deef6d81931
SET @lbaas_tables = '["lbaas_pools"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 8
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND COLUMN_NAME = 'provisioning_status'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 7 AND `done` = 1),
    'ALTER TABLE `lbaas_pools` ADD COLUMN `provisioning_status` VARCHAR(16) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4deef6d81931', 8, 14, 'a904013b402bc8e1', 'upgrade[7] add_column lbaas_pools.provisioning_status', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4deef6d81931' AND `statement` = 8 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND COLUMN_NAME = 'provisioning_status')));
COMMIT;
-- upgrade[8] add_column lbaas_pools.operating_status
-- statement 9/14 of 4deef6d81931
SET @lbaas_tables = '["lbaas_pools"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 9
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND COLUMN_NAME = 'operating_status'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 8 AND `done` = 1),
    'ALTER TABLE `lbaas_pools` ADD COLUMN `operating_status` VARCHAR(16) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4deef6d81931', 9, 14, '17fdc7e22df03bbd', 'upgrade[8] add_column lbaas_pools.operating_status', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4deef6d81931' AND `statement` = 9 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND COLUMN_NAME = 'operating_status')));
COMMIT;
-- upgrade[9] drop_column lbaas_members.status
-- DESTRUCTIVE: drops column lbaas_members.status and the values in it
-- statement 10/14 of 4deef6d81931
SET @lbaas_tables = '["lbaas_members"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 10
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members' AND COLUMN_NAME = 'status'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 9 AND `done` = 1),
    'ALTER TABLE `lbaas_members` DROP COLUMN `status`, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4deef6d81931', 10, 14, 'ec2c6b8b35c183ad', 'upgrade[9] drop_column lbaas_members.status', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4deef6d81931' AND `statement` = 10 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members' AND COLUMN_NAME = 'status')));
COMMIT;
-- upgrade[10] add_column lbaas_members.provisioning_status
-- statement 11/14 of 4deef6d81931
SET @lbaas_tables = '["lbaas_members"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 11
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members' AND COLUMN_NAME = 'provisioning_status'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 10 AND `done` = 1),
    'ALTER TABLE `lbaas_members` ADD COLUMN `provisioning_status` VARCHAR(16) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4deef6d81931', 11, 14, '8ec270f088ea2cb9', 'upgrade[10] add_column lbaas_members.provisioning_status', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4deef6d81931' AND `statement` = 11 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members' AND COLUMN_NAME = 'provisioning_status')));
COMMIT;
-- upgrade[11] add_column lbaas_members.operating_status
-- statement 12/14 of 4deef6d81931
SET @lbaas_tables = '["lbaas_members"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 12
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members' AND COLUMN_NAME = 'operating_status'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 11 AND `done` = 1),
    'ALTER TABLE `lbaas_members` ADD COLUMN `operating_status` VARCHAR(16) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4deef6d81931', 12, 14, '1790b927196227bf', 'upgrade[11] add_column lbaas_members.operating_status', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4deef6d81931' AND `statement` = 12 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members' AND COLUMN_NAME = 'operating_status')));
COMMIT;
-- upgrade[12] drop_column lbaas_healthmonitors.status
-- DESTRUCTIVE: drops column lbaas_healthmonitors.status and the values in it
-- statement 13/14 of 4deef6d81931
SET @lbaas_tables = '["lbaas_healthmonitors"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 13
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors' AND COLUMN_NAME = 'status'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 12 AND `done` = 1),
    'ALTER TABLE `lbaas_healthmonitors` DROP COLUMN `status`, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4deef6d81931', 13, 14, 'b76d9a2d630c4fbb', 'upgrade[12] drop_column lbaas_healthmonitors.status', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4deef6d81931' AND `statement` = 13 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors' AND COLUMN_NAME = 'status')));
COMMIT;
-- upgrade[13] add_column lbaas_healthmonitors.provisioning_status
-- statement 14/14 of 4deef6d81931
SET @lbaas_tables = '["lbaas_healthmonitors"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 14
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors' AND COLUMN_NAME = 'provisioning_status'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `statement` = 13 AND `done` = 1),
    'ALTER TABLE `lbaas_healthmonitors` ADD COLUMN `provisioning_status` VARCHAR(16) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4deef6d81931', 14, 14, 'a9da8f65230817fe', 'upgrade[13] add_column lbaas_healthmonitors.provisioning_status', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4deef6d81931' AND `statement` = 14 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors' AND COLUMN_NAME = 'provisioning_status')));
COMMIT;
-- version table: lbaasv2 -> 4deef6d81931, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '4deef6d81931' AND `done` = 1) = 14,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''4deef6d81931'' WHERE CAST(`version_num` AS BINARY) = CAST(''lbaasv2'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''4deef6d81931''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''4deef6d81931'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [4/8] upgrade 4b6d8d5310b8: add_index_tenant_id
-- source: versions/4b6d8d5310b8_add_index_tenant_id.jsonc
-- guard: run this revision if the database is at 4deef6d81931; skip it if an earlier run of this script applied it
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
    'SELECT COALESCE(SUM(CONCAT(`revision`, '':'', `statement`, '':'', `sha`) NOT IN (''4b6d8d5310b8:1:da8f6a20160bc133'', ''4b6d8d5310b8:2:91d36048a7ee9e74'', ''4b6d8d5310b8:3:94563fba90c51d9a'', ''4b6d8d5310b8:4:c611d3e58090d602'', ''4b6d8d5310b8:5:b77b415c3c6dba5c'', ''4b6d8d5310b8:6:f121092ce0e92f73'', ''4b6d8d5310b8:7:ad396b128f43cc53'', ''4b6d8d5310b8:8:786c18125bbc4669'', ''4b6d8d5310b8:9:4032bb7e7e33e318'')), 0), COALESCE(GROUP_CONCAT(CASE WHEN `revision` = ''4b6d8d5310b8'' AND `done` = 1 THEN `statement` END ORDER BY `statement` SEPARATOR '',''), '''') INTO @lbaas_alien, @lbaas_done FROM `alembic_version_lbaas_progress`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('4deef6d81931' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 4b6d8d5310b8 as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 4deef6d81931, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
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
SELECT CONCAT('lbaas-db-manage: resuming 4b6d8d5310b8: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[4/8] 4b6d8d5310b8 add_index_tenant_id' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] create_index lbaas_members (ix_lbaas_members_tenant_id)
-- statement 1/9 of 4b6d8d5310b8
SET @lbaas_tables = '["lbaas_members"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b6d8d5310b8' AND `statement` = 1
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members' AND INDEX_NAME = 'ix_lbaas_members_tenant_id')))),
    'CREATE INDEX `ix_lbaas_members_tenant_id` ON `lbaas_members` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b6d8d5310b8', 1, 9, 'da8f6a20160bc133', 'upgrade[0] create_index lbaas_members (ix_lbaas_members_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b6d8d5310b8' AND `statement` = 1 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members' AND INDEX_NAME = 'ix_lbaas_members_tenant_id')));
COMMIT;
-- upgrade[1] create_index lbaas_healthmonitors (ix_lbaas_healthmonitors_tenant_id)
-- statement 2/9 of 4b6d8d5310b8
SET @lbaas_tables = '["lbaas_healthmonitors"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b6d8d5310b8' AND `statement` = 2
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors' AND INDEX_NAME = 'ix_lbaas_healthmonitors_tenant_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b6d8d5310b8' AND `statement` = 1 AND `done` = 1),
    'CREATE INDEX `ix_lbaas_healthmonitors_tenant_id` ON `lbaas_healthmonitors` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b6d8d5310b8', 2, 9, '91d36048a7ee9e74', 'upgrade[1] create_index lbaas_healthmonitors (ix_lbaas_healthmonitors_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b6d8d5310b8' AND `statement` = 2 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors' AND INDEX_NAME = 'ix_lbaas_healthmonitors_tenant_id')));
COMMIT;
-- upgrade[2] create_index lbaas_pools (ix_lbaas_pools_tenant_id)
-- statement 3/9 of 4b6d8d5310b8
SET @lbaas_tables = '["lbaas_pools"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b6d8d5310b8' AND `statement` = 3
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND INDEX_NAME = 'ix_lbaas_pools_tenant_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b6d8d5310b8' AND `statement` = 2 AND `done` = 1),
    'CREATE INDEX `ix_lbaas_pools_tenant_id` ON `lbaas_pools` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b6d8d5310b8', 3, 9, '94563fba90c51d9a', 'upgrade[2] create_index lbaas_pools (ix_lbaas_pools_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b6d8d5310b8' AND `statement` = 3 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND INDEX_NAME = 'ix_lbaas_pools_tenant_id')));
COMMIT;
-- upgrade[3] create_index lbaas_loadbalancers (ix_lbaas_loadbalancers_tenant_id)
-- statement 4/9 of 4b6d8d5310b8
SET @lbaas_tables = '["lbaas_loadbalancers"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b6d8d5310b8' AND `statement` = 4
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND INDEX_NAME = 'ix_lbaas_loadbalancers_tenant_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b6d8d5310b8' AND `statement` = 3 AND `done` = 1),
    'CREATE INDEX `ix_lbaas_loadbalancers_tenant_id` ON `lbaas_loadbalancers` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b6d8d5310b8', 4, 9, 'c611d3e58090d602', 'upgrade[3] create_index lbaas_loadbalancers (ix_lbaas_loadbalancers_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b6d8d5310b8' AND `statement` = 4 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND INDEX_NAME = 'ix_lbaas_loadbalancers_tenant_id')));
COMMIT;
-- upgrade[4] create_index lbaas_listeners (ix_lbaas_listeners_tenant_id)
-- statement 5/9 of 4b6d8d5310b8
SET @lbaas_tables = '["lbaas_listeners"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b6d8d5310b8' AND `statement` = 5
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND INDEX_NAME = 'ix_lbaas_listeners_tenant_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b6d8d5310b8' AND `statement` = 4 AND `done` = 1),
    'CREATE INDEX `ix_lbaas_listeners_tenant_id` ON `lbaas_listeners` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b6d8d5310b8', 5, 9, 'b77b415c3c6dba5c', 'upgrade[4] create_index lbaas_listeners (ix_lbaas_listeners_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b6d8d5310b8' AND `statement` = 5 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND INDEX_NAME = 'ix_lbaas_listeners_tenant_id')));
COMMIT;
-- upgrade[5] create_index vips (ix_vips_tenant_id)
-- statement 6/9 of 4b6d8d5310b8
SET @lbaas_tables = '["vips"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b6d8d5310b8' AND `statement` = 6
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vips' AND INDEX_NAME = 'ix_vips_tenant_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b6d8d5310b8' AND `statement` = 5 AND `done` = 1),
    'CREATE INDEX `ix_vips_tenant_id` ON `vips` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b6d8d5310b8', 6, 9, 'f121092ce0e92f73', 'upgrade[5] create_index vips (ix_vips_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b6d8d5310b8' AND `statement` = 6 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vips' AND INDEX_NAME = 'ix_vips_tenant_id')));
COMMIT;
-- upgrade[6] create_index members (ix_members_tenant_id)
-- statement 7/9 of 4b6d8d5310b8
SET @lbaas_tables = '["members"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b6d8d5310b8' AND `statement` = 7
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'members' AND INDEX_NAME = 'ix_members_tenant_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b6d8d5310b8' AND `statement` = 6 AND `done` = 1),
    'CREATE INDEX `ix_members_tenant_id` ON `members` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b6d8d5310b8', 7, 9, 'ad396b128f43cc53', 'upgrade[6] create_index members (ix_members_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b6d8d5310b8' AND `statement` = 7 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'members' AND INDEX_NAME = 'ix_members_tenant_id')));
COMMIT;
-- upgrade[7] create_index pools (ix_pools_tenant_id)
-- statement 8/9 of 4b6d8d5310b8
SET @lbaas_tables = '["pools"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b6d8d5310b8' AND `statement` = 8
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'pools' AND INDEX_NAME = 'ix_pools_tenant_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b6d8d5310b8' AND `statement` = 7 AND `done` = 1),
    'CREATE INDEX `ix_pools_tenant_id` ON `pools` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b6d8d5310b8', 8, 9, '786c18125bbc4669', 'upgrade[7] create_index pools (ix_pools_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b6d8d5310b8' AND `statement` = 8 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'pools' AND INDEX_NAME = 'ix_pools_tenant_id')));
COMMIT;
-- upgrade[8] create_index healthmonitors (ix_healthmonitors_tenant_id)
-- statement 9/9 of 4b6d8d5310b8
SET @lbaas_tables = '["healthmonitors"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b6d8d5310b8' AND `statement` = 9
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'healthmonitors' AND INDEX_NAME = 'ix_healthmonitors_tenant_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b6d8d5310b8' AND `statement` = 8 AND `done` = 1),
    'CREATE INDEX `ix_healthmonitors_tenant_id` ON `healthmonitors` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b6d8d5310b8', 9, 9, '4032bb7e7e33e318', 'upgrade[8] create_index healthmonitors (ix_healthmonitors_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b6d8d5310b8' AND `statement` = 9 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'healthmonitors' AND INDEX_NAME = 'ix_healthmonitors_tenant_id')));
COMMIT;
-- version table: 4deef6d81931 -> 4b6d8d5310b8, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b6d8d5310b8' AND `done` = 1) = 9,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''4b6d8d5310b8'' WHERE CAST(`version_num` AS BINARY) = CAST(''4deef6d81931'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''4b6d8d5310b8''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''4b6d8d5310b8'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [5/8] upgrade 364f9b6064f0: agentv2
-- source: versions/364f9b6064f0_agentv2.jsonc
-- guard: run this revision if the database is at 4b6d8d5310b8; skip it if an earlier run of this script applied it
-- 1 statement below change the database: each runs once and is recorded in alembic_version_lbaas_progress, so a rerun after a failure goes on where this run stopped
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_alien = NULL, @lbaas_done = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas_progress') = 0,
    'SET @lbaas_alien = 0, @lbaas_done = ''''',
    'SELECT COALESCE(SUM(CONCAT(`revision`, '':'', `statement`, '':'', `sha`) NOT IN (''364f9b6064f0:1:443fdb526cb5ff4f'')), 0), COALESCE(GROUP_CONCAT(CASE WHEN `revision` = ''364f9b6064f0'' AND `done` = 1 THEN `statement` END ORDER BY `statement` SEPARATOR '',''), '''') INTO @lbaas_alien, @lbaas_done FROM `alembic_version_lbaas_progress`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('4b6d8d5310b8' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 364f9b6064f0 as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 4b6d8d5310b8, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
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
SELECT CONCAT('lbaas-db-manage: resuming 364f9b6064f0: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[5/8] 364f9b6064f0 agentv2' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] create_table lbaas_loadbalanceragentbindings
-- statement 1/1 of 364f9b6064f0
SET @lbaas_tables = '["lbaas_loadbalanceragentbindings"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '364f9b6064f0' AND `statement` = 1
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalanceragentbindings')))),
    'CREATE TABLE `lbaas_loadbalanceragentbindings` (
    `loadbalancer_id` VARCHAR(36) NOT NULL,
    `agent_id` VARCHAR(36) NOT NULL,
    PRIMARY KEY (`loadbalancer_id`),
    INDEX `agent_id` (`agent_id`),
    CONSTRAINT `lbaas_loadbalanceragentbindings_ibfk_1` FOREIGN KEY (`loadbalancer_id`) REFERENCES `lbaas_loadbalancers` (`id`) ON DELETE CASCADE,
    CONSTRAINT `lbaas_loadbalanceragentbindings_ibfk_2` FOREIGN KEY (`agent_id`) REFERENCES `agents` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '364f9b6064f0', 1, 1, '443fdb526cb5ff4f', 'upgrade[0] create_table lbaas_loadbalanceragentbindings', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '364f9b6064f0' AND `statement` = 1 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalanceragentbindings')));
COMMIT;
-- version table: 4b6d8d5310b8 -> 364f9b6064f0, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '364f9b6064f0' AND `done` = 1) = 1,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''364f9b6064f0'' WHERE CAST(`version_num` AS BINARY) = CAST(''4b6d8d5310b8'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''364f9b6064f0''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''364f9b6064f0'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [6/8] upgrade lbaasv2_tls: lbaasv2 TLS
-- source: versions/lbaasv2_tls.jsonc
-- guard: run this revision if the database is at 364f9b6064f0; skip it if an earlier run of this script applied it
-- 3 statements below change the database: each runs once and is recorded in alembic_version_lbaas_progress, so a rerun after a failure goes on where this run stopped
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_alien = NULL, @lbaas_done = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas_progress') = 0,
    'SET @lbaas_alien = 0, @lbaas_done = ''''',
    'SELECT COALESCE(SUM(CONCAT(`revision`, '':'', `statement`, '':'', `sha`) NOT IN (''lbaasv2_tls:1:764dc609aca2fd3a'', ''lbaasv2_tls:2:085506bb5cad7eb7'', ''lbaasv2_tls:3:d5e317425dfe09bb'')), 0), COALESCE(GROUP_CONCAT(CASE WHEN `revision` = ''lbaasv2_tls'' AND `done` = 1 THEN `statement` END ORDER BY `statement` SEPARATOR '',''), '''') INTO @lbaas_alien, @lbaas_done FROM `alembic_version_lbaas_progress`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('364f9b6064f0' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision lbaasv2_tls as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 364f9b6064f0, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
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
SELECT CONCAT('lbaas-db-manage: resuming lbaasv2_tls: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[6/8] lbaasv2_tls lbaasv2 TLS' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] alter_column lbaas_listeners.protocol
-- statement 1/3 of lbaasv2_tls
SET @lbaas_tables = '["lbaas_listeners"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'lbaasv2_tls' AND `statement` = 1
        AND (`done` = 1 OR (0 = 1))),
    'ALTER TABLE `lbaas_listeners` MODIFY COLUMN `protocol` ENUM(''HTTP'', ''HTTPS'', ''TCP'', ''TERMINATED_HTTPS'') NOT NULL', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'lbaasv2_tls', 1, 3, '764dc609aca2fd3a', 'upgrade[0] alter_column lbaas_listeners.protocol', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'lbaasv2_tls' AND `statement` = 1 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND 0 = 1));
COMMIT;
-- upgrade[1] create_table lbaas_sni
-- statement 2/3 of lbaasv2_tls
SET @lbaas_tables = '["lbaas_sni"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'lbaasv2_tls' AND `statement` = 2
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_sni'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'lbaasv2_tls' AND `statement` = 1 AND `done` = 1),
    'CREATE TABLE `lbaas_sni` (
    `listener_id` VARCHAR(36) NOT NULL,
    `tls_container_id` VARCHAR(128) NOT NULL,
    `position` INTEGER NULL,
    PRIMARY KEY (`listener_id`, `tls_container_id`),
    CONSTRAINT `lbaas_sni_ibfk_1` FOREIGN KEY (`listener_id`) REFERENCES `lbaas_listeners` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'lbaasv2_tls', 2, 3, '085506bb5cad7eb7', 'upgrade[1] create_table lbaas_sni', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'lbaasv2_tls' AND `statement` = 2 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_sni')));
COMMIT;
-- upgrade[2] add_column lbaas_listeners.default_tls_container_id
-- statement 3/3 of lbaasv2_tls
SET @lbaas_tables = '["lbaas_listeners"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'lbaasv2_tls' AND `statement` = 3
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND COLUMN_NAME = 'default_tls_container_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'lbaasv2_tls' AND `statement` = 2 AND `done` = 1),
    'ALTER TABLE `lbaas_listeners` ADD COLUMN `default_tls_container_id` VARCHAR(128) NULL, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'lbaasv2_tls', 3, 3, 'd5e317425dfe09bb', 'upgrade[2] add_column lbaas_listeners.default_tls_container_id', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'lbaasv2_tls' AND `statement` = 3 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND COLUMN_NAME = 'default_tls_container_id')));
COMMIT;
-- version table: 364f9b6064f0 -> lbaasv2_tls, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = 'lbaasv2_tls' AND `done` = 1) = 3,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''lbaasv2_tls'' WHERE CAST(`version_num` AS BINARY) = CAST(''364f9b6064f0'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''lbaasv2_tls''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''lbaasv2_tls'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [7/8] upgrade 4ba00375f715: edge_driver
-- source: versions/4ba00375f715_edge_driver.jsonc
-- guard: run this revision if the database is at lbaasv2_tls; skip it if an earlier run of this script applied it
-- 3 statements below change the database: each runs once and is recorded in alembic_version_lbaas_progress, so a rerun after a failure goes on where this run stopped
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_alien = NULL, @lbaas_done = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas_progress') = 0,
    'SET @lbaas_alien = 0, @lbaas_done = ''''',
    'SELECT COALESCE(SUM(CONCAT(`revision`, '':'', `statement`, '':'', `sha`) NOT IN (''4ba00375f715:1:dc2c6301d1ed12f8'', ''4ba00375f715:2:8db5aade03ad55d2'', ''4ba00375f715:3:7962804e38a441c9'')), 0), COALESCE(GROUP_CONCAT(CASE WHEN `revision` = ''4ba00375f715'' AND `done` = 1 THEN `statement` END ORDER BY `statement` SEPARATOR '',''), '''') INTO @lbaas_alien, @lbaas_done FROM `alembic_version_lbaas_progress`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('lbaasv2_tls' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 4ba00375f715 as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at lbaasv2_tls, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
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
SELECT CONCAT('lbaas-db-manage: resuming 4ba00375f715: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[7/8] 4ba00375f715 edge_driver' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] create_table nsxv_edge_pool_mappings
-- statement 1/3 of 4ba00375f715
SET @lbaas_tables = '["nsxv_edge_pool_mappings"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4ba00375f715' AND `statement` = 1
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'nsxv_edge_pool_mappings')))),
    'CREATE TABLE `nsxv_edge_pool_mappings` (
    `pool_id` VARCHAR(36) NOT NULL,
    `edge_id` VARCHAR(36) NOT NULL,
    `edge_pool_id` VARCHAR(36) NOT NULL,
    PRIMARY KEY (`pool_id`),
    CONSTRAINT `nsxv_edge_pool_mappings_ibfk_1` FOREIGN KEY (`pool_id`) REFERENCES `pools` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4ba00375f715', 1, 3, 'dc2c6301d1ed12f8', 'upgrade[0] create_table nsxv_edge_pool_mappings', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4ba00375f715' AND `statement` = 1 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'nsxv_edge_pool_mappings')));
COMMIT;
-- upgrade[1] create_table nsxv_edge_vip_mappings
-- statement 2/3 of 4ba00375f715
SET @lbaas_tables = '["nsxv_edge_vip_mappings"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4ba00375f715' AND `statement` = 2
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'nsxv_edge_vip_mappings'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4ba00375f715' AND `statement` = 1 AND `done` = 1),
    'CREATE TABLE `nsxv_edge_vip_mappings` (
    `pool_id` VARCHAR(36) NOT NULL,
    `edge_id` VARCHAR(36) NOT NULL,
    `edge_app_profile_id` VARCHAR(36) NOT NULL,
    `edge_vse_id` VARCHAR(36) NOT NULL,
    `edge_fw_rule_id` VARCHAR(36) NOT NULL,
    PRIMARY KEY (`pool_id`),
    CONSTRAINT `nsxv_edge_vip_mappings_ibfk_1` FOREIGN KEY (`pool_id`) REFERENCES `pools` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4ba00375f715', 2, 3, '8db5aade03ad55d2', 'upgrade[1] create_table nsxv_edge_vip_mappings', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4ba00375f715' AND `statement` = 2 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'nsxv_edge_vip_mappings')));
COMMIT;
-- upgrade[2] create_table nsxv_edge_monitor_mappings
-- statement 3/3 of 4ba00375f715
SET @lbaas_tables = '["nsxv_edge_monitor_mappings"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4ba00375f715' AND `statement` = 3
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'nsxv_edge_monitor_mappings'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4ba00375f715' AND `statement` = 2 AND `done` = 1),
    'CREATE TABLE `nsxv_edge_monitor_mappings` (
    `monitor_id` VARCHAR(36) NOT NULL,
    `edge_id` VARCHAR(36) NOT NULL,
    `edge_monitor_id` VARCHAR(36) NOT NULL,
    PRIMARY KEY (`monitor_id`),
    CONSTRAINT `uniq_nsxv_edge_monitor_mappings` UNIQUE (`monitor_id`, `edge_id`),
    CONSTRAINT `nsxv_edge_monitor_mappings_ibfk_1` FOREIGN KEY (`monitor_id`) REFERENCES `healthmonitors` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4ba00375f715', 3, 3, '7962804e38a441c9', 'upgrade[2] create_table nsxv_edge_monitor_mappings', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4ba00375f715' AND `statement` = 3 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'nsxv_edge_monitor_mappings')));
COMMIT;
-- version table: lbaasv2_tls -> 4ba00375f715, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '4ba00375f715' AND `done` = 1) = 3,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''4ba00375f715'' WHERE CAST(`version_num` AS BINARY) = CAST(''lbaasv2_tls'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''4ba00375f715''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''4ba00375f715'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [8/8] upgrade kilo: kilo
-- source: versions/kilo_release.jsonc
-- guard: run this revision if the database is at 4ba00375f715; skip it if an earlier run of this script applied it
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
    'SELECT COALESCE(SUM(CONCAT(`revision`, '':'', `statement`, '':'', `sha`) NOT IN ('''')), 0), COALESCE(GROUP_CONCAT(CASE WHEN `revision` = ''kilo'' AND `done` = 1 THEN `statement` END ORDER BY `statement` SEPARATOR '',''), '''') INTO @lbaas_alien, @lbaas_done FROM `alembic_version_lbaas_progress`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('4ba00375f715' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision kilo as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 4ba00375f715, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
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
SELECT CONCAT('lbaas-db-manage: resuming kilo: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[8/8] kilo kilo' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- (no schema changes on this dialect)
-- version table: 4ba00375f715 -> kilo, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = 'kilo' AND `done` = 1) = 0,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''kilo'' WHERE CAST(`version_num` AS BINARY) = CAST(''4ba00375f715'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''kilo''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''kilo'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- guard: the database must now be at kilo; then the progress table, empty, is dropped
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('kilo' AS BINARY) THEN ''
    WHEN COALESCE(@lbaas_on, 0) = 0 THEN CONCAT('lbaas-db-manage guard STOP: this script expects the database at base (no revision), but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed')
    ELSE CONCAT('lbaas-db-manage guard STOP: this script should have left the database at kilo, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; a revision did not finish (a client that goes on after an error skipped a statement): run the script again with a client that stops at the first error') END;
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
SELECT 'lbaas-db-manage: the database is already at kilo; nothing to do' AS progress FROM DUAL WHERE @lbaas_stop = '' AND COALESCE(@lbaas_on, 0) = 0;
DEALLOCATE PREPARE lbaas_fingerprint;


-- the migration lock is released
DEALLOCATE PREPARE lbaas_stmt;
DO RELEASE_LOCK(@lbaas_lock);
