-- lbaas-db-manage 0.1.0: upgrade liberty:mitaka for mysql
-- 5 revisions: 4a408dd491c2 .. 62deca5010cd
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
    WHEN CAST(@lbaas_found AS BINARY) = CAST('130ebfdef43,3345facd0452' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,3345facd0452, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;

-- [1/5] upgrade 4a408dd491c2: Addition of Name column to lbaas_members and lbaas_healthmonitors table
-- source: versions/mitaka/expand/4a408dd491c2_UpdateName.jsonc
SELECT '[1/5] 4a408dd491c2 Addition of Name column to lbaas_members and lbaas_healthmonitors table' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- upgrade[0] add_column lbaas_members.name
ALTER TABLE `lbaas_members` ADD COLUMN `name` VARCHAR(255) NULL, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[1] add_column lbaas_healthmonitors.name
ALTER TABLE `lbaas_healthmonitors` ADD COLUMN `name` VARCHAR(255) NULL, ALGORITHM=INPLACE, LOCK=NONE;
UPDATE `alembic_version_lbaas` SET `version_num` = '4a408dd491c2' WHERE CAST(`version_num` AS BINARY) = CAST('3345facd0452' AS BINARY);

-- [2/5] upgrade 3426acbc12de: Add flavor id
-- source: versions/mitaka/expand/3426acbc12de_add_flavor_id.jsonc
-- guard: stop here unless the database is at 130ebfdef43,4a408dd491c2
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('130ebfdef43,4a408dd491c2' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,4a408dd491c2, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT '[2/5] 3426acbc12de Add flavor id' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- upgrade[0] add_column lbaas_loadbalancers.flavor_id
ALTER TABLE `lbaas_loadbalancers` ADD COLUMN `flavor_id` VARCHAR(36) NULL, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[1] create_foreign_key lbaas_loadbalancers (fk_lbaas_loadbalancers_flavors_id)
SET @lbaas_q = IF(EXISTS (SELECT 1 FROM `lbaas_loadbalancers` AS `c` WHERE `c`.`flavor_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `flavors` AS `p` WHERE `p`.`id` = `c`.`flavor_id`)),
    CONCAT('SET SESSION completion_type = ', QUOTE('foreign key fk_lbaas_loadbalancers_flavors_id not added: rows of lbaas_loadbalancers reference missing flavors rows; fix or delete them, then run again')), 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
CREATE INDEX `fk_lbaas_loadbalancers_flavors_id` ON `lbaas_loadbalancers` (`flavor_id`) ALGORITHM=INPLACE LOCK=NONE;
SET @lbaas_fk_checks = @@SESSION.foreign_key_checks, SESSION foreign_key_checks = 0;
ALTER TABLE `lbaas_loadbalancers` ADD CONSTRAINT `fk_lbaas_loadbalancers_flavors_id` FOREIGN KEY (`flavor_id`) REFERENCES `flavors` (`id`), ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = @lbaas_fk_checks;
UPDATE `alembic_version_lbaas` SET `version_num` = '3426acbc12de' WHERE CAST(`version_num` AS BINARY) = CAST('4a408dd491c2' AS BINARY);

-- [3/5] upgrade 6aee0434f911: independent pools
-- source: versions/mitaka/expand/6aee0434f911_independent_pools.jsonc
-- guard: stop here unless the database is at 130ebfdef43,3426acbc12de
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('130ebfdef43,3426acbc12de' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,3426acbc12de, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT '[3/5] 6aee0434f911 independent pools' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- names: stop here unless the database holds what this revision drops under these names: lbaas_listeners_ibfk_2 on lbaas_listeners, default_pool_id on lbaas_listeners
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND CONSTRAINT_TYPE = 'FOREIGN KEY' AND CONSTRAINT_NAME = 'lbaas_listeners_ibfk_2') THEN ''
    ELSE CONCAT('lbaas-db-manage names STOP: lbaas_listeners has no foreign key named lbaas_listeners_ibfk_2, which revision 6aee0434f911 drops; ', COALESCE(CONCAT('the database names its foreign key over (default_pool_id) to lbaas_pools ', (SELECT GROUP_CONCAT(rc.CONSTRAINT_NAME ORDER BY rc.CONSTRAINT_NAME SEPARATOR ', ')
        FROM information_schema.REFERENTIAL_CONSTRAINTS AS rc
        WHERE rc.CONSTRAINT_SCHEMA = DATABASE() AND rc.TABLE_NAME = 'lbaas_listeners' AND rc.REFERENCED_TABLE_NAME = 'lbaas_pools'
            AND (SELECT GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ',') FROM information_schema.KEY_COLUMN_USAGE AS k
                WHERE k.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA AND k.TABLE_NAME = rc.TABLE_NAME AND k.CONSTRAINT_NAME = rc.CONSTRAINT_NAME) = 'default_pool_id'), ': rename it to lbaas_listeners_ibfk_2, then run again'), 'nor any foreign key over (default_pool_id) to lbaas_pools: the table differs from the revision history; check it before running again'), '; nothing of this revision ran') END;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND INDEX_NAME = 'default_pool_id' AND NON_UNIQUE = 0) THEN ''
    ELSE CONCAT('lbaas-db-manage names STOP: lbaas_listeners has no unique constraint named default_pool_id, which revision 6aee0434f911 drops; ', COALESCE(CONCAT('the database names its unique constraint over (default_pool_id) ', (SELECT GROUP_CONCAT(x.INDEX_NAME ORDER BY x.INDEX_NAME SEPARATOR ', ')
        FROM (SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ',') AS cols, MIN(NON_UNIQUE) AS non_unique FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lbaas_listeners' AND INDEX_NAME <> 'PRIMARY' GROUP BY INDEX_NAME) AS x
        WHERE x.cols = 'default_pool_id' AND x.non_unique = 0), ': rename it to default_pool_id, then run again'), 'nor any unique constraint over (default_pool_id): the table differs from the revision history; check it before running again'), '; nothing of this revision ran') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
-- upgrade[1] drop_constraint lbaas_listeners (lbaas_listeners_ibfk_2)
ALTER TABLE `lbaas_listeners` DROP FOREIGN KEY `lbaas_listeners_ibfk_2`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[2] drop_constraint lbaas_listeners (default_pool_id)
ALTER TABLE `lbaas_listeners` DROP INDEX `default_pool_id`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[3] create_foreign_key lbaas_listeners (lbaas_listeners_ibfk_2)
SET @lbaas_q = IF(EXISTS (SELECT 1 FROM `lbaas_listeners` AS `c` WHERE `c`.`default_pool_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `lbaas_pools` AS `p` WHERE `p`.`id` = `c`.`default_pool_id`)),
    CONCAT('SET SESSION completion_type = ', QUOTE('foreign key lbaas_listeners_ibfk_2 not added: rows of lbaas_listeners reference missing lbaas_pools rows; fix or delete them, then run again')), 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
CREATE INDEX `lbaas_listeners_ibfk_2` ON `lbaas_listeners` (`default_pool_id`) ALGORITHM=INPLACE LOCK=NONE;
SET @lbaas_fk_checks = @@SESSION.foreign_key_checks, SESSION foreign_key_checks = 0;
ALTER TABLE `lbaas_listeners` ADD CONSTRAINT `lbaas_listeners_ibfk_2` FOREIGN KEY (`default_pool_id`) REFERENCES `lbaas_pools` (`id`), ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = @lbaas_fk_checks;
-- upgrade[4] add_column lbaas_pools.loadbalancer_id
ALTER TABLE `lbaas_pools` ADD COLUMN `loadbalancer_id` VARCHAR(36) NULL, ALGORITHM=INPLACE, LOCK=NONE;
SET @lbaas_q = IF(EXISTS (SELECT 1 FROM `lbaas_pools` AS `c` WHERE `c`.`loadbalancer_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `lbaas_loadbalancers` AS `p` WHERE `p`.`id` = `c`.`loadbalancer_id`)),
    CONCAT('SET SESSION completion_type = ', QUOTE('foreign key lbaas_pools_ibfk_2 not added: rows of lbaas_pools reference missing lbaas_loadbalancers rows; fix or delete them, then run again')), 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
CREATE INDEX `loadbalancer_id` ON `lbaas_pools` (`loadbalancer_id`) ALGORITHM=INPLACE LOCK=NONE;
SET @lbaas_fk_checks = @@SESSION.foreign_key_checks, SESSION foreign_key_checks = 0;
ALTER TABLE `lbaas_pools` ADD CONSTRAINT `lbaas_pools_ibfk_2` FOREIGN KEY (`loadbalancer_id`) REFERENCES `lbaas_loadbalancers` (`id`), ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = @lbaas_fk_checks;
-- upgrade[6] execute
UPDATE lbaas_pools
INNER JOIN lbaas_listeners ON lbaas_listeners.default_pool_id = lbaas_pools.id
SET lbaas_pools.loadbalancer_id = lbaas_listeners.loadbalancer_id;
UPDATE `alembic_version_lbaas` SET `version_num` = '6aee0434f911' WHERE CAST(`version_num` AS BINARY) = CAST('3426acbc12de' AS BINARY);

-- [4/5] upgrade 3543deab1547: add_l7_tables
-- source: versions/mitaka/expand/3543deab1547_add_l7_tables.jsonc
-- guard: stop here unless the database is at 130ebfdef43,6aee0434f911
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('130ebfdef43,6aee0434f911' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,6aee0434f911, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT '[4/5] 3543deab1547 add_l7_tables' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- upgrade[0] create_table lbaas_l7policies
CREATE TABLE `lbaas_l7policies` (
    `tenant_id` VARCHAR(255) NULL,
    `id` VARCHAR(36) NOT NULL,
    `name` VARCHAR(255) NULL,
    `description` VARCHAR(255) NULL,
    `listener_id` VARCHAR(36) NOT NULL,
    `action` ENUM('REJECT', 'REDIRECT_TO_URL', 'REDIRECT_TO_POOL') NOT NULL,
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
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[1] create_table lbaas_l7rules
CREATE TABLE `lbaas_l7rules` (
    `tenant_id` VARCHAR(255) NULL,
    `id` VARCHAR(36) NOT NULL,
    `l7policy_id` VARCHAR(36) NOT NULL,
    `type` ENUM('HOST_NAME', 'PATH', 'FILE_TYPE', 'HEADER', 'COOKIE') NOT NULL,
    `compare_type` ENUM('REGEX', 'STARTS_WITH', 'ENDS_WITH', 'CONTAINS', 'EQUAL_TO') NOT NULL,
    `invert` BOOLEAN NOT NULL,
    `key` VARCHAR(255) NULL,
    `value` VARCHAR(255) NOT NULL,
    `provisioning_status` VARCHAR(16) NOT NULL,
    `admin_state_up` BOOLEAN NOT NULL,
    PRIMARY KEY (`id`),
    INDEX `l7policy_id` (`l7policy_id`),
    CONSTRAINT `lbaas_l7rules_ibfk_1` FOREIGN KEY (`l7policy_id`) REFERENCES `lbaas_l7policies` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
UPDATE `alembic_version_lbaas` SET `version_num` = '3543deab1547' WHERE CAST(`version_num` AS BINARY) = CAST('6aee0434f911' AS BINARY);

-- [5/5] upgrade 62deca5010cd: Add tenant-id index for L7 tables
-- source: versions/mitaka/expand/62deca5010cd_add_tenant_id_index_for_l7_tables.jsonc
-- guard: stop here unless the database is at 130ebfdef43,3543deab1547
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('130ebfdef43,3543deab1547' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,3543deab1547, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT '[5/5] 62deca5010cd Add tenant-id index for L7 tables' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- upgrade[0] create_index lbaas_l7rules (ix_lbaas_l7rules_tenant_id)
CREATE INDEX `ix_lbaas_l7rules_tenant_id` ON `lbaas_l7rules` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[1] create_index lbaas_l7policies (ix_lbaas_l7policies_tenant_id)
CREATE INDEX `ix_lbaas_l7policies_tenant_id` ON `lbaas_l7policies` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE;
UPDATE `alembic_version_lbaas` SET `version_num` = '62deca5010cd' WHERE CAST(`version_num` AS BINARY) = CAST('3543deab1547' AS BINARY);


-- the migration lock is released
DEALLOCATE PREPARE lbaas_stmt;
DO RELEASE_LOCK(@lbaas_lock);
