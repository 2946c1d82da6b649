/**
 * `dist-sql` and `check-dist` through the built CLI: the committed dist-sql/ is
 * what the sources compile to, byte for byte and reproducibly; the manifests
 * describe every file truthfully; each bundle is exactly what its recorded
 * command prints; check-dist names every differing, missing and extra file;
 * and the bundle set follows the graph, so a revision added after the Newton
 * heads shows up in the bundles (proven on the engines) without any code change.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeEngine } from '../support/engines.js';
import { applyOk, bundle, bundleOfKind, cli, cliOk, DIST, DIST_DIALECTS, expectAt, manifest, revisionOf, ROOT, shipped } from './support.js';

const tmp = mkdtempSync(join(tmpdir(), 'lbaas-dist-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** A fresh compile of the shipped sources into a temporary directory. */
const fresh = join(tmp, 'fresh');
let freshDone = false;
function compileFresh(): string {
  if (!freshDone) {
    cliOk(['dist-sql', '--out', fresh]);
    freshDone = true;
  }
  return fresh;
}

function listAll(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else out.push(r);
    }
  };
  walk('');
  return out.sort();
}

describe('dist-sql / check-dist', { timeout: 180_000 }, () => {
  it('the committed dist-sql/ matches the sources (check-dist exits 0)', () => {
    const r = cli(['check-dist']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^dist-sql\/ matches the sources: \d+ files for postgresql, mysql, sqlite\n$/);
  });

  it('dist-sql is byte-reproducible and writes exactly the committed files', () => {
    const a = compileFresh();
    const b = join(tmp, 'again');
    cliOk(['dist-sql', '--out', b]);
    const files = listAll(a);
    expect(listAll(b)).toEqual(files);
    expect(listAll(DIST)).toEqual(files);
    for (const f of files) {
      expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), `${f} reproducible`).toBe(true);
      expect(readFileSync(join(DIST, f)).equals(readFileSync(join(a, f))), `${f} committed = compiled`).toBe(true);
    }
    expect(
      files.filter((f) => f.startsWith('.') || f.includes('/.')),
      'no temporary files left behind',
    ).toEqual([]);
  });

  for (const dialect of DIST_DIALECTS) {
    it(`${dialect}: the manifest lists every file with its size and sha256, sorted keys, no timestamps`, () => {
      const text = readFileSync(join(DIST, dialect, 'manifest.json'), 'utf8');
      const sortKeys = (v: unknown): unknown =>
        Array.isArray(v)
          ? v.map(sortKeys)
          : v && typeof v === 'object'
            ? Object.fromEntries(
                Object.keys(v as object)
                  .sort()
                  .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
              )
            : v;
      expect(JSON.stringify(sortKeys(JSON.parse(text)), null, 2) + '\n').toBe(text);
      expect(text).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
      const m = manifest(dialect);
      expect(m.dialect).toBe(dialect);
      expect(m.generator.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
      expect(m.heads).toEqual([...shipped().graph.heads]);
      const onDisk = listAll(join(DIST, dialect)).filter((f) => f !== 'manifest.json');
      expect(Object.keys(m.files).sort()).toEqual(onDisk);
      for (const [f, e] of Object.entries(m.files)) {
        const b = readFileSync(join(DIST, dialect, f));
        expect(e.bytes, f).toBe(b.length);
        expect(e.sha256, f).toBe(sha(b));
        if (e.kind !== 'bootstrap') {
          const header = b.toString('utf8').split('\n').slice(0, 2).join('\n');
          expect(header).toContain(`upgrade ${e.range} for ${dialect}`);
          expect(header).toContain(`${e.revisions!.length} revision`);
        }
      }
      // every revision file (and external.jsonc) with its hash; every template used, with its hash
      const { graph } = shipped();
      expect(Object.keys(m.sources).sort()).toEqual([...graph.order.map((r) => r.file), 'versions/external.jsonc'].sort());
      for (const [f, h] of Object.entries({ ...m.sources, ...m.templates })) expect(h, f).toBe(sha(readFileSync(join(ROOT, f))));
      expect(Object.keys(m.templates).length).toBeGreaterThan(5);
      for (const t of Object.keys(m.templates)) expect(t).toMatch(new RegExp(`^templates/(_shared|${dialect})/`));
    });

    it(`${dialect}: every bundle is byte for byte what its recorded command prints`, () => {
      const m = manifest(dialect);
      for (const [f, e] of Object.entries(m.files)) {
        const [prog, ...args] = e.command.split(' ');
        expect(prog).toBe('lbaas-db-manage');
        expect(cliOk(args) === bundle(dialect, f), `${f} = ${e.command}`).toBe(true);
      }
    });
  }

  it('check-dist names each differing, missing and extra file, and exits 1', () => {
    const dir = join(tmp, 'mutated');
    cpSync(compileFresh(), dir, { recursive: true });
    const full = join(dir, 'postgresql/upgrade-full.sql');
    const lines = readFileSync(full, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('CREATE TABLE'));
    lines[at] = lines[at]!.replace('CREATE TABLE', 'CREATE TABLE IF NOT EXISTS');
    writeFileSync(full, lines.join('\n'));
    unlinkSync(join(dir, 'mysql/upgrade-kilo-to-liberty.sql'));
    writeFileSync(join(dir, 'sqlite/upgrade-old.sql'), '-- left over\n');
    writeFileSync(join(dir, 'NOTES.txt'), 'not a bundle\n');
    const r = cli(['check-dist', '--dir', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${dir}/postgresql/upgrade-full.sql:${at + 1}:1: error DS001: differs from what the sources compile to`);
    expect(r.stderr).toContain(`${dir}/mysql/upgrade-kilo-to-liberty.sql: error DS002: missing`);
    expect(r.stderr).toContain(`${dir}/sqlite/upgrade-old.sql:1:1: error DS003: extra`);
    expect(r.stderr).toContain(`${dir}/NOTES.txt:1:1: error DS003: extra`);
    expect(r.stderr).toContain("hint: run 'lbaas-db-manage dist-sql --out");
    expect(r.stderr.match(/error DS00\d/g)!.length).toBe(4);

    const j = cli(['check-dist', '--dir', dir, '--json']);
    expect(j.code).toBe(1);
    const codes = (JSON.parse(j.stderr) as { diagnostics: { code: string; file: string }[] }).diagnostics.map(
      (d) => `${d.code} ${d.file.slice(dir.length + 1)}`,
    );
    expect(codes.sort()).toEqual([
      'DS001 postgresql/upgrade-full.sql',
      'DS002 mysql/upgrade-kilo-to-liberty.sql',
      'DS003 NOTES.txt',
      'DS003 sqlite/upgrade-old.sql',
    ]);

    // dist-sql repairs the bundles, removes the stale one, and leaves (and reports) what is not its own
    const w = cliOk(['dist-sql', '--out', dir]);
    expect(w).toContain('removed');
    expect(w).toContain('NOTES.txt is not a bundle');
    expect(existsSync(join(dir, 'sqlite/upgrade-old.sql'))).toBe(false);
    const again = cli(['check-dist', '--dir', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr.match(/error DS00\d/g)).toEqual(['error DS003']);
    rmSync(join(dir, 'NOTES.txt'));
    expect(cli(['check-dist', '--dir', dir]).code).toBe(0);
  });

  it('a bundle directory that does not exist: every file is missing', () => {
    const r = cli(['check-dist', '--dir', join(tmp, 'nowhere')]);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/error DS002/g)!.length).toBe(listAll(compileFresh()).length);
  });
});

// ---------------------------------------------------------------------------------------------
// A revision added after the current expand head (an expand revision that creates and fills a
// lookup table): regenerating picks it up, with no code change.

const NEW_ID = '5c7c3f8d6e2a';
const future = join(tmp, 'future');
const shippedExpandHead = revisionOf('expand@head');
mkdirSync(future, { recursive: true });
cpSync(join(ROOT, 'versions'), join(future, 'versions'), { recursive: true });
mkdirSync(join(future, 'versions/later/expand'), { recursive: true });
writeFileSync(
  join(future, `versions/later/expand/${NEW_ID}_provisioning_status_lookup.jsonc`),
  `// ${NEW_ID}: a lookup table of provisioning statuses, filled.
{
  "$schema": "../../revision.schema.json",
  "revision": "${NEW_ID}",
  "down_revision": "${shippedExpandHead}",
  "message": "Add provisioning status lookup table",
  "upgrade": [
    {
      "op": "create_table",
      "table": "lbaas_provisioning_statuses",
      "columns": [
        { "name": "name", "type": "string(16)", "nullable": false },
        { "name": "description", "type": "string(255)", "nullable": true }
      ],
      "primary_key": ["name"]
    },
    { "op": "bulk_insert", "table": "lbaas_provisioning_statuses", "rows": [
      { "name": "ACTIVE", "description": "ready" },
      { "name": "PENDING_CREATE", "description": null },
      { "name": "ERROR", "description": "it's broken" }
    ] }
  ],
  "downgrade": [
    { "op": "drop_table", "table": "lbaas_provisioning_statuses" }
  ]
}
`,
);
const futureOut = join(future, 'dist-sql');
let futureDone = false;
function compileFuture(): void {
  if (!futureDone) {
    cliOk(['dist-sql'], { cwd: future });
    futureDone = true;
  }
}

describe('a new expand revision after the current heads', { timeout: 180_000 }, () => {
  it('changes the bundle set: expand ends at it, contract starts there, the last milestone-to-heads bundle ends at it', () => {
    compileFuture();
    const { graph } = shipped();
    const contractHead = revisionOf('contract@head');
    for (const dialect of DIST_DIALECTS) {
      const before = manifest(dialect, compileFresh());
      const m = manifest(dialect, futureOut);
      expect(m.heads).toEqual([NEW_ID, contractHead].sort());
      const [, expand] = bundleOfKind(m, 'expand');
      expect(expand.to).toEqual([NEW_ID]);
      expect(expand.revisions).toEqual([...bundleOfKind(before, 'expand')[1].revisions!, NEW_ID]);
      const [, contract] = bundleOfKind(m, 'contract');
      expect(contract.from).toEqual([NEW_ID]);
      expect(contract.revisions).toEqual(bundleOfKind(before, 'contract')[1].revisions);
      expect(contract.revisions).toEqual([...graph.carriers('contract')]);
      expect(bundleOfKind(m, 'full')[1].to).toEqual([NEW_ID, contractHead].sort());
      // the milestone bundles are untouched; after the last one, a bundle to the heads ends with the new revision
      const milestones = m.milestone_sequence.filter((f) => m.files[f]!.kind === 'milestone');
      expect(milestones).toEqual(before.milestone_sequence.filter((f) => before.files[f]!.kind === 'milestone'));
      for (const f of milestones) expect(readFileSync(join(futureOut, dialect, f)).equals(readFileSync(join(compileFresh(), dialect, f))), f).toBe(true);
      const last = m.files[milestones.at(-1)!]!;
      const [tailFile, tail] = bundleOfKind(m, 'after-milestones');
      expect(tailFile).toBe(`upgrade-${last.milestones!.to}-to-heads.sql`);
      expect(m.milestone_sequence.at(-1)).toBe(tailFile);
      expect(tail.from).toEqual(last.to);
      expect(tail.revisions!.at(-1)).toBe(NEW_ID);
      expect(tail.to).toEqual(m.heads);
      expect(Object.keys(m.sources)).toContain(`versions/later/expand/${NEW_ID}_provisioning_status_lookup.jsonc`);
    }
    expect(cli(['check-dist'], { cwd: future }).code).toBe(0);
    // the shipped bundles no longer match these sources
    const stale = cli(['check-dist', '--dir', DIST], { cwd: future });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/upgrade-expand\.sql:\d+:1: error DS001/);
    expect(stale.stderr).toMatch(/upgrade-contract\.sql:\d+:1: error DS001/);
    expect(stale.stderr).toMatch(/-to-heads\.sql(:\d+:1)?: error DS00[12]/);
  });
});

for (const dialect of DIST_DIALECTS) {
  describeEngine(dialect, 'bundles with a revision after the current heads', (engine) => {
    const count = async (db: Awaited<ReturnType<typeof engine.scratch>>) =>
      Number((await db.query<{ n: unknown }>('SELECT COUNT(*) AS n FROM lbaas_provisioning_statuses'))[0]!.n);

    it('bootstrap, expand, contract', async () => {
      compileFuture();
      const m = manifest(dialect, futureOut);
      const db = await engine.scratch();
      await applyOk(db, bundle(dialect, 'bootstrap.sql', futureOut), 'bootstrap.sql');
      const [ef, e] = bundleOfKind(m, 'expand');
      await applyOk(db, bundle(dialect, ef, futureOut), ef);
      await expectAt(db, e.to!, ef, future);
      expect(await count(db)).toBe(3);
      const [cf, c] = bundleOfKind(m, 'contract');
      await applyOk(db, bundle(dialect, cf, futureOut), cf);
      await expectAt(db, c.to!, cf, future);
    });

    it('bootstrap, then the milestone bundles and the bundle to the heads, in order', async () => {
      compileFuture();
      const m = manifest(dialect, futureOut);
      const db = await engine.scratch();
      await applyOk(db, bundle(dialect, 'bootstrap.sql', futureOut), 'bootstrap.sql');
      for (const f of m.milestone_sequence) await applyOk(db, bundle(dialect, f, futureOut), f);
      await expectAt(db, [...shipped(future).graph.heads], 'milestones then heads', future);
      expect(await count(db)).toBe(3);
    });
  });
}
