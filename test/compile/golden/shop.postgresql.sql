-- lbaas-db-manage 0.1.0: upgrade heads for postgresql
-- 7 revisions: shop001 .. shop007
-- version table: alembic_version_lbaas
-- one transaction for the whole script
-- services: stop them first (revisions from before the expand/contract branches: shop001, shop002, shop003, shop004 and 3 more)
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

-- [1/7] upgrade shop001: Customers and products
-- source: versions/shop001.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[1/7] shop001 Customers and products'; END $lbaas_progress$;
-- upgrade[0] create_table customers
CREATE TYPE "customer_status" AS ENUM ('active', 'suspended');
CREATE TABLE "customers" (
    "id" BIGSERIAL NOT NULL,
    "email" VARCHAR(120) NOT NULL,
    "name" VARCHAR(80),
    "status" "customer_status" NOT NULL DEFAULT 'active',
    "created_at" TIMESTAMP WITHOUT TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "customers_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "customers_email_key" UNIQUE ("email")
);
-- upgrade[1] create_table products
CREATE TABLE "products" (
    "id" INTEGER NOT NULL,
    "sku" VARCHAR(32) NOT NULL,
    "title" TEXT,
    "price" NUMERIC(10, 2) NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "image" BYTEA,
    CONSTRAINT "pk_products" PRIMARY KEY ("id"),
    CONSTRAINT "uq_products_sku" UNIQUE ("sku"),
    CONSTRAINT "ck_products_price" CHECK (price >= 0)
);
INSERT INTO "alembic_version_lbaas" ("version_num") VALUES ('shop001');

-- [2/7] upgrade shop002: Orders and their lines
-- source: versions/shop002.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[2/7] shop002 Orders and their lines'; END $lbaas_progress$;
-- upgrade[0] create_table orders
CREATE TYPE "order_state" AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE "orders" (
    "id" BIGSERIAL NOT NULL,
    "customer_id" BIGINT NOT NULL,
    "placed_at" TIMESTAMP WITHOUT TIME ZONE,
    "total" NUMERIC(12, 2) NOT NULL DEFAULT 0,
    "state" "order_state" NOT NULL DEFAULT 'new',
    CONSTRAINT "orders_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE
);
CREATE INDEX "ix_orders_customer_placed" ON "orders" ("customer_id", "placed_at");
-- upgrade[1] create_table order_lines
CREATE TABLE "order_lines" (
    "order_id" BIGINT NOT NULL,
    "product_id" INTEGER NOT NULL,
    "qty" SMALLINT NOT NULL DEFAULT 1,
    "unit_price" NUMERIC(10, 2) NOT NULL,
    CONSTRAINT "order_lines_pkey" PRIMARY KEY ("order_id", "product_id"),
    CONSTRAINT "fk_lines_order" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") ON DELETE CASCADE,
    CONSTRAINT "order_lines_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON UPDATE CASCADE,
    CONSTRAINT "ck_lines_qty" CHECK (qty > 0)
);
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop002' WHERE "version_num" = 'shop001';

-- [3/7] upgrade shop003: Seed the catalogue
-- source: versions/shop003.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[3/7] shop003 Seed the catalogue'; END $lbaas_progress$;
-- upgrade[0] bulk_insert products
INSERT INTO "products" ("id", "sku", "title", "price") VALUES
    (1, 'MUG-01', 'Grandma''s mug; "the" classic', 9.5);
