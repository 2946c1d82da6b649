-- lbaas-db-manage 0.1.0: upgrade base:heads for mariadb
-- 19 revisions: start_neutron_lbaas .. c47fda60c1b8
-- version table: alembic_version_lbaas
-- MySQL commits each DDL statement: the version row is written right after each revision, so a failure leaves it at the last completed revision
-- services: stop them first: this range mixes expand and contract revisions (contract: 130ebfdef43, 4b4dc6d5d843, e6417a8b114d)
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
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
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

-- [1/19] upgrade start_neutron_lbaas: start neutron-lbaas chain
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
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming start_neutron_lbaas: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[1/19] start_neutron_lbaas start neutron-lbaas chain' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
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

-- [2/19] upgrade lbaasv2: lbaas version 2 api
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
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming lbaasv2: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[2/19] lbaasv2 lbaas version 2 api' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
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

-- [3/19] upgrade 4deef6d81931: add provisioning and operating statuses
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
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming 4deef6d81931: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[3/19] 4deef6d81931 add provisioning and operating statuses' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
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

-- [4/19] upgrade 4b6d8d5310b8: add_index_tenant_id
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
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming 4b6d8d5310b8: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[4/19] 4b6d8d5310b8 add_index_tenant_id' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
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

-- [5/19] upgrade 364f9b6064f0: agentv2
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
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming 364f9b6064f0: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[5/19] 364f9b6064f0 agentv2' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
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

-- [6/19] upgrade lbaasv2_tls: lbaasv2 TLS
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
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming lbaasv2_tls: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[6/19] lbaasv2_tls lbaasv2 TLS' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
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

-- [7/19] upgrade 4ba00375f715: edge_driver
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
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming 4ba00375f715: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[7/19] 4ba00375f715 edge_driver' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
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

-- [8/19] upgrade kilo: kilo
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
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming kilo: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[8/19] kilo kilo' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
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

-- [9/19] upgrade 3345facd0452: Initial Liberty no-op expand script.
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
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming 3345facd0452: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[9/19] 3345facd0452 Initial Liberty no-op expand script.' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
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

-- [10/19] upgrade 4a408dd491c2: Addition of Name column to lbaas_members and lbaas_healthmonitors table
-- source: versions/mitaka/expand/4a408dd491c2_UpdateName.jsonc
-- guard: run this revision if the database is at 3345facd0452; skip it if an earlier run of this script applied it
-- 2 statements below change the database: each runs once and is recorded in alembic_version_lbaas_progress, so a rerun after a failure goes on where this run stopped
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_alien = NULL, @lbaas_done = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas_progress') = 0,
    'SET @lbaas_alien = 0, @lbaas_done = ''''',
    'SELECT COALESCE(SUM(CONCAT(`revision`, '':'', `statement`, '':'', `sha`) NOT IN (''4a408dd491c2:1:aa96de03d5648969'', ''4a408dd491c2:2:0b8ea48a412cc44c'')), 0), COALESCE(GROUP_CONCAT(CASE WHEN `revision` = ''4a408dd491c2'' AND `done` = 1 THEN `statement` END ORDER BY `statement` SEPARATOR '',''), '''') INTO @lbaas_alien, @lbaas_done FROM `alembic_version_lbaas_progress`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('3345facd0452' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 4a408dd491c2 as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
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
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming 4a408dd491c2: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[10/19] 4a408dd491c2 Addition of Name column to lbaas_members and lbaas_healthmonitors table' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] add_column lbaas_members.name
-- statement 1/2 of 4a408dd491c2
SET @lbaas_tables = '["lbaas_members"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4a408dd491c2' AND `statement` = 1
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members' AND COLUMN_NAME = 'name')))),
    'ALTER TABLE `lbaas_members` ADD COLUMN `name` VARCHAR(255) NULL, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4a408dd491c2', 1, 2, 'aa96de03d5648969', 'upgrade[0] add_column lbaas_members.name', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4a408dd491c2' AND `statement` = 1 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members' AND COLUMN_NAME = 'name')));
COMMIT;
-- upgrade[1] add_column lbaas_healthmonitors.name
-- statement 2/2 of 4a408dd491c2
SET @lbaas_tables = '["lbaas_healthmonitors"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4a408dd491c2' AND `statement` = 2
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors' AND COLUMN_NAME = 'name'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4a408dd491c2' AND `statement` = 1 AND `done` = 1),
    'ALTER TABLE `lbaas_healthmonitors` ADD COLUMN `name` VARCHAR(255) NULL, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4a408dd491c2', 2, 2, '0b8ea48a412cc44c', 'upgrade[1] add_column lbaas_healthmonitors.name', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4a408dd491c2' AND `statement` = 2 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors' AND COLUMN_NAME = 'name')));
