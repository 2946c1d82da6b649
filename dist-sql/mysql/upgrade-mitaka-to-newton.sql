-- lbaas-db-manage 0.1.0: upgrade mitaka:newton for mysql
-- 3 revisions: 4b4dc6d5d843 .. 844352f9fe6f
-- version table: alembic_version_lbaas
-- MySQL commits each DDL statement: the version row is written right after each revision, so a failure leaves it at the last completed revision
-- services: stop them first: this range mixes expand and contract revisions (contract: 4b4dc6d5d843, e6417a8b114d)
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
    WHEN CAST(@lbaas_found AS BINARY) = CAST('130ebfdef43,62deca5010cd' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,62deca5010cd, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;

-- [1/3] upgrade 4b4dc6d5d843: rename tenant to project
-- source: versions/newton/contract/4b4dc6d5d843_rename_tenant_to_project.jsonc
SELECT '[1/3] 4b4dc6d5d843 rename tenant to project' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- names: stop here unless the database holds what this revision drops under these names: ix_vips_tenant_id on vips, ix_members_tenant_id on members, ix_pools_tenant_id on pools, ix_healthmonitors_tenant_id on healthmonitors, ix_lbaas_members_tenant_id on lbaas_members, ix_lbaas_healthmonitors_tenant_id on lbaas_healthmonitors, ix_lbaas_loadbalancers_tenant_id on lbaas_loadbalancers, ix_lbaas_pools_tenant_id on lbaas_pools, ix_lbaas_l7rules_tenant_id on lbaas_l7rules, ix_lbaas_l7policies_tenant_id on lbaas_l7policies, ix_lbaas_listeners_tenant_id on lbaas_listeners
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vips' AND INDEX_NAME = 'ix_vips_tenant_id') THEN ''
    ELSE CONCAT('lbaas-db-manage names STOP: vips has no index named ix_vips_tenant_id, which revision 4b4dc6d5d843 drops; ', COALESCE(CONCAT('the database names its index over (tenant_id) ', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR ', ')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ',') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vips' AND INDEX_NAME <> 'PRIMARY' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = 'tenant_id'), ': rename it to ix_vips_tenant_id, then run again'), 'nor any index over (tenant_id): the table differs from the revision history; check it before running again'), '; nothing of this revision ran') END;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'members' AND INDEX_NAME = 'ix_members_tenant_id') THEN ''
    ELSE CONCAT('lbaas-db-manage names STOP: members has no index named ix_members_tenant_id, which revision 4b4dc6d5d843 drops; ', COALESCE(CONCAT('the database names its index over (tenant_id) ', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR ', ')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ',') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'members' AND INDEX_NAME <> 'PRIMARY' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = 'tenant_id'), ': rename it to ix_members_tenant_id, then run again'), 'nor any index over (tenant_id): the table differs from the revision history; check it before running again'), '; nothing of this revision ran') END;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'pools' AND INDEX_NAME = 'ix_pools_tenant_id') THEN ''
    ELSE CONCAT('lbaas-db-manage names STOP: pools has no index named ix_pools_tenant_id, which revision 4b4dc6d5d843 drops; ', COALESCE(CONCAT('the database names its index over (tenant_id) ', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR ', ')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ',') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'pools' AND INDEX_NAME <> 'PRIMARY' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = 'tenant_id'), ': rename it to ix_pools_tenant_id, then run again'), 'nor any index over (tenant_id): the table differs from the revision history; check it before running again'), '; nothing of this revision ran') END;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'healthmonitors' AND INDEX_NAME = 'ix_healthmonitors_tenant_id') THEN ''
    ELSE CONCAT('lbaas-db-manage names STOP: healthmonitors has no index named ix_healthmonitors_tenant_id, which revision 4b4dc6d5d843 drops; ', COALESCE(CONCAT('the database names its index over (tenant_id) ', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR ', ')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ',') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'healthmonitors' AND INDEX_NAME <> 'PRIMARY' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = 'tenant_id'), ': rename it to ix_healthmonitors_tenant_id, then run again'), 'nor any index over (tenant_id): the table differs from the revision history; check it before running again'), '; nothing of this revision ran') END;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members' AND INDEX_NAME = 'ix_lbaas_members_tenant_id') THEN ''
    ELSE CONCAT('lbaas-db-manage names STOP: lbaas_members has no index named ix_lbaas_members_tenant_id, which revision 4b4dc6d5d843 drops; ', COALESCE(CONCAT('the database names its index over (tenant_id) ', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR ', ')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ',') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_members' AND INDEX_NAME <> 'PRIMARY' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = 'tenant_id'), ': rename it to ix_lbaas_members_tenant_id, then run again'), 'nor any index over (tenant_id): the table differs from the revision history; check it before running again'), '; nothing of this revision ran') END;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors' AND INDEX_NAME = 'ix_lbaas_healthmonitors_tenant_id') THEN ''
    ELSE CONCAT('lbaas-db-manage names STOP: lbaas_healthmonitors has no index named ix_lbaas_healthmonitors_tenant_id, which revision 4b4dc6d5d843 drops; ', COALESCE(CONCAT('the database names its index over (tenant_id) ', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR ', ')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ',') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_healthmonitors' AND INDEX_NAME <> 'PRIMARY' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = 'tenant_id'), ': rename it to ix_lbaas_healthmonitors_tenant_id, then run again'), 'nor any index over (tenant_id): the table differs from the revision history; check it before running again'), '; nothing of this revision ran') END;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND INDEX_NAME = 'ix_lbaas_loadbalancers_tenant_id') THEN ''
    ELSE CONCAT('lbaas-db-manage names STOP: lbaas_loadbalancers has no index named ix_lbaas_loadbalancers_tenant_id, which revision 4b4dc6d5d843 drops; ', COALESCE(CONCAT('the database names its index over (tenant_id) ', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR ', ')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ',') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_loadbalancers' AND INDEX_NAME <> 'PRIMARY' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = 'tenant_id'), ': rename it to ix_lbaas_loadbalancers_tenant_id, then run again'), 'nor any index over (tenant_id): the table differs from the revision history; check it before running again'), '; nothing of this revision ran') END;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND INDEX_NAME = 'ix_lbaas_pools_tenant_id') THEN ''
    ELSE CONCAT('lbaas-db-manage names STOP: lbaas_pools has no index named ix_lbaas_pools_tenant_id, which revision 4b4dc6d5d843 drops; ', COALESCE(CONCAT('the database names its index over (tenant_id) ', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR ', ')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ',') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_pools' AND INDEX_NAME <> 'PRIMARY' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = 'tenant_id'), ': rename it to ix_lbaas_pools_tenant_id, then run again'), 'nor any index over (tenant_id): the table differs from the revision history; check it before running again'), '; nothing of this revision ran') END;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7rules' AND INDEX_NAME = 'ix_lbaas_l7rules_tenant_id') THEN ''
    ELSE CONCAT('lbaas-db-manage names STOP: lbaas_l7rules has no index named ix_lbaas_l7rules_tenant_id, which revision 4b4dc6d5d843 drops; ', COALESCE(CONCAT('the database names its index over (tenant_id) ', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR ', ')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ',') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7rules' AND INDEX_NAME <> 'PRIMARY' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = 'tenant_id'), ': rename it to ix_lbaas_l7rules_tenant_id, then run again'), 'nor any index over (tenant_id): the table differs from the revision history; check it before running again'), '; nothing of this revision ran') END;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7policies' AND INDEX_NAME = 'ix_lbaas_l7policies_tenant_id') THEN ''
    ELSE CONCAT('lbaas-db-manage names STOP: lbaas_l7policies has no index named ix_lbaas_l7policies_tenant_id, which revision 4b4dc6d5d843 drops; ', COALESCE(CONCAT('the database names its index over (tenant_id) ', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR ', ')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ',') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_l7policies' AND INDEX_NAME <> 'PRIMARY' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = 'tenant_id'), ': rename it to ix_lbaas_l7policies_tenant_id, then run again'), 'nor any index over (tenant_id): the table differs from the revision history; check it before running again'), '; nothing of this revision ran') END;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND INDEX_NAME = 'ix_lbaas_listeners_tenant_id') THEN ''
    ELSE CONCAT('lbaas-db-manage names STOP: lbaas_listeners has no index named ix_lbaas_listeners_tenant_id, which revision 4b4dc6d5d843 drops; ', COALESCE(CONCAT('the database names its index over (tenant_id) ', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR ', ')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ',') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND INDEX_NAME <> 'PRIMARY' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = 'tenant_id'), ': rename it to ix_lbaas_listeners_tenant_id, then run again'), 'nor any index over (tenant_id): the table differs from the revision history; check it before running again'), '; nothing of this revision ran') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
