/**
 * MySQL/MariaDB scripts are UTF-8 whatever the client's character set: run by
 * hand through the plain `mariadb` client set to utf8mb3 (the default of many
 * installs), a four-byte character in the data arrives intact, because the
 * script sets its connection's character set itself.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { describeEngine, mysqlConfig, runCommand } from '../support/engines.js';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const TEXT = 'caf\u00e9 \u{1F600} \u4e2d';

describeEngine('mariadb', 'scripts set their own character set', (engine) => {
  it('a four-byte character in a row survives `mariadb db < upgrade.sql` through a utf8mb3 client', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lbaas-charset-'));
    try {
      writeFileSync(join(dir, 'r1.jsonc'), JSON.stringify({
        revision: 'r1', down_revision: null, message: `rows with ${TEXT}`,
        upgrade: [
          { op: 'create_table', table: 'notes', columns: [{ name: 'id', type: 'integer', nullable: false }, { name: 'body', type: 'string(64)' }], primary_key: ['id'] },
          { op: 'bulk_insert', table: 'notes', rows: [{ id: 1, body: TEXT }] },
        ],
      }));
      const sql = execFileSync('node', [CLI, '--versions', dir, '--dialect', 'mariadb', 'upgrade', 'heads', '--sql'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      writeFileSync(join(dir, 'upgrade.sql'), sql);
      const db = await engine.scratch();
      const c = mysqlConfig();
      const client = process.env.LBAAS_TEST_MYSQL_CLIENT ?? 'mariadb';
      // a client set to a three-byte character set, as many installs default to (pinned, so the
      // test does not depend on this machine's client defaults)
      const base = ['--no-defaults', `--host=${c.host}`, `--port=${c.port}`, `--user=${c.user}`, '--default-character-set=utf8mb3'];
      const env = { ...process.env, ...(c.password ? { MYSQL_PWD: c.password } : {}) };
      const dflt = await runCommand(client, [...base, '-N', '-e', 'SELECT @@character_set_client', db.name], { env });
      expect(dflt.stdout.trim()).toBe('utf8mb3');
      const res = await runCommand(client, [...base, db.name], { env, stdinFile: join(dir, 'upgrade.sql') });
      expect(res.code, res.stderr).toBe(0);
      const rows = await db.query<{ body: string }>('SELECT body FROM notes WHERE id = 1');
      expect(rows[0]!.body).toBe(TEXT);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
