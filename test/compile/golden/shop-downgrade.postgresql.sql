-- lbaas-db-manage 0.1.0: downgrade heads:base for postgresql
-- 7 revisions: shop007 .. shop001
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

-- [1/7] downgrade shop007: Order items point at products by SKU-independent key, with a named constraint
-- source: versions/shop007.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[1/7] shop007 Order items point at products by SKU-independent key, with a named constraint'; END $lbaas_progress$;
-- downgrade[0] drop_constraint orders (ck_orders_total)
ALTER TABLE "orders" DROP CONSTRAINT "ck_orders_total";
-- downgrade[1] drop_constraint order_items (fk_items_product)
ALTER TABLE "order_items" DROP CONSTRAINT "fk_items_product";
-- downgrade[2] create_foreign_key order_items (order_lines_product_id_fkey)
ALTER TABLE "order_items" ADD CONSTRAINT "order_lines_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON UPDATE CASCADE NOT VALID;
ALTER TABLE "order_items" VALIDATE CONSTRAINT "order_lines_product_id_fkey";
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop006' WHERE "version_num" = 'shop007';

-- [2/7] downgrade shop006: Products get a state instead of a flag
-- source: versions/shop006.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[2/7] shop006 Products get a state instead of a flag'; END $lbaas_progress$;
-- downgrade[0] drop_index products (ix_products_state)
DROP INDEX "ix_products_state";
-- downgrade[1] add_column products.active
ALTER TABLE "products" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;
-- downgrade[2] execute
UPDATE products SET active = false WHERE state = 'retired';
-- downgrade[4] drop_column products.state
-- DESTRUCTIVE: drops column products.state and the values in it, including what was written since the upgrade
ALTER TABLE "products" DROP COLUMN "state";
DROP TYPE "product_state";
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop005' WHERE "version_num" = 'shop006';

-- [3/7] downgrade shop005: Order lines become order items; products lose their image
-- source: versions/shop005.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[3/7] shop005 Order lines become order items; products lose their image'; END $lbaas_progress$;
-- downgrade[0] add_column products.image
ALTER TABLE "products" ADD COLUMN "image" BYTEA;
-- downgrade[1] rename_table order_items
ALTER TABLE "order_items" RENAME TO "order_lines";
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop004' WHERE "version_num" = 'shop005';

-- [4/7] downgrade shop004: Phones, longer SKUs, cancelled orders, full names
-- source: versions/shop004.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[4/7] shop004 Phones, longer SKUs, cancelled orders, full names'; END $lbaas_progress$;
-- downgrade[0] drop_index customers (ix_customers_full_name)
DROP INDEX "ix_customers_full_name";
-- downgrade[1] alter_column customers.full_name
ALTER TABLE "customers" ALTER COLUMN "full_name" DROP NOT NULL;
ALTER TABLE "customers" ALTER COLUMN "full_name" DROP DEFAULT;
ALTER TABLE "customers" RENAME COLUMN "full_name" TO "name";
-- downgrade[2] alter_column orders.state
ALTER TABLE "orders" ALTER COLUMN "state" DROP DEFAULT;
ALTER TYPE "order_state" RENAME TO "old_order_state";
CREATE TYPE "order_state" AS ENUM ('new', 'paid', 'shipped');
ALTER TABLE "orders" ALTER COLUMN "state" TYPE "order_state" USING "state"::text::"order_state";
DROP TYPE "old_order_state";
ALTER TABLE "orders" ALTER COLUMN "state" SET DEFAULT 'new';
-- downgrade[3] alter_column products.sku
ALTER TABLE "products" ALTER COLUMN "sku" TYPE VARCHAR(32);
-- downgrade[4] drop_column customers.phone
-- DESTRUCTIVE: drops column customers.phone and the values in it, including what was written since the upgrade
ALTER TABLE "customers" DROP COLUMN "phone";
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop003' WHERE "version_num" = 'shop004';

-- [5/7] downgrade shop003: Seed the catalogue
-- source: versions/shop003.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[5/7] shop003 Seed the catalogue'; END $lbaas_progress$;
-- downgrade[0] execute
DELETE FROM customers WHERE email IN ('ann@example.org', 'bob@example.org');
-- downgrade[1] execute
DELETE FROM products WHERE id IN (1, 2, 3, 4);
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop002' WHERE "version_num" = 'shop003';

-- [6/7] downgrade shop002: Orders and their lines
-- source: versions/shop002.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[6/7] shop002 Orders and their lines'; END $lbaas_progress$;
-- downgrade[0] drop_table order_lines
-- DESTRUCTIVE: drops table order_lines and every row in it, including what was written since the upgrade
DROP TABLE "order_lines";
-- downgrade[1] drop_table orders
-- DESTRUCTIVE: drops table orders and every row in it, including what was written since the upgrade
DROP TABLE "orders";
DROP TYPE "order_state";
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop001' WHERE "version_num" = 'shop002';

-- [7/7] downgrade shop001: Customers and products
-- source: versions/shop001.jsonc
DO $lbaas_progress$ BEGIN IF coalesce(current_setting('lbaas_db_manage.stop', true), '') <> '' THEN RAISE EXCEPTION '%', current_setting('lbaas_db_manage.stop'); END IF; RAISE NOTICE '%', '[7/7] shop001 Customers and products'; END $lbaas_progress$;
-- downgrade[0] drop_table products
-- DESTRUCTIVE: drops table products and every row in it, including what was written since the upgrade
DROP TABLE "products";
-- downgrade[1] drop_table customers
-- DESTRUCTIVE: drops table customers and every row in it, including what was written since the upgrade
DROP TABLE "customers";
DROP TYPE "customer_status";
DELETE FROM "alembic_version_lbaas" WHERE "version_num" = 'shop001';

-- nothing is left applied: the version table goes too, as Alembic's offline scripts do
DROP TABLE "alembic_version_lbaas";

COMMIT;
