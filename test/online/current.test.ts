/**
 * `current` says what it found, on every engine, through the built program: the version rows on
 * stdout (as Alembic prints them); a missing or empty version table noted on stderr with exit 0
 * (base is a known state); a missing SQLite file or a row this history does not hold is an error.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { assertApplied, describeEngine, type ScratchDb } from '../support/engines.js';
import { connectionUrl, requireBuilt, runCli, suiteWorkDir, writeConfig } from './cli.js';

const TABLE = 'alembic_version_lbaas';

for (const dialect of ['postgresql', 'mysql', 'sqlite'] as Dialect[]) {
  describeEngine(dialect, 'current reports what it found', (engine) => {
    let db: ScratchDb;
    const wd = suiteWorkDir();
    let conf: string;
    const cli = (...args: string[]) => runCli(['--config-file', conf, ...args], { cwd: wd.dir });
    const sql = async (text: string) => assertApplied(await db.apply(`${text};\n`));

    beforeAll(async () => {
      requireBuilt();
      db = await engine.scratch();
      conf = writeConfig(wd.dir, connectionUrl(db));
    });

    it('no version table: nothing on stdout, a note on stderr, exit 0', async () => {
      const r = await cli('current');
      expect([r.code, r.stdout]).toEqual([0, '']);
      expect(r.stderr).toBe(`no version table ${TABLE}: the database is at base (no revision applied)\n`);
      const q = await cli('--quiet', 'current');
      expect([q.code, q.stdout, q.stderr]).toEqual([0, '', '']);
      const j = await cli('--json', 'current');
      expect(j.code).toBe(0);
      expect(JSON.parse(j.stdout)).toMatchObject({ version_table_exists: false, heads: [] });
      expect(j.stderr).toBe('');
    });

    it('an empty version table is base too, and says so', async () => {
      await sql(`CREATE TABLE ${TABLE} (version_num VARCHAR(32) NOT NULL PRIMARY KEY)`);
      const r = await cli('current');
      expect([r.code, r.stdout]).toEqual([0, '']);
      expect(r.stderr).toBe(`the version table ${TABLE} is empty: the database is at base (no revision applied)\n`);
      expect(JSON.parse((await cli('--json', 'current')).stdout)).toMatchObject({ version_table_exists: true, heads: [] });
    });

    it('a known revision is printed as Alembic prints it, exit 0', async () => {
      await sql(`INSERT INTO ${TABLE} (version_num) VALUES ('kilo')`);
      const r = await cli('current');
      expect([r.code, r.stdout, r.stderr]).toEqual([0, 'kilo (branchpoint)\n', '']);
    });

    it('a revision this history does not hold is an error naming it, nothing on stdout', async () => {
      await sql(`INSERT INTO ${TABLE} (version_num) VALUES ('feedfacecafe')`);
      for (const args of [['current'], ['--json', 'current'], ['current', '--verbose']]) {
        const r = await cli(...args);
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain('CL006');
        expect(r.stderr).toContain("'feedfacecafe'");
      }
    });
  });
}

describeEngine('sqlite', 'current on a SQLite file that does not exist', () => {
  const wd = suiteWorkDir();
  it('is an error, and creates no file', async () => {
    requireBuilt();
    const conf = writeConfig(wd.dir, 'sqlite:///nowhere/lbaas.sqlite');
    const r = await runCli(['--config-file', conf, 'current'], { cwd: wd.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error CL005: the SQLite database nowhere/lbaas.sqlite does not exist');
    expect(existsSync(join(wd.dir, 'nowhere'))).toBe(false);
  });
});
