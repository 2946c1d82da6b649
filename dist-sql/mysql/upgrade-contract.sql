-- lbaas-db-manage 0.1.0: upgrade expand@head:contract@head for mysql
-- 3 revisions: 130ebfdef43 .. e6417a8b114d
-- version table: alembic_version_lbaas
-- MySQL commits each DDL statement: the version row is written right after each revision, so a failure leaves it at the last completed revision
-- services: stop them first (contract revisions: 130ebfdef43, 4b4dc6d5d843, e6417a8b114d)
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

-- [1/3] upgrade 130ebfdef43: Initial Liberty no-op contract revision.
-- source: versions/liberty/contract/130ebfdef43_initial.jsonc
-- guard: run this revision if the database is at c47fda60c1b8; skip it if an earlier run of this script applied it
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
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('c47fda60c1b8' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 130ebfdef43 as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at c47fda60c1b8, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
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
SELECT CONCAT('lbaas-db-manage: resuming 130ebfdef43: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[1/3] 130ebfdef43 Initial Liberty no-op contract revision.' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- (no schema changes on this dialect)
-- version table: c47fda60c1b8 -> 130ebfdef43,c47fda60c1b8, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '130ebfdef43' AND `done` = 1) = 0,
    'INSERT INTO `alembic_version_lbaas` (`version_num`) VALUES (''130ebfdef43'')', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''130ebfdef43''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''130ebfdef43,c47fda60c1b8'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [2/3] upgrade 4b4dc6d5d843: rename tenant to project
-- source: versions/newton/contract/4b4dc6d5d843_rename_tenant_to_project.jsonc
-- guard: run this revision if the database is at 130ebfdef43,c47fda60c1b8; skip it if an earlier run of this script applied it
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
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('130ebfdef43,c47fda60c1b8' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision 4b4dc6d5d843 as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,c47fda60c1b8, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
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
SELECT CONCAT('lbaas-db-manage: resuming 4b4dc6d5d843: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[2/3] 4b4dc6d5d843 rename tenant to project' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
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
    CONCAT('SET SESSION completion_type = ', QUOTE(@lbaas_stop)));
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
-- version table: 130ebfdef43,c47fda60c1b8 -> 4b4dc6d5d843,c47fda60c1b8, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = '4b4dc6d5d843' AND `done` = 1) = 33,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''4b4dc6d5d843'' WHERE CAST(`version_num` AS BINARY) = CAST(''130ebfdef43'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''4b4dc6d5d843''
    AND CAST((SELECT COALESCE(GROUP_CONCAT(`version_num` ORDER BY CAST(`version_num` AS BINARY) SEPARATOR '',''), '''') FROM `alembic_version_lbaas`) AS BINARY) = CAST(''4b4dc6d5d843,c47fda60c1b8'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
COMMIT;

-- [3/3] upgrade e6417a8b114d: Drop v1 tables
-- source: versions/newton/contract/e6417a8b114d_drop_v1_tables.jsonc
-- guard: run this revision if the database is at 4b4dc6d5d843,c47fda60c1b8; skip it if an earlier run of this script applied it
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
SET @lbaas_run = IF(COALESCE(@lbaas_stop, '') = '' AND CAST(@lbaas_found AS BINARY) = CAST('4b4dc6d5d843,c47fda60c1b8' AS BINARY), 1, 0);
SET @lbaas_stop = CASE
    WHEN COALESCE(@lbaas_stop, '') <> '' THEN @lbaas_stop
    WHEN COALESCE(IS_USED_LOCK(@lbaas_lock), 0) <> CONNECTION_ID() THEN 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed'
    WHEN @lbaas_run = 1 AND @lbaas_alien <> 0 THEN 'lbaas-db-manage resume STOP: alembic_version_lbaas_progress holds progress rows that are not of revision e6417a8b114d as this script runs it (an interrupted run of another script, or of another version of this one); finish that run with the script that began it; nothing was changed'
    WHEN @lbaas_run = 1 OR COALESCE(@lbaas_on, 0) = 0 THEN ''
    ELSE CONCAT('lbaas-db-manage guard STOP: this script expects the database at 4b4dc6d5d843,c47fda60c1b8, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed') END;
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
SELECT CONCAT('lbaas-db-manage: resuming e6417a8b114d: statements that already ran (skipped): ', @lbaas_done) AS progress FROM DUAL WHERE @lbaas_run = 1 AND @lbaas_stop = '' AND @lbaas_done <> '';
SELECT '[3/3] e6417a8b114d Drop v1 tables' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
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
-- version table: 4b4dc6d5d843,c47fda60c1b8 -> c47fda60c1b8,e6417a8b114d, once every statement above is recorded; the progress rows go in the same transaction
START TRANSACTION;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = ''
    AND (SELECT COUNT(*) FROM `alembic_version_lbaas_progress` WHERE `revision` = 'e6417a8b114d' AND `done` = 1) = 11,
    'UPDATE `alembic_version_lbaas` SET `version_num` = ''e6417a8b114d'' WHERE CAST(`version_num` AS BINARY) = CAST(''4b4dc6d5d843'' AS BINARY)', 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_q = IF(@lbaas_run = 1 AND @lbaas_stop = '', 'DELETE FROM `alembic_version_lbaas_progress` WHERE `revision` = ''e6417a8b114d''
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
    WHEN COALESCE(@lbaas_on, 0) = 0 THEN CONCAT('lbaas-db-manage guard STOP: this script expects the database at c47fda60c1b8, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; nothing was changed')
    ELSE CONCAT('lbaas-db-manage guard STOP: this script should have left the database at c47fda60c1b8,e6417a8b114d, but it is at ', IF(COALESCE(@lbaas_found, '') = '', 'base (no revision)', @lbaas_found), '; a revision did not finish (a client that goes on after an error skipped a statement): run the script again with a client that stops at the first error') END;
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
SELECT 'lbaas-db-manage: the database is already at c47fda60c1b8,e6417a8b114d; nothing to do' AS progress FROM DUAL WHERE @lbaas_stop = '' AND COALESCE(@lbaas_on, 0) = 0;
DEALLOCATE PREPARE lbaas_fingerprint;


-- the migration lock is released
DEALLOCATE PREPARE lbaas_stmt;
DO RELEASE_LOCK(@lbaas_lock);
