/**
 * revision --autogenerate end to end, per engine: a target DDL (the schema at
 * heads with a dozen changes, rendered with the project's templates) goes
 * through the BUILT program into revision files; those compile, run on a real
 * database, and the catalog then equals (a) the catalog of a second database
 * where the target DDL was applied directly and (b) the compiler's model.
 * The downgrade brings the catalog back to the model at the old heads.
 * --from-db does the same with drift made by hand on a live database.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { family, type Dialect } from '../../src/core/dialect.js';
import { foreignKeyName, primaryKeyName, uniqueName } from '../../src/model/constraint-names.js';
import { cloneSchema, type Schema, type Table } from '../../src/model/schema.js';
import { compareWithModel, diffCatalog, readCatalog, readVersions } from '../support/catalog.js';
import { describeEngine, type ScratchDb } from '../support/engines.js';
import { applySql, connectionUrl, headsOf, modelAt, modelDdl, ok, project, requireBuilt, revisionFiles, runCli } from './project.js';

const origin = { file: '(test)', path: [] };

/** The target: the model at heads with additive and destructive changes of every kind the diff knows. */
function target(heads: Schema, d: Dialect): Schema {
  const s = cloneSchema(heads);
  const t = (n: string) => s.tables.get(n)!;
  const col = (name: string, type: Table['columns'][number]['type'], nullable: boolean, dflt: Table['columns'][number]['default'] = null) => ({
    name,
    type,
    nullable,
    default: dflt,
    autoincrement: false,
    origin,
  });
  // a new table with a primary key, an unnamed unique key, a foreign key with ON DELETE, an index and defaults
  const w: Table = { name: 'lbaas_widgets', columns: [], primaryKey: null, uniques: [], foreignKeys: [], checks: [], indexes: [], external: false, origin };
  w.columns.push(
    col('id', { kind: 'string', length: 36 }, false),
    col('loadbalancer_id', { kind: 'string', length: 36 }, false),
    col('kind', { kind: 'string', length: 16 }, false, { kind: 'string', value: 'plain' }),
    col('weight', { kind: 'integer' }, true, { kind: 'number', value: '1' }),
  );
  w.primaryKey = { name: primaryKeyName(d, w.name), explicit: false, columns: ['id'], origin };
  w.uniques.push({ name: uniqueName(d, w, ['loadbalancer_id', 'kind']), explicit: false, columns: ['loadbalancer_id', 'kind'], origin });
  w.foreignKeys.push({
    name: foreignKeyName(d, w, ['loadbalancer_id']),
    explicit: false,
    columns: ['loadbalancer_id'],
    refTable: 'lbaas_loadbalancers',
    refColumns: ['id'],
    ondelete: 'CASCADE',
    origin,
  });
  w.indexes.push({ name: 'ix_lbaas_widgets_kind', explicit: true, columns: ['kind'], unique: false, origin });
  s.tables.set(w.name, w);
  // new columns: nullable, NOT NULL with a default, NOT NULL without one (split: nullable, then NOT NULL)
  t('lbaas_members').columns.push(
    col('note', { kind: 'string', length: 40 }, true),
    col('flag', { kind: 'boolean' }, false, { kind: 'boolean', value: false }),
  );
  t('lbaas_loadbalancers').columns.push(col('tier', { kind: 'string', length: 16 }, false));
  // a dropped column, and a drop + add of the same type (flagged as a possible rename)
  t('lbaas_healthmonitors').columns = t('lbaas_healthmonitors').columns.filter((c) => c.name !== 'max_retries_down');
  const sni = t('lbaas_sni');
  sni.columns = sni.columns.filter((c) => c.name !== 'position');
  sni.columns.push(col('pos', { kind: 'integer' }, true));
  // a wider string, one more enum value, NOT NULL, a new default
  t('lbaas_pools').columns.find((c) => c.name === 'name')!.type = { kind: 'string', length: 300 };
  const proto = t('lbaas_listeners').columns.find((c) => c.name === 'protocol')!;
  if (proto.type.kind !== 'enum') throw new Error('lbaas_listeners.protocol is no longer an enum');
  proto.type = { ...proto.type, values: [...proto.type.values, 'UDP'] };
  if (s.enums.has(proto.type.name)) s.enums.get(proto.type.name)!.values = [...proto.type.values];
  t('lbaas_members').columns.find((c) => c.name === 'name')!.nullable = false;
  t('lbaas_pools').columns.find((c) => c.name === 'admin_state_up')!.default = { kind: 'boolean', value: true };
  // indexes and keys: one dropped, one added, a new unnamed unique key, a dropped foreign key
  t('lbaas_pools').indexes = t('lbaas_pools').indexes.filter((i) => i.name !== 'ix_lbaas_pools_project_id');
  t('lbaas_members').indexes.push({ name: 'ix_lbaas_members_subnet_id', explicit: true, columns: ['subnet_id'], unique: false, origin });
  const hm = t('lbaas_healthmonitors');
  hm.uniques.push({ name: uniqueName(d, hm, ['name', 'project_id']), explicit: false, columns: ['name', 'project_id'], origin });
  sni.foreignKeys = sni.foreignKeys.filter((f) => f.refTable !== 'lbaas_listeners');
  return s;
}

