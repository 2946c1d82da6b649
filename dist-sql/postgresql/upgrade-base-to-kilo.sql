-- lbaas-db-manage 0.1.0: upgrade base:kilo for postgresql
-- 8 revisions: start_neutron_lbaas .. kilo
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
    IF found <> '' THEN
        RAISE EXCEPTION '%', 'lbaas-db-manage guard STOP: this script expects the database at base (no revision), but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed'
            USING HINT = 'compile the script for the revision the database is at (lbaas-db-manage current shows it)';
    END IF;
END
$lbaas_guard$;

CREATE TABLE IF NOT EXISTS "alembic_version_lbaas" (
    "version_num" VARCHAR(32) NOT NULL,
    CONSTRAINT "alembic_version_lbaas_pkc" PRIMARY KEY ("version_num")
);

-- [1/8] upgrade start_neutron_lbaas: start neutron-lbaas chain
-- source: versions/start_neutron_lbaas.jsonc
DO $lbaas_progress$ BEGIN RAISE NOTICE '%', '[1/8] start_neutron_lbaas start neutron-lbaas chain'; END $lbaas_progress$;
-- (no schema changes on this dialect)
INSERT INTO "alembic_version_lbaas" ("version_num") VALUES ('start_neutron_lbaas');

-- [2/8] upgrade lbaasv2: lbaas version 2 api
-- source: versions/lbaasv2.jsonc
DO $lbaas_progress$ BEGIN RAISE NOTICE '%', '[2/8] lbaasv2 lbaas version 2 api'; END $lbaas_progress$;
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

-- [3/8] upgrade 4deef6d81931: add provisioning and operating statuses
-- source: versions/4deef6d81931_add_provisioning_and_operating_statuses.jsonc
DO $lbaas_progress$ BEGIN RAISE NOTICE '%', '[3/8] 4deef6d81931 add provisioning and operating statuses'; END $lbaas_progress$;
-- upgrade[0] drop_column lbaas_loadbalancers.status
ALTER TABLE "lbaas_loadbalancers" DROP COLUMN "status";
-- upgrade[1] add_column lbaas_loadbalancers.provisioning_status
ALTER TABLE "lbaas_loadbalancers" ADD COLUMN "provisioning_status" VARCHAR(16) NOT NULL;
-- upgrade[2] add_column lbaas_loadbalancers.operating_status
ALTER TABLE "lbaas_loadbalancers" ADD COLUMN "operating_status" VARCHAR(16) NOT NULL;
-- upgrade[3] drop_column lbaas_listeners.status
ALTER TABLE "lbaas_listeners" DROP COLUMN "status";
-- upgrade[4] add_column lbaas_listeners.provisioning_status
ALTER TABLE "lbaas_listeners" ADD COLUMN "provisioning_status" VARCHAR(16) NOT NULL;
-- upgrade[5] add_column lbaas_listeners.operating_status
ALTER TABLE "lbaas_listeners" ADD COLUMN "operating_status" VARCHAR(16) NOT NULL;
-- upgrade[6] drop_column lbaas_pools.status
ALTER TABLE "lbaas_pools" DROP COLUMN "status";
-- upgrade[7] add_column lbaas_pools.provisioning_status
ALTER TABLE "lbaas_pools" ADD COLUMN "provisioning_status" VARCHAR(16) NOT NULL;
-- upgrade[8] add_column lbaas_pools.operating_status
ALTER TABLE "lbaas_pools" ADD COLUMN "operating_status" VARCHAR(16) NOT NULL;
-- upgrade[9] drop_column lbaas_members.status
ALTER TABLE "lbaas_members" DROP COLUMN "status";
-- upgrade[10] add_column lbaas_members.provisioning_status
ALTER TABLE "lbaas_members" ADD COLUMN "provisioning_status" VARCHAR(16) NOT NULL;
-- upgrade[11] add_column lbaas_members.operating_status
ALTER TABLE "lbaas_members" ADD COLUMN "operating_status" VARCHAR(16) NOT NULL;
-- upgrade[12] drop_column lbaas_healthmonitors.status
ALTER TABLE "lbaas_healthmonitors" DROP COLUMN "status";
-- upgrade[13] add_column lbaas_healthmonitors.provisioning_status
ALTER TABLE "lbaas_healthmonitors" ADD COLUMN "provisioning_status" VARCHAR(16) NOT NULL;
UPDATE "alembic_version_lbaas" SET "version_num" = '4deef6d81931' WHERE "version_num" = 'lbaasv2';

-- [4/8] upgrade 4b6d8d5310b8: add_index_tenant_id
-- source: versions/4b6d8d5310b8_add_index_tenant_id.jsonc
DO $lbaas_progress$ BEGIN RAISE NOTICE '%', '[4/8] 4b6d8d5310b8 add_index_tenant_id'; END $lbaas_progress$;
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

-- [5/8] upgrade 364f9b6064f0: agentv2
-- source: versions/364f9b6064f0_agentv2.jsonc
DO $lbaas_progress$ BEGIN RAISE NOTICE '%', '[5/8] 364f9b6064f0 agentv2'; END $lbaas_progress$;
-- upgrade[0] create_table lbaas_loadbalanceragentbindings
CREATE TABLE "lbaas_loadbalanceragentbindings" (
    "loadbalancer_id" VARCHAR(36) NOT NULL,
    "agent_id" VARCHAR(36) NOT NULL,
    CONSTRAINT "lbaas_loadbalanceragentbindings_pkey" PRIMARY KEY ("loadbalancer_id"),
    CONSTRAINT "lbaas_loadbalanceragentbindings_loadbalancer_id_fkey" FOREIGN KEY ("loadbalancer_id") REFERENCES "lbaas_loadbalancers" ("id") ON DELETE CASCADE,
    CONSTRAINT "lbaas_loadbalanceragentbindings_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agents" ("id") ON DELETE CASCADE
);
UPDATE "alembic_version_lbaas" SET "version_num" = '364f9b6064f0' WHERE "version_num" = '4b6d8d5310b8';

-- [6/8] upgrade lbaasv2_tls: lbaasv2 TLS
-- source: versions/lbaasv2_tls.jsonc
DO $lbaas_progress$ BEGIN RAISE NOTICE '%', '[6/8] lbaasv2_tls lbaasv2 TLS'; END $lbaas_progress$;
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

-- [7/8] upgrade 4ba00375f715: edge_driver
-- source: versions/4ba00375f715_edge_driver.jsonc
DO $lbaas_progress$ BEGIN RAISE NOTICE '%', '[7/8] 4ba00375f715 edge_driver'; END $lbaas_progress$;
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

-- [8/8] upgrade kilo: kilo
-- source: versions/kilo_release.jsonc
DO $lbaas_progress$ BEGIN RAISE NOTICE '%', '[8/8] kilo kilo'; END $lbaas_progress$;
-- (no schema changes on this dialect)
UPDATE "alembic_version_lbaas" SET "version_num" = 'kilo' WHERE "version_num" = '4ba00375f715';

COMMIT;
