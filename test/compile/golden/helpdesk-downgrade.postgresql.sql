-- lbaas-db-manage 0.1.0: downgrade heads:base for postgresql
-- 5 revisions: hd_merge .. hd_base
-- version table: alembic_version_lbaas
-- one transaction for the whole script
-- services: stop them first (a downgrade removes what they may use)
-- lock waits: at most 5 s for each statement (lock_timeout, --lock-timeout); statement_timeout is left as the session has it
-- when a statement's lock wait runs out the script stops and the failed transaction rolls back; retry later
-- compiled offline from the revision files; no database was consulted

-- session: settings
SET client_encoding = 'UTF8';
SET lock_timeout = '5s';

BEGIN;

-- [1/5] downgrade hd_merge: Merge expand and contract
-- source: versions/hd_merge.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[1/5] hd_merge Merge expand and contract'; END $lbaas_progress$;
-- downgrade[0] alter_column tickets.project_id
ALTER TABLE "tickets" ALTER COLUMN "project_id" DROP NOT NULL;
ALTER TABLE "tickets" ALTER COLUMN "project_id" DROP DEFAULT;
INSERT INTO "alembic_version_lbaas" ("version_num") VALUES ('hd_expand2');
UPDATE "alembic_version_lbaas" SET "version_num" = 'hd_contract1' WHERE "version_num" = 'hd_merge';

-- [2/5] downgrade hd_expand2: Urgent priority
-- source: versions/hd_expand2.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[2/5] hd_expand2 Urgent priority'; END $lbaas_progress$;
-- downgrade[0] alter_column tickets.priority
ALTER TABLE "tickets" ALTER COLUMN "priority" DROP DEFAULT;
ALTER TYPE "ticket_priority" RENAME TO "old_ticket_priority";
CREATE TYPE "ticket_priority" AS ENUM ('low', 'normal', 'high');
ALTER TABLE "tickets" ALTER COLUMN "priority" TYPE "ticket_priority" USING "priority"::text::"ticket_priority";
DROP TYPE "old_ticket_priority";
ALTER TABLE "tickets" ALTER COLUMN "priority" SET DEFAULT 'normal';
DELETE FROM "alembic_version_lbaas" WHERE "version_num" = 'hd_expand2';

-- [3/5] downgrade hd_contract1: Copy tenant_id into project_id, drop tenant_id
-- source: versions/hd_contract1.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[3/5] hd_contract1 Copy tenant_id into project_id, drop tenant_id'; END $lbaas_progress$;
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[4/5] hd_expand1 Comments, and a project_id next to tenant_id'; END $lbaas_progress$;
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
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[5/5] hd_base Tickets'; END $lbaas_progress$;
-- downgrade[0] drop_table tickets
-- DESTRUCTIVE: drops table tickets and every row in it, including what was written since the upgrade
DROP TABLE "tickets";
DROP TYPE "ticket_priority";
DELETE FROM "alembic_version_lbaas" WHERE "version_num" = 'hd_base';

-- nothing is left applied: the version table goes too, as Alembic's offline scripts do
DROP TABLE "alembic_version_lbaas";

COMMIT;
