-- lbaas-db-manage 0.1.0: upgrade heads for sqlite
-- 5 revisions: hd_base .. hd_merge
-- version table: alembic_version_lbaas
-- one transaction for the whole script
-- services: stop them first (revisions from before the expand/contract branches: hd_base, hd_expand1, hd_contract1, hd_expand2 and 1 more)
-- lock waits: BEGIN IMMEDIATE takes the write lock; the sqlite3 shell waits for it as long as its busy timeout (none unless .timeout is given)
-- compiled offline from the revision files; no database was consulted

-- table rebuilds below: foreign key enforcement is off for the script (it has no effect inside a transaction)
PRAGMA foreign_keys = OFF;

BEGIN IMMEDIATE;

CREATE TABLE IF NOT EXISTS "alembic_version_lbaas" (
    "version_num" VARCHAR(32) NOT NULL,
    CONSTRAINT "alembic_version_lbaas_pkc" PRIMARY KEY ("version_num")
);

-- [1/5] upgrade hd_base: Tickets
-- source: versions/hd_base.jsonc
SELECT '[1/5] hd_base Tickets' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- upgrade[0] create_table tickets
CREATE TABLE "tickets" (
    "id" VARCHAR(36) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "tenant_id" VARCHAR(36),
    "priority" VARCHAR(6) DEFAULT 'normal',
    CONSTRAINT "tickets_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ck_tickets_priority" CHECK ("priority" IN ('low', 'normal', 'high'))
);
CREATE INDEX "ix_tickets_tenant_id" ON "tickets" ("tenant_id");
-- upgrade[1] bulk_insert tickets
INSERT INTO "tickets" ("id", "subject", "tenant_id") VALUES
    ('T-1', 'Can''t log in', 'tenant-a');
INSERT INTO "tickets" ("id", "subject", "tenant_id", "priority") VALUES
    ('T-2', 'Printer\queue', 'tenant-b', 'high');
INSERT INTO "alembic_version_lbaas" ("version_num") VALUES ('hd_base');

-- [2/5] upgrade hd_expand1: Comments, and a project_id next to tenant_id
-- source: versions/hd_expand1.jsonc
SELECT '[2/5] hd_expand1 Comments, and a project_id next to tenant_id' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- upgrade[0] create_table comments
CREATE TABLE "comments" (
    "id" INTEGER NOT NULL CONSTRAINT "comments_pkey" PRIMARY KEY AUTOINCREMENT,
    "ticket_id" VARCHAR(36) NOT NULL,
    "body" TEXT NOT NULL,
    CONSTRAINT "comments_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets" ("id") ON DELETE CASCADE
);
-- upgrade[1] add_column tickets.project_id
ALTER TABLE "tickets" ADD COLUMN "project_id" VARCHAR(36);
-- upgrade[2] create_index tickets (ix_tickets_project_id)
CREATE INDEX "ix_tickets_project_id" ON "tickets" ("project_id");
UPDATE "alembic_version_lbaas" SET "version_num" = 'hd_expand1' WHERE "version_num" = 'hd_base';

-- [3/5] upgrade hd_contract1: Copy tenant_id into project_id, drop tenant_id
-- source: versions/hd_contract1.jsonc
SELECT '[3/5] hd_contract1 Copy tenant_id into project_id, drop tenant_id' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- upgrade[0] execute
UPDATE tickets SET project_id = tenant_id WHERE project_id IS NULL;
-- upgrade[1] drop_index tickets (ix_tickets_tenant_id)
DROP INDEX "ix_tickets_tenant_id";
-- upgrade[2] drop_column tickets.tenant_id
-- DESTRUCTIVE: drops column tickets.tenant_id and the values in it
ALTER TABLE "tickets" DROP COLUMN "tenant_id";
UPDATE "alembic_version_lbaas" SET "version_num" = 'hd_contract1' WHERE "version_num" = 'hd_expand1';

-- [4/5] upgrade hd_expand2: Urgent priority
-- source: versions/hd_expand2.jsonc
SELECT '[4/5] hd_expand2 Urgent priority' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- upgrade[0] alter_column tickets.priority
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

-- [5/5] upgrade hd_merge: Merge expand and contract
-- source: versions/hd_merge.jsonc
SELECT '[5/5] hd_merge Merge expand and contract' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- upgrade[0] alter_column tickets.project_id
CREATE TABLE "_lbaas_new_tickets" (
    "id" VARCHAR(36) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "priority" VARCHAR(6) DEFAULT 'normal',
    "project_id" VARCHAR(36) NOT NULL DEFAULT '',
    CONSTRAINT "tickets_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ck_tickets_priority" CHECK ("priority" IN ('low', 'normal', 'high', 'urgent'))
);
INSERT INTO "_lbaas_new_tickets" ("id", "subject", "priority", "project_id")
    SELECT "id", "subject", "priority", "project_id" FROM "tickets";
DROP TABLE "tickets";
ALTER TABLE "_lbaas_new_tickets" RENAME TO "tickets";
CREATE INDEX "ix_tickets_project_id" ON "tickets" ("project_id");
DELETE FROM "alembic_version_lbaas" WHERE "version_num" = 'hd_expand2';
UPDATE "alembic_version_lbaas" SET "version_num" = 'hd_merge' WHERE "version_num" = 'hd_contract1';

-- foreign keys were not enforced during the table rebuilds: stop here if any row now violates one
CREATE TEMP TABLE IF NOT EXISTS "_lbaas_fk_check" (
    violations INTEGER NOT NULL,
    CONSTRAINT "lbaas_db_manage_foreign_key_violations_after_table_rebuild" CHECK (violations = 0)
);
INSERT INTO "_lbaas_fk_check" (violations) SELECT count(*) FROM pragma_foreign_key_check;

COMMIT;
PRAGMA foreign_keys = ON;
