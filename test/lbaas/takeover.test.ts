/**
 * Taking over a database that neutron-lbaas's Alembic left at some revision:
 * the schema is built with our own committed bundles (which write the same
 * alembic_version_lbaas rows Alembic does), some v2 rows are put in, then the
 * built CLI compiles the script from that stamp (`upgrade <stamp>:heads --sql`),
 * the engine runs it, and the result must equal the model at the heads, with
 * the data carried over (6aee0434f911's set-based fill, 4b4dc6d5d843's renames).
 */
import { expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { readVersions } from '../support/catalog.js';
import { describeEngine, type ScratchDb } from '../support/engines.js';
import { applyOk, bundle, cliOk, expectAt, manifest, shipped, DIST_DIALECTS } from './support.js';

const t = (d: Dialect) => (d === 'postgresql' ? 'true' : '1');

/** v2 rows at kilo: two load balancers, three pools (one used by no listener), three listeners (one without a default pool). */
function kiloRows(d: Dialect): string {
  const yes = t(d);
  return [
    `INSERT INTO lbaas_loadbalancers (tenant_id, id, vip_subnet_id, admin_state_up, provisioning_status, operating_status) VALUES ('t1', 'lb1', 's1', ${yes}, 'ACTIVE', 'ONLINE')`,
    `INSERT INTO lbaas_loadbalancers (tenant_id, id, vip_subnet_id, admin_state_up, provisioning_status, operating_status) VALUES ('t2', 'lb2', 's2', ${yes}, 'ACTIVE', 'ONLINE')`,
    ...['p1', 'p2', 'p3'].map(
      (p) =>
        `INSERT INTO lbaas_pools (tenant_id, id, protocol, lb_algorithm, admin_state_up, provisioning_status, operating_status) VALUES ('t1', '${p}', 'HTTP', 'ROUND_ROBIN', ${yes}, 'ACTIVE', 'ONLINE')`,
    ),
    `INSERT INTO lbaas_listeners (tenant_id, id, protocol, protocol_port, loadbalancer_id, default_pool_id, admin_state_up, provisioning_status, operating_status) VALUES ('t1', 'l1', 'TERMINATED_HTTPS', 443, 'lb1', 'p1', ${yes}, 'ACTIVE', 'ONLINE')`,
    `INSERT INTO lbaas_listeners (tenant_id, id, protocol, protocol_port, loadbalancer_id, default_pool_id, admin_state_up, provisioning_status, operating_status) VALUES ('t2', 'l2', 'HTTP', 80, 'lb2', 'p3', ${yes}, 'ACTIVE', 'ONLINE')`,
    `INSERT INTO lbaas_listeners (tenant_id, id, protocol, protocol_port, loadbalancer_id, default_pool_id, admin_state_up, provisioning_status, operating_status) VALUES ('t1', 'l3', 'HTTP', 80, 'lb1', NULL, ${yes}, 'ACTIVE', 'ONLINE')`,
  ]
    .map((s) => `${s};\n`)
    .join('');
}

async function rows(db: ScratchDb, sql: string): Promise<Record<string, unknown>[]> {
  return (await db.query(sql)).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? null : String(v)])));
}

/** Builds the database up to a milestone with the committed milestone bundles; returns the version rows there. */
async function buildTo(db: ScratchDb, dialect: Dialect, milestone: string): Promise<string[]> {
  const m = manifest(dialect);
  await applyOk(db, bundle(dialect, 'bootstrap.sql'), 'bootstrap.sql');
  for (const file of m.milestone_sequence) {
    await applyOk(db, bundle(dialect, file), file);
    if (m.files[file]!.milestones!.to === milestone) return m.files[file]!.to!;
  }
  throw new Error(`no milestone bundle ends at ${milestone}`);
}

for (const dialect of DIST_DIALECTS) {
  describeEngine(dialect, 'takeover of an Alembic-stamped database', (engine) => {
    const heads = [...shipped().graph.heads];

    it('at kilo: upgrade kilo:heads --sql brings it to the heads, pools get their load balancer', async () => {
      const db = await engine.scratch();
      expect(await buildTo(db, dialect, 'kilo')).toEqual(['kilo']);
      expect(await readVersions(db)).toEqual(['kilo']);
      await applyOk(db, kiloRows(dialect), 'v2 rows');
      const script = cliOk(['--dialect', dialect, 'upgrade', 'kilo:heads', '--sql']);
      expect(script).toMatch(/upgrade kilo:heads/);
      await applyOk(db, script, 'upgrade kilo:heads');
      await expectAt(db, heads, 'kilo -> heads');
      // 6aee0434f911: each pool gets the load balancer of the listener that uses it as default pool
      expect(await rows(db, 'SELECT id, loadbalancer_id FROM lbaas_pools ORDER BY id')).toEqual([
        { id: 'p1', loadbalancer_id: 'lb1' },
        { id: 'p2', loadbalancer_id: null },
        { id: 'p3', loadbalancer_id: 'lb2' },
      ]);
      // 4b4dc6d5d843: tenant_id renamed, values kept
      expect(await rows(db, 'SELECT id, project_id FROM lbaas_listeners ORDER BY id')).toEqual([
        { id: 'l1', project_id: 't1' },
        { id: 'l2', project_id: 't2' },
        { id: 'l3', project_id: 't1' },
      ]);
      // several listeners may now share a default pool
      await applyOk(
        db,
        `INSERT INTO lbaas_listeners (project_id, id, protocol, protocol_port, loadbalancer_id, default_pool_id, admin_state_up, provisioning_status, operating_status) VALUES ('t1', 'l4', 'HTTP', 8080, 'lb1', 'p1', ${t(dialect)}, 'ACTIVE', 'ONLINE');\n`,
        'shared default pool',
      );
    });

    it('at 62deca5010cd + 130ebfdef43: upgrade 62deca5010cd,130ebfdef43:heads --sql brings it to the heads', async () => {
      const db = await engine.scratch();
      expect(await buildTo(db, dialect, 'mitaka')).toEqual(['130ebfdef43', '62deca5010cd']);
      expect(await readVersions(db)).toEqual(['130ebfdef43', '62deca5010cd']);
      await applyOk(
        db,
        `INSERT INTO lbaas_loadbalancers (tenant_id, id, vip_subnet_id, admin_state_up, provisioning_status, operating_status) VALUES ('t9', 'lb9', 's9', ${t(dialect)}, 'ACTIVE', 'ONLINE');\n`,
        'v2 row',
      );
      const script = cliOk(['--dialect', dialect, 'upgrade', '62deca5010cd,130ebfdef43:heads', '--sql']);
      await applyOk(db, script, 'upgrade 62deca5010cd,130ebfdef43:heads');
      await expectAt(db, heads, 'mitaka -> heads');
      expect(await rows(db, 'SELECT id, project_id FROM lbaas_loadbalancers')).toEqual([{ id: 'lb9', project_id: 't9' }]);
    });

    it('the script compiled from one stamp refuses a database at another, before changing anything', async () => {
      const db = await engine.scratch();
      await buildTo(db, dialect, 'kilo');
      const script = cliOk(['--dialect', dialect, 'upgrade', '62deca5010cd,130ebfdef43:heads', '--sql']);
      const r = await db.apply(script);
      expect(r.code).not.toBe(0);
      expect(r.stderr + r.stdout).toMatch(/guard/);
      await expectAt(db, ['kilo'], 'refused');
    });
  });
}
