import { checkCurrent } from './plan.js';
import type { Target } from './resolve.js';
import { byId, ok, type Result } from './result.js';
import type { AnyRevisionGraph } from './revision-graph.js';
import type { VersionAction } from './versions.js';

export interface StampResult {
  /** Rows before, sorted. */
  from: string[];
  /** The statements that move the version table, in order; empty when it already holds the target. */
  versions: VersionAction[];
  /** Rows after, sorted. */
  heads: string[];
}

/**
 * Moves the version table to `target` without running any migration, with
 * Alembic's stamp rules: for each target revision (parents first), the rows
 * on its line of history (its ancestors or descendants, through depends_on
 * too) are replaced by it: one row is UPDATEd to it and any others DELETEd.
 * When no row is on its line it starts a new branch (INSERT). Rows on other
 * lines are left alone. `base` deletes every row; `label@base` deletes the
 * rows on the label's line.
 */
export function stamp(graph: AnyRevisionGraph, current: readonly string[], target: Target): Result<StampResult> {
  const start = checkCurrent(graph, current);
  if (!start.ok) return start;
  const rows = new Set(start.value);
  const versions: VersionAction[] = [];
  if (target.ids.length === 0) {
    const line = target.lineage;
    for (const h of start.value) {
      if (line !== undefined && !graph.related(h, line)) continue;
      rows.delete(h);
      versions.push({ kind: 'delete', id: h });
    }
  }
  for (const dest of target.ids) {
    if (rows.has(dest)) continue;
    const onLine = graph.sortTopo([...rows].filter((h) => graph.related(h, dest)));
    for (const h of onLine) rows.delete(h);
    rows.add(dest);
    if (onLine.length === 0) {
      versions.push({ kind: 'insert', id: dest });
      continue;
    }
    for (const h of onLine.slice(0, -1)) versions.push({ kind: 'delete', id: h });
    versions.push({ kind: 'update', from: onLine[onLine.length - 1]!, to: dest });
  }
  return ok({ from: start.value, versions, heads: [...rows].sort(byId) }, start.diagnostics);
}
