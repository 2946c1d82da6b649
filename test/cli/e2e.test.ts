/**
 * The BUILT program as a user runs it, on the shipped LBaaS history: help and
 * version, command-line quirks (negative and all-digit revision values), every
 * way of naming a target, scripts that are the same bytes every time, and each
 * script applied through the real client (psql -f, mariadb <, sqlite3 <) to a
 * scratch database whose catalog must equal the compiler's replayed model and
 * whose version table must hold the expected heads.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { compileSteps } from '../../src/emit/compile.js';
import { loadHistoryFiles } from '../../src/front/load.js';
import { buildGraph, planUpgrade, resolveTarget, type RevisionGraph } from '../../src/graph/index.js';
import type { Schema } from '../../src/model/schema.js';
import { compareWithModel, readVersions } from '../support/catalog.js';
import { describeEngine, type ScratchDb } from '../support/engines.js';
import { assertBuilt, cli, FIXTURES, removeDir, ROOT, snapshot, tempDir, type Run } from './run.js';

const DIALECTS: Dialect[] = ['postgresql', 'mysql', 'mariadb', 'sqlite'];
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

// The oracle: the shipped history loaded and replayed with the compiler's own modules.
const history = loadHistoryFiles(ROOT, 'versions');
const graph: RevisionGraph = (() => {
  const errors = history.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`versions/ does not load: ${errors.map((d) => d.message).join('; ')}`);
  const g = buildGraph(history.revisions);
  if (g.diagnostics.some((d) => d.severity === 'error')) throw new Error(g.diagnostics.map((d) => d.message).join('; '));
  return g.graph;
})();

function unwrap<T>(r: { ok: true; value: T } | { ok: false; diagnostics: { message: string }[] }): T {
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  return r.value;
}

/** Heads after upgrading from `from` to `spec`, as the graph plans them. */
function headsAfter(spec: string, from: string[] = []): string[] {
  const target = unwrap(resolveTarget(graph, spec, { current: from }));
  return unwrap(planUpgrade(graph, from, target)).heads;
}

/** The replayed model with `heads` applied (external tables, then every revision they need). */
function modelAt(dialect: Dialect, heads: string[]): Schema {
  const steps = heads.length ? unwrap(planUpgrade(graph, [], { spec: heads.join(','), ids: heads })).steps : [];
  const out = compileSteps({ dialect, external: history.external, applied: [], steps }, 'alembic_version_lbaas');
  if (out.diagnostics.some((d) => d.severity === 'error')) throw new Error(out.diagnostics.map((d) => d.message).join('; '));
  return out.schema;
}

const HEADS = [...graph.heads].sort();

/** stdout of a run that must succeed. */
function ok(r: Run, what: string): string {
  expect(r.code, `${what} exited ${r.code}:\n${r.stderr}`).toBe(0);
  return r.stdout;
}

async function sql(dialect: Dialect, ...args: string[]): Promise<string> {
  const text = ok(await cli(['--dialect', dialect, ...args]), args.join(' '));
  expect(text, `${args.join(' ')}: a script`).toMatch(/^-- lbaas-db-manage /);
  return text;
}

beforeAll(() => assertBuilt());

