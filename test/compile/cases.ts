/**
 * The per-op table: for each case a small before-state (revision r1), ONE op
 * (revision r2), and what every dialect makes of that op — the exact SQL, or the
 * exact diagnostic when the compiler refuses. ops.test.ts compares the strings and
 * applies every case to the real engines; coverage.test.ts checks that every op
 * kind has cases for every dialect.
 */
import type { Dialect } from '../../src/core/dialect.js';
import type { Literal } from '../../src/core/types.js';
import type { OpDoc } from './harness.js';

/** The compiler refuses the op on this dialect with exactly this diagnostic. */
export interface NotSupported { notSupported: { code: string; message: string } }
export const NOT_SUPPORTED = (code: string, message: string): NotSupported => ({ notSupported: { code, message } });

/** MariaDB: exactly what the mysql dialect gives (the families share their templates). */
export const SAME_AS_MYSQL = 'same as mysql' as const;

/** Lines of SQL (joined with newlines), or a refusal. `[]`: the op emits nothing on this dialect. */
export type Expected = string[] | NotSupported;

export interface RowCheck {
  table: string;
  columns: string[];
  /** ORDER BY column. */
  order: string;
  rows: Literal[][];
}

export interface OpCase {
  name: string;
  /** Ops of r1 (tables, seed rows). */
  before: OpDoc[];
  /** The one op under test (r2). */
  op: OpDoc;
  sql: Record<Exclude<Dialect, 'mariadb'>, Expected> & { mariadb: Expected | typeof SAME_AS_MYSQL };
  /** Rows read back after the op (seeded in `before`, or inserted by the op). */
  rows?: RowCheck[];
  /** After the op, inserting this row must fail on a foreign key (on SQLite: enforcement survived a rebuild). */
  fkProbe?: { table: string; row: Record<string, Literal> };
}

export const isRefusal = (e: Expected): e is NotSupported => !Array.isArray(e);

/** What the case expects on `d`, with SAME_AS_MYSQL resolved. */
export function expectedFor(c: OpCase, d: Dialect): Expected {
  const e = c.sql[d];
  const x = e === SAME_AS_MYSQL ? c.sql.mysql : e;
  // STOP: the statement text that stops a MySQL/MariaDB script (the engines differ; see templates/*/_stop.hbs).
  return Array.isArray(x) ? x.map((l) => l.replace('CONCAT(STOP, ', `CONCAT(${STOP[d] ?? 'STOP'}, `)) : x;
}

const STOP: Partial<Record<Dialect, string>> = {
  mysql: "'SET SESSION completion_type = '",
  mariadb: "'SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = '",
};

// ---------------------------------------------------------------------------------------------
// Building blocks

const parent = (extra: OpDoc = {}): OpDoc => ({
  op: 'create_table', table: 'parent',
  columns: [
    { name: 'id', type: 'integer', nullable: false },
    { name: 'name', type: 'string(50)', nullable: false, server_default: 'none' },
  ],
  primary_key: ['id'],
  ...extra,
});

const child = (extra: OpDoc = {}): OpDoc => ({
  op: 'create_table', table: 'child',
  columns: [
    { name: 'id', type: 'integer', nullable: false },
    { name: 'parent_id', type: 'integer', nullable: true },
  ],
  primary_key: ['id'],
  foreign_keys: [{ columns: ['parent_id'], referent_table: 'parent', referent_columns: ['id'] }],
  ...extra,
});

const seedParent: OpDoc = { op: 'bulk_insert', table: 'parent', rows: [{ id: 1, name: 'one' }, { id: 2, name: "two's" }] };
const seedChild: OpDoc = { op: 'bulk_insert', table: 'child', rows: [{ id: 10, parent_id: 1 }, { id: 11, parent_id: 2 }, { id: 12, parent_id: null }] };
const parentRows: RowCheck = { table: 'parent', columns: ['id', 'name'], order: 'id', rows: [[1, 'one'], [2, "two's"]] };
const childRows: RowCheck = { table: 'child', columns: ['id', 'parent_id'], order: 'id', rows: [[10, 1], [11, 2], [12, null]] };
const orphan = { table: 'child', row: { id: 99, parent_id: 999 } };

const kindEnum = (values: string[], name = 'item_kind') => ({ enum: values, name });
const items = (kind: OpDoc = { name: 'kind', type: kindEnum(['a', 'b']), nullable: false, server_default: 'a' }, extra: OpDoc = {}): OpDoc => ({
  op: 'create_table', table: 'items',
  columns: [{ name: 'id', type: 'integer', nullable: false }, kind, { name: 'label', type: 'string(20)', nullable: true }],
  primary_key: ['id'],
  ...extra,
});
const seedItems: OpDoc = { op: 'bulk_insert', table: 'items', rows: [{ id: 1, kind: 'a', label: 'x' }, { id: 2, kind: 'b', label: null }] };
const itemRows: RowCheck = { table: 'items', columns: ['id', 'kind', 'label'], order: 'id', rows: [[1, 'a', 'x'], [2, 'b', null]] };

/** Every value shape bulk_insert must carry unchanged through every client and engine. */
export const NASTY_STRINGS: string[] = [
  "it's", 'say "hi"', 'back`tick', 'semi; colon', '-- not a comment', '/* not a comment */', 'back\\slash', 'trailing\\',
  '\\n is not a newline', 'line one\nline two', '\\echo psql', '\n.tables\n', "\\'; DROP TABLE parent; --", 'tab\there', 'crlf\r\nend',
  'ünïcødé ✓ 日本語 😀', '$$ dollar $q$', '%_ like', '',
];




