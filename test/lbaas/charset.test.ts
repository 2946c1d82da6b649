/**
 * MySQL/MariaDB character sets: Neutron's tables are utf8 (utf8mb3) while many servers default
 * new databases to utf8mb4. A created table that took the database default could not hold a
 * foreign key to a utf8mb3 table (errno 150, halfway through the script). Every created table,
 * the version table included, states ENGINE=InnoDB and the configured set and collation
 * (`[mysql] charset` / `collation`, default utf8 / utf8_general_ci).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeEngine, type ScratchDb } from '../support/engines.js';
import { applyOk, bundle, cli, cliOk, expectAt, shipped } from './support.js';

const tmp = mkdtempSync(join(tmpdir(), 'lbaas-charset-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A config file for `dialect` with the given [mysql] lines. */
function config(name: string, dialect: string, mysql: string): string {
  const path = join(tmp, name);
  writeFileSync(path, `[database]\nconnection = ${dialect}://root@127.0.0.1/unused\n[mysql]\n${mysql}`);
  return path;
}

async function tables(db: ScratchDb): Promise<{ TABLE_NAME: string; ENGINE: string; TABLE_COLLATION: string }[]> {
  return db.query(`SELECT TABLE_NAME, ENGINE, TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME`);
}

for (const dialect of ['mariadb', 'mysql'] as const) {
  describeEngine(dialect, 'created tables state engine and character set', (engine) => {
    it('utf8mb4 database default, utf8mb3 Neutron tables: the upgrade to the heads holds its foreign keys', async () => {
      const db = await engine.scratch();
      // The scratch database defaults to utf8mb4, as the server does.
      const [d] = await db.query<{ c: string }>('SELECT @@character_set_database AS c');
      expect(d!.c).toBe('utf8mb4');
      // Neutron's tables (and the LBaaS v1 tables) as a Neutron install made them: utf8mb3.
      await applyOk(db, bundle('mysql', 'bootstrap.sql'), 'bootstrap.sql');
      for (const t of await tables(db)) expect(t.TABLE_COLLATION, t.TABLE_NAME).toBe('utf8mb3_general_ci');
      const up = cliOk(['upgrade', 'heads', '--sql', '--dialect', dialect]);
      await applyOk(db, up, 'upgrade heads');
      const { graph } = shipped();
      await expectAt(db, [...graph.heads], 'upgrade heads');
      const all = await tables(db);
      expect(all.map((t) => t.TABLE_NAME)).toContain('alembic_version_lbaas');
      expect(all.map((t) => t.TABLE_NAME)).toContain('lbaas_l7policies');
      for (const t of all) {
        expect(t.ENGINE, t.TABLE_NAME).toBe('InnoDB');
        expect(t.TABLE_COLLATION, t.TABLE_NAME).toBe('utf8mb3_general_ci');
      }
    });

    it('tables created in the database default (utf8mb4) over utf8mb3 ones fail on a foreign key: the failure the default prevents', async () => {
      const db = await engine.scratch();
      await applyOk(db, bundle('mysql', 'bootstrap.sql'), 'bootstrap.sql');
      const up = cliOk(['--config-file', config('mb4.ini', dialect, 'charset = utf8mb4\n'), 'upgrade', 'heads', '--sql', '--dialect', dialect]);
      expect(up).toContain('DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci');
      const r = await db.apply(up, { timeoutMs: 120_000 });
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/errno: 150|Foreign key constraint is incorrectly formed/);
    });

    it('a configured charset and collation reach every created table; a bad name is refused', async () => {
      const db = await engine.scratch();
      const cfg = config('mb4-all.ini', dialect, 'charset = utf8mb4\ncollation = utf8mb4_unicode_ci\n');
      // A site whose Neutron tables are utf8mb4: the stand-ins and the LBaaS tables follow the config.
      const boot = cliOk(['--config-file', cfg, 'bootstrap', '--sql', '--dialect', dialect]);
      await applyOk(db, boot.replace(/utf8_general_ci/g, 'utf8mb4_unicode_ci').replace(/CHARSET=utf8 /g, 'CHARSET=utf8mb4 '), 'bootstrap (utf8mb4)');
      await applyOk(db, cliOk(['--config-file', cfg, 'upgrade', 'heads', '--sql', '--dialect', dialect]), 'upgrade heads (utf8mb4)');
      for (const t of await tables(db)) expect(t.TABLE_COLLATION, t.TABLE_NAME).toBe('utf8mb4_unicode_ci');
      const bad = cli([
        '--config-file',
        config('bad.ini', dialect, 'collation = utf8mb4_bin; DROP TABLE x\n'),
        'upgrade',
        'heads',
        '--sql',
        '--dialect',
        dialect,
      ]);
      expect(bad.code).not.toBe(0);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toMatch(/CF040: \[mysql\] collation 'utf8mb4_bin; DROP TABLE x' is not a character set or collation name/);
    });
  });
}
