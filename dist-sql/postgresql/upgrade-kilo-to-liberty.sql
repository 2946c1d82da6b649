-- lbaas-db-manage 0.1.0: upgrade kilo:liberty for postgresql
-- 2 revisions: 3345facd0452 .. 130ebfdef43
-- version table: alembic_version_lbaas
-- one transaction for the whole script
-- compiled offline from the revision files; no database was consulted

\set ON_ERROR_STOP on
-- session: settings and the migration lock (held until the client disconnects)
SET client_encoding = 'UTF8';
SELECT pg_advisory_lock(hashtext('lbaas-db-manage:alembic_version_lbaas'));

BEGIN;

-- guard: stop here unless the database is at the expected starting revisions
DO $lbaas_guard$
DECLARE
    found text := '';
BEGIN
    IF to_regclass('"alembic_version_lbaas"') IS NOT NULL THEN
        EXECUTE format('SELECT coalesce(string_agg(version_num, %L ORDER BY version_num), %L) FROM %I', ',', '', 'alembic_version_lbaas') INTO found;
    END IF;
    IF found <> 'kilo' THEN
        RAISE EXCEPTION '%', 'lbaas-db-manage guard STOP: this script expects the database at kilo, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed'
            USING HINT = 'compile the script for the revision the database is at (lbaas-db-manage current shows it)';
    END IF;
END
$lbaas_guard$;

-- [1/2] upgrade 3345facd0452: Initial Liberty no-op expand script.
-- source: versions/liberty/expand/3345facd0452_initial.jsonc
DO $lbaas_progress$ BEGIN RAISE NOTICE '%', '[1/2] 3345facd0452 Initial Liberty no-op expand script.'; END $lbaas_progress$;
-- (no schema changes on this dialect)
UPDATE "alembic_version_lbaas" SET "version_num" = '3345facd0452' WHERE "version_num" = 'kilo';

-- [2/2] upgrade 130ebfdef43: Initial Liberty no-op contract revision.
-- source: versions/liberty/contract/130ebfdef43_initial.jsonc
DO $lbaas_progress$ BEGIN RAISE NOTICE '%', '[2/2] 130ebfdef43 Initial Liberty no-op contract revision.'; END $lbaas_progress$;
-- (no schema changes on this dialect)
INSERT INTO "alembic_version_lbaas" ("version_num") VALUES ('130ebfdef43');

COMMIT;
