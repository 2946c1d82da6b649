/**
 * Constraint and index names are checked before a revision drops them, on the real engines
 * (PostgreSQL, and MariaDB for both MySQL dialects): a database that went through another
 * history may name a constraint or an index otherwise than the model does. The scripts check,
 * before the revision's first statement, that each name the revision drops exists on its table,
 * and otherwise stop with a message naming the table, the expected name and (where one over the
 * same columns exists) the name the database uses, with nothing of the revision run:
 * - PostgreSQL, one transaction: the whole script rolled back (the revision before it too);
 *   one transaction per revision: the revisions before it stay, the failed one did not run;
 * - MySQL/MariaDB: the revisions before it stay, none of the revision's statements ran;
 * under every way of running (clients that go on after an error change nothing either), and
 * online (EX015). Each case compares the catalog and version rows with a reference database
 * taken to the same point the documented way, with the same name changed by hand.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { Context } from '../../src/cli/context.js';
import { renderOffline } from '../../src/workspace/offline.js';
import { readCatalog, readVersions } from '../support/catalog.js';
import { describeEngine, serverFor, type ExecResult, type ScratchDb } from '../support/engines.js';
import { connectionUrl, runCli, writeConfig } from '../online/cli.js';
import { cliOk, runWay, WAYS } from './clients.js';

const out = (r: ExecResult) => `${r.stdout}\n${r.stderr}`;

/** The revision that drops lbaas_listeners' unique key on default_pool_id (and, on MySQL, the foreign key over it). */
const POOLS = '6aee0434f911';
/** Its parent, and the parent's parent: a range from there runs one revision before it. */
const BEFORE_POOLS = '3426acbc12de';
const START = '4a408dd491c2';

interface Case {
  title: string;
  /** SQL that changes the name (or drops the object) in a database at BEFORE_POOLS or later. */
  change: string;
  /** What the stop says. */
  message: string;
}

const CASES: Record<'postgresql' | 'mysql', Case[]> = {
  postgresql: [
    {
      title: 'a unique constraint under another name',
      change: 'ALTER TABLE lbaas_listeners RENAME CONSTRAINT lbaas_listeners_default_pool_id_key TO uq_listeners_pool',
      message: `lbaas-db-manage names STOP: lbaas_listeners has no unique constraint named lbaas_listeners_default_pool_id_key, which revision ${POOLS} drops; the database names its unique constraint over (default_pool_id) uq_listeners_pool: rename it to lbaas_listeners_default_pool_id_key, then run again; nothing of this revision ran`,
    },
    {
      title: 'a unique constraint that is not there at all',
      change: 'ALTER TABLE lbaas_listeners DROP CONSTRAINT lbaas_listeners_default_pool_id_key',
      message: `lbaas-db-manage names STOP: lbaas_listeners has no unique constraint named lbaas_listeners_default_pool_id_key, which revision ${POOLS} drops; nor any unique constraint over (default_pool_id): the table differs from the revision history; check it before running again; nothing of this revision ran`,
    },
  ],
  mysql: [
    {
      title: 'a foreign key under another name',
      change:
        'ALTER TABLE lbaas_listeners DROP FOREIGN KEY lbaas_listeners_ibfk_2; ALTER TABLE lbaas_listeners ADD CONSTRAINT fk_listeners_pool FOREIGN KEY (default_pool_id) REFERENCES lbaas_pools (id)',
      message: `lbaas-db-manage names STOP: lbaas_listeners has no foreign key named lbaas_listeners_ibfk_2, which revision ${POOLS} drops; the database names its foreign key over (default_pool_id) to lbaas_pools fk_listeners_pool: rename it to lbaas_listeners_ibfk_2, then run again; nothing of this revision ran`,
    },
    {
      title: 'a unique key under another name (the foreign key is as expected)',
      change: 'ALTER TABLE lbaas_listeners RENAME INDEX default_pool_id TO uq_listeners_pool',
      message: `lbaas-db-manage names STOP: lbaas_listeners has no unique constraint named default_pool_id, which revision ${POOLS} drops; the database names its unique constraint over (default_pool_id) uq_listeners_pool: rename it to default_pool_id, then run again; nothing of this revision ran`,
    },
    {
      title: 'a foreign key that is not there at all',
      change: 'ALTER TABLE lbaas_listeners DROP FOREIGN KEY lbaas_listeners_ibfk_2',
      message: `lbaas-db-manage names STOP: lbaas_listeners has no foreign key named lbaas_listeners_ibfk_2, which revision ${POOLS} drops; nor any foreign key over (default_pool_id) to lbaas_pools: the table differs from the revision history; check it before running again; nothing of this revision ran`,
    },
  ],
};

/** MySQL (not MariaDB) quotes the message in an error that keeps 200 characters of it. */
const shown = (dialect: Dialect, message: string) => (dialect === 'mysql' ? message.slice(0, 180) : message);

async function snapshot(db: ScratchDb) {
  return { catalog: await readCatalog(db), versions: await readVersions(db) };
}

