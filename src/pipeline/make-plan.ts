import { DiagnosticError, type Diagnostic } from '../core/diagnostics.js';
import type { Revision, RevisionHead } from '../core/ops.js';
import {
  parseRange,
  PLAN_CODES,
  planDowngrade,
  planUpgrade,
  resolveStart,
  resolveTarget,
  stamp,
  type Plan,
  type Result,
  type VersionAction,
} from '../graph/index.js';
import type { RevisionGraph } from '../graph/index.js';

export type Direction = 'upgrade' | 'downgrade' | 'stamp';

export interface MakePlanRequest {
  direction: Direction;
  /** `a:b`, or a destination (+N, -1, heads, label@head, milestone, ...). */
  spec: string;
  /** Heads the database is at (online), or undefined offline (start from the range's start or base). */
  current?: string[];
  /** stamp only: further destinations given as further arguments (`stamp a b`). */
  more?: string[];
}

function unwrap<T>(r: Result<T>, warnings?: Diagnostic[]): T {
  if (!r.ok) throw new DiagnosticError(1, [...(warnings ?? []), ...r.diagnostics]);
  warnings?.push(...r.diagnostics);
  return r.value;
}

/**
 * Turns what the user typed into a plan. Offline, the start is the range's left
 * side, or base when there is none (as Alembic does); online it is the version
 * table. Relative targets (+1, -1, label@+2) count from that start. A stamp may
 * take several destinations (`stamp a b`, or `a,b`); with --sql each may carry
 * the same start (`stamp x:a x:b`).
 */
export function makePlan<R extends RevisionHead>(graph: RevisionGraph<R>, req: MakePlanRequest): Planned<R> {
  const specs = [req.spec, ...(req.more ?? [])];
  if (specs.length > 1 && req.direction !== 'stamp') {
    throw new DiagnosticError(2, [
      {
        code: 'CL000',
        severity: 'error',
        message: `${req.direction} takes one target, not ${specs.length}: ${specs.map((s) => `'${s}'`).join(' ')}`,
        hint: 'give one target (a comma-separated list names several revisions)',
      },
    ]);
  }
  const ranges = specs.map((s) => unwrap(parseRange(s)));
  const starts = [...new Set(ranges.filter((r) => r.from !== undefined).map((r) => r.from!.join(',')))];
  if (starts.length > 1) {
    throw new DiagnosticError(2, [
      {
        code: 'CL000',
        severity: 'error',
        message: `stamp with several destinations takes one start, not ${starts.map((s) => `'${s || 'base'}'`).join(' and ')}`,
        hint: 'give the start on one destination only (stamp x:a b), or the same start on each',
      },
    ]);
  }
  const range = ranges.find((r) => r.from !== undefined) ?? ranges[0]!;
  if (range.from !== undefined && req.current !== undefined) {
    throw new DiagnosticError(2, [rangeOnline(req.direction, req.spec, range.to)]);
  }
  if (req.direction === 'downgrade' && range.from === undefined && req.current === undefined) {
    throw new DiagnosticError(2, [
      {
        code: 'CL002',
        severity: 'error',
        message: 'downgrade --sql needs a range: the script must know where it starts',
        hint: `write downgrade <start>:${req.spec} --sql, e.g. downgrade heads:${req.spec} --sql`,
      },
    ]);
  }
  const warnings: Diagnostic[] = [];
  const current = range.from !== undefined ? unwrap(resolveStart(graph, range.from), warnings) : (req.current ?? []);
  const offline = req.current === undefined;
  if (req.direction === 'stamp') {
    // every comma-separated part is a destination of its own, as separate arguments are
    const targets = ranges.flatMap((r) => r.to.split(',')).map((t) => unwrap(resolveTarget(graph, t, { current }), warnings));
    const s = unwrap(stamp(graph, current, targets), warnings);
    if (offline && s.versions.length === 0 && s.heads.length > 0) warnings.push(nothingToDo(specs.join(' '), s.from));
    return {
      plan: { direction: 'up', from: s.from, steps: [], heads: s.heads, ...(offline && s.heads.length === 0 ? { dropVersionTable: true } : {}) },
      stampVersions: s.versions,
      warnings,
    };
  }
  const target = unwrap(resolveTarget(graph, range.to, { current, direction: req.direction === 'downgrade' ? 'down' : 'up' }), warnings);
  let result = req.direction === 'upgrade' ? planUpgrade(graph, current, target) : planDowngrade(graph, current, target);
  if (!result.ok && offline && range.from !== undefined) {
    // Offline, the way back is a downgrade script over the same range.
    const back = `downgrade ${req.spec} --sql`;
    result = { ...result, diagnostics: result.diagnostics.map((d) => (d.code === 'GR040' ? { ...d, hint: `run '${back}'` } : d)) };
  }
  const plan = unwrap(result, warnings);
  // Online, Alembic leaves an empty version table in place; only its offline scripts drop it.
  if (!offline) delete plan.dropVersionTable;
  else if (plan.steps.length === 0 && !plan.dropVersionTable) warnings.push(nothingToDo(req.spec, plan.from));
  const pulled = pulledIn(
    graph,
    range.to,
    plan.steps.map((st) => st.revision.id),
  );
  if (pulled) warnings.push(pulled);
  return { plan, warnings };
}

