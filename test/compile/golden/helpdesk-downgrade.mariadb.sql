-- lbaas-db-manage 0.1.0: downgrade heads:base for mariadb
-- 5 revisions: hd_merge .. hd_base
-- version table: alembic_version_lbaas
-- MySQL commits each DDL statement: the version row is written right after each revision, so a failure leaves it at the last completed revision
-- services: stop them first (a downgrade removes what they may use)
-- lock waits: at most 5 s for each statement (lock_wait_timeout and innodb_lock_wait_timeout, --lock-timeout)
-- when a statement's lock wait runs out the script stops at the last completed revision; retry later
-- compiled offline from the revision files; no database was consulted

-- session: settings
SET NAMES utf8mb4;
SET SESSION sql_mode = REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', '');
SET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;

-- [1/5] downgrade hd_merge: Merge expand and contract
-- source: versions/hd_merge.jsonc
SELECT '[1/5] hd_merge Merge expand and contract' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- downgrade[0] alter_column tickets.project_id
ALTER TABLE `tickets` MODIFY COLUMN `project_id` VARCHAR(36) NULL;
INSERT INTO `alembic_version_lbaas` (`version_num`) VALUES ('hd_expand2');
UPDATE `alembic_version_lbaas` SET `version_num` = 'hd_contract1' WHERE CAST(`version_num` AS BINARY) = CAST('hd_merge' AS BINARY);

-- [2/5] downgrade hd_expand2: Urgent priority
-- source: versions/hd_expand2.jsonc
SELECT '[2/5] hd_expand2 Urgent priority' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- downgrade[0] alter_column tickets.priority
ALTER TABLE `tickets` MODIFY COLUMN `priority` ENUM('low', 'normal', 'high') NULL DEFAULT 'normal';
DELETE FROM `alembic_version_lbaas` WHERE CAST(`version_num` AS BINARY) = CAST('hd_expand2' AS BINARY);

-- [3/5] downgrade hd_contract1: Copy tenant_id into project_id, drop tenant_id
-- source: versions/hd_contract1.jsonc
SELECT '[3/5] hd_contract1 Copy tenant_id into project_id, drop tenant_id' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- downgrade[0] add_column tickets.tenant_id
ALTER TABLE `tickets` ADD COLUMN `tenant_id` VARCHAR(36) NULL, ALGORITHM=INPLACE, LOCK=NONE;
-- downgrade[1] execute
UPDATE tickets SET tenant_id = project_id;
-- downgrade[2] create_index tickets (ix_tickets_tenant_id)
CREATE INDEX `ix_tickets_tenant_id` ON `tickets` (`tenant_id`) ALGORITHM=INPLACE LOCK=NONE;
INSERT INTO `alembic_version_lbaas` (`version_num`) VALUES ('hd_base');
UPDATE `alembic_version_lbaas` SET `version_num` = 'hd_expand1' WHERE CAST(`version_num` AS BINARY) = CAST('hd_contract1' AS BINARY);

-- [4/5] downgrade hd_expand1: Comments, and a project_id next to tenant_id
-- source: versions/hd_expand1.jsonc
SELECT '[4/5] hd_expand1 Comments, and a project_id next to tenant_id' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- downgrade[0] drop_index tickets (ix_tickets_project_id)
ALTER TABLE `tickets` DROP INDEX `ix_tickets_project_id`, ALGORITHM=INPLACE, LOCK=NONE;
-- downgrade[1] drop_column tickets.project_id
-- DESTRUCTIVE: drops column tickets.project_id and the values in it, including what was written since the upgrade
ALTER TABLE `tickets` DROP COLUMN `project_id`, ALGORITHM=INPLACE, LOCK=NONE;
-- downgrade[2] drop_table comments
-- DESTRUCTIVE: drops table comments and every row in it, including what was written since the upgrade
DROP TABLE `comments`;
DELETE FROM `alembic_version_lbaas` WHERE CAST(`version_num` AS BINARY) = CAST('hd_expand1' AS BINARY);

-- [5/5] downgrade hd_base: Tickets
-- source: versions/hd_base.jsonc
SELECT '[5/5] hd_base Tickets' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- downgrade[0] drop_table tickets
-- DESTRUCTIVE: drops table tickets and every row in it, including what was written since the upgrade
DROP TABLE `tickets`;
DELETE FROM `alembic_version_lbaas` WHERE CAST(`version_num` AS BINARY) = CAST('hd_base' AS BINARY);

-- nothing is left applied: the version table goes too, as Alembic's offline scripts do
DROP TABLE `alembic_version_lbaas`;

