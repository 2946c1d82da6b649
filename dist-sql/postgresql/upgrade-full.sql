-- lbaas-db-manage 0.1.0: upgrade base:heads for postgresql
-- 19 revisions: start_neutron_lbaas .. c47fda60c1b8
-- version table: alembic_version_lbaas
-- one transaction for the whole script
-- services: stop them first: this range mixes expand and contract revisions (contract: 130ebfdef43, 4b4dc6d5d843, e6417a8b114d)
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
        IF found <> '' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at base (no revision), but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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

CREATE TABLE IF NOT EXISTS "alembic_version_lbaas" (
    "version_num" VARCHAR(32) NOT NULL,
    CONSTRAINT "alembic_version_lbaas_pkc" PRIMARY KEY ("version_num")
);

-- [1/19] upgrade start_neutron_lbaas: start neutron-lbaas chain
-- source: versions/start_neutron_lbaas.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[1/19] start_neutron_lbaas start neutron-lbaas chain'; END $lbaas_progress$;
-- (no schema changes on this dialect)
INSERT INTO "alembic_version_lbaas" ("version_num") VALUES ('start_neutron_lbaas');

-- [2/19] upgrade lbaasv2: lbaas version 2 api
-- source: versions/lbaasv2.jsonc
-- guard: stop here unless the database is at start_neutron_lbaas
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
        IF found <> 'start_neutron_lbaas' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at start_neutron_lbaas, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[2/19] lbaasv2 lbaas version 2 api'; END $lbaas_progress$;
