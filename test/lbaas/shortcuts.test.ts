/**
 * neutron-db-manage's `upgrade --expand` / `upgrade --contract`, offline: with
 * no start they count from base (Alembic's rule for --sql); a start is given as
 * the positional `<rev>:`. The scripts are applied to real databases: expand
 * from kilo, then contract; and contract from base, whose depends_on pulls in
 * the expand revisions it needs (Alembic semantics), then the rest of expand.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeEngine } from '../support/engines.js';
import { applyOk, bundle, cli, cliOk, DIST_DIALECTS, expectAt, manifest, revisionOf, shipped } from './support.js';

/** The revision ids a script applies, in order, from its per-revision comments. */
const applied = (script: string) => [...script.matchAll(/^-- \[\d+\/\d+\] upgrade (\S+):/gm)].map((m) => m[1]!);

describe('upgrade --expand / --contract (offline)', { timeout: 120_000 }, () => {
  for (const dialect of DIST_DIALECTS) {
    it(`${dialect}: --expand --sql is upgrade-expand.sql; expand@head: --contract --sql is upgrade-contract.sql`, () => {
      expect(cliOk(['--dialect', dialect, 'upgrade', '--expand', '--sql']) === bundle(dialect, 'upgrade-expand.sql')).toBe(true);
      expect(cliOk(['--dialect', dialect, 'upgrade', 'expand@head:', '--contract', '--sql']) === bundle(dialect, 'upgrade-contract.sql')).toBe(true);
    });
  }

  it('a start revision limits the script to what lies above it', () => {
    const { graph } = shipped();
    const expand = cliOk(['--dialect', 'postgresql', 'upgrade', 'kilo:', '--expand', '--sql']);
    expect(expand).toMatch(/^-- lbaas-db-manage \S+: upgrade kilo:expand@head for postgresql$/m);
    expect(applied(expand)).toEqual([...graph.carriers('expand')]);
    const contract = cliOk(['--dialect', 'postgresql', 'upgrade', `${revisionOf('expand@head')}:`, '--contract', '--sql']);
    expect(applied(contract)).toEqual([...graph.carriers('contract')]);
  });

  it('--contract from base follows depends_on into the expand branch, as Alembic does, but not past what it needs', () => {
    const { graph } = shipped();
    const script = cliOk(['--dialect', 'sqlite', 'upgrade', '--contract', '--sql']);
    const ids = applied(script);
    const head = revisionOf('contract@head');
    expect(ids.slice().sort()).toEqual([...graph.ancestors([head]), head].sort());
    expect(ids).toContain('62deca5010cd');
    expect(ids).not.toContain('844352f9fe6f');
    expect(ids.at(-1)).toBe(head);
  });

  it('usage errors: a start without ":", both flags, a flag with --delta', () => {
    const noColon = cli(['upgrade', 'kilo', '--expand', '--sql']);
    expect(noColon.code).toBe(2);
    expect(noColon.stderr).toContain("with --expand, the positional argument is an offline start revision followed by ':' (e.g. kilo:)");
    const both = cli(['upgrade', '--expand', '--contract', '--sql']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give --expand or --contract, not both');
    expect(cli(['upgrade', '--contract', '--delta', '1', '--sql']).code).toBe(2);
  });

  it('a start is offline only: online, the database says where it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lbaas-shortcut-'));
    try {
      const r = cli(['upgrade', 'kilo:', '--expand'], { cwd: dir, env: { LBAAS_DB_CONNECTION: `sqlite:///${join(dir, 'x.sqlite')}` } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('only for --sql');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--help shows the offline start form', () => {
    const help = cliOk(['upgrade', '--help']);
    expect(help).toContain('upgrade kilo: --expand --sql');
    expect(help).toContain('upgrade expand@head: --contract --sql');
  });
});

for (const dialect of DIST_DIALECTS) {
  describeEngine(dialect, 'upgrade --expand / --contract scripts run', (engine) => {
    const m = manifest(dialect);
    const first = m.milestone_sequence[0]!;

    it('at kilo: kilo: --expand, then <expand head>: --contract', async () => {
      const expandHead = revisionOf('expand@head');
      const db = await engine.scratch();
      await applyOk(db, bundle(dialect, 'bootstrap.sql'), 'bootstrap.sql');
      await applyOk(db, bundle(dialect, first), first);
      await expectAt(db, ['kilo'], first);
      await applyOk(db, cliOk(['--dialect', dialect, 'upgrade', 'kilo:', '--expand', '--sql']), 'kilo: --expand');
      await expectAt(db, [expandHead], 'kilo: --expand');
      await applyOk(db, cliOk(['--dialect', dialect, 'upgrade', `${expandHead}:`, '--contract', '--sql']), `${expandHead}: --contract`);
      await expectAt(db, [...shipped().graph.heads], '--contract');
    });

    it('from base: --contract (with the expand revisions it depends on), then e6417a8b114d: --expand', async () => {
      const db = await engine.scratch();
      await applyOk(db, bundle(dialect, 'bootstrap.sql'), 'bootstrap.sql');
      await applyOk(db, cliOk(['--dialect', dialect, 'upgrade', '--contract', '--sql']), '--contract');
      await expectAt(db, ['e6417a8b114d'], '--contract from base');
      await applyOk(db, cliOk(['--dialect', dialect, 'upgrade', 'e6417a8b114d:', '--expand', '--sql']), 'e6417a8b114d: --expand');
      await expectAt(db, [...shipped().graph.heads], 'then --expand');
    });
  });
}
