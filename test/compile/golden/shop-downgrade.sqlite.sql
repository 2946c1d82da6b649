-- lbaas-db-manage 0.1.0: downgrade heads:base for sqlite
-- 7 revisions: shop007 .. shop001
-- version table: alembic_version_lbaas
-- one transaction for the whole script
-- services: stop them first (a downgrade removes what they may use)
-- lock waits: BEGIN IMMEDIATE takes the write lock; the sqlite3 shell waits for it as long as its busy timeout (none unless .timeout is given)
-- compiled offline from the revision files; no database was consulted

-- table rebuilds below: foreign key enforcement is off for the script (it has no effect inside a transaction)
PRAGMA foreign_keys = OFF;

BEGIN IMMEDIATE;

-- [1/7] downgrade shop007: Order items point at products by SKU-independent key, with a named constraint
-- source: versions/shop007.jsonc
SELECT '[1/7] shop007 Order items point at products by SKU-independent key, with a named constraint' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- downgrade[0] drop_constraint orders (ck_orders_total)
CREATE TABLE "_lbaas_new_orders" (
    "id" INTEGER NOT NULL CONSTRAINT "orders_pkey" PRIMARY KEY AUTOINCREMENT,
    "customer_id" BIGINT NOT NULL,
    "placed_at" TIMESTAMP,
    "total" NUMERIC(12, 2) NOT NULL DEFAULT 0,
    "state" VARCHAR(9) NOT NULL DEFAULT 'new',
    CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE,
    CONSTRAINT "ck_orders_state" CHECK ("state" IN ('new', 'paid', 'shipped', 'cancelled'))
);
INSERT INTO "_lbaas_new_orders" ("id", "customer_id", "placed_at", "total", "state")
    SELECT "id", "customer_id", "placed_at", "total", "state" FROM "orders";
DROP TABLE "orders";
ALTER TABLE "_lbaas_new_orders" RENAME TO "orders";
CREATE INDEX "ix_orders_customer_placed" ON "orders" ("customer_id", "placed_at");
-- downgrade[1] drop_constraint order_items (fk_items_product)
CREATE TABLE "_lbaas_new_order_items" (
    "order_id" BIGINT NOT NULL,
    "product_id" INTEGER NOT NULL,
    "qty" SMALLINT NOT NULL DEFAULT 1,
    "unit_price" NUMERIC(10, 2) NOT NULL,
    CONSTRAINT "order_lines_pkey" PRIMARY KEY ("order_id", "product_id"),
    CONSTRAINT "fk_lines_order" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") ON DELETE CASCADE,
    CONSTRAINT "ck_lines_qty" CHECK (qty > 0)
);
INSERT INTO "_lbaas_new_order_items" ("order_id", "product_id", "qty", "unit_price")
    SELECT "order_id", "product_id", "qty", "unit_price" FROM "order_items";
DROP TABLE "order_items";
ALTER TABLE "_lbaas_new_order_items" RENAME TO "order_items";
-- downgrade[2] create_foreign_key order_items (order_lines_product_id_fkey)
CREATE TABLE "_lbaas_new_order_items" (
    "order_id" BIGINT NOT NULL,
    "product_id" INTEGER NOT NULL,
    "qty" SMALLINT NOT NULL DEFAULT 1,
    "unit_price" NUMERIC(10, 2) NOT NULL,
    CONSTRAINT "order_lines_pkey" PRIMARY KEY ("order_id", "product_id"),
    CONSTRAINT "fk_lines_order" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") ON DELETE CASCADE,
    CONSTRAINT "order_lines_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON UPDATE CASCADE,
    CONSTRAINT "ck_lines_qty" CHECK (qty > 0)
);
INSERT INTO "_lbaas_new_order_items" ("order_id", "product_id", "qty", "unit_price")
    SELECT "order_id", "product_id", "qty", "unit_price" FROM "order_items";
DROP TABLE "order_items";
ALTER TABLE "_lbaas_new_order_items" RENAME TO "order_items";
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop006' WHERE "version_num" = 'shop007';

-- [2/7] downgrade shop006: Products get a state instead of a flag
-- source: versions/shop006.jsonc
SELECT '[2/7] shop006 Products get a state instead of a flag' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- downgrade[0] drop_index products (ix_products_state)
DROP INDEX "ix_products_state";
-- downgrade[1] add_column products.active
ALTER TABLE "products" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT 1;
-- downgrade[3] execute
UPDATE products SET active = 0 WHERE state = 'retired';
-- downgrade[4] drop_column products.state
-- DESTRUCTIVE: drops column products.state and the values in it, including what was written since the upgrade
CREATE TABLE "_lbaas_new_products" (
    "id" INTEGER NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "title" TEXT,
    "price" NUMERIC(10, 2) NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT 1,
    CONSTRAINT "pk_products" PRIMARY KEY ("id"),
    CONSTRAINT "uq_products_sku" UNIQUE ("sku"),
    CONSTRAINT "ck_products_price" CHECK (price >= 0)
);
INSERT INTO "_lbaas_new_products" ("id", "sku", "title", "price", "active")
    SELECT "id", "sku", "title", "price", "active" FROM "products";
DROP TABLE "products";
ALTER TABLE "_lbaas_new_products" RENAME TO "products";
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop005' WHERE "version_num" = 'shop006';

