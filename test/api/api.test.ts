/**
 * The library API as a user of the package meets it: imported by the package's name (through
 * package.json `exports`, so the built dist/ is what runs: build first), the example of
 * docs/api.md run as it is written, and diagnostics that come back as values: nothing exits,
 * prints or reads the environment.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { compile, DiagnosticError, lint, loadHistory, plan, verify, SHIPPED_VERSIONS } from 'lbaas-db-manage';
import { assertBuilt, cli, FIXTURES, ROOT } from '../cli/run.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; exports: Record<string, { types: string; default: string }> };

/** The code block of docs/api.md marked `js example`. */
function docExample(): string {
  const doc = readFileSync(join(ROOT, 'docs', 'api.md'), 'utf8');
  const m = /^```js example\n([\s\S]*?)^```$/m.exec(doc);
  if (!m) throw new Error('docs/api.md has no ```js example block');
  return m[1]!;
}

/** Runs ES module code with Node in the package's root, where `import ... from '<the package>'` resolves to the package itself. */
function runModule(code: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.LBAAS_DB_CONNECTION;
    execFile(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') return reject(err);
      resolve({ code: err ? (err.code as number) : 0, stdout, stderr });
    });
  });
}

beforeAll(() => assertBuilt());

describe('the package', () => {
  it('exports its API entry with type declarations, and keeps the command', () => {
    expect(pkg.name).toBe('lbaas-db-manage');
    const entry = pkg.exports['.']!;
    for (const f of [entry.default, entry.types]) expect(existsSync(join(ROOT, f)), f).toBe(true);
    expect(readFileSync(join(ROOT, entry.types), 'utf8')).toMatch(/pipeline\/index\.js/);
  });

  it('runs the example of docs/api.md as it is written', async () => {
    const r = await runModule(docExample());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ lines, \d+ statements parsed\nrefused \(status 1\): GR020\n$/);
  });

  it('compiles a range to the bytes the command prints', async () => {
    const history = loadHistory();
    for (const [dialect, range] of [
      ['postgresql', 'base:kilo'],
      ['mysql', 'base:heads'],
      ['sqlite', 'kilo:expand@head'],
    ] as const) {
      const out = await cli(['--dialect', dialect, 'upgrade', range, '--sql']);
      expect(out.code).toBe(0);
      const r = compile({ history, range, dialect });
      expect(r.script).toBe(out.stdout);
      expect(r.chunks.length).toBeGreaterThan(0);
      expect(r.chunks.every((c) => c.end <= r.script.length)).toBe(true);
    }
    const down = await cli(['--dialect', 'mariadb', '--version-table', 'v', 'downgrade', 'heads:expand@-1', '--sql', '--no-guard']);
    expect(down.code).toBe(0);
    expect(
      compile({ history, range: 'heads:expand@-1', direction: 'downgrade', dialect: 'mariadb', options: { versionTable: 'v', guard: false } }).script,
    ).toBe(down.stdout);
  });
});

describe('diagnostics are values', () => {
  const exit = vi.spyOn(process, 'exit');
  const stdout = vi.spyOn(process.stdout, 'write');
  const stderr = vi.spyOn(process.stderr, 'write');
  const log = vi.spyOn(console, 'log');
  const warn = vi.spyOn(console, 'warn');
  const error = vi.spyOn(console, 'error');
  const env = process.env;
  const read = new Set<string>();
  afterEach(() => {
    process.env = env;
  });

  /** Runs fn with every read of process.env recorded. */
  function watchingEnv<T>(fn: () => T): T {
    process.env = new Proxy(env, {
      get: (t, k) => {
        if (typeof k === 'string') read.add(k);
        return Reflect.get(t, k);
      },
      has: (t, k) => {
        if (typeof k === 'string') read.add(k);
        return Reflect.has(t, k);
      },
    });
    try {
      return fn();
    } finally {
      process.env = env;
    }
  }

  /** The error fn throws, which must be a DiagnosticError. */
  function thrown(fn: () => unknown): DiagnosticError {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(DiagnosticError);
      return e as DiagnosticError;
    }
    throw new Error('expected a DiagnosticError');
  }

  it('throws a DiagnosticError with the status the command exits with, and never exits, prints or reads the environment', async () => {
    for (const s of [exit, stdout, stderr, log, warn, error]) s.mockClear();
    const results = watchingEnv(() => {
      const history = loadHistory(SHIPPED_VERSIONS);
      const badTarget = thrown(() => compile({ history, range: 'base:no_such_revision', dialect: 'postgresql' }));
      const badRange = thrown(() => plan({ history, range: 'heads', direction: 'downgrade' }));
      const badDialect = thrown(() => compile({ history, range: 'heads', dialect: 'oracle' as never }));
      const badFiles = thrown(() => loadHistory(join(FIXTURES, 'bad', 'missing-field', 'versions')));
      const planned = plan({ history, range: 'base:kilo' });
      const compiled = compile({ history, range: 'base:heads', dialect: 'postgresql' });
      const bad = 'CREATE TABLE t (a int;';
      const verified = verify({ script: bad, chunks: [{ start: 0, end: bad.length, kind: 'statement', line: 1 }], dialect: 'postgresql' });
      const linted = lint({ history, dialects: ['postgresql'] });
      return { badTarget, badRange, badDialect, badFiles, planned, compiled, verified, linted };
    });
    for (const s of [exit, stdout, stderr, log, warn, error]) expect(s).not.toHaveBeenCalled();
    // Node reads its own (NODE_*) when a module loads; the library's one read is the development
    // cross-check of the template fast path (docs/architecture.md)
    expect([...read].filter((k) => !k.startsWith('NODE_') && k !== 'LBAAS_CHECK_TEMPLATES')).toEqual([]);

    const { badTarget, badRange, badDialect, badFiles, planned, compiled, verified, linted } = results;
    expect(badTarget.status).toBe(1);
    expect(badTarget.diagnostics.map((d) => d.code)).toEqual(['GR020']);
    expect(badRange.status).toBe(2);
    expect(badRange.diagnostics.map((d) => d.code)).toEqual(['CL002']);
    expect(badDialect.status).toBe(2);
    expect(badFiles.status).toBe(1);
    expect(badFiles.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('LD'))).toBe(true);
    expect(planned.revisions.length).toBeGreaterThan(0);
    expect(compiled.script).toMatch(/^-- /);
    expect(verified.diagnostics.map((d) => d.code)).toEqual(['VF001']);
    expect(Array.isArray(linted.findings)).toBe(true);

    // the command exits with those statuses for the same requests
    expect((await cli(['--dialect', 'postgresql', 'upgrade', 'base:no_such_revision', '--sql'])).code).toBe(1);
    expect((await cli(['--dialect', 'postgresql', 'downgrade', 'heads', '--sql'])).code).toBe(2);
  });
});
