/**
 * Proves the catalog harness itself on every engine: a hand-written DDL script per dialect,
 * the equivalent hand-built Schema, and the comparator must agree — and must disagree when
 * the model is changed.
 */
import { describe, expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import type { SourceRef } from '../../src/core/source.js';
import type { ColumnType, Default } from '../../src/core/types.js';
import { cloneSchema, emptySchema, type Column, type Schema, type Table } from '../../src/model/schema.js';
import { canonicalDefault, compareWithModel, diffCatalog, expectedCatalog, readCatalog, readVersions } from './catalog.js';
import { assertApplied, describeEngine } from './engines.js';

const origin: SourceRef = { file: 'test/support/catalog.test.ts', path: [] };
const STATUS: ColumnType = { kind: 'enum', name: 'lb_status', values: ['active', 'pending', "it's-down"] };

const str = (value: string): Default => ({ kind: 'string', value });
const num = (value: string): Default => ({ kind: 'number', value });
const boolean = (value: boolean): Default => ({ kind: 'boolean', value });
const expr = (value: 'CURRENT_TIMESTAMP' | 'CURRENT_DATE' | 'NULL'): Default => ({ kind: 'expr', value });

function col(name: string, type: ColumnType, opts: { nullable?: boolean; default?: Default; autoincrement?: boolean } = {}): Column {
  return { name, type, nullable: opts.nullable ?? true, default: opts.default ?? null, autoincrement: opts.autoincrement ?? false, origin };
}

function table(name: string, columns: Column[], rest: Partial<Omit<Table, 'name' | 'columns'>> = {}): Table {
  return { name, columns, primaryKey: null, uniques: [], foreignKeys: [], checks: [], indexes: [], external: false, origin, ...rest };
}

const named = <T extends object>(name: string, explicit: boolean, x: T) => ({ name, explicit, origin, ...x });

/** The model of the DDL below, with the names each engine gives unnamed constraints. */
function buildSchema(dialect: Dialect): Schema {
  const pg = dialect === 'postgresql';
  const my = dialect === 'mysql' || dialect === 'mariadb';
  const s = emptySchema();
  if (pg) s.enums.set('lb_status', { name: 'lb_status', values: ['active', 'pending', "it's-down"], origin });

  s.tables.set(
    'lb_health_monitors',
    table(
      'lb_health_monitors',
      [
        col('id', { kind: 'integer' }, { nullable: false }),
        col('type', { kind: 'string', length: 16 }, { nullable: false }),
        col('delay', { kind: 'integer' }, { nullable: false, default: num('5') }),
      ],
      { primaryKey: named(pg ? 'lb_health_monitors_pkey' : 'PRIMARY', false, { columns: ['id'] }) },
    ),
  );

  const healthFk = pg ? 'lb_pools_health_id_fkey' : my ? 'lb_pools_ibfk_1' : 'fk_unnamed';
  s.tables.set(
    'lb_pools',
    table(
      'lb_pools',
      [
        col('id', { kind: 'integer' }, { nullable: false, autoincrement: true }),
        col('name', { kind: 'string', length: 64 }, { nullable: false, default: str('pool') }),
        col('description', { kind: 'text' }),
        col('port', { kind: 'integer' }, { nullable: false, default: num('80') }),
        col('weight', { kind: 'smallint' }, { default: num('1') }),
        col('bytes_in', { kind: 'bigint' }, { default: str('0') }),
        col('enabled', { kind: 'boolean' }, { nullable: false, default: boolean(true) }),
        col('ratio', { kind: 'float' }, { default: num('1.5') }),
        col('price', { kind: 'numeric', precision: 10, scale: 2 }, { default: num('1.5') }),
        col('created_on', { kind: 'date' }, { default: expr('CURRENT_DATE') }),
        col('created_at', { kind: 'datetime' }, { default: expr('CURRENT_TIMESTAMP') }),
        col('updated_at', { kind: 'timestamp' }, { default: expr('NULL') }),
        col('not_before', { kind: 'datetime' }, { default: str('2020-01-01') }),
        col('payload', { kind: 'binary' }),
        col('status', STATUS, { nullable: false, default: str('active') }),
        col('tenant', { kind: 'string', length: 36 }),
        col('health_id', { kind: 'integer' }),
      ],
      {
        primaryKey: named(pg ? 'pk_lb_pools' : 'PRIMARY', true, { columns: ['id'] }),
        uniques: [
          named('uq_lb_pools_name', true, { columns: ['name', 'tenant'] }),
          named(pg ? 'lb_pools_tenant_port_key' : 'tenant', false, { columns: ['tenant', 'port'] }),
        ],
        foreignKeys: [named(healthFk, false, { columns: ['health_id'], refTable: 'lb_health_monitors', refColumns: ['id'] })],
        checks: [
          named('ck_lb_pools_port', true, { condition: 'port > 0 AND port < 65536' }),
          named('ck_lb_pools_weight', true, { condition: 'weight BETWEEN 0 AND 256' }),
          named('ck_lb_pools_name', true, { condition: "length(name) > 0 AND status <> 'pending' OR enabled = false" }),
        ],
        // MySQL indexes a foreign key that has no usable index by itself, named after the column here.
        indexes: my ? [named('health_id', false, { columns: ['health_id'], unique: false, implicitFor: healthFk })] : [],
      },
    ),
  );

  s.tables.set(
    'lb_members',
    table(
      'lb_members',
      [
        col('id', { kind: 'bigint' }, { nullable: false, autoincrement: true }),
        col('pool_id', { kind: 'integer' }, { nullable: false }),
        col('address', { kind: 'string', length: 46 }, { nullable: false }),
        col('port', { kind: 'integer' }, { nullable: false }),
        col('backup', { kind: 'boolean' }, { nullable: false, default: boolean(false) }),
      ],
      {
        primaryKey: named(pg ? 'pk_lb_members' : 'PRIMARY', true, { columns: ['id'] }),
        foreignKeys: [
          named('fk_lb_members_pool', true, {
            columns: ['pool_id'],
            refTable: 'lb_pools',
            refColumns: ['id'],
            ondelete: 'CASCADE' as const,
          }),
        ],
        indexes: [
          named('ix_lb_members_address', true, { columns: ['address'], unique: false }),
          named('ux_lb_members_address_port', true, { columns: ['address', 'port'], unique: true }),
          ...(my ? [named('fk_lb_members_pool', false, { columns: ['pool_id'], unique: false, implicitFor: 'fk_lb_members_pool' })] : []),
        ],
      },
    ),
  );
  return s;
}

const DDL: Record<'postgresql' | 'mysql' | 'sqlite', string> = {
  postgresql: `
CREATE TYPE lb_status AS ENUM ('active', 'pending', 'it''s-down');

CREATE TABLE lb_health_monitors (
    id INTEGER NOT NULL,
    type VARCHAR(16) NOT NULL,
    delay INTEGER DEFAULT 5 NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE lb_pools (
    id SERIAL NOT NULL,
    name VARCHAR(64) DEFAULT 'pool' NOT NULL,
    description TEXT,
    port INTEGER DEFAULT 80 NOT NULL,
    weight SMALLINT DEFAULT 1,
    bytes_in BIGINT DEFAULT '0',
    enabled BOOLEAN DEFAULT true NOT NULL,
    ratio FLOAT DEFAULT 1.5,
    price NUMERIC(10, 2) DEFAULT 1.50,
    created_on DATE DEFAULT CURRENT_DATE,
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITHOUT TIME ZONE DEFAULT NULL,
    not_before TIMESTAMP WITHOUT TIME ZONE DEFAULT '2020-01-01',
    payload BYTEA,
    status lb_status DEFAULT 'active' NOT NULL,
    tenant VARCHAR(36),
    health_id INTEGER,
    CONSTRAINT pk_lb_pools PRIMARY KEY (id),
    CONSTRAINT uq_lb_pools_name UNIQUE (name, tenant),
    UNIQUE (tenant, port),
    FOREIGN KEY(health_id) REFERENCES lb_health_monitors (id),
    CONSTRAINT ck_lb_pools_port CHECK (port > 0 AND port < 65536),
    CONSTRAINT ck_lb_pools_weight CHECK (weight BETWEEN 0 AND 256),
    CONSTRAINT ck_lb_pools_name CHECK (length(name) > 0 AND status <> 'pending' OR enabled = false)
);

CREATE TABLE lb_members (
    id BIGSERIAL NOT NULL,
    pool_id INTEGER NOT NULL,
    address VARCHAR(46) NOT NULL,
    port INTEGER NOT NULL,
    backup BOOLEAN DEFAULT false NOT NULL,
    CONSTRAINT pk_lb_members PRIMARY KEY (id),
    CONSTRAINT fk_lb_members_pool FOREIGN KEY(pool_id) REFERENCES lb_pools (id) ON DELETE CASCADE
);

CREATE INDEX ix_lb_members_address ON lb_members (address);
CREATE UNIQUE INDEX ux_lb_members_address_port ON lb_members (address, port);
`,
  mysql: `
CREATE TABLE lb_health_monitors (
    id INTEGER NOT NULL,
    type VARCHAR(16) NOT NULL,
    delay INTEGER NOT NULL DEFAULT 5,
    PRIMARY KEY (id)
);

CREATE TABLE lb_pools (
    id INTEGER NOT NULL AUTO_INCREMENT,
    name VARCHAR(64) NOT NULL DEFAULT 'pool',
    description TEXT,
    port INTEGER NOT NULL DEFAULT 80,
    weight SMALLINT DEFAULT 1,
    bytes_in BIGINT DEFAULT '0',
    enabled BOOL NOT NULL DEFAULT true,
    ratio FLOAT DEFAULT 1.5,
    price NUMERIC(10, 2) DEFAULT 1.50,
    created_on DATE DEFAULT CURRENT_DATE,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NULL DEFAULT NULL,
    not_before DATETIME DEFAULT '2020-01-01',
    payload BLOB,
    status ENUM('active','pending','it''s-down') NOT NULL DEFAULT 'active',
    tenant VARCHAR(36),
    health_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT uq_lb_pools_name UNIQUE (name, tenant),
    UNIQUE (tenant, port),
    FOREIGN KEY(health_id) REFERENCES lb_health_monitors (id),
    CONSTRAINT ck_lb_pools_port CHECK (port > 0 AND port < 65536),
    CONSTRAINT ck_lb_pools_weight CHECK (weight BETWEEN 0 AND 256),
    CONSTRAINT ck_lb_pools_name CHECK (length(name) > 0 AND status <> 'pending' OR enabled = false)
);

CREATE TABLE lb_members (
    id BIGINT NOT NULL AUTO_INCREMENT,
    pool_id INTEGER NOT NULL,
    address VARCHAR(46) NOT NULL,
    port INTEGER NOT NULL,
    backup BOOL NOT NULL DEFAULT false,
    PRIMARY KEY (id),
    CONSTRAINT fk_lb_members_pool FOREIGN KEY(pool_id) REFERENCES lb_pools (id) ON DELETE CASCADE
);

CREATE INDEX ix_lb_members_address ON lb_members (address);
CREATE UNIQUE INDEX ux_lb_members_address_port ON lb_members (address, port);
`,
  sqlite: `
CREATE TABLE lb_health_monitors (
    id INTEGER NOT NULL,
    type VARCHAR(16) NOT NULL,
    delay INTEGER DEFAULT 5 NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE lb_pools (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    name VARCHAR(64) DEFAULT 'pool' NOT NULL,
    description TEXT,
    port INTEGER DEFAULT 80 NOT NULL,
    weight SMALLINT DEFAULT 1,
    bytes_in BIGINT DEFAULT '0',
    enabled BOOLEAN DEFAULT 1 NOT NULL,
    ratio FLOAT DEFAULT 1.5,
    price NUMERIC(10, 2) DEFAULT 1.50,
    created_on DATE DEFAULT CURRENT_DATE,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT NULL,
    not_before DATETIME DEFAULT '2020-01-01',
    payload BLOB,
    status VARCHAR(9) DEFAULT 'active' NOT NULL,
    tenant VARCHAR(36),
    health_id INTEGER,
    CONSTRAINT uq_lb_pools_name UNIQUE (name, tenant),
    UNIQUE (tenant, port),
    FOREIGN KEY(health_id) REFERENCES lb_health_monitors (id),
    CONSTRAINT ck_lb_pools_port CHECK (port > 0 AND port < 65536),
    CONSTRAINT ck_lb_pools_weight CHECK (weight BETWEEN 0 AND 256),
    CONSTRAINT ck_lb_pools_name CHECK (length(name) > 0 AND status <> 'pending' OR enabled = false),
    CONSTRAINT ck_lb_pools_status CHECK (status IN ('active', 'pending', 'it''s-down'))
);

CREATE TABLE lb_members (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    pool_id INTEGER NOT NULL,
    address VARCHAR(46) NOT NULL,
    port INTEGER NOT NULL,
    backup BOOLEAN DEFAULT 0 NOT NULL,
    CONSTRAINT fk_lb_members_pool FOREIGN KEY(pool_id) REFERENCES lb_pools (id) ON DELETE CASCADE
);

CREATE INDEX ix_lb_members_address ON lb_members (address);
CREATE UNIQUE INDEX ux_lb_members_address_port ON lb_members (address, port);
`,
};

const VERSION_DDL = `
CREATE TABLE alembic_version_lbaas (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_lbaas_pkc PRIMARY KEY (version_num)
);
INSERT INTO alembic_version_lbaas (version_num) VALUES ('b2c3');
INSERT INTO alembic_version_lbaas (version_num) VALUES ('a1f0');
`;

const CASES: { dialect: Dialect; ddl: string; via?: 'cli' | 'driver' }[] = [
  { dialect: 'postgresql', ddl: DDL.postgresql },
  { dialect: 'mysql', ddl: DDL.mysql },
  { dialect: 'mariadb', ddl: DDL.mysql },
  { dialect: 'sqlite', ddl: DDL.sqlite, via: 'cli' },
  { dialect: 'sqlite', ddl: DDL.sqlite, via: 'driver' },
];

describe('canonicalDefault', () => {
  it('applies the column type', () => {
    expect(canonicalDefault('1', 'BOOL')).toBe('true');
    expect(canonicalDefault('f', 'BOOLEAN')).toBe('false');
    expect(canonicalDefault('1.50', 'NUMERIC(10, 2)')).toBe('1.5');
    expect(canonicalDefault('2020-01-01', 'DATETIME')).toBe('2020-01-01 00:00:00');
    expect(canonicalDefault('2020-01-01', 'DATE')).toBe('2020-01-01');
    expect(canonicalDefault('1.50', 'VARCHAR(4)')).toBe('1.50');
    expect(canonicalDefault(null, 'TEXT')).toBeNull();
  });
});

for (const { dialect, ddl, via } of CASES) {
  describeEngine(dialect, `catalog harness${via ? ` via ${via}` : ''}`, (engine) => {
    it('reads back exactly the hand-built model', async () => {
      const db = await engine.scratch();
      assertApplied(await db.apply(ddl, { via }), `${dialect} DDL`);
      const actual = await readCatalog(db);
      const expected = expectedCatalog(buildSchema(dialect), dialect);
      expect(diffCatalog(expected, actual)).toEqual([]);
      expect(actual).toEqual(expected);
      expect(actual.tables.map((t) => t.name)).toEqual(['lb_health_monitors', 'lb_members', 'lb_pools']);
      expect(await compareWithModel(db, buildSchema(dialect))).toEqual([]);
      // Leaving a table out on both sides is not a difference.
      expect(await compareWithModel(db, buildSchema(dialect), { ignoreTables: ['lb_members'] })).toEqual([]);
    });

    it('names the column whose nullability differs from the model', async () => {
      const db = await engine.scratch();
      assertApplied(await db.apply(ddl, { via }), `${dialect} DDL`);
      const schema = cloneSchema(buildSchema(dialect));
      schema.tables.get('lb_members')!.columns.find((c) => c.name === 'address')!.nullable = true;
      const diffs = diffCatalog(expectedCatalog(schema, dialect), await readCatalog(db));
      expect(diffs).toEqual(['table lb_members, column address: nullable: expected true, actual false']);
    });

    it('reports changed checks, defaults, FK actions and missing indexes', async () => {
      const db = await engine.scratch();
      assertApplied(await db.apply(ddl, { via }), `${dialect} DDL`);
      const schema = cloneSchema(buildSchema(dialect));
      const pools = schema.tables.get('lb_pools')!;
      pools.checks.find((c) => c.name === 'ck_lb_pools_port')!.condition = 'port > 0 AND port < 65535';
      pools.columns.find((c) => c.name === 'port')!.default = num('81');
      const members = schema.tables.get('lb_members')!;
      members.foreignKeys[0]!.ondelete = 'SET NULL';
      members.indexes.push({ name: 'ix_lb_members_port', explicit: true, origin, columns: ['port'], unique: false });
      const diffs = diffCatalog(expectedCatalog(schema, dialect), await readCatalog(db));
      expect(diffs.some((d) => d.includes('check ck_lb_pools_port: condition'))).toBe(true);
      expect(diffs).toContain('table lb_pools, column port: default: expected "81", actual "80"');
      expect(diffs.some((d) => d.includes('on delete: expected "SET NULL", actual "CASCADE"'))).toBe(true);
      expect(diffs.some((d) => d.startsWith('table lb_members: missing index ix_lb_members_port'))).toBe(true);
      expect(diffs).toHaveLength(4);
    });

    it('reads the version table separately and leaves it out of the catalog', async () => {
      const db = await engine.scratch();
      expect(await readVersions(db)).toBeNull();
      assertApplied(await db.apply(VERSION_DDL, { via }), 'version table');
      expect(await readVersions(db)).toEqual(['a1f0', 'b2c3']);
      expect((await readCatalog(db)).tables).toEqual([]);
    });

    it('reports a failing script with a non-zero code and the error, never throwing', async () => {
      const db = await engine.scratch();
      const r = await db.apply('CREATE TABLE ok_1 (id INTEGER);\nCREATE TABLE broken (id INTEGER,;\nCREATE TABLE never_2 (id INTEGER);\n', { via });
      expect(r.code).not.toBe(0);
      expect(r.stderr).not.toBe('');
      // Stops at the first error: the statement after it never ran.
      const names = (await readCatalog(db)).tables.map((t) => t.name);
      expect(names).not.toContain('never_2');
    });
  });
}
