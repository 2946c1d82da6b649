import { lineageOf, onLine, RESOLVE_CODES } from './lookup.js';
import { err, fail, ok, quoteList, type Result } from './result.js';
import type { AnyRevisionGraph } from './revision-graph.js';

/** Below a base revision: one step down from a base reaches it, and nothing is below it. */
export const BELOW_BASES = Symbol('base');
/** Where a walk stands: a revision, null (before anything, walking up starts at the bases), or BELOW_BASES. */
export type Position = string | null | typeof BELOW_BASES;

/**
 * Moves `steps` revisions up (positive) or down (negative) along
 * down_revision, as Alembic's relative targets do. Up from null starts at the
 * bases; with `branch` (a revision), only revisions on its line are
 * candidates when walking up. Down from a base reaches BELOW_BASES, and down
 * from there there is nothing. Down from null starts at the heads. More than
 * one candidate is an ambiguous walk; none is a walk that went too far
 * (returned as undefined, the caller says which).
 */
export function walk(graph: AnyRevisionGraph, start: Position, steps: number, written: string, branch?: string): Result<Position | undefined> {
  let at: Position = start;
  const total = Math.abs(steps);
  for (let i = 0; i < total; i++) {
    let next: readonly Position[];
    if (steps > 0) {
      if (at === BELOW_BASES) return ok(undefined);
      next = at === null ? graph.bases : graph.children(at);
      if (branch !== undefined) next = (next as string[]).filter((id) => onLine(graph, id, branch));
    } else if (at === BELOW_BASES) next = [];
    else {
      next = at === null ? lineageOf(graph).versionedHeads() : graph.parents(at);
      if (next.length === 0) next = [BELOW_BASES];
    }
    if (next.length === 0) return ok(undefined);
    if (next.length > 1) {
      const from = at === null ? 'base' : `'${String(at)}'`;
      const what = steps > 0 ? `branches into ${quoteList(next as string[])}` : `is a merge of ${quoteList(next as string[])}`;
      return fail(
        err(RESOLVE_CODES.ambiguousWalk, `Ambiguous walk for '${written}': ${from} ${what}`, {
          hint: steps > 0 ? 'name the branch, e.g. label@+N, or give a revision id' : 'give the revision id to go to instead of a relative step',
        }),
      );
    }
    at = next[0]!;
  }
  return ok(at);
}

/** The error for a walk that went past the top or the bottom of the history. */
export function walkedTooFar(
  written: string,
  steps: number,
  what = `didn't produce ${Math.abs(steps)} migration${Math.abs(steps) === 1 ? '' : 's'}`,
): Result<never> {
  return fail(
    err(RESOLVE_CODES.walkedTooFar, `relative revision '${written}' ${what}: the walk goes past the ${steps > 0 ? 'top' : 'bottom'} of the history`, {
      hint: steps > 0 ? 'use heads, or fewer steps' : 'use base, or fewer steps',
    }),
  );
}