INSERT INTO "products" ("id", "sku", "title", "price", "active") VALUES
    (2, E'TEE-\\02', 'T-shirt
-- size L
/* cotton */', 19.99, false);
INSERT INTO "products" ("id", "sku", "title", "price") VALUES
    (3, 'CAP`03', NULL, 0),
    (4, 'ŞAPKA-04', 'Şapka — 帽子 🧢', 12);
-- upgrade[1] bulk_insert customers
INSERT INTO "customers" ("email", "name") VALUES
    ('ann@example.org', 'Ann O''Neil');
INSERT INTO "customers" ("email", "name", "status") VALUES
    ('bob@example.org', NULL, 'suspended');
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop003' WHERE "version_num" = 'shop002';

-- [4/7] upgrade shop004: Phones, longer SKUs, cancelled orders, full names
-- source: versions/shop004.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[4/7] shop004 Phones, longer SKUs, cancelled orders, full names'; END $lbaas_progress$;
-- upgrade[0] add_column customers.phone
ALTER TABLE "customers" ADD COLUMN "phone" VARCHAR(20);
-- upgrade[1] alter_column products.sku
ALTER TABLE "products" ALTER COLUMN "sku" TYPE VARCHAR(64);
-- upgrade[2] alter_column orders.state
ALTER TABLE "orders" ALTER COLUMN "state" DROP DEFAULT;
ALTER TYPE "order_state" RENAME TO "old_order_state";
CREATE TYPE "order_state" AS ENUM ('new', 'paid', 'shipped', 'cancelled');
ALTER TABLE "orders" ALTER COLUMN "state" TYPE "order_state" USING "state"::text::"order_state";
DROP TYPE "old_order_state";
ALTER TABLE "orders" ALTER COLUMN "state" SET DEFAULT 'new';
-- upgrade[3] execute
UPDATE customers SET name = '' WHERE name IS NULL;
-- upgrade[4] alter_column customers.name
ALTER TABLE "customers" ALTER COLUMN "name" SET NOT NULL;
ALTER TABLE "customers" ALTER COLUMN "name" SET DEFAULT '';
ALTER TABLE "customers" RENAME COLUMN "name" TO "full_name";
-- upgrade[5] create_index customers (ix_customers_full_name)
CREATE INDEX "ix_customers_full_name" ON "customers" ("full_name");
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop004' WHERE "version_num" = 'shop003';

-- [5/7] upgrade shop005: Order lines become order items; products lose their image
-- source: versions/shop005.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[5/7] shop005 Order lines become order items; products lose their image'; END $lbaas_progress$;
-- upgrade[0] rename_table order_lines
ALTER TABLE "order_lines" RENAME TO "order_items";
-- upgrade[1] drop_column products.image
-- DESTRUCTIVE: drops column products.image and the values in it
ALTER TABLE "products" DROP COLUMN "image";
-- upgrade[2] execute
UPDATE products SET title = 'untitled ' || sku WHERE title IS NULL;
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop005' WHERE "version_num" = 'shop004';

-- [6/7] upgrade shop006: Products get a state instead of a flag
-- source: versions/shop006.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[6/7] shop006 Products get a state instead of a flag'; END $lbaas_progress$;
-- upgrade[0] add_column products.state
CREATE TYPE "product_state" AS ENUM ('draft', 'listed', 'retired');
ALTER TABLE "products" ADD COLUMN "state" "product_state" NOT NULL DEFAULT 'listed';
-- upgrade[1] execute
UPDATE products SET state = 'retired' WHERE active = false;
-- upgrade[3] drop_column products.active
-- DESTRUCTIVE: drops column products.active and the values in it
ALTER TABLE "products" DROP COLUMN "active";
-- upgrade[4] create_index products (ix_products_state)
CREATE INDEX "ix_products_state" ON "products" ("state", "sku");
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop006' WHERE "version_num" = 'shop005';

-- [7/7] upgrade shop007: Order items point at products by SKU-independent key, with a named constraint
-- source: versions/shop007.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[7/7] shop007 Order items point at products by SKU-independent key, with a named constraint'; END $lbaas_progress$;
-- upgrade[0] drop_constraint order_items (order_lines_product_id_fkey)
ALTER TABLE "order_items" DROP CONSTRAINT "order_lines_product_id_fkey";
-- upgrade[2] create_foreign_key order_items (fk_items_product)
ALTER TABLE "order_items" ADD CONSTRAINT "fk_items_product" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;
ALTER TABLE "order_items" VALIDATE CONSTRAINT "fk_items_product";
-- upgrade[3] create_check_constraint orders (ck_orders_total)
ALTER TABLE "orders" ADD CONSTRAINT "ck_orders_total" CHECK (total >= 0);
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop007' WHERE "version_num" = 'shop006';

COMMIT;
