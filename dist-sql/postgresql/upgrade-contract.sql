-- lbaas-db-manage 0.1.0: upgrade expand@head:contract@head for postgresql
-- 3 revisions: 130ebfdef43 .. e6417a8b114d
-- version table: alembic_version_lbaas
-- one transaction for the whole script
-- services: stop them first (contract revisions: 130ebfdef43, 4b4dc6d5d843, e6417a8b114d)
-- lock waits: at most 5 s for each statement (lock_timeout, --lock-timeout); statement_timeout is left as the session has it
-- when a statement's lock wait runs out the script stops and the failed transaction rolls back; retry later
-- migration lock: waited for at most 60 s (--lock-wait-timeout), released at the end and when a guard stops
-- guard: checked before the first revision and again before each later one; once one stops, the migration lock is released and the session refuses every later statement
-- compiled offline from the revision files; no database was consulted

\set ON_ERROR_STOP on
-- session: settings and the migration lock (released at the end, or as soon as a guard stops)
SET client_encoding = 'UTF8';
SET lock_timeout = '5s';
DO $lbaas_lock$
BEGIN
    PERFORM set_config('lock_timeout', '60s', true);
    PERFORM pg_advisory_lock(hashtext('lbaas-db-manage:alembic_version_lbaas'));
EXCEPTION WHEN lock_not_available THEN
    PERFORM set_config('lbaas_db_manage.stop', 'lbaas-db-manage lock STOP: another migration of this database held the lock for 60 s; nothing was changed; retry later', false);
    PERFORM set_config('lbaas_db_manage.hint', 'another session holds the migration lock (pg_locks shows it): retry when it has finished; this session refuses every later statement, so start a new one', false);
    PERFORM set_config('search_path', '"lbaas-db-manage guard STOP: no schema"', false);
END
$lbaas_lock$;

BEGIN;

-- guard: stop here unless the database is at the expected starting revisions
DO $lbaas_guard$
DECLARE
    found text := '';
    stop text := coalesce(current_setting('lbaas_db_manage.stop', true), '');
BEGIN
    IF stop = '' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND pid = pg_catalog.pg_backend_pid() AND granted AND objsubid = 1
            AND classid::bigint = (hashtext('lbaas-db-manage:alembic_version_lbaas')::bigint >> 32) & 4294967295 AND objid::bigint = hashtext('lbaas-db-manage:alembic_version_lbaas')::bigint & 4294967295) THEN
        stop := 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed';
    ELSIF stop = '' THEN
        IF to_regclass('"alembic_version_lbaas"') IS NOT NULL THEN
            EXECUTE format('SELECT coalesce(string_agg(version_num, %L ORDER BY version_num COLLATE "C"), %L) FROM %I', ',', '', 'alembic_version_lbaas') INTO found;
        END IF;
        IF found <> 'c47fda60c1b8' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at c47fda60c1b8, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
        END IF;
    END IF;
    IF stop <> '' THEN
        IF current_setting('lbaas_db_manage.stop', true) IS DISTINCT FROM stop THEN
            PERFORM set_config('lbaas_db_manage.hint', 'compile the script for the revision the database is at (lbaas-db-manage current shows it); this session refuses every later statement (its search_path names no schema), so start a new one', false);
        END IF;
        PERFORM set_config('lbaas_db_manage.stop', stop, false);
        PERFORM set_config('search_path', '"lbaas-db-manage guard STOP: no schema"', false);
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND pid = pg_catalog.pg_backend_pid() AND granted AND objsubid = 1
            AND classid::bigint = (hashtext('lbaas-db-manage:alembic_version_lbaas')::bigint >> 32) & 4294967295 AND objid::bigint = hashtext('lbaas-db-manage:alembic_version_lbaas')::bigint & 4294967295) THEN
            PERFORM pg_advisory_unlock(hashtext('lbaas-db-manage:alembic_version_lbaas'));
        END IF;
    END IF;
END
$lbaas_guard$;
DO $lbaas_stop$
BEGIN
    IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN
        RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop') USING HINT = current_setting('lbaas_db_manage.hint');
    END IF;