describe('the program answers like a command-line tool', { timeout: 120_000 }, () => {
  it('--help and --version exit 0', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    for (const cmd of ['upgrade', 'downgrade', 'stamp', 'current', 'history', 'heads', 'branches', 'show', 'bootstrap']) {
      expect(help.stdout).toMatch(new RegExp(`^  ${cmd}\\b`, 'm'));
    }
    const version = await cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(new RegExp(`^lbaas-db-manage/${PKG.version.replace(/\./g, '\\.')}\\b`));
  });

  it('upgrade --help documents the offline start of --expand/--contract', async () => {
    const r = await cli(['upgrade', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--contract .*"<rev>:"/);
    expect(r.stdout).toMatch(/--expand .*"<rev>:"/);
  });

  it('an unknown command exits 2 with did-you-mean, nothing on stdout', async () => {
    const near = await cli(['upgrad', 'heads']);
    expect(near.code).toBe(2);
    expect(near.stdout).toBe('');
    expect(near.stderr).toBe("error CL000: unknown command 'upgrad'\n  hint: did you mean 'upgrade'?\n");
    const far = await cli(['frobnicate']);
    expect(far.code).toBe(2);
    expect(far.stdout).toBe('');
    expect(far.stderr.split('\n')[0]).toBe("error CL000: unknown command 'frobnicate'");
    expect(far.stderr).not.toContain('did you mean');
  });

  it('an argument the command does not take is a usage error, not silently dropped', async () => {
    for (const [argv, extra, name] of [
      [['upgrade', 'heads', 'extra', '--sql'], 'extra', 'upgrade'],
      [['--dialect', 'postgresql', 'downgrade', 'heads:kilo', 'kilo', '--sql'], 'kilo', 'downgrade'],
      [['heads', 'x'], 'x', 'heads'],
      [['show', 'kilo', '-1'], '-1', 'show'],
    ] as const) {
      const r = await cli([...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toBe(`error CL000: unexpected argument '${extra}' for ${name}`);
    }
  });

  it('no command prints the help on stderr and exits 2 (a usage error: nothing on stdout)', async () => {
    for (const argv of [[], ['--quiet'], ['--versions', 'versions']]) {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('Usage:');
    }
    // With --json, one JSON document on stderr, as for every other error.
    const json = await cli(['--json']);
    expect(json.code).toBe(2);
    expect(json.stdout).toBe('');
    expect(JSON.parse(json.stderr)).toMatchObject({ ok: false, diagnostics: [{ code: 'CL000', message: 'no command given' }] });
    // Asked for, the help is the output: stdout, status 0.
    const asked = await cli(['--help']);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain('Usage:');
  });
});

describe('scripts are the same bytes every time', { timeout: 180_000 }, () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(removeDir));

  for (const dialect of DIALECTS) {
    it(`${dialect}: upgrade head --sql twice, and upgrade heads --sql, give one script`, async () => {
      const [a, b, c] = await Promise.all([
        sql(dialect, 'upgrade', 'head', '--sql'),
        sql(dialect, 'upgrade', 'head', '--sql'),
        sql(dialect, 'upgrade', 'heads', '--sql'),
      ]);
      expect(b).toBe(a);
      expect(c).toBe(a);
      expect(a.split('\n')[0]).toBe(`-- lbaas-db-manage ${PKG.version}: upgrade base:heads for ${dialect}`);
    });

    it(`${dialect}: --output writes the same bytes, by replacing the file (atomic), leaving no temporary file`, async () => {
      const dir = tempDir('lbaas-e2e-out');
      dirs.push(dir);
      const file = join(dir, 'upgrade.sql');
      writeFileSync(file, '-- old\n');
      const before = statSync(file).ino;
      const stdout = await sql(dialect, 'upgrade', 'heads', '--sql');
      const r = await cli(['--dialect', dialect, 'upgrade', 'heads', '--sql', '--output', file]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe('');
      expect(readFileSync(file, 'utf8')).toBe(stdout);
      expect(statSync(file).ino, 'a new file renamed over the old one, not the old one rewritten').not.toBe(before);
      expect(snapshot(dir).map((l) => l.split(' ')[0])).toEqual(['upgrade.sql']);
    });
  }

  it('--expand is expand@head; "kilo: --contract" and "--contract kilo:" are one script; +1 is --delta 1', async () => {
    const d = 'postgresql';
    expect(await sql(d, 'upgrade', '--expand', '--sql')).toBe(await sql(d, 'upgrade', 'expand@head', '--sql'));
    const contract = await sql(d, 'upgrade', 'kilo:', '--contract', '--sql');
    expect(await sql(d, 'upgrade', '--contract', '--sql', 'kilo:')).toBe(contract);
    expect(contract.split('\n')[0]).toBe(`-- lbaas-db-manage ${PKG.version}: upgrade kilo:contract@head for ${d}`);
    expect(await sql(d, 'upgrade', '+1', '--sql')).toBe(await sql(d, 'upgrade', '--delta', '1', '--sql'));
  });

  it('downgrade kilo:-1 and downgrade kilo: --delta -1 (and --delta 1) are one script', async () => {
    const d = 'sqlite';
    const a = await sql(d, 'downgrade', 'kilo:-1', '--sql');
    expect(await sql(d, 'downgrade', 'kilo:', '--delta', '-1', '--sql')).toBe(a);
    expect(await sql(d, 'downgrade', 'kilo:', '--delta', '1', '--sql')).toBe(a);
    expect(await sql(d, 'downgrade', 'kilo:', '--delta=-1', '--sql')).toBe(a);
    expect(a).toContain('-- 1 revision: kilo');
  });

  it('usage errors of the target options exit 2', async () => {
    for (const args of [
      ['upgrade', 'kilo', '--delta', '2', '--sql'],
      ['upgrade', '--delta', '-1', '--sql'],
      ['upgrade', '--expand', '--contract', '--sql'],
      ['upgrade', 'kilo', '--contract', '--sql'],
      ['downgrade', 'kilo', '--delta', '1', '--sql'],
      ['downgrade', '--sql'],
    ]) {
      const r = await cli(['--dialect', 'sqlite', ...args]);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^error CL000: /);
    }
  });
});

