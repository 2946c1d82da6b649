-- lbaas-db-manage 0.1.0: upgrade liberty:mitaka for sqlite
-- 5 revisions: 4a408dd491c2 .. 62deca5010cd
-- version table: alembic_version_lbaas
-- one transaction for the whole script
-- services: can stay up (expand revisions only)
-- lock waits: BEGIN IMMEDIATE takes the write lock; the sqlite3 shell waits for it as long as its busy timeout (none unless .timeout is given)
-- guard: checked before the first revision and again before each later one; once one stops, every later statement fails (query_only) and nothing is committed
-- compiled offline from the revision files; no database was consulted

.bail on
-- table rebuilds below: foreign key enforcement is off for the script (it has no effect inside a transaction)
PRAGMA foreign_keys = OFF;

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
SELECT CASE WHEN found = '130ebfdef43,3345facd0452' THEN 'lbaas-db-manage guard: the database is at 130ebfdef43,3345facd0452, as this script expects'
    ELSE 'lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,3345facd0452, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed' END AS guard
FROM (SELECT COALESCE((SELECT group_concat(version_num, ',') FROM (SELECT version_num FROM "alembic_version_lbaas" ORDER BY version_num)), '') AS found);
SELECT json_extract('{}', CASE WHEN n <> 0 THEN 'lbaas-db-manage guard STOP: an earlier guard of this script stopped it; nothing more was changed'
    ELSE 'lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,3345facd0452, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed' END) AS guard
FROM (SELECT (SELECT count(*) FROM temp."_lbaas_guard") AS n,
    COALESCE((SELECT group_concat(version_num, ',') FROM (SELECT version_num FROM "alembic_version_lbaas" ORDER BY version_num)), '') AS found)
WHERE n <> 0 OR found <> '130ebfdef43,3345facd0452'; PRAGMA query_only = 0; INSERT INTO temp."_lbaas_guard" (n) VALUES (1); RELEASE "lbaas_guard";

-- [1/5] upgrade 4a408dd491c2: Addition of Name column to lbaas_members and lbaas_healthmonitors table
-- source: versions/mitaka/expand/4a408dd491c2_UpdateName.jsonc
SELECT '[1/5] 4a408dd491c2 Addition of Name column to lbaas_members and lbaas_healthmonitors table' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- upgrade[0] add_column lbaas_members.name
ALTER TABLE "lbaas_members" ADD COLUMN "name" VARCHAR(255);
-- upgrade[1] add_column lbaas_healthmonitors.name
ALTER TABLE "lbaas_healthmonitors" ADD COLUMN "name" VARCHAR(255);
UPDATE "alembic_version_lbaas" SET "version_num" = '4a408dd491c2' WHERE "version_num" = '3345facd0452';

-- [2/5] upgrade 3426acbc12de: Add flavor id
-- source: versions/mitaka/expand/3426acbc12de_add_flavor_id.jsonc
-- guard: stop here unless the database is at 130ebfdef43,4a408dd491c2
PRAGMA query_only = 1;
SELECT json_extract('{}', CASE WHEN n <> 1 THEN 'lbaas-db-manage guard STOP: an earlier guard of this script stopped it; nothing more was changed'
    ELSE 'lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,4a408dd491c2, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed' END) AS guard
FROM (SELECT (SELECT count(*) FROM temp."_lbaas_guard") AS n,
    COALESCE((SELECT group_concat(version_num, ',') FROM (SELECT version_num FROM "alembic_version_lbaas" ORDER BY version_num)), '') AS found)
WHERE n <> 1 OR found <> '130ebfdef43,4a408dd491c2'; PRAGMA query_only = 0; INSERT INTO temp."_lbaas_guard" (n) VALUES (2);
SELECT '[2/5] 3426acbc12de Add flavor id' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- upgrade[0] add_column lbaas_loadbalancers.flavor_id
ALTER TABLE "lbaas_loadbalancers" ADD COLUMN "flavor_id" VARCHAR(36);
-- upgrade[1] create_foreign_key lbaas_loadbalancers (fk_lbaas_loadbalancers_flavors_id)
CREATE TABLE "_lbaas_new_lbaas_loadbalancers" (
    "tenant_id" VARCHAR(255),
    "id" VARCHAR(36) NOT NULL,
    "name" VARCHAR(255),
    "description" VARCHAR(255),
    "vip_port_id" VARCHAR(36),
    "vip_subnet_id" VARCHAR(36) NOT NULL,
    "vip_address" VARCHAR(36),
    "admin_state_up" BOOLEAN NOT NULL,
    "provisioning_status" VARCHAR(16) NOT NULL,
    "operating_status" VARCHAR(16) NOT NULL,
    "flavor_id" VARCHAR(36),
    CONSTRAINT "lbaas_loadbalancers_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "fk_lbaas_loadbalancers_ports_id" FOREIGN KEY ("vip_port_id") REFERENCES "ports" ("id"),
    CONSTRAINT "fk_lbaas_loadbalancers_flavors_id" FOREIGN KEY ("flavor_id") REFERENCES "flavors" ("id")
);
INSERT INTO "_lbaas_new_lbaas_loadbalancers" ("tenant_id", "id", "name", "description", "vip_port_id", "vip_subnet_id", "vip_address", "admin_state_up", "provisioning_status", "operating_status", "flavor_id")
    SELECT "tenant_id", "id", "name", "description", "vip_port_id", "vip_subnet_id", "vip_address", "admin_state_up", "provisioning_status", "operating_status", "flavor_id" FROM "lbaas_loadbalancers";
