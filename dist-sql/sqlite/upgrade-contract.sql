-- lbaas-db-manage 0.1.0: upgrade expand@head:contract@head for sqlite
-- 3 revisions: 130ebfdef43 .. e6417a8b114d
-- version table: alembic_version_lbaas
-- one transaction for the whole script
-- services: stop them first (contract revisions: 130ebfdef43, 4b4dc6d5d843, e6417a8b114d)
-- lock waits: BEGIN IMMEDIATE takes the write lock; the sqlite3 shell waits for it as long as its busy timeout (none unless .timeout is given)
-- guard: checked before the first revision and again before each later one; once one stops, every later statement fails (query_only) and nothing is committed
-- compiled offline from the revision files; no database was consulted

.bail on

BEGIN IMMEDIATE;

-- guard: stop here unless the database is at the expected starting revisions
SAVEPOINT "lbaas_guard";
CREATE TABLE IF NOT EXISTS "alembic_version_lbaas" (
    "version_num" VARCHAR(32) NOT NULL,
    CONSTRAINT "alembic_version_lbaas_pkc" PRIMARY KEY ("version_num")
);
DROP TABLE IF EXISTS temp."_lbaas_guard";
CREATE TEMP TABLE "_lbaas_guard" (n INTEGER NOT NULL);
PRAGMA query_only = 1;
SELECT CASE WHEN found = 'c47fda60c1b8' THEN 'lbaas-db-manage guard: the database is at c47fda60c1b8, as this script expects'
    ELSE 'lbaas-db-manage guard STOP: this script expects the database at c47fda60c1b8, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed' END AS guard
FROM (SELECT COALESCE((SELECT group_concat(version_num, ',') FROM (SELECT version_num FROM "alembic_version_lbaas" ORDER BY version_num)), '') AS found);
SELECT json_extract('{}', CASE WHEN n <> 0 THEN 'lbaas-db-manage guard STOP: an earlier guard of this script stopped it; nothing more was changed'
    ELSE 'lbaas-db-manage guard STOP: this script expects the database at c47fda60c1b8, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed' END) AS guard
FROM (SELECT (SELECT count(*) FROM temp."_lbaas_guard") AS n,
    COALESCE((SELECT group_concat(version_num, ',') FROM (SELECT version_num FROM "alembic_version_lbaas" ORDER BY version_num)), '') AS found)
WHERE n <> 0 OR found <> 'c47fda60c1b8'; PRAGMA query_only = 0; INSERT INTO temp."_lbaas_guard" (n) VALUES (1); RELEASE "lbaas_guard";

-- [1/3] upgrade 130ebfdef43: Initial Liberty no-op contract revision.
-- source: versions/liberty/contract/130ebfdef43_initial.jsonc
SELECT '[1/3] 130ebfdef43 Initial Liberty no-op contract revision.' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- (no schema changes on this dialect)
INSERT INTO "alembic_version_lbaas" ("version_num") VALUES ('130ebfdef43');

-- [2/3] upgrade 4b4dc6d5d843: rename tenant to project
-- source: versions/newton/contract/4b4dc6d5d843_rename_tenant_to_project.jsonc
-- guard: stop here unless the database is at 130ebfdef43,c47fda60c1b8
PRAGMA query_only = 1;
SELECT json_extract('{}', CASE WHEN n <> 1 THEN 'lbaas-db-manage guard STOP: an earlier guard of this script stopped it; nothing more was changed'
    ELSE 'lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,c47fda60c1b8, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed' END) AS guard
FROM (SELECT (SELECT count(*) FROM temp."_lbaas_guard") AS n,
    COALESCE((SELECT group_concat(version_num, ',') FROM (SELECT version_num FROM "alembic_version_lbaas" ORDER BY version_num)), '') AS found)
WHERE n <> 1 OR found <> '130ebfdef43,c47fda60c1b8'; PRAGMA query_only = 0; INSERT INTO temp."_lbaas_guard" (n) VALUES (2);
SELECT '[2/3] 4b4dc6d5d843 rename tenant to project' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
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
PRAGMA query_only = 1;
SELECT json_extract('{}', CASE WHEN n <> 2 THEN 'lbaas-db-manage guard STOP: an earlier guard of this script stopped it; nothing more was changed'
    ELSE 'lbaas-db-manage guard STOP: this script expects the database at 4b4dc6d5d843,c47fda60c1b8, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed' END) AS guard
FROM (SELECT (SELECT count(*) FROM temp."_lbaas_guard") AS n,
    COALESCE((SELECT group_concat(version_num, ',') FROM (SELECT version_num FROM "alembic_version_lbaas" ORDER BY version_num)), '') AS found)
WHERE n <> 2 OR found <> '4b4dc6d5d843,c47fda60c1b8'; PRAGMA query_only = 0; INSERT INTO temp."_lbaas_guard" (n) VALUES (3);
SELECT '[3/3] e6417a8b114d Drop v1 tables' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
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
-- upgrade[8] drop_table sessionpersistences
-- DESTRUCTIVE: drops table sessionpersistences and every row in it
DROP TABLE "sessionpersistences";
-- upgrade[9] drop_table vips
-- DESTRUCTIVE: drops table vips and every row in it
DROP TABLE "vips";
-- upgrade[10] drop_table healthmonitors
-- DESTRUCTIVE: drops table healthmonitors and every row in it
DROP TABLE "healthmonitors";
UPDATE "alembic_version_lbaas" SET "version_num" = 'e6417a8b114d' WHERE "version_num" = '4b4dc6d5d843';

SELECT json_extract('{}', 'lbaas-db-manage guard STOP: an earlier guard of this script stopped it; nothing was committed') AS guard WHERE (SELECT count(*) FROM temp."_lbaas_guard") <> 3; COMMIT;