for (const dialect of ['postgresql', 'mariadb', 'mysql'] as Dialect[]) {
  const server = serverFor(dialect);
  const cases = CASES[dialect === 'postgresql' ? 'postgresql' : 'mysql'];
  describeEngine(dialect, 'names checked before a revision drops them', (engine) => {
    let bootstrap: string;
    const upgrade = (spec: string, o: { transactionPerMigration?: boolean; clientDirectives?: boolean } = {}) =>
      renderOffline(new Context({ dialect }), 'upgrade', spec, o);

    beforeAll(() => {
      bootstrap = cliOk(['--dialect', dialect, 'bootstrap', '--sql']);
    });

    /** A scratch database with Neutron's tables, upgraded to `to` the documented way, then `change` applied. */
    async function at(to: string, change?: string): Promise<ScratchDb> {
      const db = await engine.scratch();
      for (const script of [bootstrap, upgrade(`base:${to}`), ...(change ? [`${change};\n`] : [])]) {
        const r = await db.apply(script);
        expect(r.code, out(r)).toBe(0);
      }
      return db;
    }

    for (const c of cases) {
      const tpms = dialect === 'postgresql' ? [false, true] : [false];
      for (const tpm of tpms) {
        it(`${c.title}: the script stops before the revision's first statement${tpm ? ' (one transaction per revision)' : ''}`, async () => {
          const db = await at(START, c.change);
          const before = await snapshot(db);
          // where the revision before POOLS leaves a database whose name was changed the same way
          const reference = await snapshot(await at(BEFORE_POOLS, c.change));
          const script = upgrade(`${START}:expand@head`, { transactionPerMigration: tpm });
          expect(script).toMatch(new RegExp(`^-- \\[2/\\d+\\] upgrade ${POOLS}:`, 'm'));
          const r = await db.apply(script);
          expect(r.code, out(r)).not.toBe(0);
          expect(out(r)).toContain(shown(dialect, c.message));
          if (dialect === 'postgresql') expect(r.stderr).toMatch(/HINT: {2}rename the .* this session refuses every later statement/);
          const after = await snapshot(db);
          // PostgreSQL in one transaction: the revision before it is rolled back too
          expect(after).toEqual(dialect === 'postgresql' && !tpm ? before : reference);
          expect(after.versions).toEqual(dialect === 'postgresql' && !tpm ? [START] : [BEFORE_POOLS]);
        });
      }
    }

    const c = cases[0]!;
    for (const way of WAYS[server].filter((w) => !w.documented)) {
      it(`${c.title}, run as ${way.name}: nothing of the revision runs, nor anything after it`, async () => {
        const db = await at(BEFORE_POOLS, c.change);
        const before = await snapshot(db);
        const r = await runWay(way, db, upgrade(`${BEFORE_POOLS}:expand@head`, { clientDirectives: way.directives }));
        expect(out(r)).toContain(shown(dialect, c.message));
        expect(await snapshot(db), out(r)).toEqual(before);
      });
    }

    it(`${c.title}, online: EX015 names the revision and the table, and says what stayed applied`, async () => {
      const db = await at(START, c.change);
      const wd = mkdtempSync(join(tmpdir(), 'lbaas-names-'));
      try {
        const url = connectionUrl(db);
        const conf = writeConfig(wd, dialect === 'mariadb' ? url.replace(/^mysql\+pymysql:/, 'mariadb+pymysql:') : url);
        const r = await runCli(['--config-file', conf, 'upgrade', '--expand'], { cwd: wd });
        expect(r.code, r.stderr).toBe(1);
        expect(r.stderr).toContain(
          `error EX015: revision ${POOLS} did not run: it drops a constraint or index that the database does not hold under the name the revision history gives it`,
        );
        expect(r.stderr).toContain(`said: ${shown(dialect, c.message)}`);
        // PostgreSQL: an upgrade through expand revisions runs one transaction per revision
        expect(r.stderr).toContain(`the database is at: ${BEFORE_POOLS}`);
        expect(r.stderr).toContain('hint: rename it as the message says');
        expect(r.stderr).toContain('the revisions before it stay applied');
        expect(await readVersions(db)).toEqual([BEFORE_POOLS]);
      } finally {
        rmSync(wd, { recursive: true, force: true });
      }
    });

    it('an index under another name, in a revision that renames its column first: the name the database uses is found over the column as it was', async () => {
      const change =
        dialect === 'postgresql'
          ? 'ALTER INDEX ix_lbaas_l7policies_tenant_id RENAME TO ix_policies_tenant'
          : 'ALTER TABLE lbaas_l7policies RENAME INDEX ix_lbaas_l7policies_tenant_id TO ix_policies_tenant';
      const from = '130ebfdef43,62deca5010cd';
      const db = await at(from, change);
      const before = await snapshot(db);
      const r = await db.apply(upgrade(`${from}:4b4dc6d5d843`));
      expect(r.code, out(r)).not.toBe(0);
      expect(out(r)).toContain(
        shown(
          dialect,
          'lbaas-db-manage names STOP: lbaas_l7policies has no index named ix_lbaas_l7policies_tenant_id, which revision 4b4dc6d5d843 drops; the database names its index over (tenant_id) ix_policies_tenant: rename it to ix_lbaas_l7policies_tenant_id, then run again; nothing of this revision ran',
        ),
      );
      expect(await snapshot(db)).toEqual(before);
    });

    it('the names as the history gives them: the script upgrades, and the checks print nothing', async () => {
      const db = await at(START);
      const r = await db.apply(upgrade(`${START}:heads`));
      expect(r.code, out(r)).toBe(0);
      expect(await readVersions(db)).toEqual(['c47fda60c1b8', 'e6417a8b114d']);
      expect(out(r)).not.toContain('names STOP');
    });
  });
}