END
$lbaas_stop$;

-- [1/3] upgrade 130ebfdef43: Initial Liberty no-op contract revision.
-- source: versions/liberty/contract/130ebfdef43_initial.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[1/3] 130ebfdef43 Initial Liberty no-op contract revision.'; END $lbaas_progress$;
-- (no schema changes on this dialect)
INSERT INTO "alembic_version_lbaas" ("version_num") VALUES ('130ebfdef43');

-- [2/3] upgrade 4b4dc6d5d843: rename tenant to project
-- source: versions/newton/contract/4b4dc6d5d843_rename_tenant_to_project.jsonc
-- guard: stop here unless the database is at 130ebfdef43,c47fda60c1b8
DO $lbaas_guard$
DECLARE
    found text := '';
    stop text := coalesce(current_setting('lbaas_db_manage.stop', true), '');
BEGIN
    IF stop = '' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND pid = pg_catalog.pg_backend_pid() AND granted AND objsubid = 1
            AND classid::bigint = (hashtext('lbaas-db-manage:alembic_version_lbaas')::bigint >> 32) & 4294967295 AND objid::bigint = hashtext('lbaas-db-manage:alembic_version_lbaas')::bigint & 4294967295) THEN
        stop := 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed';
    ELSIF stop = '' THEN
        IF to_regclass('"alembic_version_lbaas"') IS NOT NULL THEN
            EXECUTE format('SELECT coalesce(string_agg(version_num, %L ORDER BY version_num COLLATE "C"), %L) FROM %I', ',', '', 'alembic_version_lbaas') INTO found;
        END IF;
        IF found <> '130ebfdef43,c47fda60c1b8' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,c47fda60c1b8, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
        END IF;
    END IF;
    IF stop <> '' THEN
        IF current_setting('lbaas_db_manage.stop', true) IS DISTINCT FROM stop THEN
            PERFORM set_config('lbaas_db_manage.hint', 'compile the script for the revision the database is at (lbaas-db-manage current shows it); this session refuses every later statement (its search_path names no schema), so start a new one', false);
        END IF;
        PERFORM set_config('lbaas_db_manage.stop', stop, false);
        PERFORM set_config('search_path', '"lbaas-db-manage guard STOP: no schema"', false);
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND pid = pg_catalog.pg_backend_pid() AND granted AND objsubid = 1
            AND classid::bigint = (hashtext('lbaas-db-manage:alembic_version_lbaas')::bigint >> 32) & 4294967295 AND objid::bigint = hashtext('lbaas-db-manage:alembic_version_lbaas')::bigint & 4294967295) THEN
            PERFORM pg_advisory_unlock(hashtext('lbaas-db-manage:alembic_version_lbaas'));
        END IF;
    END IF;
END
$lbaas_guard$;
DO $lbaas_stop$
BEGIN
    IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN
        RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop') USING HINT = current_setting('lbaas_db_manage.hint');
    END IF;
END
$lbaas_stop$;
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[2/3] 4b4dc6d5d843 rename tenant to project'; END $lbaas_progress$;
-- names: stop here unless the database holds what this revision drops under these names: ix_vips_tenant_id on vips, ix_members_tenant_id on members, ix_pools_tenant_id on pools, ix_healthmonitors_tenant_id on healthmonitors, ix_lbaas_members_tenant_id on lbaas_members, ix_lbaas_healthmonitors_tenant_id on lbaas_healthmonitors, ix_lbaas_loadbalancers_tenant_id on lbaas_loadbalancers, ix_lbaas_pools_tenant_id on lbaas_pools, ix_lbaas_l7rules_tenant_id on lbaas_l7rules, ix_lbaas_l7policies_tenant_id on lbaas_l7policies, ix_lbaas_listeners_tenant_id on lbaas_listeners
DO $lbaas_names$
DECLARE
    stop text := coalesce(current_setting('lbaas_db_manage.stop', true), '');
    hint text;
    other text;
