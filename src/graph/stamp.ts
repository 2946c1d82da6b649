import { lineageOf } from './lookup.js';
import { checkCurrent, PLAN_CODES } from './plan.js';
import type { Target } from './resolve.js';
import { byId, err, fail, ok, quoteList, type Result } from './result.js';
import type { AnyRevisionGraph } from './revision-graph.js';
import { BookkeepingError, VersionTable, type VersionAction } from './versions.js';

export interface StampResult {
  /** Rows before, sorted. */
  from: string[];
  /** The statements that move the version table, in order; empty when it already holds the target. */
  versions: VersionAction[];
  /** Rows after, sorted. */
  heads: string[];
}

/**
 * Moves the version table to `targets` without running any migration, with
 * Alembic's stamp rules. The rows that matter are those on the line (through
 * down_revision and depends_on) of any target's revisions or branch (`base`:
 * every row). Then for each destination revision in turn: base deletes those
 * rows; a destination already among them is left alone; one below some of
 * them (a stamp down) or above some of them (a stamp up) replaces all of them:
 * all but the last are DELETEd and the last UPDATEd to it (or it is INSERTed
 * if none of them is still a row); otherwise it starts a new branch (INSERT).
 */
export function stamp(graph: AnyRevisionGraph, current: readonly string[], targets: Target | readonly Target[]): Result<StampResult> {
  const list = Array.isArray(targets) ? (targets as readonly Target[]) : [targets as Target];
  const start = checkCurrent(graph, current);
  if (!start.ok) return start;
  const L = lineageOf(graph);
  const rows = start.value;
  const filtered: string[] = [];
  for (const t of list) {
    const shares = [...(t.lineage !== undefined ? [t.lineage] : []), ...t.ids];
    for (const h of rows) if (!filtered.includes(h) && L.sharesLineage(h, shares, true)) filtered.push(h);
  }
  const dests = list.flatMap((t) => t.ids);
  const table = new VersionTable(graph, rows);
  const versions: VersionAction[] = [];
  try {
    if (dests.length === 0) for (const h of filtered) versions.push(table.delete(h));
    for (const dest of dests) {
      if (filtered.includes(dest)) continue;
      const below = L.withDescendants([dest]);
      const above = L.withAncestors([dest]);
      const up = !filtered.some((h) => below.has(h));
      const from = filtered.some((h) => below.has(h) || above.has(h)) ? filtered : [];
      if (!up && filtered.some((h) => above.has(h))) {
        throw new BookkeepingError(`'${dest}' is both above and below the rows ${quoteList(filtered)}`);
      }
      if (up && (from.length === 0 || from.some((h) => !table.has(h))) && !table.has(dest)) {
        versions.push(table.insert(dest));
      } else if (from.length > 1) {
        for (const h of from.slice(0, -1)) versions.push(table.delete(h));
        versions.push(table.update(from[from.length - 1]!, dest));
      } else if (from.length === 1) {
        versions.push(table.update(from[0]!, dest));
      } else throw new BookkeepingError(`'${dest}' is already a row`);
    }
  } catch (e) {
    if (!(e instanceof BookkeepingError)) throw e;
    return fail(
      err(PLAN_CODES.bookkeeping, `cannot stamp ${list.map((t) => `'${t.spec}'`).join(' ')} from ${rows.length ? quoteList(rows) : 'base'}: ${e.message}`, {
        hint: 'stamp one revision per line of history',
      }),
    );
  }
  return ok({ from: rows, versions, heads: table.heads.sort(byId) }, start.diagnostics);
}
