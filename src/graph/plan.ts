import { didYouMean, type Diagnostic } from '../core/diagnostics.js';
import type { Revision, RevisionHead } from '../core/ops.js';
import type { PlanStep } from '../core/steps.js';
import { lineageOf } from './lookup.js';
import type { Target } from './resolve.js';
import { byId, err, fail, ok, quoteList, warn, type Result } from './result.js';
import type { AnyRevisionGraph, RevisionGraph } from './revision-graph.js';
import { BookkeepingError, VersionTable } from './versions.js';

export type { PlanStep } from '../core/steps.js';
export type { VersionAction } from './versions.js';

/**
 * Plan codes. GR040 upgrade range goes backwards; GR041 (no longer used: a
 * target already reached is an empty plan); GR042 downgrade destination is
 * not applied, or nothing above it can be taken down; GR043 unknown start
 * revision; GR044 a start revision is an ancestor of another (warning);
 * GR045 label@rev names no branch that can be taken down; GR047 one upgrade
 * target is an ancestor of another; GR048 the version table cannot follow a
 * step (the start rows do not fit the history).
 */
export const PLAN_CODES = {
  backwards: 'GR040',
  empty: 'GR041',
  forward: 'GR042',
  unknownStart: 'GR043',
  redundantStart: 'GR044',
  noBranch: 'GR045',
  overlap: 'GR047',
  bookkeeping: 'GR048',
} as const;

