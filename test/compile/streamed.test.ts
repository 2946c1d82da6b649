/**
 * The streamed offline compile (src/front/stream.ts, src/workspace/offline.ts renderStreamed)
 * against the whole load it replaces: byte for byte the same script for every dialect and
 * many ranges, on the shipped history and on a generated one with forks; and whenever
 * anything is wrong, no streamed script at all, so the whole load reports the problem
 * exactly as before.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Context } from '../../src/cli/context.js';
import { DiagnosticError } from '../../src/core/diagnostics.js';
import { DIALECTS, type Dialect } from '../../src/core/dialect.js';
import { renderStreamed, renderWhole } from '../../src/workspace/offline.js';
import { HistoryIndex } from '../../src/front/stream.js';
import { MemorySink } from '../../src/emit/script.js';
import { compilePlanned } from '../../src/pipeline/compile-plan.js';
import { compileOptions } from '../../src/workspace/offline.js';
import { makePlan } from '../../src/pipeline/make-plan.js';
import { formatDiagnostics } from '../../src/cli/report.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { loadHistoryFiles } from '../../src/front/load.js';
import { emptySchema } from '../../src/model/schema.js';
import { compareWithModel, readVersions } from '../support/catalog.js';
import { assertApplied, describeEngine } from '../support/engines.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript without types
import { generateHistory, tail, writeJsonc } from '../bench/generate.mjs';
import { cutsOf } from '../resume/cuts.js';

const CLI = join(import.meta.dirname, '../../dist/cli/main.js');

let dir: string;
let ids: string[];
let forkIds: string[];
/** A revision with ops, early in the history. */
let earlyId: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lbaas-stream-'));
  // 600 revisions: two forks (each closed by a merge), every op kind the generator makes.
  const h = generateHistory({ n: 600, seed: 11 });
  writeJsonc(join(dir, 'versions'), h);
  ids = tail(h, 8);
  forkIds = (h.revisions as { id: string; down: string[] }[]).filter((r) => r.down.length > 1).map((r) => r.id);
  earlyId = (h.revisions as { id: string; upgrade: unknown[] }[]).slice(50).find((r) => r.upgrade.length > 0)!.id;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ctxAt(root: string, dialect: Dialect): Context {
  return new Context({ dialect, versions: 'versions', quiet: true }, { ...process.env, NO_COLOR: '1' }, root);
}

/**
 * The streamed script and the whole-load script for the same command; and, as the check of
 * the sink layout itself, the script laid out with its chunk table (as bundles and the online
 * executor lay it out), which must be the same text.
 */
function both(root: string, dialect: Dialect, direction: 'upgrade' | 'downgrade', spec: string, o = {}) {
  const streamed = renderStreamed(ctxAt(root, dialect), direction, spec, o, new MemorySink())?.value;
  const whole = renderWhole(ctxAt(root, dialect), direction, spec, o, new MemorySink());
  const ctx = ctxAt(root, dialect);
  const planned = makePlan(ctx.graph(), { direction, spec });
  const tracked = compilePlanned(ctx.loaded(), ctx.graph(), planned, compileOptions(ctx, direction, spec, planned.plan.from, o)).script.text;
  expect(whole.toString('utf8'), `${direction} ${spec}: the sink's layout`).toBe(tracked);
  return { streamed, whole };
}

