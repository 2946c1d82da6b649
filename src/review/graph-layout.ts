import type { Revision } from '../core/ops.js';
import type { RevisionGraph } from '../graph/index.js';
import { makePlan } from '../pipeline/make-plan.js';

export interface GraphRow {
  rev: Revision;
  /** Row, newest first (0 = newest). */
  row: number;
  /** Column: the same one `history --graph` puts the revision's `*` in. */
  col: number;
}

export interface GraphLayout {
  rows: GraphRow[];
  columns: number;
}

/** Every revision newest first, in the order `history` lists them (Alembic's walk from the heads down to base). */
function newestFirst(g: RevisionGraph): Revision[] {
  if (g.size === 0) return [];
  return makePlan(g, { direction: 'downgrade', spec: 'heads:base' }).plan.steps.map((s) => s.revision);
}

/**
 * Places each revision on a row (newest first) and a column, with the rule
 * `history --graph` uses (src/workspace/inspect.ts historyGraph): a revision
 * takes the column of the line waiting for it (or the first free one); its
 * first parent continues that column, other parents open free columns; two
 * lines waiting for the same parent join. The review page draws the same
 * picture as an SVG.
 */
export function layoutGraph(g: RevisionGraph, revs: readonly Revision[] = newestFirst(g)): GraphLayout {
  const cols: (string | null)[] = [];
  const rows: GraphRow[] = [];
  let columns = 0;
  revs.forEach((r, row) => {
    let col = cols.indexOf(r.id);
    if (col < 0) {
      col = cols.indexOf(null);
      if (col < 0) col = cols.push(null) - 1;
    }
    rows.push({ rev: r, row, col });
    columns = Math.max(columns, cols.length, col + 1);
    cols[col] = r.down[0] ?? null;
    for (const p of r.down.slice(1)) {
      if (cols.includes(p)) continue;
      const free = cols.indexOf(null);
      if (free < 0) cols.push(p);
      else cols[free] = p;
    }
    for (let i = 0; i < cols.length; i++) {
      for (let j = i + 1; j < cols.length; j++) if (cols[j] !== null && cols[j] === cols[i]) cols[j] = null;
    }
    while (cols.length && cols[cols.length - 1] === null) cols.pop();
    columns = Math.max(columns, cols.length);
  });
  return { rows, columns: Math.max(columns, 1) };
}
