-- lbaas-db-manage 0.1.0: upgrade liberty:mitaka for postgresql
-- 5 revisions: 4a408dd491c2 .. 62deca5010cd
-- version table: alembic_version_lbaas
-- one transaction per revision (the default for a range of expand revisions: each revision releases its locks at its COMMIT)
-- services: can stay up (expand revisions only)
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
        IF found <> '130ebfdef43,3345facd0452' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,3345facd0452, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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

-- [1/5] upgrade 4a408dd491c2: Addition of Name column to lbaas_members and lbaas_healthmonitors table
-- source: versions/mitaka/expand/4a408dd491c2_UpdateName.jsonc
BEGIN;
-- guard: stop here unless the database is at 130ebfdef43,3345facd0452
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
        IF found <> '130ebfdef43,3345facd0452' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,3345facd0452, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[1/5] 4a408dd491c2 Addition of Name column to lbaas_members and lbaas_healthmonitors table'; END $lbaas_progress$;
-- upgrade[0] add_column lbaas_members.name
ALTER TABLE "lbaas_members" ADD COLUMN "name" VARCHAR(255);
-- upgrade[1] add_column lbaas_healthmonitors.name
ALTER TABLE "lbaas_healthmonitors" ADD COLUMN "name" VARCHAR(255);
UPDATE "alembic_version_lbaas" SET "version_num" = '4a408dd491c2' WHERE "version_num" = '3345facd0452';
COMMIT;

-- [2/5] upgrade 3426acbc12de: Add flavor id
-- source: versions/mitaka/expand/3426acbc12de_add_flavor_id.jsonc
BEGIN;
-- guard: stop here unless the database is at 130ebfdef43,4a408dd491c2
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
        IF found <> '130ebfdef43,4a408dd491c2' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,4a408dd491c2, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[2/5] 3426acbc12de Add flavor id'; END $lbaas_progress$;
-- upgrade[0] add_column lbaas_loadbalancers.flavor_id
ALTER TABLE "lbaas_loadbalancers" ADD COLUMN "flavor_id" VARCHAR(36);
-- upgrade[1] create_foreign_key lbaas_loadbalancers (fk_lbaas_loadbalancers_flavors_id)
ALTER TABLE "lbaas_loadbalancers" ADD CONSTRAINT "fk_lbaas_loadbalancers_flavors_id" FOREIGN KEY ("flavor_id") REFERENCES "flavors" ("id") NOT VALID;
ALTER TABLE "lbaas_loadbalancers" VALIDATE CONSTRAINT "fk_lbaas_loadbalancers_flavors_id";
UPDATE "alembic_version_lbaas" SET "version_num" = '3426acbc12de' WHERE "version_num" = '4a408dd491c2';
COMMIT;

-- [3/5] upgrade 6aee0434f911: independent pools
-- source: versions/mitaka/expand/6aee0434f911_independent_pools.jsonc
BEGIN;
-- guard: stop here unless the database is at 130ebfdef43,3426acbc12de
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
        IF found <> '130ebfdef43,3426acbc12de' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,3426acbc12de, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[3/5] 6aee0434f911 independent pools'; END $lbaas_progress$;
-- names: stop here unless the database holds what this revision drops under these names: lbaas_listeners_default_pool_id_key on lbaas_listeners
DO $lbaas_names$
DECLARE
    stop text := coalesce(current_setting('lbaas_db_manage.stop', true), '');
    hint text;
    other text;
BEGIN
    IF stop = '' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint AS c
            WHERE c.conrelid = to_regclass('"lbaas_listeners"') AND c.contype = 'u' AND c.conname = 'lbaas_listeners_default_pool_id_key') THEN
        SELECT string_agg(c.conname::text, ', ' ORDER BY c.conname) INTO other FROM pg_catalog.pg_constraint AS c
            WHERE c.conrelid = to_regclass('"lbaas_listeners"') AND c.contype = 'u'
            AND ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, n)
                JOIN pg_catalog.pg_attribute AS a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n) = ARRAY['default_pool_id']::text[];
        stop := 'lbaas-db-manage names STOP: lbaas_listeners has no unique constraint named lbaas_listeners_default_pool_id_key, which revision 6aee0434f911 drops; ' || coalesce('the database names its unique constraint over (default_pool_id) ' || other || ': rename it to lbaas_listeners_default_pool_id_key, then run again', 'nor any unique constraint over (default_pool_id): the table differs from the revision history; check it before running again') || '; nothing of this revision ran';
        hint := 'rename the unique constraint to lbaas_listeners_default_pool_id_key (ALTER TABLE "lbaas_listeners" RENAME CONSTRAINT <its name> TO "lbaas_listeners_default_pool_id_key"), or, if the table has none, check it against the revision history; this session refuses every later statement (its search_path names no schema), so start a new one';
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
-- upgrade[0] drop_constraint lbaas_listeners (lbaas_listeners_default_pool_id_key)
ALTER TABLE "lbaas_listeners" DROP CONSTRAINT "lbaas_listeners_default_pool_id_key";
-- upgrade[4] add_column lbaas_pools.loadbalancer_id
ALTER TABLE "lbaas_pools" ADD COLUMN "loadbalancer_id" VARCHAR(36);
ALTER TABLE "lbaas_pools" ADD CONSTRAINT "lbaas_pools_loadbalancer_id_fkey" FOREIGN KEY ("loadbalancer_id") REFERENCES "lbaas_loadbalancers" ("id") NOT VALID;
ALTER TABLE "lbaas_pools" VALIDATE CONSTRAINT "lbaas_pools_loadbalancer_id_fkey";
-- upgrade[5] execute
UPDATE lbaas_pools
SET loadbalancer_id = lbaas_listeners.loadbalancer_id
FROM lbaas_listeners
WHERE lbaas_listeners.default_pool_id = lbaas_pools.id;
UPDATE "alembic_version_lbaas" SET "version_num" = '6aee0434f911' WHERE "version_num" = '3426acbc12de';
COMMIT;

