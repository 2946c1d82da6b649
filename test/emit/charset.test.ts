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
import { describeEngine, mysqlConfig, pgConfig, runCommand } from '../support/engines.js';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const TEXT = 'caf\u00e9 \u{1F600} \u4e2d';

describeEngine('mariadb', 'scripts set their own character set', (engine) => {
  it('a four-byte character in a row survives `mariadb db < upgrade.sql` through a utf8mb3 client', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lbaas-charset-'));
    try {
      writeFileSync(
        join(dir, 'r1.jsonc'),
        JSON.stringify({
          revision: 'r1',
          down_revision: null,
          message: `rows with ${TEXT}`,
          upgrade: [
            {
              op: 'create_table',
              table: 'notes',
              columns: [
                { name: 'id', type: 'integer', nullable: false },
                { name: 'body', type: 'string(64)' },
              ],
              primary_key: ['id'],
            },
            { op: 'bulk_insert', table: 'notes', rows: [{ id: 1, body: TEXT }] },
          ],
        }),
      );
      // The table holds four-byte characters: utf8mb4 tables (the default, utf8, is Neutron's set).
      writeFileSync(join(dir, 'lbaas.ini'), '[mysql]\ncharset = utf8mb4\n');
      const sql = execFileSync('node', [CLI, '--config-file', join(dir, 'lbaas.ini'), '--versions', dir, '--dialect', 'mariadb', 'upgrade', 'heads', '--sql'], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
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

/**
 * PostgreSQL scripts set client_encoding themselves: run by hand with PGCLIENTENCODING=LATIN1
 * (or a Latin-1 locale), psql would otherwise hand the script's UTF-8 bytes to the server as
 * Latin-1, and every non-ASCII default and row would arrive garbled, with exit code 0.
 */
describeEngine('postgresql', 'scripts set their own client encoding', (engine) => {
  for (const directives of [true, false]) {
    it(`a non-ASCII default and row survive PGCLIENTENCODING=LATIN1 psql -f upgrade.sql${directives ? '' : ' (--no-client-directives)'}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lbaas-pgenc-'));
      try {
        writeFileSync(
          join(dir, 'r1.jsonc'),
          JSON.stringify({
            revision: 'r1',
            down_revision: null,
            message: `rows with ${TEXT}`,
            upgrade: [
              {
                op: 'create_table',
                table: 'notes',
                columns: [
                  { name: 'id', type: 'integer', nullable: false },
                  { name: 'body', type: 'string(64)', server_default: TEXT },
                ],
                primary_key: ['id'],
              },
              { op: 'bulk_insert', table: 'notes', rows: [{ id: 1, body: `row ${TEXT}` }] },
              { op: 'execute', sql: 'INSERT INTO notes (id) VALUES (2)' },
            ],
          }),
        );
        const args = [CLI, '--versions', dir, '--dialect', 'postgresql', 'upgrade', 'heads', '--sql', ...(directives ? [] : ['--no-client-directives'])];
        const sql = execFileSync('node', args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
        writeFileSync(join(dir, 'upgrade.sql'), sql);
        const db = await engine.scratch();
        const c = pgConfig();
        const env: NodeJS.ProcessEnv = {
          ...process.env,
          PGHOST: c.host,
          PGPORT: String(c.port),
          PGUSER: c.user,
          PGCLIENTENCODING: 'LATIN1',
          EDITOR: 'false',
          VISUAL: 'false',
          ...(c.password !== null ? { PGPASSWORD: c.password } : {}),
        };
        const flags = ['-X', ...(directives ? [] : ['-v', 'ON_ERROR_STOP=1']), '-d', db.name, '-f', join(dir, 'upgrade.sql')];
        const res = await runCommand('psql', flags, { env });
        expect(res.code, res.stderr).toBe(0);
        const rows = await db.query<{ id: number; hex: string }>("SELECT id, encode(convert_to(body, 'UTF8'), 'hex') AS hex FROM notes ORDER BY id");
        expect(rows.map((r) => Buffer.from(r.hex, 'hex').toString('utf8'))).toEqual([`row ${TEXT}`, TEXT]);
        expect(rows.map((r) => r.hex)).toEqual([Buffer.from(`row ${TEXT}`).toString('hex'), Buffer.from(TEXT).toString('hex')]);
        // the setting comes before the first non-ASCII byte of the script
        const firstNonAscii = Buffer.from(sql).findIndex((b) => b > 0x7f);
        expect(sql.indexOf("SET client_encoding = 'UTF8';")).toBeGreaterThan(-1);
        expect(Buffer.byteLength(sql.slice(0, sql.indexOf("SET client_encoding = 'UTF8';")))).toBeLessThan(firstNonAscii);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