-- upgrade[0] create_table lbaas_healthmonitors
CREATE TYPE "healthmonitors_typev2" AS ENUM ('PING', 'TCP', 'HTTP', 'HTTPS');
CREATE TABLE "lbaas_healthmonitors" (
    "tenant_id" VARCHAR(255),
    "id" VARCHAR(36) NOT NULL,
    "type" "healthmonitors_typev2" NOT NULL,
    "delay" INTEGER NOT NULL,
    "timeout" INTEGER NOT NULL,
    "max_retries" INTEGER NOT NULL,
    "http_method" VARCHAR(16),
    "url_path" VARCHAR(255),
    "expected_codes" VARCHAR(64),
    "status" VARCHAR(16) NOT NULL,
    "admin_state_up" BOOLEAN NOT NULL,
    CONSTRAINT "lbaas_healthmonitors_pkey" PRIMARY KEY ("id")
);
-- upgrade[1] create_table lbaas_pools
CREATE TYPE "pool_protocolsv2" AS ENUM ('HTTP', 'HTTPS', 'TCP');
CREATE TYPE "lb_algorithmsv2" AS ENUM ('ROUND_ROBIN', 'LEAST_CONNECTIONS', 'SOURCE_IP');
CREATE TABLE "lbaas_pools" (
    "tenant_id" VARCHAR(255),
    "id" VARCHAR(36) NOT NULL,
    "name" VARCHAR(255),
    "description" VARCHAR(255),
    "protocol" "pool_protocolsv2" NOT NULL,
    "lb_algorithm" "lb_algorithmsv2" NOT NULL,
    "healthmonitor_id" VARCHAR(36),
    "status" VARCHAR(16) NOT NULL,
    "admin_state_up" BOOLEAN NOT NULL,
    CONSTRAINT "lbaas_pools_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "lbaas_pools_healthmonitor_id_key" UNIQUE ("healthmonitor_id"),
    CONSTRAINT "lbaas_pools_healthmonitor_id_fkey" FOREIGN KEY ("healthmonitor_id") REFERENCES "lbaas_healthmonitors" ("id")
);
-- upgrade[2] create_table lbaas_sessionpersistences
CREATE TYPE "sesssionpersistences_typev2" AS ENUM ('SOURCE_IP', 'HTTP_COOKIE', 'APP_COOKIE');
CREATE TABLE "lbaas_sessionpersistences" (
    "pool_id" VARCHAR(36) NOT NULL,
    "type" "sesssionpersistences_typev2" NOT NULL,
    "cookie_name" VARCHAR(1024),
    CONSTRAINT "lbaas_sessionpersistences_pkey" PRIMARY KEY ("pool_id"),
    CONSTRAINT "lbaas_sessionpersistences_pool_id_fkey" FOREIGN KEY ("pool_id") REFERENCES "lbaas_pools" ("id")
);
-- upgrade[3] create_table lbaas_members
CREATE TABLE "lbaas_members" (
    "tenant_id" VARCHAR(255),
    "id" VARCHAR(36) NOT NULL,
    "pool_id" VARCHAR(36) NOT NULL,
    "subnet_id" VARCHAR(36),
    "address" VARCHAR(64) NOT NULL,
    "protocol_port" INTEGER NOT NULL,
    "weight" INTEGER,
    "status" VARCHAR(16) NOT NULL,
    "admin_state_up" BOOLEAN NOT NULL,
    CONSTRAINT "lbaas_members_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "uniq_pool_address_port_v2" UNIQUE ("pool_id", "address", "protocol_port"),
    CONSTRAINT "lbaas_members_pool_id_fkey" FOREIGN KEY ("pool_id") REFERENCES "lbaas_pools" ("id")
);
-- upgrade[4] create_table lbaas_loadbalancers
CREATE TABLE "lbaas_loadbalancers" (
    "tenant_id" VARCHAR(255),
    "id" VARCHAR(36) NOT NULL,
    "name" VARCHAR(255),
    "description" VARCHAR(255),
    "vip_port_id" VARCHAR(36),
    "vip_subnet_id" VARCHAR(36) NOT NULL,
    "vip_address" VARCHAR(36),
    "status" VARCHAR(16) NOT NULL,
    "admin_state_up" BOOLEAN NOT NULL,
    CONSTRAINT "lbaas_loadbalancers_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "fk_lbaas_loadbalancers_ports_id" FOREIGN KEY ("vip_port_id") REFERENCES "ports" ("id")
);
-- upgrade[5] create_table lbaas_listeners
CREATE TYPE "listener_protocolsv2" AS ENUM ('HTTP', 'HTTPS', 'TCP');
CREATE TABLE "lbaas_listeners" (
    "tenant_id" VARCHAR(255),
    "id" VARCHAR(36) NOT NULL,
    "name" VARCHAR(255),
    "description" VARCHAR(255),
    "protocol" "listener_protocolsv2" NOT NULL,
    "protocol_port" INTEGER NOT NULL,
    "connection_limit" INTEGER,
    "loadbalancer_id" VARCHAR(36),
    "default_pool_id" VARCHAR(36),
    "status" VARCHAR(16) NOT NULL,
    "admin_state_up" BOOLEAN NOT NULL,
    CONSTRAINT "lbaas_listeners_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "lbaas_listeners_default_pool_id_key" UNIQUE ("default_pool_id"),
    CONSTRAINT "uniq_loadbalancer_listener_port" UNIQUE ("loadbalancer_id", "protocol_port"),
    CONSTRAINT "lbaas_listeners_loadbalancer_id_fkey" FOREIGN KEY ("loadbalancer_id") REFERENCES "lbaas_loadbalancers" ("id"),
    CONSTRAINT "lbaas_listeners_default_pool_id_fkey" FOREIGN KEY ("default_pool_id") REFERENCES "lbaas_pools" ("id")
);
-- upgrade[6] create_table lbaas_loadbalancer_statistics
CREATE TABLE "lbaas_loadbalancer_statistics" (
    "loadbalancer_id" VARCHAR(36) NOT NULL,
    "bytes_in" BIGINT NOT NULL,
    "bytes_out" BIGINT NOT NULL,
    "active_connections" BIGINT NOT NULL,
    "total_connections" BIGINT NOT NULL,
    CONSTRAINT "lbaas_loadbalancer_statistics_pkey" PRIMARY KEY ("loadbalancer_id"),
    CONSTRAINT "lbaas_loadbalancer_statistics_loadbalancer_id_fkey" FOREIGN KEY ("loadbalancer_id") REFERENCES "lbaas_loadbalancers" ("id")
);
UPDATE "alembic_version_lbaas" SET "version_num" = 'lbaasv2' WHERE "version_num" = 'start_neutron_lbaas';

