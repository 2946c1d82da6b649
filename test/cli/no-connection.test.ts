/**
 * A configuration file that names no database: every command that connects
 * stops with CL004 (exit 1) instead of quietly using ./lbaas.sqlite, and
 * creates no database file.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cli, removeDir, ROOT, snapshot, tempDir } from './run.js';

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = tempDir('lbaas-noconn');
  writeFileSync(join(dir, 'lbaas.conf'), '[alembic]\nversion_table = alembic_version_lbaas\n');
});
afterAll(() => removeDir(dir));

describe('--config-file without [database] connection', () => {
  const commands = [['current'], ['upgrade', 'heads'], ['stamp', 'kilo'], ['bootstrap'], ['populate'], ['history', '--indicate-current']];
  for (const args of commands) {
    it(`${args.join(' ')}: CL004, exit 1, no database file`, async () => {
      const before = snapshot(dir);
      const r = await cli(['--config-file', 'lbaas.conf', ...args], { cwd: dir });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toBe('error CL004: lbaas.conf sets no [database] connection, so there is no database to connect to');
      expect(snapshot(dir)).toEqual(before);
    });
  }
});

describe('revision --autogenerate --from-db with a config file that names no database', () => {
  it('CL004, exit 1, no revision file and no database file', async () => {
    const work = tempDir('lbaas-noconn-rev');
    try {
      cpSync(join(ROOT, 'versions'), join(work, 'versions'), { recursive: true });
      writeFileSync(join(work, 'lbaas.conf'), '[alembic]\nversion_table = alembic_version_lbaas\n');
      const before = snapshot(work);
      const r = await cli(['--config-file', 'lbaas.conf', 'revision', '-m', 'from the db', '--autogenerate', '--from-db', '--expand'], { cwd: work });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr.split('\n')[0]).toBe('error CL004: lbaas.conf sets no [database] connection, so there is no database to connect to');
      expect(snapshot(work)).toEqual(before);
    } finally {
      removeDir(work);
    }
  });
});
