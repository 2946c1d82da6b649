import type { Revision, RevisionHead } from '../core/ops.js';
import { byId } from './result.js';

export interface Walk {
  /** Follow depends_on edges too (default true); false follows down_revision only. */
  dependencies?: boolean;
}

/** What buildGraph hands over once ids are unique and references resolved. */
export interface GraphData<R extends RevisionHead = Revision> {
  revisions: Map<string, R>;
  /** Topological order (parents first, ties by id); revisions caught in a cycle come last. */
  order: string[];
  /** down_revision, restricted to known ids, de-duplicated. */
  parents: Map<string, string[]>;
  /** depends_on resolved to revision ids (labels mapped to their revision), known ids only. */
  dependencies: Map<string, string[]>;
  /** Branch label -> the revision that declares it. */
  labels: Map<string, string>;
  /** Milestone -> the revisions that carry it. */
  milestones: Map<string, string[]>;
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * The revision history as a DAG. Edges point from a revision to its parents
 * (down_revision) and to its dependencies (depends_on). Every traversal is
 * iterative, so histories of any length are safe.
 */
/** A graph whose revisions are only read for their heads (ids, parents, labels). */
export type AnyRevisionGraph = RevisionGraph<RevisionHead>;

export class RevisionGraph<R extends RevisionHead = Revision> {
  readonly order: readonly R[];
  readonly ids: readonly string[];
  /** Revisions nothing builds on, through down_revision or depends_on; sorted by id. */
  readonly heads: readonly string[];
  /** Revisions without a down_revision (they may still have dependencies); sorted by id. */
  readonly bases: readonly string[];
  readonly labels: readonly string[];
  readonly milestoneNames: readonly string[];

  private readonly pos = new Map<string, number>();
  private readonly kids = new Map<string, string[]>();
  private readonly dependentsOf = new Map<string, string[]>();
  /** Parents then dependencies, and children then dependents: built once, so walks allocate nothing per step. */
  private readonly up = new Map<string, string[]>();
  private readonly downward = new Map<string, string[]>();
  private readonly carriedBy = new Map<string, string[]>();
  private readonly labelsOn = new Map<string, string[]>();

  constructor(private readonly data: GraphData<R>) {
    this.ids = data.order;
    this.order = data.order.map((id) => data.revisions.get(id)!);
    data.order.forEach((id, i) => this.pos.set(id, i));
    const push = (m: Map<string, string[]>, k: string, v: string) => {
      const a = m.get(k);
      if (a) a.push(v);
      else m.set(k, [v]);
    };
    for (const id of data.order) {
      for (const p of this.parents(id)) push(this.kids, p, id);
      for (const d of this.dependencies(id)) push(this.dependentsOf, d, id);
    }
    for (const a of [...this.kids.values(), ...this.dependentsOf.values()]) a.sort(byId);
    for (const id of data.order) {
      const deps = this.dependencies(id);
      const ps = this.parents(id);
      if (deps.length > 0) this.up.set(id, [...ps, ...deps.filter((d) => !ps.includes(d))]);
      else if (ps.length > 0) this.up.set(id, ps as string[]);
      const ks = this.children(id);
      const ds = this.dependents(id);
      if (ds.length > 0) this.downward.set(id, [...ks, ...ds.filter((d) => !ks.includes(d))]);
      else if (ks.length > 0) this.downward.set(id, ks as string[]);
    }
    this.heads = data.order.filter((id) => !this.kids.has(id) && !this.dependentsOf.has(id)).sort(byId);
    this.bases = data.order.filter((id) => this.parents(id).length === 0).sort(byId);
    this.labels = [...data.labels.keys()].sort(byId);
    this.milestoneNames = [...data.milestones.keys()].sort(byId);
    for (const label of this.labels) {
      const carriers = this.sortTopo([data.labels.get(label)!, ...this.descendants(data.labels.get(label)!, { dependencies: false })]);
      this.carriedBy.set(label, carriers);
      for (const c of carriers) push(this.labelsOn, c, label);
    }
  }

