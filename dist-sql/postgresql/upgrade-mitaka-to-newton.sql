-- lbaas-db-manage 0.1.0: upgrade mitaka:newton for postgresql
-- 3 revisions: 4b4dc6d5d843 .. 844352f9fe6f
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
    IF found <> '130ebfdef43,62deca5010cd' THEN
        RAISE EXCEPTION '%', 'lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,62deca5010cd, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed'
            USING HINT = 'compile the script for the revision the database is at (lbaas-db-manage current shows it)';
    END IF;
END
$lbaas_guard$;

-- [1/3] upgrade 4b4dc6d5d843: rename tenant to project
-- source: versions/newton/contract/4b4dc6d5d843_rename_tenant_to_project.jsonc
DO $lbaas_progress$ BEGIN RAISE NOTICE '%', '[1/3] 4b4dc6d5d843 rename tenant to project'; END $lbaas_progress$;
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

-- [2/3] upgrade e6417a8b114d: Drop v1 tables
-- source: versions/newton/contract/e6417a8b114d_drop_v1_tables.jsonc
DO $lbaas_progress$ BEGIN RAISE NOTICE '%', '[2/3] e6417a8b114d Drop v1 tables'; END $lbaas_progress$;
-- upgrade[0] drop_table nsxv_edge_pool_mappings
DROP TABLE "nsxv_edge_pool_mappings";
-- upgrade[1] drop_table nsxv_edge_vip_mappings
DROP TABLE "nsxv_edge_vip_mappings";
-- upgrade[2] drop_table nsxv_edge_monitor_mappings
DROP TABLE "nsxv_edge_monitor_mappings";
-- upgrade[3] drop_table members
DROP TABLE "members";
-- upgrade[4] drop_table poolstatisticss
DROP TABLE "poolstatisticss";
-- upgrade[5] drop_table poolloadbalanceragentbindings
DROP TABLE "poolloadbalanceragentbindings";
-- upgrade[6] drop_table poolmonitorassociations
DROP TABLE "poolmonitorassociations";
-- upgrade[7] drop_table pools
DROP TABLE "pools";
DROP TYPE "pools_lb_method";
-- upgrade[8] drop_table sessionpersistences
DROP TABLE "sessionpersistences";
DROP TYPE "sesssionpersistences_type";
-- upgrade[9] drop_table vips
DROP TABLE "vips";
DROP TYPE "lb_protocols";
-- upgrade[10] drop_table healthmonitors
DROP TABLE "healthmonitors";
DROP TYPE "healthmontiors_type";
UPDATE "alembic_version_lbaas" SET "version_num" = 'e6417a8b114d' WHERE "version_num" = '4b4dc6d5d843';

-- [3/3] upgrade 844352f9fe6f: Add healthmonitor max retries down
-- source: versions/newton/expand/844352f9fe6f_add_healthmonitor_max_retries_down.jsonc
DO $lbaas_progress$ BEGIN RAISE NOTICE '%', '[3/3] 844352f9fe6f Add healthmonitor max retries down'; END $lbaas_progress$;
-- upgrade[0] add_column lbaas_healthmonitors.max_retries_down
ALTER TABLE "lbaas_healthmonitors" ADD COLUMN "max_retries_down" INTEGER;
INSERT INTO "alembic_version_lbaas" ("version_num") VALUES ('844352f9fe6f');

COMMIT;
