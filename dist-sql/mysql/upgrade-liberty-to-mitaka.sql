-- lbaas-db-manage 0.1.0: upgrade liberty:mitaka for mysql
-- 5 revisions: 4a408dd491c2 .. 62deca5010cd
-- version table: alembic_version_lbaas
-- MySQL commits each DDL statement: the version row is written right after each revision, so a failure leaves it at the last completed revision
-- services: can stay up (expand revisions only)
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

-- [1/5] upgrade 4a408dd491c2: Addition of Name column to lbaas_members and lbaas_healthmonitors table
-- source: versions/mitaka/expand/4a408dd491c2_UpdateName.jsonc
-- guard: run this revision if the database is at 130ebfdef43,3345facd0452; skip it if an earlier run of this script applied it
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
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('130ebfdef43,3345facd0452' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 4a408dd491c2 as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,3345facd0452, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
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
SELECT CONCAT('lbaas-db-manage: resuming 4a408dd491c2: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[1/5] 4a408dd491c2 Addition of Name column to lbaas_members and lbaas_healthmonitors table' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
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
-- version table: 130ebfdef43,3345facd0452 -> 130ebfdef43,4a408dd491c2, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '4a408dd491c2' AND `done` = 1) = 2,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''4a408dd491c2'' WHERE CAST(`version_num` AS BINARY) = CAST(''3345facd0452'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''4a408dd491c2''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''130ebfdef43,4a408dd491c2'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [2/5] upgrade 3426acbc12de: Add flavor id
-- source: versions/mitaka/expand/3426acbc12de_add_flavor_id.jsonc
-- guard: run this revision if the database is at 130ebfdef43,4a408dd491c2; skip it if an earlier run of this script applied it
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
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('130ebfdef43,4a408dd491c2' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 3426acbc12de as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,4a408dd491c2, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
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
SELECT CONCAT('lbaas-db-manage: resuming 3426acbc12de: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[2/5] 3426acbc12de Add flavor id' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
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
    CONCAT(''SET SESSION completion_type = '', QUOTE(''foreign key fk_lbaas_loadbalancers_flavors_id not added: rows of lbaas_loadbalancers reference missing flavors rows; fix or delete them, then run again'')), ''DO 0'')', 'DO 0');
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
-- version table: 130ebfdef43,4a408dd491c2 -> 130ebfdef43,3426acbc12de, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '3426acbc12de' AND `done` = 1) = 3,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''3426acbc12de'' WHERE CAST(`version_num` AS BINARY) = CAST(''4a408dd491c2'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''3426acbc12de''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''130ebfdef43,3426acbc12de'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [3/5] upgrade 6aee0434f911: independent pools
-- source: versions/mitaka/expand/6aee0434f911_independent_pools.jsonc
-- guard: run this revision if the database is at 130ebfdef43,3426acbc12de; skip it if an earlier run of this script applied it
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
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('130ebfdef43,3426acbc12de' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 6aee0434f911 as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,3426acbc12de, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
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
SELECT CONCAT('lbaas-db-manage: resuming 6aee0434f911: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[3/5] 6aee0434f911 independent pools' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
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
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
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
    CONCAT(''SET SESSION completion_type = '', QUOTE(''foreign key lbaas_listeners_ibfk_2 not added: rows of lbaas_listeners reference missing lbaas_pools rows; fix or delete them, then run again'')), ''DO 0'')', 'DO 0');
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
    CONCAT(''SET SESSION completion_type = '', QUOTE(''foreign key lbaas_pools_ibfk_2 not added: rows of lbaas_pools reference missing lbaas_loadbalancers rows; fix or delete them, then run again'')), ''DO 0'')', 'DO 0');
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
-- version table: 130ebfdef43,3426acbc12de -> 130ebfdef43,6aee0434f911, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '6aee0434f911' AND `done` = 1) = 8,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''6aee0434f911'' WHERE CAST(`version_num` AS BINARY) = CAST(''3426acbc12de'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''6aee0434f911''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''130ebfdef43,6aee0434f911'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [4/5] upgrade 3543deab1547: add_l7_tables
-- source: versions/mitaka/expand/3543deab1547_add_l7_tables.jsonc
-- guard: run this revision if the database is at 130ebfdef43,6aee0434f911; skip it if an earlier run of this script applied it
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
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('130ebfdef43,6aee0434f911' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 3543deab1547 as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,6aee0434f911, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
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
SELECT CONCAT('lbaas-db-manage: resuming 3543deab1547: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[4/5] 3543deab1547 add_l7_tables' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
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
-- version table: 130ebfdef43,6aee0434f911 -> 130ebfdef43,3543deab1547, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '3543deab1547' AND `done` = 1) = 2,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''3543deab1547'' WHERE CAST(`version_num` AS BINARY) = CAST(''6aee0434f911'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''3543deab1547''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''130ebfdef43,3543deab1547'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [5/5] upgrade 62deca5010cd: Add tenant-id index for L7 tables
-- source: versions/mitaka/expand/62deca5010cd_add_tenant_id_index_for_l7_tables.jsonc
-- guard: run this revision if the database is at 130ebfdef43,3543deab1547; skip it if an earlier run of this script applied it
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
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('130ebfdef43,3543deab1547' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 62deca5010cd as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,3543deab1547, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
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
SELECT CONCAT('lbaas-db-manage: resuming 62deca5010cd: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[5/5] 62deca5010cd Add tenant-id index for L7 tables' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
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
-- version table: 130ebfdef43,3543deab1547 -> 130ebfdef43,62deca5010cd, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '62deca5010cd' AND `done` = 1) = 2,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''62deca5010cd'' WHERE CAST(`version_num` AS BINARY) = CAST(''3543deab1547'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''62deca5010cd''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''130ebfdef43,62deca5010cd'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- guard: the database must now be at 130ebfdef43,62deca5010cd; then the progress table, empty, is dropped
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
    WHEN COALESCE(@lbaas_on, 0) = 0 THEN CONCAT('lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,3345facd0452, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed')
    ELSE CONCAT('lbaas-db-manage guard STOP: this script should have left the database at 130ebfdef43,62deca5010cd, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; a revision did not finish (a client that goes on after an error skipped a statement): run the script again with a client that stops at the first error') END;
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
SELECT 'lbaas-db-manage: the database is already at 130ebfdef43,62deca5010cd; nothing to do' AS progress FROM DUAL WHERE @lbaas_stop = '' AND COALESCE(@lbaas_on, 0) = 0;
DEALLOCATE PREPARE lbaas_fingerprint;


-- the migration lock is released
DEALLOCATE PREPARE lbaas_stmt;
DO RELEASE_LOCK(@lbaas_lock);
