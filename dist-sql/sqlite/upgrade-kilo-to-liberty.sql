-- lbaas-db-manage 0.1.0: upgrade kilo:liberty for sqlite
-- 2 revisions: 3345facd0452 .. 130ebfdef43
-- version table: alembic_version_lbaas
-- one transaction for the whole script
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
CREATE TEMP TABLE "_lbaas_guard" (
    expected TEXT NOT NULL,
    found TEXT NOT NULL,
    CONSTRAINT 'lbaas-db-manage guard STOP: this script expects the database at kilo; nothing was changed' CHECK (found = expected)
);
SELECT CASE WHEN found = 'kilo' THEN 'lbaas-db-manage guard: the database is at kilo, as this script expects'
    ELSE 'lbaas-db-manage guard STOP: this script expects the database at kilo, but it is at ' || CASE WHEN found = '' THEN 'base (no revision)' ELSE found END || '; nothing was changed' END AS guard
FROM (SELECT COALESCE((SELECT group_concat(version_num, ',') FROM (SELECT version_num FROM "alembic_version_lbaas" ORDER BY version_num)), '') AS found);
INSERT INTO "_lbaas_guard" (expected, found)
    SELECT 'kilo', COALESCE((SELECT group_concat(version_num, ',') FROM (SELECT version_num FROM "alembic_version_lbaas" ORDER BY version_num)), '');
RELEASE "lbaas_guard";

-- [1/2] upgrade 3345facd0452: Initial Liberty no-op expand script.
-- source: versions/liberty/expand/3345facd0452_initial.jsonc
SELECT '[1/2] 3345facd0452 Initial Liberty no-op expand script.' AS progress;
-- (no schema changes on this dialect)
UPDATE "alembic_version_lbaas" SET "version_num" = '3345facd0452' WHERE "version_num" = 'kilo';

-- [2/2] upgrade 130ebfdef43: Initial Liberty no-op contract revision.
-- source: versions/liberty/contract/130ebfdef43_initial.jsonc
SELECT '[2/2] 130ebfdef43 Initial Liberty no-op contract revision.' AS progress;
-- (no schema changes on this dialect)
INSERT INTO "alembic_version_lbaas" ("version_num") VALUES ('130ebfdef43');

COMMIT;