DROP TABLE "lbaas_loadbalancers";
ALTER TABLE "_lbaas_new_lbaas_loadbalancers" RENAME TO "lbaas_loadbalancers";
CREATE INDEX "ix_lbaas_loadbalancers_tenant_id" ON "lbaas_loadbalancers" ("tenant_id");
UPDATE "alembic_version_lbaas" SET "version_num" = '3426acbc12de' WHERE "version_num" = '4a408dd491c2';

-- [3/5] upgrade 6aee0434f911: independent pools
-- source: versions/mitaka/expand/6aee0434f911_independent_pools.jsonc
-- guard: stop here unless the database is at 130ebfdef43,3426acbc12de
PRAGMA query_only = 1;
SELECT json_extract('{}', CASE WHEN n <> 2 THEN 'lbaas-db-manage guard STOP: an earlier guard of this script stopped it; nothing more was changed'
    ELSE 'lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,3426acbc12de, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed' END) AS guard
FROM (SELECT (SELECT count(*) FROM temp."_lbaas_guard") AS n,
    COALESCE((SELECT group_concat(version_num, ',') FROM (SELECT version_num FROM "alembic_version_lbaas" ORDER BY version_num)), '') AS found)
WHERE n <> 2 OR found <> '130ebfdef43,3426acbc12de'; PRAGMA query_only = 0; INSERT INTO temp."_lbaas_guard" (n) VALUES (3);
SELECT '[3/5] 6aee0434f911 independent pools' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- upgrade[0] drop_constraint lbaas_listeners (lbaas_listeners_default_pool_id_key)
CREATE TABLE "_lbaas_new_lbaas_listeners" (
    "tenant_id" VARCHAR(255),
    "id" VARCHAR(36) NOT NULL,
    "name" VARCHAR(255),
    "description" VARCHAR(255),
    "protocol" VARCHAR(16) NOT NULL,
    "protocol_port" INTEGER NOT NULL,
    "connection_limit" INTEGER,
    "loadbalancer_id" VARCHAR(36),
    "default_pool_id" VARCHAR(36),
    "admin_state_up" BOOLEAN NOT NULL,
    "provisioning_status" VARCHAR(16) NOT NULL,
    "operating_status" VARCHAR(16) NOT NULL,
    "default_tls_container_id" VARCHAR(128),
    CONSTRAINT "lbaas_listeners_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "uniq_loadbalancer_listener_port" UNIQUE ("loadbalancer_id", "protocol_port"),
    CONSTRAINT "lbaas_listeners_loadbalancer_id_fkey" FOREIGN KEY ("loadbalancer_id") REFERENCES "lbaas_loadbalancers" ("id"),
    CONSTRAINT "lbaas_listeners_default_pool_id_fkey" FOREIGN KEY ("default_pool_id") REFERENCES "lbaas_pools" ("id"),
    CONSTRAINT "ck_lbaas_listeners_protocol" CHECK ("protocol" IN ('HTTP', 'HTTPS', 'TCP', 'TERMINATED_HTTPS'))
);
INSERT INTO "_lbaas_new_lbaas_listeners" ("tenant_id", "id", "name", "description", "protocol", "protocol_port", "connection_limit", "loadbalancer_id", "default_pool_id", "admin_state_up", "provisioning_status", "operating_status", "default_tls_container_id")
    SELECT "tenant_id", "id", "name", "description", "protocol", "protocol_port", "connection_limit", "loadbalancer_id", "default_pool_id", "admin_state_up", "provisioning_status", "operating_status", "default_tls_container_id" FROM "lbaas_listeners";
