/**
 * Paths the user names for output (--output, --out, --dir) through the BUILT
 * program: a directory where a file is wanted, a file where a directory is
 * wanted, a parent that is a file, an option given without its value. Each
 * stops with one clear diagnostic (CL003 and exit 1 for the file system, CL000
 * and exit 2 for usage), nothing on stdout, no stack trace, and nothing
 * written: no file, no directory, no temporary file left next to the target.
 * A missing parent directory is not an error: it is created.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cli, removeDir, snapshot, tempDir, type Run } from './run.js';

const FILE_HINT = '  hint: nothing was written; give a file path in a writable directory, or leave out --output to print the script';

let work: string;
beforeAll(() => {
  assertBuilt();
  work = tempDir('lbaas-output');
});
afterAll(() => removeDir(work));

/** A fresh directory under the test's work directory, holding `files` (name -> content; a trailing / makes a directory). */
function scene(name: string, files: Record<string, string> = {}): string {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const [f, text] of Object.entries(files)) {
    if (f.endsWith('/')) mkdirSync(join(dir, f), { recursive: true });
    else {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), text);
    }
  }
  return dir;
}

function expectError(r: Run, exit: number, lines: string[]): void {
  expect(r.code, r.stderr).toBe(exit);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr.split('\n').slice(0, lines.length)).toEqual(lines);
}

/** No temporary file of an atomic write left anywhere under `dir`. */
function noTemporaries(dir: string): void {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : e.name.startsWith('.lbaas-tmp-') ? [join(d, e.name)] : [],
    );
  expect(walk(dir)).toEqual([]);
}

