import { lineageOf } from './lookup.js';
import type { Lineage } from './lineage.js';
import { byId } from './result.js';
import type { AnyRevisionGraph } from './revision-graph.js';
import type { VersionAction } from '../core/steps.js';

export type { VersionAction } from '../core/steps.js';

/** A step the version table cannot follow (Alembic fails on these too); the message says why. */
export class BookkeepingError extends Error {}

/**
 * The version table while a plan is played, one revision at a time, with
 * Alembic's rules. "Down" revisions are a revision's down_revision entries
 * then the dependencies its ancestors do not already declare (Lineage.downOf).
 *
 * - up R: none of R's down revisions is a row: INSERT R. Several are rows (a
 *   merge): those not implied by the other rows are consumed; all but the last
 *   are DELETEd and the last is UPDATEd to R. Otherwise the one row among them
 *   is UPDATEd to R.
 * - down R (R a row): the down revisions the other rows do not imply come
 *   back. None: DELETE R. Several (un-merging): INSERT all but the last,
 *   UPDATE R to the last. One: UPDATE R to it.
 * "Last" follows the order of the down revisions (Alembic's own choice here
 * depends on Python's hash seed; this is one fixed rule among its outcomes).
 */
export class VersionTable {
  private readonly rows: Set<string>;
  private readonly L: Lineage;

  constructor(graph: AnyRevisionGraph, heads: Iterable<string>) {
    this.rows = new Set(heads);
    this.L = lineageOf(graph);
  }

  /** The current rows, sorted by id. */
  get heads(): string[] {
    return [...this.rows].sort(byId);
  }

  has(id: string): boolean {
    return this.rows.has(id);
  }

  private notImpliedByOthers(ids: readonly string[], except: readonly string[]): string[] {
    const others = [...this.rows].filter((h) => !except.includes(h));
    if (others.length === 0) return [...ids];
    const implied = this.L.withAncestors(others);
    return ids.filter((d) => !implied.has(d));
  }

  insert(id: string): VersionAction {
    if (this.rows.has(id)) throw new BookkeepingError(`'${id}' would be inserted into the version table, which already holds it`);
    this.rows.add(id);
    return { kind: 'insert', id };
  }

  delete(id: string): VersionAction {
    if (!this.rows.delete(id)) throw new BookkeepingError(`'${id}' would be deleted from the version table, which does not hold it`);
    return { kind: 'delete', id };
  }

  update(from: string, to: string): VersionAction {
    if (!this.rows.has(from)) throw new BookkeepingError(`'${from}' would be updated to '${to}' in the version table, which does not hold '${from}'`);
    if (this.rows.has(to)) throw new BookkeepingError(`'${from}' would be updated to '${to}' in the version table, which already holds '${to}'`);
    this.rows.delete(from);
    this.rows.add(to);
    return { kind: 'update', from, to };
  }

  up(id: string): VersionAction[] {
    const down = this.L.downOf(id);
    const present = down.filter((d) => this.rows.has(d));
    if (present.length === 0) return [this.insert(id)];
    if (down.length > 1 && present.length > 1) {
      const from = this.notImpliedByOthers(down, down);
      if (from.length === 0) throw new BookkeepingError(`merging into '${id}' consumes no row: every revision it merges is implied by another row`);
      return [...from.slice(0, -1).map((d) => this.delete(d)), this.update(from[from.length - 1]!, id)];
    }
    return [this.update(present[0]!, id)];
  }

  down(id: string): VersionAction[] {
    const down = this.L.downOf(id);
    if (this.rows.has(id)) {
      const to = down.length === 0 ? [] : this.notImpliedByOthers(down, [id]);
      if (to.length === 0) return [this.delete(id)];
      if (down.length > 1) {
        const out = to.slice(0, -1).map((d) => this.insert(d));
        out.push(this.update(id, to[to.length - 1]!));
        return out;
      }
      return [this.update(id, to[0]!)];
    }
    const present = down.length === 1 ? down : down.filter((d) => this.rows.has(d));
    if (present.length !== 1) throw new BookkeepingError(`'${id}' is not a row of the version table and its down revisions do not say which row to move`);
    return [this.update(id, present[0]!)];
  }
}
