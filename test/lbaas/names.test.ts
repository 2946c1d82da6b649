/**
 * The names neutron-lbaas's own migrations gave constraints, indexes and enum
 * types on each engine, read back from the catalog of a real database built
 * with the committed bundles. Deployed databases carry these names, and later
 * revisions (ours and any written after) drop or re-create objects by them, so
 * they are facts to keep, not details of the compiler.
 *
 * Where the facts come from (neutron_lbaas/db/migration/alembic_migrations/versions):
 *  - lbaasv2: unnamed UniqueConstraint('default_pool_id') and two unnamed
 *    ForeignKeyConstraints on lbaas_listeners (loadbalancer_id, then
 *    default_pool_id); unnamed UniqueConstraint('healthmonitor_id') and FK on
 *    lbaas_pools; named fk_lbaas_loadbalancers_ports_id, uniq_pool_address_port_v2,
 *    uniq_loadbalancer_listener_port; enum types listener_protocolsv2,
 *    pool_protocolsv2, lb_algorithmsv2, healthmonitors_typev2, sesssionpersistences_typev2.
 *  - lbaasv2_tls: listener_protocolsv2 gains TERMINATED_HTTPS.
 *  - 4b6d8d5310b8 / 62deca5010cd: op.f('ix_%s_tenant_id').
 *  - 3426acbc12de: fk_lbaas_loadbalancers_flavors_id.
 *  - 6aee0434f911: drops 'lbaas_listeners_default_pool_id_key' (PostgreSQL);
 *    on MySQL drops FK 'lbaas_listeners_ibfk_2', unique 'default_pool_id', then
 *    re-creates FK 'lbaas_listeners_ibfk_2'; adds lbaas_pools.loadbalancer_id
 *    with an unnamed FK.
 *  - 3543deab1547: l7policy_action_typesv2, l7rule_typesv2, l7rule_compare_typesv2.
 *  - 4b4dc6d5d843: ix_<table>_tenant_id replaced by ix_<table>_project_id.
 * The engines' implicit names: PostgreSQL <table>_<column>_key / _fkey;
 * MySQL/MariaDB <table>_ibfk_<n> for foreign keys, the first column's name for
 * a unique key, and for the index a foreign key needs, the constraint's name
 * (or the column's, for an unnamed one).
 */
