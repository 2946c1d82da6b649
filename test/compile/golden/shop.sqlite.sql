-- lbaas-db-manage 0.1.0: upgrade heads for sqlite
-- 7 revisions: shop001 .. shop007
-- version table: alembic_version_lbaas
-- one transaction for the whole script
-- services: stop them first (revisions from before the expand/contract branches: shop001, shop002, shop003, shop004 and 3 more)
-- lock waits: BEGIN IMMEDIATE takes the write lock; the sqlite3 shell waits for it as long as its busy timeout (none unless .timeout is given)
-- compiled offline from the revision files; no database was consulted

-- table rebuilds below: foreign key enforcement is off for the script (it has no effect inside a transaction)
PRAGMA foreign_keys = OFF;

BEGIN IMMEDIATE;

CREATE TABLE IF NOT EXISTS "alembic_version_lbaas" (
    "version_num" VARCHAR(32) NOT NULL,
    CONSTRAINT "alembic_version_lbaas_pkc" PRIMARY KEY ("version_num")
);

-- [1/7] upgrade shop001: Customers and products
-- source: versions/shop001.jsonc
SELECT '[1/7] shop001 Customers and products' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- upgrade[0] create_table customers
CREATE TABLE "customers" (
    "id" INTEGER NOT NULL CONSTRAINT "customers_pkey" PRIMARY KEY AUTOINCREMENT,
    "email" VARCHAR(120) NOT NULL,
    "name" VARCHAR(80),
    "status" VARCHAR(9) NOT NULL DEFAULT 'active',
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "customers_email_key" UNIQUE ("email"),
    CONSTRAINT "ck_customers_status" CHECK ("status" IN ('active', 'suspended'))
);
-- upgrade[1] create_table products
CREATE TABLE "products" (
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
INSERT INTO "alembic_version_lbaas" ("version_num") VALUES ('shop001');

-- [2/7] upgrade shop002: Orders and their lines
-- source: versions/shop002.jsonc
SELECT '[2/7] shop002 Orders and their lines' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- upgrade[0] create_table orders
CREATE TABLE "orders" (
    "id" INTEGER NOT NULL CONSTRAINT "orders_pkey" PRIMARY KEY AUTOINCREMENT,
    "customer_id" BIGINT NOT NULL,
    "placed_at" TIMESTAMP,
    "total" NUMERIC(12, 2) NOT NULL DEFAULT 0,
    "state" VARCHAR(7) NOT NULL DEFAULT 'new',
    CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE,
    CONSTRAINT "ck_orders_state" CHECK ("state" IN ('new', 'paid', 'shipped'))
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
SELECT '[3/7] shop003 Seed the catalogue' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- upgrade[0] bulk_insert products
INSERT INTO "products" ("id", "sku", "title", "price") VALUES
    (1, 'MUG-01', 'Grandma''s mug; "the" classic', 9.5);
INSERT INTO "products" ("id", "sku", "title", "price", "active") VALUES
    (2, 'TEE-\02', ('T-shirt
-- size L' || char(13) || '
/* cotton */'), 19.99, 0);
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
SELECT '[4/7] shop004 Phones, longer SKUs, cancelled orders, full names' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- upgrade[0] add_column customers.phone
ALTER TABLE "customers" ADD COLUMN "phone" VARCHAR(20);
-- upgrade[1] alter_column products.sku
CREATE TABLE "_lbaas_new_products" (
    "id" INTEGER NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
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
-- upgrade[2] alter_column orders.state
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
-- upgrade[3] execute
UPDATE customers SET name = '' WHERE name IS NULL;
-- upgrade[4] alter_column customers.name
ALTER TABLE "customers" RENAME COLUMN "name" TO "full_name";
CREATE TABLE "_lbaas_new_customers" (
    "id" INTEGER NOT NULL CONSTRAINT "customers_pkey" PRIMARY KEY AUTOINCREMENT,
    "email" VARCHAR(120) NOT NULL,
    "full_name" VARCHAR(80) NOT NULL DEFAULT '',
    "status" VARCHAR(9) NOT NULL DEFAULT 'active',
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "phone" VARCHAR(20),
    CONSTRAINT "customers_email_key" UNIQUE ("email"),
    CONSTRAINT "ck_customers_status" CHECK ("status" IN ('active', 'suspended'))
);
INSERT INTO "_lbaas_new_customers" ("id", "email", "full_name", "status", "created_at", "phone")
    SELECT "id", "email", "full_name", "status", "created_at", "phone" FROM "customers";
DROP TABLE "customers";
ALTER TABLE "_lbaas_new_customers" RENAME TO "customers";
-- upgrade[5] create_index customers (ix_customers_full_name)
CREATE INDEX "ix_customers_full_name" ON "customers" ("full_name");
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop004' WHERE "version_num" = 'shop003';

-- [5/7] upgrade shop005: Order lines become order items; products lose their image
-- source: versions/shop005.jsonc
SELECT '[5/7] shop005 Order lines become order items; products lose their image' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- upgrade[0] rename_table order_lines
ALTER TABLE "order_lines" RENAME TO "order_items";
-- upgrade[1] drop_column products.image
-- DESTRUCTIVE: drops column products.image and the values in it
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
-- upgrade[2] execute
UPDATE products SET title = 'untitled ' || sku WHERE title IS NULL;
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop005' WHERE "version_num" = 'shop004';

-- [6/7] upgrade shop006: Products get a state instead of a flag
-- source: versions/shop006.jsonc
SELECT '[6/7] shop006 Products get a state instead of a flag' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- upgrade[0] add_column products.state
CREATE TABLE "_lbaas_new_products" (
    "id" INTEGER NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "title" TEXT,
    "price" NUMERIC(10, 2) NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT 1,
    "state" VARCHAR(7) NOT NULL DEFAULT 'listed',
    CONSTRAINT "pk_products" PRIMARY KEY ("id"),
    CONSTRAINT "uq_products_sku" UNIQUE ("sku"),
    CONSTRAINT "ck_products_price" CHECK (price >= 0),
    CONSTRAINT "ck_products_state" CHECK ("state" IN ('draft', 'listed', 'retired'))
);
INSERT INTO "_lbaas_new_products" ("id", "sku", "title", "price", "active")
    SELECT "id", "sku", "title", "price", "active" FROM "products";
DROP TABLE "products";
ALTER TABLE "_lbaas_new_products" RENAME TO "products";
-- upgrade[2] execute
UPDATE products SET state = 'retired' WHERE active = 0;
-- upgrade[3] drop_column products.active
-- DESTRUCTIVE: drops column products.active and the values in it
CREATE TABLE "_lbaas_new_products" (
    "id" INTEGER NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "title" TEXT,
    "price" NUMERIC(10, 2) NOT NULL DEFAULT 0,
    "state" VARCHAR(7) NOT NULL DEFAULT 'listed',
    CONSTRAINT "pk_products" PRIMARY KEY ("id"),
    CONSTRAINT "uq_products_sku" UNIQUE ("sku"),
    CONSTRAINT "ck_products_price" CHECK (price >= 0),
    CONSTRAINT "ck_products_state" CHECK ("state" IN ('draft', 'listed', 'retired'))
);
INSERT INTO "_lbaas_new_products" ("id", "sku", "title", "price", "state")
    SELECT "id", "sku", "title", "price", "state" FROM "products";
DROP TABLE "products";
ALTER TABLE "_lbaas_new_products" RENAME TO "products";
-- upgrade[4] create_index products (ix_products_state)
CREATE INDEX "ix_products_state" ON "products" ("state", "sku");
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop006' WHERE "version_num" = 'shop005';

-- [7/7] upgrade shop007: Order items point at products by SKU-independent key, with a named constraint
-- source: versions/shop007.jsonc
SELECT '[7/7] shop007 Order items point at products by SKU-independent key, with a named constraint' AS progress WHERE NOT (SELECT query_only FROM pragma_query_only);
-- upgrade[0] drop_constraint order_items (order_lines_product_id_fkey)
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
-- upgrade[2] create_foreign_key order_items (fk_items_product)
CREATE TABLE "_lbaas_new_order_items" (
    "order_id" BIGINT NOT NULL,
    "product_id" INTEGER NOT NULL,
    "qty" SMALLINT NOT NULL DEFAULT 1,
    "unit_price" NUMERIC(10, 2) NOT NULL,
    CONSTRAINT "order_lines_pkey" PRIMARY KEY ("order_id", "product_id"),
    CONSTRAINT "fk_lines_order" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_items_product" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ck_lines_qty" CHECK (qty > 0)
);
INSERT INTO "_lbaas_new_order_items" ("order_id", "product_id", "qty", "unit_price")
    SELECT "order_id", "product_id", "qty", "unit_price" FROM "order_items";
DROP TABLE "order_items";
ALTER TABLE "_lbaas_new_order_items" RENAME TO "order_items";
-- upgrade[3] create_check_constraint orders (ck_orders_total)
CREATE TABLE "_lbaas_new_orders" (
    "id" INTEGER NOT NULL CONSTRAINT "orders_pkey" PRIMARY KEY AUTOINCREMENT,
    "customer_id" BIGINT NOT NULL,
    "placed_at" TIMESTAMP,
    "total" NUMERIC(12, 2) NOT NULL DEFAULT 0,
    "state" VARCHAR(9) NOT NULL DEFAULT 'new',
    CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE,
    CONSTRAINT "ck_orders_total" CHECK (total >= 0),
    CONSTRAINT "ck_orders_state" CHECK ("state" IN ('new', 'paid', 'shipped', 'cancelled'))
);
INSERT INTO "_lbaas_new_orders" ("id", "customer_id", "placed_at", "total", "state")
    SELECT "id", "customer_id", "placed_at", "total", "state" FROM "orders";
DROP TABLE "orders";
ALTER TABLE "_lbaas_new_orders" RENAME TO "orders";
CREATE INDEX "ix_orders_customer_placed" ON "orders" ("customer_id", "placed_at");
UPDATE "alembic_version_lbaas" SET "version_num" = 'shop007' WHERE "version_num" = 'shop006';

-- foreign keys were not enforced during the table rebuilds: stop here if any row now violates one
CREATE TEMP TABLE IF NOT EXISTS "_lbaas_fk_check" (
    violations INTEGER NOT NULL,
    CONSTRAINT "lbaas_db_manage_foreign_key_violations_after_table_rebuild" CHECK (violations = 0)
);
INSERT INTO "_lbaas_fk_check" (violations) SELECT count(*) FROM pragma_foreign_key_check;

COMMIT;
PRAGMA foreign_keys = ON;