-- upgrade[0] alter_column vips.tenant_id
ALTER TABLE `vips` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL;
-- upgrade[1] drop_index vips (ix_vips_tenant_id)
ALTER TABLE `vips` DROP INDEX `ix_vips_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[2] create_index vips (ix_vips_project_id)
CREATE INDEX `ix_vips_project_id` ON `vips` (`project_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[3] alter_column members.tenant_id
ALTER TABLE `members` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL;
-- upgrade[4] drop_index members (ix_members_tenant_id)
ALTER TABLE `members` DROP INDEX `ix_members_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[5] create_index members (ix_members_project_id)
CREATE INDEX `ix_members_project_id` ON `members` (`project_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[6] alter_column pools.tenant_id
ALTER TABLE `pools` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL;
-- upgrade[7] drop_index pools (ix_pools_tenant_id)
ALTER TABLE `pools` DROP INDEX `ix_pools_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[8] create_index pools (ix_pools_project_id)
CREATE INDEX `ix_pools_project_id` ON `pools` (`project_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[9] alter_column healthmonitors.tenant_id
ALTER TABLE `healthmonitors` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL;
-- upgrade[10] drop_index healthmonitors (ix_healthmonitors_tenant_id)
ALTER TABLE `healthmonitors` DROP INDEX `ix_healthmonitors_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[11] create_index healthmonitors (ix_healthmonitors_project_id)
CREATE INDEX `ix_healthmonitors_project_id` ON `healthmonitors` (`project_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[12] alter_column lbaas_members.tenant_id
ALTER TABLE `lbaas_members` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL;
-- upgrade[13] drop_index lbaas_members (ix_lbaas_members_tenant_id)
ALTER TABLE `lbaas_members` DROP INDEX `ix_lbaas_members_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[14] create_index lbaas_members (ix_lbaas_members_project_id)
CREATE INDEX `ix_lbaas_members_project_id` ON `lbaas_members` (`project_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[15] alter_column lbaas_healthmonitors.tenant_id
ALTER TABLE `lbaas_healthmonitors` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL;
-- upgrade[16] drop_index lbaas_healthmonitors (ix_lbaas_healthmonitors_tenant_id)
ALTER TABLE `lbaas_healthmonitors` DROP INDEX `ix_lbaas_healthmonitors_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[17] create_index lbaas_healthmonitors (ix_lbaas_healthmonitors_project_id)
CREATE INDEX `ix_lbaas_healthmonitors_project_id` ON `lbaas_healthmonitors` (`project_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[18] alter_column lbaas_loadbalancers.tenant_id
ALTER TABLE `lbaas_loadbalancers` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL;
-- upgrade[19] drop_index lbaas_loadbalancers (ix_lbaas_loadbalancers_tenant_id)
ALTER TABLE `lbaas_loadbalancers` DROP INDEX `ix_lbaas_loadbalancers_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[20] create_index lbaas_loadbalancers (ix_lbaas_loadbalancers_project_id)
CREATE INDEX `ix_lbaas_loadbalancers_project_id` ON `lbaas_loadbalancers` (`project_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[21] alter_column lbaas_pools.tenant_id
ALTER TABLE `lbaas_pools` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL;
-- upgrade[22] drop_index lbaas_pools (ix_lbaas_pools_tenant_id)
ALTER TABLE `lbaas_pools` DROP INDEX `ix_lbaas_pools_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[23] create_index lbaas_pools (ix_lbaas_pools_project_id)
CREATE INDEX `ix_lbaas_pools_project_id` ON `lbaas_pools` (`project_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[24] alter_column lbaas_l7rules.tenant_id
ALTER TABLE `lbaas_l7rules` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL;
-- upgrade[25] drop_index lbaas_l7rules (ix_lbaas_l7rules_tenant_id)
ALTER TABLE `lbaas_l7rules` DROP INDEX `ix_lbaas_l7rules_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[26] create_index lbaas_l7rules (ix_lbaas_l7rules_project_id)
CREATE INDEX `ix_lbaas_l7rules_project_id` ON `lbaas_l7rules` (`project_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[27] alter_column lbaas_l7policies.tenant_id
ALTER TABLE `lbaas_l7policies` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL;
-- upgrade[28] drop_index lbaas_l7policies (ix_lbaas_l7policies_tenant_id)
ALTER TABLE `lbaas_l7policies` DROP INDEX `ix_lbaas_l7policies_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[29] create_index lbaas_l7policies (ix_lbaas_l7policies_project_id)
CREATE INDEX `ix_lbaas_l7policies_project_id` ON `lbaas_l7policies` (`project_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[30] alter_column lbaas_listeners.tenant_id
ALTER TABLE `lbaas_listeners` CHANGE COLUMN `tenant_id` `project_id` VARCHAR(255) NULL;
-- upgrade[31] drop_index lbaas_listeners (ix_lbaas_listeners_tenant_id)
ALTER TABLE `lbaas_listeners` DROP INDEX `ix_lbaas_listeners_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[32] create_index lbaas_listeners (ix_lbaas_listeners_project_id)
CREATE INDEX `ix_lbaas_listeners_project_id` ON `lbaas_listeners` (`project_id`) ALGORITHM=INPLACE LOCK=NONE;
DELETE FROM `alembic_version_lbaas` WHERE CAST(`version_num` AS BINARY) = CAST('130ebfdef43' AS BINARY);
UPDATE `alembic_version_lbaas` SET `version_num` = '4b4dc6d5d843' WHERE CAST(`version_num` AS BINARY) = CAST('62deca5010cd' AS BINARY);

-- [2/3] upgrade e6417a8b114d: Drop v1 tables
-- source: versions/newton/contract/e6417a8b114d_drop_v1_tables.jsonc
-- guard: stop here unless the database is at 4b4dc6d5d843
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('4b4dc6d5d843' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 4b4dc6d5d843, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT '[2/3] e6417a8b114d Drop v1 tables' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- upgrade[0] drop_table nsxv_edge_pool_mappings
-- DESTRUCTIVE: drops table nsxv_edge_pool_mappings and every row in it
DROP TABLE `nsxv_edge_pool_mappings`;
-- upgrade[1] drop_table nsxv_edge_vip_mappings
-- DESTRUCTIVE: drops table nsxv_edge_vip_mappings and every row in it
DROP TABLE `nsxv_edge_vip_mappings`;
-- upgrade[2] drop_table nsxv_edge_monitor_mappings
-- DESTRUCTIVE: drops table nsxv_edge_monitor_mappings and every row in it
DROP TABLE `nsxv_edge_monitor_mappings`;
-- upgrade[3] drop_table members
-- DESTRUCTIVE: drops table members and every row in it
DROP TABLE `members`;
-- upgrade[4] drop_table poolstatisticss
-- DESTRUCTIVE: drops table poolstatisticss and every row in it
DROP TABLE `poolstatisticss`;
-- upgrade[5] drop_table poolloadbalanceragentbindings
-- DESTRUCTIVE: drops table poolloadbalanceragentbindings and every row in it
DROP TABLE `poolloadbalanceragentbindings`;
-- upgrade[6] drop_table poolmonitorassociations
-- DESTRUCTIVE: drops table poolmonitorassociations and every row in it
DROP TABLE `poolmonitorassociations`;
-- upgrade[7] drop_table pools
-- DESTRUCTIVE: drops table pools and every row in it
DROP TABLE `pools`;
-- upgrade[8] drop_table sessionpersistences
-- DESTRUCTIVE: drops table sessionpersistences and every row in it
DROP TABLE `sessionpersistences`;
-- upgrade[9] drop_table vips
-- DESTRUCTIVE: drops table vips and every row in it
DROP TABLE `vips`;
-- upgrade[10] drop_table healthmonitors
-- DESTRUCTIVE: drops table healthmonitors and every row in it
DROP TABLE `healthmonitors`;
UPDATE `alembic_version_lbaas` SET `version_num` = 'e6417a8b114d' WHERE CAST(`version_num` AS BINARY) = CAST('4b4dc6d5d843' AS BINARY);

-- [3/3] upgrade 844352f9fe6f: Add healthmonitor max retries down
-- source: versions/newton/expand/844352f9fe6f_add_healthmonitor_max_retries_down.jsonc
-- guard: stop here unless the database is at e6417a8b114d
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('e6417a8b114d' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at e6417a8b114d, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT '[3/3] 844352f9fe6f Add healthmonitor max retries down' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- upgrade[0] add_column lbaas_healthmonitors.max_retries_down
ALTER TABLE `lbaas_healthmonitors` ADD COLUMN `max_retries_down` INTEGER NULL, ALGORITHM=INPLACE, LOCK=NONE;
INSERT INTO `alembic_version_lbaas` (`version_num`) VALUES ('844352f9fe6f');


-- the migration lock is released
DEALLOCATE PREPARE lbaas_stmt;
DO RELEASE_LOCK(@lbaas_lock);
