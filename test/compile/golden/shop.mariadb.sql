-- lbaas-db-manage 0.1.0: upgrade heads for mariadb
-- 7 revisions: shop001 .. shop007
-- version table: alembic_version_lbaas
-- MySQL commits each DDL statement: the version row is written right after each revision, so a failure leaves it at the last completed revision
-- services: stop them first (revisions from before the expand/contract branches: shop001, shop002, shop003, shop004 and 3 more)
-- lock waits: at most 5 s for each statement (lock_wait_timeout and innodb_lock_wait_timeout, --lock-timeout)
-- when a statement's lock wait runs out the script stops at the last completed revision; retry later
-- compiled offline from the revision files; no database was consulted

-- session: settings
SET NAMES utf8mb4;
SET SESSION sql_mode = REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', '');
SET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;

CREATE TABLE IF NOT EXISTS `alembic_version_lbaas` (
    `version_num` VARCHAR(32) NOT NULL,
    CONSTRAINT `alembic_version_lbaas_pkc` PRIMARY KEY (`version_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- [1/7] upgrade shop001: Customers and products
-- source: versions/shop001.jsonc
SELECT '[1/7] shop001 Customers and products' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] create_table customers
CREATE TABLE `customers` (
    `id` BIGINT NOT NULL AUTO_INCREMENT,
    `email` VARCHAR(120) NOT NULL,
    `name` VARCHAR(80) NULL,
    `status` ENUM('active', 'suspended') NOT NULL DEFAULT 'active',
    `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`id`),
    CONSTRAINT `email` UNIQUE (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
-- upgrade[1] create_table products
CREATE TABLE `products` (
    `id` INTEGER NOT NULL,
    `sku` VARCHAR(32) NOT NULL,
    `title` TEXT NULL,
    `price` NUMERIC(10, 2) NOT NULL DEFAULT 0,
    `active` BOOLEAN NOT NULL DEFAULT 1,
    `image` BLOB NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `uq_products_sku` UNIQUE (`sku`),
    CONSTRAINT `ck_products_price` CHECK (price >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
INSERT INTO `alembic_version_lbaas` (`version_num`) VALUES ('shop001');

-- [2/7] upgrade shop002: Orders and their lines
-- source: versions/shop002.jsonc
SELECT '[2/7] shop002 Orders and their lines' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] create_table orders
CREATE TABLE `orders` (
    `id` BIGINT NOT NULL AUTO_INCREMENT,
    `customer_id` BIGINT NOT NULL,
    `placed_at` DATETIME NULL,
    `total` NUMERIC(12, 2) NOT NULL DEFAULT 0,
    `state` ENUM('new', 'paid', 'shipped') NOT NULL DEFAULT 'new',
    PRIMARY KEY (`id`),
    CONSTRAINT `orders_ibfk_1` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE INDEX `ix_orders_customer_placed` ON `orders` (`customer_id`, `placed_at`) ALGORITHM=INPLACE LOCK=NONE;
-- upgrade[1] create_table order_lines
CREATE TABLE `order_lines` (
    `order_id` BIGINT NOT NULL,
    `product_id` INTEGER NOT NULL,
    `qty` SMALLINT NOT NULL DEFAULT 1,
    `unit_price` NUMERIC(10, 2) NOT NULL,
    PRIMARY KEY (`order_id`, `product_id`),
    INDEX `product_id` (`product_id`),
    CONSTRAINT `fk_lines_order` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE,
    CONSTRAINT `order_lines_ibfk_1` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON UPDATE CASCADE,
    CONSTRAINT `ck_lines_qty` CHECK (qty > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
UPDATE `alembic_version_lbaas` SET `version_num` = 'shop002' WHERE CAST(`version_num` AS BINARY) = CAST('shop001' AS BINARY);

-- [3/7] upgrade shop003: Seed the catalogue
-- source: versions/shop003.jsonc
SELECT '[3/7] shop003 Seed the catalogue' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] bulk_insert products
INSERT INTO `products` (`id`, `sku`, `title`, `price`) VALUES
    (1, 'MUG-01', 'Grandma''s mug; "the" classic', 9.5);
INSERT INTO `products` (`id`, `sku`, `title`, `price`, `active`) VALUES
    (2, 'TEE-\\02', 'T-shirt
-- size L\r
/* cotton */', 19.99, 0);
INSERT INTO `products` (`id`, `sku`, `title`, `price`) VALUES
    (3, 'CAP`03', NULL, 0),
    (4, 'ŞAPKA-04', 'Şapka — 帽子 🧢', 12);
-- upgrade[1] bulk_insert customers
INSERT INTO `customers` (`email`, `name`) VALUES
    ('ann@example.org', 'Ann O''Neil');
INSERT INTO `customers` (`email`, `name`, `status`) VALUES
    ('bob@example.org', NULL, 'suspended');
UPDATE `alembic_version_lbaas` SET `version_num` = 'shop003' WHERE CAST(`version_num` AS BINARY) = CAST('shop002' AS BINARY);

-- [4/7] upgrade shop004: Phones, longer SKUs, cancelled orders, full names
-- source: versions/shop004.jsonc
SELECT '[4/7] shop004 Phones, longer SKUs, cancelled orders, full names' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] add_column customers.phone
ALTER TABLE `customers` ADD COLUMN `phone` VARCHAR(20) NULL, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[1] alter_column products.sku
ALTER TABLE `products` MODIFY COLUMN `sku` VARCHAR(64) NOT NULL;
-- upgrade[2] alter_column orders.state
ALTER TABLE `orders` MODIFY COLUMN `state` ENUM('new', 'paid', 'shipped', 'cancelled') NOT NULL DEFAULT 'new';
-- upgrade[3] execute
UPDATE customers SET name = '' WHERE name IS NULL;
-- upgrade[4] alter_column customers.name
ALTER TABLE `customers` CHANGE COLUMN `name` `full_name` VARCHAR(80) NOT NULL DEFAULT '';
-- upgrade[5] create_index customers (ix_customers_full_name)
CREATE INDEX `ix_customers_full_name` ON `customers` (`full_name`) ALGORITHM=INPLACE LOCK=NONE;
UPDATE `alembic_version_lbaas` SET `version_num` = 'shop004' WHERE CAST(`version_num` AS BINARY) = CAST('shop003' AS BINARY);

-- [5/7] upgrade shop005: Order lines become order items; products lose their image
-- source: versions/shop005.jsonc
SELECT '[5/7] shop005 Order lines become order items; products lose their image' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] rename_table order_lines
RENAME TABLE `order_lines` TO `order_items`;
-- upgrade[1] drop_column products.image
-- DESTRUCTIVE: drops column products.image and the values in it
ALTER TABLE `products` DROP COLUMN `image`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[2] execute
UPDATE products SET title = CONCAT('untitled ', sku) WHERE title IS NULL;
UPDATE `alembic_version_lbaas` SET `version_num` = 'shop005' WHERE CAST(`version_num` AS BINARY) = CAST('shop004' AS BINARY);

-- [6/7] upgrade shop006: Products get a state instead of a flag
-- source: versions/shop006.jsonc
SELECT '[6/7] shop006 Products get a state instead of a flag' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[0] add_column products.state
ALTER TABLE `products` ADD COLUMN `state` ENUM('draft', 'listed', 'retired') NOT NULL DEFAULT 'listed', ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[2] execute
UPDATE products SET state = 'retired' WHERE active = 0;
-- upgrade[3] drop_column products.active
-- DESTRUCTIVE: drops column products.active and the values in it
ALTER TABLE `products` DROP COLUMN `active`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[4] create_index products (ix_products_state)
CREATE INDEX `ix_products_state` ON `products` (`state`, `sku`) ALGORITHM=INPLACE LOCK=NONE;
UPDATE `alembic_version_lbaas` SET `version_num` = 'shop006' WHERE CAST(`version_num` AS BINARY) = CAST('shop005' AS BINARY);

-- [7/7] upgrade shop007: Order items point at products by SKU-independent key, with a named constraint
-- source: versions/shop007.jsonc
SELECT '[7/7] shop007 Order items point at products by SKU-independent key, with a named constraint' AS progress FROM DUAL WHERE COALESCE(@lbaas_stop, '') = '' AND COALESCE(@lbaas_run, 1) = 1;
-- upgrade[1] drop_constraint order_items (order_items_ibfk_1)
ALTER TABLE `order_items` DROP FOREIGN KEY `order_items_ibfk_1`, ALGORITHM=INPLACE, LOCK=NONE;
-- upgrade[2] create_foreign_key order_items (fk_items_product)
SET @lbaas_q = IF(EXISTS (SELECT 1 FROM `order_items` AS `c` WHERE `c`.`product_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `products` AS `p` WHERE `p`.`id` = `c`.`product_id`)),
    CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ', QUOTE('foreign key fk_items_product not added: rows of order_items reference missing products rows; fix or delete them, then run again')), 'DO 0');
PREPARE lbaas_stmt FROM @lbaas_q;
EXECUTE lbaas_stmt;
SET @lbaas_fk_checks = @@SESSION.foreign_key_checks, SESSION foreign_key_checks = 0;
ALTER TABLE `order_items` ADD CONSTRAINT `fk_items_product` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = @lbaas_fk_checks;
-- upgrade[3] create_check_constraint orders (ck_orders_total)
ALTER TABLE `orders` ADD CONSTRAINT `ck_orders_total` CHECK (total >= 0);
UPDATE `alembic_version_lbaas` SET `version_num` = 'shop007' WHERE CAST(`version_num` AS BINARY) = CAST('shop006' AS BINARY);

