/**
 * populate against real databases, through the BUILT program: the script stops
 * at its guard before the lookup tables exist; once they do, the standard data
 * loads (--sql applied by the engine's client, and online), a second run
 * changes nothing (same rows; on PostgreSQL not even a new row version), and
 * an edited data file updates exactly its row.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { loadDataFiles } from '../../src/populate/data.js';
import { compareWithModel, readVersions } from '../support/catalog.js';
import { describeEngine, type ScratchDb } from '../support/engines.js';
import { applySql, connectionUrl, modelAt, ok, project, requireBuilt, ROOT, runCli } from '../author/project.js';

const BEFORE = ['844352f9fe6f', 'e6417a8b114d'];
const { files: DATA } = loadDataFiles(ROOT, 'versions');

type Snapshot = Record<string, { name: string; description: string | null; version?: string }[]>;

async function snapshot(db: ScratchDb, tables: readonly string[]): Promise<Snapshot> {
  const out: Snapshot = {};
  for (const t of tables) {
    const version = db.dialect === 'postgresql' ? ', xmin::text AS version' : '';
    const rows = await db.query<{ name: string; description: string | null; version?: string }>(`SELECT name, description${version} FROM ${t} ORDER BY name`);
    out[t] = rows.map((r) => ({
      name: String(r.name),
      description: r.description === null ? null : String(r.description),
      ...(r.version !== undefined ? { version: String(r.version) } : {}),
    }));
  }
  return out;
}

const expected = (): Snapshot =>
  Object.fromEntries(
    DATA.map((f) => [
      f.table,
      f.rows.map((r) => ({ name: String(r.name), description: (r.description ?? null) as string | null })).sort((a, b) => (a.name < b.name ? -1 : 1)),
    ]),
  );
const withoutVersions = (s: Snapshot): Snapshot =>
  Object.fromEntries(Object.entries(s).map(([t, rows]) => [t, rows.map(({ name, description }) => ({ name, description }))]));

for (const dialect of ['postgresql', 'mysql', 'mariadb', 'sqlite'] as Dialect[]) {
  describeEngine(dialect, 'populate: standard data as idempotent upserts', (engine) => {
    let p: ReturnType<typeof project>;
    let db: ScratchDb;
    let env: Record<string, string>;
    const tables = DATA.map((f) => f.table);

    beforeAll(async () => {
      requireBuilt();
      p = project();
      db = await engine.scratch();
      const url = connectionUrl(db);
      env = { LBAAS_DB_CONNECTION: dialect === 'mariadb' ? url.replace(/^mysql\+pymysql:/, 'mariadb+pymysql:') : url };
      await applySql(db, p.dir, ['bootstrap']);
      await applySql(db, p.dir, ['upgrade', BEFORE.join(',')]);
    }, 300_000);
    afterAll(() => p?.remove());

    it('before the lookup tables exist: the --sql script stops at its guard and changes nothing; online refuses', async () => {
      const sql = ok(await runCli(['--dialect', dialect, 'populate', '--sql'], p.dir)).stdout;
      const r = await db.apply(sql);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain(
        'lbaas-db-manage populate STOP: the data tables do not exist yet: the database needs c47fda60c1b8 (or a later revision) applied',
      );
      expect(await readVersions(db)).toEqual(BEFORE);
      expect(await compareWithModel(db, modelAt(BEFORE, dialect))).toEqual([]);
      const online = await runCli(['populate'], p.dir, env);
      expect(online.code).toBe(1);
      expect(online.stderr).toContain(
        `error DT020: the database is at ${BEFORE.join(', ')}, before the revisions that create the data tables: it needs c47fda60c1b8`,
      );
    }, 180_000);

    it('after upgrade heads: the --sql script, run by the client, loads every row of every data file', async () => {
      await applySql(db, p.dir, ['upgrade', `${BEFORE.join(',')}:heads`]);
      const sql = ok(await runCli(['--dialect', dialect, 'populate', '--sql'], p.dir)).stdout;
      const r = await db.apply(sql);
      expect(r.code, r.stderr).toBe(0);
      // run by hand, the script says its own counts: every row inserted
      DATA.forEach((f, i) => expect(r.stdout).toContain(`populate ${f.table} [${i + 1}/9]: ${f.rows.length} inserted, 0 updated, 0 unchanged`));
      const s = await snapshot(db, tables);
      expect(withoutVersions(s)).toEqual(expected());
      expect(Object.values(s).reduce((n, rows) => n + rows.length, 0)).toBe(39);
    }, 180_000);

    it('a second run (--sql, then online) changes nothing', async () => {
      const first = await snapshot(db, tables);
      const sql = ok(await runCli(['--dialect', dialect, 'populate', '--sql'], p.dir)).stdout;
      const r = await db.apply(sql);
      expect(r.code, r.stderr).toBe(0);
      DATA.forEach((f, i) => expect(r.stdout).toContain(`populate ${f.table} [${i + 1}/9]: 0 inserted, 0 updated, ${f.rows.length} unchanged`));
      expect(await snapshot(db, tables)).toEqual(first);
      const online = ok(await runCli(['populate'], p.dir, env));
      expect(online.stdout).toContain('populated 9 table(s) from 9 data file(s), 39 row(s): 0 inserted, 0 updated, 39 unchanged\n');
      expect(online.stdout).toContain('  lbaas_protocol: 4 row(s) from versions/data/lbaas_protocol.jsonc: 0 inserted, 0 updated, 4 unchanged\n');
      // on PostgreSQL the row versions (xmin) are the same too: no row was rewritten
      expect(await snapshot(db, tables)).toEqual(first);
    }, 180_000);

    it('an edited data file: the changed row is updated, a new row inserted, rows left out of the file stay, other tables untouched', async () => {
      const before = await snapshot(db, tables);
      const f = join(p.dir, 'versions/data/lbaas_protocol.jsonc');
      const text = readFileSync(f, 'utf8')
        .replace('"Plain HTTP; the load balancer reads the requests"', '"HTTP/1.1, the load balancer reads the requests"')
        .replace(/\n\s*\{ "name": "TCP", [^\n]*\n/, '\n')
        .replace('"rows": [', '"rows": [\n    { "name": "UDP", "description": null },');
      writeFileSync(f, text);
      ok(await runCli(['populate'], p.dir, env));
      const after = await snapshot(db, tables);
      const proto = Object.fromEntries(after.lbaas_protocol!.map((r) => [r.name, r.description]));
      expect(proto).toEqual({
        HTTP: 'HTTP/1.1, the load balancer reads the requests',
        HTTPS: 'TLS passed through to the members unopened',
        TCP: 'Any TCP stream',
        TERMINATED_HTTPS: 'TLS ended at the load balancer, plain HTTP to the members (listeners only)',
        UDP: null,
      });
      for (const t of tables.filter((x) => x !== 'lbaas_protocol')) expect(after[t]).toEqual(before[t]);
      if (dialect === 'postgresql') {
        const v = (s: Snapshot, n: string) => s.lbaas_protocol!.find((r) => r.name === n)!.version;
        expect(v(after, 'HTTPS')).toBe(v(before, 'HTTPS'));
        expect(v(after, 'HTTP')).not.toBe(v(before, 'HTTP'));
      }
    }, 180_000);

    it('counts exactly what changed (online, text and --json): all inserted, all unchanged, one row changed by hand, NULL to and from a value, case only', async () => {
      const f = join(p.dir, 'versions/data/lbaas_protocol.jsonc');
      writeFileSync(f, readFileSync(join(ROOT, 'versions/data/lbaas_protocol.jsonc'), 'utf8'));
      const q = (t: string) => (dialect === 'postgresql' ? `"${t}"` : t);
      const exec = async (sql: string) => {
        const r = await db.apply(`${sql}\n`);
        expect(r.code, r.stderr).toBe(0);
      };
      type Report = { inserted: number; updated: number; unchanged: number; files: { table: string; inserted: number; updated: number; unchanged: number }[] };
      const run = async (): Promise<Report> => JSON.parse(ok(await runCli(['--json', 'populate'], p.dir, env)).stdout) as Report;
      const proto = (r: Report) => {
        const x = r.files.find((y) => y.table === 'lbaas_protocol')!;
        return [x.inserted, x.updated, x.unchanged];
      };

      await exec(
        tables
          .map((t) => `DELETE FROM ${q(t)};`)
          .reverse()
          .join('\n'),
      );
      let r = await run();
      expect([r.inserted, r.updated, r.unchanged]).toEqual([39, 0, 0]);
      for (const x of r.files) expect([x.inserted, x.updated, x.unchanged]).toEqual([DATA.find((d) => d.table === x.table)!.rows.length, 0, 0]);
      expect(withoutVersions(await snapshot(db, tables))).toEqual(expected());

      r = await run();
      expect([r.inserted, r.updated, r.unchanged]).toEqual([0, 0, 39]);

      // one row changed by hand: 1 updated, and the row is back
      await exec(`UPDATE ${q('lbaas_protocol')} SET description = 'changed by hand' WHERE name = 'HTTP';`);
      const text = ok(await runCli(['populate'], p.dir, env)).stdout;
      expect(text).toContain('  lbaas_protocol: 4 row(s) from versions/data/lbaas_protocol.jsonc: 0 inserted, 1 updated, 3 unchanged\n');
      expect(text).toContain('populated 9 table(s) from 9 data file(s), 39 row(s): 0 inserted, 1 updated, 38 unchanged\n');
      expect(withoutVersions(await snapshot(db, tables))).toEqual(expected());

      // NULL in the database, a value in the file
      await exec(`UPDATE ${q('lbaas_protocol')} SET description = NULL WHERE name = 'TCP';`);
      r = await run();
      expect([r.inserted, r.updated, r.unchanged]).toEqual([0, 1, 38]);
      expect(proto(r)).toEqual([0, 1, 3]);
      expect(withoutVersions(await snapshot(db, tables))).toEqual(expected());

      // a value in the database, NULL in the file
      writeFileSync(f, readFileSync(f, 'utf8').replace('"Any TCP stream"', 'null'));
      r = await run();
      expect([r.inserted, r.updated, r.unchanged]).toEqual([0, 1, 38]);
      expect((await snapshot(db, ['lbaas_protocol'])).lbaas_protocol!.find((x) => x.name === 'TCP')!.description).toBeNull();
      r = await run();
      expect([r.inserted, r.updated, r.unchanged]).toEqual([0, 0, 39]);
      writeFileSync(f, readFileSync(join(ROOT, 'versions/data/lbaas_protocol.jsonc'), 'utf8'));
      expect(proto(await run())).toEqual([0, 1, 3]);

      // a difference in letter case only is a change (MySQL's collations ignore case; the update writes it)
      await exec(`UPDATE ${q('lbaas_protocol')} SET description = 'ANY TCP STREAM' WHERE name = 'TCP';`);
      expect(proto(await run())).toEqual([0, 1, 3]);
      expect(withoutVersions(await snapshot(db, tables))).toEqual(expected());
      expect(proto(await run())).toEqual([0, 0, 4]);
    }, 300_000);
  });
}