export interface Plan<R extends RevisionHead = Revision> {
  direction: 'up' | 'down';
  /** Heads before the first step (the version table rows), sorted. */
  from: string[];
  steps: PlanStep<R>[];
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
    return fail(
      ...unknown.map((id) => {
        const near = didYouMean(id, graph.ids);
        return err(PLAN_CODES.unknownStart, `start revision '${id}' is not a known revision`, {
          hint: near !== undefined ? `did you mean '${near}'?` : 'the database (or the range start) names a revision this history does not have',
        });
      }),
    );
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

function play<R extends RevisionHead>(
  graph: RevisionGraph<R>,
  rows: readonly string[],
  order: string[],
  direction: 'up' | 'down',
): Result<{ steps: PlanStep<R>[]; heads: string[] }> {
  const table = new VersionTable(graph, rows);
  const steps: PlanStep<R>[] = [];
  try {
    for (const id of order) steps.push({ revision: graph.get(id)!, direction, versions: direction === 'up' ? table.up(id) : table.down(id) });
  } catch (e) {
    if (!(e instanceof BookkeepingError)) throw e;
    return fail(
      err(
        PLAN_CODES.bookkeeping,
        `the version table cannot follow ${direction === 'up' ? 'upgrade' : 'downgrade'} step '${steps.length < order.length ? order[steps.length] : ''}' from ${describeHeads(rows)}: ${e.message}`,
        {
          hint: 'the start revisions do not fit this history together; start from the revisions the database really holds',
        },
      ),
    );
  }
  return ok({ steps, heads: table.heads });
}

/**
 * Upgrade from `current` to `target`, as Alembic does: every revision the
 * targets need (ancestors through down_revision and depends_on) that is not
 * applied yet. Starting from the targets (in id order), each line of history is
 * followed down to its end before the next, except that a revision another
 * pending line needs waits for that line; the steps run that order reversed.
 * A target already reached is an empty plan; a target below the current
 * heads is refused (GR040), as is a target that is an ancestor of another (GR047).
 */
export function planUpgrade<R extends RevisionHead>(graph: RevisionGraph<R>, current: readonly string[], target: Target): Result<Plan<R>> {
  const start = checkCurrent(graph, current);
  if (!start.ok) return start;
  const L = lineageOf(graph);
  const targets = [...new Set(target.ids)];
  for (const t of targets) {
    const above = targets.filter((o) => o !== t && graph.isAncestor(t, o));
    if (above.length > 0) {
      return fail(
        err(PLAN_CODES.overlap, `'${target.spec}': target '${t}' is an ancestor of target ${quoteList(above)}`, {
          hint: 'name only the newest revisions you want applied',
        }),
      );
    }
  }
  const done = L.withAncestors(start.value);
  const needs = [...L.withAncestors(targets)].filter((id) => !done.has(id));
  if (needs.length === 0) {
    const below = targets.length === 0 ? start.value.length > 0 : targets.some((t) => !start.value.includes(t));
    if (below) {
      return fail(
        err(PLAN_CODES.backwards, `range goes backwards, use downgrade: '${target.spec}' is below the current heads ${describeHeads(start.value)}`, {
          hint: `downgrade ${target.spec}`,
        }),
      );
    }
    return ok({ direction: 'up', from: start.value, steps: [], heads: start.value, dropVersionTable: start.value.length === 0 }, start.diagnostics);
  }
  const order = L.topDown(needs, targets);
  if (order === undefined) throw new Error(`internal: the upgrade order of '${target.spec}' misses revisions`);
  const played = play(graph, start.value, order.reverse(), 'up');
  if (!played.ok) return played;
  const { steps, heads } = played.value;
  return ok({ direction: 'up', from: start.value, steps, heads, dropVersionTable: heads.length === 0 }, start.diagnostics);
}

/**
 * Downgrade from `current` to `target`, as Alembic does: the children of the
 * target (for base: every revision without a down_revision) are the roots;
 * with a branch (`label@...`, or the head a `-N` starts from) and several
 * roots, only the roots that are the branch's ancestors (or the branch's own
 * revision) along down_revision; everything applied that is built on a root
 * (through down_revision and depends_on) is taken down. The order starts from
 * the current heads (in id order) and follows each line down to its end before
 * the next, a revision another line still needs waiting for that line.
 */
export function planDowngrade<R extends RevisionHead>(graph: RevisionGraph<R>, current: readonly string[], target: Target): Result<Plan<R>> {
  const start = checkCurrent(graph, current);
  if (!start.ok) return start;
  const L = lineageOf(graph);
  const rows = start.value;
  const done = L.withAncestors(rows);
  let roots = target.ids.length === 0 ? [...graph.bases] : L.sortMap(target.ids.flatMap((t) => graph.children(t)));
  if (target.lineage !== undefined && roots.length > 1) {
    const line = target.lineage;
    const mine = graph.ancestors(line, { dependencies: false });
    mine.add(line);
    const kept = roots.filter((r) => mine.has(r));
    if (kept.length === 0) {
      return fail(
        err(
          PLAN_CODES.noBranch,
          `'${target.spec}' is not a valid downgrade target: none of the revisions above ${target.ids.length ? quoteList(target.ids) : 'base'} (${quoteList(roots)}) is on the line below '${line}'`,
          {
            hint: 'give the revision to go down to, or a label whose branch starts above it',
          },
        ),
      );
    }
    roots = kept;
  }
  const drop = [...L.withDescendants(roots)].filter((id) => done.has(id));
  if (drop.length === 0 && target.ids.some((t) => !rows.includes(t))) {
    const missing = target.ids.filter((t) => !done.has(t));
    if (missing.length === 0) {
      return fail(
        err(
          PLAN_CODES.forward,
          `'${target.spec}' is not a valid downgrade target: nothing applied is built on ${quoteList(target.ids)} (current heads: ${describeHeads(rows)})`,
          {
            hint: 'a downgrade goes to a revision below the current heads on their line',
          },
        ),
      );
    }
    const ahead = missing.some((t) => rows.length === 0 || rows.some((h) => graph.isAncestor(h, t)));
    return fail(
      err(
        PLAN_CODES.forward,
        ahead
          ? `downgrade would go forward: ${quoteList(missing)} ${missing.length === 1 ? 'is' : 'are'} not applied (current heads: ${describeHeads(rows)})`
          : `${quoteList(missing)} ${missing.length === 1 ? 'is' : 'are'} not an ancestor of the current heads ${describeHeads(rows)}`,
        {
          hint: ahead ? `upgrade ${target.spec}` : 'a downgrade can only go to a revision that is applied',
        },
      ),
    );
  }
  if (drop.length === 0) return ok({ direction: 'down', from: rows, steps: [], heads: rows, dropVersionTable: rows.length === 0 }, start.diagnostics);
  const order = L.topDown(drop, rows);
  if (order === undefined) throw new Error(`internal: the downgrade order of '${target.spec}' misses revisions`);
  const played = play(graph, rows, order, 'down');
  if (!played.ok) return played;
  const { steps, heads } = played.value;
  return ok({ direction: 'down', from: rows, steps, heads, dropVersionTable: heads.length === 0 }, start.diagnostics);
}

/**
 * Every revision, newest first, in the order Alembic walks a history from its heads (the
 * order of a downgrade from the heads to base): `history` and the review page's graph.
 */
export function newestFirst<R extends RevisionHead>(graph: RevisionGraph<R>): R[] {
  const order = lineageOf(graph).topDown(graph.ids, graph.heads) ?? [...graph.ids].reverse();
  return order.map((id) => graph.get(id)!);
}
