/**
 * Running Alembic (Debian's python3-alembic, 1.8) on generated histories through
 * driver.py, and what the project plans for the same commands.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiagnosticError } from '../../src/core/diagnostics.js';
import { makePlan } from '../../src/pipeline/make-plan.js';
import type { Revision } from '../../src/core/ops.js';
import { buildGraph } from '../../src/graph/graph.js';
import type { RevisionGraph } from '../../src/graph/revision-graph.js';
import type { GenCase, GenGraph } from './generate.js';

export const DRIVER = join(dirname(fileURLToPath(import.meta.url)), 'driver.py');

/** The hash seeds every history runs under: where Alembic's result depends on it, each result is an accepted one. */
export const HASH_SEEDS = ['0', '1', '2'];

export type Event = string[];
export type Outcome = { ok: true; out: Event[] } | { ok: false; kind: 'command' | 'crash' | 'ours'; message: string };

/**
 * The interpreter that can import alembic: $LBAAS_ALEMBIC_PYTHON if set, else
 * Debian's /usr/bin/python3 (where python3-alembic installs), else python3 on PATH.
 */
export function findPython(): { python: string; version: string } | undefined {
  const cands = [process.env.LBAAS_ALEMBIC_PYTHON, '/usr/bin/python3', 'python3'].filter((c): c is string => !!c);
  for (const python of cands) {
    const r = spawnSync(python, ['-c', 'import alembic; print(alembic.__version__)'], { encoding: 'utf8' });
    if (r.status === 0) return { python, version: r.stdout.trim() };
  }
  return undefined;
}

/** One driver process per history and hash seed; the results of each case, in case order. */
export function runAlembic(python: string, g: GenGraph, hashSeed: string): Promise<Outcome[]> {
  const dir = mkdtempSync(join(tmpdir(), 'alembic-diff-'));
  return new Promise((resolve, reject) => {
    const child = spawn(python, [DRIVER], { env: { ...process.env, PYTHONHASHSEED: hashSeed, PYTHONDONTWRITEBYTECODE: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      rmSync(dir, { recursive: true, force: true });
      const lines = out.split('\n').filter((l) => l !== '');
      if (code !== 0 || lines.length !== g.cases.length) {
        reject(new Error(`driver exited ${code} after ${lines.length}/${g.cases.length} cases (graph seed ${g.seed}):\n${err}`));
        return;
      }
      resolve(lines.map((l) => JSON.parse(l) as Outcome));
    });
    child.stdin.end(JSON.stringify({ dir: join(dir, 'project'), revisions: g.revisions, cases: g.cases }));
  });
}

/** Alembic's events, in the form compared: CREATE TABLE left out (see README), stamp's running lines left out. */
export function normalizeAlembic(c: GenCase, o: Outcome): Outcome {
  if (!o.ok) return o;
  const out: Event[] = [];
  for (const e of o.out) {
    if (e[0] === 'create') continue;
    if (e[0] === 'run') {
      if (e[1] === 'stamp') continue;
      out.push(['run', e[1]!, e[1] === 'upgrade' ? e[3]! : e[2]!]);
      continue;
    }
    out.push(e);
  }
  void c;
  return { ok: true, out };
}

export function toRevisions(g: GenGraph): Revision[] {
  return g.revisions.map((r) => ({
    id: r.id,
    down: r.down,
    branch_labels: r.branch_labels,
    depends_on: r.depends_on,
    message: r.id,
    create_date: '2020-01-01 00:00:00',
    milestones: [],
    upgrade: [],
    downgrade: [],
    waivers: [],
    file: `versions/${r.id}.jsonc`,
  }));
}

export function graphFor(g: GenGraph): RevisionGraph {
  const { graph, diagnostics } = buildGraph(toRevisions(g));
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`generated history ${g.seed} has problems: ${errors.map((d) => `${d.code} ${d.message}`).join('; ')}`);
  return graph;
}

/** What the project plans for a case, as the same events. */
export function ours(graph: RevisionGraph, c: GenCase): Outcome {
  try {
    const planned = makePlan(graph, { direction: c.command, spec: c.args[0]!, ...(c.args.length > 1 ? { more: c.args.slice(1) } : {}) });
    const out: Event[] = [];
    if (planned.stampVersions) {
      for (const v of planned.stampVersions) out.push(v.kind === 'update' ? ['update', v.from, v.to] : [v.kind, v.id]);
    } else {
      for (const s of planned.plan.steps) {
        out.push(['run', s.direction === 'up' ? 'upgrade' : 'downgrade', s.revision.id]);
        for (const v of s.versions) out.push(v.kind === 'update' ? ['update', v.from, v.to] : [v.kind, v.id]);
      }
    }
    if (planned.plan.dropVersionTable) out.push(['drop']);
    return { ok: true, out };
  } catch (e) {
    if (e instanceof DiagnosticError) return { ok: false, kind: 'ours', message: e.diagnostics.map((d) => `${d.code} ${d.message}`).join('; ') };
    throw e;
  }
}

export const same = (a: Outcome, b: Outcome) => a.ok && b.ok && JSON.stringify(a.out) === JSON.stringify(b.out);

/**
 * The events with each merge step's rows as a set: at a merge (an UPDATE with
 * DELETEs) and an un-merge (an UPDATE with INSERTs) Alembic picks the row it
 * updates from a Python set, so which one it is depends on the hash seed.
 */
export function rowsAsSets(out: Event[]): string {
  const steps: Event[][] = [];
  for (const e of out) {
    if (e[0] === 'run' || steps.length === 0) steps.push([]);
    steps[steps.length - 1]!.push(e);
  }
  return JSON.stringify(
    steps.map((st) => {
      const update = st.find((e) => e[0] === 'update');
      const deletes = st.filter((e) => e[0] === 'delete').map((e) => e[1]!);
      const inserts = st.filter((e) => e[0] === 'insert').map((e) => e[1]!);
      if (st[0]?.[0] === 'run' && update && deletes.length > 0 && inserts.length === 0) return [st[0], ['merge', [...deletes, update[1]!].sort(), update[2]!]];
      if (st[0]?.[0] === 'run' && update && inserts.length > 0 && deletes.length === 0)
        return [st[0], ['unmerge', update[1]!, [...inserts, update[2]!].sort()]];
      return st;
    }),
  );
}

export const sameUpToRowChoice = (a: Outcome, b: Outcome) => a.ok && b.ok && rowsAsSets(a.out) === rowsAsSets(b.out);
