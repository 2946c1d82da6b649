import { didYouMean, type Diagnostic } from '../core/diagnostics.js';
import type { Revision, RevisionHead } from '../core/ops.js';
import { onLine } from './lookup.js';
import type { Target } from './resolve.js';
import { byId, err, fail, ok, quoteList, warn, type Result } from './result.js';
import type { AnyRevisionGraph, RevisionGraph } from './revision-graph.js';
import { VersionTable, type VersionAction } from './versions.js';

export type { VersionAction } from './versions.js';

/**
 * Plan codes. GR040 upgrade range goes backwards; GR041 nothing to do (an
 * error, so the caller decides whether that is fine); GR042 downgrade
 * destination is not applied (it would go forward); GR043 unknown start
 * revision; GR044 a start revision is an ancestor of another (warning);
 * GR045 label@rev names no branch that can be taken down.
 */
export const PLAN_CODES = {
  backwards: 'GR040', empty: 'GR041', forward: 'GR042', unknownStart: 'GR043', redundantStart: 'GR044', noBranch: 'GR045',
} as const;

export interface Step<R extends RevisionHead = Revision> {
  revision: R;
  direction: 'up' | 'down';
  versions: VersionAction[];
}

export interface Plan<R extends RevisionHead = Revision> {
  direction: 'up' | 'down';
  /** Heads before the first step (the version table rows), sorted. */
  from: string[];
  steps: Step<R>[];
  /** Heads after the last step, sorted. */
  heads: string[];
  /** Offline, the script ends by dropping the version table (nothing is left applied, as Alembic's --sql does). */
  dropVersionTable?: boolean;
}

const describeHeads = (ids: readonly string[]) => (ids.length === 0 ? 'base (nothing applied)' : quoteList(ids));

/** Checks the start heads exist; warns when one is an ancestor of another (a redundant row). */
export function checkCurrent(graph: AnyRevisionGraph, current: readonly string[]): Result<string[]> {
  const heads = [...new Set(current)].sort(byId);
  const unknown = heads.filter((id) => !graph.has(id));
  if (unknown.length > 0) {
    return fail(...unknown.map((id) => {
      const near = didYouMean(id, graph.ids);
      return err(PLAN_CODES.unknownStart, `start revision '${id}' is not a known revision`, {
        hint: near !== undefined ? `did you mean '${near}'?` : 'the database (or the range start) names a revision this history does not have',
      });
    }));
  }
  const warnings: Diagnostic[] = [];
  for (const a of heads) {
    const below = heads.find((b) => graph.isAncestor(a, b));
    if (below !== undefined) {
      warnings.push(warn(PLAN_CODES.redundantStart, `start revision '${a}' is an ancestor of start revision '${below}'; its version row is redundant`));
    }
  }
  return ok(heads, warnings);
}

function applied(graph: AnyRevisionGraph, heads: readonly string[]): Set<string> {
  const s = graph.ancestors(heads);
  for (const h of heads) s.add(h);
  return s;
}

/**
 * Upgrade from `current` to `target`: every revision the target needs
 * (ancestors through down_revision and depends_on) that is not applied yet,
 * parents first in the graph's stable order, each with its version-table actions.
 */
export function planUpgrade<R extends RevisionHead>(graph: RevisionGraph<R>, current: readonly string[], target: Target): Result<Plan<R>> {
  const start = checkCurrent(graph, current);
  if (!start.ok) return start;
  const done = applied(graph, start.value);
  const wanted = graph.ancestors(target.ids);
  for (const t of target.ids) wanted.add(t);
  const todo = graph.sortTopo([...wanted].filter((id) => !done.has(id)));
  if (todo.length === 0) {
    const behind = target.ids.length === 0 ? start.value.length > 0 : target.ids.some((t) => !start.value.includes(t));
    if (behind) {
      return fail(err(PLAN_CODES.backwards, `range goes backwards, use downgrade: '${target.spec}' is below the current heads ${describeHeads(start.value)}`, {
        hint: `downgrade ${target.spec}`,
      }));
    }
    return fail(err(PLAN_CODES.empty, `nothing to upgrade: '${target.spec}' is already applied (current heads: ${describeHeads(start.value)})`));
  }
  const table = new VersionTable(graph, start.value);
  const steps = todo.map((id): Step<R> => ({ revision: graph.get(id)!, direction: 'up', versions: table.up(id) }));
  return ok({ direction: 'up', from: start.value, steps, heads: table.heads }, start.diagnostics);
}

