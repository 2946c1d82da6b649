/**
 * Every committed bundle (dist-sql/<dialect>/) applied to fresh databases on the
 * real engines: PostgreSQL, MariaDB (for the mysql bundles) and SQLite. After
 * each bundle the catalog must equal the replayed model at the bundle's end
 * heads and the version table must hold exactly those heads. Bundles that start
 * at a milestone run in range order, on one database.
 */
import { expect, it } from 'vitest';
import { readVersions } from '../support/catalog.js';
import { describeEngine } from '../support/engines.js';
import { applyOk, bundle, bundleOfKind, expectAt, manifest, modelAt, shipped, DIST_DIALECTS } from './support.js';

for (const dialect of DIST_DIALECTS) {
  describeEngine(dialect, 'committed bundles', (engine) => {
    const m = manifest(dialect);

    it('the manifest covers full, expand, contract, bootstrap and a chain of milestones from base to the heads', () => {
      const { graph } = shipped();
      expect(bundleOfKind(m, 'full')[1].to).toEqual([...graph.heads]);
      expect(bundleOfKind(m, 'expand')[1].from).toEqual([]);
      expect(bundleOfKind(m, 'contract')[1].to).toEqual([...graph.heads]);
      expect(bundleOfKind(m, 'bootstrap')[1].tables!.length).toBeGreaterThan(0);
      const seq = m.milestone_sequence.map((f) => m.files[f]!);
      expect(seq.length).toBeGreaterThanOrEqual(4);
      expect(seq[0]!.from).toEqual([]);
      for (let i = 1; i < seq.length; i++) expect(seq[i]!.from, `${m.milestone_sequence[i]} starts where the previous ends`).toEqual(seq[i - 1]!.to);
      expect(seq[seq.length - 1]!.to).toEqual([...graph.heads]);
      // together the milestone bundles apply every revision exactly once
      expect(seq.flatMap((f) => f.revisions!).sort()).toEqual([...graph.ids].sort());
    });

    it('bootstrap, then upgrade-full.sql: the model at the heads', async () => {
      const db = await engine.scratch();
      await applyOk(db, bundle(dialect, 'bootstrap.sql'), 'bootstrap.sql');
      expect(await readVersions(db)).toBeNull();
      const [file, f] = bundleOfKind(m, 'full');
      await applyOk(db, bundle(dialect, file), file);
      await expectAt(db, f.to!, file);
    });

    it('bootstrap, upgrade-expand.sql, then upgrade-contract.sql', async () => {
      const db = await engine.scratch();
      await applyOk(db, bundle(dialect, 'bootstrap.sql'), 'bootstrap.sql');
      const [ef, e] = bundleOfKind(m, 'expand');
      await applyOk(db, bundle(dialect, ef), ef);
      await expectAt(db, e.to!, ef);
      // the expand bundle leaves the contract branch alone: v1 tables and tenant_id columns are still there
      const tables = [...modelAt(dialect, e.to!).tables.keys()];
      expect(tables).toContain('vips');
      const [cf, c] = bundleOfKind(m, 'contract');
      expect(c.from).toEqual(e.to);
      await applyOk(db, bundle(dialect, cf), cf);
      await expectAt(db, c.to!, cf);
    });

    it('bootstrap, then the milestone bundles in range order, checked after each', async () => {
      const db = await engine.scratch();
      await applyOk(db, bundle(dialect, 'bootstrap.sql'), 'bootstrap.sql');
      for (const file of m.milestone_sequence) {
        const f = m.files[file]!;
        await applyOk(db, bundle(dialect, file), file);
        await expectAt(db, f.to!, file);
      }
    });

    it('a bundle applied to a database at the wrong revision stops at its guard and changes nothing', async () => {
      const db = await engine.scratch();
      await applyOk(db, bundle(dialect, 'bootstrap.sql'), 'bootstrap.sql');
      const first = m.milestone_sequence[0]!;
      await applyOk(db, bundle(dialect, first), first);
      const at = m.files[first]!.to!;
      const [cf] = bundleOfKind(m, 'contract');
      const r = await db.apply(bundle(dialect, cf));
      expect(r.code).not.toBe(0);
      expect(r.stderr + r.stdout).toMatch(/guard/);
      await expectAt(db, at, `${cf} refused`);
    });
  });
}
