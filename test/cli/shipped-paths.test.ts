/**
 * Diagnostics about the history shipped with the tool, run from a directory without versions/, name
 * files the user can open from there, with line and column (text and --json).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuilt, runCli } from '../author/project.js';

describe('diagnostics on the shipped history', { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(() => {
    requireBuilt();
    dir = mkdtempSync(join(tmpdir(), 'lbaas-elsewhere-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lint: each file named exists from the working directory, with line:col', async () => {
    const r = await runCli(['lint'], dir);
    const files = [...r.stdout.matchAll(/^(\S+\.jsonc):(\d+):(\d+): warning /gm)];
    expect(files.length).toBeGreaterThan(0);
    for (const [, file] of files) expect(existsSync(resolve(dir, file!)), file).toBe(true);
  });

  it('check_migration --json: the warnings name files that exist, with line and col', async () => {
    const r = await runCli(['--json', 'check_migration'], dir);
    const doc = JSON.parse(r.stderr) as { diagnostics: { file?: string; line?: number; col?: number }[] };
    const located = doc.diagnostics.filter((d) => d.file);
    expect(located.length).toBeGreaterThan(0);
    for (const d of located) {
      expect(existsSync(resolve(dir, d.file!)), d.file).toBe(true);
      expect(d.line).toBeGreaterThan(0);
    }
  });
});