BEGIN
    IF stop = '' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"vips"') AND x.relname = 'ix_vips_tenant_id') THEN
        SELECT string_agg(x.relname::text, ', ' ORDER BY x.relname) INTO other FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"vips"') AND NOT i.indisprimary
            AND ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
                JOIN pg_catalog.pg_attribute AS a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n) = ARRAY['tenant_id']::text[];
        stop := 'lbaas-db-manage names STOP: vips has no index named ix_vips_tenant_id, which revision 4b4dc6d5d843 drops; ' || coalesce('the database names its index over (tenant_id) ' || other || ': rename it to ix_vips_tenant_id, then run again', 'nor any index over (tenant_id): the table differs from the revision history; check it before running again') || '; nothing of this revision ran';
        hint := 'rename the index to ix_vips_tenant_id (ALTER INDEX <its name> RENAME TO "ix_vips_tenant_id"), or, if the table has none, check it against the revision history; this session refuses every later statement (its search_path names no schema), so start a new one';
    END IF;
    IF stop = '' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"members"') AND x.relname = 'ix_members_tenant_id') THEN
        SELECT string_agg(x.relname::text, ', ' ORDER BY x.relname) INTO other FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"members"') AND NOT i.indisprimary
            AND ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
                JOIN pg_catalog.pg_attribute AS a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n) = ARRAY['tenant_id']::text[];
        stop := 'lbaas-db-manage names STOP: members has no index named ix_members_tenant_id, which revision 4b4dc6d5d843 drops; ' || coalesce('the database names its index over (tenant_id) ' || other || ': rename it to ix_members_tenant_id, then run again', 'nor any index over (tenant_id): the table differs from the revision history; check it before running again') || '; nothing of this revision ran';
        hint := 'rename the index to ix_members_tenant_id (ALTER INDEX <its name> RENAME TO "ix_members_tenant_id"), or, if the table has none, check it against the revision history; this session refuses every later statement (its search_path names no schema), so start a new one';
    END IF;
    IF stop = '' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"pools"') AND x.relname = 'ix_pools_tenant_id') THEN
        SELECT string_agg(x.relname::text, ', ' ORDER BY x.relname) INTO other FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"pools"') AND NOT i.indisprimary
            AND ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
                JOIN pg_catalog.pg_attribute AS a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n) = ARRAY['tenant_id']::text[];
        stop := 'lbaas-db-manage names STOP: pools has no index named ix_pools_tenant_id, which revision 4b4dc6d5d843 drops; ' || coalesce('the database names its index over (tenant_id) ' || other || ': rename it to ix_pools_tenant_id, then run again', 'nor any index over (tenant_id): the table differs from the revision history; check it before running again') || '; nothing of this revision ran';
        hint := 'rename the index to ix_pools_tenant_id (ALTER INDEX <its name> RENAME TO "ix_pools_tenant_id"), or, if the table has none, check it against the revision history; this session refuses every later statement (its search_path names no schema), so start a new one';
    END IF;
    IF stop = '' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"healthmonitors"') AND x.relname = 'ix_healthmonitors_tenant_id') THEN
        SELECT string_agg(x.relname::text, ', ' ORDER BY x.relname) INTO other FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"healthmonitors"') AND NOT i.indisprimary
            AND ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
                JOIN pg_catalog.pg_attribute AS a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n) = ARRAY['tenant_id']::text[];
        stop := 'lbaas-db-manage names STOP: healthmonitors has no index named ix_healthmonitors_tenant_id, which revision 4b4dc6d5d843 drops; ' || coalesce('the database names its index over (tenant_id) ' || other || ': rename it to ix_healthmonitors_tenant_id, then run again', 'nor any index over (tenant_id): the table differs from the revision history; check it before running again') || '; nothing of this revision ran';
        hint := 'rename the index to ix_healthmonitors_tenant_id (ALTER INDEX <its name> RENAME TO "ix_healthmonitors_tenant_id"), or, if the table has none, check it against the revision history; this session refuses every later statement (its search_path names no schema), so start a new one';
    END IF;
    IF stop = '' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"lbaas_members"') AND x.relname = 'ix_lbaas_members_tenant_id') THEN
        SELECT string_agg(x.relname::text, ', ' ORDER BY x.relname) INTO other FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"lbaas_members"') AND NOT i.indisprimary
            AND ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
                JOIN pg_catalog.pg_attribute AS a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n) = ARRAY['tenant_id']::text[];
        stop := 'lbaas-db-manage names STOP: lbaas_members has no index named ix_lbaas_members_tenant_id, which revision 4b4dc6d5d843 drops; ' || coalesce('the database names its index over (tenant_id) ' || other || ': rename it to ix_lbaas_members_tenant_id, then run again', 'nor any index over (tenant_id): the table differs from the revision history; check it before running again') || '; nothing of this revision ran';
        hint := 'rename the index to ix_lbaas_members_tenant_id (ALTER INDEX <its name> RENAME TO "ix_lbaas_members_tenant_id"), or, if the table has none, check it against the revision history; this session refuses every later statement (its search_path names no schema), so start a new one';
    END IF;
    IF stop = '' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"lbaas_healthmonitors"') AND x.relname = 'ix_lbaas_healthmonitors_tenant_id') THEN
        SELECT string_agg(x.relname::text, ', ' ORDER BY x.relname) INTO other FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"lbaas_healthmonitors"') AND NOT i.indisprimary
            AND ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
                JOIN pg_catalog.pg_attribute AS a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n) = ARRAY['tenant_id']::text[];
        stop := 'lbaas-db-manage names STOP: lbaas_healthmonitors has no index named ix_lbaas_healthmonitors_tenant_id, which revision 4b4dc6d5d843 drops; ' || coalesce('the database names its index over (tenant_id) ' || other || ': rename it to ix_lbaas_healthmonitors_tenant_id, then run again', 'nor any index over (tenant_id): the table differs from the revision history; check it before running again') || '; nothing of this revision ran';
        hint := 'rename the index to ix_lbaas_healthmonitors_tenant_id (ALTER INDEX <its name> RENAME TO "ix_lbaas_healthmonitors_tenant_id"), or, if the table has none, check it against the revision history; this session refuses every later statement (its search_path names no schema), so start a new one';
    END IF;
    IF stop = '' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"lbaas_loadbalancers"') AND x.relname = 'ix_lbaas_loadbalancers_tenant_id') THEN
        SELECT string_agg(x.relname::text, ', ' ORDER BY x.relname) INTO other FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"lbaas_loadbalancers"') AND NOT i.indisprimary
            AND ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
                JOIN pg_catalog.pg_attribute AS a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n) = ARRAY['tenant_id']::text[];
        stop := 'lbaas-db-manage names STOP: lbaas_loadbalancers has no index named ix_lbaas_loadbalancers_tenant_id, which revision 4b4dc6d5d843 drops; ' || coalesce('the database names its index over (tenant_id) ' || other || ': rename it to ix_lbaas_loadbalancers_tenant_id, then run again', 'nor any index over (tenant_id): the table differs from the revision history; check it before running again') || '; nothing of this revision ran';
        hint := 'rename the index to ix_lbaas_loadbalancers_tenant_id (ALTER INDEX <its name> RENAME TO "ix_lbaas_loadbalancers_tenant_id"), or, if the table has none, check it against the revision history; this session refuses every later statement (its search_path names no schema), so start a new one';
    END IF;
    IF stop = '' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"lbaas_pools"') AND x.relname = 'ix_lbaas_pools_tenant_id') THEN
        SELECT string_agg(x.relname::text, ', ' ORDER BY x.relname) INTO other FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"lbaas_pools"') AND NOT i.indisprimary
            AND ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
                JOIN pg_catalog.pg_attribute AS a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n) = ARRAY['tenant_id']::text[];
        stop := 'lbaas-db-manage names STOP: lbaas_pools has no index named ix_lbaas_pools_tenant_id, which revision 4b4dc6d5d843 drops; ' || coalesce('the database names its index over (tenant_id) ' || other || ': rename it to ix_lbaas_pools_tenant_id, then run again', 'nor any index over (tenant_id): the table differs from the revision history; check it before running again') || '; nothing of this revision ran';
        hint := 'rename the index to ix_lbaas_pools_tenant_id (ALTER INDEX <its name> RENAME TO "ix_lbaas_pools_tenant_id"), or, if the table has none, check it against the revision history; this session refuses every later statement (its search_path names no schema), so start a new one';
    END IF;
    IF stop = '' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"lbaas_l7rules"') AND x.relname = 'ix_lbaas_l7rules_tenant_id') THEN
        SELECT string_agg(x.relname::text, ', ' ORDER BY x.relname) INTO other FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"lbaas_l7rules"') AND NOT i.indisprimary
            AND ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
                JOIN pg_catalog.pg_attribute AS a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n) = ARRAY['tenant_id']::text[];
        stop := 'lbaas-db-manage names STOP: lbaas_l7rules has no index named ix_lbaas_l7rules_tenant_id, which revision 4b4dc6d5d843 drops; ' || coalesce('the database names its index over (tenant_id) ' || other || ': rename it to ix_lbaas_l7rules_tenant_id, then run again', 'nor any index over (tenant_id): the table differs from the revision history; check it before running again') || '; nothing of this revision ran';
        hint := 'rename the index to ix_lbaas_l7rules_tenant_id (ALTER INDEX <its name> RENAME TO "ix_lbaas_l7rules_tenant_id"), or, if the table has none, check it against the revision history; this session refuses every later statement (its search_path names no schema), so start a new one';
    END IF;
    IF stop = '' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"lbaas_l7policies"') AND x.relname = 'ix_lbaas_l7policies_tenant_id') THEN
        SELECT string_agg(x.relname::text, ', ' ORDER BY x.relname) INTO other FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"lbaas_l7policies"') AND NOT i.indisprimary
            AND ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
                JOIN pg_catalog.pg_attribute AS a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n) = ARRAY['tenant_id']::text[];
        stop := 'lbaas-db-manage names STOP: lbaas_l7policies has no index named ix_lbaas_l7policies_tenant_id, which revision 4b4dc6d5d843 drops; ' || coalesce('the database names its index over (tenant_id) ' || other || ': rename it to ix_lbaas_l7policies_tenant_id, then run again', 'nor any index over (tenant_id): the table differs from the revision history; check it before running again') || '; nothing of this revision ran';
        hint := 'rename the index to ix_lbaas_l7policies_tenant_id (ALTER INDEX <its name> RENAME TO "ix_lbaas_l7policies_tenant_id"), or, if the table has none, check it against the revision history; this session refuses every later statement (its search_path names no schema), so start a new one';
    END IF;
    IF stop = '' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"lbaas_listeners"') AND x.relname = 'ix_lbaas_listeners_tenant_id') THEN
        SELECT string_agg(x.relname::text, ', ' ORDER BY x.relname) INTO other FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS x ON x.oid = i.indexrelid
            WHERE i.indrelid = to_regclass('"lbaas_listeners"') AND NOT i.indisprimary
            AND ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
                JOIN pg_catalog.pg_attribute AS a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n) = ARRAY['tenant_id']::text[];
        stop := 'lbaas-db-manage names STOP: lbaas_listeners has no index named ix_lbaas_listeners_tenant_id, which revision 4b4dc6d5d843 drops; ' || coalesce('the database names its index over (tenant_id) ' || other || ': rename it to ix_lbaas_listeners_tenant_id, then run again', 'nor any index over (tenant_id): the table differs from the revision history; check it before running again') || '; nothing of this revision ran';
        hint := 'rename the index to ix_lbaas_listeners_tenant_id (ALTER INDEX <its name> RENAME TO "ix_lbaas_listeners_tenant_id"), or, if the table has none, check it against the revision history; this session refuses every later statement (its search_path names no schema), so start a new one';
    END IF;
    IF stop <> '' THEN
        IF current_setting('lbaas_db_manage.stop', true) IS DISTINCT FROM stop THEN
            PERFORM set_config('lbaas_db_manage.hint', hint, false);
        END IF;
        PERFORM set_config('lbaas_db_manage.stop', stop, false);
        PERFORM set_config('search_path', '"lbaas-db-manage guard STOP: no schema"', false);
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND pid = pg_catalog.pg_backend_pid() AND granted AND objsubid = 1
            AND classid::bigint = (hashtext('lbaas-db-manage:alembic_version_lbaas')::bigint >> 32) & 4294967295 AND objid::bigint = hashtext('lbaas-db-manage:alembic_version_lbaas')::bigint & 4294967295) THEN
            PERFORM pg_advisory_unlock(hashtext('lbaas-db-manage:alembic_version_lbaas'));
        END IF;
    END IF;
