import { RESOLVE_CODES, onLine } from './lookup.js';
import { err, fail, ok, quoteList, type Result } from './result.js';
import type { AnyRevisionGraph } from './revision-graph.js';

/**
 * Moves `steps` revisions up (positive) or down (negative) from `start`
 * (null = base) along down_revision, the way Alembic's relative targets do.
 * Up from base starts at the bases. With `line`, only revisions on that
 * revision's line are candidates when walking up. A branch point (up) or a
 * merge (down) with more than one candidate stops the walk as ambiguous.
 * Returns the revision reached, or null for base.
 */
export function walk(graph: AnyRevisionGraph, start: string | null, steps: number, written: string, line?: string): Result<string | null> {
  let at = start;
  const total = Math.abs(steps);
  for (let i = 0; i < total; i++) {
    let next: readonly string[];
    if (steps > 0) {
      next = at === null ? graph.bases : graph.children(at);
      if (line !== undefined) next = next.filter((id) => onLine(graph, id, line));
    } else {
      if (at === null) next = [];
      else {
        next = graph.parents(at);
        if (next.length === 0) {
          at = null; // one step below a base revision is base itself
          continue;
        }
      }
    }
    const from = at === null ? 'base' : `'${at}'`;
    if (next.length === 0) {
      const dir = steps > 0 ? 'top of the history' : 'base';
      return fail(err(RESOLVE_CODES.walkedTooFar, `relative revision '${written}' didn't produce ${total} migrations: it reaches the ${dir} after ${i} step${i === 1 ? '' : 's'} (at ${from})`));
    }
    if (next.length > 1) {
      const what = steps > 0 ? `branches into ${quoteList(next)}` : `is a merge of ${quoteList(next)}`;
      return fail(err(RESOLVE_CODES.ambiguousWalk, `Ambiguous walk for '${written}': ${from} ${what}`, {
        hint: steps > 0 ? 'name the branch, e.g. label@+N, or give a revision id' : 'give the revision id to go to instead of a relative step',
      }));
    }
    at = next[0]!;
  }
  return ok(at);
}