-- [3/19] upgrade 4deef6d81931: add provisioning and operating statuses
-- source: versions/4deef6d81931_add_provisioning_and_operating_statuses.jsonc
-- guard: stop here unless the database is at lbaasv2
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
        IF found <> 'lbaasv2' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at lbaasv2, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[3/19] 4deef6d81931 add provisioning and operating statuses'; END $lbaas_progress$;
-- upgrade[0] drop_column lbaas_loadbalancers.status
-- DESTRUCTIVE: drops column lbaas_loadbalancers.status and the values in it
ALTER TABLE "lbaas_loadbalancers" DROP COLUMN "status";
-- upgrade[1] add_column lbaas_loadbalancers.provisioning_status
ALTER TABLE "lbaas_loadbalancers" ADD COLUMN "provisioning_status" VARCHAR(16) NOT NULL;
-- upgrade[2] add_column lbaas_loadbalancers.operating_status
ALTER TABLE "lbaas_loadbalancers" ADD COLUMN "operating_status" VARCHAR(16) NOT NULL;
-- upgrade[3] drop_column lbaas_listeners.status
-- DESTRUCTIVE: drops column lbaas_listeners.status and the values in it
ALTER TABLE "lbaas_listeners" DROP COLUMN "status";
-- upgrade[4] add_column lbaas_listeners.provisioning_status
ALTER TABLE "lbaas_listeners" ADD COLUMN "provisioning_status" VARCHAR(16) NOT NULL;
-- upgrade[5] add_column lbaas_listeners.operating_status
ALTER TABLE "lbaas_listeners" ADD COLUMN "operating_status" VARCHAR(16) NOT NULL;
-- upgrade[6] drop_column lbaas_pools.status
-- DESTRUCTIVE: drops column lbaas_pools.status and the values in it
ALTER TABLE "lbaas_pools" DROP COLUMN "status";
-- upgrade[7] add_column lbaas_pools.provisioning_status
ALTER TABLE "lbaas_pools" ADD COLUMN "provisioning_status" VARCHAR(16) NOT NULL;
-- upgrade[8] add_column lbaas_pools.operating_status
ALTER TABLE "lbaas_pools" ADD COLUMN "operating_status" VARCHAR(16) NOT NULL;
-- upgrade[9] drop_column lbaas_members.status
-- DESTRUCTIVE: drops column lbaas_members.status and the values in it
ALTER TABLE "lbaas_members" DROP COLUMN "status";
-- upgrade[10] add_column lbaas_members.provisioning_status
ALTER TABLE "lbaas_members" ADD COLUMN "provisioning_status" VARCHAR(16) NOT NULL;
-- upgrade[11] add_column lbaas_members.operating_status
ALTER TABLE "lbaas_members" ADD COLUMN "operating_status" VARCHAR(16) NOT NULL;
-- upgrade[12] drop_column lbaas_healthmonitors.status
-- DESTRUCTIVE: drops column lbaas_healthmonitors.status and the values in it
ALTER TABLE "lbaas_healthmonitors" DROP COLUMN "status";
-- upgrade[13] add_column lbaas_healthmonitors.provisioning_status
ALTER TABLE "lbaas_healthmonitors" ADD COLUMN "provisioning_status" VARCHAR(16) NOT NULL;
UPDATE "alembic_version_lbaas" SET "version_num" = '4deef6d81931' WHERE "version_num" = 'lbaasv2';

-- [4/19] upgrade 4b6d8d5310b8: add_index_tenant_id
-- source: versions/4b6d8d5310b8_add_index_tenant_id.jsonc
-- guard: stop here unless the database is at 4deef6d81931
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
        IF found <> '4deef6d81931' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 4deef6d81931, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[4/19] 4b6d8d5310b8 add_index_tenant_id'; END $lbaas_progress$;
