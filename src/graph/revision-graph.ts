import { NONE, type Revision, type RevisionHead } from '../core/ops.js';
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

/** A graph whose revisions are only read for their heads (ids, parents, labels). */
export type AnyRevisionGraph = RevisionGraph<RevisionHead>;

/**
 * The revision history as a DAG. Edges point from a revision to its parents
 * (down_revision) and to its dependencies (depends_on). Every traversal is
 * iterative, so histories of any length are safe. The neighbours of each
 * revision are kept in arrays by its position in the order (one map from id to
 * position), built once: a history of thousands of revisions builds one map,
 * not one per relation, and walks allocate nothing per step.
 */
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
  /** By position: down_revision and depends_on (known ids), children and dependents (sorted by id). */
  private readonly parentsAt: (readonly string[])[];
  private readonly depsAt: (readonly string[])[];
  private readonly kidsAt: (readonly string[])[];
  private readonly dependentsAt: (readonly string[])[];
  /** By position: parents then dependencies, and children then dependents, without repeats. */
  private readonly upAt: (readonly string[])[];
  private readonly downAt: (readonly string[])[];
  private readonly carriedBy = new Map<string, string[]>();
  private readonly labelsOn = new Map<string, string[]>();

  constructor(private readonly data: GraphData<R>) {
    const ids = data.order;
    const n = ids.length;
    this.ids = ids;
    const order = new Array<R>(n);
    const parentsAt = new Array<readonly string[]>(n);
    const depsAt = new Array<readonly string[]>(n);
    for (let i = 0; i < n; i++) {
      const id = ids[i]!;
      this.pos.set(id, i);
      order[i] = data.revisions.get(id)!;
      parentsAt[i] = data.parents.get(id) ?? NONE;
      depsAt[i] = data.dependencies.get(id) ?? NONE;
    }
    const kids = new Array<string[] | undefined>(n);
    const dependents = new Array<string[] | undefined>(n);
    for (let i = 0; i < n; i++) {
      const id = ids[i]!;
      for (const p of parentsAt[i]!) (kids[this.pos.get(p)!] ??= []).push(id);
      for (const d of depsAt[i]!) (dependents[this.pos.get(d)!] ??= []).push(id);
    }
    const kidsAt = new Array<readonly string[]>(n);
    const dependentsAt = new Array<readonly string[]>(n);
    const upAt = new Array<readonly string[]>(n);
    const downAt = new Array<readonly string[]>(n);
    const heads: string[] = [];
    const bases: string[] = [];
    for (let i = 0; i < n; i++) {
      const ks = kids[i]?.sort(byId) ?? NONE;
      const ds = dependents[i]?.sort(byId) ?? NONE;
      const ps = parentsAt[i]!;
      const deps = depsAt[i]!;
      kidsAt[i] = ks;
      dependentsAt[i] = ds;
      upAt[i] = deps.length > 0 ? [...ps, ...deps.filter((d) => !ps.includes(d))] : ps;
      downAt[i] = ds.length > 0 ? [...ks, ...ds.filter((d) => !ks.includes(d))] : ks;
      if (ks.length === 0 && ds.length === 0) heads.push(ids[i]!);
      if (ps.length === 0) bases.push(ids[i]!);
    }
    this.order = order;
    this.parentsAt = parentsAt;
    this.depsAt = depsAt;
    this.kidsAt = kidsAt;
    this.dependentsAt = dependentsAt;
    this.upAt = upAt;
    this.downAt = downAt;
    this.heads = heads.sort(byId);
    this.bases = bases.sort(byId);
    this.labels = [...data.labels.keys()].sort(byId);
    this.milestoneNames = [...data.milestones.keys()].sort(byId);
    for (const label of this.labels) {
      const carriers = this.sortTopo([data.labels.get(label)!, ...this.descendants(data.labels.get(label)!, { dependencies: false })]);
      this.carriedBy.set(label, carriers);
      for (const c of carriers) {
        const on = this.labelsOn.get(c);
        if (on) on.push(label);
        else this.labelsOn.set(c, [label]);
      }
    }
  }

  /** The array entry for `id`, or NONE for an id not in the graph. */
  private at(table: (readonly string[])[], id: string): readonly string[] {
    const i = this.pos.get(id);
    return i === undefined ? NONE : table[i]!;
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
    return this.at(this.parentsAt, id);
  }
  /** depends_on, as revision ids. */
  dependencies(id: string): readonly string[] {
    return this.at(this.depsAt, id);
  }
  /** Parents then dependencies, without repeats: everything that must be applied first. */
  requires(id: string): readonly string[] {
    return this.at(this.upAt, id);
  }
  /** Children then dependents, without repeats: everything that needs `id`. */
  requiredBy(id: string): readonly string[] {
    return this.at(this.downAt, id);
  }
  /** Revisions whose down_revision names `id`; sorted by id. */
  children(id: string): readonly string[] {
    return this.at(this.kidsAt, id);
  }
  /** Revisions whose depends_on names `id`; sorted by id. */
  dependents(id: string): readonly string[] {
    return this.at(this.dependentsAt, id);
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