COMMIT;
-- version table: 3345facd0452 -> 4a408dd491c2, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '4a408dd491c2' AND `done` = 1) = 2,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''4a408dd491c2'' WHERE CAST(`version_num` AS BINARY) = CAST(''3345facd0452'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''4a408dd491c2''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''4a408dd491c2'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [11/19] upgrade 3426acbc12de: Add flavor id
-- source: versions/mitaka/expand/3426acbc12de_add_flavor_id.jsonc
-- guard: run this revision if the database is at 4a408dd491c2; skip it if an earlier run of this script applied it
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
    'SELECT COALESCE(SUM(CONCAT(`revision`, '':'', `statement`, '':'', `sha`) NOT IN (''3426acbc12de:1:092a695d95e411db'', ''3426acbc12de:2:5b55def211db93bc'', ''3426acbc12de:3:681a8cad4bba6c1d'')), 0), COALESCE(GROUP_CONCAT(CASE WHEN `revision` = ''3426acbc12de'' AND `done` = 1 THEN `statement` END ORDER BY `statement` SEPARATOR '',''), '''') INTO @lbaas_alien, @lbaas_done FROM `alembic_version_lbaas_progress`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('4a408dd491c2' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 3426acbc12de as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 4a408dd491c2, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_on = IF(@lbaas_run = 1 AND @lbaas_stop = '', 1, COALESCE(@lbaas_on, 0));
SET @lbaas_q = IF(@lbaas_stop <> '' AND COALESCE(IS_USED_LOCK(@lbaas_lock), 0) = CONNECTION_ID() AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress`), 'DROP TABLE IF EXISTS `alembic_version_lbaas_progress`', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming 3426acbc12de: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[11/19] 3426acbc12de Add flavor id' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] add_column lbaas_loadbalancers.flavor_id
-- statement 1/3 of 3426acbc12de
SET @lbaas_tables = '["lbaas_loadbalancers"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '3426acbc12de' AND `statement` = 1
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND COLUMN_NAME = 'flavor_id')))),
    'ALTER TABLE `lbaas_loadbalancers` ADD COLUMN `flavor_id` VARCHAR(36) NULL, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '3426acbc12de', 1, 3, '092a695d95e411db', 'upgrade[0] add_column lbaas_loadbalancers.flavor_id', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '3426acbc12de' AND `statement` = 1 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND COLUMN_NAME = 'flavor_id')));
COMMIT;
-- upgrade[1] create_foreign_key lbaas_loadbalancers (fk_lbaas_loadbalancers_flavors_id)
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '3426acbc12de' AND `statement` = 2 AND `done` = 1),
    'SET @lbaas_q = IF(EXISTS (SELECT 1 FROM `lbaas_loadbalancers` AS `c` WHERE `c`.`flavor_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `flavors` AS `p` WHERE `p`.`id` = `c`.`flavor_id`)),
    CONCAT(''SIGNAL SQLSTATE ''''45000'''' SET MESSAGE_TEXT = '', QUOTE(''foreign key fk_lbaas_loadbalancers_flavors_id not added: rows of lbaas_loadbalancers reference missing flavors rows; fix or delete them, then run again'')), ''DO 0'')', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
-- statement 2/3 of 3426acbc12de
SET @lbaas_tables = '["lbaas_loadbalancers"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '3426acbc12de' AND `statement` = 2
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND INDEX_NAME = 'fk_lbaas_loadbalancers_flavors_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '3426acbc12de' AND `statement` = 1 AND `done` = 1),
    'CREATE INDEX `fk_lbaas_loadbalancers_flavors_id` ON `lbaas_loadbalancers` (`flavor_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '3426acbc12de', 2, 3, '5b55def211db93bc', 'upgrade[1] create_foreign_key lbaas_loadbalancers (fk_lbaas_loadbalancers_flavors_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '3426acbc12de' AND `statement` = 2 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND INDEX_NAME = 'fk_lbaas_loadbalancers_flavors_id')));
COMMIT;
SET @lbaas_fk_checks = @@SESSION.foreign_key_checks, SESSION foreign_key_checks = 0;
-- statement 3/3 of 3426acbc12de
SET @lbaas_tables = '["lbaas_loadbalancers"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '3426acbc12de' AND `statement` = 3
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND CONSTRAINT_NAME = 'fk_lbaas_loadbalancers_flavors_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '3426acbc12de' AND `statement` = 2 AND `done` = 1),
    'ALTER TABLE `lbaas_loadbalancers` ADD CONSTRAINT `fk_lbaas_loadbalancers_flavors_id` FOREIGN KEY (`flavor_id`) REFERENCES `flavors` (`id`), ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '3426acbc12de', 3, 3, '681a8cad4bba6c1d', 'upgrade[1] create_foreign_key lbaas_loadbalancers (fk_lbaas_loadbalancers_flavors_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '3426acbc12de' AND `statement` = 3 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND CONSTRAINT_NAME = 'fk_lbaas_loadbalancers_flavors_id')));
COMMIT;
SET SESSION foreign_key_checks = @lbaas_fk_checks;
-- version table: 4a408dd491c2 -> 3426acbc12de, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '3426acbc12de' AND `done` = 1) = 3,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''3426acbc12de'' WHERE CAST(`version_num` AS BINARY) = CAST(''4a408dd491c2'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''3426acbc12de''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''3426acbc12de'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [12/19] upgrade 6aee0434f911: independent pools
-- source: versions/mitaka/expand/6aee0434f911_independent_pools.jsonc
-- guard: run this revision if the database is at 3426acbc12de; skip it if an earlier run of this script applied it
-- 8 statements below change the database: each runs once and is recorded in alembic_version_lbaas_progress, so a rerun after a failure goes on where this run stopped
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_alien = NULL, @lbaas_done = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas_progress') = 0,
    'SET @lbaas_alien = 0, @lbaas_done = ''''',
    'SELECT COALESCE(SUM(CONCAT(`revision`, '':'', `statement`, '':'', `sha`) NOT IN (''6aee0434f911:1:0b4e3f33ed8af66e'', ''6aee0434f911:2:bfba71e3f9065803'', ''6aee0434f911:3:7586565bfa29a2a1'', ''6aee0434f911:4:f7c94a2ec6ee8d9b'', ''6aee0434f911:5:bc94fa5039eb1e3b'', ''6aee0434f911:6:d86fd2c78d0c7c17'', ''6aee0434f911:7:e0b26db49bf24646'', ''6aee0434f911:8:4d85d1d848e2cb9d'')), 0), COALESCE(GROUP_CONCAT(CASE WHEN `revision` = ''6aee0434f911'' AND `done` = 1 THEN `statement` END ORDER BY `statement` SEPARATOR '',''), '''') INTO @lbaas_alien, @lbaas_done FROM `alembic_version_lbaas_progress`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('3426acbc12de' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 6aee0434f911 as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 3426acbc12de, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_on = IF(@lbaas_run = 1 AND @lbaas_stop = '', 1, COALESCE(@lbaas_on, 0));
SET @lbaas_q = IF(@lbaas_stop <> '' AND COALESCE(IS_USED_LOCK(@lbaas_lock), 0) = CONNECTION_ID() AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress`), 'DROP TABLE IF EXISTS `alembic_version_lbaas_progress`', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming 6aee0434f911: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[12/19] 6aee0434f911 independent pools' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- names: stop here unless the database holds what this revision drops under these names (each while its drop has not run): lbaas_listeners_ibfk_2 on lbaas_listeners, default_pool_id on lbaas_listeners
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `statement` = 1),
    'SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '''') <> '''' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ''lbaas_listeners'' AND CONSTRAINT_TYPE = ''FOREIGN KEY'' AND CONSTRAINT_NAME = ''lbaas_listeners_ibfk_2'') THEN ''''
    ELSE CONCAT(''lbaas-db-manage names STOP: lbaas_listeners has no foreign key named lbaas_listeners_ibfk_2, which revision 6aee0434f911 drops; '', COALESCE(CONCAT(''the database names its foreign key over (default_pool_id) to lbaas_pools '', (SELECT GROUP_CONCAT(rc.CONSTRAINT_NAME ORDER BY rc.CONSTRAINT_NAME SEPARATOR '', '')
        FROM information_schema.REFERENTIAL_CONSTRAINTS AS rc
        WHERE rc.CONSTRAINT_SCHEMA = DATABASE() AND rc.TABLE_NAME = ''lbaas_listeners'' AND rc.REFERENCED_TABLE_NAME = ''lbaas_pools''
            AND (SELECT GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR '','') FROM information_schema.KEY_COLUMN_USAGE AS k
                WHERE k.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA AND k.TABLE_NAME = rc.TABLE_NAME AND k.CONSTRAINT_NAME = rc.CONSTRAINT_NAME) = ''default_pool_id''), '': rename it to lbaas_listeners_ibfk_2, then run again''), ''nor any foreign key over (default_pool_id) to lbaas_pools: the table differs from the revision history; check it before running again''), ''; nothing of this revision ran'') END', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `statement` = 2),
    'SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '''') <> '''' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''lbaas_listeners'' AND INDEX_NAME = ''default_pool_id'' AND NON_UNIQUE = 0) THEN ''''
    ELSE CONCAT(''lbaas-db-manage names STOP: lbaas_listeners has no unique constraint named default_pool_id, which revision 6aee0434f911 drops; '', COALESCE(CONCAT(''the database names its unique constraint over (default_pool_id) '', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR '', '')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR '','') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''lbaas_listeners'' AND INDEX_NAME <> ''PRIMARY'' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = ''default_pool_id'' AND x.non_unique = 0), '': rename it to default_pool_id, then run again''), ''nor any unique constraint over (default_pool_id): the table differs from the revision history; check it before running again''), ''; nothing of this revision ran'') END', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_stop <> '' AND COALESCE(IS_USED_LOCK(@lbaas_lock), 0) = CONNECTION_ID() AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress`), 'DROP TABLE IF EXISTS `alembic_version_lbaas_progress`', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
-- upgrade[1] drop_constraint lbaas_listeners (lbaas_listeners_ibfk_2)
-- statement 1/8 of 6aee0434f911
SET @lbaas_tables = '["lbaas_listeners"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `statement` = 1
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND CONSTRAINT_NAME = 'lbaas_listeners_ibfk_2')))),
    'ALTER TABLE `lbaas_listeners` DROP FOREIGN KEY `lbaas_listeners_ibfk_2`, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '6aee0434f911', 1, 8, '0b4e3f33ed8af66e', 'upgrade[1] drop_constraint lbaas_listeners (lbaas_listeners_ibfk_2)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '6aee0434f911' AND `statement` = 1 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND CONSTRAINT_NAME = 'lbaas_listeners_ibfk_2')));
COMMIT;
-- upgrade[2] drop_constraint lbaas_listeners (default_pool_id)
-- statement 2/8 of 6aee0434f911
SET @lbaas_tables = '["lbaas_listeners"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `statement` = 2
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND INDEX_NAME = 'default_pool_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `statement` = 1 AND `done` = 1),
    'ALTER TABLE `lbaas_listeners` DROP INDEX `default_pool_id`, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '6aee0434f911', 2, 8, 'bfba71e3f9065803', 'upgrade[2] drop_constraint lbaas_listeners (default_pool_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '6aee0434f911' AND `statement` = 2 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND INDEX_NAME = 'default_pool_id')));
COMMIT;
-- upgrade[3] create_foreign_key lbaas_listeners (lbaas_listeners_ibfk_2)
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `statement` = 3 AND `done` = 1),
    'SET @lbaas_q = IF(EXISTS (SELECT 1 FROM `lbaas_listeners` AS `c` WHERE `c`.`default_pool_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `lbaas_pools` AS `p` WHERE `p`.`id` = `c`.`default_pool_id`)),
    CONCAT(''SIGNAL SQLSTATE ''''45000'''' SET MESSAGE_TEXT = '', QUOTE(''foreign key lbaas_listeners_ibfk_2 not added: rows of lbaas_listeners reference missing lbaas_pools rows; fix or delete them, then run again'')), ''DO 0'')', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
-- statement 3/8 of 6aee0434f911
SET @lbaas_tables = '["lbaas_listeners"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `statement` = 3
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND INDEX_NAME = 'lbaas_listeners_ibfk_2'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `statement` = 2 AND `done` = 1),
    'CREATE INDEX `lbaas_listeners_ibfk_2` ON `lbaas_listeners` (`default_pool_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '6aee0434f911', 3, 8, '7586565bfa29a2a1', 'upgrade[3] create_foreign_key lbaas_listeners (lbaas_listeners_ibfk_2)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '6aee0434f911' AND `statement` = 3 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND INDEX_NAME = 'lbaas_listeners_ibfk_2')));
COMMIT;
SET @lbaas_fk_checks = @@SESSION.foreign_key_checks, SESSION foreign_key_checks = 0;
-- statement 4/8 of 6aee0434f911
SET @lbaas_tables = '["lbaas_listeners"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `statement` = 4
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND CONSTRAINT_NAME = 'lbaas_listeners_ibfk_2'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `statement` = 3 AND `done` = 1),
    'ALTER TABLE `lbaas_listeners` ADD CONSTRAINT `lbaas_listeners_ibfk_2` FOREIGN KEY (`default_pool_id`) REFERENCES `lbaas_pools` (`id`), ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '6aee0434f911', 4, 8, 'f7c94a2ec6ee8d9b', 'upgrade[3] create_foreign_key lbaas_listeners (lbaas_listeners_ibfk_2)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '6aee0434f911' AND `statement` = 4 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND CONSTRAINT_NAME = 'lbaas_listeners_ibfk_2')));
COMMIT;
SET SESSION foreign_key_checks = @lbaas_fk_checks;
-- upgrade[4] add_column lbaas_pools.loadbalancer_id
-- statement 5/8 of 6aee0434f911
SET @lbaas_tables = '["lbaas_pools"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `statement` = 5
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND COLUMN_NAME = 'loadbalancer_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `statement` = 4 AND `done` = 1),
    'ALTER TABLE `lbaas_pools` ADD COLUMN `loadbalancer_id` VARCHAR(36) NULL, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '6aee0434f911', 5, 8, 'bc94fa5039eb1e3b', 'upgrade[4] add_column lbaas_pools.loadbalancer_id', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '6aee0434f911' AND `statement` = 5 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND COLUMN_NAME = 'loadbalancer_id')));
COMMIT;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `statement` = 6 AND `done` = 1),
    'SET @lbaas_q = IF(EXISTS (SELECT 1 FROM `lbaas_pools` AS `c` WHERE `c`.`loadbalancer_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `lbaas_loadbalancers` AS `p` WHERE `p`.`id` = `c`.`loadbalancer_id`)),
    CONCAT(''SIGNAL SQLSTATE ''''45000'''' SET MESSAGE_TEXT = '', QUOTE(''foreign key lbaas_pools_ibfk_2 not added: rows of lbaas_pools reference missing lbaas_loadbalancers rows; fix or delete them, then run again'')), ''DO 0'')', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
-- statement 6/8 of 6aee0434f911
SET @lbaas_tables = '["lbaas_pools"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `statement` = 6
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND INDEX_NAME = 'loadbalancer_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `statement` = 5 AND `done` = 1),
    'CREATE INDEX `loadbalancer_id` ON `lbaas_pools` (`loadbalancer_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '6aee0434f911', 6, 8, 'd86fd2c78d0c7c17', 'upgrade[4] add_column lbaas_pools.loadbalancer_id', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '6aee0434f911' AND `statement` = 6 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND INDEX_NAME = 'loadbalancer_id')));
COMMIT;
SET @lbaas_fk_checks = @@SESSION.foreign_key_checks, SESSION foreign_key_checks = 0;
-- statement 7/8 of 6aee0434f911
SET @lbaas_tables = '["lbaas_pools"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `statement` = 7
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND CONSTRAINT_NAME = 'lbaas_pools_ibfk_2'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `statement` = 6 AND `done` = 1),
    'ALTER TABLE `lbaas_pools` ADD CONSTRAINT `lbaas_pools_ibfk_2` FOREIGN KEY (`loadbalancer_id`) REFERENCES `lbaas_loadbalancers` (`id`), ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '6aee0434f911', 7, 8, 'e0b26db49bf24646', 'upgrade[4] add_column lbaas_pools.loadbalancer_id', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '6aee0434f911' AND `statement` = 7 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND CONSTRAINT_NAME = 'lbaas_pools_ibfk_2')));
COMMIT;
SET SESSION foreign_key_checks = @lbaas_fk_checks;
-- upgrade[6] execute
-- statement 8/8 of 6aee0434f911
SET @lbaas_tables = '*';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `statement` = 8
        AND (`done` = 1 OR (0 = 1)))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `statement` = 7 AND `done` = 1),
    'UPDATE lbaas_pools
INNER JOIN lbaas_listeners ON lbaas_listeners.default_pool_id = lbaas_pools.id
SET lbaas_pools.loadbalancer_id = lbaas_listeners.loadbalancer_id', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '6aee0434f911', 8, 8, '4d85d1d848e2cb9d', 'upgrade[6] execute', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '6aee0434f911' AND `statement` = 8 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND 0 = 1));
COMMIT;
-- version table: 3426acbc12de -> 6aee0434f911, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `done` = 1) = 8,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''6aee0434f911'' WHERE CAST(`version_num` AS BINARY) = CAST(''3426acbc12de'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''6aee0434f911''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''6aee0434f911'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [13/19] upgrade 3543deab1547: add_l7_tables
-- source: versions/mitaka/expand/3543deab1547_add_l7_tables.jsonc
-- guard: run this revision if the database is at 6aee0434f911; skip it if an earlier run of this script applied it
-- 2 statements below change the database: each runs once and is recorded in alembic_version_lbaas_progress, so a rerun after a failure goes on where this run stopped
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_alien = NULL, @lbaas_done = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas_progress') = 0,
    'SET @lbaas_alien = 0, @lbaas_done = ''''',
    'SELECT COALESCE(SUM(CONCAT(`revision`, '':'', `statement`, '':'', `sha`) NOT IN (''3543deab1547:1:25ac35210cf78b98'', ''3543deab1547:2:0e66300e0e0727c7'')), 0), COALESCE(GROUP_CONCAT(CASE WHEN `revision` = ''3543deab1547'' AND `done` = 1 THEN `statement` END ORDER BY `statement` SEPARATOR '',''), '''') INTO @lbaas_alien, @lbaas_done FROM `alembic_version_lbaas_progress`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('6aee0434f911' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 3543deab1547 as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 6aee0434f911, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_on = IF(@lbaas_run = 1 AND @lbaas_stop = '', 1, COALESCE(@lbaas_on, 0));
SET @lbaas_q = IF(@lbaas_stop <> '' AND COALESCE(IS_USED_LOCK(@lbaas_lock), 0) = CONNECTION_ID() AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress`), 'DROP TABLE IF EXISTS `alembic_version_lbaas_progress`', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming 3543deab1547: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[13/19] 3543deab1547 add_l7_tables' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] create_table lbaas_l7policies
-- statement 1/2 of 3543deab1547
SET @lbaas_tables = '["lbaas_l7policies"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '3543deab1547' AND `statement` = 1
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7policies')))),
    'CREATE TABLE `lbaas_l7policies` (
    `tenant_id` VARCHAR(255) NULL,
    `id` VARCHAR(36) NOT NULL,
    `name` VARCHAR(255) NULL,
    `description` VARCHAR(255) NULL,
    `listener_id` VARCHAR(36) NOT NULL,
    `action` ENUM(''REJECT'', ''REDIRECT_TO_URL'', ''REDIRECT_TO_POOL'') NOT NULL,
    `redirect_pool_id` VARCHAR(36) NULL,
    `redirect_url` VARCHAR(255) NULL,
    `position` INTEGER NOT NULL,
    `provisioning_status` VARCHAR(16) NOT NULL,
    `admin_state_up` BOOLEAN NOT NULL,
    PRIMARY KEY (`id`),
    INDEX `listener_id` (`listener_id`),
    INDEX `redirect_pool_id` (`redirect_pool_id`),
    CONSTRAINT `lbaas_l7policies_ibfk_1` FOREIGN KEY (`listener_id`) REFERENCES `lbaas_listeners` (`id`),
    CONSTRAINT `lbaas_l7policies_ibfk_2` FOREIGN KEY (`redirect_pool_id`) REFERENCES `lbaas_pools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '3543deab1547', 1, 2, '25ac35210cf78b98', 'upgrade[0] create_table lbaas_l7policies', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '3543deab1547' AND `statement` = 1 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7policies')));
COMMIT;
-- upgrade[1] create_table lbaas_l7rules
-- statement 2/2 of 3543deab1547
SET @lbaas_tables = '["lbaas_l7rules"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '3543deab1547' AND `statement` = 2
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7rules'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '3543deab1547' AND `statement` = 1 AND `done` = 1),
    'CREATE TABLE `lbaas_l7rules` (
    `tenant_id` VARCHAR(255) NULL,
    `id` VARCHAR(36) NOT NULL,
    `l7policy_id` VARCHAR(36) NOT NULL,
    `type` ENUM(''HOST_NAME'', ''PATH'', ''FILE_TYPE'', ''HEADER'', ''COOKIE'') NOT NULL,
    `compare_type` ENUM(''REGEX'', ''STARTS_WITH'', ''ENDS_WITH'', ''CONTAINS'', ''EQUAL_TO'') NOT NULL,
    `invert` BOOLEAN NOT NULL,
    `key` VARCHAR(255) NULL,
    `value` VARCHAR(255) NOT NULL,
    `provisioning_status` VARCHAR(16) NOT NULL,
    `admin_state_up` BOOLEAN NOT NULL,
    PRIMARY KEY (`id`),
    INDEX `l7policy_id` (`l7policy_id`),
    CONSTRAINT `lbaas_l7rules_ibfk_1` FOREIGN KEY (`l7policy_id`) REFERENCES `lbaas_l7policies` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '3543deab1547', 2, 2, '0e66300e0e0727c7', 'upgrade[1] create_table lbaas_l7rules', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '3543deab1547' AND `statement` = 2 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7rules')));
COMMIT;
-- version table: 6aee0434f911 -> 3543deab1547, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '3543deab1547' AND `done` = 1) = 2,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''3543deab1547'' WHERE CAST(`version_num` AS BINARY) = CAST(''6aee0434f911'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''3543deab1547''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''3543deab1547'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [14/19] upgrade 62deca5010cd: Add tenant-id index for L7 tables
-- source: versions/mitaka/expand/62deca5010cd_add_tenant_id_index_for_l7_tables.jsonc
-- guard: run this revision if the database is at 3543deab1547; skip it if an earlier run of this script applied it
-- 2 statements below change the database: each runs once and is recorded in alembic_version_lbaas_progress, so a rerun after a failure goes on where this run stopped
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_alien = NULL, @lbaas_done = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas_progress') = 0,
    'SET @lbaas_alien = 0, @lbaas_done = ''''',
    'SELECT COALESCE(SUM(CONCAT(`revision`, '':'', `statement`, '':'', `sha`) NOT IN (''62deca5010cd:1:4755024ad09e9953'', ''62deca5010cd:2:9bba8d9552d72e9a'')), 0), COALESCE(GROUP_CONCAT(CASE WHEN `revision` = ''62deca5010cd'' AND `done` = 1 THEN `statement` END ORDER BY `statement` SEPARATOR '',''), '''') INTO @lbaas_alien, @lbaas_done FROM `alembic_version_lbaas_progress`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('3543deab1547' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 62deca5010cd as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 3543deab1547, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_on = IF(@lbaas_run = 1 AND @lbaas_stop = '', 1, COALESCE(@lbaas_on, 0));
SET @lbaas_q = IF(@lbaas_stop <> '' AND COALESCE(IS_USED_LOCK(@lbaas_lock), 0) = CONNECTION_ID() AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress`), 'DROP TABLE IF EXISTS `alembic_version_lbaas_progress`', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming 62deca5010cd: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[14/19] 62deca5010cd Add tenant-id index for L7 tables' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] create_index lbaas_l7rules (ix_lbaas_l7rules_tenant_id)
-- statement 1/2 of 62deca5010cd
SET @lbaas_tables = '["lbaas_l7rules"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '62deca5010cd' AND `statement` = 1
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7rules' AND INDEX_NAME = 'ix_lbaas_l7rules_tenant_id')))),
    'CREATE INDEX `ix_lbaas_l7rules_tenant_id` ON `lbaas_l7rules` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '62deca5010cd', 1, 2, '4755024ad09e9953', 'upgrade[0] create_index lbaas_l7rules (ix_lbaas_l7rules_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '62deca5010cd' AND `statement` = 1 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7rules' AND INDEX_NAME = 'ix_lbaas_l7rules_tenant_id')));
COMMIT;
-- upgrade[1] create_index lbaas_l7policies (ix_lbaas_l7policies_tenant_id)
-- statement 2/2 of 62deca5010cd
SET @lbaas_tables = '["lbaas_l7policies"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '62deca5010cd' AND `statement` = 2
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7policies' AND INDEX_NAME = 'ix_lbaas_l7policies_tenant_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '62deca5010cd' AND `statement` = 1 AND `done` = 1),
    'CREATE INDEX `ix_lbaas_l7policies_tenant_id` ON `lbaas_l7policies` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '62deca5010cd', 2, 2, '9bba8d9552d72e9a', 'upgrade[1] create_index lbaas_l7policies (ix_lbaas_l7policies_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '62deca5010cd' AND `statement` = 2 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7policies' AND INDEX_NAME = 'ix_lbaas_l7policies_tenant_id')));
COMMIT;
-- version table: 3543deab1547 -> 62deca5010cd, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '62deca5010cd' AND `done` = 1) = 2,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''62deca5010cd'' WHERE CAST(`version_num` AS BINARY) = CAST(''3543deab1547'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''62deca5010cd''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''62deca5010cd'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [15/19] upgrade 130ebfdef43: Initial Liberty no-op contract revision.
-- source: versions/liberty/contract/130ebfdef43_initial.jsonc
-- guard: run this revision if the database is at 62deca5010cd; skip it if an earlier run of this script applied it
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
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('62deca5010cd' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 130ebfdef43 as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 62deca5010cd, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_on = IF(@lbaas_run = 1 AND @lbaas_stop = '', 1, COALESCE(@lbaas_on, 0));
SET @lbaas_q = IF(@lbaas_stop <> '' AND COALESCE(IS_USED_LOCK(@lbaas_lock), 0) = CONNECTION_ID() AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress`), 'DROP TABLE IF EXISTS `alembic_version_lbaas_progress`', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming 130ebfdef43: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[15/19] 130ebfdef43 Initial Liberty no-op contract revision.' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- (no schema changes on this dialect)
-- version table: 62deca5010cd -> 130ebfdef43,62deca5010cd, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '130ebfdef43' AND `done` = 1) = 0,
    'INSERT INTO `alembic_version_lbaas` (`version_num`) VALUES (''130ebfdef43'')', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''130ebfdef43''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''130ebfdef43,62deca5010cd'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [16/19] upgrade 4b4dc6d5d843: rename tenant to project
-- source: versions/newton/contract/4b4dc6d5d843_rename_tenant_to_project.jsonc
-- guard: run this revision if the database is at 130ebfdef43,62deca5010cd; skip it if an earlier run of this script applied it
-- 33 statements below change the database: each runs once and is recorded in alembic_version_lbaas_progress, so a rerun after a failure goes on where this run stopped
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_alien = NULL, @lbaas_done = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas_progress') = 0,
    'SET @lbaas_alien = 0, @lbaas_done = ''''',
    'SELECT COALESCE(SUM(CONCAT(`revision`, '':'', `statement`, '':'', `sha`) NOT IN (''4b4dc6d5d843:1:59b655d248af08cb'', ''4b4dc6d5d843:2:06e9caebed31dd4f'', ''4b4dc6d5d843:3:09fb60a9e11c8036'', ''4b4dc6d5d843:4:cfbbde5f02c29134'', ''4b4dc6d5d843:5:ed2743fb1d45fe0b'', ''4b4dc6d5d843:6:be2d39766a5ebdd3'', ''4b4dc6d5d843:7:90faf30d7afd82c7'', ''4b4dc6d5d843:8:995b0b6a20b9c4bc'', ''4b4dc6d5d843:9:5d702264ee0070b2'', ''4b4dc6d5d843:10:547a42174a63a68e'', ''4b4dc6d5d843:11:b2b3deeee7858366'', ''4b4dc6d5d843:12:4d212075d89be3e4'', ''4b4dc6d5d843:13:ebfb231cde9bdb6c'', ''4b4dc6d5d843:14:b37d285842e07aed'', ''4b4dc6d5d843:15:f038971f3c45ba55'', ''4b4dc6d5d843:16:6ed9c016000220dd'', ''4b4dc6d5d843:17:73994c69da95bc30'', ''4b4dc6d5d843:18:268ef54ec088493e'', ''4b4dc6d5d843:19:c30c1afdfd19bbc7'', ''4b4dc6d5d843:20:d72afee0684b561f'', ''4b4dc6d5d843:21:286677b8792f793b'', ''4b4dc6d5d843:22:021f68e7653bda51'', ''4b4dc6d5d843:23:22ac458f57d90cb6'', ''4b4dc6d5d843:24:6f1efdb59171e12b'', ''4b4dc6d5d843:25:9cf3036193f20aef'', ''4b4dc6d5d843:26:6f402702d6508a2e'', ''4b4dc6d5d843:27:3102c8c98f890f50'', ''4b4dc6d5d843:28:f23fe2b48cfd8833'', ''4b4dc6d5d843:29:8a31b07dca8c3e4c'', ''4b4dc6d5d843:30:57c6cc0c167c349b'', ''4b4dc6d5d843:31:609ee132aec0af70'', ''4b4dc6d5d843:32:92459e08a785c5e7'', ''4b4dc6d5d843:33:ffb00398af74165a'')), 0), COALESCE(GROUP_CONCAT(CASE WHEN `revision` = ''4b4dc6d5d843'' AND `done` = 1 THEN `statement` END ORDER BY `statement` SEPARATOR '',''), '''') INTO @lbaas_alien, @lbaas_done FROM `alembic_version_lbaas_progress`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('130ebfdef43,62deca5010cd' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 4b4dc6d5d843 as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,62deca5010cd, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_on = IF(@lbaas_run = 1 AND @lbaas_stop = '', 1, COALESCE(@lbaas_on, 0));
SET @lbaas_q = IF(@lbaas_stop <> '' AND COALESCE(IS_USED_LOCK(@lbaas_lock), 0) = CONNECTION_ID() AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress`), 'DROP TABLE IF EXISTS `alembic_version_lbaas_progress`', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming 4b4dc6d5d843: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[16/19] 4b4dc6d5d843 rename tenant to project' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- names: stop here unless the database holds what this revision drops under these names (each while its drop has not run): ix_vips_tenant_id on vips, ix_members_tenant_id on members, ix_pools_tenant_id on pools, ix_healthmonitors_tenant_id on healthmonitors, ix_lbaas_members_tenant_id on lbaas_members, ix_lbaas_healthmonitors_tenant_id on lbaas_healthmonitors, ix_lbaas_loadbalancers_tenant_id on lbaas_loadbalancers, ix_lbaas_pools_tenant_id on lbaas_pools, ix_lbaas_l7rules_tenant_id on lbaas_l7rules, ix_lbaas_l7policies_tenant_id on lbaas_l7policies, ix_lbaas_listeners_tenant_id on lbaas_listeners
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 2),
    'SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '''') <> '''' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''vips'' AND INDEX_NAME = ''ix_vips_tenant_id'') THEN ''''
    ELSE CONCAT(''lbaas-db-manage names STOP: vips has no index named ix_vips_tenant_id, which revision 4b4dc6d5d843 drops; '', COALESCE(CONCAT(''the database names its index over (tenant_id) '', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR '', '')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR '','') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''vips'' AND INDEX_NAME <> ''PRIMARY'' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = ''tenant_id''), '': rename it to ix_vips_tenant_id, then run again''), ''nor any index over (tenant_id): the table differs from the revision history; check it before running again''), ''; nothing of this revision ran'') END', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 5),
    'SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '''') <> '''' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''members'' AND INDEX_NAME = ''ix_members_tenant_id'') THEN ''''
    ELSE CONCAT(''lbaas-db-manage names STOP: members has no index named ix_members_tenant_id, which revision 4b4dc6d5d843 drops; '', COALESCE(CONCAT(''the database names its index over (tenant_id) '', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR '', '')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR '','') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''members'' AND INDEX_NAME <> ''PRIMARY'' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = ''tenant_id''), '': rename it to ix_members_tenant_id, then run again''), ''nor any index over (tenant_id): the table differs from the revision history; check it before running again''), ''; nothing of this revision ran'') END', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 8),
    'SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '''') <> '''' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''pools'' AND INDEX_NAME = ''ix_pools_tenant_id'') THEN ''''
    ELSE CONCAT(''lbaas-db-manage names STOP: pools has no index named ix_pools_tenant_id, which revision 4b4dc6d5d843 drops; '', COALESCE(CONCAT(''the database names its index over (tenant_id) '', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR '', '')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR '','') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''pools'' AND INDEX_NAME <> ''PRIMARY'' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = ''tenant_id''), '': rename it to ix_pools_tenant_id, then run again''), ''nor any index over (tenant_id): the table differs from the revision history; check it before running again''), ''; nothing of this revision ran'') END', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 11),
    'SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '''') <> '''' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''healthmonitors'' AND INDEX_NAME = ''ix_healthmonitors_tenant_id'') THEN ''''
    ELSE CONCAT(''lbaas-db-manage names STOP: healthmonitors has no index named ix_healthmonitors_tenant_id, which revision 4b4dc6d5d843 drops; '', COALESCE(CONCAT(''the database names its index over (tenant_id) '', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR '', '')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR '','') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''healthmonitors'' AND INDEX_NAME <> ''PRIMARY'' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = ''tenant_id''), '': rename it to ix_healthmonitors_tenant_id, then run again''), ''nor any index over (tenant_id): the table differs from the revision history; check it before running again''), ''; nothing of this revision ran'') END', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 14),
    'SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '''') <> '''' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''lbaas_members'' AND INDEX_NAME = ''ix_lbaas_members_tenant_id'') THEN ''''
    ELSE CONCAT(''lbaas-db-manage names STOP: lbaas_members has no index named ix_lbaas_members_tenant_id, which revision 4b4dc6d5d843 drops; '', COALESCE(CONCAT(''the database names its index over (tenant_id) '', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR '', '')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR '','') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''lbaas_members'' AND INDEX_NAME <> ''PRIMARY'' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = ''tenant_id''), '': rename it to ix_lbaas_members_tenant_id, then run again''), ''nor any index over (tenant_id): the table differs from the revision history; check it before running again''), ''; nothing of this revision ran'') END', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 17),
    'SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '''') <> '''' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''lbaas_healthmonitors'' AND INDEX_NAME = ''ix_lbaas_healthmonitors_tenant_id'') THEN ''''
    ELSE CONCAT(''lbaas-db-manage names STOP: lbaas_healthmonitors has no index named ix_lbaas_healthmonitors_tenant_id, which revision 4b4dc6d5d843 drops; '', COALESCE(CONCAT(''the database names its index over (tenant_id) '', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR '', '')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR '','') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''lbaas_healthmonitors'' AND INDEX_NAME <> ''PRIMARY'' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = ''tenant_id''), '': rename it to ix_lbaas_healthmonitors_tenant_id, then run again''), ''nor any index over (tenant_id): the table differs from the revision history; check it before running again''), ''; nothing of this revision ran'') END', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 20),
    'SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '''') <> '''' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''lbaas_loadbalancers'' AND INDEX_NAME = ''ix_lbaas_loadbalancers_tenant_id'') THEN ''''
    ELSE CONCAT(''lbaas-db-manage names STOP: lbaas_loadbalancers has no index named ix_lbaas_loadbalancers_tenant_id, which revision 4b4dc6d5d843 drops; '', COALESCE(CONCAT(''the database names its index over (tenant_id) '', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR '', '')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR '','') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''lbaas_loadbalancers'' AND INDEX_NAME <> ''PRIMARY'' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = ''tenant_id''), '': rename it to ix_lbaas_loadbalancers_tenant_id, then run again''), ''nor any index over (tenant_id): the table differs from the revision history; check it before running again''), ''; nothing of this revision ran'') END', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 23),
    'SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '''') <> '''' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''lbaas_pools'' AND INDEX_NAME = ''ix_lbaas_pools_tenant_id'') THEN ''''
    ELSE CONCAT(''lbaas-db-manage names STOP: lbaas_pools has no index named ix_lbaas_pools_tenant_id, which revision 4b4dc6d5d843 drops; '', COALESCE(CONCAT(''the database names its index over (tenant_id) '', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR '', '')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR '','') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''lbaas_pools'' AND INDEX_NAME <> ''PRIMARY'' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = ''tenant_id''), '': rename it to ix_lbaas_pools_tenant_id, then run again''), ''nor any index over (tenant_id): the table differs from the revision history; check it before running again''), ''; nothing of this revision ran'') END', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 26),
    'SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '''') <> '''' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''lbaas_l7rules'' AND INDEX_NAME = ''ix_lbaas_l7rules_tenant_id'') THEN ''''
    ELSE CONCAT(''lbaas-db-manage names STOP: lbaas_l7rules has no index named ix_lbaas_l7rules_tenant_id, which revision 4b4dc6d5d843 drops; '', COALESCE(CONCAT(''the database names its index over (tenant_id) '', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR '', '')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR '','') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''lbaas_l7rules'' AND INDEX_NAME <> ''PRIMARY'' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = ''tenant_id''), '': rename it to ix_lbaas_l7rules_tenant_id, then run again''), ''nor any index over (tenant_id): the table differs from the revision history; check it before running again''), ''; nothing of this revision ran'') END', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 29),
    'SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '''') <> '''' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''lbaas_l7policies'' AND INDEX_NAME = ''ix_lbaas_l7policies_tenant_id'') THEN ''''
    ELSE CONCAT(''lbaas-db-manage names STOP: lbaas_l7policies has no index named ix_lbaas_l7policies_tenant_id, which revision 4b4dc6d5d843 drops; '', COALESCE(CONCAT(''the database names its index over (tenant_id) '', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR '', '')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR '','') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''lbaas_l7policies'' AND INDEX_NAME <> ''PRIMARY'' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = ''tenant_id''), '': rename it to ix_lbaas_l7policies_tenant_id, then run again''), ''nor any index over (tenant_id): the table differs from the revision history; check it before running again''), ''; nothing of this revision ran'') END', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 32),
    'SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '''') <> '''' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''lbaas_listeners'' AND INDEX_NAME = ''ix_lbaas_listeners_tenant_id'') THEN ''''
    ELSE CONCAT(''lbaas-db-manage names STOP: lbaas_listeners has no index named ix_lbaas_listeners_tenant_id, which revision 4b4dc6d5d843 drops; '', COALESCE(CONCAT(''the database names its index over (tenant_id) '', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR '', '')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR '','') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ''lbaas_listeners'' AND INDEX_NAME <> ''PRIMARY'' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = ''tenant_id''), '': rename it to ix_lbaas_listeners_tenant_id, then run again''), ''nor any index over (tenant_id): the table differs from the revision history; check it before running again''), ''; nothing of this revision ran'') END', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_stop <> '' AND COALESCE(IS_USED_LOCK(@lbaas_lock), 0) = CONNECTION_ID() AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress`), 'DROP TABLE IF EXISTS `alembic_version_lbaas_progress`', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