-- upgrade[0] create_index lbaas_members (ix_lbaas_members_tenant_id)
CREATE INDEX "ix_lbaas_members_tenant_id" ON "lbaas_members" ("tenant_id");
-- upgrade[1] create_index lbaas_healthmonitors (ix_lbaas_healthmonitors_tenant_id)
CREATE INDEX "ix_lbaas_healthmonitors_tenant_id" ON "lbaas_healthmonitors" ("tenant_id");
-- upgrade[2] create_index lbaas_pools (ix_lbaas_pools_tenant_id)
CREATE INDEX "ix_lbaas_pools_tenant_id" ON "lbaas_pools" ("tenant_id");
-- upgrade[3] create_index lbaas_loadbalancers (ix_lbaas_loadbalancers_tenant_id)
CREATE INDEX "ix_lbaas_loadbalancers_tenant_id" ON "lbaas_loadbalancers" ("tenant_id");
-- upgrade[4] create_index lbaas_listeners (ix_lbaas_listeners_tenant_id)
CREATE INDEX "ix_lbaas_listeners_tenant_id" ON "lbaas_listeners" ("tenant_id");
-- upgrade[5] create_index vips (ix_vips_tenant_id)
CREATE INDEX "ix_vips_tenant_id" ON "vips" ("tenant_id");
-- upgrade[6] create_index members (ix_members_tenant_id)
CREATE INDEX "ix_members_tenant_id" ON "members" ("tenant_id");
-- upgrade[7] create_index pools (ix_pools_tenant_id)
CREATE INDEX "ix_pools_tenant_id" ON "pools" ("tenant_id");
-- upgrade[8] create_index healthmonitors (ix_healthmonitors_tenant_id)
CREATE INDEX "ix_healthmonitors_tenant_id" ON "healthmonitors" ("tenant_id");
UPDATE "alembic_version_lbaas" SET "version_num" = '4b6d8d5310b8' WHERE "version_num" = '4deef6d81931';

-- [5/19] upgrade 364f9b6064f0: agentv2
-- source: versions/364f9b6064f0_agentv2.jsonc
-- guard: stop here unless the database is at 4b6d8d5310b8
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
        IF found <> '4b6d8d5310b8' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 4b6d8d5310b8, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[5/19] 364f9b6064f0 agentv2'; END $lbaas_progress$;
-- upgrade[0] create_table lbaas_loadbalanceragentbindings
CREATE TABLE "lbaas_loadbalanceragentbindings" (
    "loadbalancer_id" VARCHAR(36) NOT NULL,
    "agent_id" VARCHAR(36) NOT NULL,
    CONSTRAINT "lbaas_loadbalanceragentbindings_pkey" PRIMARY KEY ("loadbalancer_id"),
    CONSTRAINT "lbaas_loadbalanceragentbindings_loadbalancer_id_fkey" FOREIGN KEY ("loadbalancer_id") REFERENCES "lbaas_loadbalancers" ("id") ON DELETE CASCADE,
    CONSTRAINT "lbaas_loadbalanceragentbindings_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agents" ("id") ON DELETE CASCADE
);
UPDATE "alembic_version_lbaas" SET "version_num" = '364f9b6064f0' WHERE "version_num" = '4b6d8d5310b8';

-- [6/19] upgrade lbaasv2_tls: lbaasv2 TLS
-- source: versions/lbaasv2_tls.jsonc
-- guard: stop here unless the database is at 364f9b6064f0
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
        IF found <> '364f9b6064f0' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 364f9b6064f0, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[6/19] lbaasv2_tls lbaasv2 TLS'; END $lbaas_progress$;
