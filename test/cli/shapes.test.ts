/**
 * Every script the command line writes, for every dialect, is the same bytes from one change of the
 * code to the next unless a change means it to differ. Each shape below (upgrade, ranges, +N,
 * --delta, the expand and contract branches, one transaction per revision, --no-guard,
 * --no-client-directives, lock waits, a downgrade, stamp, populate, bootstrap) is compiled from the
 * shipped history by the built command, and the SHA-256 and length of its output are compared with
 * the committed `shapes.json`. dist-sql/ (check-dist) and the golden files compare whole texts of
 * some of these; this covers the rest. After a change meant to alter scripts, `UPDATE_GOLDEN=1`
 * rewrites the file, and its diff in review names each shape whose bytes moved.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../src/core/dialect.js';
import { ROOT, requireBuilt } from '../author/project.js';

const FILE = join(ROOT, 'test/cli/shapes.json');

/** The command shapes, each with the arguments after `--dialect <d>`. */
const SHAPES: Record<string, string[]> = {
  'upgrade heads': ['upgrade', 'heads', '--sql'],
  'upgrade kilo:heads': ['upgrade', 'kilo:heads', '--sql'],
  'upgrade +1': ['upgrade', '+1', '--sql'],
  'upgrade --delta 3': ['upgrade', '--delta', '3', '--sql'],
  'upgrade kilo: --expand': ['upgrade', 'kilo:', '--expand', '--sql'],
  'upgrade expand@head: --contract': ['upgrade', 'expand@head:', '--contract', '--sql'],
  'upgrade kilo:heads --transaction-per-migration': ['upgrade', 'kilo:heads', '--sql', '--transaction-per-migration'],
  'upgrade kilo:heads --no-guard': ['upgrade', 'kilo:heads', '--sql', '--no-guard'],
  'upgrade kilo:heads --no-client-directives': ['upgrade', 'kilo:heads', '--sql', '--no-client-directives'],
  'upgrade kilo:heads --lock-timeout 9 --lock-wait-timeout 30': ['upgrade', 'kilo:heads', '--sql', '--lock-timeout', '9', '--lock-wait-timeout', '30'],
  'downgrade heads:62deca5010cd': ['downgrade', 'heads:62deca5010cd', '--sql'],
  'stamp kilo': ['stamp', 'kilo', '--sql'],
  'stamp kilo:mitaka': ['stamp', 'kilo:mitaka', '--sql'],
  populate: ['populate', '--sql'],
  bootstrap: ['bootstrap', '--sql'],
};

interface Shape {
  sha256: string;
  bytes: number;
}

function run(args: string[]): Shape {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 << 20,
  });
  expect(r.status, `${args.join(' ')}: ${r.stderr.toString()}`).toBe(0);
  return { sha256: createHash('sha256').update(r.stdout).digest('hex'), bytes: r.stdout.length };
}

describe('every dialect × command shape', () => {
  beforeAll(() => requireBuilt());

  it('writes the bytes shapes.json records', { timeout: 600_000 }, () => {
    const now: Record<string, Shape> = {};
    for (const d of DIALECTS) for (const [name, args] of Object.entries(SHAPES)) now[`${d} ${name}`] = run(['--dialect', d, ...args]);
    if (process.env.UPDATE_GOLDEN) writeFileSync(FILE, `${JSON.stringify(now, null, 2)}\n`);
    const recorded = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, Shape>;
    expect(Object.keys(now).sort()).toEqual(Object.keys(recorded).sort());
    const moved = Object.keys(now).filter((k) => now[k]!.sha256 !== recorded[k]!.sha256 || now[k]!.bytes !== recorded[k]!.bytes);
    expect(moved, 'shapes whose script changed (UPDATE_GOLDEN=1 if that is meant)').toEqual([]);
    // every shape wrote a script, and the shapes differ from each other where their options do
    for (const [k, v] of Object.entries(now)) expect(v.bytes, k).toBeGreaterThan(100);
    for (const d of DIALECTS) {
      expect(now[`${d} upgrade kilo:heads --no-guard`]!.sha256).not.toBe(now[`${d} upgrade kilo:heads`]!.sha256);
      // MySQL/MariaDB run each revision on its own already (DDL commits; a guarded script resumes per revision)
      const perRevision = now[`${d} upgrade kilo:heads --transaction-per-migration`]!.sha256 !== now[`${d} upgrade kilo:heads`]!.sha256;
      expect(perRevision, d).toBe(d === 'postgresql' || d === 'sqlite');
    }
  });
});