-- upgrade[0] alter_column vips.tenant_id
-- statement 1/33 of 4b4dc6d5d843
SET @lbaas_tables = '["vips"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 1
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vips' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vips' AND COLUMN_NAME = 'project_id')))),
    'ALTER TABLE `vips` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 1, 33, '59b655d248af08cb', 'upgrade[0] alter_column vips.tenant_id', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 1 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vips' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vips' AND COLUMN_NAME = 'project_id')));
COMMIT;
-- upgrade[1] drop_index vips (ix_vips_tenant_id)
-- statement 2/33 of 4b4dc6d5d843
SET @lbaas_tables = '["vips"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 2
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vips' AND INDEX_NAME = 'ix_vips_tenant_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 1 AND `done` = 1),
    'ALTER TABLE `vips` DROP INDEX `ix_vips_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 2, 33, '06e9caebed31dd4f', 'upgrade[1] drop_index vips (ix_vips_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 2 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vips' AND INDEX_NAME = 'ix_vips_tenant_id')));
COMMIT;
-- upgrade[2] create_index vips (ix_vips_project_id)
-- statement 3/33 of 4b4dc6d5d843
SET @lbaas_tables = '["vips"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 3
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vips' AND INDEX_NAME = 'ix_vips_project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 2 AND `done` = 1),
    'CREATE INDEX `ix_vips_project_id` ON `vips` (`project_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 3, 33, '09fb60a9e11c8036', 'upgrade[2] create_index vips (ix_vips_project_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 3 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vips' AND INDEX_NAME = 'ix_vips_project_id')));
COMMIT;
-- upgrade[3] alter_column members.tenant_id
-- statement 4/33 of 4b4dc6d5d843
SET @lbaas_tables = '["members"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 4
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'members' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'members' AND COLUMN_NAME = 'project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 3 AND `done` = 1),
    'ALTER TABLE `members` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 4, 33, 'cfbbde5f02c29134', 'upgrade[3] alter_column members.tenant_id', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 4 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'members' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'members' AND COLUMN_NAME = 'project_id')));
COMMIT;
-- upgrade[4] drop_index members (ix_members_tenant_id)
-- statement 5/33 of 4b4dc6d5d843
SET @lbaas_tables = '["members"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 5
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'members' AND INDEX_NAME = 'ix_members_tenant_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 4 AND `done` = 1),
    'ALTER TABLE `members` DROP INDEX `ix_members_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 5, 33, 'ed2743fb1d45fe0b', 'upgrade[4] drop_index members (ix_members_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 5 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'members' AND INDEX_NAME = 'ix_members_tenant_id')));
