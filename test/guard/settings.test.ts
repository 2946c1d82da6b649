/**
 * What the header and the session part of a script say about transactions and lock waits, and how
 * the command line and the config file set them: PostgreSQL expand-only upgrades run one
 * transaction per revision unless told otherwise; --lock-timeout, --lock-wait-timeout and
 * [database] lock_timeout / lock_wait_timeout reach the statements that bound the waits. (The waits
 * themselves are proven on the engines in locks.test.ts; the transactions in matrix.test.ts and
 * the dist-sql suites.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wrappedStatements } from '../../src/verify/verify.js';
import { cli, cliOk } from './clients.js';

const dir = mkdtempSync(join(tmpdir(), 'lbaas-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function config(name: string, text: string): string {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}
const EXPAND = ['upgrade', '62deca5010cd,130ebfdef43:', '--expand', '--sql'];
const txLine = (s: string) => s.split('\n')[3];

describe('transactions', () => {
  it('a PostgreSQL expand-only upgrade runs one transaction per revision, and says why', () => {
    const s = cliOk(['--dialect', 'postgresql', ...EXPAND]);
    expect(txLine(s)).toBe('-- one transaction per revision (the default for a range of expand revisions: each revision releases its locks at its COMMIT)');
    expect(s.match(/^BEGIN;$/gm)).toHaveLength(2);
    expect(s.match(/^COMMIT;$/gm)).toHaveLength(2);
  });

  // seven runs of the built program
  it('contract and mixed ranges, other dialects and an explicit setting keep their transactions', { timeout: 60_000 }, () => {
    expect(txLine(cliOk(['--dialect', 'postgresql', 'upgrade', 'kilo:heads', '--sql']))).toBe('-- one transaction for the whole script');
    expect(txLine(cliOk(['--dialect', 'postgresql', 'upgrade', '130ebfdef43,c47fda60c1b8:', '--contract', '--sql']))).toBe(
      '-- one transaction for the whole script',
    );
    expect(txLine(cliOk(['--dialect', 'sqlite', ...EXPAND]))).toBe('-- one transaction for the whole script');
    expect(txLine(cliOk(['--dialect', 'postgresql', 'downgrade', 'heads:62deca5010cd', '--sql']))).toBe('-- one transaction for the whole script');
    const off = config('off.conf', '[alembic]\ntransaction_per_migration = false\n');
    expect(txLine(cliOk(['--config-file', off, '--dialect', 'postgresql', ...EXPAND]))).toBe('-- one transaction for the whole script');
    expect(txLine(cliOk(['--dialect', 'postgresql', 'upgrade', 'kilo:heads', '--sql', '--transaction-per-migration']))).toBe('-- one transaction per revision');
  });
});

describe('lock waits', () => {
  it('defaults: 5 s for each statement, 60 s for the migration lock, printed in the header', () => {
    const pg = cliOk(['--dialect', 'postgresql', 'upgrade', 'kilo:heads', '--sql']);
    expect(pg).toContain("\nSET lock_timeout = '5s';\n");
    expect(pg).toContain("PERFORM set_config('lock_timeout', '60s', true);");
    expect(pg).toContain('-- lock waits: at most 5 s for each statement');
    expect(pg).toContain('-- migration lock: waited for at most 60 s');
    const my = cliOk(['--dialect', 'mariadb', 'upgrade', 'kilo:heads', '--sql']);
    expect(my).toContain('\nSET SESSION lock_wait_timeout = 5, SESSION innodb_lock_wait_timeout = 5;\n');
    expect(my).toContain('GET_LOCK(@lbaas_lock, 60)');
  });

  it('--lock-timeout and --lock-wait-timeout, and the config keys, set them (MySQL in whole seconds)', () => {
    const pg = cliOk(['--dialect', 'postgresql', 'upgrade', 'kilo:heads', '--sql', '--lock-timeout', '2.5', '--lock-wait-timeout', '7']);
    expect(pg).toContain("\nSET lock_timeout = '2500ms';\n");
    expect(pg).toContain("PERFORM set_config('lock_timeout', '7s', true);");
    expect(pg).toContain('held the lock for 7 s; nothing was changed; retry later');
    const my = cliOk(['--dialect', 'mysql', 'upgrade', 'kilo:heads', '--sql', '--lock-timeout', '2.5', '--lock-wait-timeout', '7']);
    expect(my).toContain('SET SESSION lock_wait_timeout = 3, SESSION innodb_lock_wait_timeout = 3;');
    expect(my).toContain('GET_LOCK(@lbaas_lock, 7)');
    const conf = config('waits.conf', '[database]\nlock_timeout = 9\nlock_wait_timeout = 11\n');
    const fromConf = cliOk(['--config-file', conf, '--dialect', 'postgresql', 'upgrade', 'kilo:heads', '--sql']);
    expect(fromConf).toContain("\nSET lock_timeout = '9s';\n");
    expect(fromConf).toContain("PERFORM set_config('lock_timeout', '11s', true);");
    // the command line wins over the file
    expect(cliOk(['--config-file', conf, '--dialect', 'postgresql', 'upgrade', 'kilo:heads', '--sql', '--lock-timeout', '1'])).toContain(
      "\nSET lock_timeout = '1s';\n",
    );
  });

  it('a wait that is not a number of seconds is refused, and nothing is printed', () => {
    for (const v of ['0', '-1', 'x', '86401']) {
      const r = cli(['--dialect', 'postgresql', 'upgrade', 'kilo:heads', '--sql', '--lock-timeout', v]);
      expect(r.code, v).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('--lock-timeout needs a number of seconds greater than 0 and at most 86400');
    }
    const bad = config('bad.conf', '[database]\nlock_timeout = soon\n');
    const r = cli(['--config-file', bad, '--dialect', 'postgresql', 'upgrade', 'kilo:heads', '--sql']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('CF030');
    expect(r.stderr).toContain("lock_timeout must be a number of seconds greater than 0 and at most 86400, not 'soon'");
  });
});

describe('what the script needs', () => {
  it('the header says whether the services must be stopped', () => {
    const head = (args: string[]) =>
      cliOk(['--dialect', 'postgresql', ...args])
        .split('\n')
        .slice(0, 12)
        .join('\n');
    expect(head(EXPAND)).toContain('\n-- services: can stay up (expand revisions only)\n');
    expect(head(['upgrade', '130ebfdef43,c47fda60c1b8:', '--contract', '--sql'])).toMatch(
      /\n-- services: stop them first \(contract revisions: [0-9a-f, ]+\)\n/,
    );
    expect(head(['upgrade', 'kilo:heads', '--sql'])).toMatch(/\n-- services: stop them first: this range mixes expand and contract revisions \(contract: /);
    expect(head(['downgrade', 'heads:62deca5010cd', '--sql'])).toContain('\n-- services: stop them first (a downgrade removes what they may use)\n');
    expect(head(['stamp', 'kilo:heads', '--sql'])).toContain('\n-- services: can stay up (no migration runs; only the version table changes)\n');
  });

  it('a destructive statement is marked in the SQL, right before it', () => {
    for (const dialect of ['postgresql', 'mysql', 'sqlite']) {
      const up = cliOk(['--dialect', dialect, 'upgrade', 'kilo:heads', '--sql']).split('\n');
      const i = up.indexOf('-- DESTRUCTIVE: drops table vips and every row in it');
      expect(i, dialect).toBeGreaterThan(0);
      expect(up[i - 1]).toMatch(/^-- upgrade\[\d+\] drop_table vips$/);
      if (dialect === 'mysql') {
        // The resumable layout (docs/review.md, "Resumable runs"): the statement's number, then the
        // prepared statement that holds it, before any other statement of the op.
        expect(up[i + 1]).toMatch(/^-- statement \d+\/\d+ of e6417a8b114d$/);
        const held = up
          .slice(i + 2)
          .join('\n')
          .split(';\n')
          .map((x) => wrappedStatements(x))
          .find((w) => w.length > 0);
        expect(held).toEqual(['DROP TABLE `vips`']);
      } else expect(up[i + 1]).toMatch(/^DROP TABLE [`"]vips[`"]/);
      const down = cliOk(['--dialect', dialect, 'downgrade', 'heads:62deca5010cd', '--sql']);
      expect(down).toMatch(/^-- DESTRUCTIVE: drops (table|column) \S+ and (every row|the values) in it, including what was written since the upgrade$/m);
    }
  });
});