import { describe, expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { describeEngine, type ScratchDb } from '../support/engines.js';
import { applyOk, bundle, manifest, modelAt, shipped } from './support.js';

/** Builds to the end of the first milestone bundle (kilo) and returns a function that finishes the chain to the heads. */
async function atKilo(db: ScratchDb, dialect: Dialect): Promise<() => Promise<void>> {
  const m = manifest(dialect);
  await applyOk(db, bundle(dialect, 'bootstrap.sql'), 'bootstrap.sql');
  const [first, ...rest] = m.milestone_sequence;
  expect(m.files[first!]!.to).toEqual(['kilo']);
  await applyOk(db, bundle(dialect, first!), first!);
  return async () => {
    for (const f of rest) await applyOk(db, bundle(dialect, f), f);
  };
}

const V2_TENANT_TABLES = ['lbaas_members', 'lbaas_healthmonitors', 'lbaas_pools', 'lbaas_loadbalancers', 'lbaas_listeners'];
const L7_TABLES = ['lbaas_l7rules', 'lbaas_l7policies'];

// ---------------------------------------------------------------------------------------------

async function pgFacts(db: ScratchDb): Promise<Set<string>> {
  const out = new Set<string>();
  const cons = await db.query<{ tbl: string; name: string; kind: string; cols: string; ref: string | null }>(`
    SELECT c.relname AS tbl, con.conname AS name, con.contype AS kind,
      (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num) AS cols,
      fc.relname AS ref
    FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid LEFT JOIN pg_class fc ON fc.oid = con.confrelid
    WHERE c.relnamespace = current_schema()::regnamespace`);
  for (const c of cons) {
    const kind = { p: 'primary key', u: 'unique', f: 'foreign key', c: 'check' }[c.kind] ?? c.kind;
    out.add(`${c.tbl}: ${kind} ${c.name} (${c.cols})${c.ref ? ` -> ${c.ref}` : ''}`);
  }
  for (const i of await db.query<{ tbl: string; name: string }>(
    `SELECT tablename AS tbl, indexname AS name FROM pg_indexes WHERE schemaname = current_schema()`,
  )) {
    out.add(`${i.tbl}: index ${i.name}`);
  }
  for (const e of await db.query<{ name: string; labels: string }>(`
    SELECT t.typname AS name, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typnamespace = current_schema()::regnamespace GROUP BY t.typname`)) {
    out.add(`enum ${e.name} (${e.labels})`);
  }
  return out;
}

describeEngine('postgresql', 'names neutron-lbaas created', (engine) => {
  it('at kilo and at the heads', async () => {
    const db = await engine.scratch();
    const finish = await atKilo(db, 'postgresql');
    let f = await pgFacts(db);
    const kilo = [
      'lbaas_listeners: unique lbaas_listeners_default_pool_id_key (default_pool_id)',
      'lbaas_listeners: unique uniq_loadbalancer_listener_port (loadbalancer_id,protocol_port)',
      'lbaas_listeners: foreign key lbaas_listeners_loadbalancer_id_fkey (loadbalancer_id) -> lbaas_loadbalancers',
      'lbaas_listeners: foreign key lbaas_listeners_default_pool_id_fkey (default_pool_id) -> lbaas_pools',
      'lbaas_listeners: primary key lbaas_listeners_pkey (id)',
      'lbaas_pools: unique lbaas_pools_healthmonitor_id_key (healthmonitor_id)',
      'lbaas_pools: foreign key lbaas_pools_healthmonitor_id_fkey (healthmonitor_id) -> lbaas_healthmonitors',
      'lbaas_members: unique uniq_pool_address_port_v2 (pool_id,address,protocol_port)',
      'lbaas_loadbalancers: foreign key fk_lbaas_loadbalancers_ports_id (vip_port_id) -> ports',
      'lbaas_sni: primary key lbaas_sni_pkey (listener_id,tls_container_id)',
      'lbaas_sni: foreign key lbaas_sni_listener_id_fkey (listener_id) -> lbaas_listeners',
      'lbaas_loadbalanceragentbindings: foreign key lbaas_loadbalanceragentbindings_agent_id_fkey (agent_id) -> agents',
      'nsxv_edge_monitor_mappings: unique uniq_nsxv_edge_monitor_mappings (monitor_id,edge_id)',
      'enum listener_protocolsv2 (HTTP,HTTPS,TCP,TERMINATED_HTTPS)',
      'enum pool_protocolsv2 (HTTP,HTTPS,TCP)',
      'enum lb_algorithmsv2 (ROUND_ROBIN,LEAST_CONNECTIONS,SOURCE_IP)',
      'enum healthmonitors_typev2 (PING,TCP,HTTP,HTTPS)',
      'enum sesssionpersistences_typev2 (SOURCE_IP,HTTP_COOKIE,APP_COOKIE)',
      ...[...V2_TENANT_TABLES, 'vips', 'members', 'pools', 'healthmonitors'].map((t) => `${t}: index ix_${t}_tenant_id`),
    ];
    for (const x of kilo) expect(f, 'at kilo').toContain(x);
    expect(
      [...f].filter((x) => x.startsWith('enum old_')),
      'the TLS swap leaves no old_ type',
    ).toEqual([]);

    await finish();
    f = await pgFacts(db);
    const heads = [
      'lbaas_listeners: foreign key lbaas_listeners_default_pool_id_fkey (default_pool_id) -> lbaas_pools',
      'lbaas_pools: foreign key lbaas_pools_loadbalancer_id_fkey (loadbalancer_id) -> lbaas_loadbalancers',
      'lbaas_loadbalancers: foreign key fk_lbaas_loadbalancers_flavors_id (flavor_id) -> flavors',
      'lbaas_l7policies: foreign key lbaas_l7policies_listener_id_fkey (listener_id) -> lbaas_listeners',
      'lbaas_l7policies: foreign key lbaas_l7policies_redirect_pool_id_fkey (redirect_pool_id) -> lbaas_pools',
      'lbaas_l7rules: foreign key lbaas_l7rules_l7policy_id_fkey (l7policy_id) -> lbaas_l7policies',
      'enum listener_protocolsv2 (HTTP,HTTPS,TCP,TERMINATED_HTTPS)',
      'enum l7policy_action_typesv2 (REJECT,REDIRECT_TO_URL,REDIRECT_TO_POOL)',
      'enum l7rule_typesv2 (HOST_NAME,PATH,FILE_TYPE,HEADER,COOKIE)',
      'enum l7rule_compare_typesv2 (REGEX,STARTS_WITH,ENDS_WITH,CONTAINS,EQUAL_TO)',
      ...[...V2_TENANT_TABLES, ...L7_TABLES].map((t) => `${t}: index ix_${t}_project_id`),
    ];
    for (const x of heads) expect(f, 'at the heads').toContain(x);
    expect(f, '6aee0434f911 dropped it').not.toContain('lbaas_listeners: unique lbaas_listeners_default_pool_id_key (default_pool_id)');
    expect(
      [...f].filter((x) => /ix_\w+_tenant_id/.test(x)),
      '4b4dc6d5d843 renamed them all',
    ).toEqual([]);
    // e6417a8b114d drops the v1 tables and, unlike Alembic, the v1 enum types they used
    expect([...f].filter((x) => /^enum (healthmontiors_type|lb_protocols|pools_lb_method|sesssionpersistences_type) /.test(x))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

async function myFacts(db: ScratchDb): Promise<Set<string>> {
  const out = new Set<string>();
  const fks = await db.query<{ tbl: string; name: string; cols: string; ref: string }>(`
    SELECT TABLE_NAME AS tbl, CONSTRAINT_NAME AS name, GROUP_CONCAT(COLUMN_NAME ORDER BY ORDINAL_POSITION) AS cols, MAX(REFERENCED_TABLE_NAME) AS ref
    FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL
    GROUP BY TABLE_NAME, CONSTRAINT_NAME`);
  for (const k of fks) out.add(`${k.tbl}: foreign key ${k.name} (${k.cols}) -> ${k.ref}`);
  const idx = await db.query<{ tbl: string; name: string; non_unique: string; cols: string }>(`
    SELECT TABLE_NAME AS tbl, INDEX_NAME AS name, MAX(NON_UNIQUE) AS non_unique, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) AS cols
    FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() GROUP BY TABLE_NAME, INDEX_NAME`);
  for (const i of idx) out.add(`${i.tbl}: ${String(i.non_unique) === '0' ? 'unique ' : ''}index ${i.name} (${i.cols})`);
  const cols = await db.query<{ tbl: string; name: string; type: string }>(`
    SELECT TABLE_NAME AS tbl, COLUMN_NAME AS name, COLUMN_TYPE AS type FROM information_schema.COLUMNS
    WHERE TABLE_SCHEMA = DATABASE() AND DATA_TYPE = 'enum'`);
  for (const c of cols) out.add(`${c.tbl}.${c.name}: ${c.type}`);
  return out;
}

describeEngine('mysql', 'names neutron-lbaas created', (engine) => {
  it('at kilo and at the heads (on MariaDB)', async () => {
    const db = await engine.scratch();
    const finish = await atKilo(db, 'mysql');
    let f = await myFacts(db);
    const kilo = [
      'lbaas_listeners: foreign key lbaas_listeners_ibfk_1 (loadbalancer_id) -> lbaas_loadbalancers',
      'lbaas_listeners: foreign key lbaas_listeners_ibfk_2 (default_pool_id) -> lbaas_pools',
      'lbaas_listeners: unique index default_pool_id (default_pool_id)',
      'lbaas_listeners: unique index uniq_loadbalancer_listener_port (loadbalancer_id,protocol_port)',
      'lbaas_pools: unique index healthmonitor_id (healthmonitor_id)',
      'lbaas_pools: foreign key lbaas_pools_ibfk_1 (healthmonitor_id) -> lbaas_healthmonitors',
      'lbaas_members: unique index uniq_pool_address_port_v2 (pool_id,address,protocol_port)',
      'lbaas_members: foreign key lbaas_members_ibfk_1 (pool_id) -> lbaas_pools',
      'lbaas_loadbalancers: foreign key fk_lbaas_loadbalancers_ports_id (vip_port_id) -> ports',
      'lbaas_loadbalancers: index fk_lbaas_loadbalancers_ports_id (vip_port_id)',
      'lbaas_loadbalanceragentbindings: foreign key lbaas_loadbalanceragentbindings_ibfk_1 (loadbalancer_id) -> lbaas_loadbalancers',
      'lbaas_loadbalanceragentbindings: foreign key lbaas_loadbalanceragentbindings_ibfk_2 (agent_id) -> agents',
      'lbaas_loadbalanceragentbindings: index agent_id (agent_id)',
      'lbaas_sni: foreign key lbaas_sni_ibfk_1 (listener_id) -> lbaas_listeners',
      "lbaas_listeners.protocol: enum('HTTP','HTTPS','TCP','TERMINATED_HTTPS')",
      "lbaas_pools.lb_algorithm: enum('ROUND_ROBIN','LEAST_CONNECTIONS','SOURCE_IP')",
      "lbaas_sessionpersistences.type: enum('SOURCE_IP','HTTP_COOKIE','APP_COOKIE')",
      ...[...V2_TENANT_TABLES, 'vips', 'members', 'pools', 'healthmonitors'].map((t) => `${t}: index ix_${t}_tenant_id (tenant_id)`),
    ];
    for (const x of kilo) expect(f, 'at kilo').toContain(x);

    await finish();
    f = await myFacts(db);
    const heads = [
      // 6aee0434f911: the unique key is gone, the foreign key is back under its old name, with an index of its own
      'lbaas_listeners: foreign key lbaas_listeners_ibfk_1 (loadbalancer_id) -> lbaas_loadbalancers',
      'lbaas_listeners: foreign key lbaas_listeners_ibfk_2 (default_pool_id) -> lbaas_pools',
      'lbaas_listeners: index lbaas_listeners_ibfk_2 (default_pool_id)',
      'lbaas_pools: foreign key lbaas_pools_ibfk_2 (loadbalancer_id) -> lbaas_loadbalancers',
      'lbaas_pools: index loadbalancer_id (loadbalancer_id)',
      'lbaas_loadbalancers: foreign key fk_lbaas_loadbalancers_flavors_id (flavor_id) -> flavors',
      'lbaas_loadbalancers: index fk_lbaas_loadbalancers_flavors_id (flavor_id)',
      'lbaas_l7policies: foreign key lbaas_l7policies_ibfk_1 (listener_id) -> lbaas_listeners',
      'lbaas_l7policies: foreign key lbaas_l7policies_ibfk_2 (redirect_pool_id) -> lbaas_pools',
      'lbaas_l7rules: foreign key lbaas_l7rules_ibfk_1 (l7policy_id) -> lbaas_l7policies',
      "lbaas_l7rules.compare_type: enum('REGEX','STARTS_WITH','ENDS_WITH','CONTAINS','EQUAL_TO')",
      "lbaas_l7policies.action: enum('REJECT','REDIRECT_TO_URL','REDIRECT_TO_POOL')",
      ...[...V2_TENANT_TABLES, ...L7_TABLES].map((t) => `${t}: index ix_${t}_project_id (project_id)`),
    ];
    for (const x of heads) expect(f, 'at the heads').toContain(x);
    expect(
      [...f].filter((x) => x.startsWith('lbaas_listeners: unique index default_pool_id')),
      '6aee0434f911 dropped it',
    ).toEqual([]);
    expect(
      [...f].filter((x) => /tenant_id/.test(x)),
      '4b4dc6d5d843 renamed them all',
    ).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

describeEngine('sqlite', 'names neutron-lbaas created', (engine) => {
  it('index names at kilo and at the heads; the unique default pool goes', async () => {
    const db = await engine.scratch();
    const finish = await atKilo(db, 'sqlite');
    const indexes = async () =>
      new Set(
        (await db.query<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%'`)).map((r) => r.name),
      );
    /** Column lists of the table-level unique constraints of lbaas_listeners. */
    const uniques = async () => {
      const out: string[] = [];
      for (const u of (await db.query<{ origin: string; name: string }>(`SELECT * FROM pragma_index_list('lbaas_listeners')`)).filter(
        (x) => x.origin === 'u',
      )) {
        out.push((await db.query<{ name: string }>(`SELECT name FROM pragma_index_info('${u.name}') ORDER BY seqno`)).map((c) => c.name).join(','));
      }
      return out.sort();
    };
    let ix = await indexes();
    for (const t of [...V2_TENANT_TABLES, 'vips', 'members', 'pools', 'healthmonitors']) expect(ix).toContain(`ix_${t}_tenant_id`);
    expect(await uniques()).toEqual(['default_pool_id', 'loadbalancer_id,protocol_port']);
    await finish();
    ix = await indexes();
    for (const t of [...V2_TENANT_TABLES, ...L7_TABLES]) expect(ix).toContain(`ix_${t}_project_id`);
    expect([...ix].filter((n) => n.includes('tenant_id'))).toEqual([]);
    expect(await uniques(), '6aee0434f911 dropped the unique default pool').toEqual(['loadbalancer_id,protocol_port']);
  });
});

// ---------------------------------------------------------------------------------------------

describe('4b4dc6d5d843 renames every tenant_id the history has', () => {
  it('on every dialect, the model at the heads has no tenant_id column and no index on one', () => {
    const { graph } = shipped();
    for (const dialect of ['postgresql', 'mysql', 'sqlite'] as Dialect[]) {
      const before = modelAt(dialect, ['130ebfdef43', '62deca5010cd']);
      const withTenant = [...before.tables.values()].filter((t) => t.columns.some((c) => c.name === 'tenant_id')).map((t) => t.name);
      expect(withTenant.length, 'the tables the original revision found by reflection').toBe(11);
      const after = modelAt(dialect, [...graph.heads]);
      for (const t of after.tables.values()) {
        expect(
          t.columns.map((c) => c.name),
          t.name,
        ).not.toContain('tenant_id');
        expect(
          t.indexes.filter((i) => i.columns.includes('tenant_id') || i.name.includes('tenant')),
          t.name,
        ).toEqual([]);
      }
    }
  });
});
