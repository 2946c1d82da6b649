/**
 * The checks deployment tooling runs: `has_offline_migrations` (neutron-db-manage's: exit 1 while
 * revisions that need the services stopped are pending) and `current --check-heads` (exit 1 unless
 * the database is at every head), through the built program against each engine, and the
 * neutron-db-manage options `--subproject` and `--database-connection`.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { assertApplied, describeEngine, type ScratchDb } from '../support/engines.js';
import { readVersions } from '../support/catalog.js';
import { TOOL_VERSION } from '../../src/emit/version.js';
import { connectionUrl, requireBuilt, runCli, suiteWorkDir, writeConfig } from './cli.js';

const NEED =
  'Need to apply migrations from neutron-lbaas contract branch. This will require all Neutron server instances to be shutdown before proceeding with the upgrade.';

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
      expect(r.stdout).toBe(
        `${NEED} Pending: start_neutron_lbaas, lbaasv2, 4deef6d81931, 4b6d8d5310b8, 364f9b6064f0, lbaasv2_tls, 4ba00375f715, kilo, 130ebfdef43, 4b4dc6d5d843, e6417a8b114d\n`,
      );
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

    it("upgrade current:heads --sql: a script from the database's own rows, applied through the client", async () => {
      const hist = await must('history', '-r', 'current:heads');
      expect(
        hist.stdout
          .split('\n')
          .filter(Boolean)
          .map((l) => /-> (\S+)/.exec(l)![1]),
      ).toEqual(['c47fda60c1b8']);
      const r = await must('upgrade', 'current:heads', '--sql');
      expect(r.stdout.split('\n')[0]).toBe(`-- lbaas-db-manage ${TOOL_VERSION}: upgrade c47fda60c1b8:heads for ${dialect}`);
      assertApplied(await db.apply(r.stdout));
      expect(await readVersions(db)).toEqual(['c47fda60c1b8', 'e6417a8b114d']);
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
  it("'current' in a range with no database configured is an error, and nothing is printed", async () => {
    const r = await runCli(['upgrade', 'current:heads', '--sql'], { cwd: wd.dir });
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toContain("error CL008: 'current' in current:heads stands for the database's version rows, but no database is configured");
  });
  it('--database-connection wins over the config file', async () => {
    const conf = writeConfig(wd.dir, 'sqlite:///from-config.sqlite');
    const r = await runCli(['--config-file', conf, '--database-connection', 'sqlite:///from-option.sqlite', 'current'], { cwd: wd.dir });
    expect(r.stderr).toContain('the SQLite database from-option.sqlite does not exist');
  });
});

for (const dialect of ['postgresql', 'mysql', 'sqlite'] as Dialect[]) {
  describeEngine(dialect, 'an empty database without Neutron', (engine) => {
    const wd = suiteWorkDir();
    it("upgrade names the missing Neutron table and points to Neutron's migrations or bootstrap", async () => {
      requireBuilt();
      const db = await engine.scratch();
      const conf = writeConfig(wd.dir, connectionUrl(db));
      const r = await runCli(['--config-file', conf, 'upgrade', 'heads'], { cwd: wd.dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /\n {2}(vips|ports|agents|pools|members|healthmonitors|networks|subnets) is one of Neutron's tables \(versions\/external\.jsonc\), which the history expects to exist and does not create\n/,
      );
      expect(r.stderr).toContain(
        "hint: this database lacks Neutron's tables: run Neutron's own migrations first (neutron-db-manage upgrade heads) on a Neutron database, or 'lbaas-db-manage bootstrap' on a scratch database",
      );
    });
  });
}

for (const dialect of ['postgresql', 'mysql', 'sqlite'] as Dialect[]) {
  describeEngine(dialect, 'stamp --purge', (engine) => {
    const wd = suiteWorkDir();
    it('replaces version rows this history does not know; offline it is refused', async () => {
      requireBuilt();
      const db = await engine.scratch();
      const conf = writeConfig(wd.dir, connectionUrl(db));
      const cli = (...args: string[]) => runCli(['--config-file', conf, ...args], { cwd: wd.dir });
      assertApplied(
        await db.apply(
          "CREATE TABLE alembic_version_lbaas (version_num VARCHAR(32) NOT NULL PRIMARY KEY);\nINSERT INTO alembic_version_lbaas (version_num) VALUES ('deadbeef0000');\nINSERT INTO alembic_version_lbaas (version_num) VALUES ('kilo');\n",
        ),
      );
      const plain = await cli('stamp', '4ba00375f715');
      expect(plain.code).toBe(1);
      expect(await readVersions(db)).toEqual(['deadbeef0000', 'kilo']);
      const r = await cli('stamp', '--purge', '4ba00375f715');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe('stamped deadbeef0000, kilo -> 4ba00375f715: no migration ran in ' + /in (.*)\n$/.exec(r.stdout)![1] + '\n');
      expect(await readVersions(db)).toEqual(['4ba00375f715']);
      const off = await cli('stamp', '--purge', 'kilo', '--sql');
      expect([off.code, off.stdout]).toEqual([2, '']);
      expect(off.stderr).toContain('error CL000: stamp --purge reads the version rows it deletes: it runs online only');
    });
  });
}
