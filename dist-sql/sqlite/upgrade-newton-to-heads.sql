-- lbaas-db-manage 0.1.0: upgrade newton:heads for sqlite
-- 1 revision: c47fda60c1b8
-- version table: alembic_version_lbaas
-- one transaction for the whole script
-- services: can stay up (expand revisions only)
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
SELECT CASE WHEN found = '844352f9fe6f,e6417a8b114d' THEN 'lbaas-db-manage guard: the database is at 844352f9fe6f,e6417a8b114d, as this script expects'
    ELSE 'lbaas-db-manage guard STOP: this script expects the database at 844352f9fe6f,e6417a8b114d, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed' END AS guard
FROM (SELECT COALESCE((SELECT group_concat(version_num, ',') FROM (SELECT version_num FROM "alembic_version_lbaas" ORDER BY version_num)), '') AS found);
SELECT json_extract('{}', CASE WHEN n <> 0 THEN 'lbaas-db-manage guard STOP: an earlier guard of this script stopped it; nothing more was changed'
    ELSE 'lbaas-db-manage guard STOP: this script expects the database at 844352f9fe6f,e6417a8b114d, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed' END) AS guard
FROM (SELECT (SELECT count(*) FROM temp."_lbaas_guard") AS n,
    COALESCE((SELECT group_concat(version_num, ',') FROM (SELECT version_num FROM "alembic_version_lbaas" ORDER BY version_num)), '') AS found)
WHERE n <> 0 OR found <> '844352f9fe6f,e6417a8b114d'; PRAGMA query_only = 0; INSERT INTO temp."_lbaas_guard" (n) VALUES (1); RELEASE "lbaas_guard";

-- [1/1] upgrade c47fda60c1b8: Add LBaaS lookup tables
-- source: versions/ocata/expand/c47fda60c1b8_add_lbaas_lookup_tables.jsonc
SELECT '[1/1] c47fda60c1b8 Add LBaaS lookup tables' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
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

SELECT json_extract('{}', 'lbaas-db-manage guard STOP: an earlier guard of this script stopped it; nothing was committed') AS guard WHERE (SELECT count(*) FROM temp."_lbaas_guard") <> 1; COMMIT;
