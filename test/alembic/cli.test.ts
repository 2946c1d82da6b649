/**
 * End to end through the built command: generated histories written as revision
 * files, the same commands run by `lbaas-db-manage ... --sql` and by Alembic
 * (driver.py), the scripts' step markers and version-table statements compared.
 * Also the command-line rules of the target grammar: several stamp arguments, an
 * empty plan (exit 0, a comment, a note on stderr), an online range refused before
 * connecting. Skipped without Alembic (saying so), failing under CI=true.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCI } from '../support/engines.js';
import { assertBuilt, cli, removeDir, tempDir } from '../cli/run.js';
import { findPython, HASH_SEEDS, normalizeAlembic, runAlembic, same, sameUpToRowChoice, type Event, type Outcome } from './alembic.js';
import { generate, type GenGraph } from './generate.js';

const found = findPython();
const dirs: string[] = [];
beforeAll(() => assertBuilt());
afterAll(() => dirs.forEach(removeDir));

function project(g: GenGraph): string {
  const dir = tempDir('lbaas-alembic-cli');
  dirs.push(dir);
  mkdirSync(join(dir, 'versions'));
  for (const r of g.revisions) {
    writeFileSync(
      join(dir, 'versions', `${r.id}.jsonc`),
      JSON.stringify(
        {
          revision: r.id,
          down_revision: r.down.length === 0 ? null : r.down.length === 1 ? r.down[0] : r.down,
          ...(r.branch_labels.length ? { branch_labels: r.branch_labels } : {}),
          ...(r.depends_on.length ? { depends_on: r.depends_on } : {}),
          message: `revision ${r.id}`,
          create_date: '2020-01-01 00:00:00',
          upgrade: [],
          downgrade: [],
        },
        null,
        2,
      ),
    );
  }
  return dir;
}

/** The events of a script the command printed: its step markers and version-table statements. */
function events(script: string, stamp: boolean): Event[] {
  const out: Event[] = [];
  for (const line of script.split('\n')) {
    let m: RegExpExecArray | null;
    if (!stamp && (m = /^-- \[\d+\/\d+\] (upgrade|downgrade) (\w+):/.exec(line))) out.push(['run', m[1]!, m[2]!]);
    else if ((m = /^INSERT INTO "alembic_version_lbaas" \("version_num"\) VALUES \('(\w+)'\);$/.exec(line))) out.push(['insert', m[1]!]);
    else if ((m = /^UPDATE "alembic_version_lbaas" SET "version_num" = '(\w+)' WHERE "version_num" = '(\w+)';$/.exec(line))) out.push(['update', m[2]!, m[1]!]);
    else if ((m = /^DELETE FROM "alembic_version_lbaas" WHERE "version_num" = '(\w+)';$/.exec(line))) out.push(['delete', m[1]!]);
    else if (/^DROP TABLE "alembic_version_lbaas";$/.test(line)) out.push(['drop']);
  }
  return out;
}

describe.skipIf(!found && !isCI())('the command against Alembic, end to end', () => {
  for (const seed of [4, 11, 26]) {
    it(`generated history ${seed}: the scripts' steps and version statements are Alembic's`, async () => {
      expect(found, 'no python3 that can import alembic: apt-get install python3-alembic').toBeDefined();
      const full = generate(seed);
      // the cases the command can say: one start (or none), every target form
      const g: GenGraph = { ...full, cases: full.cases.filter((c) => !c.rows && !c.args.some((a) => a.includes(','))).slice(0, 24) };
      const dir = project(g);
      const runs = await Promise.all(HASH_SEEDS.map((s) => runAlembic(found!.python, g, s)));
      const diffs: string[] = [];
      let compared = 0;
      for (const [i, c] of g.cases.entries()) {
        const alts: Outcome[] = runs.map((r) => normalizeAlembic(c, r[i]!));
        const r = await cli(['--dialect', 'postgresql', c.command, ...c.args, '--sql'], { cwd: dir });
        const mine: Outcome = r.code === 0 ? { ok: true, out: events(r.stdout, c.command === 'stamp') } : { ok: false, kind: 'ours', message: r.stderr };
        if (r.code !== 0) expect(r.stdout, `${c.command} ${c.args.join(' ')}: nothing on stdout when refused`).toBe('');
        if (alts.some((a) => same(a, mine) || sameUpToRowChoice(a, mine)) || (!mine.ok && alts.every((a) => !a.ok))) {
          compared++;
          continue;
        }
        // a deliberate difference (README): `head` with several heads, an upgrade below the current heads
        if (!mine.ok && /GR040/.test(mine.message)) continue;
        if (mine.ok && alts.every((a) => !a.ok && /Multiple head/.test(a.message))) continue;
        diffs.push(`${c.command} ${c.args.join(' ')}\n  alembic: ${JSON.stringify(alts[0])}\n  ours:    ${JSON.stringify(mine)}`);
      }
      expect(diffs, diffs.join('\n')).toEqual([]);
      expect(compared).toBeGreaterThan(10);
    }, 180_000);
  }
});

