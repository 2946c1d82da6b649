-- lbaas-db-manage 0.1.0: upgrade base:heads for mysql
-- 19 revisions: start_neutron_lbaas .. c47fda60c1b8
-- version table: alembic_version_lbaas
-- MySQL commits each DDL statement: the version row is written right after each revision, so a failure leaves it at the last completed revision
-- services: stop them first: this range mixes expand and contract revisions (contract: 130ebfdef43, 4b4dc6d5d843, e6417a8b114d)
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
    WHEN CAST(@lbaas_found AS BINARY) = CAST('' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at base (no revision), but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;

CREATE TABLE IF NOT EXISTS `alembic_version_lbaas` (
    `version_num` VARCHAR(32) NOT NULL,
    CONSTRAINT `alembic_version_lbaas_pkc` PRIMARY KEY (`version_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

-- [1/19] upgrade start_neutron_lbaas: start neutron-lbaas chain
-- source: versions/start_neutron_lbaas.jsonc
SELECT '[1/19] start_neutron_lbaas start neutron-lbaas chain' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- (no schema changes on this dialect)
INSERT INTO `alembic_version_lbaas` (`version_num`) VALUES ('start_neutron_lbaas');

-- [2/19] upgrade lbaasv2: lbaas version 2 api
-- source: versions/lbaasv2.jsonc
-- guard: stop here unless the database is at start_neutron_lbaas
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('start_neutron_lbaas' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at start_neutron_lbaas, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT '[2/19] lbaasv2 lbaas version 2 api' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- upgrade[0] create_table lbaas_healthmonitors
CREATE TABLE `lbaas_healthmonitors` (
    `tenant_id` VARCHAR(255) NULL,
    `id` VARCHAR(36) NOT NULL,
    `type` ENUM('PING', 'TCP', 'HTTP', 'HTTPS') NOT NULL,
    `delay` INTEGER NOT NULL,
    `timeout` INTEGER NOT NULL,
    `max_retries` INTEGER NOT NULL,
    `http_method` VARCHAR(16) NULL,
    `url_path` VARCHAR(255) NULL,
    `expected_codes` VARCHAR(64) NULL,
    `status` VARCHAR(16) NOT NULL,
    `admin_state_up` BOOLEAN NOT NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[1] create_table lbaas_pools
CREATE TABLE `lbaas_pools` (
    `tenant_id` VARCHAR(255) NULL,
    `id` VARCHAR(36) NOT NULL,
    `name` VARCHAR(255) NULL,
    `description` VARCHAR(255) NULL,
    `protocol` ENUM('HTTP', 'HTTPS', 'TCP') NOT NULL,
    `lb_algorithm` ENUM('ROUND_ROBIN', 'LEAST_CONNECTIONS', 'SOURCE_IP') NOT NULL,
    `healthmonitor_id` VARCHAR(36) NULL,
    `status` VARCHAR(16) NOT NULL,
    `admin_state_up` BOOLEAN NOT NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `healthmonitor_id` UNIQUE (`healthmonitor_id`),
    CONSTRAINT `lbaas_pools_ibfk_1` FOREIGN KEY (`healthmonitor_id`) REFERENCES `lbaas_healthmonitors` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[2] create_table lbaas_sessionpersistences
CREATE TABLE `lbaas_sessionpersistences` (
    `pool_id` VARCHAR(36) NOT NULL,
    `type` ENUM('SOURCE_IP', 'HTTP_COOKIE', 'APP_COOKIE') NOT NULL,
    `cookie_name` VARCHAR(1024) NULL,
    PRIMARY KEY (`pool_id`),
    CONSTRAINT `lbaas_sessionpersistences_ibfk_1` FOREIGN KEY (`pool_id`) REFERENCES `lbaas_pools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[3] create_table lbaas_members
CREATE TABLE `lbaas_members` (
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
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[4] create_table lbaas_loadbalancers
CREATE TABLE `lbaas_loadbalancers` (
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
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[5] create_table lbaas_listeners
CREATE TABLE `lbaas_listeners` (
    `tenant_id` VARCHAR(255) NULL,
    `id` VARCHAR(36) NOT NULL,
    `name` VARCHAR(255) NULL,
    `description` VARCHAR(255) NULL,
    `protocol` ENUM('HTTP', 'HTTPS', 'TCP') NOT NULL,
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
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[6] create_table lbaas_loadbalancer_statistics
CREATE TABLE `lbaas_loadbalancer_statistics` (
    `loadbalancer_id` VARCHAR(36) NOT NULL,
    `bytes_in` BIGINT NOT NULL,
    `bytes_out` BIGINT NOT NULL,
    `active_connections` BIGINT NOT NULL,
    `total_connections` BIGINT NOT NULL,
    PRIMARY KEY (`loadbalancer_id`),
    CONSTRAINT `lbaas_loadbalancer_statistics_ibfk_1` FOREIGN KEY (`loadbalancer_id`) REFERENCES `lbaas_loadbalancers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
UPDATE `alembic_version_lbaas` SET `version_num` = 'lbaasv2' WHERE CAST(`version_num` AS BINARY) = CAST('start_neutron_lbaas' AS BINARY);

-- [3/19] upgrade 4deef6d81931: add provisioning and operating statuses
-- source: versions/4deef6d81931_add_provisioning_and_operating_statuses.jsonc
-- guard: stop here unless the database is at lbaasv2
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('lbaasv2' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at lbaasv2, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT '[3/19] 4deef6d81931 add provisioning and operating statuses' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- upgrade[0] drop_column lbaas_loadbalancers.status
-- DESTRUCTIVE: drops column lbaas_loadbalancers.status and the values in it
ALTER TABLE `lbaas_loadbalancers` DROP COLUMN `status`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[1] add_column lbaas_loadbalancers.provisioning_status
ALTER TABLE `lbaas_loadbalancers` ADD COLUMN `provisioning_status` VARCHAR(16) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[2] add_column lbaas_loadbalancers.operating_status
ALTER TABLE `lbaas_loadbalancers` ADD COLUMN `operating_status` VARCHAR(16) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[3] drop_column lbaas_listeners.status
-- DESTRUCTIVE: drops column lbaas_listeners.status and the values in it
ALTER TABLE `lbaas_listeners` DROP COLUMN `status`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[4] add_column lbaas_listeners.provisioning_status
ALTER TABLE `lbaas_listeners` ADD COLUMN `provisioning_status` VARCHAR(16) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[5] add_column lbaas_listeners.operating_status
ALTER TABLE `lbaas_listeners` ADD COLUMN `operating_status` VARCHAR(16) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[6] drop_column lbaas_pools.status
-- DESTRUCTIVE: drops column lbaas_pools.status and the values in it
ALTER TABLE `lbaas_pools` DROP COLUMN `status`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[7] add_column lbaas_pools.provisioning_status
ALTER TABLE `lbaas_pools` ADD COLUMN `provisioning_status` VARCHAR(16) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[8] add_column lbaas_pools.operating_status
ALTER TABLE `lbaas_pools` ADD COLUMN `operating_status` VARCHAR(16) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[9] drop_column lbaas_members.status
-- DESTRUCTIVE: drops column lbaas_members.status and the values in it
ALTER TABLE `lbaas_members` DROP COLUMN `status`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[10] add_column lbaas_members.provisioning_status
ALTER TABLE `lbaas_members` ADD COLUMN `provisioning_status` VARCHAR(16) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[11] add_column lbaas_members.operating_status
ALTER TABLE `lbaas_members` ADD COLUMN `operating_status` VARCHAR(16) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[12] drop_column lbaas_healthmonitors.status
-- DESTRUCTIVE: drops column lbaas_healthmonitors.status and the values in it
ALTER TABLE `lbaas_healthmonitors` DROP COLUMN `status`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[13] add_column lbaas_healthmonitors.provisioning_status
ALTER TABLE `lbaas_healthmonitors` ADD COLUMN `provisioning_status` VARCHAR(16) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;
UPDATE `alembic_version_lbaas` SET `version_num` = '4deef6d81931' WHERE CAST(`version_num` AS BINARY) = CAST('lbaasv2' AS BINARY);

-- [4/19] upgrade 4b6d8d5310b8: add_index_tenant_id
-- source: versions/4b6d8d5310b8_add_index_tenant_id.jsonc
-- guard: stop here unless the database is at 4deef6d81931
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('4deef6d81931' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 4deef6d81931, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT '[4/19] 4b6d8d5310b8 add_index_tenant_id' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- upgrade[0] create_index lbaas_members (ix_lbaas_members_tenant_id)
CREATE INDEX `ix_lbaas_members_tenant_id` ON `lbaas_members` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[1] create_index lbaas_healthmonitors (ix_lbaas_healthmonitors_tenant_id)
CREATE INDEX `ix_lbaas_healthmonitors_tenant_id` ON `lbaas_healthmonitors` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[2] create_index lbaas_pools (ix_lbaas_pools_tenant_id)
CREATE INDEX `ix_lbaas_pools_tenant_id` ON `lbaas_pools` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[3] create_index lbaas_loadbalancers (ix_lbaas_loadbalancers_tenant_id)
CREATE INDEX `ix_lbaas_loadbalancers_tenant_id` ON `lbaas_loadbalancers` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[4] create_index lbaas_listeners (ix_lbaas_listeners_tenant_id)
CREATE INDEX `ix_lbaas_listeners_tenant_id` ON `lbaas_listeners` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[5] create_index vips (ix_vips_tenant_id)
CREATE INDEX `ix_vips_tenant_id` ON `vips` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[6] create_index members (ix_members_tenant_id)
CREATE INDEX `ix_members_tenant_id` ON `members` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[7] create_index pools (ix_pools_tenant_id)
CREATE INDEX `ix_pools_tenant_id` ON `pools` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[8] create_index healthmonitors (ix_healthmonitors_tenant_id)
CREATE INDEX `ix_healthmonitors_tenant_id` ON `healthmonitors` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE;
UPDATE `alembic_version_lbaas` SET `version_num` = '4b6d8d5310b8' WHERE CAST(`version_num` AS BINARY) = CAST('4deef6d81931' AS BINARY);

-- [5/19] upgrade 364f9b6064f0: agentv2
-- source: versions/364f9b6064f0_agentv2.jsonc
-- guard: stop here unless the database is at 4b6d8d5310b8
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('4b6d8d5310b8' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 4b6d8d5310b8, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT '[5/19] 364f9b6064f0 agentv2' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- upgrade[0] create_table lbaas_loadbalanceragentbindings
CREATE TABLE `lbaas_loadbalanceragentbindings` (
    `loadbalancer_id` VARCHAR(36) NOT NULL,
    `agent_id` VARCHAR(36) NOT NULL,
    PRIMARY KEY (`loadbalancer_id`),
    INDEX `agent_id` (`agent_id`),
    CONSTRAINT `lbaas_loadbalanceragentbindings_ibfk_1` FOREIGN KEY (`loadbalancer_id`) REFERENCES `lbaas_loadbalancers` (`id`) ON DELETE CASCADE,
    CONSTRAINT `lbaas_loadbalanceragentbindings_ibfk_2` FOREIGN KEY (`agent_id`) REFERENCES `agents` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
UPDATE `alembic_version_lbaas` SET `version_num` = '364f9b6064f0' WHERE CAST(`version_num` AS BINARY) = CAST('4b6d8d5310b8' AS BINARY);

-- [6/19] upgrade lbaasv2_tls: lbaasv2 TLS
-- source: versions/lbaasv2_tls.jsonc
-- guard: stop here unless the database is at 364f9b6064f0
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('364f9b6064f0' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 364f9b6064f0, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT '[6/19] lbaasv2_tls lbaasv2 TLS' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- upgrade[0] alter_column lbaas_listeners.protocol
ALTER TABLE `lbaas_listeners` MODIFY COLUMN `protocol` ENUM('HTTP', 'HTTPS', 'TCP', 'TERMINATED_HTTPS') NOT NULL;
-- upgrade[1] create_table lbaas_sni
CREATE TABLE `lbaas_sni` (
    `listener_id` VARCHAR(36) NOT NULL,
    `tls_container_id` VARCHAR(128) NOT NULL,
    `position` INTEGER NULL,
    PRIMARY KEY (`listener_id`, `tls_container_id`),
    CONSTRAINT `lbaas_sni_ibfk_1` FOREIGN KEY (`listener_id`) REFERENCES `lbaas_listeners` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[2] add_column lbaas_listeners.default_tls_container_id
ALTER TABLE `lbaas_listeners` ADD COLUMN `default_tls_container_id` VARCHAR(128) NULL, ALGORITHM=INPLACE, LOCK=NONE;
UPDATE `alembic_version_lbaas` SET `version_num` = 'lbaasv2_tls' WHERE CAST(`version_num` AS BINARY) = CAST('364f9b6064f0' AS BINARY);

-- [7/19] upgrade 4ba00375f715: edge_driver
-- source: versions/4ba00375f715_edge_driver.jsonc
-- guard: stop here unless the database is at lbaasv2_tls
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('lbaasv2_tls' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at lbaasv2_tls, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT '[7/19] 4ba00375f715 edge_driver' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- upgrade[0] create_table nsxv_edge_pool_mappings
CREATE TABLE `nsxv_edge_pool_mappings` (
    `pool_id` VARCHAR(36) NOT NULL,
    `edge_id` VARCHAR(36) NOT NULL,
    `edge_pool_id` VARCHAR(36) NOT NULL,
    PRIMARY KEY (`pool_id`),
    CONSTRAINT `nsxv_edge_pool_mappings_ibfk_1` FOREIGN KEY (`pool_id`) REFERENCES `pools` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[1] create_table nsxv_edge_vip_mappings
CREATE TABLE `nsxv_edge_vip_mappings` (
    `pool_id` VARCHAR(36) NOT NULL,
    `edge_id` VARCHAR(36) NOT NULL,
    `edge_app_profile_id` VARCHAR(36) NOT NULL,
    `edge_vse_id` VARCHAR(36) NOT NULL,
    `edge_fw_rule_id` VARCHAR(36) NOT NULL,
    PRIMARY KEY (`pool_id`),
    CONSTRAINT `nsxv_edge_vip_mappings_ibfk_1` FOREIGN KEY (`pool_id`) REFERENCES `pools` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[2] create_table nsxv_edge_monitor_mappings
CREATE TABLE `nsxv_edge_monitor_mappings` (
    `monitor_id` VARCHAR(36) NOT NULL,
    `edge_id` VARCHAR(36) NOT NULL,
    `edge_monitor_id` VARCHAR(36) NOT NULL,
    PRIMARY KEY (`monitor_id`),
    CONSTRAINT `uniq_nsxv_edge_monitor_mappings` UNIQUE (`monitor_id`, `edge_id`),
    CONSTRAINT `nsxv_edge_monitor_mappings_ibfk_1` FOREIGN KEY (`monitor_id`) REFERENCES `healthmonitors` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
UPDATE `alembic_version_lbaas` SET `version_num` = '4ba00375f715' WHERE CAST(`version_num` AS BINARY) = CAST('lbaasv2_tls' AS BINARY);

-- [8/19] upgrade kilo: kilo
-- source: versions/kilo_release.jsonc
-- guard: stop here unless the database is at 4ba00375f715
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('4ba00375f715' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 4ba00375f715, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT '[8/19] kilo kilo' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- (no schema changes on this dialect)
UPDATE `alembic_version_lbaas` SET `version_num` = 'kilo' WHERE CAST(`version_num` AS BINARY) = CAST('4ba00375f715' AS BINARY);

-- [9/19] upgrade 3345facd0452: Initial Liberty no-op expand script.
-- source: versions/liberty/expand/3345facd0452_initial.jsonc
-- guard: stop here unless the database is at kilo
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
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at kilo, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT '[9/19] 3345facd0452 Initial Liberty no-op expand script.' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- (no schema changes on this dialect)
UPDATE `alembic_version_lbaas` SET `version_num` = '3345facd0452' WHERE CAST(`version_num` AS BINARY) = CAST('kilo' AS BINARY);

-- [10/19] upgrade 4a408dd491c2: Addition of Name column to lbaas_members and lbaas_healthmonitors table
-- source: versions/mitaka/expand/4a408dd491c2_UpdateName.jsonc
-- guard: stop here unless the database is at 3345facd0452
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('3345facd0452' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 3345facd0452, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT '[10/19] 4a408dd491c2 Addition of Name column to lbaas_members and lbaas_healthmonitors table' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- upgrade[0] add_column lbaas_members.name
ALTER TABLE `lbaas_members` ADD COLUMN `name` VARCHAR(255) NULL, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[1] add_column lbaas_healthmonitors.name
ALTER TABLE `lbaas_healthmonitors` ADD COLUMN `name` VARCHAR(255) NULL, ALGORITHM=INPLACE, LOCK=NONE;
UPDATE `alembic_version_lbaas` SET `version_num` = '4a408dd491c2' WHERE CAST(`version_num` AS BINARY) = CAST('3345facd0452' AS BINARY);

-- [11/19] upgrade 3426acbc12de: Add flavor id
-- source: versions/mitaka/expand/3426acbc12de_add_flavor_id.jsonc
-- guard: stop here unless the database is at 4a408dd491c2
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('4a408dd491c2' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 4a408dd491c2, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT '[11/19] 3426acbc12de Add flavor id' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
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

-- [12/19] upgrade 6aee0434f911: independent pools
-- source: versions/mitaka/expand/6aee0434f911_independent_pools.jsonc
-- guard: stop here unless the database is at 3426acbc12de
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('3426acbc12de' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 3426acbc12de, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT '[12/19] 6aee0434f911 independent pools' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
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

-- [13/19] upgrade 3543deab1547: add_l7_tables
-- source: versions/mitaka/expand/3543deab1547_add_l7_tables.jsonc
-- guard: stop here unless the database is at 6aee0434f911
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('6aee0434f911' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 6aee0434f911, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT '[13/19] 3543deab1547 add_l7_tables' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
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

-- [14/19] upgrade 62deca5010cd: Add tenant-id index for L7 tables
-- source: versions/mitaka/expand/62deca5010cd_add_tenant_id_index_for_l7_tables.jsonc
-- guard: stop here unless the database is at 3543deab1547
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('3543deab1547' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 3543deab1547, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT '[14/19] 62deca5010cd Add tenant-id index for L7 tables' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- upgrade[0] create_index lbaas_l7rules (ix_lbaas_l7rules_tenant_id)
CREATE INDEX `ix_lbaas_l7rules_tenant_id` ON `lbaas_l7rules` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[1] create_index lbaas_l7policies (ix_lbaas_l7policies_tenant_id)
CREATE INDEX `ix_lbaas_l7policies_tenant_id` ON `lbaas_l7policies` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE;
UPDATE `alembic_version_lbaas` SET `version_num` = '62deca5010cd' WHERE CAST(`version_num` AS BINARY) = CAST('3543deab1547' AS BINARY);

-- [15/19] upgrade 130ebfdef43: Initial Liberty no-op contract revision.
-- source: versions/liberty/contract/130ebfdef43_initial.jsonc
-- guard: stop here unless the database is at 62deca5010cd
SET @lbaas_found = NULL, @lbaas_q = IF(
    (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas') = 0,
    'SET @lbaas_found = ''''',
    'SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') INTO @lbaas_found FROM `alembic_version_lbaas`');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN CAST(@lbaas_found AS BINARY) = CAST('62deca5010cd' AS BINARY) THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 62deca5010cd, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0', 'SET SESSION TRANSACTION READ ONLY');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
DO IF(@lbaas_stop = '', 0, RELEASE_LOCK(@lbaas_lock));
SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SELECT '[15/19] 130ebfdef43 Initial Liberty no-op contract revision.' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- (no schema changes on this dialect)
INSERT INTO `alembic_version_lbaas` (`version_num`) VALUES ('130ebfdef43');

-- [16/19] upgrade 4b4dc6d5d843: rename tenant to project
-- source: versions/newton/contract/4b4dc6d5d843_rename_tenant_to_project.jsonc
-- guard: stop here unless the database is at 130ebfdef43,62deca5010cd
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
SELECT '[16/19] 4b4dc6d5d843 rename tenant to project' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
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

-- [17/19] upgrade e6417a8b114d: Drop v1 tables
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
SELECT '[17/19] e6417a8b114d Drop v1 tables' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
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

-- [18/19] upgrade 844352f9fe6f: Add healthmonitor max retries down
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
SELECT '[18/19] 844352f9fe6f Add healthmonitor max retries down' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
-- upgrade[0] add_column lbaas_healthmonitors.max_retries_down
ALTER TABLE `lbaas_healthmonitors` ADD COLUMN `max_retries_down` INTEGER NULL, ALGORITHM=INPLACE, LOCK=NONE;
INSERT INTO `alembic_version_lbaas` (`version_num`) VALUES ('844352f9fe6f');

-- [19/19] upgrade c47fda60c1b8: Add LBaaS lookup tables
-- source: versions/ocata/expand/c47fda60c1b8_add_lbaas_lookup_tables.jsonc
-- guard: stop here unless the database is at 844352f9fe6f,e6417a8b114d
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
SELECT '[19/19] c47fda60c1b8 Add LBaaS lookup tables' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '';
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
