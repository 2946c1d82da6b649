/**
 * populate's guard holds whatever the client does after an error, as the migration scripts' guard
 * does (matrix.test.ts): the ways DBAs run scripts (clients.ts WAYS) on the real engines, with the
 * `populate --sql` script. A database whose lookup tables exist but whose version table does not
 * hold the revision that creates them (so every upsert would succeed if it ran) ends with its
 * catalog, version rows and lookup rows unchanged; so does one at base; a session that holds the
 * migration lock makes the script stop, changing nothing; a database at the heads is populated.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { Context } from '../../src/cli/context.js';
import { renderOffline } from '../../src/workspace/offline.js';
import { preparePopulate } from '../../src/populate/populate.js';
import { loadDataFiles } from '../../src/populate/data.js';
import { readCatalog, readVersions } from '../support/catalog.js';
import { describeEngine, serverFor, type ExecResult, type ScratchDb } from '../support/engines.js';
import { connectionUrl, runCli, writeConfig } from '../online/cli.js';
import { cliOk, lockIsFree, MY_KEY, PG_KEY, runWay, Session, WAYS } from './clients.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const { files: DATA } = loadDataFiles(ROOT, 'versions');
const TABLES = DATA.map((f) => f.table);
const ROWS = DATA.reduce((n, f) => n + f.rows.length, 0);
/** The version rows just before the revision that creates the lookup tables. */
const BEFORE = ['844352f9fe6f', 'e6417a8b114d'];
const STOP =
  'lbaas-db-manage populate STOP: the data tables do not exist yet: the database needs c47fda60c1b8 (or a later revision) applied; upgrade first; nothing was changed';

const out = (r: ExecResult) => `${r.stdout}\n${r.stderr}`;

async function lookupRows(db: ScratchDb): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of TABLES) {
    const rows = await db.query<{ n: unknown }>(`SELECT COUNT(*) AS n FROM ${t}`).catch(() => null);
    counts[t] = rows === null ? -1 : Number(rows[0]!.n);
  }
  return counts;
}

async function snapshot(db: ScratchDb) {
  return { catalog: await readCatalog(db), versions: await readVersions(db), rows: await lookupRows(db) };
}

const DIALECTS: Dialect[] = ['postgresql', 'mariadb', 'mysql', 'sqlite'];