COMMIT;
-- upgrade[5] create_index members (ix_members_project_id)
-- statement 6/33 of 4b4dc6d5d843
SET @lbaas_tables = '["members"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 6
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'members' AND INDEX_NAME = 'ix_members_project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 5 AND `done` = 1),
    'CREATE INDEX `ix_members_project_id` ON `members` (`project_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 6, 33, 'be2d39766a5ebdd3', 'upgrade[5] create_index members (ix_members_project_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 6 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'members' AND INDEX_NAME = 'ix_members_project_id')));
COMMIT;
-- upgrade[6] alter_column pools.tenant_id
-- statement 7/33 of 4b4dc6d5d843
SET @lbaas_tables = '["pools"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 7
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'pools' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'pools' AND COLUMN_NAME = 'project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 6 AND `done` = 1),
    'ALTER TABLE `pools` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 7, 33, '90faf30d7afd82c7', 'upgrade[6] alter_column pools.tenant_id', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 7 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'pools' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'pools' AND COLUMN_NAME = 'project_id')));
COMMIT;
-- upgrade[7] drop_index pools (ix_pools_tenant_id)
-- statement 8/33 of 4b4dc6d5d843
SET @lbaas_tables = '["pools"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 8
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'pools' AND INDEX_NAME = 'ix_pools_tenant_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 7 AND `done` = 1),
    'ALTER TABLE `pools` DROP INDEX `ix_pools_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 8, 33, '995b0b6a20b9c4bc', 'upgrade[7] drop_index pools (ix_pools_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 8 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'pools' AND INDEX_NAME = 'ix_pools_tenant_id')));
