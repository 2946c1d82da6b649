/**
 * The installed command: `lbaas-db-manage` is dist/cli/main.js run by itself, through its `#!`
 * line, which starts Node with the V8 option the tool sets for itself (a small young
 * generation; see docs/benchmarks.md). The build marks the file executable.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cli, MAIN, removeDir, tempDir } from './run.js';

describe('the built command run by itself', { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(() => {
    assertBuilt();
    dir = tempDir('lbaas-bin');
  });
  afterAll(() => removeDir(dir));

  it('is executable and starts Node with its own V8 option', () => {
    expect(statSync(MAIN).mode & 0o111, 'dist/cli/main.js is not executable: build with `npm run build` (tsc alone does not mark it)').toBe(0o111);
    expect(readFileSync(MAIN, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env -S node --max-semi-space-size=2');
  });

  it('writes the same script as `node dist/cli/main.js`, for every dialect', async () => {
    for (const d of ['postgresql', 'mysql', 'mariadb', 'sqlite']) {
      const args = ['--dialect', d, 'upgrade', 'heads', '--sql'];
      const [direct, viaNode] = await Promise.all([cli(args, { direct: true }), cli(args)]);
      expect(direct.stderr).toBe('');
      expect(direct.code).toBe(0);
      expect(viaNode.code).toBe(0);
      expect(direct.stdout.length).toBeGreaterThan(1000);
      expect(direct.stdout).toBe(viaNode.stdout);
    }
  });

  it('reaches Node with the option of its #! line', async () => {
    // A preloaded script records the options Node was started with (process.execArgv).
    const out = join(dir, 'exec-argv.json');
    const preload = join(dir, 'record.cjs');
    writeFileSync(preload, `require('fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.execArgv));\n`);
    const r = await cli(['--help'], { direct: true, env: { NODE_OPTIONS: `--require ${preload}` } });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toContain('--max-semi-space-size=2');
  });
});
