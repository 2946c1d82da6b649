/**
 * `merge` through the BUILT program in a private copy of the project: the merge revision joins the
 * heads, the history then has one head and compiles, and the script applied on SQLite, PostgreSQL and
 * MariaDB leaves one version row; every refusal writes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { assertApplied, describeEngine } from '../support/engines.js';
import { readVersions } from '../support/catalog.js';
import { headsOf, ok, project, requireBuilt, revisionFiles, runCli } from './project.js';

describe('merge (built CLI)', { timeout: 60_000 }, () => {
  let p: ReturnType<typeof project>;
  const cli = (...args: string[]) => runCli(args, p.dir);
  const added = (before: string[]) => revisionFiles(p.dir).filter((f) => !before.includes(f));

  beforeAll(() => {
    requireBuilt();
    p = project();
  });
  afterAll(() => p?.remove());

  it('refuses fewer than two revisions, an ancestor of another, a missing message: nothing written', async () => {
    const before = revisionFiles(p.dir);
    const one = await cli('merge', '-m', 'x', 'kilo');
    expect([one.code, one.stdout]).toEqual([2, '']);
    expect(one.stderr).toContain('error AU001: merge needs two or more revisions to join');
    const anc = await cli('merge', '-m', 'x', 'kilo', '3345facd0452');
    expect(anc.code).toBe(1);
    expect(anc.stderr).toContain('error AU009: revision kilo is an ancestor of 3345facd0452');
    const nomsg = await cli('merge', 'heads');
    expect(nomsg.code).toBe(2);
    expect(nomsg.stderr).toContain('merge needs a message');
    const none = await cli('merge', '-m', 'x');
    expect(none.code).toBe(2);
    expect(added(before)).toEqual([]);
  });

  it('merge -m MSG heads: one new revision whose down_revision names both heads; one head afterwards', async () => {
    const before = revisionFiles(p.dir);
    const heads = headsOf(p.dir);
    const r = ok(await cli('merge', '-m', 'join the branches', 'heads', '--rev-id', 'f00dfeed0001'));
    const files = added(before);
    expect(files).toHaveLength(1);
    expect(r.stdout).toBe(`  Generating ${files[0]} ... done\n`);
    const text = readFileSync(join(p.dir, files[0]!), 'utf8');
    expect(text).toContain(`"down_revision": [${heads.map((h) => `"${h}"`).join(', ')}]`);
    expect(text).toContain('"upgrade": []');
    expect(headsOf(p.dir)).toEqual(['f00dfeed0001']);
    expect(ok(await cli('heads')).stdout).toBe('f00dfeed0001 (contract, expand) (head)\n');
  });

  for (const dialect of ['sqlite', 'postgresql', 'mysql'] as Dialect[]) {
    describeEngine(dialect, 'the merged history applied', (engine) => {
      it('upgrade heads --sql runs through the client and leaves the one version row', async () => {
        const db = await engine.scratch();
        assertApplied(await db.apply(ok(await cli('--dialect', dialect, 'bootstrap', '--sql')).stdout));
        assertApplied(await db.apply(ok(await cli('--dialect', dialect, 'upgrade', 'heads', '--sql')).stdout));
        expect(await readVersions(db)).toEqual(['f00dfeed0001']);
      });
    });
  }
});
