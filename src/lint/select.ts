import type { Diagnostic } from '../core/diagnostics.js';
import { parseRange, resolveStart, resolveTarget, type RevisionGraph } from '../graph/index.js';

/**
 * The revisions a range names, as `history -r` reads it: the end and
 * everything it needs, minus the start and everything below it. Without `:`
 * the range runs from base.
 */
export function revisionsInRange(graph: RevisionGraph, spec: string): { ok: true; ids: Set<string> } | { ok: false; diagnostics: Diagnostic[] } {
  const r = parseRange(spec);
  if (!r.ok) return { ok: false, diagnostics: r.diagnostics };
  const upper = resolveTarget(graph, r.value.to);
  if (!upper.ok) return { ok: false, diagnostics: upper.diagnostics };
  const keep = graph.ancestors(upper.value.ids);
  for (const id of upper.value.ids) keep.add(id);
  if (r.value.from?.length) {
    const lower = resolveStart(graph, r.value.from);
    if (!lower.ok) return { ok: false, diagnostics: lower.diagnostics };
    for (const id of graph.ancestors(lower.value)) keep.delete(id);
    for (const id of lower.value) keep.delete(id);
  }
  return { ok: true, ids: keep };
}