COMMIT;
-- upgrade[8] create_index pools (ix_pools_project_id)
-- statement 9/33 of 4b4dc6d5d843
SET @lbaas_tables = '["pools"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 9
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'pools' AND INDEX_NAME = 'ix_pools_project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 8 AND `done` = 1),
    'CREATE INDEX `ix_pools_project_id` ON `pools` (`project_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 9, 33, '5d702264ee0070b2', 'upgrade[8] create_index pools (ix_pools_project_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 9 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'pools' AND INDEX_NAME = 'ix_pools_project_id')));
COMMIT;
-- upgrade[9] alter_column healthmonitors.tenant_id
-- statement 10/33 of 4b4dc6d5d843
SET @lbaas_tables = '["healthmonitors"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 10
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'healthmonitors' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'healthmonitors' AND COLUMN_NAME = 'project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 9 AND `done` = 1),
    'ALTER TABLE `healthmonitors` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 10, 33, '547a42174a63a68e', 'upgrade[9] alter_column healthmonitors.tenant_id', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 10 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'healthmonitors' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'healthmonitors' AND COLUMN_NAME = 'project_id')));
COMMIT;
-- upgrade[10] drop_index healthmonitors (ix_healthmonitors_tenant_id)
-- statement 11/33 of 4b4dc6d5d843
SET @lbaas_tables = '["healthmonitors"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 11
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'healthmonitors' AND INDEX_NAME = 'ix_healthmonitors_tenant_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 10 AND `done` = 1),
    'ALTER TABLE `healthmonitors` DROP INDEX `ix_healthmonitors_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 11, 33, 'b2b3deeee7858366', 'upgrade[10] drop_index healthmonitors (ix_healthmonitors_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 11 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'healthmonitors' AND INDEX_NAME = 'ix_healthmonitors_tenant_id')));
