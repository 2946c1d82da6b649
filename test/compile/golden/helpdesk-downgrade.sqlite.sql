-- lbaas-db-manage 0.1.0: downgrade heads:base for sqlite
-- 5 revisions: hd_merge .. hd_base
-- version table: alembic_version_lbaas
-- one transaction for the whole script
-- services: stop them first (a downgrade removes what they may use)
-- lock waits: BEGIN IMMEDIATE takes the write lock; the sqlite3 shell waits for it as long as its busy timeout (none unless .timeout is given)
-- compiled offline from the revision files; no database was consulted

-- table rebuilds below: foreign key enforcement is off for the script (it has no effect inside a transaction)
PRAGMA foreign_keys = OFF;

BEGIN IMMEDIATE;

-- [1/5] downgrade hd_merge: Merge expand and contract
-- source: versions/hd_merge.jsonc
SELECT '[1/5] hd_merge Merge expand and contract' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- downgrade[0] alter_column tickets.project_id
CREATE TABLE "_lbaas_new_tickets" (
    "id" VARCHAR(36) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "priority" VARCHAR(6) DEFAULT 'normal',
    "project_id" VARCHAR(36),
    CONSTRAINT "tickets_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ck_tickets_priority" CHECK ("priority" IN ('low', 'normal', 'high', 'urgent'))
);
INSERT INTO "_lbaas_new_tickets" ("id", "subject", "priority", "project_id")
    SELECT "id", "subject", "priority", "project_id" FROM "tickets";
DROP TABLE "tickets";
ALTER TABLE "_lbaas_new_tickets" RENAME TO "tickets";
CREATE INDEX "ix_tickets_project_id" ON "tickets" ("project_id");
INSERT INTO "alembic_version_lbaas" ("version_num") VALUES ('hd_expand2');
UPDATE "alembic_version_lbaas" SET "version_num" = 'hd_contract1' WHERE "version_num" = 'hd_merge';

-- [2/5] downgrade hd_expand2: Urgent priority
-- source: versions/hd_expand2.jsonc
SELECT '[2/5] hd_expand2 Urgent priority' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- downgrade[0] alter_column tickets.priority
CREATE TABLE "_lbaas_new_tickets" (
    "id" VARCHAR(36) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "priority" VARCHAR(6) DEFAULT 'normal',
    "project_id" VARCHAR(36),
    CONSTRAINT "tickets_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ck_tickets_priority" CHECK ("priority" IN ('low', 'normal', 'high'))
);
INSERT INTO "_lbaas_new_tickets" ("id", "subject", "priority", "project_id")
    SELECT "id", "subject", "priority", "project_id" FROM "tickets";
DROP TABLE "tickets";
ALTER TABLE "_lbaas_new_tickets" RENAME TO "tickets";
CREATE INDEX "ix_tickets_project_id" ON "tickets" ("project_id");
DELETE FROM "alembic_version_lbaas" WHERE "version_num" = 'hd_expand2';

-- [3/5] downgrade hd_contract1: Copy tenant_id into project_id, drop tenant_id
-- source: versions/hd_contract1.jsonc
SELECT '[3/5] hd_contract1 Copy tenant_id into project_id, drop tenant_id' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- downgrade[0] add_column tickets.tenant_id
ALTER TABLE "tickets" ADD COLUMN "tenant_id" VARCHAR(36);
-- downgrade[1] execute
UPDATE tickets SET tenant_id = project_id;
-- downgrade[2] create_index tickets (ix_tickets_tenant_id)
CREATE INDEX "ix_tickets_tenant_id" ON "tickets" ("tenant_id");
INSERT INTO "alembic_version_lbaas" ("version_num") VALUES ('hd_base');
UPDATE "alembic_version_lbaas" SET "version_num" = 'hd_expand1' WHERE "version_num" = 'hd_contract1';

-- [4/5] downgrade hd_expand1: Comments, and a project_id next to tenant_id
-- source: versions/hd_expand1.jsonc
SELECT '[4/5] hd_expand1 Comments, and a project_id next to tenant_id' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- downgrade[0] drop_index tickets (ix_tickets_project_id)
DROP INDEX "ix_tickets_project_id";
-- downgrade[1] drop_column tickets.project_id
-- DESTRUCTIVE: drops column tickets.project_id and the values in it, including what was written since the upgrade
ALTER TABLE "tickets" DROP COLUMN "project_id";
-- downgrade[2] drop_table comments
-- DESTRUCTIVE: drops table comments and every row in it, including what was written since the upgrade
DROP TABLE "comments";
DELETE FROM "alembic_version_lbaas" WHERE "version_num" = 'hd_expand1';

-- [5/5] downgrade hd_base: Tickets
-- source: versions/hd_base.jsonc
SELECT '[5/5] hd_base Tickets' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- downgrade[0] drop_table tickets
-- DESTRUCTIVE: drops table tickets and every row in it, including what was written since the upgrade
DROP TABLE "tickets";
DELETE FROM "alembic_version_lbaas" WHERE "version_num" = 'hd_base';

-- nothing is left applied: the version table goes too, as Alembic's offline scripts do
DROP TABLE "alembic_version_lbaas";

-- foreign keys were not enforced during the table rebuilds: stop here if any row now violates one
CREATE TEMP TABLE IF NOT EXISTS "_lbaas_fk_check" (
    violations INTEGER NOT NULL,
    CONSTRAINT "lbaas_db_manage_foreign_key_violations_after_table_rebuild" CHECK (violations = 0)
);
INSERT INTO "_lbaas_fk_check" (violations) SELECT count(*) FROM pragma_foreign_key_check;

COMMIT;
PRAGMA foreign_keys = ON;