DROP TABLE "lbaas_listeners";
ALTER TABLE "_lbaas_new_lbaas_listeners" RENAME TO "lbaas_listeners";
CREATE INDEX "ix_lbaas_listeners_tenant_id" ON "lbaas_listeners" ("tenant_id");
-- upgrade[4] add_column lbaas_pools.loadbalancer_id
CREATE TABLE "_lbaas_new_lbaas_pools" (
    "tenant_id" VARCHAR(255),
    "id" VARCHAR(36) NOT NULL,
    "name" VARCHAR(255),
    "description" VARCHAR(255),
    "protocol" VARCHAR(5) NOT NULL,
    "lb_algorithm" VARCHAR(17) NOT NULL,
    "healthmonitor_id" VARCHAR(36),
    "admin_state_up" BOOLEAN NOT NULL,
    "provisioning_status" VARCHAR(16) NOT NULL,
    "operating_status" VARCHAR(16) NOT NULL,
    "loadbalancer_id" VARCHAR(36),
    CONSTRAINT "lbaas_pools_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "lbaas_pools_healthmonitor_id_key" UNIQUE ("healthmonitor_id"),
    CONSTRAINT "lbaas_pools_healthmonitor_id_fkey" FOREIGN KEY ("healthmonitor_id") REFERENCES "lbaas_healthmonitors" ("id"),
    CONSTRAINT "lbaas_pools_loadbalancer_id_fkey" FOREIGN KEY ("loadbalancer_id") REFERENCES "lbaas_loadbalancers" ("id"),
    CONSTRAINT "ck_lbaas_pools_protocol" CHECK ("protocol" IN ('HTTP', 'HTTPS', 'TCP')),
    CONSTRAINT "ck_lbaas_pools_lb_algorithm" CHECK ("lb_algorithm" IN ('ROUND_ROBIN', 'LEAST_CONNECTIONS', 'SOURCE_IP'))
);
INSERT INTO "_lbaas_new_lbaas_pools" ("tenant_id", "id", "name", "description", "protocol", "lb_algorithm", "healthmonitor_id", "admin_state_up", "provisioning_status", "operating_status")
    SELECT "tenant_id", "id", "name", "description", "protocol", "lb_algorithm", "healthmonitor_id", "admin_state_up", "provisioning_status", "operating_status" FROM "lbaas_pools";
DROP TABLE "lbaas_pools";
ALTER TABLE "_lbaas_new_lbaas_pools" RENAME TO "lbaas_pools";
CREATE INDEX "ix_lbaas_pools_tenant_id" ON "lbaas_pools" ("tenant_id");
-- upgrade[7] execute
UPDATE lbaas_pools
SET loadbalancer_id = (
  SELECT lbaas_listeners.loadbalancer_id FROM lbaas_listeners
  WHERE lbaas_listeners.default_pool_id = lbaas_pools.id)
WHERE EXISTS (
  SELECT 1 FROM lbaas_listeners
  WHERE lbaas_listeners.default_pool_id = lbaas_pools.id);
UPDATE "alembic_version_lbaas" SET "version_num" = '6aee0434f911' WHERE "version_num" = '3426acbc12de';

-- [4/5] upgrade 3543deab1547: add_l7_tables
-- source: versions/mitaka/expand/3543deab1547_add_l7_tables.jsonc
-- guard: stop here unless the database is at 130ebfdef43,6aee0434f911
PRAGMA query_only = 1;
SELECT json_extract('{}', CASE WHEN n <> 3 THEN 'lbaas-db-manage guard STOP: an earlier guard of this script stopped it; nothing more was changed'
    ELSE 'lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,6aee0434f911, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed' END) AS guard
FROM (SELECT (SELECT count(*) FROM temp."_lbaas_guard") AS n,
    COALESCE((SELECT group_concat(version_num, ',') FROM (SELECT version_num FROM "alembic_version_lbaas" ORDER BY version_num)), '') AS found)
