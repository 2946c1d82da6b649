/**
 * Online upgrade/downgrade/stamp/current end to end: the BUILT program against real
 * PostgreSQL, MariaDB (mysql+pymysql URL) and SQLite databases, configured the way a
 * deployment is (an lbaas.conf with [database] connection), checked against the
 * version table and the catalog (the compiler's model is the oracle).
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { compareWithModel, readVersions } from '../support/catalog.js';
import { describeEngine, type ScratchDb } from '../support/engines.js';
import {
  connectionUrl,
  HEADS,
  modelAt,
  pendingFrom,
  progressLines,
  requireBuilt,
  runCli,
  SHIPPED,
  suiteWorkDir,
  workDir,
  writeConfig,
  type CliResult,
} from './cli.js';

/** The shipped history up to kilo, in the order the upgrade runs it. */
const TO_KILO = ['start_neutron_lbaas', 'lbaasv2', '4deef6d81931', '4b6d8d5310b8', '364f9b6064f0', 'lbaasv2_tls', '4ba00375f715', 'kilo'];

function ok(r: CliResult): CliResult {
  if (r.code !== 0) throw new Error(`exit ${r.code}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`);
  return r;
}

async function expectAt(db: ScratchDb, heads: string[], schemaAt: string[] = heads): Promise<void> {
  expect(await readVersions(db)).toEqual([...heads].sort());
  expect(await compareWithModel(db, modelAt(schemaAt, db.dialect))).toEqual([]);
}