/**
 * GR060: an upgrade to one branch (`contract@head`, `upgrade --contract`) that also runs revisions of
 * another branch, because a revision on the way depends on them: said before anything runs.
 */
function pulledIn<R extends RevisionHead>(graph: RevisionGraph<R>, spec: string, steps: readonly string[]): Diagnostic | undefined {
  const label = /^([^@,:]+)@/.exec(spec.trim())?.[1];
  if (label === undefined || graph.labelRevision(label) === undefined) return undefined;
  const others = steps.filter((id) => !graph.labelsOf(id).includes(label) && graph.labelsOf(id).length > 0);
  if (others.length === 0) return undefined;
  const branches = [...new Set(others.flatMap((id) => graph.labelsOf(id)))].sort();
  const needers = steps.filter(
    (id) => graph.labelsOf(id).includes(label) && graph.dependencies(id).some((d) => others.includes(d) || others.some((o) => graph.isAncestor(o, d))),
  );
  return {
    code: 'GR060',
    severity: 'warning',
    message: `${spec} also runs ${others.length} revision${others.length === 1 ? '' : 's'} of the ${branches.join(', ')} branch${branches.length === 1 ? '' : 'es'}: ${others.join(', ')}`,
    hint: `${needers.length ? `${needers.join(', ')} ${needers.length === 1 ? 'depends' : 'depend'} on them (depends_on)` : 'revisions on the way depend on them'}; to run them on their own first, upgrade ${branches.map((b) => `${b}@head`).join(', ')}`,
  };
}

/** GR041, a note: the target is already reached; the script changes nothing (exit 0, as in Alembic). */
function nothingToDo(spec: string, from: readonly string[]): Diagnostic {
  return {
    code: PLAN_CODES.empty,
    severity: 'warning',
    message: `nothing to do: '${spec}' is already reached from ${from.length ? from.map((f) => `'${f}'`).join(', ') : 'base'}; the script changes nothing`,
  };
}

/** CL001: a range given to an online command (checked before connecting, and again once planned). */
export function rangeOnline(direction: Direction, spec: string, to: string): Diagnostic {
  return {
    code: 'CL001',
    severity: 'error',
    message: `a range (${spec}) is only for --sql: online, the start is what the database's version table holds`,
    hint: `run '${direction} ${to}' (online), or add --sql`,
  };
}

export interface Planned<R extends RevisionHead = Revision> {
  plan: Plan<R>;
  /** For stamp: the version-table actions (a stamp runs no revision). */
  stampVersions?: VersionAction[];
  /** Warnings of the planning (e.g. GR044, a start revision that is an ancestor of another); the caller prints them. */
  warnings: Diagnostic[];
}