-- upgrade[0] alter_column lbaas_listeners.protocol
ALTER TYPE "listener_protocolsv2" RENAME TO "old_listener_protocolsv2";
CREATE TYPE "listener_protocolsv2" AS ENUM ('HTTP', 'HTTPS', 'TCP', 'TERMINATED_HTTPS');
ALTER TABLE "lbaas_listeners" ALTER COLUMN "protocol" TYPE "listener_protocolsv2" USING "protocol"::text::"listener_protocolsv2";
DROP TYPE "old_listener_protocolsv2";
-- upgrade[1] create_table lbaas_sni
CREATE TABLE "lbaas_sni" (
    "listener_id" VARCHAR(36) NOT NULL,
    "tls_container_id" VARCHAR(128) NOT NULL,
    "position" INTEGER,
    CONSTRAINT "lbaas_sni_pkey" PRIMARY KEY ("listener_id", "tls_container_id"),
    CONSTRAINT "lbaas_sni_listener_id_fkey" FOREIGN KEY ("listener_id") REFERENCES "lbaas_listeners" ("id")
);
-- upgrade[2] add_column lbaas_listeners.default_tls_container_id
ALTER TABLE "lbaas_listeners" ADD COLUMN "default_tls_container_id" VARCHAR(128);
UPDATE "alembic_version_lbaas" SET "version_num" = 'lbaasv2_tls' WHERE "version_num" = '364f9b6064f0';

-- [7/19] upgrade 4ba00375f715: edge_driver
-- source: versions/4ba00375f715_edge_driver.jsonc
-- guard: stop here unless the database is at lbaasv2_tls
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
        IF found <> 'lbaasv2_tls' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at lbaasv2_tls, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[7/19] 4ba00375f715 edge_driver'; END $lbaas_progress$;
-- upgrade[0] create_table nsxv_edge_pool_mappings
CREATE TABLE "nsxv_edge_pool_mappings" (
    "pool_id" VARCHAR(36) NOT NULL,
    "edge_id" VARCHAR(36) NOT NULL,
    "edge_pool_id" VARCHAR(36) NOT NULL,
    CONSTRAINT "nsxv_edge_pool_mappings_pkey" PRIMARY KEY ("pool_id"),
    CONSTRAINT "nsxv_edge_pool_mappings_pool_id_fkey" FOREIGN KEY ("pool_id") REFERENCES "pools" ("id") ON DELETE CASCADE
);
-- upgrade[1] create_table nsxv_edge_vip_mappings
CREATE TABLE "nsxv_edge_vip_mappings" (
    "pool_id" VARCHAR(36) NOT NULL,
    "edge_id" VARCHAR(36) NOT NULL,
    "edge_app_profile_id" VARCHAR(36) NOT NULL,
    "edge_vse_id" VARCHAR(36) NOT NULL,
    "edge_fw_rule_id" VARCHAR(36) NOT NULL,
    CONSTRAINT "nsxv_edge_vip_mappings_pkey" PRIMARY KEY ("pool_id"),
    CONSTRAINT "nsxv_edge_vip_mappings_pool_id_fkey" FOREIGN KEY ("pool_id") REFERENCES "pools" ("id") ON DELETE CASCADE
);
-- upgrade[2] create_table nsxv_edge_monitor_mappings
CREATE TABLE "nsxv_edge_monitor_mappings" (
    "monitor_id" VARCHAR(36) NOT NULL,
    "edge_id" VARCHAR(36) NOT NULL,
    "edge_monitor_id" VARCHAR(36) NOT NULL,
    CONSTRAINT "nsxv_edge_monitor_mappings_pkey" PRIMARY KEY ("monitor_id"),
    CONSTRAINT "uniq_nsxv_edge_monitor_mappings" UNIQUE ("monitor_id", "edge_id"),
    CONSTRAINT "nsxv_edge_monitor_mappings_monitor_id_fkey" FOREIGN KEY ("monitor_id") REFERENCES "healthmonitors" ("id") ON DELETE CASCADE
);
UPDATE "alembic_version_lbaas" SET "version_num" = '4ba00375f715' WHERE "version_num" = 'lbaasv2_tls';

-- [8/19] upgrade kilo: kilo
-- source: versions/kilo_release.jsonc
-- guard: stop here unless the database is at 4ba00375f715
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
        IF found <> '4ba00375f715' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 4ba00375f715, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[8/19] kilo kilo'; END $lbaas_progress$;