COMMIT;
-- upgrade[11] create_index healthmonitors (ix_healthmonitors_project_id)
-- statement 12/33 of 4b4dc6d5d843
SET @lbaas_tables = '["healthmonitors"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 12
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'healthmonitors' AND INDEX_NAME = 'ix_healthmonitors_project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 11 AND `done` = 1),
    'CREATE INDEX `ix_healthmonitors_project_id` ON `healthmonitors` (`project_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 12, 33, '4d212075d89be3e4', 'upgrade[11] create_index healthmonitors (ix_healthmonitors_project_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 12 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'healthmonitors' AND INDEX_NAME = 'ix_healthmonitors_project_id')));
COMMIT;
-- upgrade[12] alter_column lbaas_members.tenant_id
-- statement 13/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_members"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 13
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members' AND COLUMN_NAME = 'project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 12 AND `done` = 1),
    'ALTER TABLE `lbaas_members` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 13, 33, 'ebfb231cde9bdb6c', 'upgrade[12] alter_column lbaas_members.tenant_id', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 13 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members' AND COLUMN_NAME = 'project_id')));
COMMIT;
-- upgrade[13] drop_index lbaas_members (ix_lbaas_members_tenant_id)
-- statement 14/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_members"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 14
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members' AND INDEX_NAME = 'ix_lbaas_members_tenant_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 13 AND `done` = 1),
    'ALTER TABLE `lbaas_members` DROP INDEX `ix_lbaas_members_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 14, 33, 'b37d285842e07aed', 'upgrade[13] drop_index lbaas_members (ix_lbaas_members_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 14 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members' AND INDEX_NAME = 'ix_lbaas_members_tenant_id')));
COMMIT;
-- upgrade[14] create_index lbaas_members (ix_lbaas_members_project_id)
-- statement 15/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_members"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 15
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members' AND INDEX_NAME = 'ix_lbaas_members_project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 14 AND `done` = 1),
    'CREATE INDEX `ix_lbaas_members_project_id` ON `lbaas_members` (`project_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 15, 33, 'f038971f3c45ba55', 'upgrade[14] create_index lbaas_members (ix_lbaas_members_project_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 15 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members' AND INDEX_NAME = 'ix_lbaas_members_project_id')));
COMMIT;
-- upgrade[15] alter_column lbaas_healthmonitors.tenant_id
-- statement 16/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_healthmonitors"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 16
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors' AND COLUMN_NAME = 'project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 15 AND `done` = 1),
    'ALTER TABLE `lbaas_healthmonitors` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 16, 33, '6ed9c016000220dd', 'upgrade[15] alter_column lbaas_healthmonitors.tenant_id', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 16 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors' AND COLUMN_NAME = 'project_id')));
COMMIT;
-- upgrade[16] drop_index lbaas_healthmonitors (ix_lbaas_healthmonitors_tenant_id)
-- statement 17/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_healthmonitors"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 17
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors' AND INDEX_NAME = 'ix_lbaas_healthmonitors_tenant_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 16 AND `done` = 1),
    'ALTER TABLE `lbaas_healthmonitors` DROP INDEX `ix_lbaas_healthmonitors_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 17, 33, '73994c69da95bc30', 'upgrade[16] drop_index lbaas_healthmonitors (ix_lbaas_healthmonitors_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 17 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors' AND INDEX_NAME = 'ix_lbaas_healthmonitors_tenant_id')));
COMMIT;
-- upgrade[17] create_index lbaas_healthmonitors (ix_lbaas_healthmonitors_project_id)
-- statement 18/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_healthmonitors"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 18
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors' AND INDEX_NAME = 'ix_lbaas_healthmonitors_project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 17 AND `done` = 1),
    'CREATE INDEX `ix_lbaas_healthmonitors_project_id` ON `lbaas_healthmonitors` (`project_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 18, 33, '268ef54ec088493e', 'upgrade[17] create_index lbaas_healthmonitors (ix_lbaas_healthmonitors_project_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 18 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors' AND INDEX_NAME = 'ix_lbaas_healthmonitors_project_id')));
COMMIT;
-- upgrade[18] alter_column lbaas_loadbalancers.tenant_id
-- statement 19/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_loadbalancers"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 19
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND COLUMN_NAME = 'project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 18 AND `done` = 1),
    'ALTER TABLE `lbaas_loadbalancers` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 19, 33, 'c30c1afdfd19bbc7', 'upgrade[18] alter_column lbaas_loadbalancers.tenant_id', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 19 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND COLUMN_NAME = 'project_id')));
COMMIT;
-- upgrade[19] drop_index lbaas_loadbalancers (ix_lbaas_loadbalancers_tenant_id)
-- statement 20/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_loadbalancers"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 20
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND INDEX_NAME = 'ix_lbaas_loadbalancers_tenant_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 19 AND `done` = 1),
    'ALTER TABLE `lbaas_loadbalancers` DROP INDEX `ix_lbaas_loadbalancers_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 20, 33, 'd72afee0684b561f', 'upgrade[19] drop_index lbaas_loadbalancers (ix_lbaas_loadbalancers_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 20 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND INDEX_NAME = 'ix_lbaas_loadbalancers_tenant_id')));
COMMIT;
-- upgrade[20] create_index lbaas_loadbalancers (ix_lbaas_loadbalancers_project_id)
-- statement 21/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_loadbalancers"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 21
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND INDEX_NAME = 'ix_lbaas_loadbalancers_project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 20 AND `done` = 1),
    'CREATE INDEX `ix_lbaas_loadbalancers_project_id` ON `lbaas_loadbalancers` (`project_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 21, 33, '286677b8792f793b', 'upgrade[20] create_index lbaas_loadbalancers (ix_lbaas_loadbalancers_project_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 21 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND INDEX_NAME = 'ix_lbaas_loadbalancers_project_id')));
COMMIT;
-- upgrade[21] alter_column lbaas_pools.tenant_id
-- statement 22/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_pools"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 22
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND COLUMN_NAME = 'project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 21 AND `done` = 1),
    'ALTER TABLE `lbaas_pools` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 22, 33, '021f68e7653bda51', 'upgrade[21] alter_column lbaas_pools.tenant_id', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 22 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND COLUMN_NAME = 'project_id')));
COMMIT;
-- upgrade[22] drop_index lbaas_pools (ix_lbaas_pools_tenant_id)
-- statement 23/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_pools"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 23
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND INDEX_NAME = 'ix_lbaas_pools_tenant_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 22 AND `done` = 1),
    'ALTER TABLE `lbaas_pools` DROP INDEX `ix_lbaas_pools_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 23, 33, '22ac458f57d90cb6', 'upgrade[22] drop_index lbaas_pools (ix_lbaas_pools_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 23 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND INDEX_NAME = 'ix_lbaas_pools_tenant_id')));
COMMIT;
-- upgrade[23] create_index lbaas_pools (ix_lbaas_pools_project_id)
-- statement 24/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_pools"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 24
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND INDEX_NAME = 'ix_lbaas_pools_project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 23 AND `done` = 1),
    'CREATE INDEX `ix_lbaas_pools_project_id` ON `lbaas_pools` (`project_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 24, 33, '6f1efdb59171e12b', 'upgrade[23] create_index lbaas_pools (ix_lbaas_pools_project_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 24 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND INDEX_NAME = 'ix_lbaas_pools_project_id')));
