import { PLAN_CODES } from './plan.js';
import { RESOLVE_CODES, resolveTarget } from './resolve.js';
import { byId, err, fail, ok, type Result } from './result.js';
import type { AnyRevisionGraph } from './revision-graph.js';

export const RANGE_CODE = 'GR046';

/** An offline range: `start:destination`, or just a destination. */
export interface Range {
  /** Start revisions as written; undefined without `:` (start from the current heads); [] for `base`. */
  from?: string[];
  /** The destination, as written (resolve it with resolveTarget). */
  to: string;
}

/**
 * Reads `a:b` (a may be a comma-separated list of revisions, as in
 * `62deca5010cd,130ebfdef43:heads`, or `base`) or a bare destination.
 */
export function parseRange(spec: string): Result<Range> {
  const text = spec.trim();
  const parts = text.split(':');
  const bad = (why: string) =>
    fail<Range>(
      err(RANGE_CODE, `cannot read range '${spec}': ${why}`, {
        hint: 'write start:destination (e.g. base:heads, or rev1,rev2:heads), or just the destination',
      }),
    );
  if (parts.length > 2) return bad('more than one ":"');
  const to = parts[parts.length - 1]!.trim();
  if (to === '') return bad('the destination is empty');
  if (parts.length === 1) return ok({ to });
  const from = parts[0]!.split(',').map((s) => s.trim());
  if (from.some((s) => s === '')) return bad('the start is empty');
  if (from.includes('base')) {
    if (from.length > 1) return bad("'base' cannot be combined with revisions");
    return ok({ from: [], to });
  }
  return ok({ from, to });
}

/** Resolves the start revisions of a range to ids (labels, prefixes and milestones work as in targets). */
export function resolveStart(graph: AnyRevisionGraph, from: readonly string[]): Result<string[]> {
  const ids = new Set<string>();
  for (const spec of from) {
    const r = resolveTarget(graph, spec);
    if (!r.ok) {
      // an unknown name becomes an unknown start revision; other problems (ambiguous prefix, ...) keep their code
      return fail(
        ...r.diagnostics.map((d) => (d.code === RESOLVE_CODES.unknown ? { ...d, code: PLAN_CODES.unknownStart, message: `start revision: ${d.message}` } : d)),
      );
    }
    for (const id of r.value.ids) ids.add(id);
  }
  return ok([...ids].sort(byId));
}
