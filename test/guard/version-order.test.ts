/**
 * The guard compares the version rows with the script's expectation as a sorted list. With two
 * heads, the rows' physical order in PostgreSQL's heap need not be sorted (an UPDATE writes a
 * new row version at the end); a guard that reads the rows without ORDER BY then stops a
 * script on the very database it was compiled for. Here the rows are put out of order on
 * purpose, checked to come back unsorted without ORDER BY, and the script runs through psql.
 */
import { expect, it } from 'vitest';
import { Context } from '../../src/cli/context.js';
import { makePlan } from '../../src/commands/plan.js';
import { renderOffline } from '../../src/commands/offline.js';
import { readVersions } from '../support/catalog.js';
import { assertApplied, describeEngine, type ScratchDb } from '../support/engines.js';
import { runAsDba } from './clients.js';

const sql = (direction: 'stamp' | 'downgrade', spec: string) => renderOffline(new Context({ dialect: 'postgresql' }), direction, spec, {});
const HEADS = [...makePlan(new Context({ dialect: 'postgresql' }).graph(), { direction: 'upgrade', spec: 'base:heads' }).plan.heads].sort();

/** The version rows in the order a plain sequential scan returns them. */
async function physicalOrder(db: ScratchDb): Promise<string[]> {
  const rows = await db.query<{ v: string }>('SELECT version_num AS v FROM alembic_version_lbaas');
  return rows.map((r) => r.v);
}

describeEngine('postgresql', 'the guard with two heads stored out of order', (engine) => {
  it('lets the script compiled for those heads run', async () => {
    expect(HEADS).toHaveLength(2);
    const db = await engine.scratch();
    assertApplied(await db.apply(sql('stamp', 'base:heads')), 'stamp base:heads');
    // An UPDATE that changes nothing still writes a new row version after the other row.
    for (const id of HEADS) {
      if ((await physicalOrder(db)).join(',') === [...HEADS].reverse().join(',')) break;
      assertApplied(await db.apply(`UPDATE alembic_version_lbaas SET version_num = version_num WHERE version_num = '${id}';\n`), 'update');
    }
    expect(await physicalOrder(db)).toEqual([...HEADS].reverse());

    const r = await runAsDba('psql', db, sql('stamp', 'heads:kilo'));
    expect(`${r.stdout}\n${r.stderr}`).not.toContain('guard STOP');
    expect(r.code, r.stderr).toBe(0);
    expect(await readVersions(db)).toEqual(['kilo']);
  });
});