export const CASES: OpCase[] = [
  // ------------------------------------------------------------------ create_table
  {
    name: 'create_table: every portable type, with defaults',
    before: [],
    op: {
      op: 'create_table', table: 'all_types',
      columns: [
        { name: 'id', type: 'integer', nullable: false },
        { name: 's', type: 'string(36)', nullable: false, server_default: "it's" },
        { name: 't', type: 'text' },
        { name: 'i', type: 'integer', server_default: -7 },
        { name: 'si', type: 'smallint', server_default: 3 },
        { name: 'bi', type: 'bigint', server_default: 9007199254740991 },
        { name: 'b', type: 'boolean', nullable: false, server_default: false },
        { name: 'f', type: 'float', server_default: 1.5 },
        { name: 'n', type: 'numeric(10,2)', server_default: 12.25 },
        { name: 'd', type: 'date' },
        { name: 'dt', type: 'datetime', server_default: { expr: 'CURRENT_TIMESTAMP' } },
        { name: 'ts', type: 'timestamp', nullable: true },
        { name: 'bin', type: 'binary' },
        { name: 'e', type: { enum: ['x', 'y', 'z'], name: 'all_types_e' }, nullable: false, server_default: 'y' },
      ],
      primary_key: ['id'],
    },
    sql: {
      postgresql: [
        `CREATE TYPE "all_types_e" AS ENUM ('x', 'y', 'z');`,
        'CREATE TABLE "all_types" (',
        '    "id" INTEGER NOT NULL,',
        `    "s" VARCHAR(36) NOT NULL DEFAULT 'it''s',`,
        '    "t" TEXT,',
        '    "i" INTEGER DEFAULT -7,',
        '    "si" SMALLINT DEFAULT 3,',
        '    "bi" BIGINT DEFAULT 9007199254740991,',
        '    "b" BOOLEAN NOT NULL DEFAULT false,',
        '    "f" FLOAT DEFAULT 1.5,',
        '    "n" NUMERIC(10, 2) DEFAULT 12.25,',
        '    "d" DATE,',
        '    "dt" TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP,',
        '    "ts" TIMESTAMP WITHOUT TIME ZONE,',
        '    "bin" BYTEA,',
        `    "e" "all_types_e" NOT NULL DEFAULT 'y',`,
        '    CONSTRAINT "all_types_pkey" PRIMARY KEY ("id")',
        ');',
      ],
      mysql: [
        'CREATE TABLE `all_types` (',
        '    `id` INTEGER NOT NULL,',
        "    `s` VARCHAR(36) NOT NULL DEFAULT 'it''s',",
        '    `t` TEXT NULL,',
        '    `i` INTEGER NULL DEFAULT -7,',
        '    `si` SMALLINT NULL DEFAULT 3,',
        '    `bi` BIGINT NULL DEFAULT 9007199254740991,',
        '    `b` BOOLEAN NOT NULL DEFAULT 0,',
        '    `f` FLOAT NULL DEFAULT 1.5,',
        '    `n` NUMERIC(10, 2) NULL DEFAULT 12.25,',
        '    `d` DATE NULL,',
        '    `dt` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,',
        '    `ts` DATETIME NULL,',
        '    `bin` BLOB NULL,',
        "    `e` ENUM('x', 'y', 'z') NOT NULL DEFAULT 'y',",
        '    PRIMARY KEY (`id`)',
        ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "all_types" (',
        '    "id" INTEGER NOT NULL,',
        `    "s" VARCHAR(36) NOT NULL DEFAULT 'it''s',`,
        '    "t" TEXT,',
        '    "i" INTEGER DEFAULT -7,',
        '    "si" SMALLINT DEFAULT 3,',
        '    "bi" BIGINT DEFAULT 9007199254740991,',
        '    "b" BOOLEAN NOT NULL DEFAULT 0,',
        '    "f" FLOAT DEFAULT 1.5,',
        '    "n" NUMERIC(10, 2) DEFAULT 12.25,',
        '    "d" DATE,',
        '    "dt" DATETIME DEFAULT CURRENT_TIMESTAMP,',
        '    "ts" TIMESTAMP,',
        '    "bin" BLOB,',
        `    "e" VARCHAR(1) NOT NULL DEFAULT 'y',`,
        '    CONSTRAINT "all_types_pkey" PRIMARY KEY ("id"),',
        `    CONSTRAINT "ck_all_types_e" CHECK ("e" IN ('x', 'y', 'z'))`,
        ');',
      ],
    },
  },
  {
    name: 'create_table: pk, uniques, foreign keys with actions, check, indexes',
    before: [parent()],
    op: {
      op: 'create_table', table: 'member',
      columns: [
        { name: 'id', type: 'string(36)', nullable: false },
        { name: 'parent_id', type: 'integer', nullable: false },
        { name: 'backup_id', type: 'integer' },
        { name: 'address', type: 'string(64)', nullable: false },
        { name: 'port', type: 'integer', nullable: false },
        { name: 'weight', type: 'integer', server_default: 1 },
      ],
      primary_key: { name: 'pk_member', columns: ['id'] },
      unique: [{ columns: ['parent_id', 'address', 'port'] }, { name: 'uq_member_address_port', columns: ['address', 'port'] }],
      foreign_keys: [
        { columns: ['parent_id'], referent_table: 'parent', referent_columns: ['id'], ondelete: 'CASCADE', onupdate: 'CASCADE' },
        { name: 'fk_member_backup', columns: ['backup_id'], referent_table: 'parent', referent_columns: ['id'], ondelete: 'SET NULL', onupdate: 'RESTRICT' },
      ],
      checks: [{ name: 'ck_member_weight', condition: 'weight >= 0 AND weight <= 256' }],
      indexes: [{ name: 'ix_member_port', columns: ['port'] }, { name: 'ux_member_weight_port', columns: ['weight', 'port'], unique: true }],
    },
    sql: {
      postgresql: [
        'CREATE TABLE "member" (',
        '    "id" VARCHAR(36) NOT NULL,',
        '    "parent_id" INTEGER NOT NULL,',
        '    "backup_id" INTEGER,',
        '    "address" VARCHAR(64) NOT NULL,',
        '    "port" INTEGER NOT NULL,',
        '    "weight" INTEGER DEFAULT 1,',
        '    CONSTRAINT "pk_member" PRIMARY KEY ("id"),',
        '    CONSTRAINT "member_parent_id_address_port_key" UNIQUE ("parent_id", "address", "port"),',
        '    CONSTRAINT "uq_member_address_port" UNIQUE ("address", "port"),',
        '    CONSTRAINT "member_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "parent" ("id") ON DELETE CASCADE ON UPDATE CASCADE,',
        '    CONSTRAINT "fk_member_backup" FOREIGN KEY ("backup_id") REFERENCES "parent" ("id") ON DELETE SET NULL ON UPDATE RESTRICT,',
        '    CONSTRAINT "ck_member_weight" CHECK (weight >= 0 AND weight <= 256)',
        ');',
        'CREATE INDEX "ix_member_port" ON "member" ("port");',
        'CREATE UNIQUE INDEX "ux_member_weight_port" ON "member" ("weight", "port");',
      ],
      mysql: [
        'CREATE TABLE `member` (',
        '    `id` VARCHAR(36) NOT NULL,',
        '    `parent_id` INTEGER NOT NULL,',
        '    `backup_id` INTEGER NULL,',
        '    `address` VARCHAR(64) NOT NULL,',
        '    `port` INTEGER NOT NULL,',
        '    `weight` INTEGER NULL DEFAULT 1,',
        '    PRIMARY KEY (`id`),',
        '    CONSTRAINT `parent_id` UNIQUE (`parent_id`, `address`, `port`),',
        '    CONSTRAINT `uq_member_address_port` UNIQUE (`address`, `port`),',
        '    INDEX `fk_member_backup` (`backup_id`),',
        '    CONSTRAINT `member_ibfk_1` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,',
        '    CONSTRAINT `fk_member_backup` FOREIGN KEY (`backup_id`) REFERENCES `parent` (`id`) ON DELETE SET NULL ON UPDATE RESTRICT,',
        '    CONSTRAINT `ck_member_weight` CHECK (weight >= 0 AND weight <= 256)',
        ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;',
        'CREATE INDEX `ix_member_port` ON `member` (`port`) ALGORITHM=INPLACE LOCK=NONE;',
        'CREATE UNIQUE INDEX `ux_member_weight_port` ON `member` (`weight`, `port`) ALGORITHM=INPLACE LOCK=NONE;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "member" (',
        '    "id" VARCHAR(36) NOT NULL,',
        '    "parent_id" INTEGER NOT NULL,',
        '    "backup_id" INTEGER,',
        '    "address" VARCHAR(64) NOT NULL,',
        '    "port" INTEGER NOT NULL,',
        '    "weight" INTEGER DEFAULT 1,',
        '    CONSTRAINT "pk_member" PRIMARY KEY ("id"),',
        '    CONSTRAINT "member_parent_id_address_port_key" UNIQUE ("parent_id", "address", "port"),',
        '    CONSTRAINT "uq_member_address_port" UNIQUE ("address", "port"),',
        '    CONSTRAINT "member_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "parent" ("id") ON DELETE CASCADE ON UPDATE CASCADE,',
        '    CONSTRAINT "fk_member_backup" FOREIGN KEY ("backup_id") REFERENCES "parent" ("id") ON DELETE SET NULL ON UPDATE RESTRICT,',
        '    CONSTRAINT "ck_member_weight" CHECK (weight >= 0 AND weight <= 256)',
        ');',
        'CREATE INDEX "ix_member_port" ON "member" ("port");',
        'CREATE UNIQUE INDEX "ux_member_weight_port" ON "member" ("weight", "port");',
      ],
    },
  },
  {
    name: 'create_table: autoincrement integer and bigint keys',
    before: [],
    op: {
      op: 'create_table', table: 'counter',
      columns: [{ name: 'id', type: 'bigint', nullable: false, autoincrement: true }, { name: 'note', type: 'string(10)' }],
      primary_key: ['id'],
    },
    sql: {
      postgresql: [
        'CREATE TABLE "counter" (',
        '    "id" BIGSERIAL NOT NULL,',
        '    "note" VARCHAR(10),',
        '    CONSTRAINT "counter_pkey" PRIMARY KEY ("id")',
        ');',
      ],
      mysql: [
        'CREATE TABLE `counter` (',
        '    `id` BIGINT NOT NULL AUTO_INCREMENT,',
        '    `note` VARCHAR(10) NULL,',
        '    PRIMARY KEY (`id`)',
        ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "counter" (',
        '    "id" INTEGER NOT NULL CONSTRAINT "counter_pkey" PRIMARY KEY AUTOINCREMENT,',
        '    "note" VARCHAR(10)',
        ');',
      ],
    },
  },
  {
    name: 'create_table: autoincrement smallint key, referenced by another table',
    before: [],
    op: {
      op: 'create_table', table: 'tiny',
      columns: [{ name: 'id', type: 'smallint', nullable: false, autoincrement: true }, { name: 'self_id', type: 'smallint' }],
      primary_key: { name: 'pk_tiny', columns: ['id'] },
      foreign_keys: [{ columns: ['self_id'], referent_table: 'tiny', referent_columns: ['id'] }],
    },
    sql: {
      postgresql: [
        'CREATE TABLE "tiny" (',
        '    "id" SMALLSERIAL NOT NULL,',
        '    "self_id" SMALLINT,',
        '    CONSTRAINT "pk_tiny" PRIMARY KEY ("id"),',
        '    CONSTRAINT "tiny_self_id_fkey" FOREIGN KEY ("self_id") REFERENCES "tiny" ("id")',
        ');',
      ],
      mysql: [
        'CREATE TABLE `tiny` (',
        '    `id` SMALLINT NOT NULL AUTO_INCREMENT,',
        '    `self_id` SMALLINT NULL,',
        '    PRIMARY KEY (`id`),',
        '    INDEX `self_id` (`self_id`),',
        '    CONSTRAINT `tiny_ibfk_1` FOREIGN KEY (`self_id`) REFERENCES `tiny` (`id`)',
        ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "tiny" (',
        '    "id" INTEGER NOT NULL CONSTRAINT "pk_tiny" PRIMARY KEY AUTOINCREMENT,',
        '    "self_id" SMALLINT,',
        '    CONSTRAINT "tiny_self_id_fkey" FOREIGN KEY ("self_id") REFERENCES "tiny" ("id")',
        ');',
      ],
    },
  },
  {
    name: 'create_table: composite primary key',
    before: [parent()],
    op: {
      op: 'create_table', table: 'pair',
      columns: [{ name: 'a', type: 'integer', nullable: false }, { name: 'b', type: 'string(8)', nullable: false }],
      primary_key: ['a', 'b'],
      foreign_keys: [{ columns: ['a'], referent_table: 'parent', referent_columns: ['id'] }],
    },
    sql: {
      postgresql: [
        'CREATE TABLE "pair" (',
        '    "a" INTEGER NOT NULL,',
        '    "b" VARCHAR(8) NOT NULL,',
        '    CONSTRAINT "pair_pkey" PRIMARY KEY ("a", "b"),',
        '    CONSTRAINT "pair_a_fkey" FOREIGN KEY ("a") REFERENCES "parent" ("id")',
        ');',
      ],
      mysql: [
        'CREATE TABLE `pair` (',
        '    `a` INTEGER NOT NULL,',
        '    `b` VARCHAR(8) NOT NULL,',
        '    PRIMARY KEY (`a`, `b`),',
        '    CONSTRAINT `pair_ibfk_1` FOREIGN KEY (`a`) REFERENCES `parent` (`id`)',
        ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "pair" (',
        '    "a" INTEGER NOT NULL,',
        '    "b" VARCHAR(8) NOT NULL,',
        '    CONSTRAINT "pair_pkey" PRIMARY KEY ("a", "b"),',
        '    CONSTRAINT "pair_a_fkey" FOREIGN KEY ("a") REFERENCES "parent" ("id")',
        ');',
      ],
    },
  },
  {
    name: 'create_table: enum type shared with an existing table',
    before: [items()],
    op: {
      op: 'create_table', table: 'items2',
      columns: [{ name: 'id', type: 'integer', nullable: false }, { name: 'kind', type: kindEnum(['a', 'b']) }],
      primary_key: ['id'],
    },
    sql: {
      postgresql: [
        'CREATE TABLE "items2" (',
        '    "id" INTEGER NOT NULL,',
        '    "kind" "item_kind",',
        '    CONSTRAINT "items2_pkey" PRIMARY KEY ("id")',
        ');',
      ],
      mysql: [
        'CREATE TABLE `items2` (',
        '    `id` INTEGER NOT NULL,',
        "    `kind` ENUM('a', 'b') NULL,",
        '    PRIMARY KEY (`id`)',
        ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "items2" (',
        '    "id" INTEGER NOT NULL,',
        '    "kind" VARCHAR(1),',
        '    CONSTRAINT "items2_pkey" PRIMARY KEY ("id"),',
        `    CONSTRAINT "ck_items2_kind" CHECK ("kind" IN ('a', 'b'))`,
        ');',
      ],
    },
  },
  // ------------------------------------------------------------------ drop_table
  {
    name: 'drop_table: plain',
    before: [parent(), child()],
    op: { op: 'drop_table', table: 'child' },
    sql: {
      postgresql: [
        'DROP TABLE "child";',
      ],
      mysql: [
        'DROP TABLE `child`;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'DROP TABLE "child";',
      ],
    },
  },
  {
    name: 'drop_table: enum type no longer used',
    before: [items()],
    op: { op: 'drop_table', table: 'items' },
    sql: {
      postgresql: [
        'DROP TABLE "items";',
        'DROP TYPE "item_kind";',
      ],
      mysql: [
        'DROP TABLE `items`;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'DROP TABLE "items";',
      ],
    },
  },
  {
    name: 'drop_table: enum type still used elsewhere',
    before: [items(), { op: 'create_table', table: 'items2', columns: [{ name: 'kind', type: kindEnum(['a', 'b']) }] }],
    op: { op: 'drop_table', table: 'items' },
    sql: {
      postgresql: [
        'DROP TABLE "items";',
      ],
      mysql: [
        'DROP TABLE `items`;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'DROP TABLE "items";',
      ],
    },
  },
  {
    name: 'drop_table: still referenced (refused)',
    before: [parent(), child()],
    op: { op: 'drop_table', table: 'parent' },
    sql: {
      postgresql: NOT_SUPPORTED('MD009', 'r2: drop_table: table "parent" is still referenced by foreign key child_parent_id_fkey on child'),
      mysql: NOT_SUPPORTED('MD009', 'r2: drop_table: table "parent" is still referenced by foreign key child_ibfk_1 on child'),
      mariadb: SAME_AS_MYSQL,
      sqlite: NOT_SUPPORTED('MD009', 'r2: drop_table: table "parent" is still referenced by foreign key child_parent_id_fkey on child'),
    },
  },
  // ------------------------------------------------------------------ rename_table
  {
    name: 'rename_table: foreign keys of other tables follow',
    before: [parent(), child(), seedParent, seedChild],
    op: { op: 'rename_table', table: 'parent', new_name: 'holder' },
    rows: [{ ...parentRows, table: 'holder' }, childRows],
    fkProbe: orphan,
    sql: {
      postgresql: [
        'ALTER TABLE "parent" RENAME TO "holder";',
      ],
      mysql: [
        'RENAME TABLE `parent` TO `holder`;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'ALTER TABLE "parent" RENAME TO "holder";',
      ],
    },
  },
  {
    name: 'rename_table: the table holding unnamed foreign keys (MySQL renames <table>_ibfk_<n>)',
    before: [parent(), child(), seedParent, seedChild],
    op: { op: 'rename_table', table: 'child', new_name: 'kid' },
    rows: [{ ...childRows, table: 'kid' }],
    fkProbe: { ...orphan, table: 'kid' },
    sql: {
      postgresql: [
        'ALTER TABLE "child" RENAME TO "kid";',
      ],
      mysql: [
        'RENAME TABLE `child` TO `kid`;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'ALTER TABLE "child" RENAME TO "kid";',
      ],
    },
  },
  {
    name: 'rename_table: table with an enum column',
    before: [items(), seedItems],
    op: { op: 'rename_table', table: 'items', new_name: 'things' },
    rows: [{ ...itemRows, table: 'things' }],
    sql: {
      postgresql: [
        'ALTER TABLE "items" RENAME TO "things";',
      ],
      mysql: [
        'RENAME TABLE `items` TO `things`;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'ALTER TABLE "items" RENAME TO "things";',
        'CREATE TABLE "_lbaas_new_things" (',
        '    "id" INTEGER NOT NULL,',
        `    "kind" VARCHAR(1) NOT NULL DEFAULT 'a',`,
        '    "label" VARCHAR(20),',
        '    CONSTRAINT "items_pkey" PRIMARY KEY ("id"),',
        `    CONSTRAINT "ck_things_kind" CHECK ("kind" IN ('a', 'b'))`,
        ');',
        'INSERT INTO "_lbaas_new_things" ("id", "kind", "label")',
        '    SELECT "id", "kind", "label" FROM "things";',
        'DROP TABLE "things";',
        'ALTER TABLE "_lbaas_new_things" RENAME TO "things";',
      ],
    },
  },
  // ------------------------------------------------------------------ add_column
  {
    name: 'add_column: nullable',
    before: [parent(), seedParent],
    op: { op: 'add_column', table: 'parent', column: { name: 'note', type: 'text' } },
    rows: [parentRows],
    sql: {
      postgresql: [
        'ALTER TABLE "parent" ADD COLUMN "note" TEXT;',
      ],
      mysql: [
        'ALTER TABLE `parent` ADD COLUMN `note` TEXT NULL, ALGORITHM=INPLACE, LOCK=NONE;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'ALTER TABLE "parent" ADD COLUMN "note" TEXT;',
      ],
    },
  },
  {
    name: 'add_column: NOT NULL with a default',
    before: [parent(), seedParent],
    op: { op: 'add_column', table: 'parent', column: { name: 'status', type: 'string(16)', nullable: false, server_default: "PENDING 'x'" } },
    rows: [{ table: 'parent', columns: ['id', 'status'], order: 'id', rows: [[1, "PENDING 'x'"], [2, "PENDING 'x'"]] }],
    sql: {
      postgresql: [
        `ALTER TABLE "parent" ADD COLUMN "status" VARCHAR(16) NOT NULL DEFAULT 'PENDING ''x''';`,
      ],
      mysql: [
        "ALTER TABLE `parent` ADD COLUMN `status` VARCHAR(16) NOT NULL DEFAULT 'PENDING ''x''', ALGORITHM=INPLACE, LOCK=NONE;",
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        `ALTER TABLE "parent" ADD COLUMN "status" VARCHAR(16) NOT NULL DEFAULT 'PENDING ''x''';`,
      ],
    },
  },
  {
    name: 'add_column: NOT NULL without a default (SQLite rebuilds)',
    before: [parent(), child()],
    op: { op: 'add_column', table: 'parent', column: { name: 'rank', type: 'integer', nullable: false } },
    sql: {
      postgresql: [
        'ALTER TABLE "parent" ADD COLUMN "rank" INTEGER NOT NULL;',
      ],
      mysql: [
        'ALTER TABLE `parent` ADD COLUMN `rank` INTEGER NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        `    "name" VARCHAR(50) NOT NULL DEFAULT 'none',`,
        '    "rank" INTEGER NOT NULL,',
        '    CONSTRAINT "parent_pkey" PRIMARY KEY ("id")',
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "name")',
        '    SELECT "id", "name" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
      ],
    },
  },
  {
    name: 'add_column: inline foreign key, unnamed',
    before: [parent(), child(), seedParent, seedChild],
    op: { op: 'add_column', table: 'child', column: { name: 'other_id', type: 'integer', foreign_key: { table: 'parent', column: 'id' } } },
    rows: [childRows],
    fkProbe: { table: 'child', row: { id: 98, parent_id: 1, other_id: 999 } },
    sql: {
      postgresql: [
        'ALTER TABLE "child" ADD COLUMN "other_id" INTEGER;',
        'ALTER TABLE "child" ADD CONSTRAINT "child_other_id_fkey" FOREIGN KEY ("other_id") REFERENCES "parent" ("id") NOT VALID;',
        'ALTER TABLE "child" VALIDATE CONSTRAINT "child_other_id_fkey";',
      ],
      mysql: [
        'ALTER TABLE `child` ADD COLUMN `other_id` INTEGER NULL, ALGORITHM=INPLACE, LOCK=NONE;',
        'SET @lbaas_q = IF(EXISTS (SELECT 1 FROM `child` AS `c` WHERE `c`.`other_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `parent` AS `p` WHERE `p`.`id` = `c`.`other_id`)),',
        '    CONCAT(STOP, QUOTE(\'foreign key child_ibfk_2 not added: rows of child reference missing parent rows; fix or delete them, then run again\')), \'DO 0\');',
        'PREPARE lbaas_stmt FROM @lbaas_q;',
        'EXECUTE lbaas_stmt;',
        'CREATE INDEX `other_id` ON `child` (`other_id`) ALGORITHM=INPLACE LOCK=NONE;',
        'SET @lbaas_fk_checks = @@SESSION.foreign_key_checks, SESSION foreign_key_checks = 0;',
        'ALTER TABLE `child` ADD CONSTRAINT `child_ibfk_2` FOREIGN KEY (`other_id`) REFERENCES `parent` (`id`), ALGORITHM=INPLACE, LOCK=NONE;',
        'SET SESSION foreign_key_checks = @lbaas_fk_checks;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_child" (',
        '    "id" INTEGER NOT NULL,',
        '    "parent_id" INTEGER,',
        '    "other_id" INTEGER,',
        '    CONSTRAINT "child_pkey" PRIMARY KEY ("id"),',
        '    CONSTRAINT "child_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "parent" ("id"),',
        '    CONSTRAINT "child_other_id_fkey" FOREIGN KEY ("other_id") REFERENCES "parent" ("id")',
        ');',
        'INSERT INTO "_lbaas_new_child" ("id", "parent_id")',
        '    SELECT "id", "parent_id" FROM "child";',
        'DROP TABLE "child";',
        'ALTER TABLE "_lbaas_new_child" RENAME TO "child";',
      ],
    },
  },
  {
    name: 'add_column: inline foreign key, named, with actions',
    before: [parent(), child(), seedParent, seedChild],
    rows: [childRows],
    fkProbe: { table: 'child', row: { id: 98, parent_id: 1, other_id: 999 } },
    op: {
      op: 'add_column', table: 'child',
      column: { name: 'other_id', type: 'integer', foreign_key: { name: 'fk_child_other', table: 'parent', column: 'id', ondelete: 'SET NULL', onupdate: 'CASCADE' } },
    },
    sql: {
      postgresql: [
        'ALTER TABLE "child" ADD COLUMN "other_id" INTEGER;',
        'ALTER TABLE "child" ADD CONSTRAINT "fk_child_other" FOREIGN KEY ("other_id") REFERENCES "parent" ("id") ON DELETE SET NULL ON UPDATE CASCADE NOT VALID;',
        'ALTER TABLE "child" VALIDATE CONSTRAINT "fk_child_other";',
      ],
      mysql: [
        'ALTER TABLE `child` ADD COLUMN `other_id` INTEGER NULL, ALGORITHM=INPLACE, LOCK=NONE;',
        'SET @lbaas_q = IF(EXISTS (SELECT 1 FROM `child` AS `c` WHERE `c`.`other_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `parent` AS `p` WHERE `p`.`id` = `c`.`other_id`)),',
        '    CONCAT(STOP, QUOTE(\'foreign key fk_child_other not added: rows of child reference missing parent rows; fix or delete them, then run again\')), \'DO 0\');',
        'PREPARE lbaas_stmt FROM @lbaas_q;',
        'EXECUTE lbaas_stmt;',
        'CREATE INDEX `fk_child_other` ON `child` (`other_id`) ALGORITHM=INPLACE LOCK=NONE;',
        'SET @lbaas_fk_checks = @@SESSION.foreign_key_checks, SESSION foreign_key_checks = 0;',
        'ALTER TABLE `child` ADD CONSTRAINT `fk_child_other` FOREIGN KEY (`other_id`) REFERENCES `parent` (`id`) ON DELETE SET NULL ON UPDATE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;',
        'SET SESSION foreign_key_checks = @lbaas_fk_checks;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_child" (',
        '    "id" INTEGER NOT NULL,',
        '    "parent_id" INTEGER,',
        '    "other_id" INTEGER,',
        '    CONSTRAINT "child_pkey" PRIMARY KEY ("id"),',
        '    CONSTRAINT "child_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "parent" ("id"),',
        '    CONSTRAINT "fk_child_other" FOREIGN KEY ("other_id") REFERENCES "parent" ("id") ON DELETE SET NULL ON UPDATE CASCADE',
        ');',
        'INSERT INTO "_lbaas_new_child" ("id", "parent_id")',
        '    SELECT "id", "parent_id" FROM "child";',
        'DROP TABLE "child";',
        'ALTER TABLE "_lbaas_new_child" RENAME TO "child";',
      ],
    },
  },
  {
    name: 'add_column: enum',
    before: [parent(), seedParent],
    op: { op: 'add_column', table: 'parent', column: { name: 'state', type: { enum: ['on', 'off'], name: 'parent_state' }, nullable: false, server_default: 'off' } },
    rows: [{ table: 'parent', columns: ['id', 'name', 'state'], order: 'id', rows: [[1, 'one', 'off'], [2, "two's", 'off']] }],
    sql: {
      postgresql: [
        `CREATE TYPE "parent_state" AS ENUM ('on', 'off');`,
        `ALTER TABLE "parent" ADD COLUMN "state" "parent_state" NOT NULL DEFAULT 'off';`,
      ],
      mysql: [
        "ALTER TABLE `parent` ADD COLUMN `state` ENUM('on', 'off') NOT NULL DEFAULT 'off', ALGORITHM=INPLACE, LOCK=NONE;",
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        `    "name" VARCHAR(50) NOT NULL DEFAULT 'none',`,
        `    "state" VARCHAR(3) NOT NULL DEFAULT 'off',`,
        '    CONSTRAINT "parent_pkey" PRIMARY KEY ("id"),',
        `    CONSTRAINT "ck_parent_state" CHECK ("state" IN ('on', 'off'))`,
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "name")',
        '    SELECT "id", "name" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
      ],
    },
  },
  // ------------------------------------------------------------------ drop_column
  {
    name: 'drop_column: plain',
    before: [parent({ columns: [{ name: 'id', type: 'integer', nullable: false }, { name: 'name', type: 'string(50)', nullable: false, server_default: 'none' }, { name: 'extra', type: 'text' }] }), seedParent],
    op: { op: 'drop_column', table: 'parent', column: 'extra' },
    rows: [parentRows],
    sql: {
      postgresql: [
        'ALTER TABLE "parent" DROP COLUMN "extra";',
      ],
      mysql: [
        'ALTER TABLE `parent` DROP COLUMN `extra`, ALGORITHM=INPLACE, LOCK=NONE;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'ALTER TABLE "parent" DROP COLUMN "extra";',
      ],
    },
  },
  {
    name: 'drop_column: enum column (SQLite rebuilds; PostgreSQL drops the type)',
    before: [items(), seedItems, { op: 'create_table', table: 'tag', columns: [{ name: 'id', type: 'integer', nullable: false }, { name: 'item_id', type: 'integer' }], primary_key: ['id'], foreign_keys: [{ columns: ['item_id'], referent_table: 'items', referent_columns: ['id'] }] },
      { op: 'bulk_insert', table: 'tag', rows: [{ id: 1, item_id: 2 }] }],
    op: { op: 'drop_column', table: 'items', column: 'kind' },
    rows: [{ table: 'items', columns: ['id', 'label'], order: 'id', rows: [[1, 'x'], [2, null]] }, { table: 'tag', columns: ['id', 'item_id'], order: 'id', rows: [[1, 2]] }],
    fkProbe: { table: 'tag', row: { id: 5, item_id: 77 } },
    sql: {
      postgresql: [
        'ALTER TABLE "items" DROP COLUMN "kind";',
        'DROP TYPE "item_kind";',
      ],
      mysql: [
        'ALTER TABLE `items` DROP COLUMN `kind`, ALGORITHM=INPLACE, LOCK=NONE;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_items" (',
        '    "id" INTEGER NOT NULL,',
        '    "label" VARCHAR(20),',
        '    CONSTRAINT "items_pkey" PRIMARY KEY ("id")',
        ');',
        'INSERT INTO "_lbaas_new_items" ("id", "label")',
        '    SELECT "id", "label" FROM "items";',
        'DROP TABLE "items";',
        'ALTER TABLE "_lbaas_new_items" RENAME TO "items";',
      ],
    },
  },
  {
    name: 'drop_column: table with a check constraint (SQLite rebuilds)',
    before: [parent({ checks: [{ name: 'ck_parent_id', condition: 'id > 0' }], indexes: [{ name: 'ix_parent_name', columns: ['name'] }], columns: [{ name: 'id', type: 'integer', nullable: false }, { name: 'name', type: 'string(50)', nullable: false, server_default: 'none' }, { name: 'extra', type: 'text' }] }), seedParent],
    op: { op: 'drop_column', table: 'parent', column: 'extra' },
    rows: [parentRows],
    sql: {
      postgresql: [
        'ALTER TABLE "parent" DROP COLUMN "extra";',
      ],
      mysql: [
        'ALTER TABLE `parent` DROP COLUMN `extra`, ALGORITHM=INPLACE, LOCK=NONE;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        `    "name" VARCHAR(50) NOT NULL DEFAULT 'none',`,
        '    CONSTRAINT "parent_pkey" PRIMARY KEY ("id"),',
        '    CONSTRAINT "ck_parent_id" CHECK (id > 0)',
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "name")',
        '    SELECT "id", "name" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
        'CREATE INDEX "ix_parent_name" ON "parent" ("name");',
      ],
    },
  },
  {
    name: 'drop_column: still used by an index (refused)',
    before: [parent({ indexes: [{ name: 'ix_parent_name', columns: ['name'] }] })],
    op: { op: 'drop_column', table: 'parent', column: 'name' },
    sql: {
      postgresql: NOT_SUPPORTED('MD010', 'r2: drop_column: column "parent.name" is still used by index ix_parent_name'),
      mysql: NOT_SUPPORTED('MD010', 'r2: drop_column: column "parent.name" is still used by index ix_parent_name'),
      mariadb: SAME_AS_MYSQL,
      sqlite: NOT_SUPPORTED('MD010', 'r2: drop_column: column "parent.name" is still used by index ix_parent_name'),
    },
  },
  // ------------------------------------------------------------------ alter_column
  {
    name: 'alter_column: widen a string',
    before: [parent(), child(), seedParent, seedChild],
    op: { op: 'alter_column', table: 'parent', column: 'name', type: 'string(200)' },
    rows: [parentRows, childRows],
    fkProbe: orphan,
    sql: {
      postgresql: [
        'ALTER TABLE "parent" ALTER COLUMN "name" TYPE VARCHAR(200);',
      ],
      mysql: [
        "ALTER TABLE `parent` MODIFY COLUMN `name` VARCHAR(200) NOT NULL DEFAULT 'none';",
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        `    "name" VARCHAR(200) NOT NULL DEFAULT 'none',`,
        '    CONSTRAINT "parent_pkey" PRIMARY KEY ("id")',
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "name")',
        '    SELECT "id", "name" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
      ],
    },
  },
  {
    name: 'alter_column: narrow a string',
    before: [parent(), seedParent],
    op: { op: 'alter_column', table: 'parent', column: 'name', type: 'string(10)' },
    rows: [parentRows],
    sql: {
      postgresql: [
        'ALTER TABLE "parent" ALTER COLUMN "name" TYPE VARCHAR(10);',
      ],
      mysql: [
        "ALTER TABLE `parent` MODIFY COLUMN `name` VARCHAR(10) NOT NULL DEFAULT 'none';",
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        `    "name" VARCHAR(10) NOT NULL DEFAULT 'none',`,
        '    CONSTRAINT "parent_pkey" PRIMARY KEY ("id")',
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "name")',
        '    SELECT "id", "name" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
      ],
    },
  },
  {
    name: 'alter_column: integer to bigint, with a default',
    before: [parent({ columns: [{ name: 'id', type: 'integer', nullable: false }, { name: 'name', type: 'string(50)', nullable: false, server_default: 'none' }, { name: 'size', type: 'integer', nullable: false, server_default: 0 }] }), seedParent],
    op: { op: 'alter_column', table: 'parent', column: 'size', type: 'bigint' },
    rows: [{ table: 'parent', columns: ['id', 'size'], order: 'id', rows: [[1, 0], [2, 0]] }],
    sql: {
      postgresql: [
        'ALTER TABLE "parent" ALTER COLUMN "size" DROP DEFAULT;',
        'ALTER TABLE "parent" ALTER COLUMN "size" TYPE BIGINT USING "size"::text::BIGINT;',
        'ALTER TABLE "parent" ALTER COLUMN "size" SET DEFAULT 0;',
      ],
      mysql: [
        'ALTER TABLE `parent` MODIFY COLUMN `size` BIGINT NOT NULL DEFAULT 0;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        `    "name" VARCHAR(50) NOT NULL DEFAULT 'none',`,
        '    "size" BIGINT NOT NULL DEFAULT 0,',
        '    CONSTRAINT "parent_pkey" PRIMARY KEY ("id")',
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "name", "size")',
        '    SELECT "id", "name", "size" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
      ],
    },
  },
  {
    name: 'alter_column: string to text',
    before: [parent(), seedParent],
    op: { op: 'alter_column', table: 'parent', column: 'name', type: 'text' },
    rows: [parentRows],
    sql: {
      postgresql: [
        'ALTER TABLE "parent" ALTER COLUMN "name" DROP DEFAULT;',
        'ALTER TABLE "parent" ALTER COLUMN "name" TYPE TEXT USING "name"::text::TEXT;',
        `ALTER TABLE "parent" ALTER COLUMN "name" SET DEFAULT 'none';`,
      ],
      mysql: [
        "ALTER TABLE `parent` MODIFY COLUMN `name` TEXT NOT NULL DEFAULT 'none';",
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        `    "name" TEXT NOT NULL DEFAULT 'none',`,
        '    CONSTRAINT "parent_pkey" PRIMARY KEY ("id")',
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "name")',
        '    SELECT "id", "name" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
      ],
    },
  },
  {
    name: 'alter_column: enum values added',
    before: [items(), seedItems],
    op: { op: 'alter_column', table: 'items', column: 'kind', type: kindEnum(['a', 'b', 'c']) },
    rows: [itemRows],
    sql: {
      postgresql: [
        'ALTER TABLE "items" ALTER COLUMN "kind" DROP DEFAULT;',
        'ALTER TYPE "item_kind" RENAME TO "old_item_kind";',
        `CREATE TYPE "item_kind" AS ENUM ('a', 'b', 'c');`,
        'ALTER TABLE "items" ALTER COLUMN "kind" TYPE "item_kind" USING "kind"::text::"item_kind";',
        'DROP TYPE "old_item_kind";',
        `ALTER TABLE "items" ALTER COLUMN "kind" SET DEFAULT 'a';`,
      ],
      mysql: [
        "ALTER TABLE `items` MODIFY COLUMN `kind` ENUM('a', 'b', 'c') NOT NULL DEFAULT 'a';",
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_items" (',
        '    "id" INTEGER NOT NULL,',
        `    "kind" VARCHAR(1) NOT NULL DEFAULT 'a',`,
        '    "label" VARCHAR(20),',
        '    CONSTRAINT "items_pkey" PRIMARY KEY ("id"),',
        `    CONSTRAINT "ck_items_kind" CHECK ("kind" IN ('a', 'b', 'c'))`,
        ');',
        'INSERT INTO "_lbaas_new_items" ("id", "kind", "label")',
        '    SELECT "id", "kind", "label" FROM "items";',
        'DROP TABLE "items";',
        'ALTER TABLE "_lbaas_new_items" RENAME TO "items";',
      ],
    },
  },
  {
    name: 'alter_column: enum value removed, rows use the rest',
    before: [items(), { op: 'bulk_insert', table: 'items', rows: [{ id: 1, kind: 'a' }, { id: 2, kind: 'a', label: 'z' }] }],
    op: { op: 'alter_column', table: 'items', column: 'kind', type: kindEnum(['a']) },
    rows: [{ table: 'items', columns: ['id', 'kind', 'label'], order: 'id', rows: [[1, 'a', null], [2, 'a', 'z']] }],
    sql: {
      postgresql: [
        'ALTER TABLE "items" ALTER COLUMN "kind" DROP DEFAULT;',
        'ALTER TYPE "item_kind" RENAME TO "old_item_kind";',
        `CREATE TYPE "item_kind" AS ENUM ('a');`,
        'ALTER TABLE "items" ALTER COLUMN "kind" TYPE "item_kind" USING "kind"::text::"item_kind";',
        'DROP TYPE "old_item_kind";',
        `ALTER TABLE "items" ALTER COLUMN "kind" SET DEFAULT 'a';`,
      ],
      mysql: [
        "ALTER TABLE `items` MODIFY COLUMN `kind` ENUM('a') NOT NULL DEFAULT 'a';",
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_items" (',
        '    "id" INTEGER NOT NULL,',
        `    "kind" VARCHAR(1) NOT NULL DEFAULT 'a',`,
        '    "label" VARCHAR(20),',
        '    CONSTRAINT "items_pkey" PRIMARY KEY ("id"),',
        `    CONSTRAINT "ck_items_kind" CHECK ("kind" IN ('a'))`,
        ');',
        'INSERT INTO "_lbaas_new_items" ("id", "kind", "label")',
        '    SELECT "id", "kind", "label" FROM "items";',
        'DROP TABLE "items";',
        'ALTER TABLE "_lbaas_new_items" RENAME TO "items";',
      ],
    },
  },
  {
    name: 'alter_column: enum to another enum type',
    before: [items(), seedItems],
    op: { op: 'alter_column', table: 'items', column: 'kind', type: kindEnum(['a', 'b', 'c'], 'item_kind_v2') },
    rows: [itemRows],
    sql: {
      postgresql: [
        `CREATE TYPE "item_kind_v2" AS ENUM ('a', 'b', 'c');`,
        'ALTER TABLE "items" ALTER COLUMN "kind" DROP DEFAULT;',
        'ALTER TABLE "items" ALTER COLUMN "kind" TYPE "item_kind_v2" USING "kind"::text::"item_kind_v2";',
        `ALTER TABLE "items" ALTER COLUMN "kind" SET DEFAULT 'a';`,
        'DROP TYPE "item_kind";',
      ],
      mysql: [
        "ALTER TABLE `items` MODIFY COLUMN `kind` ENUM('a', 'b', 'c') NOT NULL DEFAULT 'a';",
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_items" (',
        '    "id" INTEGER NOT NULL,',
        `    "kind" VARCHAR(1) NOT NULL DEFAULT 'a',`,
        '    "label" VARCHAR(20),',
        '    CONSTRAINT "items_pkey" PRIMARY KEY ("id"),',
        `    CONSTRAINT "ck_items_kind" CHECK ("kind" IN ('a', 'b', 'c'))`,
        ');',
        'INSERT INTO "_lbaas_new_items" ("id", "kind", "label")',
        '    SELECT "id", "kind", "label" FROM "items";',
        'DROP TABLE "items";',
        'ALTER TABLE "_lbaas_new_items" RENAME TO "items";',
      ],
    },
  },
  {
    name: 'alter_column: enum type shared by another column (refused on PostgreSQL)',
    before: [items(), { op: 'create_table', table: 'items2', columns: [{ name: 'kind', type: kindEnum(['a', 'b']) }] }],
    op: { op: 'alter_column', table: 'items', column: 'kind', type: kindEnum(['a', 'b', 'c']) },
    sql: {
      postgresql: NOT_SUPPORTED('MD011', 'r2: alter_column: enum type "item_kind" is used by other columns too; changing its values here would change theirs'),
      mysql: [
        "ALTER TABLE `items` MODIFY COLUMN `kind` ENUM('a', 'b', 'c') NOT NULL DEFAULT 'a';",
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_items" (',
        '    "id" INTEGER NOT NULL,',
        `    "kind" VARCHAR(1) NOT NULL DEFAULT 'a',`,
        '    "label" VARCHAR(20),',
        '    CONSTRAINT "items_pkey" PRIMARY KEY ("id"),',
        `    CONSTRAINT "ck_items_kind" CHECK ("kind" IN ('a', 'b', 'c'))`,
        ');',
        'INSERT INTO "_lbaas_new_items" ("id", "kind", "label")',
        '    SELECT "id", "kind", "label" FROM "items";',
        'DROP TABLE "items";',
        'ALTER TABLE "_lbaas_new_items" RENAME TO "items";',
      ],
    },
  },
  {
    name: 'alter_column: enum to string',
    before: [items(), seedItems],
    op: { op: 'alter_column', table: 'items', column: 'kind', type: 'string(10)' },
    rows: [itemRows],
    sql: {
      postgresql: [
        'ALTER TABLE "items" ALTER COLUMN "kind" DROP DEFAULT;',
        'ALTER TABLE "items" ALTER COLUMN "kind" TYPE VARCHAR(10) USING "kind"::text::VARCHAR(10);',
        `ALTER TABLE "items" ALTER COLUMN "kind" SET DEFAULT 'a';`,
        'DROP TYPE "item_kind";',
      ],
      mysql: [
        "ALTER TABLE `items` MODIFY COLUMN `kind` VARCHAR(10) NOT NULL DEFAULT 'a';",
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_items" (',
        '    "id" INTEGER NOT NULL,',
        `    "kind" VARCHAR(10) NOT NULL DEFAULT 'a',`,
        '    "label" VARCHAR(20),',
        '    CONSTRAINT "items_pkey" PRIMARY KEY ("id")',
        ');',
        'INSERT INTO "_lbaas_new_items" ("id", "kind", "label")',
        '    SELECT "id", "kind", "label" FROM "items";',
        'DROP TABLE "items";',
        'ALTER TABLE "_lbaas_new_items" RENAME TO "items";',
      ],
    },
  },
  {
    name: 'alter_column: NOT NULL',
    before: [parent({ columns: [{ name: 'id', type: 'integer', nullable: false }, { name: 'name', type: 'string(50)', server_default: 'none' }] }), seedParent, child(), seedChild],
    op: { op: 'alter_column', table: 'parent', column: 'name', nullable: false },
    rows: [parentRows, childRows],
    fkProbe: orphan,
    sql: {
      postgresql: [
        'ALTER TABLE "parent" ALTER COLUMN "name" SET NOT NULL;',
      ],
      mysql: [
        "ALTER TABLE `parent` MODIFY COLUMN `name` VARCHAR(50) NOT NULL DEFAULT 'none';",
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        `    "name" VARCHAR(50) NOT NULL DEFAULT 'none',`,
        '    CONSTRAINT "parent_pkey" PRIMARY KEY ("id")',
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "name")',
        '    SELECT "id", "name" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
      ],
    },
  },
  {
    name: 'alter_column: nullable',
    before: [parent(), seedParent],
    op: { op: 'alter_column', table: 'parent', column: 'name', nullable: true },
    rows: [parentRows],
    sql: {
      postgresql: [
        'ALTER TABLE "parent" ALTER COLUMN "name" DROP NOT NULL;',
      ],
      mysql: [
        "ALTER TABLE `parent` MODIFY COLUMN `name` VARCHAR(50) NULL DEFAULT 'none';",
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        `    "name" VARCHAR(50) DEFAULT 'none',`,
        '    CONSTRAINT "parent_pkey" PRIMARY KEY ("id")',
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "name")',
        '    SELECT "id", "name" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
      ],
    },
  },
  {
    name: 'alter_column: set a string default',
    before: [parent({ columns: [{ name: 'id', type: 'integer', nullable: false }, { name: 'name', type: 'string(50)', nullable: false }] }), seedParent],
    op: { op: 'alter_column', table: 'parent', column: 'name', server_default: "O'Brien \\ co" },
    rows: [parentRows],
    sql: {
      postgresql: [
        `ALTER TABLE "parent" ALTER COLUMN "name" SET DEFAULT E'O''Brien \\\\ co';`,
      ],
      mysql: [
        "ALTER TABLE `parent` MODIFY COLUMN `name` VARCHAR(50) NOT NULL DEFAULT 'O''Brien \\\\ co';",
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        `    "name" VARCHAR(50) NOT NULL DEFAULT 'O''Brien \\ co',`,
        '    CONSTRAINT "parent_pkey" PRIMARY KEY ("id")',
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "name")',
        '    SELECT "id", "name" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
      ],
    },
  },
  {
    name: 'alter_column: drop the default',
    before: [parent(), seedParent],
    op: { op: 'alter_column', table: 'parent', column: 'name', server_default: null },
    rows: [parentRows],
    sql: {
      postgresql: [
        'ALTER TABLE "parent" ALTER COLUMN "name" DROP DEFAULT;',
      ],
      mysql: [
        'ALTER TABLE `parent` MODIFY COLUMN `name` VARCHAR(50) NOT NULL;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        '    "name" VARCHAR(50) NOT NULL,',
        '    CONSTRAINT "parent_pkey" PRIMARY KEY ("id")',
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "name")',
        '    SELECT "id", "name" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
      ],
    },
  },
  {
    name: 'alter_column: boolean default true',
    before: [parent({ columns: [{ name: 'id', type: 'integer', nullable: false }, { name: 'name', type: 'string(50)', nullable: false, server_default: 'none' }, { name: 'flag', type: 'boolean' }] }), seedParent],
    rows: [{ table: 'parent', columns: ['id', 'name', 'flag'], order: 'id', rows: [[1, 'one', null], [2, "two's", null]] }],
    op: { op: 'alter_column', table: 'parent', column: 'flag', server_default: true },
    sql: {
      postgresql: [
        'ALTER TABLE "parent" ALTER COLUMN "flag" SET DEFAULT true;',
      ],
      mysql: [
        'ALTER TABLE `parent` MODIFY COLUMN `flag` BOOLEAN NULL DEFAULT 1;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        `    "name" VARCHAR(50) NOT NULL DEFAULT 'none',`,
        '    "flag" BOOLEAN DEFAULT 1,',
        '    CONSTRAINT "parent_pkey" PRIMARY KEY ("id")',
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "name", "flag")',
        '    SELECT "id", "name", "flag" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
      ],
    },
  },
  {
    name: 'alter_column: CURRENT_TIMESTAMP default on a datetime',
    before: [parent({ columns: [{ name: 'id', type: 'integer', nullable: false }, { name: 'name', type: 'string(50)', nullable: false, server_default: 'none' }, { name: 'seen', type: 'datetime' }] }), seedParent],
    rows: [{ table: 'parent', columns: ['id', 'name', 'seen'], order: 'id', rows: [[1, 'one', null], [2, "two's", null]] }],
    op: { op: 'alter_column', table: 'parent', column: 'seen', server_default: { expr: 'CURRENT_TIMESTAMP' } },
    sql: {
      postgresql: [
        'ALTER TABLE "parent" ALTER COLUMN "seen" SET DEFAULT CURRENT_TIMESTAMP;',
      ],
      mysql: [
        'ALTER TABLE `parent` MODIFY COLUMN `seen` DATETIME NULL DEFAULT CURRENT_TIMESTAMP;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        `    "name" VARCHAR(50) NOT NULL DEFAULT 'none',`,
        '    "seen" DATETIME DEFAULT CURRENT_TIMESTAMP,',
        '    CONSTRAINT "parent_pkey" PRIMARY KEY ("id")',
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "name", "seen")',
        '    SELECT "id", "name", "seen" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
      ],
    },
  },
  {
    name: 'alter_column: rename',
    before: [parent(), seedParent],
    op: { op: 'alter_column', table: 'parent', column: 'name', new_column_name: 'title' },
    rows: [{ ...parentRows, columns: ['id', 'title'] }],
    sql: {
      postgresql: [
        'ALTER TABLE "parent" RENAME COLUMN "name" TO "title";',
      ],
      mysql: [
        "ALTER TABLE `parent` CHANGE COLUMN `name` `title` VARCHAR(50) NOT NULL DEFAULT 'none';",
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'ALTER TABLE "parent" RENAME COLUMN "name" TO "title";',
      ],
    },
  },
  {
    name: 'alter_column: rename a column used by an index and referenced by a foreign key',
    before: [
      parent({ columns: [{ name: 'id', type: 'integer', nullable: false }, { name: 'name', type: 'string(50)', nullable: false, server_default: 'none' }, { name: 'code', type: 'string(8)', nullable: false }], unique: [{ name: 'uq_parent_code', columns: ['code'] }], indexes: [{ name: 'ix_parent_name_code', columns: ['name', 'code'] }] }),
      { op: 'create_table', table: 'ref', columns: [{ name: 'id', type: 'integer', nullable: false }, { name: 'parent_code', type: 'string(8)' }], primary_key: ['id'], foreign_keys: [{ name: 'fk_ref_code', columns: ['parent_code'], referent_table: 'parent', referent_columns: ['code'] }] },
      { op: 'bulk_insert', table: 'parent', rows: [{ id: 1, name: 'one', code: 'C1' }] },
      { op: 'bulk_insert', table: 'ref', rows: [{ id: 1, parent_code: 'C1' }] },
    ],
    op: { op: 'alter_column', table: 'parent', column: 'code', new_column_name: 'ref_code' },
    rows: [{ table: 'parent', columns: ['id', 'ref_code'], order: 'id', rows: [[1, 'C1']] }],
    fkProbe: { table: 'ref', row: { id: 2, parent_code: 'NOPE' } },
    sql: {
      postgresql: [
        'ALTER TABLE "parent" RENAME COLUMN "code" TO "ref_code";',
      ],
      mysql: [
        'ALTER TABLE `parent` CHANGE COLUMN `code` `ref_code` VARCHAR(8) NOT NULL;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'ALTER TABLE "parent" RENAME COLUMN "code" TO "ref_code";',
      ],
    },
  },
  {
    name: 'alter_column: rename a foreign-key column',
    before: [parent(), child(), seedParent, seedChild],
    op: { op: 'alter_column', table: 'child', column: 'parent_id', new_column_name: 'owner_id' },
    rows: [{ ...childRows, columns: ['id', 'owner_id'] }],
    fkProbe: { table: 'child', row: { id: 99, owner_id: 999 } },
    sql: {
      postgresql: [
        'ALTER TABLE "child" RENAME COLUMN "parent_id" TO "owner_id";',
      ],
      mysql: [
        'ALTER TABLE `child` CHANGE COLUMN `parent_id` `owner_id` INTEGER NULL;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'ALTER TABLE "child" RENAME COLUMN "parent_id" TO "owner_id";',
      ],
    },
  },
  {
    name: 'alter_column: rename and widen a column referenced by a foreign key',
    before: [
      parent({ columns: [{ name: 'id', type: 'integer', nullable: false }, { name: 'name', type: 'string(50)', nullable: false, server_default: 'none' }, { name: 'code', type: 'string(8)', nullable: false }], unique: [{ name: 'uq_parent_code', columns: ['code'] }] }),
      { op: 'create_table', table: 'ref', columns: [{ name: 'id', type: 'integer', nullable: false }, { name: 'parent_code', type: 'string(8)' }], primary_key: ['id'], foreign_keys: [{ name: 'fk_ref_code', columns: ['parent_code'], referent_table: 'parent', referent_columns: ['code'] }] },
      { op: 'bulk_insert', table: 'parent', rows: [{ id: 1, name: 'one', code: 'C1' }] },
      { op: 'bulk_insert', table: 'ref', rows: [{ id: 1, parent_code: 'C1' }] },
    ],
    op: { op: 'alter_column', table: 'parent', column: 'code', new_column_name: 'ref_code', type: 'string(12)' },
    rows: [{ table: 'parent', columns: ['id', 'ref_code'], order: 'id', rows: [[1, 'C1']] }],
    fkProbe: { table: 'ref', row: { id: 2, parent_code: 'NOPE' } },
    sql: {
      postgresql: [
        'ALTER TABLE "parent" ALTER COLUMN "code" TYPE VARCHAR(12);',
        'ALTER TABLE "parent" RENAME COLUMN "code" TO "ref_code";',
      ],
      mysql: NOT_SUPPORTED('MD014', 'r2: alter_column: MySQL cannot change the type of column "parent.code": foreign key fk_ref_code on ref uses it'),
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'ALTER TABLE "parent" RENAME COLUMN "code" TO "ref_code";',
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        `    "name" VARCHAR(50) NOT NULL DEFAULT 'none',`,
        '    "ref_code" VARCHAR(12) NOT NULL,',
        '    CONSTRAINT "parent_pkey" PRIMARY KEY ("id"),',
        '    CONSTRAINT "uq_parent_code" UNIQUE ("ref_code")',
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "name", "ref_code")',
        '    SELECT "id", "name", "ref_code" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
      ],
    },
  },
  {
    name: 'alter_column: a table with an autoincrement key (SQLite rebuild keeps it)',
    before: [
      { op: 'create_table', table: 'counter', columns: [{ name: 'id', type: 'integer', nullable: false, autoincrement: true }, { name: 'note', type: 'string(10)' }], primary_key: ['id'] },
      { op: 'bulk_insert', table: 'counter', rows: [{ note: 'a' }, { note: 'b' }] },
    ],
    op: { op: 'alter_column', table: 'counter', column: 'note', type: 'string(40)' },
    rows: [{ table: 'counter', columns: ['id', 'note'], order: 'id', rows: [[1, 'a'], [2, 'b']] }],
    sql: {
      postgresql: [
        'ALTER TABLE "counter" ALTER COLUMN "note" TYPE VARCHAR(40);',
      ],
      mysql: [
        'ALTER TABLE `counter` MODIFY COLUMN `note` VARCHAR(40) NULL;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_counter" (',
        '    "id" INTEGER NOT NULL CONSTRAINT "counter_pkey" PRIMARY KEY AUTOINCREMENT,',
        '    "note" VARCHAR(40)',
        ');',
        'INSERT INTO "_lbaas_new_counter" ("id", "note")',
        '    SELECT "id", "note" FROM "counter";',
        'DROP TABLE "counter";',
        'ALTER TABLE "_lbaas_new_counter" RENAME TO "counter";',
      ],
    },
  },
  {
    name: 'alter_column: rename an enum column',
    before: [items(), seedItems],
    op: { op: 'alter_column', table: 'items', column: 'kind', new_column_name: 'sort' },
    rows: [{ ...itemRows, columns: ['id', 'sort', 'label'] }],
    sql: {
      postgresql: [
        'ALTER TABLE "items" RENAME COLUMN "kind" TO "sort";',
      ],
      mysql: [
        "ALTER TABLE `items` CHANGE COLUMN `kind` `sort` ENUM('a', 'b') NOT NULL DEFAULT 'a';",
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'ALTER TABLE "items" RENAME COLUMN "kind" TO "sort";',
        'CREATE TABLE "_lbaas_new_items" (',
        '    "id" INTEGER NOT NULL,',
        `    "sort" VARCHAR(1) NOT NULL DEFAULT 'a',`,
        '    "label" VARCHAR(20),',
        '    CONSTRAINT "items_pkey" PRIMARY KEY ("id"),',
        `    CONSTRAINT "ck_items_sort" CHECK ("sort" IN ('a', 'b'))`,
        ');',
        'INSERT INTO "_lbaas_new_items" ("id", "sort", "label")',
        '    SELECT "id", "sort", "label" FROM "items";',
        'DROP TABLE "items";',
        'ALTER TABLE "_lbaas_new_items" RENAME TO "items";',
      ],
    },
  },
  {
    name: 'alter_column: type, nullability, default and name at once',
    before: [parent(), child(), seedParent, seedChild],
    op: { op: 'alter_column', table: 'parent', column: 'name', type: 'string(80)', nullable: true, server_default: 'anon', new_column_name: 'display_name' },
    rows: [{ ...parentRows, columns: ['id', 'display_name'] }, childRows],
    fkProbe: orphan,
    sql: {
      postgresql: [
        'ALTER TABLE "parent" ALTER COLUMN "name" TYPE VARCHAR(80);',
        'ALTER TABLE "parent" ALTER COLUMN "name" DROP NOT NULL;',
        `ALTER TABLE "parent" ALTER COLUMN "name" SET DEFAULT 'anon';`,
        'ALTER TABLE "parent" RENAME COLUMN "name" TO "display_name";',
      ],
      mysql: [
        "ALTER TABLE `parent` CHANGE COLUMN `name` `display_name` VARCHAR(80) NULL DEFAULT 'anon';",
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'ALTER TABLE "parent" RENAME COLUMN "name" TO "display_name";',
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        `    "display_name" VARCHAR(80) DEFAULT 'anon',`,
        '    CONSTRAINT "parent_pkey" PRIMARY KEY ("id")',
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "display_name")',
        '    SELECT "id", "display_name" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
      ],
    },
  },
  // ------------------------------------------------------------------ indexes
  {
    name: 'create_index: two columns',
    before: [parent()],
    op: { op: 'create_index', name: 'ix_parent_name_id', table: 'parent', columns: ['name', 'id'] },
    sql: {
      postgresql: [
        'CREATE INDEX "ix_parent_name_id" ON "parent" ("name", "id");',
      ],
      mysql: [
        'CREATE INDEX `ix_parent_name_id` ON `parent` (`name`, `id`) ALGORITHM=INPLACE LOCK=NONE;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE INDEX "ix_parent_name_id" ON "parent" ("name", "id");',
      ],
    },
  },
  {
    name: 'create_index: unique',
    before: [parent(), seedParent],
    op: { op: 'create_index', name: 'ux_parent_name', table: 'parent', columns: ['name'], unique: true },
    sql: {
      postgresql: [
        'CREATE UNIQUE INDEX "ux_parent_name" ON "parent" ("name");',
      ],
      mysql: [
        'CREATE UNIQUE INDEX `ux_parent_name` ON `parent` (`name`) ALGORITHM=INPLACE LOCK=NONE;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE UNIQUE INDEX "ux_parent_name" ON "parent" ("name");',
      ],
    },
  },
  {
    name: 'drop_index: unique',
    before: [parent({ indexes: [{ name: 'ux_parent_name', columns: ['name'], unique: true }] })],
    op: { op: 'drop_index', name: 'ux_parent_name', table: 'parent' },
    sql: {
      postgresql: [
        'DROP INDEX "ux_parent_name";',
      ],
      mysql: [
        'ALTER TABLE `parent` DROP INDEX `ux_parent_name`, ALGORITHM=INPLACE, LOCK=NONE;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'DROP INDEX "ux_parent_name";',
      ],
    },
  },
  {
    name: 'drop_index: the index a foreign key needs (refused on MySQL)',
    before: [parent(), child({ indexes: [{ name: 'ix_child_parent', columns: ['parent_id'] }] })],
    op: { op: 'drop_index', name: 'ix_child_parent', table: 'child' },
    sql: {
      postgresql: [
        'DROP INDEX "ix_child_parent";',
      ],
      mysql: NOT_SUPPORTED('MD012', 'r2: drop_index: index "ix_child_parent" is needed by a foreign key on child'),
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'DROP INDEX "ix_child_parent";',
      ],
    },
  },
  // ------------------------------------------------------------------ constraints
  {
    name: 'create_unique_constraint: named',
    before: [parent(), seedParent],
    op: { op: 'create_unique_constraint', name: 'uq_parent_name', table: 'parent', columns: ['name'] },
    rows: [parentRows],
    sql: {
      postgresql: [
        'ALTER TABLE "parent" ADD CONSTRAINT "uq_parent_name" UNIQUE ("name");',
      ],
      mysql: [
        'ALTER TABLE `parent` ADD CONSTRAINT `uq_parent_name` UNIQUE (`name`), ALGORITHM=INPLACE, LOCK=NONE;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        `    "name" VARCHAR(50) NOT NULL DEFAULT 'none',`,
        '    CONSTRAINT "parent_pkey" PRIMARY KEY ("id"),',
        '    CONSTRAINT "uq_parent_name" UNIQUE ("name")',
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "name")',
        '    SELECT "id", "name" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
      ],
    },
  },
  {
    name: 'create_unique_constraint: unnamed (engine names)',
    before: [parent(), seedParent],
    rows: [parentRows],
    op: { op: 'create_unique_constraint', table: 'parent', columns: ['name', 'id'] },
    sql: {
      postgresql: [
        'ALTER TABLE "parent" ADD CONSTRAINT "parent_name_id_key" UNIQUE ("name", "id");',
      ],
      mysql: [
        'ALTER TABLE `parent` ADD CONSTRAINT `name` UNIQUE (`name`, `id`), ALGORITHM=INPLACE, LOCK=NONE;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        `    "name" VARCHAR(50) NOT NULL DEFAULT 'none',`,
        '    CONSTRAINT "parent_pkey" PRIMARY KEY ("id"),',
        '    CONSTRAINT "parent_name_id_key" UNIQUE ("name", "id")',
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "name")',
        '    SELECT "id", "name" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
      ],
    },
  },
  {
    name: 'create_foreign_key: named, with actions (MySQL adds the index, named after the key)',
    before: [parent(), { op: 'create_table', table: 'link', columns: [{ name: 'id', type: 'integer', nullable: false }, { name: 'target', type: 'integer' }], primary_key: ['id'] },
      seedParent, { op: 'bulk_insert', table: 'link', rows: [{ id: 1, target: 2 }] }],
    op: { op: 'create_foreign_key', name: 'fk_link_target', table: 'link', columns: ['target'], referent_table: 'parent', referent_columns: ['id'], ondelete: 'CASCADE', onupdate: 'SET NULL' },
    rows: [{ table: 'link', columns: ['id', 'target'], order: 'id', rows: [[1, 2]] }],
    fkProbe: { table: 'link', row: { id: 2, target: 3 } },
    sql: {
      postgresql: [
        'ALTER TABLE "link" ADD CONSTRAINT "fk_link_target" FOREIGN KEY ("target") REFERENCES "parent" ("id") ON DELETE CASCADE ON UPDATE SET NULL NOT VALID;',
        'ALTER TABLE "link" VALIDATE CONSTRAINT "fk_link_target";',
      ],
      mysql: [
        'SET @lbaas_q = IF(EXISTS (SELECT 1 FROM `link` AS `c` WHERE `c`.`target` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `parent` AS `p` WHERE `p`.`id` = `c`.`target`)),',
        '    CONCAT(STOP, QUOTE(\'foreign key fk_link_target not added: rows of link reference missing parent rows; fix or delete them, then run again\')), \'DO 0\');',
        'PREPARE lbaas_stmt FROM @lbaas_q;',
        'EXECUTE lbaas_stmt;',
        'CREATE INDEX `fk_link_target` ON `link` (`target`) ALGORITHM=INPLACE LOCK=NONE;',
        'SET @lbaas_fk_checks = @@SESSION.foreign_key_checks, SESSION foreign_key_checks = 0;',
        'ALTER TABLE `link` ADD CONSTRAINT `fk_link_target` FOREIGN KEY (`target`) REFERENCES `parent` (`id`) ON DELETE CASCADE ON UPDATE SET NULL, ALGORITHM=INPLACE, LOCK=NONE;',
        'SET SESSION foreign_key_checks = @lbaas_fk_checks;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_link" (',
        '    "id" INTEGER NOT NULL,',
        '    "target" INTEGER,',
        '    CONSTRAINT "link_pkey" PRIMARY KEY ("id"),',
        '    CONSTRAINT "fk_link_target" FOREIGN KEY ("target") REFERENCES "parent" ("id") ON DELETE CASCADE ON UPDATE SET NULL',
        ');',
        'INSERT INTO "_lbaas_new_link" ("id", "target")',
        '    SELECT "id", "target" FROM "link";',
        'DROP TABLE "link";',
        'ALTER TABLE "_lbaas_new_link" RENAME TO "link";',
      ],
    },
  },
  {
    name: 'create_foreign_key: unnamed, second key of the table (implicit names)',
    before: [parent(), child({ columns: [{ name: 'id', type: 'integer', nullable: false }, { name: 'parent_id', type: 'integer' }, { name: 'alt_id', type: 'integer' }] }), seedParent, seedChild],
    rows: [childRows],
    fkProbe: { table: 'child', row: { id: 98, alt_id: 999 } },
    op: { op: 'create_foreign_key', table: 'child', columns: ['alt_id'], referent_table: 'parent', referent_columns: ['id'] },
    sql: {
      postgresql: [
        'ALTER TABLE "child" ADD CONSTRAINT "child_alt_id_fkey" FOREIGN KEY ("alt_id") REFERENCES "parent" ("id") NOT VALID;',
        'ALTER TABLE "child" VALIDATE CONSTRAINT "child_alt_id_fkey";',
      ],
      mysql: [
        'SET @lbaas_q = IF(EXISTS (SELECT 1 FROM `child` AS `c` WHERE `c`.`alt_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `parent` AS `p` WHERE `p`.`id` = `c`.`alt_id`)),',
        '    CONCAT(STOP, QUOTE(\'foreign key child_ibfk_2 not added: rows of child reference missing parent rows; fix or delete them, then run again\')), \'DO 0\');',
        'PREPARE lbaas_stmt FROM @lbaas_q;',
        'EXECUTE lbaas_stmt;',
        'CREATE INDEX `alt_id` ON `child` (`alt_id`) ALGORITHM=INPLACE LOCK=NONE;',
        'SET @lbaas_fk_checks = @@SESSION.foreign_key_checks, SESSION foreign_key_checks = 0;',
        'ALTER TABLE `child` ADD CONSTRAINT `child_ibfk_2` FOREIGN KEY (`alt_id`) REFERENCES `parent` (`id`), ALGORITHM=INPLACE, LOCK=NONE;',
        'SET SESSION foreign_key_checks = @lbaas_fk_checks;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_child" (',
        '    "id" INTEGER NOT NULL,',
        '    "parent_id" INTEGER,',
        '    "alt_id" INTEGER,',
        '    CONSTRAINT "child_pkey" PRIMARY KEY ("id"),',
        '    CONSTRAINT "child_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "parent" ("id"),',
        '    CONSTRAINT "child_alt_id_fkey" FOREIGN KEY ("alt_id") REFERENCES "parent" ("id")',
        ');',
        'INSERT INTO "_lbaas_new_child" ("id", "parent_id", "alt_id")',
        '    SELECT "id", "parent_id", "alt_id" FROM "child";',
        'DROP TABLE "child";',
        'ALTER TABLE "_lbaas_new_child" RENAME TO "child";',
      ],
    },
  },
  {
    name: 'create_foreign_key: an index already leads with the columns',
    before: [parent(), child({ foreign_keys: [], indexes: [{ name: 'ix_child_parent', columns: ['parent_id', 'id'] }] }), seedParent, seedChild],
    rows: [childRows],
    fkProbe: orphan,
    op: { op: 'create_foreign_key', table: 'child', columns: ['parent_id'], referent_table: 'parent', referent_columns: ['id'] },
    sql: {
      postgresql: [
        'ALTER TABLE "child" ADD CONSTRAINT "child_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "parent" ("id") NOT VALID;',
        'ALTER TABLE "child" VALIDATE CONSTRAINT "child_parent_id_fkey";',
      ],
      mysql: [
        'SET @lbaas_q = IF(EXISTS (SELECT 1 FROM `child` AS `c` WHERE `c`.`parent_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `parent` AS `p` WHERE `p`.`id` = `c`.`parent_id`)),',
        '    CONCAT(STOP, QUOTE(\'foreign key child_ibfk_1 not added: rows of child reference missing parent rows; fix or delete them, then run again\')), \'DO 0\');',
        'PREPARE lbaas_stmt FROM @lbaas_q;',
        'EXECUTE lbaas_stmt;',
        'SET @lbaas_fk_checks = @@SESSION.foreign_key_checks, SESSION foreign_key_checks = 0;',
        'ALTER TABLE `child` ADD CONSTRAINT `child_ibfk_1` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`), ALGORITHM=INPLACE, LOCK=NONE;',
        'SET SESSION foreign_key_checks = @lbaas_fk_checks;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_child" (',
        '    "id" INTEGER NOT NULL,',
        '    "parent_id" INTEGER,',
        '    CONSTRAINT "child_pkey" PRIMARY KEY ("id"),',
        '    CONSTRAINT "child_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "parent" ("id")',
        ');',
        'INSERT INTO "_lbaas_new_child" ("id", "parent_id")',
        '    SELECT "id", "parent_id" FROM "child";',
        'DROP TABLE "child";',
        'ALTER TABLE "_lbaas_new_child" RENAME TO "child";',
        'CREATE INDEX "ix_child_parent" ON "child" ("parent_id", "id");',
      ],
    },
  },
  {
    name: 'create_check_constraint',
    before: [parent(), seedParent],
    op: { op: 'create_check_constraint', name: 'ck_parent_name', table: 'parent', condition: "name <> ''" },
    rows: [parentRows],
    sql: {
      postgresql: [
        `ALTER TABLE "parent" ADD CONSTRAINT "ck_parent_name" CHECK (name <> '');`,
      ],
      mysql: [
        "ALTER TABLE `parent` ADD CONSTRAINT `ck_parent_name` CHECK (name <> '');",
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        `    "name" VARCHAR(50) NOT NULL DEFAULT 'none',`,
        '    CONSTRAINT "parent_pkey" PRIMARY KEY ("id"),',
        `    CONSTRAINT "ck_parent_name" CHECK (name <> '')`,
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "name")',
        '    SELECT "id", "name" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
      ],
    },
  },
  {
    name: 'drop_constraint: foreign key, named',
    before: [parent(), child({ foreign_keys: [{ name: 'fk_child_parent', columns: ['parent_id'], referent_table: 'parent', referent_columns: ['id'] }] }), seedParent, seedChild],
    op: { op: 'drop_constraint', name: 'fk_child_parent', table: 'child', type: 'foreignkey' },
    rows: [childRows],
    sql: {
      postgresql: [
        'ALTER TABLE "child" DROP CONSTRAINT "fk_child_parent";',
      ],
      mysql: [
        'ALTER TABLE `child` DROP FOREIGN KEY `fk_child_parent`, ALGORITHM=INPLACE, LOCK=NONE;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_child" (',
        '    "id" INTEGER NOT NULL,',
        '    "parent_id" INTEGER,',
        '    CONSTRAINT "child_pkey" PRIMARY KEY ("id")',
        ');',
        'INSERT INTO "_lbaas_new_child" ("id", "parent_id")',
        '    SELECT "id", "parent_id" FROM "child";',
        'DROP TABLE "child";',
        'ALTER TABLE "_lbaas_new_child" RENAME TO "child";',
      ],
    },
  },
  {
    name: 'drop_constraint: foreign key, implicit name on PostgreSQL and SQLite',
    before: [parent(), child(), seedParent, seedChild],
    rows: [childRows],
    op: { op: 'drop_constraint', name: 'child_parent_id_fkey', table: 'child', type: 'foreignkey', dialects: ['postgresql', 'sqlite'] },
    sql: {
      postgresql: [
        'ALTER TABLE "child" DROP CONSTRAINT "child_parent_id_fkey";',
      ],
      mysql: [],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_child" (',
        '    "id" INTEGER NOT NULL,',
        '    "parent_id" INTEGER,',
        '    CONSTRAINT "child_pkey" PRIMARY KEY ("id")',
        ');',
        'INSERT INTO "_lbaas_new_child" ("id", "parent_id")',
        '    SELECT "id", "parent_id" FROM "child";',
        'DROP TABLE "child";',
        'ALTER TABLE "_lbaas_new_child" RENAME TO "child";',
      ],
    },
  },
  {
    name: 'drop_constraint: foreign key, implicit name on MySQL',
    before: [parent(), child(), seedParent, seedChild],
    rows: [childRows],
    op: { op: 'drop_constraint', name: 'child_ibfk_1', table: 'child', type: 'foreignkey', dialects: ['mysql'] },
    sql: {
      postgresql: [],
      mysql: [
        'ALTER TABLE `child` DROP FOREIGN KEY `child_ibfk_1`, ALGORITHM=INPLACE, LOCK=NONE;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [],
    },
  },
  {
    name: 'drop_constraint: unique',
    before: [parent({ unique: [{ name: 'uq_parent_name', columns: ['name'] }] }), seedParent],
    op: { op: 'drop_constraint', name: 'uq_parent_name', table: 'parent', type: 'unique' },
    rows: [parentRows],
    sql: {
      postgresql: [
        'ALTER TABLE "parent" DROP CONSTRAINT "uq_parent_name";',
      ],
      mysql: [
        'ALTER TABLE `parent` DROP INDEX `uq_parent_name`, ALGORITHM=INPLACE, LOCK=NONE;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        `    "name" VARCHAR(50) NOT NULL DEFAULT 'none',`,
        '    CONSTRAINT "parent_pkey" PRIMARY KEY ("id")',
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "name")',
        '    SELECT "id", "name" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
      ],
    },
  },
  {
    name: 'drop_constraint: check',
    before: [parent({ checks: [{ name: 'ck_parent_id', condition: 'id > 0' }] }), seedParent],
    op: { op: 'drop_constraint', name: 'ck_parent_id', table: 'parent', type: 'check' },
    rows: [parentRows],
    sql: {
      postgresql: [
        'ALTER TABLE "parent" DROP CONSTRAINT "ck_parent_id";',
      ],
      mysql: [
        'ALTER TABLE `parent` DROP CONSTRAINT `ck_parent_id`;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        `    "name" VARCHAR(50) NOT NULL DEFAULT 'none',`,
        '    CONSTRAINT "parent_pkey" PRIMARY KEY ("id")',
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "name")',
        '    SELECT "id", "name" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
      ],
    },
  },
  {
    name: 'drop_constraint: primary key',
    before: [{ ...parent(), primary_key: { name: 'pk_parent', columns: ['id'] } }, seedParent],
    op: { op: 'drop_constraint', name: 'pk_parent', table: 'parent', type: 'primary', dialects: ['postgresql', 'sqlite'] },
    rows: [parentRows],
    sql: {
      postgresql: [
        'ALTER TABLE "parent" DROP CONSTRAINT "pk_parent";',
      ],
      mysql: [],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'CREATE TABLE "_lbaas_new_parent" (',
        '    "id" INTEGER NOT NULL,',
        `    "name" VARCHAR(50) NOT NULL DEFAULT 'none'`,
        ');',
        'INSERT INTO "_lbaas_new_parent" ("id", "name")',
        '    SELECT "id", "name" FROM "parent";',
        'DROP TABLE "parent";',
        'ALTER TABLE "_lbaas_new_parent" RENAME TO "parent";',
      ],
    },
  },
  {
    name: 'drop_constraint: primary key on MySQL',
    before: [parent(), seedParent],
    op: { op: 'drop_constraint', name: 'PRIMARY', table: 'parent', type: 'primary', dialects: ['mysql'] },
    rows: [parentRows],
    sql: {
      postgresql: [],
      mysql: [
        'ALTER TABLE `parent` DROP PRIMARY KEY;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [],
    },
  },
  {
    name: 'drop_constraint: no such constraint (refused)',
    before: [parent()],
    op: { op: 'drop_constraint', name: 'uq_nope', table: 'parent', type: 'unique' },
    sql: {
      postgresql: NOT_SUPPORTED('MD006', 'r2: drop_constraint: no unique constraint named "uq_nope" on parent (postgresql)'),
      mysql: NOT_SUPPORTED('MD006', 'r2: drop_constraint: no unique constraint named "uq_nope" on parent (mysql)'),
      mariadb: NOT_SUPPORTED('MD006', 'r2: drop_constraint: no unique constraint named "uq_nope" on parent (mariadb)'),
      sqlite: NOT_SUPPORTED('MD006', 'r2: drop_constraint: no unique constraint named "uq_nope" on parent (sqlite)'),
    },
  },
  // ------------------------------------------------------------------ execute
  {
    name: 'execute: one text for every dialect',
    before: [parent()],
    op: { op: 'execute', sql: "INSERT INTO parent (id, name) VALUES (7, 'seven');\n" },
    rows: [{ table: 'parent', columns: ['id', 'name'], order: 'id', rows: [[7, 'seven']] }],
    sql: {
      postgresql: [
        "INSERT INTO parent (id, name) VALUES (7, 'seven');",
      ],
      mysql: [
        "INSERT INTO parent (id, name) VALUES (7, 'seven');",
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        "INSERT INTO parent (id, name) VALUES (7, 'seven');",
      ],
    },
  },
  {
    name: 'execute: per-dialect text',
    before: [parent()],
    op: {
      op: 'execute',
      sql: {
        postgresql: "INSERT INTO parent (id, name) VALUES (1, 'pg' || 'sql')",
        mysql: "INSERT INTO parent (id, name) VALUES (1, CONCAT('my', 'sql'))",
        default: "INSERT INTO parent (id, name) VALUES (1, 'other')",
      },
    },
    sql: {
      postgresql: [
        "INSERT INTO parent (id, name) VALUES (1, 'pg' || 'sql');",
      ],
      mysql: [
        "INSERT INTO parent (id, name) VALUES (1, CONCAT('my', 'sql'));",
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        "INSERT INTO parent (id, name) VALUES (1, 'other');",
      ],
    },
  },
  {
    name: 'execute: restricted by dialects',
    before: [parent()],
    op: { op: 'execute', sql: "INSERT INTO parent (id, name) VALUES (3, 'lite')", dialects: ['sqlite'] },
    sql: {
      postgresql: [],
      mysql: [],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        "INSERT INTO parent (id, name) VALUES (3, 'lite');",
      ],
    },
  },
  {
    name: 'execute: no text for a dialect (refused there)',
    before: [parent()],
    op: { op: 'execute', sql: { postgresql: 'SELECT 1', mysql: 'SELECT 1' } },
    sql: {
      postgresql: [
        'SELECT 1;',
      ],
      mysql: [
        'SELECT 1;',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: NOT_SUPPORTED('DL002', 'r2: execute: execute has no SQL for sqlite'),
    },
  },
  // ------------------------------------------------------------------ bulk_insert
  {
    name: 'bulk_insert: quotes, backslashes, comments, newlines, unicode, NULL, booleans, numbers',
    before: [{
      op: 'create_table', table: 'blob_of_text',
      columns: [
        { name: 'id', type: 'integer', nullable: false }, { name: 'txt', type: 'text' }, { name: 'flag', type: 'boolean' },
        { name: 'num', type: 'numeric(12,4)' }, { name: 'big', type: 'bigint' }, { name: 'f', type: 'float' },
      ],
      primary_key: ['id'],
    }],
    op: {
      op: 'bulk_insert', table: 'blob_of_text',
      rows: [
        ...NASTY_STRINGS.map((txt, i) => ({ id: i + 1, txt, flag: i % 2 === 0, num: i + 0.125, big: -9007199254740991 + i, f: i / 4 })),
        { id: 100, txt: null, flag: null, num: null, big: null, f: null },
      ],
    },
    rows: [{
      table: 'blob_of_text', columns: ['id', 'txt', 'flag', 'num', 'big', 'f'], order: 'id',
      rows: [
        ...NASTY_STRINGS.map((txt, i) => [i + 1, txt, i % 2 === 0, i + 0.125, -9007199254740991 + i, i / 4]),
        [100, null, null, null, null, null],
      ],
    }],
    sql: {
      postgresql: [
        'INSERT INTO "blob_of_text" ("id", "txt", "flag", "num", "big", "f") VALUES',
        "    (1, 'it''s', true, 0.125, -9007199254740991, 0),",
        `    (2, 'say "hi"', false, 1.125, -9007199254740990, 0.25),`,
        "    (3, 'back`tick', true, 2.125, -9007199254740989, 0.5),",
        "    (4, 'semi; colon', false, 3.125, -9007199254740988, 0.75),",
        "    (5, '-- not a comment', true, 4.125, -9007199254740987, 1),",
        "    (6, '/* not a comment */', false, 5.125, -9007199254740986, 1.25),",
        "    (7, E'back\\\\slash', true, 6.125, -9007199254740985, 1.5),",
        "    (8, E'trailing\\\\', false, 7.125, -9007199254740984, 1.75),",
        "    (9, E'\\\\n is not a newline', true, 8.125, -9007199254740983, 2),",
        "    (10, 'line one",
        "line two', false, 9.125, -9007199254740982, 2.25),",
        "    (11, E'\\\\echo psql', true, 10.125, -9007199254740981, 2.5),",
        "    (12, '",
        '.tables',
        "', false, 11.125, -9007199254740980, 2.75),",
        "    (13, E'\\\\''; DROP TABLE parent; --', true, 12.125, -9007199254740979, 3),",
        "    (14, 'tab\there', false, 13.125, -9007199254740978, 3.25),",
        "    (15, 'crlf\r",
        "end', true, 14.125, -9007199254740977, 3.5),",
        "    (16, 'ünïcødé ✓ 日本語 😀', false, 15.125, -9007199254740976, 3.75),",
        "    (17, '$$ dollar $q$', true, 16.125, -9007199254740975, 4),",
        "    (18, '%_ like', false, 17.125, -9007199254740974, 4.25),",
        "    (19, '', true, 18.125, -9007199254740973, 4.5),",
        '    (100, NULL, NULL, NULL, NULL, NULL);',
      ],
      mysql: [
        'INSERT INTO `blob_of_text` (`id`, `txt`, `flag`, `num`, `big`, `f`) VALUES',
        "    (1, 'it''s', 1, 0.125, -9007199254740991, 0),",
        `    (2, 'say "hi"', 0, 1.125, -9007199254740990, 0.25),`,
        "    (3, 'back`tick', 1, 2.125, -9007199254740989, 0.5),",
        "    (4, 'semi; colon', 0, 3.125, -9007199254740988, 0.75),",
        "    (5, '-- not a comment', 1, 4.125, -9007199254740987, 1),",
        "    (6, '/* not a comment */', 0, 5.125, -9007199254740986, 1.25),",
        "    (7, 'back\\\\slash', 1, 6.125, -9007199254740985, 1.5),",
        "    (8, 'trailing\\\\', 0, 7.125, -9007199254740984, 1.75),",
        "    (9, '\\\\n is not a newline', 1, 8.125, -9007199254740983, 2),",
        "    (10, 'line one",
        "line two', 0, 9.125, -9007199254740982, 2.25),",
        "    (11, '\\\\echo psql', 1, 10.125, -9007199254740981, 2.5),",
        "    (12, '",
        '.tables',
        "', 0, 11.125, -9007199254740980, 2.75),",
        "    (13, '\\\\''; DROP TABLE parent; --', 1, 12.125, -9007199254740979, 3),",
        "    (14, 'tab\there', 0, 13.125, -9007199254740978, 3.25),",
        "    (15, 'crlf\\r",
        "end', 1, 14.125, -9007199254740977, 3.5),",
        "    (16, 'ünïcødé ✓ 日本語 😀', 0, 15.125, -9007199254740976, 3.75),",
        "    (17, '$$ dollar $q$', 1, 16.125, -9007199254740975, 4),",
        "    (18, '%_ like', 0, 17.125, -9007199254740974, 4.25),",
        "    (19, '', 1, 18.125, -9007199254740973, 4.5),",
        '    (100, NULL, NULL, NULL, NULL, NULL);',
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'INSERT INTO "blob_of_text" ("id", "txt", "flag", "num", "big", "f") VALUES',
        "    (1, 'it''s', 1, 0.125, -9007199254740991, 0),",
        `    (2, 'say "hi"', 0, 1.125, -9007199254740990, 0.25),`,
        "    (3, 'back`tick', 1, 2.125, -9007199254740989, 0.5),",
        "    (4, 'semi; colon', 0, 3.125, -9007199254740988, 0.75),",
        "    (5, '-- not a comment', 1, 4.125, -9007199254740987, 1),",
        "    (6, '/* not a comment */', 0, 5.125, -9007199254740986, 1.25),",
        "    (7, 'back\\slash', 1, 6.125, -9007199254740985, 1.5),",
        "    (8, 'trailing\\', 0, 7.125, -9007199254740984, 1.75),",
        "    (9, '\\n is not a newline', 1, 8.125, -9007199254740983, 2),",
        "    (10, 'line one",
        "line two', 0, 9.125, -9007199254740982, 2.25),",
        "    (11, '\\echo psql', 1, 10.125, -9007199254740981, 2.5),",
        "    (12, '",
        '.tables',
        "', 0, 11.125, -9007199254740980, 2.75),",
        "    (13, '\\''; DROP TABLE parent; --', 1, 12.125, -9007199254740979, 3),",
        "    (14, 'tab\there', 0, 13.125, -9007199254740978, 3.25),",
        "    (15, ('crlf' || char(13) || '",
        "end'), 1, 14.125, -9007199254740977, 3.5),",
        "    (16, 'ünïcødé ✓ 日本語 😀', 0, 15.125, -9007199254740976, 3.75),",
        "    (17, '$$ dollar $q$', 1, 16.125, -9007199254740975, 4),",
        "    (18, '%_ like', 0, 17.125, -9007199254740974, 4.25),",
        "    (19, '', 1, 18.125, -9007199254740973, 4.5),",
        '    (100, NULL, NULL, NULL, NULL, NULL);',
      ],
    },
  },
  {
    name: 'bulk_insert: rows with different column sets',
    before: [parent()],
    op: { op: 'bulk_insert', table: 'parent', rows: [{ id: 1, name: 'a' }, { id: 2, name: 'b' }, { id: 3 }, { name: 'd', id: 4 }] },
    rows: [{ table: 'parent', columns: ['id', 'name'], order: 'id', rows: [[1, 'a'], [2, 'b'], [3, 'none'], [4, 'd']] }],
    sql: {
      postgresql: [
        'INSERT INTO "parent" ("id", "name") VALUES',
        "    (1, 'a'),",
        "    (2, 'b');",
        'INSERT INTO "parent" ("id") VALUES',
        '    (3);',
        'INSERT INTO "parent" ("name", "id") VALUES',
        "    ('d', 4);",
      ],
      mysql: [
        'INSERT INTO `parent` (`id`, `name`) VALUES',
        "    (1, 'a'),",
        "    (2, 'b');",
        'INSERT INTO `parent` (`id`) VALUES',
        '    (3);',
        'INSERT INTO `parent` (`name`, `id`) VALUES',
        "    ('d', 4);",
      ],
      mariadb: SAME_AS_MYSQL,
      sqlite: [
        'INSERT INTO "parent" ("id", "name") VALUES',
        "    (1, 'a'),",
        "    (2, 'b');",
        'INSERT INTO "parent" ("id") VALUES',
        '    (3);',
        'INSERT INTO "parent" ("name", "id") VALUES',
        "    ('d', 4);",
      ],
    },
  },
];
