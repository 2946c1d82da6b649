/**
 * The password is hidden where the tool speaks of the connection, and nowhere else: data read
 * back from the database (version rows, the catalog) is never rewritten, whatever the password
 * is. On the real engines, with passwords that are also words of the data: `ref` (a catalog key
 * of every foreign key) and `kilo` (a revision id). And a URL of any shape never has its
 * password printed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEngine, mysqlConfig, pgConfig, type ScratchDb } from '../support/engines.js';
import { type CliResult, copyHistory, requireBuilt, ROOT, runCli, suiteWorkDir, workDir } from './cli.js';

/** A MySQL string literal. */
const lit = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

for (const dialect of ['postgresql', 'mysql'] as const) {
  describeEngine(dialect, 'a password that is also a word of the data', (engine) => {
    let db: ScratchDb;
    let wd: ReturnType<typeof workDir>;
    const user = `lbaas_t_cred_${process.pid}`;

    /** Makes `password` the one that connects (MariaDB: the test user's; PostgreSQL trusts the test connection and ignores it). */
    async function urlWith(password: string): Promise<string> {
      if (dialect === 'postgresql') {
        const c = pgConfig();
        return `postgresql://${c.user}:${password}@${c.host}:${c.port}/${db.name}`;
      }
      const r = await db.apply(
        `ALTER USER ${lit(user)}@'%' IDENTIFIED BY ${lit(password)};\nALTER USER ${lit(user)}@'localhost' IDENTIFIED BY ${lit(password)};\n`,
      );
      expect(r.code, r.stderr).toBe(0);
      const c = mysqlConfig();
      return `mysql+pymysql://${user}:${password}@${c.host}:${c.port}/${db.name}`;
    }

    beforeAll(async () => {
      requireBuilt();
      db = await engine.scratch();
      wd = workDir();
      // the project's own copy of the history: a revision written by mistake lands there
      copyHistory(join(ROOT, 'versions'), wd.dir);
      if (dialect === 'mysql') {
        const r = await db.apply(
          [
            `DROP USER IF EXISTS ${lit(user)}@'%', ${lit(user)}@'localhost';`,
            `CREATE USER ${lit(user)}@'%' IDENTIFIED BY 'x';`,
            `CREATE USER ${lit(user)}@'localhost' IDENTIFIED BY 'x';`,
            `GRANT ALL ON \`${db.name}\`.* TO ${lit(user)}@'%';`,
            `GRANT ALL ON \`${db.name}\`.* TO ${lit(user)}@'localhost';`,
          ].join('\n'),
        );
        expect(r.code, r.stderr).toBe(0);
      }
      const env = { LBAAS_DB_CONNECTION: await urlWith('x-setup-pw') };
      for (const args of [['bootstrap'], ['upgrade', 'kilo']]) {
        const r = await runCli(args, { cwd: wd.dir, env });
        expect(r.code, r.stderr).toBe(0);
      }
    }, 180_000);
    afterAll(async () => {
      if (dialect === 'mysql') await db?.apply(`DROP USER IF EXISTS ${lit(user)}@'%', ${lit(user)}@'localhost';`);
      wd?.remove();
    });

    it("password 'kilo': current shows the revision kilo, and upgrade runs", async () => {
      const env = { LBAAS_DB_CONNECTION: await urlWith('kilo') };
      const cur = await runCli(['current'], { cwd: wd.dir, env });
      expect(cur.code, cur.stderr).toBe(0);
      expect(cur.stdout).toBe('kilo (branchpoint)\n'); // the revision as the version table holds it (not '***'), marked as Alembic marks it
      const verbose = await runCli(['current', '--verbose'], { cwd: wd.dir, env });
      expect(verbose.stdout).toContain(':***@');
      expect(verbose.stdout).toContain('kilo');
      const up = await runCli(['upgrade', 'heads'], { cwd: wd.dir, env });
      expect(up.code, up.stderr).toBe(0);
      expect(up.stdout).toMatch(/upgraded kilo -> /);
    }, 180_000);

    it("password 'ref': revision --autogenerate --from-db on the untouched database finds no changes", async () => {
      const env = { LBAAS_DB_CONNECTION: await urlWith('ref') };
      const up = await runCli(['upgrade', 'heads'], { cwd: wd.dir, env });
      expect(up.code, up.stderr).toBe(0);
      const proj = await runCli(['revision', '--autogenerate', '--from-db', '-m', 'drift'], { cwd: wd.dir, env });
      expect(proj.code, proj.stderr).toBe(0);
      expect(proj.stdout).toMatch(/^No changes in schema detected against the database at .*:\*\*\*@.*; no revision written\.\n$/);
    }, 180_000);
  });
}

describe('a URL of any shape never has its password printed', { timeout: 60_000 }, () => {
  const wd = suiteWorkDir();
  const cases = [
    'lbaas:pa/ss-Secret1@db.example.org/lbaas',
    'postgresql:/lbaas:pa/ss-Secret1@db.example.org/lbaas',
    'lbaas:pa/ss@-Secret1@db.example.org:5432/lbaas',
    'postgresql://lbaas:pa/ss-Secret1@db.example.org:x/lbaas',
    'nosuch://lbaas:pa/ss-Secret1@db.example.org/lbaas',
    'postgresql://db.example.org/lbaas?password=pa/ss-Secret1&port=x',
  ];
  for (const url of cases) {
    it(url.replace('pa/ss', '<pw>'), async () => {
      for (const how of ['env', 'config'] as const) {
        let r: CliResult;
        if (how === 'env') r = await runCli(['current'], { cwd: wd.dir, env: { LBAAS_DB_CONNECTION: url } });
        else {
          writeFileSync(join(wd.dir, 'lbaas.conf'), `[database]\nconnection = ${url}\n`);
          r = await runCli(['--config-file', 'lbaas.conf', 'current'], { cwd: wd.dir });
        }
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/error (CF020|EX00\d)/);
        expect(r.stdout + r.stderr).not.toContain('Secret1');
      }
    });
  }
});
