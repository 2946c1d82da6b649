import { byId } from './result.js';
import type { AnyRevisionGraph } from './revision-graph.js';

/** One statement against the version table (one row per current head). */
export type VersionAction =
  | { kind: 'insert'; id: string }
  | { kind: 'update'; from: string; to: string }
  | { kind: 'delete'; id: string };

/**
 * The version table while a plan is played, one revision at a time.
 *
 * Invariant: the applied revisions are exactly the rows plus all their
 * ancestors (through down_revision and depends_on), and no row is an
 * ancestor of another. Each step keeps it:
 * - up R: the rows among R's parents and dependencies are consumed. None:
 *   INSERT R (a base, or a new branch whose parent is not a row). One:
 *   UPDATE it to R. Several (a merge, or a dependency that was itself a
 *   head): DELETE all but the last, UPDATE the last to R.
 * - down R (R is a row): R's parents and dependencies that nothing else
 *   applied still needs become rows again. None: DELETE R (a branch reaching
 *   base, or a parent still implied by another head). One: UPDATE R to it.
 *   Several (un-merging): INSERT all but the last, UPDATE R to the last.
 * "Last" follows down_revision order, then depends_on order.
 */
export class VersionTable {
  private readonly rows: Set<string>;
  private applied: Set<string> | undefined;

  constructor(private readonly graph: AnyRevisionGraph, heads: Iterable<string>) {
    this.rows = new Set(heads);
  }

  /** The current rows, sorted by id. */
  get heads(): string[] {
    return [...this.rows].sort(byId);
  }

  up(id: string): VersionAction[] {
    const consumed: string[] = [];
    for (const p of this.graph.requires(id)) if (this.rows.has(p)) consumed.push(p);
    this.applied?.add(id);
    this.rows.add(id);
    if (consumed.length === 0) return [{ kind: 'insert', id }];
    const last = consumed[consumed.length - 1]!;
    const out: VersionAction[] = consumed.slice(0, -1).map((p) => ({ kind: 'delete', id: p }));
    for (const p of consumed) this.rows.delete(p);
    out.push({ kind: 'update', from: last, to: id });
    return out;
  }

  down(id: string): VersionAction[] {
    const applied = this.appliedSet();
    applied.delete(id);
    const restore: string[] = [];
    for (const p of this.graph.requires(id)) {
      if (!this.rows.has(p) && !this.graph.requiredBy(p).some((c) => applied.has(c))) restore.push(p);
    }
    const wasRow = this.rows.delete(id);
    for (const p of restore) this.rows.add(p);
    if (!wasRow) return restore.map((p) => ({ kind: 'insert', id: p })); // only if the start rows were inconsistent
    if (restore.length === 0) return [{ kind: 'delete', id }];
    const out: VersionAction[] = restore.slice(0, -1).map((p) => ({ kind: 'insert', id: p }));
    out.push({ kind: 'update', from: id, to: restore[restore.length - 1]! });
    return out;
  }

  /** Applied revisions: the rows and their ancestors; computed on the first downgrade step only. */
  private appliedSet(): Set<string> {
    if (!this.applied) {
      this.applied = this.graph.ancestors(this.rows);
      for (const r of this.rows) this.applied.add(r);
    }
    return this.applied;
  }
}