for (const dialect of ['postgresql', 'mysql', 'sqlite'] as Dialect[]) {
  describeEngine(dialect, 'online commands through the built CLI', (engine) => {
    let db: ScratchDb;
    const wd = suiteWorkDir();
    let conf: string;
    const cli = (...args: string[]) => runCli(['--config-file', conf, ...args], { cwd: wd.dir });

    beforeAll(async () => {
      db = await engine.scratch();
      conf = writeConfig(wd.dir, connectionUrl(db));
    });

    it('current on an empty database: nothing, or the header alone with --verbose; bootstrap creates the stand-ins', async () => {
      expect(ok(await cli('current')).stdout).toBe('');
      expect(ok(await cli('current', '--verbose')).stdout).toMatch(/^Current revision\(s\) for [^\n]*:\n$/);
      const b = ok(await cli('bootstrap'));
      expect(b.stdout).toMatch(/^created stand-ins for 11 external tables: ports, agents, /);
      expect(await readVersions(db)).toBeNull();
      expect(await compareWithModel(db, modelAt([], dialect))).toEqual([]);
    });

    it('upgrade kilo: one progress line per revision as it completes, then a summary', async () => {
      const r = ok(await cli('upgrade', 'kilo'));
      const lines = progressLines(r.stdout);
      expect(lines.map((l) => l.id)).toEqual(TO_KILO);
      expect(lines.map((l) => `${l.i}/${l.n}`)).toEqual(TO_KILO.map((_, i) => `${i + 1}/${TO_KILO.length}`));
      expect(lines[1]!.line).toMatch(/^ {2}ok \[2\/8\] lbaasv2 lbaas version 2 api \(\d+ ms\)$/);
      expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(2 * TO_KILO.length + 1);
      // each revision is said before it runs, then with its time
      expect(r.stdout.split('\n')[0]).toBe('  running [1/8] start_neutron_lbaas start neutron-lbaas chain');
      expect(r.stdout.indexOf('  running [2/8] lbaasv2 ')).toBeGreaterThan(r.stdout.indexOf('  ok [1/8] start_neutron_lbaas '));
      expect(r.stdout).toMatch(/\nupgraded base -> kilo: 8 revisions in \d+(\.\d\d s| ms)\n$/);
      expect(r.stderr).toBe('');
      await expectAt(db, ['kilo']);
    });

    it('upgrade +1 at kilo is ambiguous (two branches start there) and changes nothing', async () => {
      const r = await cli('upgrade', '+1');
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/'kilo' branches into '130ebfdef43', '3345facd0452'/);
      expect(r.stdout).toBe('');
      await expectAt(db, ['kilo']);
      const e = ok(await cli('upgrade', 'expand@+1'));
      expect(progressLines(e.stdout).map((l) => l.id)).toEqual(['3345facd0452']);
      await expectAt(db, ['3345facd0452']);
    });

    it('downgrade to a midpoint, then upgrade +1 and --delta 2 from there (--json report)', async () => {
      const d = ok(await cli('downgrade', '4deef6d81931'));
      expect(progressLines(d.stdout).map((l) => l.id)).toEqual(['3345facd0452', 'kilo', '4ba00375f715', 'lbaasv2_tls', '364f9b6064f0', '4b6d8d5310b8']);
      await expectAt(db, ['4deef6d81931']);

      const p = ok(await cli('upgrade', '+1'));
      expect(progressLines(p.stdout).map((l) => l.id)).toEqual(['4b6d8d5310b8']);
      expect(p.stdout).toMatch(/upgraded 4deef6d81931 -> 4b6d8d5310b8: 1 revision in /);
      await expectAt(db, ['4b6d8d5310b8']);

      const j = ok(await cli('upgrade', '--delta', '2', '--json'));
      const rep = JSON.parse(j.stdout) as { ok: boolean; from: string[]; to: string[]; revisions: { revision: string; ms: number }[]; ms: number };
      expect(rep).toMatchObject({ ok: true, direction: 'upgrade', from: ['4b6d8d5310b8'], to: ['lbaasv2_tls'] });
      expect(rep.revisions.map((x) => x.revision)).toEqual(['364f9b6064f0', 'lbaasv2_tls']);
      expect(rep.revisions.every((x) => Number.isInteger(x.ms) && x.ms >= 0)).toBe(true);
      expect(JSON.stringify(rep)).not.toMatch(/password/);
      await expectAt(db, ['lbaasv2_tls']);
    });

    it('downgrade -1', async () => {
      const r = ok(await cli('downgrade', '-1'));
      expect(progressLines(r.stdout).map((l) => l.id)).toEqual(['lbaasv2_tls']);
      expect(r.stdout).toMatch(/downgraded lbaasv2_tls -> 364f9b6064f0: 1 revision in /);
      await expectAt(db, ['364f9b6064f0']);
    });

    it('stamp moves the version table only', async () => {
      const r = ok(await cli('stamp', 'heads'));
      expect(r.stdout.startsWith(`stamped 364f9b6064f0 -> ${HEADS.join(', ')}: no migration ran in `)).toBe(true);
      expect(progressLines(r.stdout)).toEqual([]);
      await expectAt(db, [...HEADS], ['364f9b6064f0']);
      ok(await cli('stamp', '364f9b6064f0'));
      await expectAt(db, ['364f9b6064f0']);
      expect(ok(await cli('stamp', '364f9b6064f0')).stdout).toMatch(/^nothing to do: the version table already holds 364f9b6064f0\n$/);
    });

    it('upgrade head applies every head; current, --verbose and --json show them', async () => {
      const pending = pendingFrom(['364f9b6064f0']);
      const r = ok(await cli('upgrade', 'head'));
      const lines = progressLines(r.stdout);
      expect(lines).toHaveLength(pending);
      expect(new Set(lines.map((l) => l.id))).toEqual(new Set(SHIPPED.ids.filter((id) => id !== '364f9b6064f0' && !SHIPPED.isAncestor(id, '364f9b6064f0'))));
      for (const h of HEADS) expect(lines.map((l) => l.id)).toContain(h);
      expect(r.stdout).toContain(`upgraded 364f9b6064f0 -> ${HEADS.join(', ')}: ${pending} revisions in `);
      await expectAt(db, [...HEADS]);

      expect(ok(await cli('current')).stdout).toBe(HEADS.map((h) => `${h} (head)\n`).join(''));
      expect(ok(await cli('current', '--verbose')).stdout).toBe(
        [
          `Current revision(s) for ${connectionUrl(db)}:`,
          'Rev: c47fda60c1b8 (head)',
          'Parent: 844352f9fe6f',
          'Branch names: expand',
          'Path: versions/ocata/expand/c47fda60c1b8_add_lbaas_lookup_tables.jsonc',
          '',
          '    Add LBaaS lookup tables',
          '',
          'Rev: e6417a8b114d (head)',
          'Parent: 4b4dc6d5d843',
          'Branch names: contract',
          'Path: versions/newton/contract/e6417a8b114d_drop_v1_tables.jsonc',
          '',
          '    Drop v1 tables',
          '',
          '',
        ].join('\n'),
      );
      const j = JSON.parse(ok(await cli('current', '--json')).stdout) as { heads: { revision: string; is_head: boolean }[]; version_table: string };
      expect(j.version_table).toBe('alembic_version_lbaas');
      expect(j.heads).toEqual(HEADS.map((h) => ({ revision: h, known: true, is_head: true })));
    });

    it('upgrade head again: nothing to do, exit 0, nothing changed', async () => {
      const r = ok(await cli('upgrade', 'head'));
      expect(r.stdout).toBe(`nothing to do: the database is already at ${HEADS.join(', ')}\n`);
      const q = ok(await cli('upgrade', 'heads', '--quiet'));
      expect(q.stdout).toBe('');
      await expectAt(db, [...HEADS]);
    });
  });
}

describeEngine('sqlite', 'the embedded default: no config file, lbaas.sqlite in the working directory', (engine) => {
  it('bootstrap, upgrade head, current', async () => {
    requireBuilt();
    const db = await engine.scratch();
    const wd = workDir();
    try {
      const cli = (...args: string[]) => runCli(args, { cwd: wd.dir });
      const none = await cli('current');
      expect([none.code, none.stdout]).toEqual([1, '']);
      expect(none.stderr).toContain('error CL005: the SQLite database lbaas.sqlite does not exist');
      expect(existsSync(join(wd.dir, 'lbaas.sqlite'))).toBe(false); // reading never creates the database
      ok(await cli('bootstrap'));
      const r = ok(await cli('upgrade', 'head'));
      expect(progressLines(r.stdout)).toHaveLength(SHIPPED.size);
      expect(r.stdout).toContain(`upgraded base -> ${HEADS.join(', ')}: ${SHIPPED.size} revisions in `);
      expect(ok(await cli('current')).stdout).toBe(HEADS.map((h) => `${h} (head)\n`).join(''));
      expect(ok(await cli('current', '--verbose')).stdout).toMatch(/^Current revision\(s\) for sqlite:\/\/\/lbaas\.sqlite:\n/);
      copyFileSync(join(wd.dir, 'lbaas.sqlite'), db.file!);
      await expectAt(db, [...HEADS]);
    } finally {
      wd.remove();
    }
  });
});