  get size(): number {
    return this.ids.length;
  }
  get(id: string): R | undefined {
    return this.data.revisions.get(id);
  }
  has(id: string): boolean {
    return this.data.revisions.has(id);
  }
  /** Index in the topological order, or -1. */
  position(id: string): number {
    return this.pos.get(id) ?? -1;
  }
  /** down_revision ids (a merge has several). */
  parents(id: string): readonly string[] {
    return this.data.parents.get(id) ?? NONE;
  }
  /** depends_on, as revision ids. */
  dependencies(id: string): readonly string[] {
    return this.data.dependencies.get(id) ?? NONE;
  }
  /** Parents then dependencies, without repeats: everything that must be applied first. */
  requires(id: string): readonly string[] {
    return this.up.get(id) ?? NONE;
  }
  /** Children then dependents, without repeats: everything that needs `id`. */
  requiredBy(id: string): readonly string[] {
    return this.downward.get(id) ?? NONE;
  }
  /** Revisions whose down_revision names `id`; sorted by id. */
  children(id: string): readonly string[] {
    return this.kids.get(id) ?? NONE;
  }
  /** Revisions whose depends_on names `id`; sorted by id. */
  dependents(id: string): readonly string[] {
    return this.dependentsOf.get(id) ?? NONE;
  }
  /** Strict ancestors of the given revisions (a start is included only when it is an ancestor of another start). */
  ancestors(from: string | Iterable<string>, walk: Walk = {}): Set<string> {
    const deps = walk.dependencies !== false;
    return this.reach(from, (id) => (deps ? this.requires(id) : this.parents(id)));
  }
  /** Strict descendants of the given revisions. */
  descendants(from: string | Iterable<string>, walk: Walk = {}): Set<string> {
    const deps = walk.dependencies !== false;
    return this.reach(from, (id) => (deps ? this.requiredBy(id) : this.children(id)));
  }
  /** True when `a` is a strict ancestor of `b`. */
  isAncestor(a: string, b: string, walk: Walk = {}): boolean {
    const pa = this.position(a);
    if (pa < 0 || a === b || pa > this.position(b)) return false;
    const deps = walk.dependencies !== false;
    const seen = new Set<string>();
    const todo = [b];
    while (todo.length > 0) {
      const id = todo.pop()!;
      for (const p of deps ? this.requires(id) : this.parents(id)) {
        if (p === a) return true;
        // an ancestor always sits earlier in the order, so nothing before `a` can lead to it
        if (!seen.has(p) && this.position(p) > pa) {
          seen.add(p);
          todo.push(p);
        }
      }
    }
    return false;
  }
  /** Same revision, or one is an ancestor of the other. */
  related(a: string, b: string, walk: Walk = {}): boolean {
    return a === b || this.isAncestor(a, b, walk) || this.isAncestor(b, a, walk);
  }
  /** The revision that declares `label`. */
  labelRevision(label: string): string | undefined {
    return this.data.labels.get(label);
  }
  /** Revisions carrying `label`: its revision and all descendants along down_revision; topological order. */
  carriers(label: string): readonly string[] {
    return this.carriedBy.get(label) ?? NONE;
  }
  /** Labels carried by a revision (declared on it or inherited from an ancestor); sorted. */
  labelsOf(id: string): readonly string[] {
    return this.labelsOn.get(id) ?? NONE;
  }
  /** Revisions that carry the milestone; sorted by id. */
  milestone(name: string): readonly string[] {
    return this.data.milestones.get(name) ?? NONE;
  }
  /** The given ids in topological order. */
  sortTopo(ids: Iterable<string>): string[] {
    return [...new Set(ids)].sort((a, b) => this.position(a) - this.position(b));
  }

  private reach(from: string | Iterable<string>, next: (id: string) => readonly string[]): Set<string> {
    const seen = new Set<string>();
    const todo = typeof from === 'string' ? [from] : [...from];
    while (todo.length > 0) {
      for (const n of next(todo.pop()!)) {
        if (!seen.has(n)) {
          seen.add(n);
          todo.push(n);
        }
      }
    }
    return seen;
  }
}
