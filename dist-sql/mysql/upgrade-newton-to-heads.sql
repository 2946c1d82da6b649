-- lbaas-db-manage 0.1.0: upgrade newton:heads for mysql
-- 1 revision: c47fda60c1b8
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
SET @lbaas_q = IF(CAST(@lbaas_found AS BINARY) = CAST('844352f9fe6f,e6417a8b114d' AS BINARY), 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(CONCAT('lbaas-db-manage guard STOP: this script expects the database at 844352f9fe6f,e6417a8b114d, but it is at ', IF(@lbaas_found = '', 'base (no revision)', @lbaas_found), '; nothing was changed'))));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DEALLOCATE PREPARE lbaas_stmt;

-- [1/1] upgrade c47fda60c1b8: Add LBaaS lookup tables
-- source: versions/ocata/expand/c47fda60c1b8_add_lbaas_lookup_tables.jsonc
SELECT '[1/1] c47fda60c1b8 Add LBaaS lookup tables' AS progress;
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

