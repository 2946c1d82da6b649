-- lbaas-db-manage 0.1.0: upgrade newton:heads for mysql
-- 1 revision: c47fda60c1b8
-- version table: alembic_version_lbaas
-- MySQL commits each DDL statement: the version row is written right after each revision, so a failure leaves it at the last completed revision
-- services: can stay up (expand revisions only)
-- lock waits: at most 5 s for each statement (lock_wait_timeout and innodb_lock_wait_timeout, --lock-timeout)
-- when a statement's lock wait runs out the script stops at the last completed revision; retry later
-- migration lock: waited for at most 60 s (--lock-wait-timeout), released at the end and when a guard stops
-- guard: checked before the first revision and again before each later one; once one stops, the migration lock is released and the session refuses every later statement
-- compiled offline from the revision files; no database was consulted

-- session: settings and the migration lock (released at the end, or as soon as a guard stops)
SET NAMES utf8mb4;
SET SESSION sql_mode = REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', '');
SET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;
SET @lbaas_lock = CONCAT('lbaas-db-manage:', LEFT(SHA2(CONCAT(COALESCE(DATABASE(), ''), '.', 'alembic_version_lbaas'), 256), 40));
SET @lbaas_stop = IF(GET_LOCK(@lbaas_lock, 60) = 1, '', 'lbaas-db-manage lock STOP: another migration of this database held the lock for 60 s; nothing was changed; retry later');

-- guard: stop here unless the database is at the expected starting revisions
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('844352f9fe6f,e6417a8b114d' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 844352f9fe6f,e6417a8b114d, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;

-- [1/1] upgrade c47fda60c1b8: Add LBaaS lookup tables
-- source: versions/ocata/expand/c47fda60c1b8_add_lbaas_lookup_tables.jsonc
SELECT '[1/1] c47fda60c1b8 Add LBaaS lookup tables' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- upgrade[0] create_table lbaas_protocol
CREATE TABLE `lbaas_protocol` (
    `name` VARCHAR(30) NOT NULL,
    `description` VARCHAR(255) NULL,
    PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[1] create_table lbaas_algorithm
CREATE TABLE `lbaas_algorithm` (
    `name` VARCHAR(30) NOT NULL,
    `description` VARCHAR(255) NULL,
    PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[2] create_table lbaas_session_persistence_type
CREATE TABLE `lbaas_session_persistence_type` (
    `name` VARCHAR(30) NOT NULL,
    `description` VARCHAR(255) NULL,
    PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[3] create_table lbaas_provisioning_status
CREATE TABLE `lbaas_provisioning_status` (
    `name` VARCHAR(30) NOT NULL,
    `description` VARCHAR(255) NULL,
    PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[4] create_table lbaas_operating_status
CREATE TABLE `lbaas_operating_status` (
    `name` VARCHAR(30) NOT NULL,
    `description` VARCHAR(255) NULL,
    PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[5] create_table lbaas_health_monitor_type
CREATE TABLE `lbaas_health_monitor_type` (
    `name` VARCHAR(30) NOT NULL,
    `description` VARCHAR(255) NULL,
    PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[6] create_table lbaas_l7rule_type
CREATE TABLE `lbaas_l7rule_type` (
    `name` VARCHAR(30) NOT NULL,
    `description` VARCHAR(255) NULL,
    PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[7] create_table lbaas_l7rule_compare_type
CREATE TABLE `lbaas_l7rule_compare_type` (
    `name` VARCHAR(30) NOT NULL,
    `description` VARCHAR(255) NULL,
    PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[8] create_table lbaas_l7policy_action
CREATE TABLE `lbaas_l7policy_action` (
    `name` VARCHAR(30) NOT NULL,
    `description` VARCHAR(255) NULL,
    PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
UPDATE `alembic_version_lbaas` SET `version_num` = 'c47fda60c1b8' WHERE CAST(`version_num` AS BINARY) = CAST('844352f9fe6f' AS BINARY);


-- the migration lock is released
DEALLOCATE PREPARE lbaas_stmt;
DO RELEASE_LOCK(@lbaas_lock);
