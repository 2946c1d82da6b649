/**
 * Realistic synthetic histories (not the LBaaS one) for the golden scripts.
 *
 * `shop`: a small web shop over seven revisions — autoincrement keys, named and unnamed
 * constraints, enums that grow, seed data with awkward strings, renames of a column and of a
 * table that others reference, a column dropped, a foreign key moved, per-dialect SQL — every
 * revision with its downgrade.
 *
 * `helpdesk`: two branches (expand and contract, as OpenStack projects split their migrations)
 * off a common base, the contract branch depending on an expand revision, then merged.
 */
import type { Revision } from '../../src/core/ops.js';
import { revision } from './harness.js';

export function shop(): Revision[] {
  return [
    revision({
      id: 'shop001',
      message: 'Customers and products',
      upgrade: [
        {
          op: 'create_table',
          table: 'customers',
          columns: [
            { name: 'id', type: 'bigint', nullable: false, autoincrement: true },
            { name: 'email', type: 'string(120)', nullable: false },
            { name: 'name', type: 'string(80)', nullable: true },
            { name: 'status', type: { enum: ['active', 'suspended'], name: 'customer_status' }, nullable: false, server_default: 'active' },
            { name: 'created_at', type: 'datetime', nullable: false, server_default: { expr: 'CURRENT_TIMESTAMP' } },
          ],
          primary_key: ['id'],
          unique: [{ columns: ['email'] }],
        },
        {
          op: 'create_table',
          table: 'products',
          columns: [
            { name: 'id', type: 'integer', nullable: false },
            { name: 'sku', type: 'string(32)', nullable: false },
            { name: 'title', type: 'text' },
            { name: 'price', type: 'numeric(10,2)', nullable: false, server_default: 0 },
            { name: 'active', type: 'boolean', nullable: false, server_default: true },
            { name: 'image', type: 'binary' },
          ],
          primary_key: { name: 'pk_products', columns: ['id'] },
          unique: [{ name: 'uq_products_sku', columns: ['sku'] }],
          checks: [{ name: 'ck_products_price', condition: 'price >= 0' }],
        },
      ],
      downgrade: [
        { op: 'drop_table', table: 'products' },
        { op: 'drop_table', table: 'customers' },
      ],
    }),
    revision({
      id: 'shop002',
      down: 'shop001',
      message: 'Orders and their lines',
      upgrade: [
        {
          op: 'create_table',
          table: 'orders',
          columns: [
            { name: 'id', type: 'bigint', nullable: false, autoincrement: true },
            { name: 'customer_id', type: 'bigint', nullable: false },
            { name: 'placed_at', type: 'timestamp' },
            { name: 'total', type: 'numeric(12,2)', nullable: false, server_default: 0 },
            { name: 'state', type: { enum: ['new', 'paid', 'shipped'], name: 'order_state' }, nullable: false, server_default: 'new' },
          ],
          primary_key: ['id'],
          foreign_keys: [{ columns: ['customer_id'], referent_table: 'customers', referent_columns: ['id'], ondelete: 'CASCADE' }],
          indexes: [{ name: 'ix_orders_customer_placed', columns: ['customer_id', 'placed_at'] }],
        },
        {
          op: 'create_table',
          table: 'order_lines',
          columns: [
            { name: 'order_id', type: 'bigint', nullable: false },
            { name: 'product_id', type: 'integer', nullable: false },
            { name: 'qty', type: 'smallint', nullable: false, server_default: 1 },
            { name: 'unit_price', type: 'numeric(10,2)', nullable: false },
          ],
          primary_key: ['order_id', 'product_id'],
          foreign_keys: [
            { name: 'fk_lines_order', columns: ['order_id'], referent_table: 'orders', referent_columns: ['id'], ondelete: 'CASCADE' },
            { columns: ['product_id'], referent_table: 'products', referent_columns: ['id'], onupdate: 'CASCADE' },
          ],
          checks: [{ name: 'ck_lines_qty', condition: 'qty > 0' }],
        },
      ],
      downgrade: [
        { op: 'drop_table', table: 'order_lines' },
        { op: 'drop_table', table: 'orders' },
      ],
    }),
    revision({
      id: 'shop003',
      down: 'shop002',
      message: 'Seed the catalogue',
      upgrade: [
        {
          op: 'bulk_insert',
          table: 'products',
          rows: [
            { id: 1, sku: 'MUG-01', title: 'Grandma\'s mug; "the" classic', price: 9.5 },
            { id: 2, sku: 'TEE-\\02', title: 'T-shirt\n-- size L\r\n/* cotton */', price: 19.99, active: false },
            { id: 3, sku: 'CAP`03', title: null, price: 0 },
            { id: 4, sku: 'ŞAPKA-04', title: 'Şapka — 帽子 🧢', price: 12 },
          ],
        },
        {
          op: 'bulk_insert',
          table: 'customers',
          rows: [
            { email: 'ann@example.org', name: "Ann O'Neil" },
            { email: 'bob@example.org', name: null, status: 'suspended' },
          ],
        },
      ],
      downgrade: [
        { op: 'execute', sql: "DELETE FROM customers WHERE email IN ('ann@example.org', 'bob@example.org')" },
        { op: 'execute', sql: 'DELETE FROM products WHERE id IN (1, 2, 3, 4)' },
      ],
    }),
    revision({
      id: 'shop004',
      down: 'shop003',
      message: 'Phones, longer SKUs, cancelled orders, full names',
      upgrade: [
        { op: 'add_column', table: 'customers', column: { name: 'phone', type: 'string(20)' } },
        { op: 'alter_column', table: 'products', column: 'sku', type: 'string(64)' },
        { op: 'alter_column', table: 'orders', column: 'state', type: { enum: ['new', 'paid', 'shipped', 'cancelled'], name: 'order_state' } },
        { op: 'execute', sql: "UPDATE customers SET name = '' WHERE name IS NULL" },
        { op: 'alter_column', table: 'customers', column: 'name', new_column_name: 'full_name', nullable: false, server_default: '' },
        { op: 'create_index', name: 'ix_customers_full_name', table: 'customers', columns: ['full_name'] },
      ],
      downgrade: [
        { op: 'drop_index', name: 'ix_customers_full_name', table: 'customers' },
        { op: 'alter_column', table: 'customers', column: 'full_name', new_column_name: 'name', nullable: true, server_default: null },
        { op: 'alter_column', table: 'orders', column: 'state', type: { enum: ['new', 'paid', 'shipped'], name: 'order_state' } },
        { op: 'alter_column', table: 'products', column: 'sku', type: 'string(32)' },
        { op: 'drop_column', table: 'customers', column: 'phone' },
      ],
    }),
    revision({
      id: 'shop005',
      down: 'shop004',
      message: 'Order lines become order items; products lose their image',
      upgrade: [
        { op: 'rename_table', table: 'order_lines', new_name: 'order_items' },
        { op: 'drop_column', table: 'products', column: 'image' },
        {
          op: 'execute',
          sql: {
            postgresql: "UPDATE products SET title = 'untitled ' || sku WHERE title IS NULL",
            mysql: "UPDATE products SET title = CONCAT('untitled ', sku) WHERE title IS NULL",
            sqlite: "UPDATE products SET title = 'untitled ' || sku WHERE title IS NULL",
          },
        },
      ],
      downgrade: [
        { op: 'add_column', table: 'products', column: { name: 'image', type: 'binary' } },
        { op: 'rename_table', table: 'order_items', new_name: 'order_lines' },
      ],
    }),
    revision({
      id: 'shop006',
      down: 'shop005',
      message: 'Products get a state instead of a flag',
      upgrade: [
        {
          op: 'add_column',
          table: 'products',
          column: { name: 'state', type: { enum: ['draft', 'listed', 'retired'], name: 'product_state' }, nullable: false, server_default: 'listed' },
        },
        { op: 'execute', sql: "UPDATE products SET state = 'retired' WHERE active = false", dialects: ['postgresql'] },
        { op: 'execute', sql: "UPDATE products SET state = 'retired' WHERE active = 0", dialects: ['mysql', 'sqlite'] },
        { op: 'drop_column', table: 'products', column: 'active' },
        { op: 'create_index', name: 'ix_products_state', table: 'products', columns: ['state', 'sku'] },
      ],
      downgrade: [
        { op: 'drop_index', name: 'ix_products_state', table: 'products' },
        { op: 'add_column', table: 'products', column: { name: 'active', type: 'boolean', nullable: false, server_default: true } },
        { op: 'execute', sql: "UPDATE products SET active = false WHERE state = 'retired'", dialects: ['postgresql'] },
        { op: 'execute', sql: "UPDATE products SET active = 0 WHERE state = 'retired'", dialects: ['mysql', 'sqlite'] },
        { op: 'drop_column', table: 'products', column: 'state' },
      ],
    }),
    revision({
      id: 'shop007',
      down: 'shop006',
      message: 'Order items point at products by SKU-independent key, with a named constraint',
      upgrade: [
        { op: 'drop_constraint', name: 'order_lines_product_id_fkey', table: 'order_items', type: 'foreignkey', dialects: ['postgresql', 'sqlite'] },
        // MySQL renamed order_lines_ibfk_1 with its table; PostgreSQL kept the name.
        { op: 'drop_constraint', name: 'order_items_ibfk_1', table: 'order_items', type: 'foreignkey', dialects: ['mysql'] },
        {
          op: 'create_foreign_key',
          name: 'fk_items_product',
          table: 'order_items',
          columns: ['product_id'],
          referent_table: 'products',
          referent_columns: ['id'],
          ondelete: 'RESTRICT',
          onupdate: 'CASCADE',
        },
        { op: 'create_check_constraint', name: 'ck_orders_total', table: 'orders', condition: 'total >= 0' },
      ],
      downgrade: [
        { op: 'drop_constraint', name: 'ck_orders_total', table: 'orders', type: 'check' },
        { op: 'drop_constraint', name: 'fk_items_product', table: 'order_items', type: 'foreignkey' },
        // Back under the names the engines had given it: PostgreSQL's from before the table was
        // renamed; on MySQL the engine's own (order_items_ibfk_1, order_lines_ibfk_1 once the
        // downgrade of shop005 renames the table back).
        {
          op: 'create_foreign_key',
          name: 'order_lines_product_id_fkey',
          table: 'order_items',
          columns: ['product_id'],
          referent_table: 'products',
          referent_columns: ['id'],
          onupdate: 'CASCADE',
          dialects: ['postgresql', 'sqlite'],
        },
        {
          op: 'create_foreign_key',
          table: 'order_items',
          columns: ['product_id'],
          referent_table: 'products',
          referent_columns: ['id'],
          onupdate: 'CASCADE',
          dialects: ['mysql'],
        },
      ],
    }),
  ];
}