COMMIT;
-- upgrade[24] alter_column lbaas_l7rules.tenant_id
-- statement 25/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_l7rules"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 25
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7rules' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7rules' AND COLUMN_NAME = 'project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 24 AND `done` = 1),
    'ALTER TABLE `lbaas_l7rules` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 25, 33, '9cf3036193f20aef', 'upgrade[24] alter_column lbaas_l7rules.tenant_id', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 25 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7rules' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7rules' AND COLUMN_NAME = 'project_id')));
COMMIT;
-- upgrade[25] drop_index lbaas_l7rules (ix_lbaas_l7rules_tenant_id)
-- statement 26/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_l7rules"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 26
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7rules' AND INDEX_NAME = 'ix_lbaas_l7rules_tenant_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 25 AND `done` = 1),
    'ALTER TABLE `lbaas_l7rules` DROP INDEX `ix_lbaas_l7rules_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 26, 33, '6f402702d6508a2e', 'upgrade[25] drop_index lbaas_l7rules (ix_lbaas_l7rules_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 26 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7rules' AND INDEX_NAME = 'ix_lbaas_l7rules_tenant_id')));
COMMIT;
-- upgrade[26] create_index lbaas_l7rules (ix_lbaas_l7rules_project_id)
-- statement 27/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_l7rules"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 27
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7rules' AND INDEX_NAME = 'ix_lbaas_l7rules_project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 26 AND `done` = 1),
    'CREATE INDEX `ix_lbaas_l7rules_project_id` ON `lbaas_l7rules` (`project_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 27, 33, '3102c8c98f890f50', 'upgrade[26] create_index lbaas_l7rules (ix_lbaas_l7rules_project_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 27 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7rules' AND INDEX_NAME = 'ix_lbaas_l7rules_project_id')));
COMMIT;
-- upgrade[27] alter_column lbaas_l7policies.tenant_id
-- statement 28/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_l7policies"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 28
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7policies' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7policies' AND COLUMN_NAME = 'project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 27 AND `done` = 1),
    'ALTER TABLE `lbaas_l7policies` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 28, 33, 'f23fe2b48cfd8833', 'upgrade[27] alter_column lbaas_l7policies.tenant_id', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 28 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7policies' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7policies' AND COLUMN_NAME = 'project_id')));
COMMIT;
-- upgrade[28] drop_index lbaas_l7policies (ix_lbaas_l7policies_tenant_id)
-- statement 29/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_l7policies"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 29
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7policies' AND INDEX_NAME = 'ix_lbaas_l7policies_tenant_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 28 AND `done` = 1),
    'ALTER TABLE `lbaas_l7policies` DROP INDEX `ix_lbaas_l7policies_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 29, 33, '8a31b07dca8c3e4c', 'upgrade[28] drop_index lbaas_l7policies (ix_lbaas_l7policies_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 29 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7policies' AND INDEX_NAME = 'ix_lbaas_l7policies_tenant_id')));
COMMIT;
-- upgrade[29] create_index lbaas_l7policies (ix_lbaas_l7policies_project_id)
-- statement 30/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_l7policies"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 30
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7policies' AND INDEX_NAME = 'ix_lbaas_l7policies_project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 29 AND `done` = 1),
    'CREATE INDEX `ix_lbaas_l7policies_project_id` ON `lbaas_l7policies` (`project_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 30, 33, '57c6cc0c167c349b', 'upgrade[29] create_index lbaas_l7policies (ix_lbaas_l7policies_project_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 30 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7policies' AND INDEX_NAME = 'ix_lbaas_l7policies_project_id')));
COMMIT;
-- upgrade[30] alter_column lbaas_listeners.tenant_id
-- statement 31/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_listeners"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 31
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND COLUMN_NAME = 'project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 30 AND `done` = 1),
    'ALTER TABLE `lbaas_listeners` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 31, 33, '609ee132aec0af70', 'upgrade[30] alter_column lbaas_listeners.tenant_id', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 31 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND COLUMN_NAME = 'tenant_id') AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND COLUMN_NAME = 'project_id')));
COMMIT;
-- upgrade[31] drop_index lbaas_listeners (ix_lbaas_listeners_tenant_id)
-- statement 32/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_listeners"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 32
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND INDEX_NAME = 'ix_lbaas_listeners_tenant_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 31 AND `done` = 1),
    'ALTER TABLE `lbaas_listeners` DROP INDEX `ix_lbaas_listeners_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 32, 33, '92459e08a785c5e7', 'upgrade[31] drop_index lbaas_listeners (ix_lbaas_listeners_tenant_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 32 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND INDEX_NAME = 'ix_lbaas_listeners_tenant_id')));
COMMIT;
-- upgrade[32] create_index lbaas_listeners (ix_lbaas_listeners_project_id)
-- statement 33/33 of 4b4dc6d5d843
SET @lbaas_tables = '["lbaas_listeners"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 33
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND INDEX_NAME = 'ix_lbaas_listeners_project_id'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `statement` = 32 AND `done` = 1),
    'CREATE INDEX `ix_lbaas_listeners_project_id` ON `lbaas_listeners` (`project_id`) ALGORITHM=INPLACE LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '4b4dc6d5d843', 33, 33, 'ffb00398af74165a', 'upgrade[32] create_index lbaas_listeners (ix_lbaas_listeners_project_id)', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '4b4dc6d5d843' AND `statement` = 33 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND INDEX_NAME = 'ix_lbaas_listeners_project_id')));
