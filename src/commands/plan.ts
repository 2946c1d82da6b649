import type { Diagnostic } from '../core/diagnostics.js';
import type { Revision, RevisionHead } from '../core/ops.js';
import { parseRange, planDowngrade, planUpgrade, resolveStart, resolveTarget, stamp, type Plan, type Result, type VersionAction } from '../graph/index.js';
import type { RevisionGraph } from '../graph/index.js';
import { Exit } from '../cli/context.js';

export type Direction = 'upgrade' | 'downgrade' | 'stamp';

export interface PlanRequest {
  direction: Direction;
  /** `a:b`, or a destination (+N, -1, heads, label@head, milestone, ...). */
  spec: string;
  /** Heads the database is at (online), or undefined offline (start from the range's start or base). */
  current?: string[];
  /** stamp only: further destinations given as further arguments (`stamp a b`). */
  more?: string[];
}

function unwrap<T>(r: Result<T>, warnings?: Diagnostic[]): T {
  if (!r.ok) throw new Exit(1, [...(warnings ?? []), ...r.diagnostics]);
  warnings?.push(...r.diagnostics);
  return r.value;
}

/**
 * Turns what the user typed into a plan. Offline, the start is the range's left
 * side, or base when there is none (as Alembic does); online it is the version
 * table. Relative targets (+1, -1, label@+2) count from that start.
 */
export function makePlan<R extends RevisionHead>(graph: RevisionGraph<R>, req: PlanRequest): Planned<R> {
  const range = unwrap(parseRange(req.spec));
  if (range.from !== undefined && req.current !== undefined) {
    throw new Exit(2, [{
      code: 'CL001', severity: 'error', message: `a range (${req.spec}) is only for --sql: online, the start is what the database's version table holds`,
      hint: `run 'upgrade ${range.to}' (online), or add --sql`,
    }]);
  }
  if (req.direction === 'downgrade' && range.from === undefined && req.current === undefined) {
    throw new Exit(2, [{
      code: 'CL002', severity: 'error', message: 'downgrade --sql needs a range: the script must know where it starts',
      hint: `write downgrade <start>:${req.spec} --sql, e.g. downgrade heads:${req.spec} --sql`,
    }]);
  }
  const warnings: Diagnostic[] = [];
  const current = range.from !== undefined ? unwrap(resolveStart(graph, range.from), warnings) : req.current ?? [];
  const target = unwrap(resolveTarget(graph, range.to, { current }), warnings);
  if (req.direction === 'stamp') {
    const s = unwrap(stamp(graph, current, target), warnings);
    return { plan: { direction: 'up', from: s.from, steps: [], heads: s.heads }, stampVersions: s.versions, warnings };
  }
  let result = req.direction === 'upgrade' ? planUpgrade(graph, current, target) : planDowngrade(graph, current, target);
  if (!result.ok && req.current === undefined && range.from !== undefined) {
    // Offline, the way back is a downgrade script over the same range.
    const back = `downgrade ${req.spec} --sql`;
    result = { ...result, diagnostics: result.diagnostics.map((d) => (d.code === 'GR040' ? { ...d, hint: `run '${back}'` } : d)) };
  }
  const plan = unwrap(result, warnings);
  const pulled = pulledIn(graph, range.to, plan.steps.map((st) => st.revision.id));
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
  const needers = steps.filter((id) => graph.labelsOf(id).includes(label) && graph.dependencies(id).some((d) => others.includes(d) || others.some((o) => graph.isAncestor(o, d))));
  return {
    code: 'GR060', severity: 'warning',
    message: `${spec} also runs ${others.length} revision${others.length === 1 ? '' : 's'} of the ${branches.join(', ')} branch${branches.length === 1 ? '' : 'es'}: ${others.join(', ')}`,
    hint: `${needers.length ? `${needers.join(', ')} ${needers.length === 1 ? 'depends' : 'depend'} on them (depends_on)` : 'revisions on the way depend on them'}; to run them on their own first, upgrade ${branches.map((b) => `${b}@head`).join(', ')}`,
  };
}

export interface Planned<R extends RevisionHead = Revision> {
  plan: Plan<R>;
  /** For stamp: the version-table actions (a stamp runs no revision). */
  stampVersions?: VersionAction[];
  /** Warnings of the planning (e.g. GR044, a start revision that is an ancestor of another); the caller prints them. */
  warnings: Diagnostic[];
}