-- [4/5] upgrade 3543deab1547: add_l7_tables
-- source: versions/mitaka/expand/3543deab1547_add_l7_tables.jsonc
BEGIN;
-- guard: stop here unless the database is at 130ebfdef43,6aee0434f911
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
        IF found <> '130ebfdef43,6aee0434f911' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,6aee0434f911, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[4/5] 3543deab1547 add_l7_tables'; END $lbaas_progress$;
-- upgrade[0] create_table lbaas_l7policies
CREATE TYPE "l7policy_action_typesv2" AS ENUM ('REJECT', 'REDIRECT_TO_URL', 'REDIRECT_TO_POOL');
CREATE TABLE "lbaas_l7policies" (
    "tenant_id" VARCHAR(255),
    "id" VARCHAR(36) NOT NULL,
    "name" VARCHAR(255),
    "description" VARCHAR(255),
    "listener_id" VARCHAR(36) NOT NULL,
    "action" "l7policy_action_typesv2" NOT NULL,
    "redirect_pool_id" VARCHAR(36),
    "redirect_url" VARCHAR(255),
    "position" INTEGER NOT NULL,
    "provisioning_status" VARCHAR(16) NOT NULL,
    "admin_state_up" BOOLEAN NOT NULL,
    CONSTRAINT "lbaas_l7policies_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "lbaas_l7policies_listener_id_fkey" FOREIGN KEY ("listener_id") REFERENCES "lbaas_listeners" ("id"),
    CONSTRAINT "lbaas_l7policies_redirect_pool_id_fkey" FOREIGN KEY ("redirect_pool_id") REFERENCES "lbaas_pools" ("id")
);
-- upgrade[1] create_table lbaas_l7rules
CREATE TYPE "l7rule_typesv2" AS ENUM ('HOST_NAME', 'PATH', 'FILE_TYPE', 'HEADER', 'COOKIE');
CREATE TYPE "l7rule_compare_typesv2" AS ENUM ('REGEX', 'STARTS_WITH', 'ENDS_WITH', 'CONTAINS', 'EQUAL_TO');
CREATE TABLE "lbaas_l7rules" (
    "tenant_id" VARCHAR(255),
    "id" VARCHAR(36) NOT NULL,
    "l7policy_id" VARCHAR(36) NOT NULL,
    "type" "l7rule_typesv2" NOT NULL,
    "compare_type" "l7rule_compare_typesv2" NOT NULL,
    "invert" BOOLEAN NOT NULL,
    "key" VARCHAR(255),
    "value" VARCHAR(255) NOT NULL,
    "provisioning_status" VARCHAR(16) NOT NULL,
    "admin_state_up" BOOLEAN NOT NULL,
    CONSTRAINT "lbaas_l7rules_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "lbaas_l7rules_l7policy_id_fkey" FOREIGN KEY ("l7policy_id") REFERENCES "lbaas_l7policies" ("id")
);
UPDATE "alembic_version_lbaas" SET "version_num" = '3543deab1547' WHERE "version_num" = '6aee0434f911';
COMMIT;

-- [5/5] upgrade 62deca5010cd: Add tenant-id index for L7 tables
-- source: versions/mitaka/expand/62deca5010cd_add_tenant_id_index_for_l7_tables.jsonc
BEGIN;
-- guard: stop here unless the database is at 130ebfdef43,3543deab1547
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
        IF found <> '130ebfdef43,3543deab1547' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,3543deab1547, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[5/5] 62deca5010cd Add tenant-id index for L7 tables'; END $lbaas_progress$;
-- upgrade[0] create_index lbaas_l7rules (ix_lbaas_l7rules_tenant_id)
CREATE INDEX "ix_lbaas_l7rules_tenant_id" ON "lbaas_l7rules" ("tenant_id");
-- upgrade[1] create_index lbaas_l7policies (ix_lbaas_l7policies_tenant_id)
CREATE INDEX "ix_lbaas_l7policies_tenant_id" ON "lbaas_l7policies" ("tenant_id");
UPDATE "alembic_version_lbaas" SET "version_num" = '62deca5010cd' WHERE "version_num" = '3543deab1547';
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