END
$lbaas_names$;
DO $lbaas_stop$
BEGIN
    IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN
        RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop') USING HINT = current_setting('lbaas_db_manage.hint');
    END IF;
END
$lbaas_stop$;
-- upgrade[0] alter_column vips.tenant_id
ALTER TABLE "vips" RENAME COLUMN "tenant_id" TO "project_id";
-- upgrade[1] drop_index vips (ix_vips_tenant_id)
DROP INDEX "ix_vips_tenant_id";
-- upgrade[2] create_index vips (ix_vips_project_id)
CREATE INDEX "ix_vips_project_id" ON "vips" ("project_id");
-- upgrade[3] alter_column members.tenant_id
ALTER TABLE "members" RENAME COLUMN "tenant_id" TO "project_id";
-- upgrade[4] drop_index members (ix_members_tenant_id)
DROP INDEX "ix_members_tenant_id";
-- upgrade[5] create_index members (ix_members_project_id)
CREATE INDEX "ix_members_project_id" ON "members" ("project_id");
-- upgrade[6] alter_column pools.tenant_id
ALTER TABLE "pools" RENAME COLUMN "tenant_id" TO "project_id";
-- upgrade[7] drop_index pools (ix_pools_tenant_id)
DROP INDEX "ix_pools_tenant_id";
-- upgrade[8] create_index pools (ix_pools_project_id)
CREATE INDEX "ix_pools_project_id" ON "pools" ("project_id");
-- upgrade[9] alter_column healthmonitors.tenant_id
ALTER TABLE "healthmonitors" RENAME COLUMN "tenant_id" TO "project_id";
-- upgrade[10] drop_index healthmonitors (ix_healthmonitors_tenant_id)
DROP INDEX "ix_healthmonitors_tenant_id";
-- upgrade[11] create_index healthmonitors (ix_healthmonitors_project_id)
CREATE INDEX "ix_healthmonitors_project_id" ON "healthmonitors" ("project_id");
-- upgrade[12] alter_column lbaas_members.tenant_id
ALTER TABLE "lbaas_members" RENAME COLUMN "tenant_id" TO "project_id";
-- upgrade[13] drop_index lbaas_members (ix_lbaas_members_tenant_id)
DROP INDEX "ix_lbaas_members_tenant_id";
-- upgrade[14] create_index lbaas_members (ix_lbaas_members_project_id)
CREATE INDEX "ix_lbaas_members_project_id" ON "lbaas_members" ("project_id");
-- upgrade[15] alter_column lbaas_healthmonitors.tenant_id
ALTER TABLE "lbaas_healthmonitors" RENAME COLUMN "tenant_id" TO "project_id";
-- upgrade[16] drop_index lbaas_healthmonitors (ix_lbaas_healthmonitors_tenant_id)
DROP INDEX "ix_lbaas_healthmonitors_tenant_id";
-- upgrade[17] create_index lbaas_healthmonitors (ix_lbaas_healthmonitors_project_id)
CREATE INDEX "ix_lbaas_healthmonitors_project_id" ON "lbaas_healthmonitors" ("project_id");
-- upgrade[18] alter_column lbaas_loadbalancers.tenant_id
ALTER TABLE "lbaas_loadbalancers" RENAME COLUMN "tenant_id" TO "project_id";
-- upgrade[19] drop_index lbaas_loadbalancers (ix_lbaas_loadbalancers_tenant_id)
DROP INDEX "ix_lbaas_loadbalancers_tenant_id";
-- upgrade[20] create_index lbaas_loadbalancers (ix_lbaas_loadbalancers_project_id)
CREATE INDEX "ix_lbaas_loadbalancers_project_id" ON "lbaas_loadbalancers" ("project_id");
-- upgrade[21] alter_column lbaas_pools.tenant_id
ALTER TABLE "lbaas_pools" RENAME COLUMN "tenant_id" TO "project_id";
-- upgrade[22] drop_index lbaas_pools (ix_lbaas_pools_tenant_id)
DROP INDEX "ix_lbaas_pools_tenant_id";
-- upgrade[23] create_index lbaas_pools (ix_lbaas_pools_project_id)
CREATE INDEX "ix_lbaas_pools_project_id" ON "lbaas_pools" ("project_id");
-- upgrade[24] alter_column lbaas_l7rules.tenant_id
ALTER TABLE "lbaas_l7rules" RENAME COLUMN "tenant_id" TO "project_id";
-- upgrade[25] drop_index lbaas_l7rules (ix_lbaas_l7rules_tenant_id)
DROP INDEX "ix_lbaas_l7rules_tenant_id";
-- upgrade[26] create_index lbaas_l7rules (ix_lbaas_l7rules_project_id)
CREATE INDEX "ix_lbaas_l7rules_project_id" ON "lbaas_l7rules" ("project_id");
-- upgrade[27] alter_column lbaas_l7policies.tenant_id
ALTER TABLE "lbaas_l7policies" RENAME COLUMN "tenant_id" TO "project_id";
-- upgrade[28] drop_index lbaas_l7policies (ix_lbaas_l7policies_tenant_id)
DROP INDEX "ix_lbaas_l7policies_tenant_id";
-- upgrade[29] create_index lbaas_l7policies (ix_lbaas_l7policies_project_id)
CREATE INDEX "ix_lbaas_l7policies_project_id" ON "lbaas_l7policies" ("project_id");
-- upgrade[30] alter_column lbaas_listeners.tenant_id
ALTER TABLE "lbaas_listeners" RENAME COLUMN "tenant_id" TO "project_id";
-- upgrade[31] drop_index lbaas_listeners (ix_lbaas_listeners_tenant_id)
DROP INDEX "ix_lbaas_listeners_tenant_id";
-- upgrade[32] create_index lbaas_listeners (ix_lbaas_listeners_project_id)
CREATE INDEX "ix_lbaas_listeners_project_id" ON "lbaas_listeners" ("project_id");
UPDATE "alembic_version_lbaas" SET "version_num" = '4b4dc6d5d843' WHERE "version_num" = '130ebfdef43';