for (const dialect of DIALECTS) {
  for (const way of WAYS[serverFor(dialect)]) {
    describeEngine(dialect, `populate, ways of running: ${way.name}`, (engine) => {
      const script = () => preparePopulate(new Context({ dialect }), { guard: true, clientDirectives: way.directives }).script.text;
      let bootstrap: string | undefined;

      /** A scratch database with Neutron's tables, upgraded to `to` the documented way. */
      async function fresh(to?: string): Promise<ScratchDb> {
        const db = await engine.scratch();
        bootstrap ??= cliOk(['--dialect', dialect, 'bootstrap', '--sql']);
        const b = await db.apply(bootstrap);
        expect(b.code, out(b)).toBe(0);
        if (to) {
          const u = await db.apply(renderOffline(new Context({ dialect }), 'upgrade', `base:${to}`, {}));
          expect(u.code, out(u)).toBe(0);
        }
        return db;
      }

      it('lookup tables present but the version table before the revision that creates them: nothing changes', async () => {
        const db = await fresh('heads');
        // the rows a database at BEFORE holds, over a schema where every upsert would succeed
        const set = await db.apply(`UPDATE alembic_version_lbaas SET version_num = '844352f9fe6f' WHERE version_num = 'c47fda60c1b8';\n`);
        expect(set.code, out(set)).toBe(0);
        expect(await readVersions(db)).toEqual(BEFORE);
        const before = await snapshot(db);
        expect(Object.values(before.rows).every((n) => n === 0)).toBe(true);
        const r = await runWay(way, db, script());
        if (way.documented) expect(r.code, out(r)).not.toBe(0);
        expect(out(r)).toContain(STOP);
        // no count line: no upsert ran after the stop
        expect(out(r)).not.toMatch(/populate lbaas_\w+ \[\d+\/\d+\]: \d+ inserted/);
        expect(await snapshot(db), out(r)).toEqual(before);
      });

      it('a database at base (no version table) ends unchanged, with no version table', async () => {
        const db = await fresh();
        const before = await snapshot(db);
        const r = await runWay(way, db, script());
        if (way.documented) expect(r.code, out(r)).not.toBe(0);
        expect(out(r)).toContain(STOP);
        expect(await snapshot(db), out(r)).toEqual(before);
        expect(await readVersions(db)).toBeNull();
      });

      if (dialect !== 'sqlite') {
        it('another session holds the migration lock: the script stops after its wait and changes nothing', async () => {
          const db = await fresh('heads');
          const before = await snapshot(db);
          const holder = new Session(db);
          try {
            await holder.run(dialect === 'postgresql' ? `SELECT pg_advisory_lock(${PG_KEY});` : `SELECT GET_LOCK(${MY_KEY}, 5);`);
            const ctx = new Context({ dialect });
            ctx.config.lockWaitTimeout = 1;
            const r = await runWay(way, db, preparePopulate(ctx, { guard: true, clientDirectives: way.directives }).script.text);
            if (way.documented) expect(r.code, out(r)).not.toBe(0);
            expect(out(r)).toContain('lbaas-db-manage lock STOP: another migration of this database held the lock for 1 s; nothing was changed; retry later');
            expect(out(r)).not.toMatch(/populate lbaas_\w+ \[\d+\/\d+\]: \d+ inserted/);
            expect(await snapshot(db), out(r)).toEqual(before);
          } finally {
            await holder.close();
          }
          expect(await lockIsFree(db)).toBe(true);
        });

        if (way.documented) {
          it('online: another session holds the migration lock: populate stops after [database] lock_wait_timeout with EX012, nothing changed', async () => {
            const db = await fresh('heads');
            const before = await snapshot(db);
            const wd = mkdtempSync(join(tmpdir(), 'lbaas-populate-'));
            const holder = new Session(db);
            try {
              await holder.run(dialect === 'postgresql' ? `SELECT pg_advisory_lock(${PG_KEY});` : `SELECT GET_LOCK(${MY_KEY}, 5);`);
              const conf = writeConfig(wd, connectionUrl(db), 'lock_wait_timeout = 1\n');
              const started = Date.now();
              const r = await runCli(['--config-file', conf, 'populate'], { cwd: wd });
              expect((Date.now() - started) / 1000).toBeLessThan(30);
              expect(r.code, r.stderr).toBe(1);
              expect(r.stderr).toContain(
                'error EX012: populate waited too long for the migration lock: another migration of this database held it (nothing was changed)',
              );
              expect(r.stderr).toContain('hint: wait for the other run to finish');
              expect(await snapshot(db)).toEqual(before);
            } finally {
              await holder.close();
              rmSync(wd, { recursive: true, force: true });
            }
          });

          it('the migration lock is free once the guard stopped the script, in a session that stays open', async () => {
            const db = await fresh('heads');
            const set = await db.apply(`UPDATE alembic_version_lbaas SET version_num = '844352f9fe6f' WHERE version_num = 'c47fda60c1b8';\n`);
            expect(set.code, out(set)).toBe(0);
            const before = await snapshot(db);
            const s = new Session(db, true);
            try {
              const r = await s.run(preparePopulate(new Context({ dialect }), { guard: true, clientDirectives: false }).script.text);
              expect(r).toContain(STOP);
              expect(await lockIsFree(db)).toBe(true);
              expect(await snapshot(db)).toEqual(before);
            } finally {
              await s.close();
            }
          });
        }
      }

      it('a database at the heads is populated, and a second run changes nothing', async () => {
        const db = await fresh('heads');
        const r = await runWay(way, db, script());
        expect(r.code, out(r)).toBe(0);
        // an error line of any client (the data itself holds the word ERROR, which a pasted script echoes)
        expect(out(r)).not.toMatch(/^(Error|Runtime error|Parse error|ERROR \d|psql:[^\n]*ERROR)/m);
        const rows = await lookupRows(db);
        expect(Object.values(rows).reduce((a, b) => a + b, 0)).toBe(ROWS);
        const again = await runWay(way, db, script());
        expect(again.code, out(again)).toBe(0);
        DATA.forEach((f, i) =>
          expect(out(again)).toContain(`populate ${f.table} [${i + 1}/${DATA.length}]: 0 inserted, 0 updated, ${f.rows.length} unchanged`),
        );
        expect(await lookupRows(db)).toEqual(rows);
      });
    });
  }
}

describe('populate script', () => {
  it('takes the migration lock and releases it at the end (PostgreSQL, MySQL); --no-guard leaves both out', () => {
    for (const dialect of ['postgresql', 'mariadb'] as Dialect[]) {
      const text = preparePopulate(new Context({ dialect }), { guard: true, clientDirectives: true }).script.text;
      expect(text).toMatch(dialect === 'postgresql' ? /pg_advisory_lock\(/ : /GET_LOCK\(/);
      expect(text.trimEnd()).toMatch(dialect === 'postgresql' ? /pg_advisory_unlock\([^\n]*\n[\s\S]*\$lbaas_unlock\$;$/ : /DO RELEASE_LOCK\(@lbaas_lock\);$/);
      const bare = preparePopulate(new Context({ dialect }), { guard: false, clientDirectives: true }).script.text;
      expect(bare).not.toMatch(/pg_advisory|GET_LOCK|RELEASE_LOCK|lbaas_stop|populate STOP/);
    }
  });
});