describe('command-line rules of the target grammar', () => {
  let dir: string;
  beforeAll(() => {
    dir = project({
      seed: 0,
      shape: 'fork',
      cases: [],
      revisions: [
        { id: 'a1b2', down: [], depends_on: [], branch_labels: [] },
        { id: 'c3d4', down: ['a1b2'], depends_on: [], branch_labels: ['left'] },
        { id: 'e5f6', down: ['a1b2'], depends_on: [], branch_labels: ['right'] },
      ],
    });
  });

  it('stamp takes several destinations, as separate arguments or a comma-separated list', async () => {
    for (const args of [['c3d4', 'e5f6'], ['c3d4,e5f6']]) {
      const r = await cli(['--dialect', 'postgresql', 'stamp', ...args, '--sql'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(events(r.stdout, true)).toEqual([
        ['insert', 'c3d4'],
        ['insert', 'e5f6'],
      ]);
    }
    const moved = await cli(['--dialect', 'postgresql', 'stamp', 'c3d4:a1b2', 'e5f6', '--sql'], { cwd: dir });
    expect(events(moved.stdout, true)).toEqual([
      ['update', 'c3d4', 'a1b2'],
      ['insert', 'e5f6'],
    ]);
    const two = await cli(['--dialect', 'postgresql', 'stamp', 'c3d4:a1b2', 'e5f6:a1b2', '--sql'], { cwd: dir });
    expect(two.code).toBe(2);
    expect(two.stdout).toBe('');
    expect(two.stderr).toContain('takes one start');
  });

  it('a target already reached is a script that changes nothing: exit 0, a comment, a note on stderr', async () => {
    const r = await cli(['--dialect', 'postgresql', 'upgrade', 'c3d4,e5f6:heads', '--sql'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('-- nothing to do:');
    expect(events(r.stdout, false)).toEqual([]);
    expect(r.stderr).toContain('warning GR041: nothing to do');
    const below = await cli(['--dialect', 'postgresql', 'upgrade', 'c3d4:a1b2', '--sql'], { cwd: dir });
    expect(below.code).toBe(1);
    expect(below.stderr).toContain('GR040');
  });

  it('a downgrade to base ends by dropping the version table; a bare label is its own revision', async () => {
    const r = await cli(['--dialect', 'postgresql', 'downgrade', 'c3d4,e5f6:base', '--sql'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(events(r.stdout, false).at(-1)).toEqual(['drop']);
    const label = await cli(['--dialect', 'postgresql', 'upgrade', 'left', '--sql'], { cwd: dir });
    expect(
      events(label.stdout, false)
        .filter((e) => e[0] === 'run')
        .map((e) => e[2]),
    ).toEqual(['a1b2', 'c3d4']);
    const prefix = await cli(['--dialect', 'postgresql', 'upgrade', 'e5', '--sql'], { cwd: dir });
    expect(
      events(prefix.stdout, false)
        .filter((e) => e[0] === 'run')
        .map((e) => e[2]),
    ).toEqual(['a1b2', 'e5f6']);
  });

  it('online, a range is refused before any connection is tried', async () => {
    const r = await cli(['upgrade', 'a1b2:heads'], { cwd: dir, env: { LBAAS_DB_CONNECTION: 'postgresql://nobody@127.0.0.1:1/none' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe("error CL001: a range (a1b2:heads) is only for --sql: online, the start is what the database's version table holds");
  });
});

if (!found && !isCI()) process.stderr.write('end-to-end test against Alembic SKIPPED: no python3 that can import alembic\n');