-- [3/3] upgrade e6417a8b114d: Drop v1 tables
-- source: versions/newton/contract/e6417a8b114d_drop_v1_tables.jsonc
-- guard: stop here unless the database is at 4b4dc6d5d843,c47fda60c1b8
DO $lbaas_guard$
DECLARE
    found text := '';
    stop text := coalesce(current_setting('lbaas_db_manage.stop', true), '');
BEGIN
    IF stop = '' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND pid = pg_catalog.pg_backend_pid() AND granted AND objsubid = 1
            AND classid::bigint = (hashtext('lbaas-db-manage:alembic_version_lbaas')::bigint >> 32) & 4294967295 AND objid::bigint = hashtext('lbaas-db-manage:alembic_version_lbaas')::bigint & 4294967295) THEN
        stop := 'lbaas-db-manage guard STOP: this session lost the migration lock (an earlier stop released it); nothing more was changed';
    ELSIF stop = '' THEN
        IF to_regclass('"alembic_version_lbaas"') IS NOT NULL THEN
            EXECUTE format('SELECT coalesce(string_agg(version_num, %L ORDER BY version_num COLLATE "C"), %L) FROM %I', ',', '', 'alembic_version_lbaas') INTO found;
        END IF;
        IF found <> '4b4dc6d5d843,c47fda60c1b8' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 4b4dc6d5d843,c47fda60c1b8, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
        END IF;
    END IF;
    IF stop <> '' THEN
        IF current_setting('lbaas_db_manage.stop', true) IS DISTINCT FROM stop THEN
            PERFORM set_config('lbaas_db_manage.hint', 'compile the script for the revision the database is at (lbaas-db-manage current shows it); this session refuses every later statement (its search_path names no schema), so start a new one', false);
        END IF;
        PERFORM set_config('lbaas_db_manage.stop', stop, false);
        PERFORM set_config('search_path', '"lbaas-db-manage guard STOP: no schema"', false);
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND pid = pg_catalog.pg_backend_pid() AND granted AND objsubid = 1
            AND classid::bigint = (hashtext('lbaas-db-manage:alembic_version_lbaas')::bigint >> 32) & 4294967295 AND objid::bigint = hashtext('lbaas-db-manage:alembic_version_lbaas')::bigint & 4294967295) THEN
            PERFORM pg_advisory_unlock(hashtext('lbaas-db-manage:alembic_version_lbaas'));
        END IF;
    END IF;
