/**
 * The MySQL option file (the password) is removed on every exit path of the process that made
 * it, also those the executor's own cleanup never reaches: an uncaught exception, and
 * process.exit() while the client still runs. Run in a separate Node process that loads the
 * BUILT executor, with its own TMPDIR, and a stand-in client (`sleep`) that outlives it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ROOT, tempDir } from '../cli/run.js';

const SECRET = 'Exit-Path-Secret-3';

describe('the option file on every exit path', () => {
  let dir: string;
  beforeAll(() => {
    assertBuilt();
    dir = tempDir('lbaas-optfile');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const [how, end] of [
    ['an uncaught exception', "throw new Error('an uncaught exception')"],
    ['process.exit()', 'process.exit(3)'],
  ] as const) {
    it(`${how} while the client runs: the directory and the file are gone`, () => {
      const tmp = join(dir, how.replace(/\W+/g, '-'));
      mkdirSync(tmp);
      const script = join(dir, `${how.replace(/\W+/g, '-')}.mjs`);
      writeFileSync(
        script,
        [
          "import { spawn } from 'node:child_process';",
          "import { readdirSync } from 'node:fs';",
          `const { MysqlExecutor } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/exec/mysql.js')).href)});`,
          `const ex = new MysqlExecutor({ dialect: 'mysql', host: '127.0.0.1', user: 'u', password: ${JSON.stringify(SECRET)}, database: 'd', query: {} }, {`,
          "  spawn: (c, a, o) => { const p = spawn('sleep', ['30'], o); process.stdout.write(`child ${p.pid}\\n`); return p; },",
          '});',
          "ex.run('SELECT 1;');",
          'setTimeout(() => {',
          '  process.stdout.write(`files ${readdirSync(process.env.TMPDIR).length}\\n`);',
          `  ${end};`,
          '}, 500);',
        ].join('\n'),
      );
      const bin = join(dir, 'bin');
      mkdirSync(bin, { recursive: true });
      // the executor looks for a client on PATH before it makes the option file
      writeFileSync(join(bin, 'mariadb'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
      const r = spawnSync(process.execPath, [script], {
        env: { ...process.env, TMPDIR: tmp, PATH: `${bin}:${process.env.PATH}` },
        encoding: 'utf8',
        timeout: 20_000,
      });
      const child = /child (\d+)/.exec(r.stdout);
      try {
        expect(r.stdout, r.stderr).toContain('files 1'); // the option directory existed while the client ran
        expect(r.status).toBe(how === 'process.exit()' ? 3 : 1);
        expect(readdirSync(tmp)).toEqual([]);
      } finally {
        if (child) {
          try {
            process.kill(Number(child[1]), 'SIGKILL');
          } catch {
            /* gone */
          }
        }
      }
    });
  }
});
