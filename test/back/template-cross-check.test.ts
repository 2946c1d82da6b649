/**
 * The template fast path (src/back/fast.ts) against Handlebars itself: with LBAAS_CHECK_TEMPLATES=1
 * every template call is rendered both ways and a difference is an error. Here every op case, both
 * realistic scenarios (up and down), and through the built command the shipped history's upgrade,
 * downgrade, bootstrap and populate scripts for every dialect, are compiled with the check on; the
 * scripts must come out byte-identical to the ones compiled without it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type Dialect } from '../../src/core/dialect.js';
import { DiagnosticError } from '../../src/core/diagnostics.js';
import { CASES, isRefusal, expectedFor } from '../compile/cases.js';
import { compile, revision } from '../compile/harness.js';
import { helpdesk, shop } from '../compile/scenarios.js';
import { ROOT, requireBuilt } from '../author/project.js';

const FLAG = 'LBAAS_CHECK_TEMPLATES';

function both<T>(fn: () => T): { plain: T; checked: T } {
  const before = process.env[FLAG];
  delete process.env[FLAG];
  const plain = fn();
  process.env[FLAG] = '1';
  try {
    return { plain, checked: fn() };
  } finally {
    if (before === undefined) delete process.env[FLAG];
    else process.env[FLAG] = before;
  }
}

describe('the template fast path renders what Handlebars renders', () => {
  for (const d of DIALECTS as readonly Dialect[]) {
    it(`${d}: every op case`, () => {
      let compiled = 0;
      for (const c of CASES) {
        if (isRefusal(expectedFor(c, d))) continue;
        const revs = [revision({ id: 'r1', upgrade: c.before }), revision({ id: 'r2', down: 'r1', upgrade: [c.op] })];
        const r = both(() => compile(d, revs).text);
        expect(r.checked, c.name).toBe(r.plain);
        compiled++;
      }
      expect(compiled).toBeGreaterThan(20);
    });

    it(`${d}: the scenarios, up and down`, () => {
      for (const history of [shop, helpdesk]) {
        for (const o of [{}, { direction: 'downgrade' as const, spec: 'heads:base' }]) {
          const r = both(() => {
            try {
              return compile(d, history(), o).text;
            } catch (e) {
              if (e instanceof DiagnosticError) return `refused: ${e.diagnostics.map((x) => x.code).join(',')}`;
              throw e;
            }
          });
          expect(r.checked).toBe(r.plain);
        }
      }
    });
  }
});

describe('the built command with the check on', { timeout: 120_000 }, () => {
  beforeAll(() => requireBuilt());
  const run = (args: string[], check: boolean) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.LBAAS_DB_CONNECTION;
    if (check) env[FLAG] = '1';
    else delete env[FLAG];
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), ...args], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 << 20 });
    return r;
  };
  for (const d of DIALECTS as readonly Dialect[]) {
    it(`${d}: upgrade, downgrade, bootstrap and populate scripts of the shipped history are byte-identical`, () => {
      for (const args of [
        ['upgrade', 'heads', '--sql'],
        ['downgrade', 'heads:base', '--sql'],
        ['bootstrap', '--sql'],
        ['populate', '--sql'],
      ]) {
        const plain = run(['--dialect', d, ...args], false);
        const checked = run(['--dialect', d, ...args], true);
        expect(checked.status, `${args.join(' ')}: ${checked.stderr}`).toBe(plain.status);
        expect(checked.stdout, args.join(' ')).toBe(plain.stdout);
      }
    });
  }
});