describe('inspection commands print what Alembic users expect', { timeout: 120_000 }, () => {
  it('heads: one line per head, marked (head)', async () => {
    const lines = ok(await cli(['heads']), 'heads')
      .trimEnd()
      .split('\n');
    expect(lines.map((l) => l.split(' ')[0]).sort()).toEqual(HEADS);
    for (const l of lines) expect(l).toMatch(/^\w+ \(.*\bhead\b.*\)$/);
    expect(lines.find((l) => l.startsWith('e6417a8b114d'))).toContain('contract');
    expect(lines.filter((l) => l.includes('expand'))).toHaveLength(1);
  });

  it('history: newest first, "parent -> rev (marks), message", down to <base>', async () => {
    const lines = ok(await cli(['history']), 'history')
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(graph.order.length);
    expect(lines.at(-1)).toBe('<base> -> start_neutron_lbaas, start neutron-lbaas chain');
    expect(lines).toContain('4ba00375f715 -> kilo (branchpoint), kilo');
    expect(lines).toContain('kilo -> 3345facd0452 (expand), Initial Liberty no-op expand script.');
    expect(lines).toContain('kilo -> 130ebfdef43 (contract), Initial Liberty no-op contract revision.');
    expect(lines).toContain('4b4dc6d5d843 -> e6417a8b114d (contract) (head), Drop v1 tables');
    expect(HEADS).toContain(lines[0]!.split(' -> ')[1]!.split(' ')[0]);
    // every revision after its parents (newest first)
    const pos = new Map(lines.map((l, i) => [l.split(' -> ')[1]!.split(/[ ,]/)[0]!, i]));
    for (const r of graph.order) for (const p of r.down) expect(pos.get(p)!, `${p} below ${r.id}`).toBeGreaterThan(pos.get(r.id)!);
  });

  it('history --graph: one row per revision, the branches joining at kilo', async () => {
    const text = ok(await cli(['history', '--graph']), 'history --graph');
    const rows = text.trimEnd().split('\n');
    expect(rows.filter((l) => /^[|* ]*\*/.test(l))).toHaveLength(graph.order.length);
    expect(rows).toContain('| /');
    expect(rows).toContain('*  kilo [milestone:kilo] kilo');
    expect(rows.at(-1)).toBe('*  start_neutron_lbaas start neutron-lbaas chain');
    expect(text).toContain('4b4dc6d5d843 rename tenant to project (depends on 62deca5010cd)');
  });

  it('history -r kilo:heads: kilo and what follows it, nothing older', async () => {
    const lines = ok(await cli(['history', '-r', 'kilo:heads']), 'history -r')
      .trimEnd()
      .split('\n');
    expect(lines.at(-1)).toBe('4ba00375f715 -> kilo (branchpoint), kilo');
    expect(lines.some((l) => l.includes('-> 4ba00375f715'))).toBe(false);
    expect(lines).toHaveLength(graph.order.length - 7);
  });

  it('upgrade <rev>: --delta N --sql is upgrade <rev>:+N, as downgrade <rev>: --delta N is <rev>:-N', async () => {
    const a = await cli(['--dialect', 'postgresql', 'upgrade', '4deef6d81931:', '--delta', '2', '--sql']);
    const b = await cli(['--dialect', 'postgresql', 'upgrade', '4deef6d81931:+2', '--sql']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('-- 2 revisions: 4b6d8d5310b8 .. 364f9b6064f0');
    const both = await cli(['upgrade', 'kilo', '--delta', '2', '--sql']);
    expect([both.code, both.stdout]).toEqual([2, '']);
  });

  it('upgrade kilo: --contract --sql names the expand revisions that depends_on pulls in (GR060), before the script', async () => {
    const r = await cli(['upgrade', 'kilo:', '--contract', '--sql']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      'warning GR060: contract@head also runs 6 revisions of the expand branch: 3345facd0452, 4a408dd491c2, 3426acbc12de, 6aee0434f911, 3543deab1547, 62deca5010cd',
      '  hint: 4b4dc6d5d843 depends on them (depends_on); to run them on their own first, upgrade expand@head',
    ]);
    expect(r.stdout).toContain('-- 9 revisions: ');
    // after the expand branch, the contract branch runs alone and says nothing
    const after = await cli(['upgrade', 'expand@head:', '--contract', '--sql']);
    expect([after.code, after.stderr]).toEqual([0, '']);
  });

  it('upgrade kilo,4ba00375f715:heads --sql: the redundant start row is a GR044 warning, and the script still comes', async () => {
    const r = await cli(['--dialect', 'postgresql', 'upgrade', 'kilo,4ba00375f715:heads', '--sql']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("warning GR044: start revision '4ba00375f715' is an ancestor of start revision 'kilo'");
    expect(r.stdout).toContain('-- [1/11] upgrade 3345facd0452');
    const quiet = await cli(['--quiet', '--dialect', 'postgresql', 'upgrade', 'kilo,4ba00375f715:heads', '--sql']);
    expect(quiet.stderr).toBe('');
  });

  it('an unknown global option before the command is a usage error naming it, not the general help', async () => {
    const r = await cli(['--bogus', 'heads']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe("error CL000: unknown option '--bogus'");
  });

  it('history -r kilo: and -r :kilo: open ends run to the heads and from base', async () => {
    expect(ok(await cli(['history', '-r', 'kilo:']), 'history -r kilo:')).toBe(ok(await cli(['history', '-r', 'kilo:heads']), 'history -r kilo:heads'));
    const older = ok(await cli(['history', '-r', ':kilo']), 'history -r :kilo')
      .trimEnd()
      .split('\n');
    expect(older[0]).toBe('4ba00375f715 -> kilo (branchpoint), kilo');
    expect(older).toHaveLength(8);
    expect(older).toEqual(
      ok(await cli(['history', '-r', 'base:kilo']), 'history -r base:kilo')
        .trimEnd()
        .split('\n'),
    );
    // from the expand branch's first revision: its descendants only, not the sibling contract branch that
    // shares kilo; 4b4dc6d5d843 (and e6417a8b114d on it) are in, as 4b4dc6d5d843 depends on 62deca5010cd
    const expand = ok(await cli(['history', '-r', '3345facd0452:']), 'history -r 3345facd0452:')
      .trimEnd()
      .split('\n')
      .map((l) => /-> (\S+)/.exec(l)![1]!.replace(/,$/, ''));
    expect(expand).toEqual([
      'c47fda60c1b8',
      '844352f9fe6f',
      'e6417a8b114d',
      '4b4dc6d5d843',
      '62deca5010cd',
      '3543deab1547',
      '6aee0434f911',
      '3426acbc12de',
      '4a408dd491c2',
      '3345facd0452',
    ]);
  });

  it('show kilo: the revision in full', async () => {
    const text = ok(await cli(['show', 'kilo']), 'show kilo');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Rev: kilo (branchpoint)');
    expect(lines).toContain('Parent: 4ba00375f715');
    expect(lines).toContain('Branches into: 130ebfdef43, 3345facd0452');
    expect(lines).toContain('Path: versions/kilo_release.jsonc');
  });

  it('branches: the branch point and where it leads, as Alembic prints them', async () => {
    expect(ok(await cli(['branches']), 'branches')).toBe(
      ['kilo (branchpoint)', '     -> 130ebfdef43 (contract)', '     -> 3345facd0452 (expand)', '', ''].join('\n'),
    );
  });

  it("branches --verbose: the branch point's full entry, then where it leads with each message", async () => {
    const out = ok(await cli(['branches', '--verbose']), 'branches --verbose');
    expect(out).toBe(
      [
        'Rev: kilo (branchpoint)',
        'Parent: 4ba00375f715',
        'Branches into: 130ebfdef43, 3345facd0452',
        'Path: versions/kilo_release.jsonc',
        '',
        '    kilo',
        '',
        '     -> 130ebfdef43 (contract), Initial Liberty no-op contract revision.',
        '     -> 3345facd0452 (expand), Initial Liberty no-op expand script.',
        '',
        '',
      ].join('\n'),
    );
  });

  it('--json output parses and carries the facts', async () => {
    const heads = JSON.parse(ok(await cli(['heads', '--json']), 'heads --json')) as { revision: string; is_head: boolean }[];
    expect(heads.map((h) => h.revision).sort()).toEqual(HEADS);
    expect(heads.every((h) => h.is_head)).toBe(true);
    const hist = JSON.parse(ok(await cli(['history', '--json']), 'history --json')) as { revision: string }[];
    expect(hist).toHaveLength(graph.order.length);
    const show = JSON.parse(ok(await cli(['show', 'kilo', '--json']), 'show --json')) as {
      revision: string;
      is_branch_point: boolean;
      down_revision: string[];
    }[];
    expect(show).toMatchObject([{ revision: 'kilo', is_branch_point: true, down_revision: ['4ba00375f715'] }]);
    const branches = JSON.parse(ok(await cli(['branches', '--json']), 'branches --json')) as { revision: string; children: string[] }[];
    expect(branches).toMatchObject([{ revision: 'kilo' }]);
    expect([...branches[0]!.children].sort()).toEqual(['130ebfdef43', '3345facd0452']);
    const ranged = JSON.parse(ok(await cli(['history', '-r', 'kilo:heads', '--json']), 'history -r --json')) as { revision: string }[];
    expect(ranged.at(-1)!.revision).toBe('kilo');
  });
});

describe('all-digit revision ids stay text on the command line', { timeout: 120_000 }, () => {
  const cwd = join(FIXTURES, 'good/numeric-ids');
  const run = (...args: string[]) => cli(['--versions', 'versions', ...args], { cwd });

  it('show 0001, history -r 0001:0002, --rev-range=0001:0003', async () => {
    expect(ok(await run('show', '0001'), 'show').split('\n')[0]).toBe('Rev: 0001');
    expect(ok(await run('history', '-r', '0001:0002'), 'history -r')).toBe('0001 -> 0002, step 2\n<base> -> 0001, step 1\n');
    expect(ok(await run('history', '--rev-range=0001:0003'), 'history --rev-range=')).toBe(
      '0002 -> 0003 (head), step 3\n0001 -> 0002, step 2\n<base> -> 0001, step 1\n',
    );
  });

  for (const dialect of ['postgresql', 'mariadb', 'sqlite'] as const) {
    describeEngine(dialect, 'numeric ids applied', (engine) => {
      it('upgrade 0002, upgrade 0002:0003, downgrade 0003: --delta 2: the version table holds the ids as written', async () => {
        const db = await engine.scratch();
        const step = async (args: string[], heads: string[], tables: string[]) => {
          const text = ok(await run('--dialect', dialect, ...args), args.join(' '));
          const r = await db.apply(text);
          expect(r.code, `${args.join(' ')}:\n${r.stderr}`).toBe(0);
          expect(await readVersions(db)).toEqual(heads);
          const names =
            dialect === 'sqlite'
              ? await db.query<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 't_' ORDER BY name")
              : dialect === 'postgresql'
                ? await db.query<{ name: string }>(
                    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 't_' ORDER BY tablename",
                  )
                : await db.query<{ name: string }>(
                    "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE 't_' ORDER BY TABLE_NAME",
                  );
          expect(names.map((n) => n.name)).toEqual(tables);
        };
        await step(['upgrade', '0002', '--sql'], ['0002'], ['t1', 't2']);
        await step(['upgrade', '0002:0003', '--sql'], ['0003'], ['t1', 't2', 't3']);
        await step(['downgrade', '0003:', '--delta', '2', '--sql'], ['0001'], ['t1']);
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Applied: every script goes through the real client into a scratch database.

for (const dialect of DIALECTS) {
  describeEngine(dialect, 'the shipped history applied through the CLI', (engine) => {
    const apply = async (db: ScratchDb, text: string, what: string) => {
      const r = await db.apply(text, { timeoutMs: 180_000 });
      expect(r.code, `${what} on ${dialect}:\n${r.stderr || r.stdout}`).toBe(0);
    };
    const expectAt = async (db: ScratchDb, heads: string[], what: string) => {
      expect(await compareWithModel(db, modelAt(dialect, heads)), `${what}: catalog vs the model at ${heads.join(',') || 'base'}`).toEqual([]);
      expect(await readVersions(db), `${what}: version table`).toEqual([...heads].sort());
    };
    const fresh = async () => {
      const db = await engine.scratch();
      await apply(db, await sql(dialect, 'bootstrap', '--sql'), 'bootstrap --sql');
      return db;
    };

    it('bootstrap --sql, then upgrade heads --sql: the catalog is the model at the heads', { timeout: 300_000 }, async () => {
      const db = await fresh();
      await apply(db, await sql(dialect, 'upgrade', 'heads', '--sql'), 'upgrade heads --sql');
      await expectAt(db, HEADS, 'upgrade heads');
    });

    it('upgrade --expand --sql: at the expand head', { timeout: 300_000 }, async () => {
      const db = await fresh();
      await apply(db, await sql(dialect, 'upgrade', '--expand', '--sql'), 'upgrade --expand --sql');
      const expandHead = unwrap(resolveTarget(graph, 'expand@head')).ids;
      expect(expandHead).toHaveLength(1);
      expect(graph.isAncestor('844352f9fe6f', expandHead[0]!) || expandHead[0] === '844352f9fe6f').toBe(true);
      await expectAt(db, expandHead, 'upgrade --expand');
    });

    it('upgrade kilo, downgrade kilo:-1, upgrade 4ba00375f715:+1, upgrade kilo: --contract', { timeout: 300_000 }, async () => {
      const db = await fresh();
      const kilo = await sql(dialect, 'upgrade', 'kilo', '--sql');
      expect(kilo).toContain('-- 8 revisions: start_neutron_lbaas .. kilo');
      await apply(db, kilo, 'upgrade kilo --sql');
      await expectAt(db, ['kilo'], 'upgrade kilo');
      await apply(db, await sql(dialect, 'downgrade', 'kilo:-1', '--sql'), 'downgrade kilo:-1 --sql');
      await expectAt(db, ['4ba00375f715'], 'downgrade kilo:-1');
      await apply(db, await sql(dialect, 'upgrade', '4ba00375f715:+1', '--sql'), 'upgrade 4ba00375f715:+1 --sql');
      await expectAt(db, ['kilo'], 'upgrade 4ba00375f715:+1');
      await apply(db, await sql(dialect, 'upgrade', 'kilo:', '--contract', '--sql'), 'upgrade kilo: --contract --sql');
      const heads = headsAfter('contract@head', ['kilo']);
      // the contract branch depends on the expand branch up to 62deca5010cd: that part came along
      expect(graph.ancestors(heads).has('62deca5010cd')).toBe(true);
      expect(graph.ancestors(heads).has('844352f9fe6f')).toBe(false);
      await expectAt(db, heads, 'upgrade kilo: --contract');
    });

    it('upgrade +1 --sql: at start_neutron_lbaas', { timeout: 300_000 }, async () => {
      const db = await fresh();
      const text = await sql(dialect, 'upgrade', '+1', '--sql');
      expect(text).toContain('-- 1 revision: start_neutron_lbaas');
      await apply(db, text, 'upgrade +1 --sql');
      await expectAt(db, ['start_neutron_lbaas'], 'upgrade +1');
    });

    it('upgrade --delta 3 --sql: three revisions from base', { timeout: 300_000 }, async () => {
      const db = await fresh();
      const text = await sql(dialect, 'upgrade', '--delta', '3', '--sql');
      expect(text).toContain('-- 3 revisions: start_neutron_lbaas .. 4deef6d81931');
      await apply(db, text, 'upgrade --delta 3 --sql');
      await expectAt(db, ['4deef6d81931'], 'upgrade --delta 3');
    });

    it('stamp kilo --sql, then stamp kilo:mitaka --sql: the version table moves, the schema does not', { timeout: 300_000 }, async () => {
      const db = await fresh();
      const first = await sql(dialect, 'stamp', 'kilo', '--sql');
      expect(first).toContain('-- 0 revisions');
      await apply(db, first, 'stamp kilo --sql');
      expect(await readVersions(db)).toEqual(['kilo']);
      await apply(db, await sql(dialect, 'stamp', 'kilo:mitaka', '--sql'), 'stamp kilo:mitaka --sql');
      expect(await readVersions(db)).toEqual(['130ebfdef43', '62deca5010cd']);
      expect(await compareWithModel(db, modelAt(dialect, []))).toEqual([]);
    });
  });
}
