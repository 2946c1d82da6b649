/**
 * --json, through the built program: every command prints one JSON document on stdout and nothing
 * else there; warnings are not printed as text but gathered into at most one JSON document on stderr.
 */
import { mkdtempSync, rmSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, requireBuilt, runCli } from '../author/project.js';

function oneDocument(text: string): unknown {
  expect(text.trim().startsWith('{') || text.trim().startsWith('[')).toBe(true);
  return JSON.parse(text);
}

describe('--json prints one document', { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(() => {
    requireBuilt();
    dir = mkdtempSync(join(tmpdir(), 'lbaas-json-'));
    cpSync(join(ROOT, 'versions'), join(dir, 'versions'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (...args: string[]) => runCli(args, dir);

  it('check_migration: its report on stdout, the lint warnings as one JSON document on stderr', async () => {
    const r = await cli('--json', 'check_migration');
    expect(r.code).toBe(0);
    expect(oneDocument(r.stdout)).toMatchObject({ ok: true, revisions: 19 });
    const err = oneDocument(r.stderr) as { ok: boolean; diagnostics: { code: string; severity: string }[] };
    expect(err.ok).toBe(true);
    expect(err.diagnostics.length).toBeGreaterThan(0);
    expect(err.diagnostics.every((d) => d.severity !== 'error')).toBe(true);
  });

  it('revision and merge: the files written', async () => {
    const r = await cli('--json', 'revision', '-m', 'json one', '--expand', '--rev-id', 'aaaa00000001');
    expect(r.code).toBe(0);
    expect(oneDocument(r.stdout)).toEqual({ ok: true, written: ['versions/ocata/expand/aaaa00000001_json_one.jsonc'] });
    const m = await cli('--json', 'merge', '-m', 'join', 'heads', '--rev-id', 'aaaa00000002');
    expect(m.code).toBe(0);
    expect(oneDocument(m.stdout)).toEqual({ ok: true, written: ['versions/ocata/expand/aaaa00000002_join.jsonc'] });
  });

  it('bundle: what it wrote, with checksums', async () => {
    const r = await cli('--json', '--dialect', 'postgresql', 'bundle', 'kilo:heads', '--out', 'review');
    expect(r.code, r.stderr).toBe(0);
    const doc = oneDocument(r.stdout) as { ok: boolean; files: { path: string }[]; revisions: number };
    expect(doc.ok).toBe(true);
    expect(doc.files.map((f) => f.path)).toContain('upgrade.sql');
  });

  it('bootstrap online: the tables created', async () => {
    const r = await runCli(['--json', '--database-connection', 'sqlite:///scratch.sqlite', 'bootstrap'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(oneDocument(r.stdout)).toMatchObject({ ok: true, database: 'sqlite:///scratch.sqlite' });
    expect(r.stderr).toBe('');
  });

  it('an error after warnings: one JSON document on stderr holding both, nothing on stdout', async () => {
    const r = await cli('--json', 'upgrade', 'kilo,4ba00375f715:nowhere', '--sql');
    expect([r.code, r.stdout]).toEqual([1, '']);
    const err = oneDocument(r.stderr) as { ok: boolean; diagnostics: { code: string }[] };
    expect(err.ok).toBe(false);
    expect(err.diagnostics.map((d) => d.code)).toContain('GR020');
  });
});
