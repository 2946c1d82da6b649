import { byId } from './result.js';
import type { AnyRevisionGraph } from './revision-graph.js';

/**
 * The relations Alembic's revision map walks, over the project's graph.
 *
 * - The map order (which decides the order of parallel branches) is the order of
 *   the revisions' ids, which is the order of their file names when files are
 *   named after their ids (Alembic reads them in directory-listing order).
 * - A revision's "down" revisions, as Alembic steps over them, are its
 *   down_revision entries (as written) followed by those depends_on entries that
 *   no down_revision ancestor already declares (declared order).
 * - "Versioned" heads follow down_revision only (a revision that others only
 *   depend on is still one); the graph's own heads are those nothing builds on.
 */
export class Lineage {
  private readonly down = new Map<string, readonly string[]>();
  private versionedHeadList: string[] | undefined;

  constructor(readonly graph: AnyRevisionGraph) {}

  /** down_revision, then the dependencies no down_revision ancestor declares. */
  downOf(id: string): readonly string[] {
    let d = this.down.get(id);
    if (d === undefined) {
      const parents = this.graph.parents(id);
      const deps = this.graph.dependencies(id);
      if (deps.length === 0) d = parents;
      else {
        const inherited = new Set<string>();
        for (const a of this.graph.ancestors(id, { dependencies: false })) for (const x of this.graph.dependencies(a)) inherited.add(x);
        d = [...parents, ...deps.filter((x) => !inherited.has(x) && !parents.includes(x))];
      }
      this.down.set(id, d);
    }
    return d;
  }

  /** The given revisions and their ancestors (down_revision and depends_on). */
  withAncestors(ids: Iterable<string>): Set<string> {
    const list = [...ids];
    const s = this.graph.ancestors(list);
    for (const id of list) s.add(id);
    return s;
  }

  /** The given revisions and their descendants; along down_revision only unless `dependencies`. */
  withDescendants(ids: Iterable<string>, dependencies = true): Set<string> {
    const list = [...ids];
    const s = this.graph.descendants(list, { dependencies });
    for (const id of list) s.add(id);
    return s;
  }

  /** Revisions no down_revision names, in map order. */
  versionedHeads(): string[] {
    this.versionedHeadList ??= [...this.graph.ids].filter((id) => this.graph.children(id).length === 0).sort(byId);
    return this.versionedHeadList;
  }

  /**
   * True when `id` is one of `against`, or an ancestor or descendant of one of
   * them (along down_revision only, unless `dependencies`).
   */
  sharesLineage(id: string, against: readonly string[], dependencies = false): boolean {
    if (against.length === 0) return true;
    const set = new Set(against);
    if (set.has(id)) return true;
    for (const x of this.graph.ancestors(id, { dependencies })) if (set.has(x)) return true;
    for (const x of this.graph.descendants(id, { dependencies })) if (set.has(x)) return true;
    return false;
  }

  /** Map order: by id. */
  sortMap(ids: Iterable<string>): string[] {
    return [...new Set(ids)].sort(byId);
  }

  /**
   * Orders `todo` the way Alembic emits a migration: starting from `heads` (in
   * map order), one line of history is followed down to its end before the next
   * is taken, except that a revision another pending line still needs waits for
   * that line. Returns the order from the top (a downgrade runs it as is, an
   * upgrade runs it reversed), or undefined when some revision is never reached.
   */
  topDown(todo: Iterable<string>, heads: Iterable<string>): string[] | undefined {
    const pending = new Set(todo);
    const current = this.sortMap([...heads].filter((h) => pending.has(h)));
    const below = current.map((h) => this.withAncestors([h]));
    const out: string[] = [];
    let at = 0;
    while (current.length > 0) {
      const candidate = current[at]!;
      const waiting = below.findIndex((anc, i) => i !== at && anc.has(candidate));
      if (waiting >= 0) {
        at = waiting;
        continue;
      }
      if (pending.delete(candidate)) out.push(candidate);
      const down = this.downOf(candidate);
      const next = down.filter((d) => pending.has(d) && !current.includes(d));
      if (next.length === 0) {
        current.splice(at, 1);
        below.splice(at, 1);
        at = Math.max(at - 1, 0);
      } else if (this.graph.parents(candidate).length === 1 && down.length === 1) {
        current[at] = next[0]!;
        below[at]!.delete(candidate);
      } else {
        current[at] = next[0]!;
        below[at] = this.withAncestors([next[0]!]);
        for (const n of next.slice(1)) {
          current.push(n);
          below.push(this.withAncestors([n]));
        }
      }
    }
    return pending.size === 0 ? out : undefined;
  }
}
