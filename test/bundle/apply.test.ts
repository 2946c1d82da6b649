/**
 * A bundle's scripts on real engines, run as a DBA would (psql -f, mariadb < file, sqlite3 < file):
 * upgrade.sql brings a database at the start to the model's catalog at the end; rollback.sql
 * brings it back to exactly the catalog and version table it had; the per-revision scripts,
 * one after the other, end where upgrade.sql ends.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { Context } from '../../src/cli/context.js';
import { renderOffline } from '../../src/workspace/offline.js';
import { bootstrap } from '../../src/workspace/bootstrap.js';
import { buildBundle, type Bundle } from '../../src/bundle/build.js';
import { diffCatalog, expectedCatalog, readCatalog, readVersions } from '../support/catalog.js';
import { describeEngine, type ScratchDb } from '../support/engines.js';
import { runAsDba, type Runner } from '../guard/clients.js';

const ENGINES: { dialect: Dialect; runner: Runner }[] = [
  { dialect: 'postgresql', runner: 'psql' },
  { dialect: 'mariadb', runner: 'mariadb' },
  { dialect: 'sqlite', runner: 'sqlite3' },
];

for (const { dialect, runner } of ENGINES) {
  describeEngine(dialect, `bundle kilo:62deca5010cd applied through ${runner}`, (engine) => {
    let bundle: Bundle;
    let setup: string[];
    const text = (path: string) => bundle.files.find((f) => f.path === path)!.text;

    beforeAll(async () => {
      const ctx = new Context({ dialect });
      bundle = buildBundle(
        { history: ctx.loaded(), graph: ctx.graph(), root: ctx.root, versionsRel: ctx.versionsRel },
        {
          range: 'kilo:62deca5010cd',
          dialect,
          versionTable: ctx.config.versionTable,
          perRevision: true,
          transactionPerMigration: false,
          guard: true,
          clientDirectives: true,
        },
      );
      setup = [String(await bootstrap(ctx, { sql: true })), renderOffline(ctx, 'upgrade', 'base:kilo', {})];
    });

    async function atKilo(): Promise<ScratchDb> {
      const db = await engine.scratch();
      for (const s of setup) {
        const r = await runAsDba(runner, db, s);
        expect(r.code, r.stderr).toBe(0);
      }
      return db;
    }

    it('upgrade.sql then rollback.sql: the model at the end, then exactly the start again', async () => {
      const db = await atKilo();
      const start = { catalog: await readCatalog(db), versions: await readVersions(db) };
      expect(start.versions).toEqual(['kilo']);
      const up = await runAsDba(runner, db, text('upgrade.sql'));
      expect(up.code, up.stderr).toBe(0);
      expect(await readVersions(db)).toEqual(['62deca5010cd']);
      expect(diffCatalog(expectedCatalog(bundle.upgrade.output.schema, dialect), await readCatalog(db))).toEqual([]);
      const down = await runAsDba(runner, db, text('rollback.sql'));
      expect(down.code, down.stderr).toBe(0);
      expect({ catalog: await readCatalog(db), versions: await readVersions(db) }).toEqual(start);
    });

    it('the per-revision scripts, in order, end where upgrade.sql ends', async () => {
      const db = await atKilo();
      const scripts = bundle.files.filter((f) => f.path.startsWith('revisions/'));
      expect(scripts.length).toBe(bundle.manifest.revisions.length);
      for (const s of scripts) {
        const r = await runAsDba(runner, db, s.text);
        expect(r.code, `${s.path}: ${r.stderr}`).toBe(0);
      }
      expect(await readVersions(db)).toEqual(['62deca5010cd']);
      expect(diffCatalog(expectedCatalog(bundle.upgrade.output.schema, dialect), await readCatalog(db))).toEqual([]);
      // and out of order they stop at their guard
      const again = await runAsDba(runner, db, scripts[0]!.text);
      expect(again.code).not.toBe(0);
      expect(`${again.stdout}${again.stderr}`).toContain('guard STOP');
    });
  });
}
