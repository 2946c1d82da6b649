/**
 * Seeded fuzz of revision files, in process: thousands of files mutated from valid ones (the
 * shipped history and the good fixtures) go through what the command runs on them: parse,
 * validate, the graph, a plan, the compile for a dialect, and now and then lint, the verifier,
 * and (from files on disk) the command's own offline path and the diagnostics' positions.
 * Whatever the input, each stage either succeeds or stops with coded diagnostics; it never
 * throws anything else, and no message carries a stack trace or an internal error.
 * See seed.ts for LBAAS_FUZZ_SEED, LBAAS_FUZZ_CASES and LBAAS_FUZZ_CASE.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Context } from '../../src/cli/context.js';
import { DiagnosticError } from '../../src/core/diagnostics.js';
import { formatDiagnostics } from '../../src/cli/report.js';
import { compilePlanned } from '../../src/pipeline/compile-plan.js';
import { renderOffline } from '../../src/workspace/offline.js';
import { makePlan } from '../../src/pipeline/make-plan.js';
import { DIALECTS, type Dialect } from '../../src/core/dialect.js';
import { CompileError, type Diagnostic } from '../../src/core/diagnostics.js';
import { parseJsonc, lineCol } from '../../src/front/jsonc.js';
import { listRevisionFiles, loadHistoryFiles, type LoadedHistory } from '../../src/front/load.js';
import { locate } from '../../src/front/locate.js';
import { validateRevision } from '../../src/front/validate.js';
import { buildGraph } from '../../src/graph/graph.js';
import { lintReport } from '../../src/lint/lint.js';
import { verifyScript } from '../../src/verify/verify.js';
import { mutateRevision } from './mutate.js';
import { caseNumbers, fuzzCases, fuzzSeed, replay, rngFor, type Rng } from './seed.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const THIS = 'test/fuzz/revisions.test.ts';
const SEED = fuzzSeed();
const CODE_RE = /^[A-Z]{2}\d{3}$/;

interface Corpus {
  name: string;
  root: string;
  versions: string;
  files: { rel: string; text: string }[];
  history: LoadedHistory;
  ids: string[];
}

function corpus(name: string, root: string, versions = 'versions'): Corpus {
  const abs = join(root, versions);
  const files = listRevisionFiles(abs).map((f) => ({ rel: `${versions}/${f}`, text: readFileSync(join(abs, f), 'utf8') }));
  const history = loadHistoryFiles(root, versions);
  expect(
    history.diagnostics.filter((d) => d.severity === 'error'),
    name,
  ).toEqual([]);
  return { name, root, versions, files, history, ids: history.revisions.map((r) => r.id) };
}

const GOOD = join(ROOT, 'test/fixtures/good');
const CORPORA: Corpus[] = [
  corpus('shipped', ROOT),
  ...readdirSync(GOOD)
    .sort()
    .map((d) => corpus(`fixture ${d}`, join(GOOD, d))),
];

/** Problems with one diagnostic (empty: fine). */
function diagnosticProblems(d: Diagnostic): string[] {
  const p: string[] = [];
  if (!CODE_RE.test(d.code)) p.push(`code ${JSON.stringify(d.code)}`);
  if (!['error', 'warning', 'info'].includes(d.severity)) p.push(`severity ${JSON.stringify(d.severity)}`);
  if (typeof d.message !== 'string' || d.message === '') p.push('empty message');
  for (const text of [d.message, d.hint ?? '']) {
    if (/\n\s+at /.test(text)) p.push(`a stack trace in ${JSON.stringify(text.slice(0, 200))}`);
    if (/internal error/i.test(text)) p.push(`"internal error" in ${JSON.stringify(text.slice(0, 200))}`);
  }
  if (d.at && typeof d.at.file !== 'string') p.push('at.file is not a string');
  return p;
}

/** Runs `fn`; a throw is allowed only as DiagnosticError (status 1 or 2) or CompileError, with sound diagnostics. */
function stage<T>(what: string, fn: () => T, report: (problem: string) => void): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DiagnosticError || e instanceof CompileError) {
      if (e instanceof DiagnosticError && e.status !== 1 && e.status !== 2) report(`${what}: DiagnosticError with status ${e.status}`);
      if (e.diagnostics.length === 0) report(`${what}: ${e.constructor.name} without diagnostics: ${e.message}`);
      for (const d of e.diagnostics) for (const p of diagnosticProblems(d)) report(`${what}: ${d.code}: ${p}`);
      return undefined;
    }
    report(`${what} threw ${(e as Error)?.stack ?? String(e)}`);
    return undefined;
  }
}

