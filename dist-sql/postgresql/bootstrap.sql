-- lbaas-db-manage 0.1.0: bootstrap (stand-ins for external tables; scratch databases only) for postgresql
-- 1 revision: bootstrap
-- version table: alembic_version_lbaas
-- one transaction for the whole script
-- compiled offline from the revision files; no database was consulted

\set ON_ERROR_STOP on
-- session: settings
SET client_encoding = 'UTF8';

BEGIN;

-- [1/1] upgrade bootstrap: stand-ins for external (Neutron) tables
-- source: versions/external.jsonc
-- upgrade[0] create_table ports
CREATE TABLE "ports" (
    "id" VARCHAR(36) NOT NULL,
    CONSTRAINT "ports_pkey" PRIMARY KEY ("id")
);
-- upgrade[1] create_table agents
CREATE TABLE "agents" (
    "id" VARCHAR(36) NOT NULL,
    CONSTRAINT "agents_pkey" PRIMARY KEY ("id")
);
-- upgrade[2] create_table flavors
CREATE TABLE "flavors" (
    "id" VARCHAR(36) NOT NULL,
    CONSTRAINT "flavors_pkey" PRIMARY KEY ("id")
);
-- upgrade[3] create_table healthmonitors
CREATE TYPE "healthmontiors_type" AS ENUM ('PING', 'TCP', 'HTTP', 'HTTPS');
CREATE TABLE "healthmonitors" (
    "tenant_id" VARCHAR(255),
    "id" VARCHAR(36) NOT NULL,
    "type" "healthmontiors_type" NOT NULL,
    "delay" INTEGER NOT NULL,
    "timeout" INTEGER NOT NULL,
    "max_retries" INTEGER NOT NULL,
    "http_method" VARCHAR(16),
    "url_path" VARCHAR(255),
    "expected_codes" VARCHAR(64),
    "admin_state_up" BOOLEAN NOT NULL,
    CONSTRAINT "healthmonitors_pkey" PRIMARY KEY ("id")
);
-- upgrade[4] create_table vips
CREATE TYPE "lb_protocols" AS ENUM ('HTTP', 'HTTPS', 'TCP');
CREATE TABLE "vips" (
    "tenant_id" VARCHAR(255),
    "id" VARCHAR(36) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "status_description" VARCHAR(255),
    "name" VARCHAR(255),
    "description" VARCHAR(255),
    "port_id" VARCHAR(36),
    "protocol_port" INTEGER NOT NULL,
    "protocol" "lb_protocols" NOT NULL,
    "pool_id" VARCHAR(36) NOT NULL,
    "admin_state_up" BOOLEAN NOT NULL,
    "connection_limit" INTEGER,
    CONSTRAINT "vips_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "vips_pool_id_key" UNIQUE ("pool_id"),
    CONSTRAINT "vips_port_id_fkey" FOREIGN KEY ("port_id") REFERENCES "ports" ("id")
);
-- upgrade[5] create_table pools
CREATE TYPE "pools_lb_method" AS ENUM ('ROUND_ROBIN', 'LEAST_CONNECTIONS', 'SOURCE_IP');
CREATE TABLE "pools" (
    "tenant_id" VARCHAR(255),
    "id" VARCHAR(36) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "status_description" VARCHAR(255),
    "vip_id" VARCHAR(36),
    "name" VARCHAR(255),
    "description" VARCHAR(255),
    "subnet_id" VARCHAR(36) NOT NULL,
    "protocol" "lb_protocols" NOT NULL,
    "lb_method" "pools_lb_method" NOT NULL,
    "admin_state_up" BOOLEAN NOT NULL,
    CONSTRAINT "pools_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "pools_vip_id_fkey" FOREIGN KEY ("vip_id") REFERENCES "vips" ("id")
);
-- upgrade[6] create_table sessionpersistences
CREATE TYPE "sesssionpersistences_type" AS ENUM ('SOURCE_IP', 'HTTP_COOKIE', 'APP_COOKIE');
CREATE TABLE "sessionpersistences" (
    "vip_id" VARCHAR(36) NOT NULL,
    "type" "sesssionpersistences_type" NOT NULL,
    "cookie_name" VARCHAR(1024),
    CONSTRAINT "sessionpersistences_pkey" PRIMARY KEY ("vip_id"),
    CONSTRAINT "sessionpersistences_vip_id_fkey" FOREIGN KEY ("vip_id") REFERENCES "vips" ("id")
);
-- upgrade[7] create_table poolloadbalanceragentbindings
CREATE TABLE "poolloadbalanceragentbindings" (
    "pool_id" VARCHAR(36) NOT NULL,
    "agent_id" VARCHAR(36) NOT NULL,
    CONSTRAINT "poolloadbalanceragentbindings_pkey" PRIMARY KEY ("pool_id"),
    CONSTRAINT "poolloadbalanceragentbindings_pool_id_fkey" FOREIGN KEY ("pool_id") REFERENCES "pools" ("id") ON DELETE CASCADE,
    CONSTRAINT "poolloadbalanceragentbindings_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agents" ("id") ON DELETE CASCADE
);
-- upgrade[8] create_table members
CREATE TABLE "members" (
    "tenant_id" VARCHAR(255),
    "id" VARCHAR(36) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "status_description" VARCHAR(255),
    "pool_id" VARCHAR(36) NOT NULL,
    "address" VARCHAR(64) NOT NULL,
    "protocol_port" INTEGER NOT NULL,
    "weight" INTEGER NOT NULL,
    "admin_state_up" BOOLEAN NOT NULL,
    CONSTRAINT "members_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "uniq_member0pool_id0address0port" UNIQUE ("pool_id", "address", "protocol_port"),
    CONSTRAINT "members_pool_id_fkey" FOREIGN KEY ("pool_id") REFERENCES "pools" ("id")
);
-- upgrade[9] create_table poolmonitorassociations
CREATE TABLE "poolmonitorassociations" (
    "status" VARCHAR(16) NOT NULL,
    "status_description" VARCHAR(255),
    "pool_id" VARCHAR(36) NOT NULL,
    "monitor_id" VARCHAR(36) NOT NULL,
    CONSTRAINT "poolmonitorassociations_pkey" PRIMARY KEY ("pool_id", "monitor_id"),
    CONSTRAINT "poolmonitorassociations_pool_id_fkey" FOREIGN KEY ("pool_id") REFERENCES "pools" ("id"),
    CONSTRAINT "poolmonitorassociations_monitor_id_fkey" FOREIGN KEY ("monitor_id") REFERENCES "healthmonitors" ("id")
);
-- upgrade[10] create_table poolstatisticss
CREATE TABLE "poolstatisticss" (
    "pool_id" VARCHAR(36) NOT NULL,
    "bytes_in" BIGINT NOT NULL,
    "bytes_out" BIGINT NOT NULL,
    "active_connections" BIGINT NOT NULL,
    "total_connections" BIGINT NOT NULL,
    CONSTRAINT "poolstatisticss_pkey" PRIMARY KEY ("pool_id"),
    CONSTRAINT "poolstatisticss_pool_id_fkey" FOREIGN KEY ("pool_id") REFERENCES "pools" ("id")
);

COMMIT;