for (const dialect of ['postgresql', 'mysql', 'sqlite'] as Dialect[]) {
  describeEngine(dialect, 'revision --autogenerate against a target DDL', (engine) => {
    let p: ReturnType<typeof project>;
    let migrated: ScratchDb;
    let direct: ScratchDb;
    let oldHeads: string[];
    let written: string[];
    let wanted: Schema;

    beforeAll(async () => {
      requireBuilt();
      p = project();
      oldHeads = headsOf(p.dir);
      wanted = target(modelAt(oldHeads, dialect, p.dir), dialect);
      writeFileSync(join(p.dir, 'target.sql'), modelDdl(wanted, dialect));
      [migrated, direct] = await Promise.all([engine.scratch(), engine.scratch()]);
    }, 300_000);
    afterAll(() => p?.remove());

    it('writes an expand and a contract revision, says so, and flags the possible rename', async () => {
      const before = revisionFiles(p.dir);
      const r = ok(await runCli(['--dialect', dialect, 'revision', '--autogenerate', '-m', 'widgets and more', '--target-ddl', 'target.sql'], p.dir));
      written = revisionFiles(p.dir).filter((f) => !before.includes(f));
      expect(written).toHaveLength(2);
      expect(r.stdout).toMatch(/2 revision files written \(expand [0-9a-f]{12}, contract [0-9a-f]{12}, which depends on it\)/);
      const expand = written.find((f) => f.includes('/expand/'))!;
      const contract = written.find((f) => f.includes('/contract/'))!;
      expect(expand).toBeDefined();
      expect(contract).toBeDefined();
      const e = readFileSync(join(p.dir, expand), 'utf8');
      const c = readFileSync(join(p.dir, contract), 'utf8');
      expect(e).toContain('"op": "create_table"');
      expect(e).toContain('"table": "lbaas_widgets"');
      expect(c).toContain('{ "op": "drop_column", "table": "lbaas_healthmonitors", "column": "max_retries_down" }');
      expect(c).toContain('"depends_on": [');
      // NOT NULL without a default: added nullable (expand), made NOT NULL (contract)
      expect(e).toMatch(/"name": "tier", "type": "string\(16\)", "nullable": true/);
      expect(c).toContain('{ "op": "alter_column", "table": "lbaas_loadbalancers", "column": "tier", "nullable": false }');
      // a drop and an add of the same type are flagged for the author, next to the ops
      expect(e + c).toMatch(/\/\/ possible rename: lbaas_sni\.position -> lbaas_sni\.pos/);
      // the contract revision depends on the expand one, so it is the only head
      const contractId = /"revision": "([0-9a-f]{12})"/.exec(c)![1]!;
      expect(headsOf(p.dir)).toEqual([contractId]);
    }, 180_000);

    it('the new heads applied to a real database give the catalog the target DDL gives', async () => {
      await applySql(migrated, p.dir, ['bootstrap']);
      await applySql(migrated, p.dir, ['upgrade', 'heads']);
      // the second database gets the target DDL directly, with the external tables that exist at heads
      const r = await direct.apply(modelDdl(wanted, dialect, { external: true }));
      expect(r.code, r.stderr).toBe(0);
      const [a, b] = await Promise.all([readCatalog(migrated), readCatalog(direct)]);
      expect(diffCatalog(b, a)).toEqual([]);
      // and the compiler's own model of the new heads agrees
      expect(await compareWithModel(migrated, modelAt(headsOf(p.dir), dialect, p.dir))).toEqual([]);
      // the target differs from the old heads, so the comparison above could fail
      expect(diffCatalog(b, await readCatalogOf(modelAt(oldHeads, dialect, p.dir), migrated)).length).toBeGreaterThan(10);
    }, 180_000);

    it('a second autogenerate against the same target finds nothing to do', async () => {
      const r = ok(await runCli(['--dialect', dialect, 'revision', '--autogenerate', '-m', 'again', '--target-ddl', 'target.sql'], p.dir));
      expect(r.stdout).toMatch(/^No changes in schema detected against target\.sql; no revision written\.\n$/);
    }, 180_000);

    it('the downgrade of both revisions returns the catalog to the old heads', async () => {
      const newHeads = headsOf(p.dir).join(',');
      await applySql(migrated, p.dir, ['downgrade', `${newHeads}:${oldHeads.join(',')}`]);
      expect(await readVersions(migrated)).toEqual([...oldHeads].sort());
      expect(await compareWithModel(migrated, modelAt(oldHeads, dialect, p.dir))).toEqual([]);
    }, 180_000);
  });

  describeEngine(dialect, 'revision --autogenerate --from-db (drift)', (engine) => {
    let p: ReturnType<typeof project>;
    let live: ScratchDb;
    let fresh: ScratchDb;

    beforeAll(async () => {
      requireBuilt();
      p = project();
      [live, fresh] = await Promise.all([engine.scratch(), engine.scratch()]);
      await applySql(live, p.dir, ['bootstrap']);
      await applySql(live, p.dir, ['upgrade', 'heads']);
    }, 300_000);
    afterAll(() => p?.remove());

    it('a database at heads has no drift', async () => {
      const r = ok(await runCli(['revision', '--autogenerate', '--from-db', '-m', 'drift'], p.dir, { LBAAS_DB_CONNECTION: connectionUrl(live) }));
      expect(r.stdout).toMatch(/^No changes in schema detected against the database at .*; no revision written\.\n$/);
    }, 180_000);

    it('changes made by hand become revisions; a fresh database upgraded with them matches the live one', async () => {
      const drift = [
        "ALTER TABLE lbaas_members ADD COLUMN note VARCHAR(40) DEFAULT 'n/a'",
        'CREATE INDEX ix_lbaas_members_note ON lbaas_members (note)',
        family(dialect) === 'mysql' ? 'DROP INDEX ix_lbaas_pools_project_id ON lbaas_pools' : 'DROP INDEX ix_lbaas_pools_project_id',
        'CREATE TABLE lbaas_notes (id INTEGER NOT NULL, body TEXT, PRIMARY KEY (id))',
      ]
        .map((s) => `${s};\n`)
        .join('');
      const applied = await live.apply(drift);
      expect(applied.code, applied.stderr).toBe(0);
      const before = revisionFiles(p.dir);
      const r = ok(await runCli(['revision', '--autogenerate', '--from-db', '-m', 'drift'], p.dir, { LBAAS_DB_CONNECTION: connectionUrl(live) }));
      expect(revisionFiles(p.dir).filter((f) => !before.includes(f))).toHaveLength(2);
      expect(r.stdout).toMatch(/The database already has these changes: once reviewed, record that with 'stamp [0-9a-f]{12},[0-9a-f]{12}'/);
      await applySql(fresh, p.dir, ['bootstrap']);
      await applySql(fresh, p.dir, ['upgrade', 'heads']);
      expect(diffCatalog(await readCatalog(live), await readCatalog(fresh))).toEqual([]);
      // after a stamp, the live database shows no drift any more
      ok(await runCli(['stamp', 'heads', '--no-guard'], p.dir, { LBAAS_DB_CONNECTION: connectionUrl(live) }));
      const again = ok(await runCli(['revision', '--autogenerate', '--from-db', '-m', 'drift'], p.dir, { LBAAS_DB_CONNECTION: connectionUrl(live) }));
      expect(again.stdout).toMatch(/^No changes in schema detected/);
    }, 180_000);
  });
}

/** The catalog a model describes, in the catalog module's normalized form (via compareWithModel's projection). */
async function readCatalogOf(schema: Schema, db: ScratchDb) {
  const { expectedCatalog } = await import('../support/catalog.js');
  return expectedCatalog(schema, db.dialect);
}
