/**
 * Revision ids on MySQL and MariaDB: version_num's collation ignores case, so every comparison
 * of ids the scripts make there must be by bytes. A history whose ids are upper case
 * (ABCD0001 -> ABCD0002) is compiled by the built program; the databases are set up directly
 * with SQL, and the scripts run through the real clients as a DBA runs a file.
 *  - a database stamped at 'abcd0001' (another revision as far as the compiler knows) stops
 *    the script for ABCD0001 at its guard, nothing changed;
 *  - the same database at 'ABCD0001' applies it;
 *  - without the guard, the version table's UPDATE and DELETE statements touch only the exact id.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { describeEngine, type ExecResult, type ScratchDb } from '../support/engines.js';
import { removeDir, tempDir } from '../cli/run.js';
import { cliOk, runAsDba, type Runner } from './clients.js';

const VT = 'alembic_version_lbaas';

function revision(id: string, down: string | null, table: string): string {
  return JSON.stringify(
    {
      revision: id,
      down_revision: down,
      message: `create ${table}`,
      upgrade: [{ op: 'create_table', table, columns: [{ name: 'id', type: 'integer', nullable: false }], primary_key: ['id'] }],
      downgrade: [{ op: 'drop_table', table }],
    },
    null,
    2,
  );
}

const out = (r: ExecResult) => `${r.stdout}\n${r.stderr}`;

for (const { dialect, runner } of [
  { dialect: 'mysql', runner: 'mysql' },
  { dialect: 'mariadb', runner: 'mariadb' },
] as { dialect: Dialect; runner: Runner }[]) {
  describeEngine(dialect, `ids compared by bytes through ${runner}`, (engine) => {
    let dir: string;
    const compile = (...args: string[]) => cliOk(['--dialect', dialect, ...args, '--sql'], { cwd: dir });

    beforeAll(() => {
      dir = tempDir('lbaas-case-ids');
      mkdirSync(join(dir, 'versions'));
      writeFileSync(join(dir, 'versions', 'ABCD0001_one.jsonc'), revision('ABCD0001', null, 'one'));
      writeFileSync(join(dir, 'versions', 'ABCD0002_two.jsonc'), revision('ABCD0002', 'ABCD0001', 'two'));
    });
    afterAll(() => removeDir(dir));

    /** A database at `ids` (set up directly, as the revisions would leave it: table one exists). */
    async function at(...ids: string[]): Promise<ScratchDb> {
      const db = await engine.scratch();
      const setup = [
        `CREATE TABLE ${VT} (version_num VARCHAR(32) NOT NULL, CONSTRAINT ${VT}_pkc PRIMARY KEY (version_num));`,
        ...ids.map((id) => `INSERT INTO ${VT} (version_num) VALUES ('${id}');`),
        'CREATE TABLE one (id INTEGER NOT NULL PRIMARY KEY);',
      ].join('\n');
      const r = await db.apply(setup);
      expect(r.code, out(r)).toBe(0);
      return db;
    }

    const versions = async (db: ScratchDb) =>
      (await db.query<{ version_num: string }>(`SELECT version_num FROM ${VT} ORDER BY version_num`)).map((x) => x.version_num);
    const tables = async (db: ScratchDb) =>
      (await db.query<{ t: string }>(`SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = '${db.name}' ORDER BY TABLE_NAME`)).map(
        (x) => x.t,
      );

    it('the guard of a script for ABCD0001 stops on a database at abcd0001, nothing changed', async () => {
      const db = await at('abcd0001');
      const r = await runAsDba(runner, db, compile('upgrade', 'ABCD0001:heads'));
      expect(r.code, out(r)).not.toBe(0);
      expect(out(r)).toContain('lbaas-db-manage guard STOP: this script expects the database at ABCD0001, but it is at abcd0001; nothing was changed');
      expect(await versions(db)).toEqual(['abcd0001']);
      expect(await tables(db)).toEqual([VT, 'one']);
    });

    it('the same script applies on a database at ABCD0001', async () => {
      const db = await at('ABCD0001');
      const r = await runAsDba(runner, db, compile('upgrade', 'ABCD0001:heads'));
      expect(r.code, out(r)).toBe(0);
      expect(await versions(db)).toEqual(['ABCD0002']);
      expect(await tables(db)).toEqual([VT, 'one', 'two']);
    });

    it('without the guard, the version row is moved and deleted only when its id matches exactly', async () => {
      const up = compile('upgrade', 'ABCD0001:heads', '--no-guard');
      const down = compile('downgrade', 'ABCD0001:base', '--no-guard');
      // UPDATE ... WHERE version_num = 'ABCD0001' finds no row: 'abcd0001' is left as it was.
      const moved = await at('abcd0001');
      let r = await runAsDba(runner, moved, up);
      expect(r.code, out(r)).toBe(0);
      expect(await versions(moved)).toEqual(['abcd0001']);
      // DELETE ... WHERE version_num = 'ABCD0001' likewise (the statement alone: a downgrade to base
      // then drops the version table).
      const del = down.split('\n').filter((l) => l.startsWith('DELETE FROM'));
      expect(del).toHaveLength(1);
      const deleted = await at('abcd0001');
      r = await runAsDba(runner, deleted, del[0]!);
      expect(r.code, out(r)).toBe(0);
      expect(await versions(deleted)).toEqual(['abcd0001']);
      const gone = await at('ABCD0001');
      r = await runAsDba(runner, gone, del[0]!);
      expect(r.code, out(r)).toBe(0);
      expect(await versions(gone)).toEqual([]);
      // The exact id is moved and deleted.
      const exact = await at('ABCD0001');
      r = await runAsDba(runner, exact, up);
      expect(r.code, out(r)).toBe(0);
      expect(await versions(exact)).toEqual(['ABCD0002']);
      r = await runAsDba(runner, exact, compile('downgrade', 'ABCD0002:ABCD0001', '--no-guard'));
      expect(r.code, out(r)).toBe(0);
      expect(await versions(exact)).toEqual(['ABCD0001']);
      expect(await tables(exact)).toEqual([VT, 'one']);
    });
  });
}
