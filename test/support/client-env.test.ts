/**
 * A script that makes a client open its editor (`\e` in psql and the mariadb/mysql client) must fail within seconds under the tests' client environment,
 * not wait on an editor nobody sees. Proven through the helpers every engine test uses
 * (ScratchDb.apply, runCommand with an explicit environment that has no EDITOR of its own).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CLIENT_ENV } from './client-env.js';
import { describeEngine, mysqlConfig, runCommand, type ExecResult } from './engines.js';

const QUICK_MS = 10_000;

it('the test workers and their children see the client environment', () => {
  for (const [k, v] of Object.entries(CLIENT_ENV)) expect(process.env[k], k).toBe(v);
});

const failedQuickly = (r: ExecResult, started: number) => {
  // 124 would be the timeout killing a client that waits on an editor.
  expect(r.code, `${r.stdout}\n${r.stderr}`).not.toBe(124);
  expect(r.code).not.toBe(0);
  expect(Date.now() - started).toBeLessThan(QUICK_MS);
};

describeEngine('postgresql', 'a script with \\e', (engine) => {
  it('fails at once under psql', async () => {
    const db = await engine.scratch();
    const started = Date.now();
    failedQuickly(await db.apply('SELECT 1\n\\e\nSELECT 2;\n', { timeoutMs: QUICK_MS * 2 }), started);
  });
});

describeEngine('mariadb', 'a script with \\e', (engine) => {
  it('fails at once under the mariadb client, even given an environment without EDITOR', async () => {
    const db = await engine.scratch();
    let started = Date.now();
    failedQuickly(await db.apply('SELECT 1\n\\e\nSELECT 2;\n', { timeoutMs: QUICK_MS * 2 }), started);
    const c = mysqlConfig();
    const bare: NodeJS.ProcessEnv = { PATH: process.env.PATH, ...(c.password ? { MYSQL_PWD: c.password } : {}) };
    const dir = mkdtempSync(join(tmpdir(), 'lbaas-edit-'));
    try {
      writeFileSync(join(dir, 'script.sql'), 'SELECT 1\n\\e\nSELECT 2;\n', { mode: 0o600 });
      started = Date.now();
      const args = ['--no-defaults', `--host=${c.host}`, `--port=${c.port}`, `--user=${c.user}`, db.name];
      failedQuickly(await runCommand('mariadb', args, { env: bare, stdinFile: join(dir, 'script.sql'), timeoutMs: QUICK_MS * 2 }), started);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
