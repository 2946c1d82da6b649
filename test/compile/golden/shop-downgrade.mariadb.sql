-- lbaas-db-manage 0.1.0: downgrade heads:base for mariadb
-- 7 revisions: shop007 .. shop001
-- version table: alembic_version_lbaas
-- MySQL commits each DDL statement: the version row is written right after each revision, so a failure leaves it at the last completed revision
-- services: stop them first (a downgrade removes what they may use)
-- lock waits: at most 5 s for each statement (lock_wait_timeout and innodb_lock_wait_timeout, --lock-timeout)
-- when a statement's lock wait runs out the script stops at the last completed revision; retry later
-- compiled offline from the revision files; no database was consulted

-- session: settings
SET NAMES utf8mb4;
SET SESSION sql_mode = REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', '');
SET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;

-- [1/7] downgrade shop007: Order items point at products by SKU-independent key, with a named constraint
-- source: versions/shop007.jsonc
SELECT '[1/7] shop007 Order items point at products by SKU-independent key, with a named constraint' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- downgrade[0] drop_constraint orders (ck_orders_total)
ALTER TABLE `orders` DROP CONSTRAINT `ck_orders_total`;
-- downgrade[1] drop_constraint order_items (fk_items_product)
ALTER TABLE `order_items` DROP FOREIGN KEY `fk_items_product`, ALGORITHM=INPLACE, LOCK=NONE;
-- downgrade[3] create_foreign_key order_items
SET @lbaas_q = IF(EXISTS (SELECT 1 FROM `order_items` AS `c` WHERE `c`.`product_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `products` AS `p` WHERE `p`.`id` = `c`.`product_id`)),
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE('foreign key order_items_ibfk_1 not added: rows of order_items reference missing products rows; fix or delete them, then run again')), 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_fk_checks = @@SESSION.foreign_key_checks, SESSION foreign_key_checks = 0;
ALTER TABLE `order_items` ADD CONSTRAINT `order_items_ibfk_1` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON UPDATE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = @lbaas_fk_checks;
UPDATE `alembic_version_lbaas` SET `version_num` = 'shop006' WHERE CAST(`version_num` AS BINARY) = CAST('shop007' AS BINARY);

-- [2/7] downgrade shop006: Products get a state instead of a flag
-- source: versions/shop006.jsonc
SELECT '[2/7] shop006 Products get a state instead of a flag' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- downgrade[0] drop_index products (ix_products_state)
ALTER TABLE `products` DROP INDEX `ix_products_state`, ALGORITHM=INPLACE, LOCK=NONE;
-- downgrade[1] add_column products.active
ALTER TABLE `products` ADD COLUMN `active` BOOLEAN NOT NULL DEFAULT 1, ALGORITHM=INPLACE, LOCK=NONE;
-- downgrade[3] execute
UPDATE products SET active = 0 WHERE state = 'retired';
-- downgrade[4] drop_column products.state
-- DESTRUCTIVE: drops column products.state and the values in it, including what was written since the upgrade
ALTER TABLE `products` DROP COLUMN `state`, ALGORITHM=INPLACE, LOCK=NONE;
UPDATE `alembic_version_lbaas` SET `version_num` = 'shop005' WHERE CAST(`version_num` AS BINARY) = CAST('shop006' AS BINARY);

-- [3/7] downgrade shop005: Order lines become order items; products lose their image
-- source: versions/shop005.jsonc
SELECT '[3/7] shop005 Order lines become order items; products lose their image' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- downgrade[0] add_column products.image
ALTER TABLE `products` ADD COLUMN `image` BLOB NULL, ALGORITHM=INPLACE, LOCK=NONE;
-- downgrade[1] rename_table order_items
RENAME TABLE `order_items` TO `order_lines`;
UPDATE `alembic_version_lbaas` SET `version_num` = 'shop004' WHERE CAST(`version_num` AS BINARY) = CAST('shop005' AS BINARY);

-- [4/7] downgrade shop004: Phones, longer SKUs, cancelled orders, full names
-- source: versions/shop004.jsonc
SELECT '[4/7] shop004 Phones, longer SKUs, cancelled orders, full names' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- downgrade[0] drop_index customers (ix_customers_full_name)
ALTER TABLE `customers` DROP INDEX `ix_customers_full_name`, ALGORITHM=INPLACE, LOCK=NONE;
-- downgrade[1] alter_column customers.full_name
ALTER TABLE `customers` CHANGE COLUMN `full_name` `name` VARCHAR(80) NULL;
-- downgrade[2] alter_column orders.state
ALTER TABLE `orders` MODIFY COLUMN `state` ENUM('new', 'paid', 'shipped') NOT NULL DEFAULT 'new';
-- downgrade[3] alter_column products.sku
ALTER TABLE `products` MODIFY COLUMN `sku` VARCHAR(32) NOT NULL;
-- downgrade[4] drop_column customers.phone
-- DESTRUCTIVE: drops column customers.phone and the values in it, including what was written since the upgrade
ALTER TABLE `customers` DROP COLUMN `phone`, ALGORITHM=INPLACE, LOCK=NONE;
UPDATE `alembic_version_lbaas` SET `version_num` = 'shop003' WHERE CAST(`version_num` AS BINARY) = CAST('shop004' AS BINARY);

-- [5/7] downgrade shop003: Seed the catalogue
-- source: versions/shop003.jsonc
SELECT '[5/7] shop003 Seed the catalogue' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- downgrade[0] execute
DELETE FROM customers WHERE email IN ('ann@example.org', 'bob@example.org');
-- downgrade[1] execute
DELETE FROM products WHERE id IN (1, 2, 3, 4);
UPDATE `alembic_version_lbaas` SET `version_num` = 'shop002' WHERE CAST(`version_num` AS BINARY) = CAST('shop003' AS BINARY);

-- [6/7] downgrade shop002: Orders and their lines
-- source: versions/shop002.jsonc
SELECT '[6/7] shop002 Orders and their lines' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- downgrade[0] drop_table order_lines
-- DESTRUCTIVE: drops table order_lines and every row in it, including what was written since the upgrade
DROP TABLE `order_lines`;
-- downgrade[1] drop_table orders
-- DESTRUCTIVE: drops table orders and every row in it, including what was written since the upgrade
DROP TABLE `orders`;
UPDATE `alembic_version_lbaas` SET `version_num` = 'shop001' WHERE CAST(`version_num` AS BINARY) = CAST('shop002' AS BINARY);

-- [7/7] downgrade shop001: Customers and products
-- source: versions/shop001.jsonc
SELECT '[7/7] shop001 Customers and products' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- downgrade[0] drop_table products
-- DESTRUCTIVE: drops table products and every row in it, including what was written since the upgrade
DROP TABLE `products`;
-- downgrade[1] drop_table customers
-- DESTRUCTIVE: drops table customers and every row in it, including what was written since the upgrade
DROP TABLE `customers`;
DELETE FROM `alembic_version_lbaas` WHERE CAST(`version_num` AS BINARY) = CAST('shop001' AS BINARY);

-- nothing is left applied: the version table goes too, as Alembic's offline scripts do
DROP TABLE `alembic_version_lbaas`;