COMMIT;
-- version table: 130ebfdef43,62deca5010cd -> 4b4dc6d5d843, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `done` = 1) = 33,
    'DELETE FROM `alembic_version_lbaas` WHERE CAST(`version_num` AS BINARY) = CAST(''130ebfdef43'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `done` = 1) = 33,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''4b4dc6d5d843'' WHERE CAST(`version_num` AS BINARY) = CAST(''62deca5010cd'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''4b4dc6d5d843''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''4b4dc6d5d843'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [17/19] upgrade e6417a8b114d: Drop v1 tables
-- source: versions/newton/contract/e6417a8b114d_drop_v1_tables.jsonc
-- guard: run this revision if the database is at 4b4dc6d5d843; skip it if an earlier run of this script applied it
-- 11 statements below change the database: each runs once and is recorded in alembic_version_lbaas_progress, so a rerun after a failure goes on where this run stopped
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_alien = NULL, @lbaas_done = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas_progress') = 0,
    'SET @lbaas_alien = 0, @lbaas_done = ''''',
    'SELECT COALESCE(SUM(CONCAT(`revision`, '':'', `statement`, '':'', `sha`) NOT IN (''e6417a8b114d:1:b683b9c6e46253ae'', ''e6417a8b114d:2:af2c49ae6e50bc74'', ''e6417a8b114d:3:ec9ea89c80c0c5d6'', ''e6417a8b114d:4:3b62e3aee7849d33'', ''e6417a8b114d:5:3ae87737fcec02e6'', ''e6417a8b114d:6:b1dfedd5d9c331b0'', ''e6417a8b114d:7:dcd395ad3b710853'', ''e6417a8b114d:8:00c5df8dd957170b'', ''e6417a8b114d:9:793ceca201741335'', ''e6417a8b114d:10:641ef8d660d72a92'', ''e6417a8b114d:11:cfc4239257635e94'')), 0), COALESCE(GROUP_CONCAT(CASE WHEN `revision` = ''e6417a8b114d'' AND `done` = 1 THEN `statement` END ORDER BY `statement` SEPARATOR '',''), '''') INTO @lbaas_alien, @lbaas_done FROM `alembic_version_lbaas_progress`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('4b4dc6d5d843' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision e6417a8b114d as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 4b4dc6d5d843, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_on = IF(@lbaas_run = 1 AND @lbaas_stop = '', 1, COALESCE(@lbaas_on, 0));
SET @lbaas_q = IF(@lbaas_stop <> '' AND COALESCE(IS_USED_LOCK(@lbaas_lock), 0) = CONNECTION_ID() AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress`), 'DROP TABLE IF EXISTS `alembic_version_lbaas_progress`', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming e6417a8b114d: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[17/19] e6417a8b114d Drop v1 tables' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] drop_table nsxv_edge_pool_mappings
-- DESTRUCTIVE: drops table nsxv_edge_pool_mappings and every row in it
-- statement 1/11 of e6417a8b114d
SET @lbaas_tables = '["nsxv_edge_pool_mappings"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 1
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'nsxv_edge_pool_mappings')))),
    'DROP TABLE `nsxv_edge_pool_mappings`', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'e6417a8b114d', 1, 11, 'b683b9c6e46253ae', 'upgrade[0] drop_table nsxv_edge_pool_mappings', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'e6417a8b114d' AND `statement` = 1 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'nsxv_edge_pool_mappings')));
COMMIT;
-- upgrade[1] drop_table nsxv_edge_vip_mappings
-- DESTRUCTIVE: drops table nsxv_edge_vip_mappings and every row in it
-- statement 2/11 of e6417a8b114d
SET @lbaas_tables = '["nsxv_edge_vip_mappings"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 2
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'nsxv_edge_vip_mappings'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 1 AND `done` = 1),
    'DROP TABLE `nsxv_edge_vip_mappings`', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'e6417a8b114d', 2, 11, 'af2c49ae6e50bc74', 'upgrade[1] drop_table nsxv_edge_vip_mappings', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'e6417a8b114d' AND `statement` = 2 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'nsxv_edge_vip_mappings')));
COMMIT;
-- upgrade[2] drop_table nsxv_edge_monitor_mappings
-- DESTRUCTIVE: drops table nsxv_edge_monitor_mappings and every row in it
-- statement 3/11 of e6417a8b114d
SET @lbaas_tables = '["nsxv_edge_monitor_mappings"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 3
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'nsxv_edge_monitor_mappings'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 2 AND `done` = 1),
    'DROP TABLE `nsxv_edge_monitor_mappings`', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'e6417a8b114d', 3, 11, 'ec9ea89c80c0c5d6', 'upgrade[2] drop_table nsxv_edge_monitor_mappings', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'e6417a8b114d' AND `statement` = 3 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'nsxv_edge_monitor_mappings')));
COMMIT;
-- upgrade[3] drop_table members
-- DESTRUCTIVE: drops table members and every row in it
-- statement 4/11 of e6417a8b114d
SET @lbaas_tables = '["members"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 4
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'members'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 3 AND `done` = 1),
    'DROP TABLE `members`', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'e6417a8b114d', 4, 11, '3b62e3aee7849d33', 'upgrade[3] drop_table members', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'e6417a8b114d' AND `statement` = 4 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'members')));
COMMIT;
-- upgrade[4] drop_table poolstatisticss
-- DESTRUCTIVE: drops table poolstatisticss and every row in it
-- statement 5/11 of e6417a8b114d
SET @lbaas_tables = '["poolstatisticss"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 5
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'poolstatisticss'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 4 AND `done` = 1),
    'DROP TABLE `poolstatisticss`', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'e6417a8b114d', 5, 11, '3ae87737fcec02e6', 'upgrade[4] drop_table poolstatisticss', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'e6417a8b114d' AND `statement` = 5 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'poolstatisticss')));
COMMIT;
-- upgrade[5] drop_table poolloadbalanceragentbindings
-- DESTRUCTIVE: drops table poolloadbalanceragentbindings and every row in it
-- statement 6/11 of e6417a8b114d
SET @lbaas_tables = '["poolloadbalanceragentbindings"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 6
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'poolloadbalanceragentbindings'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 5 AND `done` = 1),
    'DROP TABLE `poolloadbalanceragentbindings`', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'e6417a8b114d', 6, 11, 'b1dfedd5d9c331b0', 'upgrade[5] drop_table poolloadbalanceragentbindings', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'e6417a8b114d' AND `statement` = 6 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'poolloadbalanceragentbindings')));
COMMIT;
-- upgrade[6] drop_table poolmonitorassociations
-- DESTRUCTIVE: drops table poolmonitorassociations and every row in it
-- statement 7/11 of e6417a8b114d
SET @lbaas_tables = '["poolmonitorassociations"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 7
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'poolmonitorassociations'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 6 AND `done` = 1),
    'DROP TABLE `poolmonitorassociations`', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'e6417a8b114d', 7, 11, 'dcd395ad3b710853', 'upgrade[6] drop_table poolmonitorassociations', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'e6417a8b114d' AND `statement` = 7 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'poolmonitorassociations')));
COMMIT;
-- upgrade[7] drop_table pools
-- DESTRUCTIVE: drops table pools and every row in it
-- statement 8/11 of e6417a8b114d
SET @lbaas_tables = '["pools"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 8
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'pools'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 7 AND `done` = 1),
    'DROP TABLE `pools`', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'e6417a8b114d', 8, 11, '00c5df8dd957170b', 'upgrade[7] drop_table pools', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'e6417a8b114d' AND `statement` = 8 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'pools')));
COMMIT;
-- upgrade[8] drop_table sessionpersistences
-- DESTRUCTIVE: drops table sessionpersistences and every row in it
-- statement 9/11 of e6417a8b114d
SET @lbaas_tables = '["sessionpersistences"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 9
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessionpersistences'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 8 AND `done` = 1),
    'DROP TABLE `sessionpersistences`', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'e6417a8b114d', 9, 11, '793ceca201741335', 'upgrade[8] drop_table sessionpersistences', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'e6417a8b114d' AND `statement` = 9 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sessionpersistences')));
COMMIT;
-- upgrade[9] drop_table vips
-- DESTRUCTIVE: drops table vips and every row in it
-- statement 10/11 of e6417a8b114d
SET @lbaas_tables = '["vips"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 10
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vips'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 9 AND `done` = 1),
    'DROP TABLE `vips`', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'e6417a8b114d', 10, 11, '641ef8d660d72a92', 'upgrade[9] drop_table vips', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'e6417a8b114d' AND `statement` = 10 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vips')));
COMMIT;
-- upgrade[10] drop_table healthmonitors
-- DESTRUCTIVE: drops table healthmonitors and every row in it
-- statement 11/11 of e6417a8b114d
SET @lbaas_tables = '["healthmonitors"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 11
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'healthmonitors'))))
    AND EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `statement` = 10 AND `done` = 1),
    'DROP TABLE `healthmonitors`', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT 'e6417a8b114d', 11, 11, 'cfc4239257635e94', 'upgrade[10] drop_table healthmonitors', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = 'e6417a8b114d' AND `statement` = 11 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND NOT EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'healthmonitors')));
COMMIT;
-- version table: 4b4dc6d5d843 -> e6417a8b114d, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `done` = 1) = 11,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''e6417a8b114d'' WHERE CAST(`version_num` AS BINARY) = CAST(''4b4dc6d5d843'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''e6417a8b114d''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''e6417a8b114d'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [18/19] upgrade 844352f9fe6f: Add healthmonitor max retries down
-- source: versions/newton/expand/844352f9fe6f_add_healthmonitor_max_retries_down.jsonc
-- guard: run this revision if the database is at e6417a8b114d; skip it if an earlier run of this script applied it
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
    'SELECT COALESCE(SUM(CONCAT(`revision`, '':'', `statement`, '':'', `sha`) NOT IN (''844352f9fe6f:1:6e244d862476b857'')), 0), COALESCE(GROUP_CONCAT(CASE WHEN `revision` = ''844352f9fe6f'' AND `done` = 1 THEN `statement` END ORDER BY `statement` SEPARATOR '',''), '''') INTO @lbaas_alien, @lbaas_done FROM `alembic_version_lbaas_progress`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('e6417a8b114d' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 844352f9fe6f as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at e6417a8b114d, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_on = IF(@lbaas_run = 1 AND @lbaas_stop = '', 1, COALESCE(@lbaas_on, 0));
SET @lbaas_q = IF(@lbaas_stop <> '' AND COALESCE(IS_USED_LOCK(@lbaas_lock), 0) = CONNECTION_ID() AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress`), 'DROP TABLE IF EXISTS `alembic_version_lbaas_progress`', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming 844352f9fe6f: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[18/19] 844352f9fe6f Add healthmonitor max retries down' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] add_column lbaas_healthmonitors.max_retries_down
-- statement 1/1 of 844352f9fe6f
SET @lbaas_tables = '["lbaas_healthmonitors"]';
EXECUTE lbaas_fingerprint USING @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables, @lbaas_tables;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress` WHERE `revision` = '844352f9fe6f' AND `statement` = 1
        AND (`done` = 1 OR (`schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors' AND COLUMN_NAME = 'max_retries_down')))),
    'ALTER TABLE `lbaas_healthmonitors` ADD COLUMN `max_retries_down` INTEGER NULL, ALGORITHM=INPLACE, LOCK=NONE', 'DO 0');
START TRANSACTION;
INSERT INTO `alembic_version_lbaas_progress` (`revision`, `statement`, `statements`, `sha`, `op`, `schema_before`, `done`)
    SELECT '844352f9fe6f', 1, 1, '6e244d862476b857', 'upgrade[0] add_column lbaas_healthmonitors.max_retries_down', @lbaas_fp, 0 FROM DUAL WHERE @lbaas_q <> 'DO 0'
    ON DUPLICATE KEY UPDATE `schema_before` = @lbaas_fp;
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_err = @@error_count;
UPDATE `alembic_version_lbaas_progress` SET `done` = 1
    WHERE `revision` = '844352f9fe6f' AND `statement` = 1 AND @lbaas_run = 1 AND @lbaas_stop = ''
    AND ((@lbaas_q <> 'DO 0' AND @lbaas_err = 0) OR (`done` = 0 AND `schema_before` <> @lbaas_fp AND EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors' AND COLUMN_NAME = 'max_retries_down')));
COMMIT;
-- version table: e6417a8b114d -> 844352f9fe6f,e6417a8b114d, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '844352f9fe6f' AND `done` = 1) = 1,
    'INSERT INTO `alembic_version_lbaas` (`version_num`) VALUES (''844352f9fe6f'')', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''844352f9fe6f''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''844352f9fe6f,e6417a8b114d'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [19/19] upgrade c47fda60c1b8: Add LBaaS lookup tables
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
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT CONCAT('lbaas-db-manage: resuming c47fda60c1b8: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[19/19] c47fda60c1b8 Add LBaaS lookup tables' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
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
    WHEN COALESCE(@lbaas_on, 0) = 0 THEN CONCAT('lbaas-db-manage guard STOP: this script expects the database at base (no revision), but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed')
    ELSE CONCAT('lbaas-db-manage guard STOP: this script should have left the database at c47fda60c1b8,e6417a8b114d, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; a revision did not finish (a client that goes on after an error skipped a statement): run the script again with a client that stops at the first error') END;
SET @lbaas_q = IF(COALESCE(IS_USED_LOCK(@lbaas_lock), 0) = CONNECTION_ID() AND NOT EXISTS (SELECT 1 FROM `alembic_version_lbaas_progress`), 'DROP TABLE IF EXISTS `alembic_version_lbaas_progress`', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT 'lbaas-db-manage: the database is already at c47fda60c1b8,e6417a8b114d; nothing to do' AS progress FROM DUAL WHERE @lbaas_stop = '' AND COALESCE(@lbaas_on, 0) = 0;
DEALLOCATE PREPARE lbaas_fingerprint;


-- the migration lock is released
DEALLOCATE PREPARE lbaas_stmt;
DO RELEASE_LOCK(@lbaas_lock);
