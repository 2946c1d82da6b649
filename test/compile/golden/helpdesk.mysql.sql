-- lbaas-db-manage 0.1.0: upgrade heads for mysql
-- 5 revisions: hd_base .. hd_merge
-- version table: alembic_version_lbaas
-- MySQL commits each DDL statement: the version row is written right after each revision, so a failure leaves it at the last completed revision
-- services: stop them first (revisions from before the expand/contract branches: hd_base, hd_expand1, hd_contract1, hd_expand2 and 1 more)
-- lock waits: at most 5 s for each statement (lock_wait_timeout and innodb_lock_wait_timeout, --lock-timeout)
-- when a statement's lock wait runs out the script stops at the last completed revision; retry later
-- compiled offline from the revision files; no database was consulted

-- session: settings
SET NAMES utf8mb4;
SET SESSION sql_mode = REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', '');
SET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;

CREATE TABLE IF NOT EXISTS `alembic_version_lbaas` (
    `version_num` VARCHAR(32) NOT NULL,
    CONSTRAINT `alembic_version_lbaas_pkc` PRIMARY KEY (`version_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- [1/5] upgrade hd_base: Tickets
-- source: versions/hd_base.jsonc
SELECT '[1/5] hd_base Tickets' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] create_table tickets
CREATE TABLE `tickets` (
    `id` VARCHAR(36) NOT NULL,
    `subject` VARCHAR(200) NOT NULL,
    `tenant_id` VARCHAR(36) NULL,
    `priority` ENUM('low', 'normal', 'high') NULL DEFAULT 'normal',
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE INDEX `ix_tickets_tenant_id` ON `tickets` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[1] bulk_insert tickets
INSERT INTO `tickets` (`id`, `subject`, `tenant_id`) VALUES
    ('T-1', 'Can''t log in', 'tenant-a');
INSERT INTO `tickets` (`id`, `subject`, `tenant_id`, `priority`) VALUES
    ('T-2', 'Printer\\queue', 'tenant-b', 'high');
INSERT INTO `alembic_version_lbaas` (`version_num`) VALUES ('hd_base');

-- [2/5] upgrade hd_expand1: Comments, and a project_id next to tenant_id
-- source: versions/hd_expand1.jsonc
SELECT '[2/5] hd_expand1 Comments, and a project_id next to tenant_id' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] create_table comments
CREATE TABLE `comments` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `ticket_id` VARCHAR(36) NOT NULL,
    `body` TEXT NOT NULL,
    PRIMARY KEY (`id`),
    INDEX `ticket_id` (`ticket_id`),
    CONSTRAINT `comments_ibfk_1` FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
-- upgrade[1] add_column tickets.project_id
ALTER TABLE `tickets` ADD COLUMN `project_id` VARCHAR(36) NULL, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[2] create_index tickets (ix_tickets_project_id)
CREATE INDEX `ix_tickets_project_id` ON `tickets` (`project_id`) ALGORITHM=INPLACE LOCK=NONE;
UPDATE `alembic_version_lbaas` SET `version_num` = 'hd_expand1' WHERE CAST(`version_num` AS BINARY) = CAST('hd_base' AS BINARY);

-- [3/5] upgrade hd_contract1: Copy tenant_id into project_id, drop tenant_id
-- source: versions/hd_contract1.jsonc
SELECT '[3/5] hd_contract1 Copy tenant_id into project_id, drop tenant_id' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] execute
UPDATE tickets SET project_id = tenant_id WHERE project_id IS NULL;
-- upgrade[1] drop_index tickets (ix_tickets_tenant_id)
ALTER TABLE `tickets` DROP INDEX `ix_tickets_tenant_id`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[2] drop_column tickets.tenant_id
-- DESTRUCTIVE: drops column tickets.tenant_id and the values in it
ALTER TABLE `tickets` DROP COLUMN `tenant_id`, ALGORITHM=INPLACE, LOCK=NONE;
UPDATE `alembic_version_lbaas` SET `version_num` = 'hd_contract1' WHERE CAST(`version_num` AS BINARY) = CAST('hd_expand1' AS BINARY);

-- [4/5] upgrade hd_expand2: Urgent priority
-- source: versions/hd_expand2.jsonc
SELECT '[4/5] hd_expand2 Urgent priority' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] alter_column tickets.priority
ALTER TABLE `tickets` MODIFY COLUMN `priority` ENUM('low', 'normal', 'high', 'urgent') NULL DEFAULT 'normal';
INSERT INTO `alembic_version_lbaas` (`version_num`) VALUES ('hd_expand2');

-- [5/5] upgrade hd_merge: Merge expand and contract
-- source: versions/hd_merge.jsonc
SELECT '[5/5] hd_merge Merge expand and contract' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] alter_column tickets.project_id
ALTER TABLE `tickets` MODIFY COLUMN `project_id` VARCHAR(36) NOT NULL DEFAULT '';
DELETE FROM `alembic_version_lbaas` WHERE CAST(`version_num` AS BINARY) = CAST('hd_expand2' AS BINARY);
UPDATE `alembic_version_lbaas` SET `version_num` = 'hd_merge' WHERE CAST(`version_num` AS BINARY) = CAST('hd_contract1' AS BINARY);