describe('streamed compile: the same bytes as the whole load', { timeout: 60_000 }, () => {
  it('has forks and merges to cross', () => {
    expect(forkIds.length).toBeGreaterThanOrEqual(2);
  });

  for (const dialect of DIALECTS) {
    it(`${dialect}: generated history, full, ranges, downgrades, per-revision transactions`, () => {
      const cases: ['upgrade' | 'downgrade', string, object][] = [
        ['upgrade', 'base:heads', {}],
        ['upgrade', `${ids[2]}:heads`, {}],
        ['upgrade', `${forkIds[0]}:${forkIds[1]}`, {}],
        ['upgrade', `${ids[0]}:+3`, { transactionPerMigration: true }],
        ['upgrade', 'base:heads', { guard: false, clientDirectives: false }],
        ['downgrade', `heads:${ids[1]}`, {}],
        ['downgrade', `heads:${forkIds[0]}`, {}],
      ];
      for (const [direction, spec, o] of cases) {
        const { streamed, whole } = both(dir, dialect, direction, spec, o);
        expect(streamed, `${direction} ${spec}`).toBeInstanceOf(Buffer);
        expect(streamed!.equals(whole), `${direction} ${spec}`).toBe(true);
      }
    });

    it(`${dialect}: the shipped LBaaS history`, () => {
      const shipped = join(import.meta.dirname, '../..');
      for (const [direction, spec] of [
        ['upgrade', 'base:heads'],
        ['upgrade', 'kilo:heads'],
        ['upgrade', 'expand@head'],
        ['downgrade', 'heads:62deca5010cd'],
      ] as const) {
        const { streamed, whole } = both(shipped, dialect, direction, spec);
        expect(streamed, `${direction} ${spec}`).toBeInstanceOf(Buffer);
        expect(streamed!.equals(whole), `${direction} ${spec}`).toBe(true);
      }
    });
  }

  it('reads files across the arena blocks, and one larger than a block', { timeout: 120_000 }, () => {
    const root = mkdtempSync(join(tmpdir(), 'lbaas-stream-big-'));
    try {
      writeJsonc(join(root, 'versions'), generateHistory({ n: 40, seed: 5 }));
      // An execute op of 1.5 MB of SQL, with non-ASCII text, in the last revision.
      const last = readdirSync(join(root, 'versions'))
        .map((f) => join(root, 'versions', f))
        .find((f) => readFileSync(f, 'utf8').includes(`"revision": "${lastId(root)}"`))!;
      const doc = readFileSync(last, 'utf8');
      const sql = `UPDATE tbl_00000 SET id = id WHERE 'é€' <> '${'x'.repeat(1_500_000)}'`;
      writeFileSync(last, doc.replace('"upgrade": [', `"upgrade": [{"op": "execute", "sql": ${JSON.stringify(sql)}}, `));
      const index = new HistoryIndex(root, 'versions');
      const whole = loadHistoryFiles(root, 'versions');
      expect(whole.diagnostics).toEqual([]);
      const byId = new Map(whole.revisions.map((r) => [r.id, r]));
      for (const h of index.heads) expect(index.load(h)).toEqual(byId.get(h.id));
      const { streamed, whole: script } = both(root, 'postgresql', 'upgrade', 'base:heads');
      expect(streamed!.equals(script)).toBe(true);
      expect(streamed!.toString('utf8')).toContain(`'é€'`);
      // --output stages the revisions next to the file (the 1.5 MB statement is larger than the
      // staging buffer) and writes the same bytes as stdout.
      const cliAs = (dialect: Dialect, ...args: string[]) =>
        spawnSync(process.execPath, [CLI, '--versions', 'versions', '--dialect', dialect, ...args], {
          cwd: root,
          env: { ...process.env, NO_COLOR: '1' },
          maxBuffer: 64 << 20,
        });
      const cli = (...args: string[]) => cliAs('postgresql', ...args);
      const stdout = cli('upgrade', 'base:heads', '--sql');
      expect(stdout.status).toBe(0);
      expect(stdout.stdout.equals(script)).toBe(true);
      expect(cli('upgrade', 'base:heads', '--sql', '--output', 'out/full.sql').status).toBe(0);
      expect(readFileSync(join(root, 'out/full.sql')).equals(script)).toBe(true);
      expect(readdirSync(join(root, 'out'))).toEqual(['full.sql']);
      // SQLite: the header (laid out last) turns foreign keys off for the table rebuilds.
      const sqlite = both(root, 'sqlite', 'upgrade', 'base:heads').whole;
      expect(sqlite.toString('utf8')).toContain('PRAGMA foreign_keys = OFF;');
      expect(cliAs('sqlite', 'upgrade', 'base:heads', '--sql', '--output', 'out/sqlite.sql').status).toBe(0);
      expect(readFileSync(join(root, 'out/sqlite.sql')).equals(sqlite)).toBe(true);
      rmSync(join(root, 'out/sqlite.sql'));
      // A directory that does not exist yet: the revisions are held until the commit creates it.
      expect(cli('upgrade', 'base:heads', '--sql', '--output', 'new/sub/full.sql').status).toBe(0);
      expect(readFileSync(join(root, 'new/sub/full.sql')).equals(script)).toBe(true);
      expect(readdirSync(join(root, 'new/sub'))).toEqual(['full.sql']);
      // Staging under a plain file fails at once; the failure is reported when the script is done.
      writeFileSync(join(root, 'plain'), 'a file');
      const underFile = cli('upgrade', 'base:heads', '--sql', '--output', 'plain/x.sql');
      expect(underFile.status).toBe(1);
      expect(underFile.stderr.toString()).toMatch(/CL003.*cannot write --output plain\/x\.sql/);
      // An error after that statement was staged: nothing written, the old file kept, no temporary file.
      writeFileSync(
        join(root, 'versions', 'zz_later.jsonc'),
        JSON.stringify({ revision: 'zz1', down_revision: lastId(root), message: 'late', upgrade: [{ op: 'drop_table', table: 'no_such_table' }] }),
      );
      const failed = cli('upgrade', 'base:heads', '--sql', '--output', 'out/full.sql');
      expect(failed.status).toBe(1);
      expect(failed.stderr.toString()).toContain('no_such_table');
      expect(readFileSync(join(root, 'out/full.sql')).equals(script)).toBe(true);
      expect(readdirSync(join(root, 'out'))).toEqual(['full.sql']);
      // ... no directory made for an output that is never written ...
      expect(cli('upgrade', 'base:heads', '--sql', '--output', 'never/sub/full.sql').status).toBe(1);
      expect(readdirSync(root).sort()).toEqual(['new', 'out', 'plain', 'versions']);
      // ... and a staging failure does not hide the compile error that comes after it.
      const both2 = cli('upgrade', 'base:heads', '--sql', '--output', 'plain/x.sql');
      expect(both2.status).toBe(1);
      expect(both2.stderr.toString()).toContain('no_such_table');
      expect(both2.stderr.toString()).not.toContain('CL003');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

// The streamed scripts of the generated history are compared as text with the whole load's
// above; here they run on the real engines, as a DBA's client runs them: the upgrade must build
// exactly the model's schema and the version rows of the heads, the downgrade take it all down.
for (const dialect of DIALECTS) {
  describeEngine(dialect, 'streamed scripts of a generated 600-revision history, applied', (engine) => {
    it("upgrade base:heads builds the model's schema; downgrade heads:base leaves none of it", { timeout: 180_000 }, async () => {
      const script = (direction: 'upgrade' | 'downgrade', spec: string) =>
        renderStreamed(ctxAt(dir, dialect), direction, spec, {}, new MemorySink())!.value.toString('utf8');
      const ctx = ctxAt(dir, dialect);
      const planned = makePlan(ctx.graph(), { direction: 'upgrade', spec: 'base:heads' });
      const { schema } = compilePlanned(ctx.loaded(), ctx.graph(), planned, compileOptions(ctx, 'upgrade', 'base:heads', planned.plan.from, {})).output;
      expect(schema.tables.size).toBeGreaterThan(100);
      const db = await engine.scratch();
      assertApplied(await db.apply(script('upgrade', 'base:heads'), { timeoutMs: 150_000 }), 'upgrade base:heads');
      expect(await compareWithModel(db, schema)).toEqual([]);
      expect(await readVersions(db)).toEqual([...ctx.graph().heads].sort());
      assertApplied(await db.apply(script('downgrade', 'heads:base'), { timeoutMs: 150_000 }), 'downgrade heads:base');
      expect(await compareWithModel(db, emptySchema())).toEqual([]);
      expect(await readVersions(db)).toBeNull(); // nothing left applied: the version table is dropped
    });
  });
}

// Resumable MySQL runs (docs/review.md, "Resumable runs") on the generated history: the streamed
// upgrade from base stopped at sampled statement positions (every kind of stop, spread over the
// whole history), each run resuming where the one before stopped; the last run finishes and the
// catalog and version rows must be the model's, with no progress table left.
describeEngine('mysql', 'streamed upgrade of the generated 600-revision history, stopped and resumed', (engine) => {
  it("stopped at sampled statements and resumed: the model's schema and the heads", { timeout: 900_000 }, async () => {
    const ctx = ctxAt(dir, 'mysql');
    const script = renderStreamed(ctx, 'upgrade', 'base:heads', {}, new MemorySink())!.value.toString('utf8');
    const planned = makePlan(ctx.graph(), { direction: 'upgrade', spec: 'base:heads' });
    const { schema } = compilePlanned(ctx.loaded(), ctx.graph(), planned, compileOptions(ctx, 'upgrade', 'base:heads', planned.plan.from, {})).output;
    const cuts = cutsOf(script);
    expect(cuts.length).toBeGreaterThan(1000);
    // 16 stops (each run goes through the whole history up to its stop): every kind, spread evenly
    // from the first statement to the last revision.
    const kinds = ['before', 'started', 'ran', 'version'] as const;
    const sample = kinds
      .flatMap((k, j) => {
        const of = cuts.filter((c) => c.kind === k);
        return Array.from({ length: 4 }, (_, i) => of[Math.floor(((i + j / 4) * (of.length - 1)) / 4)]!);
      })
      .sort((a, b) => a.at - b.at);
    const db = await engine.scratch();
    for (const cut of sample) {
      const r = await db.apply(script.slice(0, cut.at), { timeoutMs: 150_000 });
      expect(`${r.code} ${r.stderr.match(/ERROR.*/)?.[0] ?? ''}`, `stopped ${cut.kind} ${cut.what}`).toBe('0 ');
    }
    assertApplied(await db.apply(script, { timeoutMs: 150_000 }), 'the last run');
    expect(await compareWithModel(db, schema)).toEqual([]);
    expect(await readVersions(db)).toEqual([...ctx.graph().heads].sort());
    expect(
      await db.query(`SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'alembic_version_lbaas_progress'`),
    ).toEqual([]);
  });
});

function lastId(root: string): string {
  const heads = new HistoryIndex(root, 'versions').heads;
  const parents = new Set(heads.flatMap((h) => h.down));
  return heads.find((h) => !parents.has(h.id))!.id;
}

/** What a command reports: the DiagnosticError's status and diagnostics, from the streamed path and the whole load. */
function failure(fn: () => unknown): { code: number; diagnostics: unknown } {
  try {
    fn();
  } catch (e) {
    if (e instanceof DiagnosticError) return { code: e.status, diagnostics: e.diagnostics };
    throw e;
  }
  throw new Error('expected the command to fail');
}

const same = (t: string) => t;

describe('streamed compile: any problem leaves it to the whole load', { timeout: 60_000 }, () => {
  let root: string;
  let files: string[];
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'lbaas-stream-bad-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** A fresh copy of the generated history with `edit` applied to the file holding revision `id`. */
  function withEdit(id: string, edit: (text: string) => string): void {
    rmSync(join(root, 'versions'), { recursive: true, force: true });
    writeJsonc(join(root, 'versions'), generateHistory({ n: 600, seed: 11 }));
    files = readdirSync(join(root, 'versions'));
    const f = files.find((n) => n.startsWith(id))!;
    const text = readFileSync(join(root, 'versions', f), 'utf8');
    const edited = edit(text);
    if (edit !== same) expect(edited).not.toBe(text);
    writeFileSync(join(root, 'versions', f), edited);
  }

  const cases: [string, () => string, (t: string) => string][] = [
    ['an unknown op in a revision before the range', () => earlyId, (t) => t.replace(/"op": "[a-z_]+"/, '"op": "add_colum"')],
    ['an unknown op in a revision of the range', () => ids[6]!, (t) => t.replace(/"op": "[a-z_]+"/, '"op": "add_colum"')],
    ['a syntax error', () => forkIds[1]!, (t) => t.replace('"upgrade"', '"upgrade" "')],
    ['a down_revision naming no revision', () => ids[4]!, (t) => t.replace(/"down_revision": "[0-9a-f]+"/, '"down_revision": "ffffffffffff"')],
    [
      'an op the model refuses (a column that does not exist)',
      () => ids[5]!,
      (t) => t.replace('"upgrade": [', '"upgrade": [{"op": "drop_column", "table": "tbl_00000", "column": "nope"}, '),
    ],
  ];
  for (const [what, id, edit] of cases) {
    it(`${what}: no streamed script, and the same error as the whole load`, () => {
      withEdit(id(), edit);
      const spec = `${ids[3]}:heads`;
      expect(renderStreamed(ctxAt(root, 'postgresql'), 'upgrade', spec, {}, new MemorySink())).toBeUndefined();
      const whole = failure(() => renderWhole(ctxAt(root, 'postgresql'), 'upgrade', spec, {}, new MemorySink()));
      expect(whole.code).toBe(1);
      // The CLI (streamed first) prints exactly what the whole load reports, once.
      const r = spawnSync(process.execPath, [CLI, '--versions', 'versions', '--dialect', 'postgresql', 'upgrade', spec, '--sql'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(formatDiagnostics(whole.diagnostics as Diagnostic[], root, false, root)); // the command runs in root
    });
  }

  it('a bad op in a revision the plan does not reach still stops the command', () => {
    withEdit(ids[7]!, (t) => t.replace(/"op": "[a-z_]+"/, '"op": "add_colum"'));
    const spec = `base:${ids[2]}`;
    expect(renderStreamed(ctxAt(root, 'postgresql'), 'upgrade', spec, {}, new MemorySink())).toBeUndefined();
    const whole = failure(() => renderWhole(ctxAt(root, 'postgresql'), 'upgrade', spec, {}, new MemorySink()));
    expect((whole.diagnostics as { code: string }[]).map((d) => d.code)).toContain('LD005');
  });

  it('a plan error (an unknown start) is reported once, by the whole load', () => {
    withEdit(ids[0]!, same);
    const r = spawnSync(process.execPath, [CLI, '--versions', 'versions', '--dialect', 'postgresql', 'upgrade', 'abcdef123456:heads', '--sql'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.match(/GR043/g)).toHaveLength(1);
  });

  it('a planning warning (GR044) and a later compile error: the warning once, then the error', () => {
    withEdit(ids[6]!, (t) => t.replace('"upgrade": [', '"upgrade": [{"op": "drop_table", "table": "no_such_table"}, '));
    const r = spawnSync(process.execPath, [CLI, '--versions', 'versions', '--dialect', 'postgresql', 'upgrade', `${ids[1]},${ids[3]}:heads`, '--sql'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.match(/GR044/g)).toHaveLength(1);
    expect(r.stderr.match(/no_such_table/g)).toHaveLength(1);
    expect(r.stderr.indexOf('GR044')).toBeLessThan(r.stderr.indexOf('no_such_table'));
  });

  it('a planning warning (GR044) is printed once when the streamed compile succeeds', () => {
    withEdit(ids[0]!, same);
    const r = spawnSync(process.execPath, [CLI, '--versions', 'versions', '--dialect', 'postgresql', 'upgrade', `${ids[1]},${ids[3]}:heads`, '--sql'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status).toBe(0);
    expect(r.stderr.match(/GR044/g)).toHaveLength(1);
    expect(r.stdout).toContain(`upgrade ${ids[1]},${ids[3]}:heads`);
  });
});