describe('--output naming a directory or a path under a file', () => {
  const commands: [string, string[]][] = [
    ['upgrade --sql', ['upgrade', 'heads', '--sql']],
    ['downgrade --sql', ['downgrade', 'kilo:lbaasv2', '--sql']],
    ['stamp --sql', ['stamp', 'heads', '--sql']],
    ['bootstrap --sql', ['bootstrap', '--sql']],
    ['populate --sql', ['populate', '--sql']],
  ];
  for (const [name, args] of commands) {
    it(`${name} --output <directory>: CL003, exit 1, nothing written`, async () => {
      const dir = scene(`dir-${name.replace(/\W+/g, '-')}`, { 'out/': '' });
      const before = snapshot(dir);
      const r = await cli([...args, '--output', 'out'], { cwd: dir });
      expectError(r, 1, ['error CL003: cannot write --output out: it is a directory', FILE_HINT]);
      expect(snapshot(dir)).toEqual(before);
    });

    it(`${name} --output <file>/x.sql: CL003, exit 1, nothing written`, async () => {
      const dir = scene(`under-file-${name.replace(/\W+/g, '-')}`, { plain: 'a file\n' });
      const before = snapshot(dir);
      const r = await cli([...args, '--output', 'plain/x.sql'], { cwd: dir });
      expectError(r, 1, ['error CL003: cannot write --output plain/x.sql: a parent of it is not a directory', FILE_HINT]);
      expect(snapshot(dir)).toEqual(before);
    });

    it(`${name} --output in a directory that does not exist yet creates it`, async () => {
      const dir = scene(`missing-parent-${name.replace(/\W+/g, '-')}`);
      const r = await cli([...args, '--output', 'new/deeper/x.sql'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe('');
      expect(readFileSync(join(dir, 'new/deeper/x.sql'), 'utf8')).toMatch(/^-- /);
      noTemporaries(dir);
    });
  }

  it('bootstrap --output <directory> leaves no temporary file next to it', async () => {
    const dir = scene('bootstrap-tmp', { 'out/': '' });
    const r = await cli(['bootstrap', '--sql', '--output', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(readdirSync(dirname(join(dir, 'out'))).filter((n) => n.startsWith('.lbaas-tmp-'))).toEqual([]);
    noTemporaries(dir);
  });

  it('bootstrap --output without --sql is a usage error, as for upgrade and populate', async () => {
    const dir = scene('bootstrap-online-output');
    const r = await cli(['bootstrap', '--output', 'x.sql'], { cwd: dir });
    expectError(r, 2, ['error CL000: --output is only for --sql']);
    expect(snapshot(dir)).toEqual([]);
  });
});

describe('dist-sql --out and check-dist --dir', () => {
  it('dist-sql --out <file>: CL003, exit 1, nothing written', async () => {
    const dir = scene('dist-file', { plain: 'a file\n' });
    const before = snapshot(dir);
    const r = await cli(['dist-sql', '--out', 'plain'], { cwd: dir });
    expectError(r, 1, ['error CL003: cannot write --out plain: it is a file, not a directory', '  hint: nothing was written; give a directory for --out']);
    expect(snapshot(dir)).toEqual(before);
  });

  it('dist-sql --out under a file: CL003, exit 1, nothing written', async () => {
    const dir = scene('dist-under-file', { plain: 'a file\n' });
    const before = snapshot(dir);
    const r = await cli(['dist-sql', '--out', 'plain/bundles'], { cwd: dir });
    expectError(r, 1, ['error CL003: cannot write --out plain/bundles: a parent of it is not a directory']);
    expect(snapshot(dir)).toEqual(before);
  });

  it('dist-sql --out whose dialect folder is a file: CL003 naming it, exit 1, nothing written', async () => {
    const dir = scene('dist-dialect-file', { 'bundles/sqlite': 'not a folder\n' });
    const before = snapshot(dir);
    const r = await cli(['dist-sql', '--out', 'bundles'], { cwd: dir });
    expectError(r, 1, ['error CL003: cannot write --out bundles/sqlite: it is a file, not a directory']);
    expect(snapshot(dir)).toEqual(before);
  });

  it('dist-sql --out a new nested directory creates it', async () => {
    const dir = scene('dist-new');
    const r = await cli(['--quiet', 'dist-sql', '--out', 'a/b'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'a/b/postgresql/manifest.json'))).toBe(true);
    noTemporaries(dir);
  });

  it('check-dist --dir <file>: CL003, exit 1', async () => {
    const dir = scene('check-file', { plain: 'a file\n' });
    const r = await cli(['check-dist', '--dir', 'plain'], { cwd: dir });
    expectError(r, 1, ['error CL003: cannot read --dir plain: it is a file, not a directory']);
  });
});

describe('bundle --out', () => {
  const cases: [string, string, string, string][] = [
    ['<file>', 'bundle-file', 'plain', 'it is a file, not a directory'],
    ['under a file', 'bundle-under-file', 'plain/review', 'a parent of it is not a directory'],
  ];
  for (const [what, name, out, why] of cases) {
    it(`bundle --out ${what}: CL003, exit 1, nothing written`, async () => {
      const dir = scene(name, { plain: 'a file\n' });
      const before = snapshot(dir);
      const r = await cli(['bundle', 'kilo:heads', '--out', out], { cwd: dir });
      expectError(r, 1, [`error CL003: cannot write --out ${out}: ${why}`]);
      expect(snapshot(dir)).toEqual(before);
    });
  }
});

describe('an output option without its value', () => {
  const cases: [string[], string][] = [
    [['upgrade', 'heads', '--sql', '--output'], 'error CL000: option `--output <file>` value is missing'],
    [['bootstrap', '--sql', '--output'], 'error CL000: option `--output <file>` value is missing'],
    [['populate', '--sql', '--output'], 'error CL000: option `--output <file>` value is missing'],
    [['dist-sql', '--out'], 'error CL000: option `--out <dir>` value is missing'],
    [['bundle', 'kilo:heads', '--out'], 'error CL000: option `--out <dir>` value is missing'],
    [['check-dist', '--dir'], 'error CL000: option `--dir <dir>` value is missing'],
  ];
  for (const [args, error] of cases) {
    it(`${args.join(' ')}: usage error, exit 2, nothing written`, async () => {
      const dir = scene(`no-value-${args.join('-').replace(/\W+/g, '-')}`);
      const r = await cli(args, { cwd: dir });
      expectError(r, 2, [error, `  hint: see 'lbaas-db-manage ${args[0]} --help'`]);
      expect(snapshot(dir)).toEqual([]);
    });
  }

  it('an unknown option is a usage error too, not an internal error', async () => {
    const r = await cli(['upgrade', 'heads', '--sql', '--outptu', 'x.sql'], { cwd: scene('unknown-option') });
    expectError(r, 2, ["error CL000: unknown option '--outptu'", "  hint: see 'lbaas-db-manage upgrade --help'"]);
  });
});

describe('--templates naming a directory without the templates', () => {
  it('bundle: a TP001 error naming the missing template, exit 1, nothing written', async () => {
    const dir = scene('templates-missing', { 'templates/postgresql/': '' });
    const out = join(dir, 'bundle');
    for (const templates of [join(dir, 'templates'), join(dir, 'nowhere')]) {
      const r = await cli(['--dialect', 'postgresql', 'bundle', 'kilo:heads', '--out', out, '--templates', templates]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^error TP001: no template '[a-z_]+\.sql\.hbs' for postgresql in the templates directory /);
      expect(r.stderr).not.toContain('internal error');
      expect(existsSync(out)).toBe(false);
    }
  });
});
