/**
 * `bundle` and `verify` through the built CLI: the files a bundle holds, byte-for-byte
 * reproducibility, scripts identical to `upgrade/downgrade --sql`, the manifest's checksums,
 * and tamper detection (a flipped byte in a script, a source revision or a template; a file
 * removed or added; the manifest edited).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles, sha256, sortKeys } from '../../src/core/manifest.js';
import { cli, cliOk } from '../guard/clients.js';
import { flipByte, tempProject, type TempProject } from './project.js';

const tmp = mkdtempSync(join(tmpdir(), 'lbaas-bundle-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const readAll = (dir: string) => Object.fromEntries(listFiles(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('bundle kilo:heads (postgresql, per revision)', { timeout: 60_000 }, () => {
  const a = join(tmp, 'a');
  const b = join(tmp, 'b');
  let files: Record<string, string>;
  let manifest: Record<string, any>;

  beforeAll(() => {
    cliOk(['--dialect', 'postgresql', 'bundle', 'kilo:heads', '--out', a, '--per-revision']);
    cliOk(['--dialect', 'postgresql', 'bundle', 'kilo:heads', '--out', b, '--per-revision']);
    files = readAll(a);
    manifest = JSON.parse(files['manifest.json']!);
  }, 60_000);

  it('is byte-for-byte reproducible', () => {
    expect(readAll(b)).toEqual(files);
  });

  it('holds the upgrade script, reversibility.txt (the range has an irreversible revision), per-revision scripts, the page and the manifest', () => {
    const names = Object.keys(files);
    expect(names).toContain('upgrade.sql');
    expect(names).toContain('reversibility.txt');
    expect(names).not.toContain('rollback.sql');
    expect(names).toContain('review.html');
    expect(names).toContain('manifest.json');
    const perRevision = names.filter((n) => n.startsWith('revisions/'));
    expect(perRevision.length).toBe(manifest.revisions.length);
    expect(perRevision[0]).toBe(`revisions/01-${manifest.revisions[0]}.sql`);
    expect(files['reversibility.txt']).toContain('e6417a8b114d (versions/newton/contract/e6417a8b114d_drop_v1_tables.jsonc)');
    expect(files['reversibility.txt']).toContain('drops the LBaaS v1 tables');
    expect(manifest.rollback).toEqual({ file: 'reversibility.txt', irreversible: [expect.objectContaining({ revision: 'e6417a8b114d' })] });
  });

  it('upgrade.sql is exactly what upgrade --sql prints; each per-revision script starts where the previous ended', () => {
    expect(files['upgrade.sql']).toBe(cliOk(['--dialect', 'postgresql', 'upgrade', 'kilo:heads', '--sql']));
    const first = files[`revisions/01-${manifest.revisions[0]}.sql`]!;
    expect(first).toContain('this script expects the database at kilo,');
    expect(first).toContain(`[1/1] ${manifest.revisions[0]} `);
  });

  it('the manifest: sorted keys, no timestamps, no machine paths, the sha256 of every file, source and template', () => {
    const text = files['manifest.json']!;
    expect(text).toBe(JSON.stringify(sortKeys(JSON.parse(text)), null, 2) + '\n');
    expect(text).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
    expect(text).not.toContain(tmp);
    expect(text).not.toContain(process.cwd());
    expect(manifest.tool).toEqual({ name: 'lbaas-db-manage', version: expect.any(String) });
    expect(manifest.dialect).toBe('postgresql');
    expect(manifest.range).toBe('kilo:heads');
    expect(manifest.start).toEqual(['kilo']);
    for (const [f, h] of Object.entries(manifest.files)) expect(sha256(files[f]!), f).toBe(h);
    expect(Object.keys(manifest.files).sort()).toEqual(
      Object.keys(files)
        .filter((f) => f !== 'manifest.json')
        .sort(),
    );
    expect(manifest.sources['versions/kilo_release.jsonc']).toBe(sha256(readFileSync('versions/kilo_release.jsonc')));
    expect(manifest.sources['versions/external.jsonc']).toBeDefined();
    for (const id of manifest.revisions)
      expect(
        Object.keys(manifest.sources).some((f) => f.includes(id)),
        id,
      ).toBe(true);
    expect(manifest.templates['postgresql/guard.sql.hbs']).toBe(sha256(readFileSync('templates/postgresql/guard.sql.hbs')));
    expect(manifest.lint.findings.some((f: { code: string }) => f.code === 'LN010')).toBe(true);
    expect(manifest.lint.findings.filter((f: { waived?: string }) => f.waived).length).toBe(manifest.lint.summary.waived);
    expect(manifest.verification['upgrade.sql'].verified).toBeGreaterThan(50);
    expect(manifest.verification['upgrade.sql'].errors).toEqual([]);
    expect(manifest.verification['upgrade.sql'].not_verified.some((n: { gap: string }) => n.gap === 'pg-do-block')).toBe(true);
  });

  it('verify passes on the untouched bundle', () => {
    const r = cli(['verify', a]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('result: the bundle matches its manifest and the current sources compile to the same bytes');
  });

  it('refuses a non-empty output directory, and needs --out', () => {
    const r = cli(['--dialect', 'postgresql', 'bundle', 'kilo:heads', '--out', a]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('BN002');
    expect(cli(['bundle', 'kilo:heads']).code).toBe(2);
  });
});

describe('bundle of a reversible range', { timeout: 60_000 }, () => {
  it('writes rollback.sql, exactly what downgrade <end>:<start> --sql prints', () => {
    const dir = join(tmp, 'rev');
    cliOk(['--dialect', 'sqlite', 'bundle', 'kilo:62deca5010cd', '--out', dir]);
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(m.rollback).toEqual({ file: 'rollback.sql', range: '62deca5010cd:kilo' });
    expect(existsSync(join(dir, 'reversibility.txt'))).toBe(false);
    expect(readFileSync(join(dir, 'rollback.sql'), 'utf8')).toBe(cliOk(['--dialect', 'sqlite', 'downgrade', '62deca5010cd:kilo', '--sql']));
    expect(m.verification['rollback.sql'].errors).toEqual([]);
  });
});

describe('bundle --strict', { timeout: 60_000 }, () => {
  it('writes nothing and exits 1 when a lint finding of the range and dialect is not waived', () => {
    const dir = join(tmp, 'strict-pg');
    const r = cli(['--dialect', 'postgresql', 'bundle', '62deca5010cd:heads', '--out', dir, '--strict']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error LN000: --strict: 11 lint findings are not waived in 62deca5010cd:heads; no bundle was written/);
    expect(r.stdout).toMatch(/^versions\/newton\/contract\/4b4dc6d5d843_rename_tenant_to_project\.jsonc:\d+:\d+: warning LN010: 4b4dc6d5d843: /m);
    expect(r.stdout).not.toContain('LN001'); // waived
    expect(existsSync(dir)).toBe(false);
  });

  it('writes the bundle when every finding is waived, the same bytes as without --strict', () => {
    const strict = join(tmp, 'strict-sqlite');
    const plain = join(tmp, 'plain-sqlite');
    const r = cli(['--dialect', 'sqlite', 'bundle', '62deca5010cd:heads', '--out', strict, '--strict']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('lint: 11 findings, 0 not waived, 11 waived');
    cliOk(['--dialect', 'sqlite', 'bundle', '62deca5010cd:heads', '--out', plain]);
    expect(readAll(strict)).toEqual(readAll(plain));
  });
});

describe('verify detects tampering', { timeout: 60_000 }, () => {
  let p: TempProject;
  let dir: string;
  const verify = () => cli(['--versions', 'versions', 'verify', 'bundle', '--templates', 'templates'], { cwd: p.dir });
  const expectClean = () => {
    const r = verify();
    expect(r.code, r.stdout + r.stderr).toBe(0);
  };
  const expectDirty = (...lines: RegExp[]) => {
    const r = verify();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('VF100');
    for (const l of lines) expect(r.stdout).toMatch(l);
    return r.stdout;
  };

  beforeAll(() => {
    p = tempProject();
    dir = join(p.dir, 'bundle');
    cliOk(['--dialect', 'postgresql', '--versions', 'versions', 'bundle', 'kilo:62deca5010cd', '--out', 'bundle', '--templates', 'templates'], { cwd: p.dir });
  }, 60_000);
  afterAll(() => p?.remove());

  it('a clean copy verifies, with relative paths in the manifest', () => {
    expectClean();
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).not.toContain(p.dir);
  });

  it('one flipped byte in a script', () => {
    const restore = flipByte(join(dir, 'upgrade.sql'));
    try {
      expectDirty(/^ {2}EDITED +upgrade\.sql: sha256/m, /^ {2}DIFFERS +upgrade\.sql: the current sources compile to different bytes/m);
    } finally {
      restore();
    }
    expectClean();
  });

  it('one flipped byte in a source revision', () => {
    const rel = 'versions/mitaka/expand/3426acbc12de_add_flavor_id.jsonc';
    const restore = p.edit(rel, '"Add flavor id"', '"Add flavor iD"');
    try {
      const out = expectDirty(
        new RegExp(`^ {2}EDITED +${rel.replace(/\./g, '\\.')}: changed since`, 'm'),
        /^ {2}DIFFERS +upgrade\.sql/m,
        /^ {2}DIFFERS +review\.html/m,
      );
      expect(out).toMatch(/^ {2}DIFFERS +rollback\.sql/m);
      expect(out).toMatch(/^ {2}ok +upgrade\.sql$/m);
    } finally {
      restore();
    }
    expectClean();
  });

  it('one flipped byte in a template', () => {
    const restore = p.edit('templates/_shared/version_update.sql.hbs', 'UPDATE', 'UPDATe');
    try {
      expectDirty(/^ {2}EDITED +_shared\/version_update\.sql\.hbs/m, /^ {2}DIFFERS +upgrade\.sql/m);
    } finally {
      restore();
    }
    expectClean();
  });

  it('a file removed, a file added, the manifest edited', () => {
    const review = join(dir, 'review.html');
    const saved = readFileSync(review);
    unlinkSync(review);
    expectDirty(/^ {2}REMOVED +review\.html/m, /^ {2}MISSING +review\.html/m);
    writeFileSync(review, saved);
    mkdirSync(join(dir, 'extra'));
    writeFileSync(join(dir, 'extra', 'notes.txt'), 'looks fine\n');
    expectDirty(/^ {2}ADDED +extra\/notes\.txt: not in the manifest/m, /^ {2}EXTRA +extra\/notes\.txt/m);
    rmSync(join(dir, 'extra'), { recursive: true });
    // someone edits upgrade.sql and rewrites its checksum in the manifest: the fresh build still tells
    const m = join(dir, 'manifest.json');
    const original = readFileSync(m);
    const script = join(dir, 'upgrade.sql');
    const restoreScript = flipByte(script);
    const doctored = JSON.parse(original.toString('utf8'));
    doctored.files['upgrade.sql'] = sha256(readFileSync(script));
    writeFileSync(m, JSON.stringify(sortKeys(doctored), null, 2) + '\n');
    try {
      const out = expectDirty(/^ {2}DIFFERS +manifest\.json/m, /^ {2}DIFFERS +upgrade\.sql/m);
      expect(out).toMatch(/^ {2}ok +upgrade\.sql$/m);
    } finally {
      writeFileSync(m, original);
      restoreScript();
    }
    writeFileSync(m, '{ not json');
    try {
      const r = verify();
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('manifest.json in bundle is not valid JSON');
    } finally {
      writeFileSync(m, original);
    }
    expectClean();
  });

  it('a missing manifest is not a bundle', () => {
    const r = cli(['verify', join(p.dir, 'versions')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('has no manifest.json');
  });
});
