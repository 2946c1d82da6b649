-- lbaas-db-manage 0.1.0: upgrade kilo:liberty for postgresql
-- 2 revisions: 3345facd0452 .. 130ebfdef43
-- version table: alembic_version_lbaas
-- one transaction for the whole script
-- services: stop them first: this range mixes expand and contract revisions (contract: 130ebfdef43)
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
        IF found <> 'kilo' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at kilo, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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

-- [1/2] upgrade 3345facd0452: Initial Liberty no-op expand script.
-- source: versions/liberty/expand/3345facd0452_initial.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[1/2] 3345facd0452 Initial Liberty no-op expand script.'; END $lbaas_progress$;
-- (no schema changes on this dialect)
UPDATE "alembic_version_lbaas" SET "version_num" = '3345facd0452' WHERE "version_num" = 'kilo';

-- [2/2] upgrade 130ebfdef43: Initial Liberty no-op contract revision.
-- source: versions/liberty/contract/130ebfdef43_initial.jsonc
-- guard: stop here unless the database is at 3345facd0452
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
        IF found <> '3345facd0452' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 3345facd0452, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[2/2] 130ebfdef43 Initial Liberty no-op contract revision.'; END $lbaas_progress$;
-- (no schema changes on this dialect)
INSERT INTO "alembic_version_lbaas" ("version_num") VALUES ('130ebfdef43');

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
