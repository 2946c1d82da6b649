-- lbaas-db-manage 0.1.0: upgrade heads for postgresql
-- 5 revisions: hd_base .. hd_merge
-- version table: alembic_version_lbaas
-- one transaction for the whole script
-- services: stop them first (revisions from before the expand/contract branches: hd_base, hd_expand1, hd_contract1, hd_expand2 and 1 more)
-- lock waits: at most 5 s for each statement (lock_timeout, --lock-timeout); statement_timeout is left as the session has it
-- when a statement's lock wait runs out the script stops and the failed transaction rolls back; retry later
-- compiled offline from the revision files; no database was consulted

-- session: settings
SET client_encoding = 'UTF8';
SET lock_timeout = '5s';

BEGIN;

CREATE TABLE IF NOT EXISTS "alembic_version_lbaas" (
    "version_num" VARCHAR(32) NOT NULL,
    CONSTRAINT "alembic_version_lbaas_pkc" PRIMARY KEY ("version_num")
);

-- [1/5] upgrade hd_base: Tickets
-- source: versions/hd_base.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[1/5] hd_base Tickets'; END $lbaas_progress$;
-- upgrade[0] create_table tickets
CREATE TYPE "ticket_priority" AS ENUM ('low', 'normal', 'high');
CREATE TABLE "tickets" (
    "id" VARCHAR(36) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "tenant_id" VARCHAR(36),
    "priority" "ticket_priority" DEFAULT 'normal',
    CONSTRAINT "tickets_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ix_tickets_tenant_id" ON "tickets" ("tenant_id");
-- upgrade[1] bulk_insert tickets
INSERT INTO "tickets" ("id", "subject", "tenant_id") VALUES
    ('T-1', 'Can''t log in', 'tenant-a');
INSERT INTO "tickets" ("id", "subject", "tenant_id", "priority") VALUES
    ('T-2', E'Printer\\queue', 'tenant-b', 'high');
INSERT INTO "alembic_version_lbaas" ("version_num") VALUES ('hd_base');

-- [2/5] upgrade hd_expand1: Comments, and a project_id next to tenant_id
-- source: versions/hd_expand1.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[2/5] hd_expand1 Comments, and a project_id next to tenant_id'; END $lbaas_progress$;
-- upgrade[0] create_table comments
CREATE TABLE "comments" (
    "id" SERIAL NOT NULL,
    "ticket_id" VARCHAR(36) NOT NULL,
    "body" TEXT NOT NULL,
    CONSTRAINT "comments_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "comments_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets" ("id") ON DELETE CASCADE
);
-- upgrade[1] add_column tickets.project_id
ALTER TABLE "tickets" ADD COLUMN "project_id" VARCHAR(36);
-- upgrade[2] create_index tickets (ix_tickets_project_id)
CREATE INDEX "ix_tickets_project_id" ON "tickets" ("project_id");
UPDATE "alembic_version_lbaas" SET "version_num" = 'hd_expand1' WHERE "version_num" = 'hd_base';

-- [3/5] upgrade hd_contract1: Copy tenant_id into project_id, drop tenant_id
-- source: versions/hd_contract1.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[3/5] hd_contract1 Copy tenant_id into project_id, drop tenant_id'; END $lbaas_progress$;
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[4/5] hd_expand2 Urgent priority'; END $lbaas_progress$;
-- upgrade[0] alter_column tickets.priority
ALTER TABLE "tickets" ALTER COLUMN "priority" DROP DEFAULT;
ALTER TYPE "ticket_priority" RENAME TO "old_ticket_priority";
CREATE TYPE "ticket_priority" AS ENUM ('low', 'normal', 'high', 'urgent');
ALTER TABLE "tickets" ALTER COLUMN "priority" TYPE "ticket_priority" USING "priority"::text::"ticket_priority";
DROP TYPE "old_ticket_priority";
ALTER TABLE "tickets" ALTER COLUMN "priority" SET DEFAULT 'normal';
INSERT INTO "alembic_version_lbaas" ("version_num") VALUES ('hd_expand2');

-- [5/5] upgrade hd_merge: Merge expand and contract
-- source: versions/hd_merge.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[5/5] hd_merge Merge expand and contract'; END $lbaas_progress$;
-- upgrade[0] alter_column tickets.project_id
ALTER TABLE "tickets" ALTER COLUMN "project_id" SET NOT NULL;
ALTER TABLE "tickets" ALTER COLUMN "project_id" SET DEFAULT '';
DELETE FROM "alembic_version_lbaas" WHERE "version_num" = 'hd_expand2';
UPDATE "alembic_version_lbaas" SET "version_num" = 'hd_merge' WHERE "version_num" = 'hd_contract1';

COMMIT;
