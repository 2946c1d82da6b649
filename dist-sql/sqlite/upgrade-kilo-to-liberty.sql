-- lbaas-db-manage 0.1.0: upgrade kilo:liberty for sqlite
-- 2 revisions: 3345facd0452 .. 130ebfdef43
-- version table: alembic_version_lbaas
-- one transaction for the whole script
-- services: stop them first: this range mixes expand and contract revisions (contract: 130ebfdef43)
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
SELECT CASE WHEN found = 'kilo' THEN 'lbaas-db-manage guard: the database is at kilo, as this script expects'
    ELSE 'lbaas-db-manage guard STOP: this script expects the database at kilo, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed' END AS guard
FROM (SELECT COALESCE((SELECT group_concat(version_num, ',') FROM (SELECT version_num FROM "alembic_version_lbaas" ORDER BY version_num)), '') AS found);
SELECT json_extract('{}', CASE WHEN n <> 0 THEN 'lbaas-db-manage guard STOP: an earlier guard of this script stopped it; nothing more was changed'
    ELSE 'lbaas-db-manage guard STOP: this script expects the database at kilo, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed' END) AS guard
FROM (SELECT (SELECT count(*) FROM temp."_lbaas_guard") AS n,
    COALESCE((SELECT group_concat(version_num, ',') FROM (SELECT version_num FROM "alembic_version_lbaas" ORDER BY version_num)), '') AS found)
WHERE n <> 0 OR found <> 'kilo'; PRAGMA query_only = 0; INSERT INTO temp."_lbaas_guard" (n) VALUES (1); RELEASE "lbaas_guard";

-- [1/2] upgrade 3345facd0452: Initial Liberty no-op expand script.
-- source: versions/liberty/expand/3345facd0452_initial.jsonc
SELECT '[1/2] 3345facd0452 Initial Liberty no-op expand script.' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- (no schema changes on this dialect)
UPDATE "alembic_version_lbaas" SET "version_num" = '3345facd0452' WHERE "version_num" = 'kilo';

-- [2/2] upgrade 130ebfdef43: Initial Liberty no-op contract revision.
-- source: versions/liberty/contract/130ebfdef43_initial.jsonc
-- guard: stop here unless the database is at 3345facd0452
PRAGMA query_only = 1;
SELECT json_extract('{}', CASE WHEN n <> 1 THEN 'lbaas-db-manage guard STOP: an earlier guard of this script stopped it; nothing more was changed'
    ELSE 'lbaas-db-manage guard STOP: this script expects the database at 3345facd0452, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed' END) AS guard
FROM (SELECT (SELECT count(*) FROM temp."_lbaas_guard") AS n,
    COALESCE((SELECT group_concat(version_num, ',') FROM (SELECT version_num FROM "alembic_version_lbaas" ORDER BY version_num)), '') AS found)
WHERE n <> 1 OR found <> '3345facd0452'; PRAGMA query_only = 0; INSERT INTO temp."_lbaas_guard" (n) VALUES (2);
SELECT '[2/2] 130ebfdef43 Initial Liberty no-op contract revision.' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- (no schema changes on this dialect)
INSERT INTO "alembic_version_lbaas" ("version_num") VALUES ('130ebfdef43');

SELECT json_extract('{}', 'lbaas-db-manage guard STOP: an earlier guard of this script stopped it; nothing was committed') AS guard WHERE (SELECT count(*) FROM temp."_lbaas_guard") <> 2; COMMIT;
