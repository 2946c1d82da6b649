-- lbaas-db-manage 0.1.0: upgrade newton:heads for postgresql
-- 1 revision: c47fda60c1b8
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
    IF found <> '844352f9fe6f,e6417a8b114d' THEN
        RAISE EXCEPTION '%', 'lbaas-db-manage guard STOP: this script expects the database at 844352f9fe6f,e6417a8b114d, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed'
            USING HINT = 'compile the script for the revision the database is at (lbaas-db-manage current shows it)';
    END IF;
END
$lbaas_guard$;

-- [1/1] upgrade c47fda60c1b8: Add LBaaS lookup tables
-- source: versions/ocata/expand/c47fda60c1b8_add_lbaas_lookup_tables.jsonc
DO $lbaas_progress$ BEGIN RAISE NOTICE '%', '[1/1] c47fda60c1b8 Add LBaaS lookup tables'; END $lbaas_progress$;
-- upgrade[0] create_table lbaas_protocol
CREATE TABLE "lbaas_protocol" (
    "name" VARCHAR(30) NOT NULL,
    "description" VARCHAR(255),
    CONSTRAINT "lbaas_protocol_pkey" PRIMARY KEY ("name")
);
-- upgrade[1] create_table lbaas_algorithm
CREATE TABLE "lbaas_algorithm" (
    "name" VARCHAR(30) NOT NULL,
    "description" VARCHAR(255),
    CONSTRAINT "lbaas_algorithm_pkey" PRIMARY KEY ("name")
);
-- upgrade[2] create_table lbaas_session_persistence_type
CREATE TABLE "lbaas_session_persistence_type" (
    "name" VARCHAR(30) NOT NULL,
    "description" VARCHAR(255),
    CONSTRAINT "lbaas_session_persistence_type_pkey" PRIMARY KEY ("name")
);
-- upgrade[3] create_table lbaas_provisioning_status
CREATE TABLE "lbaas_provisioning_status" (
    "name" VARCHAR(30) NOT NULL,
    "description" VARCHAR(255),
    CONSTRAINT "lbaas_provisioning_status_pkey" PRIMARY KEY ("name")
);
-- upgrade[4] create_table lbaas_operating_status
CREATE TABLE "lbaas_operating_status" (
    "name" VARCHAR(30) NOT NULL,
    "description" VARCHAR(255),
    CONSTRAINT "lbaas_operating_status_pkey" PRIMARY KEY ("name")
);
-- upgrade[5] create_table lbaas_health_monitor_type
CREATE TABLE "lbaas_health_monitor_type" (
    "name" VARCHAR(30) NOT NULL,
    "description" VARCHAR(255),
    CONSTRAINT "lbaas_health_monitor_type_pkey" PRIMARY KEY ("name")
);
-- upgrade[6] create_table lbaas_l7rule_type
CREATE TABLE "lbaas_l7rule_type" (
    "name" VARCHAR(30) NOT NULL,
    "description" VARCHAR(255),
    CONSTRAINT "lbaas_l7rule_type_pkey" PRIMARY KEY ("name")
);
-- upgrade[7] create_table lbaas_l7rule_compare_type
CREATE TABLE "lbaas_l7rule_compare_type" (
    "name" VARCHAR(30) NOT NULL,
    "description" VARCHAR(255),
    CONSTRAINT "lbaas_l7rule_compare_type_pkey" PRIMARY KEY ("name")
);
-- upgrade[8] create_table lbaas_l7policy_action
CREATE TABLE "lbaas_l7policy_action" (
    "name" VARCHAR(30) NOT NULL,
    "description" VARCHAR(255),
    CONSTRAINT "lbaas_l7policy_action_pkey" PRIMARY KEY ("name")
);
UPDATE "alembic_version_lbaas" SET "version_num" = 'c47fda60c1b8' WHERE "version_num" = '844352f9fe6f';

COMMIT;