-- (no schema changes on this dialect)
UPDATE "alembic_version_lbaas" SET "version_num" = 'kilo' WHERE "version_num" = '4ba00375f715';

-- [9/19] upgrade 3345facd0452: Initial Liberty no-op expand script.
-- source: versions/liberty/expand/3345facd0452_initial.jsonc
-- guard: stop here unless the database is at kilo
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[9/19] 3345facd0452 Initial Liberty no-op expand script.'; END $lbaas_progress$;
-- (no schema changes on this dialect)
UPDATE "alembic_version_lbaas" SET "version_num" = '3345facd0452' WHERE "version_num" = 'kilo';

-- [10/19] upgrade 4a408dd491c2: Addition of Name column to lbaas_members and lbaas_healthmonitors table
-- source: versions/mitaka/expand/4a408dd491c2_UpdateName.jsonc
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[10/19] 4a408dd491c2 Addition of Name column to lbaas_members and lbaas_healthmonitors table'; END $lbaas_progress$;
-- upgrade[0] add_column lbaas_members.name
ALTER TABLE "lbaas_members" ADD COLUMN "name" VARCHAR(255);
-- upgrade[1] add_column lbaas_healthmonitors.name
ALTER TABLE "lbaas_healthmonitors" ADD COLUMN "name" VARCHAR(255);
UPDATE "alembic_version_lbaas" SET "version_num" = '4a408dd491c2' WHERE "version_num" = '3345facd0452';

-- [11/19] upgrade 3426acbc12de: Add flavor id
-- source: versions/mitaka/expand/3426acbc12de_add_flavor_id.jsonc
-- guard: stop here unless the database is at 4a408dd491c2
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
        IF found <> '4a408dd491c2' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 4a408dd491c2, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[11/19] 3426acbc12de Add flavor id'; END $lbaas_progress$;
-- upgrade[0] add_column lbaas_loadbalancers.flavor_id
ALTER TABLE "lbaas_loadbalancers" ADD COLUMN "flavor_id" VARCHAR(36);
-- upgrade[1] create_foreign_key lbaas_loadbalancers (fk_lbaas_loadbalancers_flavors_id)
ALTER TABLE "lbaas_loadbalancers" ADD CONSTRAINT "fk_lbaas_loadbalancers_flavors_id" FOREIGN KEY ("flavor_id") REFERENCES "flavors" ("id") NOT VALID;
ALTER TABLE "lbaas_loadbalancers" VALIDATE CONSTRAINT "fk_lbaas_loadbalancers_flavors_id";
UPDATE "alembic_version_lbaas" SET "version_num" = '3426acbc12de' WHERE "version_num" = '4a408dd491c2';

-- [12/19] upgrade 6aee0434f911: independent pools
-- source: versions/mitaka/expand/6aee0434f911_independent_pools.jsonc
-- guard: stop here unless the database is at 3426acbc12de
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
        IF found <> '3426acbc12de' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 3426acbc12de, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[12/19] 6aee0434f911 independent pools'; END $lbaas_progress$;
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

-- [13/19] upgrade 3543deab1547: add_l7_tables
-- source: versions/mitaka/expand/3543deab1547_add_l7_tables.jsonc
-- guard: stop here unless the database is at 6aee0434f911
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
        IF found <> '6aee0434f911' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 6aee0434f911, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[13/19] 3543deab1547 add_l7_tables'; END $lbaas_progress$;
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

-- [14/19] upgrade 62deca5010cd: Add tenant-id index for L7 tables
-- source: versions/mitaka/expand/62deca5010cd_add_tenant_id_index_for_l7_tables.jsonc
-- guard: stop here unless the database is at 3543deab1547
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
        IF found <> '3543deab1547' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 3543deab1547, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[14/19] 62deca5010cd Add tenant-id index for L7 tables'; END $lbaas_progress$;
