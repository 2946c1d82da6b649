/**
 * The checks deployment tooling runs: `has_offline_migrations` (neutron-db-manage's: exit 1 while
 * revisions that need the services stopped are pending) and `current --check-heads` (exit 1 unless
 * the database is at every head), through the built program against each engine, and the
 * neutron-db-manage options `--subproject` and `--database-connection`.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { describeEngine, type ScratchDb } from '../support/engines.js';
import { connectionUrl, requireBuilt, runCli, suiteWorkDir, writeConfig } from './cli.js';

const NEED = 'Need to apply migrations from neutron-lbaas contract branch. This will require all Neutron server instances to be shutdown before proceeding with the upgrade.';

for (const dialect of ['postgresql', 'mysql', 'sqlite'] as Dialect[]) {
  describeEngine(dialect, 'deployment checks', (engine) => {
    let db: ScratchDb;
    const wd = suiteWorkDir();
    let conf: string;
    const cli = (...args: string[]) => runCli(['--config-file', conf, ...args], { cwd: wd.dir });
    const must = async (...args: string[]) => {
      const r = await cli(...args);
      if (r.code !== 0) throw new Error(`${args.join(' ')}: exit ${r.code}\n${r.stderr}`);
      return r;
    };

    beforeAll(async () => {
      requireBuilt();
      db = await engine.scratch();
      conf = writeConfig(wd.dir, connectionUrl(db));
      await must('bootstrap');
    });

    it('at base: offline migrations pending (the history before the branches too), not at the heads', async () => {
      const r = await cli('has_offline_migrations');
      expect(r.code).toBe(1);
      expect(r.stdout).toBe(`${NEED} Pending: start_neutron_lbaas, lbaasv2, 4deef6d81931, 4b6d8d5310b8, 364f9b6064f0, lbaasv2_tls, 4ba00375f715, kilo, 130ebfdef43, 4b4dc6d5d843, e6417a8b114d\n`);
      const h = await cli('current', '--check-heads');
      expect(h.code).toBe(1);
      expect(h.stdout).toMatch(/^not at the heads: the database is at base; 19 revisions pending: start_neutron_lbaas, /);
    });

    it('after the expand phase: only the contract revisions are offline; --json says which', async () => {
      await must('upgrade', '--expand');
      const r = await cli('has-offline-migrations');
      expect([r.code, r.stdout]).toEqual([1, `${NEED} Pending: 130ebfdef43, 4b4dc6d5d843, e6417a8b114d\n`]);
      const j = await cli('--json', 'has_offline_migrations');
      expect(j.code).toBe(1);
      expect(JSON.parse(j.stdout)).toEqual({ offline_migrations: ['130ebfdef43', '4b4dc6d5d843', 'e6417a8b114d'], database: ['c47fda60c1b8'] });
      expect((await cli('current', '--check-heads')).code).toBe(1);
    });

    it('at the heads: nothing pending, both exit 0', async () => {
      await must('upgrade', 'heads');
      expect(await cli('has_offline_migrations')).toMatchObject({ code: 0, stdout: 'No offline migrations pending.\n' });
      expect(await cli('current', '--check-heads')).toMatchObject({ code: 0, stdout: 'at the heads: c47fda60c1b8, e6417a8b114d\n' });
      expect(JSON.parse((await cli('--json', 'current', '--check-heads')).stdout)).toMatchObject({ at_heads: true, pending: [] });
    });

    it('--subproject neutron-lbaas and --database-connection work as in neutron-db-manage', async () => {
      const r = await runCli(['--subproject', 'neutron-lbaas', '--database-connection', connectionUrl(db), 'current'], { cwd: wd.dir });
      expect([r.code, r.stdout]).toEqual([0, 'c47fda60c1b8 (head)\ne6417a8b114d (head)\n']);
    });
  });
}

describeEngine('sqlite', 'neutron-db-manage options', () => {
  const wd = suiteWorkDir();
  it('another subproject is refused before anything is read; typed option names are reported as typed', async () => {
    for (const name of ['neutron', 'neutron-fwaas']) {
      const r = await runCli(['--subproject', name, 'upgrade', 'heads'], { cwd: wd.dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`error CL000: --subproject ${name}: this tool migrates only the neutron-lbaas subproject`);
    }
    const a = await runCli(['heads', '--no-colour'], { cwd: wd.dir });
    expect(a.stderr).toContain("unknown option '--no-colour'");
    const b = await runCli(['heads', '--database-connexion=x'], { cwd: wd.dir });
    expect(b.stderr).toContain("unknown option '--database-connexion'");
    const help = await runCli(['upgrade', '--help'], { cwd: wd.dir });
    expect(help.stdout).toMatch(/--no-guard +leave out the in-script check of the starting revisions\n/);
    expect(help.stdout).not.toContain('(default: true)');
  });
  it('--database-connection wins over the config file', async () => {
    const conf = writeConfig(wd.dir, 'sqlite:///from-config.sqlite');
    const r = await runCli(['--config-file', conf, '--database-connection', 'sqlite:///from-option.sqlite', 'current'], { cwd: wd.dir });
    expect(r.stderr).toContain('the SQLite database from-option.sqlite does not exist');
  });
});