/** Texts by file for locate() (the mutated file's text in place of its original). */
let texts = new Map<string, string>();

function checkAll(ds: readonly Diagnostic[], what: string, report: (problem: string) => void): void {
  for (const d of ds) {
    for (const p of diagnosticProblems(d)) report(`${what}: ${d.code}: ${p}`);
    // The position a printed diagnostic shows, resolved from the file's text as the command does.
    for (const at of [d.at, ...(d.related ?? []).map((r) => r.at)]) {
      if (!at || d.line !== undefined) continue;
      const pos = stage(`locate ${d.code}`, () => locate('/nonexistent', at, texts), report);
      if (pos && !(pos.line >= 1 && pos.col >= 1)) report(`locate ${d.code}: position ${JSON.stringify(pos)}`);
    }
  }
}

/** How far the in-memory cases got. */
const reached = { parseError: 0, invalid: 0, graphError: 0, planError: 0, compileError: 0, compiled: 0 };

/** parse + validate + graph + plan + compile (+ lint, verify), in memory. */
function inMemory(rng: Rng, c: Corpus, index: number, text: string, report: (problem: string) => void): void {
  const rel = c.files[index]!.rel;
  texts = new Map(c.files.map((f) => [f.rel, f.rel === rel ? text : f.text]));
  const diagnostics: Diagnostic[] = [];
  const revisions = c.history.revisions.filter((r) => r.file !== rel);
  const parsed = stage('parse', () => parseJsonc(text), report);
  if (parsed === undefined) return;
  if ('error' in parsed) {
    if (!(parsed.error.offset >= 0 && parsed.error.offset <= text.length)) report(`parse: error offset ${parsed.error.offset} outside the text`);
    if (!parsed.error.message) report('parse: error without a message');
    stage('lineCol', () => lineCol(text, parsed.error.offset), report);
    reached.parseError++;
    return;
  }
  const rev = stage('validate', () => validateRevision(parsed.value, rel, diagnostics), report);
  checkAll(diagnostics, 'validate', report);
  if (rev) revisions.push(rev);
  if (diagnostics.some((d) => d.severity === 'error')) {
    reached.invalid++;
    return;
  }
  const built = stage('graph', () => buildGraph(revisions), report);
  if (!built) return;
  checkAll(built.diagnostics, 'graph', report);
  if (built.diagnostics.some((d) => d.severity === 'error')) {
    reached.graphError++;
    return;
  }
  const history: LoadedHistory = { revisions, external: c.history.external, diagnostics: [] };
  const dialect = rng.pick(DIALECTS);
  const direction = rng.chance(0.8) ? ('upgrade' as const) : ('downgrade' as const);
  const spec = direction === 'upgrade' ? rng.pick(['base:heads', 'base:heads', `${rng.pick(c.ids)}:heads`]) : 'heads:base';
  const planned = stage(`plan ${direction} ${spec}`, () => makePlan(built.graph, { direction, spec }), report);
  if (!planned) {
    reached.planError++;
    return;
  }
  const compiled = stage(
    `compile ${dialect} ${direction} ${spec}`,
    () =>
      compilePlanned(history, built.graph, planned, {
        dialect,
        versionTable: 'alembic_version_lbaas',
        title: `${direction} ${spec}`,
        transactionPerMigration: rng.chance(0.3),
        safety: { guard: true, clientDirectives: true },
      }),
    report,
  );
  if (!compiled) reached.compileError++;
  else reached.compiled++;
  if (compiled) {
    checkAll(compiled.output.diagnostics, 'compile', report);
    if (typeof compiled.script.text !== 'string') report('compile: no script text');
    if (compiled.script.text.includes('[object Object]')) report('compile: "[object Object]" in the script');
    if (rng.chance(0.04)) {
      const v = stage(`verify ${dialect}`, () => verifyScript(compiled.script, dialect), report);
      if (v) checkAll(v.diagnostics, 'verify', report);
    }
  }
  if (rng.chance(0.2)) {
    const l = stage('lint', () => lintReport(history, built.graph), report);
    if (l) checkAll(l.errors, 'lint', report);
  }
}