-- upgrade[0] create_index lbaas_l7rules (ix_lbaas_l7rules_tenant_id)
CREATE INDEX "ix_lbaas_l7rules_tenant_id" ON "lbaas_l7rules" ("tenant_id");
-- upgrade[1] create_index lbaas_l7policies (ix_lbaas_l7policies_tenant_id)
CREATE INDEX "ix_lbaas_l7policies_tenant_id" ON "lbaas_l7policies" ("tenant_id");
UPDATE "alembic_version_lbaas" SET "version_num" = '62deca5010cd' WHERE "version_num" = '3543deab1547';

-- [15/19] upgrade 130ebfdef43: Initial Liberty no-op contract revision.
-- source: versions/liberty/contract/130ebfdef43_initial.jsonc
-- guard: stop here unless the database is at 62deca5010cd
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
        IF found <> '62deca5010cd' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 62deca5010cd, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[15/19] 130ebfdef43 Initial Liberty no-op contract revision.'; END $lbaas_progress$;
-- (no schema changes on this dialect)
INSERT INTO "alembic_version_lbaas" ("version_num") VALUES ('130ebfdef43');

-- [16/19] upgrade 4b4dc6d5d843: rename tenant to project
-- source: versions/newton/contract/4b4dc6d5d843_rename_tenant_to_project.jsonc
-- guard: stop here unless the database is at 130ebfdef43,62deca5010cd
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
        IF found <> '130ebfdef43,62deca5010cd' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,62deca5010cd, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[16/19] 4b4dc6d5d843 rename tenant to project'; END $lbaas_progress$;
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
DELETE FROM "alembic_version_lbaas" WHERE "version_num" = '130ebfdef43';
UPDATE "alembic_version_lbaas" SET "version_num" = '4b4dc6d5d843' WHERE "version_num" = '62deca5010cd';

-- [17/19] upgrade e6417a8b114d: Drop v1 tables
-- source: versions/newton/contract/e6417a8b114d_drop_v1_tables.jsonc
-- guard: stop here unless the database is at 4b4dc6d5d843
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
        IF found <> '4b4dc6d5d843' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 4b4dc6d5d843, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[17/19] e6417a8b114d Drop v1 tables'; END $lbaas_progress$;
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

-- [18/19] upgrade 844352f9fe6f: Add healthmonitor max retries down
-- source: versions/newton/expand/844352f9fe6f_add_healthmonitor_max_retries_down.jsonc
-- guard: stop here unless the database is at e6417a8b114d
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
        IF found <> 'e6417a8b114d' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at e6417a8b114d, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[18/19] 844352f9fe6f Add healthmonitor max retries down'; END $lbaas_progress$;
-- upgrade[0] add_column lbaas_healthmonitors.max_retries_down
ALTER TABLE "lbaas_healthmonitors" ADD COLUMN "max_retries_down" INTEGER;
INSERT INTO "alembic_version_lbaas" ("version_num") VALUES ('844352f9fe6f');

-- [19/19] upgrade c47fda60c1b8: Add LBaaS lookup tables
-- source: versions/ocata/expand/c47fda60c1b8_add_lbaas_lookup_tables.jsonc
-- guard: stop here unless the database is at 844352f9fe6f,e6417a8b114d
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
        IF found <> '844352f9fe6f,e6417a8b114d' THEN
            stop := 'lbaas-db-manage guard STOP: this script expects the database at 844352f9fe6f,e6417a8b114d, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed';
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[19/19] c47fda60c1b8 Add LBaaS lookup tables'; END $lbaas_progress$;
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

-- the migration lock is released
DO $lbaas_unlock$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND pid = pg_catalog.pg_backend_pid() AND granted AND objsubid = 1
            AND classid::bigint = (hashtext('lbaas-db-manage:alembic_version_lbaas')::bigint >> 32) & 4294967295 AND objid::bigint = hashtext('lbaas-db-manage:alembic_version_lbaas')::bigint & 4294967295) THEN
        PERFORM pg_advisory_unlock(hashtext('lbaas-db-manage:alembic_version_lbaas'));
    END IF;
END
$lbaas_unlock$;