export function helpdesk(): Revision[] {
  return [
    revision({
      id: 'hd_base',
      message: 'Tickets',
      upgrade: [
        {
          op: 'create_table',
          table: 'tickets',
          columns: [
            { name: 'id', type: 'string(36)', nullable: false },
            { name: 'subject', type: 'string(200)', nullable: false },
            { name: 'tenant_id', type: 'string(36)' },
            { name: 'priority', type: { enum: ['low', 'normal', 'high'], name: 'ticket_priority' }, server_default: 'normal' },
          ],
          primary_key: ['id'],
          indexes: [{ name: 'ix_tickets_tenant_id', columns: ['tenant_id'] }],
        },
        {
          op: 'bulk_insert',
          table: 'tickets',
          rows: [
            { id: 'T-1', subject: "Can't log in", tenant_id: 'tenant-a' },
            { id: 'T-2', subject: 'Printer\\queue', tenant_id: 'tenant-b', priority: 'high' },
          ],
        },
      ],
      downgrade: [{ op: 'drop_table', table: 'tickets' }],
    }),
    revision({
      id: 'hd_expand1',
      down: 'hd_base',
      message: 'Comments, and a project_id next to tenant_id',
      upgrade: [
        {
          op: 'create_table',
          table: 'comments',
          columns: [
            { name: 'id', type: 'integer', nullable: false, autoincrement: true },
            { name: 'ticket_id', type: 'string(36)', nullable: false },
            { name: 'body', type: 'text', nullable: false },
          ],
          primary_key: ['id'],
          foreign_keys: [{ columns: ['ticket_id'], referent_table: 'tickets', referent_columns: ['id'], ondelete: 'CASCADE' }],
        },
        { op: 'add_column', table: 'tickets', column: { name: 'project_id', type: 'string(36)' } },
        { op: 'create_index', name: 'ix_tickets_project_id', table: 'tickets', columns: ['project_id'] },
      ],
      downgrade: [
        { op: 'drop_index', name: 'ix_tickets_project_id', table: 'tickets' },
        { op: 'drop_column', table: 'tickets', column: 'project_id' },
        { op: 'drop_table', table: 'comments' },
      ],
    }),
    revision({
      id: 'hd_expand2',
      down: 'hd_expand1',
      message: 'Urgent priority',
      upgrade: [{ op: 'alter_column', table: 'tickets', column: 'priority', type: { enum: ['low', 'normal', 'high', 'urgent'], name: 'ticket_priority' } }],
      downgrade: [{ op: 'alter_column', table: 'tickets', column: 'priority', type: { enum: ['low', 'normal', 'high'], name: 'ticket_priority' } }],
    }),
    revision({
      id: 'hd_contract1',
      down: 'hd_base',
      depends_on: ['hd_expand1'],
      message: 'Copy tenant_id into project_id, drop tenant_id',
      upgrade: [
        { op: 'execute', sql: 'UPDATE tickets SET project_id = tenant_id WHERE project_id IS NULL' },
        { op: 'drop_index', name: 'ix_tickets_tenant_id', table: 'tickets' },
        { op: 'drop_column', table: 'tickets', column: 'tenant_id' },
      ],
      downgrade: [
        { op: 'add_column', table: 'tickets', column: { name: 'tenant_id', type: 'string(36)' } },
        { op: 'execute', sql: 'UPDATE tickets SET tenant_id = project_id' },
        { op: 'create_index', name: 'ix_tickets_tenant_id', table: 'tickets', columns: ['tenant_id'] },
      ],
    }),
    revision({
      id: 'hd_merge',
      down: ['hd_expand2', 'hd_contract1'],
      message: 'Merge expand and contract',
      upgrade: [{ op: 'alter_column', table: 'tickets', column: 'project_id', nullable: false, server_default: '' }],
      downgrade: [{ op: 'alter_column', table: 'tickets', column: 'project_id', nullable: true, server_default: null }],
    }),
  ];
}
