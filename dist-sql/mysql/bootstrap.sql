-- lbaas-db-manage 0.1.0: bootstrap (stand-ins for external tables; scratch databases only) for mysql
-- 1 revision: bootstrap
-- version table: alembic_version_lbaas
-- MySQL commits each DDL statement: the version row is written right after each revision, so a failure leaves it at the last completed revision
-- compiled offline from the revision files; no database was consulted

-- session: settings
SET NAMES utf8mb4;
SET SESSION sql_mode = REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', '');

-- [1/1] upgrade bootstrap: stand-ins for external (Neutron) tables
-- source: versions/external.jsonc
-- upgrade[0] create_table ports
CREATE TABLE `ports` (
    `id` VARCHAR(36) NOT NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[1] create_table agents
CREATE TABLE `agents` (
    `id` VARCHAR(36) NOT NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[2] create_table flavors
CREATE TABLE `flavors` (
    `id` VARCHAR(36) NOT NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[3] create_table healthmonitors
CREATE TABLE `healthmonitors` (
    `tenant_id` VARCHAR(255) NULL,
    `id` VARCHAR(36) NOT NULL,
    `type` ENUM('PING', 'TCP', 'HTTP', 'HTTPS') NOT NULL,
    `delay` INTEGER NOT NULL,
    `timeout` INTEGER NOT NULL,
    `max_retries` INTEGER NOT NULL,
    `http_method` VARCHAR(16) NULL,
    `url_path` VARCHAR(255) NULL,
    `expected_codes` VARCHAR(64) NULL,
    `admin_state_up` BOOLEAN NOT NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[4] create_table vips
CREATE TABLE `vips` (
    `tenant_id` VARCHAR(255) NULL,
    `id` VARCHAR(36) NOT NULL,
    `status` VARCHAR(16) NOT NULL,
    `status_description` VARCHAR(255) NULL,
    `name` VARCHAR(255) NULL,
    `description` VARCHAR(255) NULL,
    `port_id` VARCHAR(36) NULL,
    `protocol_port` INTEGER NOT NULL,
    `protocol` ENUM('HTTP', 'HTTPS', 'TCP') NOT NULL,
    `pool_id` VARCHAR(36) NOT NULL,
    `admin_state_up` BOOLEAN NOT NULL,
    `connection_limit` INTEGER NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `pool_id` UNIQUE (`pool_id`),
    INDEX `port_id` (`port_id`),
    CONSTRAINT `vips_ibfk_1` FOREIGN KEY (`port_id`) REFERENCES `ports` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[5] create_table pools
CREATE TABLE `pools` (
    `tenant_id` VARCHAR(255) NULL,
    `id` VARCHAR(36) NOT NULL,
    `status` VARCHAR(16) NOT NULL,
    `status_description` VARCHAR(255) NULL,
    `vip_id` VARCHAR(36) NULL,
    `name` VARCHAR(255) NULL,
    `description` VARCHAR(255) NULL,
    `subnet_id` VARCHAR(36) NOT NULL,
    `protocol` ENUM('HTTP', 'HTTPS', 'TCP') NOT NULL,
    `lb_method` ENUM('ROUND_ROBIN', 'LEAST_CONNECTIONS', 'SOURCE_IP') NOT NULL,
    `admin_state_up` BOOLEAN NOT NULL,
    PRIMARY KEY (`id`),
    INDEX `vip_id` (`vip_id`),
    CONSTRAINT `pools_ibfk_1` FOREIGN KEY (`vip_id`) REFERENCES `vips` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[6] create_table sessionpersistences
CREATE TABLE `sessionpersistences` (
    `vip_id` VARCHAR(36) NOT NULL,
    `type` ENUM('SOURCE_IP', 'HTTP_COOKIE', 'APP_COOKIE') NOT NULL,
    `cookie_name` VARCHAR(1024) NULL,
    PRIMARY KEY (`vip_id`),
    CONSTRAINT `sessionpersistences_ibfk_1` FOREIGN KEY (`vip_id`) REFERENCES `vips` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[7] create_table poolloadbalanceragentbindings
CREATE TABLE `poolloadbalanceragentbindings` (
    `pool_id` VARCHAR(36) NOT NULL,
    `agent_id` VARCHAR(36) NOT NULL,
    PRIMARY KEY (`pool_id`),
    INDEX `agent_id` (`agent_id`),
    CONSTRAINT `poolloadbalanceragentbindings_ibfk_1` FOREIGN KEY (`pool_id`) REFERENCES `pools` (`id`) ON DELETE CASCADE,
    CONSTRAINT `poolloadbalanceragentbindings_ibfk_2` FOREIGN KEY (`agent_id`) REFERENCES `agents` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[8] create_table members
CREATE TABLE `members` (
    `tenant_id` VARCHAR(255) NULL,
    `id` VARCHAR(36) NOT NULL,
    `status` VARCHAR(16) NOT NULL,
    `status_description` VARCHAR(255) NULL,
    `pool_id` VARCHAR(36) NOT NULL,
    `address` VARCHAR(64) NOT NULL,
    `protocol_port` INTEGER NOT NULL,
    `weight` INTEGER NOT NULL,
    `admin_state_up` BOOLEAN NOT NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `uniq_member0pool_id0address0port` UNIQUE (`pool_id`, `address`, `protocol_port`),
    CONSTRAINT `members_ibfk_1` FOREIGN KEY (`pool_id`) REFERENCES `pools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[9] create_table poolmonitorassociations
CREATE TABLE `poolmonitorassociations` (
    `status` VARCHAR(16) NOT NULL,
    `status_description` VARCHAR(255) NULL,
    `pool_id` VARCHAR(36) NOT NULL,
    `monitor_id` VARCHAR(36) NOT NULL,
    PRIMARY KEY (`pool_id`, `monitor_id`),
    INDEX `monitor_id` (`monitor_id`),
    CONSTRAINT `poolmonitorassociations_ibfk_1` FOREIGN KEY (`pool_id`) REFERENCES `pools` (`id`),
    CONSTRAINT `poolmonitorassociations_ibfk_2` FOREIGN KEY (`monitor_id`) REFERENCES `healthmonitors` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
-- upgrade[10] create_table poolstatisticss
CREATE TABLE `poolstatisticss` (
    `pool_id` VARCHAR(36) NOT NULL,
    `bytes_in` BIGINT NOT NULL,
    `bytes_out` BIGINT NOT NULL,
    `active_connections` BIGINT NOT NULL,
    `total_connections` BIGINT NOT NULL,
    PRIMARY KEY (`pool_id`),
    CONSTRAINT `poolstatisticss_ibfk_1` FOREIGN KEY (`pool_id`) REFERENCES `pools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