/**
 * Downgrade from `current` to `target`, as Alembic does: un-apply everything
 * built on top of the target (descendants of its children, through
 * down_revision and depends_on), children first. `base` un-applies everything;
 * `label@base` un-applies the label's branch from where it forks off, and
 * whatever depends on it. `label@rev` leaves the other branches above rev alone.
 */
export function planDowngrade<R extends RevisionHead>(graph: RevisionGraph<R>, current: readonly string[], target: Target): Result<Plan<R>> {
  const start = checkCurrent(graph, current);
  if (!start.ok) return start;
  const done = applied(graph, start.value);
  let drop: Set<string>;
  if (target.ids.length === 0) {
    if (target.lineage === undefined) drop = done;
    else {
      const root = branchRoot(graph, target.lineage);
      drop = graph.descendants(root);
      drop.add(root);
    }
  } else {
    const missing = target.ids.filter((t) => !done.has(t));
    if (missing.length > 0) {
      const ahead = missing.some((t) => start.value.length === 0 || start.value.some((h) => graph.isAncestor(h, t)));
      return fail(err(PLAN_CODES.forward, ahead
        ? `downgrade would go forward: ${quoteList(missing)} ${missing.length === 1 ? 'is' : 'are'} not applied (current heads: ${describeHeads(start.value)})`
        : `${quoteList(missing)} ${missing.length === 1 ? 'is' : 'are'} not an ancestor of the current heads ${describeHeads(start.value)}`, {
        hint: ahead ? `upgrade ${target.spec}` : 'a downgrade can only go to a revision that is applied',
      }));
    }
    let roots = target.ids.flatMap((t) => graph.children(t));
    if (target.lineage !== undefined && roots.length > 1) {
      const line = target.lineage;
      const kept = roots.filter((r) => onLine(graph, r, line));
      if (kept.length === 0) {
        return fail(err(PLAN_CODES.noBranch, `'${target.spec}': none of the branches above ${quoteList(target.ids)} (${quoteList(roots)}) is on the line of '${line}'`));
      }
      roots = kept;
    }
    drop = graph.descendants(roots);
    for (const r of roots) drop.add(r);
    for (const keep of graph.ancestors(target.ids)) drop.delete(keep);
    for (const t of target.ids) drop.delete(t);
  }
  const todo = graph.sortTopo([...drop].filter((id) => done.has(id))).reverse();
  if (todo.length === 0) {
    return fail(err(PLAN_CODES.empty, `nothing to downgrade: nothing above '${target.spec}' is applied (current heads: ${describeHeads(start.value)})`));
  }
  const table = new VersionTable(graph, start.value);
  const steps = todo.map((id): Step<R> => ({ revision: graph.get(id)!, direction: 'down', versions: table.down(id) }));
  return ok({ direction: 'down', from: start.value, steps, heads: table.heads }, start.diagnostics);
}

/**
 * Where the branch holding `id` begins: down from `id` while the line is
 * plain (one parent, and that parent has no other child). For a label
 * declared where its branch forks off, that is the label's own revision.
 */
export function branchRoot(graph: AnyRevisionGraph, id: string): string {
  let at = id;
  for (;;) {
    const ps = graph.parents(at);
    if (ps.length !== 1 || graph.children(ps[0]!).length !== 1) return at;
    at = ps[0]!;
  }
}