-- [3/7] downgrade shop005: Order lines become order items; products lose their image
-- source: versions/shop005.jsonc
SELECT '[3/7] shop005 Order lines become order items; products lose their image' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- downgrade[0] add_column products.image
ALTER TABLE "products" ADD COLUMN "image" BLOB;
-- downgrade[1] rename_table order_items
ALTER TABLE "order_items" RENAME TO "order_lines";
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop004' WHERE "version_num" = 'shop005';

-- [4/7] downgrade shop004: Phones, longer SKUs, cancelled orders, full names
-- source: versions/shop004.jsonc
SELECT '[4/7] shop004 Phones, longer SKUs, cancelled orders, full names' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- downgrade[0] drop_index customers (ix_customers_full_name)
DROP INDEX "ix_customers_full_name";
-- downgrade[1] alter_column customers.full_name
ALTER TABLE "customers" RENAME COLUMN "full_name" TO "name";
CREATE TABLE "_lbaas_new_customers" (
    "id" INTEGER NOT NULL CONSTRAINT "customers_pkey" PRIMARY KEY AUTOINCREMENT,
    "email" VARCHAR(120) NOT NULL,
    "name" VARCHAR(80),
    "status" VARCHAR(9) NOT NULL DEFAULT 'active',
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "phone" VARCHAR(20),
    CONSTRAINT "customers_email_key" UNIQUE ("email"),
    CONSTRAINT "ck_customers_status" CHECK ("status" IN ('active', 'suspended'))
);
INSERT INTO "_lbaas_new_customers" ("id", "email", "name", "status", "created_at", "phone")
    SELECT "id", "email", "name", "status", "created_at", "phone" FROM "customers";
DROP TABLE "customers";
ALTER TABLE "_lbaas_new_customers" RENAME TO "customers";
-- downgrade[2] alter_column orders.state
CREATE TABLE "_lbaas_new_orders" (
    "id" INTEGER NOT NULL CONSTRAINT "orders_pkey" PRIMARY KEY AUTOINCREMENT,
    "customer_id" BIGINT NOT NULL,
    "placed_at" TIMESTAMP,
    "total" NUMERIC(12, 2) NOT NULL DEFAULT 0,
    "state" VARCHAR(7) NOT NULL DEFAULT 'new',
    CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE,
    CONSTRAINT "ck_orders_state" CHECK ("state" IN ('new', 'paid', 'shipped'))
);
INSERT INTO "_lbaas_new_orders" ("id", "customer_id", "placed_at", "total", "state")
    SELECT "id", "customer_id", "placed_at", "total", "state" FROM "orders";
DROP TABLE "orders";
ALTER TABLE "_lbaas_new_orders" RENAME TO "orders";
CREATE INDEX "ix_orders_customer_placed" ON "orders" ("customer_id", "placed_at");
-- downgrade[3] alter_column products.sku
CREATE TABLE "_lbaas_new_products" (
    "id" INTEGER NOT NULL,
    "sku" VARCHAR(32) NOT NULL,
    "title" TEXT,
    "price" NUMERIC(10, 2) NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT 1,
    "image" BLOB,
    CONSTRAINT "pk_products" PRIMARY KEY ("id"),
    CONSTRAINT "uq_products_sku" UNIQUE ("sku"),
    CONSTRAINT "ck_products_price" CHECK (price >= 0)
);
INSERT INTO "_lbaas_new_products" ("id", "sku", "title", "price", "active", "image")
    SELECT "id", "sku", "title", "price", "active", "image" FROM "products";
DROP TABLE "products";
ALTER TABLE "_lbaas_new_products" RENAME TO "products";
-- downgrade[4] drop_column customers.phone
-- DESTRUCTIVE: drops column customers.phone and the values in it, including what was written since the upgrade
ALTER TABLE "customers" DROP COLUMN "phone";
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop003' WHERE "version_num" = 'shop004';

-- [5/7] downgrade shop003: Seed the catalogue
-- source: versions/shop003.jsonc
SELECT '[5/7] shop003 Seed the catalogue' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- downgrade[0] execute
DELETE FROM customers WHERE email IN ('ann@example.org', 'bob@example.org');
-- downgrade[1] execute
DELETE FROM products WHERE id IN (1, 2, 3, 4);
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop002' WHERE "version_num" = 'shop003';

-- [6/7] downgrade shop002: Orders and their lines
-- source: versions/shop002.jsonc
SELECT '[6/7] shop002 Orders and their lines' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- downgrade[0] drop_table order_lines
-- DESTRUCTIVE: drops table order_lines and every row in it, including what was written since the upgrade
DROP TABLE "order_lines";
-- downgrade[1] drop_table orders
-- DESTRUCTIVE: drops table orders and every row in it, including what was written since the upgrade
DROP TABLE "orders";
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop001' WHERE "version_num" = 'shop002';

-- [7/7] downgrade shop001: Customers and products
-- source: versions/shop001.jsonc
SELECT '[7/7] shop001 Customers and products' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- downgrade[0] drop_table products
-- DESTRUCTIVE: drops table products and every row in it, including what was written since the upgrade
DROP TABLE "products";
-- downgrade[1] drop_table customers
-- DESTRUCTIVE: drops table customers and every row in it, including what was written since the upgrade
DROP TABLE "customers";
DELETE FROM "alembic_version_lbaas" WHERE "version_num" = 'shop001';

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