END
$lbaas_guard$;
DO $lbaas_stop$
BEGIN
    IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN
        RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop') USING HINT = current_setting('lbaas_db_manage.hint');
    END IF;
END
$lbaas_stop$;
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[3/3] e6417a8b114d Drop v1 tables'; END $lbaas_progress$;
-- upgrade[0] drop_table nsxv_edge_pool_mappings
-- DESTRUCTIVE: drops table nsxv_edge_pool_mappings and every row in it
DROP TABLE "nsxv_edge_pool_mappings";
-- upgrade[1] drop_table nsxv_edge_vip_mappings
-- DESTRUCTIVE: drops table nsxv_edge_vip_mappings and every row in it
DROP TABLE "nsxv_edge_vip_mappings";
-- upgrade[2] drop_table nsxv_edge_monitor_mappings
-- DESTRUCTIVE: drops table nsxv_edge_monitor_mappings and every row in it
DROP TABLE "nsxv_edge_monitor_mappings";
-- upgrade[3] drop_table members
-- DESTRUCTIVE: drops table members and every row in it
DROP TABLE "members";
-- upgrade[4] drop_table poolstatisticss
-- DESTRUCTIVE: drops table poolstatisticss and every row in it
DROP TABLE "poolstatisticss";
-- upgrade[5] drop_table poolloadbalanceragentbindings
-- DESTRUCTIVE: drops table poolloadbalanceragentbindings and every row in it
DROP TABLE "poolloadbalanceragentbindings";
-- upgrade[6] drop_table poolmonitorassociations
-- DESTRUCTIVE: drops table poolmonitorassociations and every row in it
DROP TABLE "poolmonitorassociations";
-- upgrade[7] drop_table pools
-- DESTRUCTIVE: drops table pools and every row in it
DROP TABLE "pools";
DROP TYPE "pools_lb_method";
-- upgrade[8] drop_table sessionpersistences
-- DESTRUCTIVE: drops table sessionpersistences and every row in it
DROP TABLE "sessionpersistences";
DROP TYPE "sesssionpersistences_type";
-- upgrade[9] drop_table vips
-- DESTRUCTIVE: drops table vips and every row in it
DROP TABLE "vips";
DROP TYPE "lb_protocols";
-- upgrade[10] drop_table healthmonitors
-- DESTRUCTIVE: drops table healthmonitors and every row in it
DROP TABLE "healthmonitors";
DROP TYPE "healthmontiors_type";
UPDATE "alembic_version_lbaas" SET "version_num" = 'e6417a8b114d' WHERE "version_num" = '4b4dc6d5d843';

COMMIT;

-- the migration lock is released
DO $lbaas_unlock$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND pid = pg_catalog.pg_backend_pid() AND granted AND objsubid = 1
            AND classid::bigint = (hashtext('lbaas-db-manage:alembic_version_lbaas')::bigint >> 32) & 4294967295 AND objid::bigint = hashtext('lbaas-db-manage:alembic_version_lbaas')::bigint & 4294967295) THEN
        PERFORM pg_advisory_unlock(hashtext('lbaas-db-manage:alembic_version_lbaas'));
    END IF;
END
$lbaas_unlock$;