WHERE n <> 3 OR found <> '130ebfdef43,6aee0434f911'; PRAGMA query_only = 0; INSERT INTO temp."_lbaas_guard" (n) VALUES (4);
SELECT '[4/5] 3543deab1547 add_l7_tables' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- upgrade[0] create_table lbaas_l7policies
CREATE TABLE "lbaas_l7policies" (
    "tenant_id" VARCHAR(255),
    "id" VARCHAR(36) NOT NULL,
    "name" VARCHAR(255),
    "description" VARCHAR(255),
    "listener_id" VARCHAR(36) NOT NULL,
    "action" VARCHAR(16) NOT NULL,
    "redirect_pool_id" VARCHAR(36),
    "redirect_url" VARCHAR(255),
    "position" INTEGER NOT NULL,
    "provisioning_status" VARCHAR(16) NOT NULL,
    "admin_state_up" BOOLEAN NOT NULL,
    CONSTRAINT "lbaas_l7policies_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "lbaas_l7policies_listener_id_fkey" FOREIGN KEY ("listener_id") REFERENCES "lbaas_listeners" ("id"),
    CONSTRAINT "lbaas_l7policies_redirect_pool_id_fkey" FOREIGN KEY ("redirect_pool_id") REFERENCES "lbaas_pools" ("id"),
    CONSTRAINT "ck_lbaas_l7policies_action" CHECK ("action" IN ('REJECT', 'REDIRECT_TO_URL', 'REDIRECT_TO_POOL'))
);
-- upgrade[1] create_table lbaas_l7rules
CREATE TABLE "lbaas_l7rules" (
    "tenant_id" VARCHAR(255),
    "id" VARCHAR(36) NOT NULL,
    "l7policy_id" VARCHAR(36) NOT NULL,
    "type" VARCHAR(9) NOT NULL,
    "compare_type" VARCHAR(11) NOT NULL,
    "invert" BOOLEAN NOT NULL,
    "key" VARCHAR(255),
    "value" VARCHAR(255) NOT NULL,
    "provisioning_status" VARCHAR(16) NOT NULL,
    "admin_state_up" BOOLEAN NOT NULL,
    CONSTRAINT "lbaas_l7rules_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "lbaas_l7rules_l7policy_id_fkey" FOREIGN KEY ("l7policy_id") REFERENCES "lbaas_l7policies" ("id"),
    CONSTRAINT "ck_lbaas_l7rules_type" CHECK ("type" IN ('HOST_NAME', 'PATH', 'FILE_TYPE', 'HEADER', 'COOKIE')),
    CONSTRAINT "ck_lbaas_l7rules_compare_type" CHECK ("compare_type" IN ('REGEX', 'STARTS_WITH', 'ENDS_WITH', 'CONTAINS', 'EQUAL_TO'))
);
UPDATE "alembic_version_lbaas" SET "version_num" = '3543deab1547' WHERE "version_num" = '6aee0434f911';

-- [5/5] upgrade 62deca5010cd: Add tenant-id index for L7 tables
-- source: versions/mitaka/expand/62deca5010cd_add_tenant_id_index_for_l7_tables.jsonc
-- guard: stop here unless the database is at 130ebfdef43,3543deab1547
PRAGMA query_only = 1;
SELECT json_extract('{}', CASE WHEN n <> 4 THEN 'lbaas-db-manage guard STOP: an earlier guard of this script stopped it; nothing more was changed'
    ELSE 'lbaas-db-manage guard STOP: this script expects the database at 130ebfdef43,3543deab1547, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed' END) AS guard
FROM (SELECT (SELECT count(*) FROM temp."_lbaas_guard") AS n,
    COALESCE((SELECT group_concat(version_num, ',') FROM (SELECT version_num FROM "alembic_version_lbaas" ORDER BY version_num)), '') AS found)
WHERE n <> 4 OR found <> '130ebfdef43,3543deab1547'; PRAGMA query_only = 0; INSERT INTO temp."_lbaas_guard" (n) VALUES (5);
SELECT '[5/5] 62deca5010cd Add tenant-id index for L7 tables' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- upgrade[0] create_index lbaas_l7rules (ix_lbaas_l7rules_tenant_id)
CREATE INDEX "ix_lbaas_l7rules_tenant_id" ON "lbaas_l7rules" ("tenant_id");
-- upgrade[1] create_index lbaas_l7policies (ix_lbaas_l7policies_tenant_id)
CREATE INDEX "ix_lbaas_l7policies_tenant_id" ON "lbaas_l7policies" ("tenant_id");
UPDATE "alembic_version_lbaas" SET "version_num" = '62deca5010cd' WHERE "version_num" = '3543deab1547';

-- foreign keys were not enforced during the table rebuilds: stop here if any row now violates one
CREATE TEMP TABLE IF NOT EXISTS "_lbaas_fk_check" (
    violations INTEGER NOT NULL,
    CONSTRAINT "lbaas_db_manage_foreign_key_violations_after_table_rebuild" CHECK (violations = 0)
);
INSERT INTO "_lbaas_fk_check" (violations) SELECT count(*) FROM pragma_foreign_key_check;

SELECT json_extract('{}', 'lbaas-db-manage guard STOP: an earlier guard of this script stopped it; nothing was committed') AS guard WHERE (SELECT count(*) FROM temp."_lbaas_guard") <> 5; COMMIT;
PRAGMA foreign_keys = ON;
