/**
 * The guard compares the version rows with the script's expectation as a sorted list. With two
 * heads, the rows' physical order in PostgreSQL's heap need not be sorted (an UPDATE writes a
 * new row version at the end); a guard that reads the rows without ORDER BY then stops a
 * script on the very database it was compiled for. Here the rows are put out of order on
 * purpose, checked to come back unsorted without ORDER BY, and the script runs through psql.
 */
import { expect, it } from 'vitest';
import { Context } from '../../src/cli/context.js';
import { makePlan } from '../../src/pipeline/make-plan.js';
import { renderOffline } from '../../src/workspace/offline.js';
import { readVersions } from '../support/catalog.js';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compilePlanned } from '../../src/pipeline/compile-plan.js';
import { graphOf, revision, VERSION_TABLE } from '../compile/harness.js';
import { assertApplied, describeEngine, pgConfig, runCommand, type ScratchDb } from '../support/engines.js';
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

/**
 * The guard orders the rows by their bytes (COLLATE "C"), as the compiler sorts the ids it expects:
 * in a database whose collation is ICU's (en-US), 'a_2' sorts before 'a1', bytewise after it. A
 * guard ordering by the database's collation would stop the script compiled for these very heads.
 */
describeEngine('postgresql', 'the guard in a database with an ICU collation', () => {
  it('lets the script compiled for heads that the collation orders otherwise run', async () => {
    const c = pgConfig();
    const name = `lbaas_t_${process.pid}_icu_${randomBytes(4).toString('hex')}`;
    const psql = (database: string, args: string[]) =>
      runCommand('psql', ['-X', '-v', 'ON_ERROR_STOP=1', '-h', c.host, '-p', String(c.port), '-U', c.user, '-d', database, ...args], { timeoutMs: 60_000 });
    const created = await psql(c.database, ['-c', `CREATE DATABASE ${name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'`]);
    assertApplied(created, 'CREATE DATABASE (ICU)');
    try {
      const ordered = await psql(name, ['-At', '-c', "SELECT string_agg(v, ',' ORDER BY v) FROM (VALUES ('a1'), ('a_2')) t(v)"]);
      expect(ordered.stdout.trim()).toBe('a_2,a1'); // the database's own order differs from the bytes'
      const revs = [
        revision({ id: 'root', upgrade: [] }),
        revision({ id: 'a1', down: 'root', upgrade: [] }),
        revision({ id: 'a_2', down: 'root', upgrade: [] }),
      ];
      const graph = graphOf(revs);
      const script = (spec: string) =>
        compilePlanned({ revisions: revs, external: [], diagnostics: [] }, graph, makePlan(graph, { direction: 'stamp', spec }), {
          dialect: 'postgresql',
          versionTable: VERSION_TABLE,
          title: `stamp ${spec}`,
          transactionPerMigration: false,
        }).script.text;
      const file = join(mkdtempSync(join(tmpdir(), 'lbaas-icu-')), 'stamp.sql');
      writeFileSync(file, script('base:heads'));
      assertApplied(await psql(name, ['-f', file]), 'stamp base:heads');
      writeFileSync(file, script('a1,a_2:root'));
      const r = await psql(name, ['-f', file]);
      expect(`${r.stdout}\n${r.stderr}`).not.toContain('guard STOP');
      assertApplied(r, 'stamp a1,a_2:root');
      const rows = await psql(name, ['-At', '-c', 'SELECT version_num FROM alembic_version_lbaas']);
      expect(rows.stdout.trim()).toBe('root');
    } finally {
      assertApplied(await psql(c.database, ['-c', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]), 'DROP DATABASE');
    }
  });
});