/** The corpus on disk with the mutated file: the command's offline path and the printed diagnostics. */
function onDisk(rng: Rng, c: Corpus, index: number, text: string, dir: string, report: (problem: string) => void): void {
  for (const f of c.files) {
    mkdirSync(dirname(join(dir, f.rel)), { recursive: true });
    writeFileSync(join(dir, f.rel), f === c.files[index] ? text : f.text);
  }
  const ext = join(c.root, c.versions, 'external.jsonc');
  try {
    writeFileSync(join(dir, c.versions, 'external.jsonc'), readFileSync(ext));
  } catch {
    /* no external tables */
  }
  const loaded = stage('loadHistoryFiles', () => loadHistoryFiles(dir, c.versions), report);
  if (loaded) {
    checkAll(loaded.diagnostics, 'load', report);
    const printed = stage('formatDiagnostics', () => formatDiagnostics(loaded.diagnostics, dir, false), report);
    if (printed !== undefined && /\n\s+at \S+ \(/.test(printed)) report('a stack trace in the printed diagnostics');
  }
  const dialect: Dialect = rng.pick(DIALECTS);
  const ctx = new Context({ dialect, versions: c.versions, quiet: true }, { ...process.env, NO_COLOR: '1' }, dir);
  const direction = rng.pick(['upgrade', 'upgrade', 'downgrade', 'stamp'] as const);
  const spec = direction === 'upgrade' ? 'base:heads' : direction === 'downgrade' ? 'heads:base' : `base:${rng.pick(c.ids)}`;
  const out = stage(`renderOffline ${dialect} ${direction} ${spec}`, () => renderOffline(ctx, direction, spec, {}), report);
  if (out?.includes('[object Object]')) report('renderOffline: "[object Object]" in the script');
}

/** Generated nesting goes deeper than the load's limit (and deep enough to overflow a recursive parser). */
const MAX_NESTING = 6000;
/** String values may hold NUL (refused at load with a coded error). */
const NUL_IN_STRINGS = true;
const IN_MEMORY = fuzzCases(2400);
const ON_DISK = fuzzCases(120);

describe(`revision files mutated from valid ones (seed ${SEED})`, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'lbaas-fuzz-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  function runCase(n: number, disk: boolean): string[] {
    const rng = rngFor(SEED, n);
    const c = rng.chance(0.5) ? CORPORA[0]! : rng.pick(CORPORA);
    const index = rng.int(c.files.length);
    const m = mutateRevision(rng, c.files[index]!.text, c.ids, { maxNesting: MAX_NESTING, nulInStrings: NUL_IN_STRINGS });
    const problems: string[] = [];
    const report = (p: string) => problems.push(p);
    if (disk) {
      const dir = join(tmp, `case-${n}`);
      mkdirSync(dir);
      try {
        onDisk(rng, c, index, m.text, dir, report);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } else {
      inMemory(rng, c, index, m.text, report);
    }
    return problems.map((p) => `case ${n} (${c.name}, ${c.files[index]!.rel}: ${m.what.join('; ')}): ${p}\n  ${replay(SEED, n, THIS)}`);
  }

  it(`${IN_MEMORY} files through parse, validate, graph, plan and compile (lint and verify now and then)`, () => {
    const problems: string[] = [];
    for (const n of caseNumbers(0, IN_MEMORY)) {
      problems.push(...runCase(n, false));
      if (problems.length >= 5) break;
    }
    expect(problems, problems.join('\n\n')).toEqual([]);
    if (process.env.LBAAS_FUZZ_CASE === undefined) {
      // The mutations must reach every stage often, or the suite proves little.
      expect(reached.parseError, JSON.stringify(reached)).toBeGreaterThan(IN_MEMORY / 20);
      expect(reached.invalid, JSON.stringify(reached)).toBeGreaterThan(IN_MEMORY / 5);
      expect(reached.compiled, JSON.stringify(reached)).toBeGreaterThan(IN_MEMORY / 20);
      expect(reached.compileError + reached.graphError, JSON.stringify(reached)).toBeGreaterThan(IN_MEMORY / 50);
    }
  }, 300_000);

  it(`${ON_DISK} files on disk through the load, the printed diagnostics and the command's offline path`, () => {
    const problems: string[] = [];
    for (const n of caseNumbers(1_000_000, ON_DISK)) {
      problems.push(...runCase(n, true));
      if (problems.length >= 5) break;
    }
    expect(problems, problems.join('\n\n')).toEqual([]);
  }, 300_000);
});
