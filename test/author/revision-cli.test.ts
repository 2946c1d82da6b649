/**
 * `revision` through the BUILT program in a private copy of the project:
 * where files go, what they hold, the graph afterwards, and every refusal.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headsOf, modelAt, modelDdl, ok, project, requireBuilt, revisionFiles, runCli } from './project.js';

describe('revision (built CLI)', { timeout: 60_000 }, () => {
  let p: ReturnType<typeof project>;
  const cli = (...args: string[]) => runCli(args, p.dir);
  const added = (before: string[]) => revisionFiles(p.dir).filter((f) => !before.includes(f));

  beforeAll(() => {
    requireBuilt();
    p = project();
  });
  afterAll(() => p?.remove());

  it('with two heads and no --head/--expand/--contract: exit 1, naming the heads; nothing written', async () => {
    const before = revisionFiles(p.dir);
    const heads = headsOf(p.dir);
    expect(heads).toHaveLength(2);
    const r = await cli('revision', '-m', 'anything');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error AU002: multiple heads are present:');
    for (const h of heads) expect(r.stderr).toContain(h);
    expect(added(before)).toEqual([]);
  });

  it('--expand: a new revision on the expand head, next to its file, with a random 12-hex id', async () => {
    const before = revisionFiles(p.dir);
    const expandHead = headsOf(p.dir).find((h) => h !== 'e6417a8b114d')!;
    const r = ok(await cli('revision', '-m', 'Add widget "colour" column', '--expand'));
    const files = added(before);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^versions\/ocata\/expand\/[0-9a-f]{12}_add_widget_colour_column\.jsonc$/);
    expect(r.stdout).toBe(`  Generating ${files[0]} ... done\n`);
    const text = readFileSync(join(p.dir, files[0]!), 'utf8');
    const id = /"revision": "([0-9a-f]{12})"/.exec(text)![1]!;
    expect(text).toContain(`"down_revision": "${expandHead}"`);
    expect(text).toContain('"message": "Add widget \\"colour\\" column"');
    expect(text).toMatch(/"create_date": "\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}"/);
    expect(text).toContain('"$schema": "../../revision.schema.json"');
    expect(headsOf(p.dir)).toEqual([id, 'e6417a8b114d'].sort());
    const show = ok(await cli('show', id));
    expect(show.stdout).toContain(`Path: ${files[0]}`);
  });

  it("--contract: the same rule as --expand, into the next release's folder (ocata/contract/), not the released newton/contract/", async () => {
    const before = revisionFiles(p.dir);
    const r = ok(await cli('revision', '-m', 'drop widget', '--contract'));
    const files = added(before);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^versions\/ocata\/contract\/[0-9a-f]{12}_drop_widget\.jsonc$/);
    expect(r.stdout).toBe(`  Generating ${files[0]} ... done\n`);
    const text = readFileSync(join(p.dir, files[0]!), 'utf8');
    const id = /"revision": "([0-9a-f]{12})"/.exec(text)![1]!;
    expect(text).toContain('"down_revision": "e6417a8b114d"');
    expect(text).toContain('"$schema": "../../revision.schema.json"');
    expect(headsOf(p.dir)).toContain(id);
    expect(headsOf(p.dir)).not.toContain('e6417a8b114d');
    expect(ok(await cli('show', id)).stdout).toContain(`Path: ${files[0]}`);
    rmSync(join(p.dir, files[0]!));
  });

  it('--rev-id 0001 stays the string "0001" (also in --depends-on and -m); the same id again is refused and nothing is overwritten', async () => {
    const before = revisionFiles(p.dir);
    ok(await cli('revision', '-m', '0007', '--head', 'e6417a8b114d', '--rev-id', '0001', '--depends-on', 'kilo'));
    const files = added(before);
    expect(files).toEqual(['versions/newton/contract/0001_0007.jsonc']);
    const text = readFileSync(join(p.dir, files[0]!), 'utf8');
    expect(text).toContain('"revision": "0001"');
    expect(text).toContain('"message": "0007"');
    expect(text).toContain('"depends_on": ["kilo"]');
    ok(await cli('revision', '-m', 'needs 0001', '--head', '0001', '--rev-id', '0002', '--depends-on', '0001'));
    expect(readFileSync(join(p.dir, 'versions/newton/contract/0002_needs_0001.jsonc'), 'utf8')).toContain('"depends_on": ["0001"]');
    const again = await cli('revision', '-m', 'other', '--head', '0002', '--rev-id', '0001');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('error AU006: revision 0001 already exists (versions/newton/contract/0001_0007.jsonc)');
    expect(readFileSync(join(p.dir, files[0]!), 'utf8')).toBe(text);
  });

  it('--head on a revision that is not a head needs --splice, which starts a new branch', async () => {
    const r = await cli('revision', '-m', 'branch off', '--head', '62deca5010cd');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error AU003: revision 62deca5010cd is not a head revision');
    const heads = headsOf(p.dir).length;
    ok(await cli('revision', '-m', 'branch off', '--head', '62deca5010cd', '--splice', '--rev-id', 'spliced'));
    expect(headsOf(p.dir)).toHaveLength(heads + 1);
    expect(readFileSync(join(p.dir, 'versions/mitaka/expand/spliced_branch_off.jsonc'), 'utf8')).toContain('"down_revision": "62deca5010cd"');
  });

  it('--head base --branch-label starts a labelled root in versions/', async () => {
    ok(await cli('revision', '-m', 'sidecar tables', '--head', 'base', '--branch-label', 'sidecar', '--rev-id', 'side1'));
    const text = readFileSync(join(p.dir, 'versions/side1_sidecar_tables.jsonc'), 'utf8');
    expect(text).toContain('"down_revision": null');
    expect(text).toContain('"branch_labels": ["sidecar"]');
    expect(text).toContain('"$schema": "./revision.schema.json"');
    const again = await cli('revision', '-m', 'x', '--head', 'base', '--branch-label', 'sidecar');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("error AU004: branch label 'sidecar' is already used by side1");
  });

  it('usage errors exit 2 and write nothing', async () => {
    const before = revisionFiles(p.dir);
    for (const [args, text] of [
      [['revision', '--expand'], 'revision needs a message'],
      [['revision', '-m', 'a\nb', '--expand'], 'the message is one line of text'],
      [['revision', '-m', 'x', '--expand', '--contract'], 'give --expand or --contract, not both'],
      [['revision', '-m', 'x', '--head', '0002', '--target-ddl', 'x.sql'], '--target-ddl needs --autogenerate'],
      [['revision', '-m', 'x', '--head', '0002', '--autogenerate'], '--autogenerate needs a target schema'],
    ] as [string[], string][]) {
      const r = await cli(...args);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining(text)]);
    }
    expect(added(before)).toEqual([]);
  });

  it("--autogenerate reads [autogenerate] target_ddl from the config file (%(here)s is the file's folder)", async () => {
    const q = project();
    try {
      writeFileSync(join(q.dir, 'target.sql'), modelDdl(modelAt(headsOf(q.dir), 'sqlite', q.dir), 'sqlite'));
      writeFileSync(join(q.dir, 'lbaas.conf'), '[database]\nconnection = sqlite:///lbaas.sqlite\n[autogenerate]\ntarget_ddl = %(here)s/target.sql\n');
      const r = ok(await runCli(['--config-file', 'lbaas.conf', 'revision', '--autogenerate', '-m', 'x'], q.dir));
      expect(r.stdout).toBe('No changes in schema detected against target.sql; no revision written.\n');
    } finally {
      q.remove();
    }
  });

  it('a rev id that is not 1-32 letters, digits or underscores is refused', async () => {
    const r = await cli('revision', '-m', 'x', '--head', '0002', '--rev-id', 'has-dash');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error AU005: --rev-id 'has-dash' must be 1-32 letters, digits or underscores");
  });
});
