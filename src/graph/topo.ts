import { byId } from './result.js';

/** A binary min-heap of strings in code-unit order (the topological sort's ready set). */
class IdHeap {
  private items: string[] = [];

  get size(): number {
    return this.items.length;
  }

  push(id: string): void {
    const a = this.items;
    a.push(id);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (byId(a[p]!, a[i]!) <= 0) break;
      [a[p], a[i]] = [a[i]!, a[p]!];
      i = p;
    }
  }

  pop(): string {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && byId(a[l]!, a[m]!) < 0) m = l;
        if (r < a.length && byId(a[r]!, a[m]!) < 0) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

export interface TopoResult {
  /** Every node that is not on or after a cycle, parents first, ties by smallest id. */
  order: string[];
  /** Nodes that could not be ordered (on a cycle or downstream of one), sorted. */
  stuck: string[];
}

/**
 * Kahn's algorithm with the ready set kept in id order, so the result depends
 * only on the graph, never on the order the revisions were read in.
 * `parents(id)` must only return ids present in `ids`.
 */
export function topoSort(ids: Iterable<string>, parents: (id: string) => readonly string[]): TopoResult {
  const pending = new Map<string, number>();
  const kids = new Map<string, string[]>();
  for (const id of ids) {
    const ps = parents(id);
    pending.set(id, ps.length);
    for (const p of ps) {
      let k = kids.get(p);
      if (!k) kids.set(p, (k = []));
      k.push(id);
    }
  }
  const ready = new IdHeap();
  for (const [id, n] of pending) if (n === 0) ready.push(id);
  const order: string[] = [];
  while (ready.size > 0) {
    const id = ready.pop();
    order.push(id);
    for (const k of kids.get(id) ?? []) {
      const n = pending.get(k)! - 1;
      pending.set(k, n);
      if (n === 0) ready.push(k);
    }
  }
  const stuck =
    order.length === pending.size
      ? []
      : [...pending]
          .filter(([, n]) => n > 0)
          .map(([id]) => id)
          .sort(byId);
  return { order, stuck };
}

/**
 * Finds the distinct cycles among `stuck` nodes (as left by topoSort). Every
 * stuck node has a stuck parent, so following parents always closes a loop.
 * Each cycle is reported once, rotated to start at its smallest id, listed in
 * parent-to-child order.
 */
export function findCycles(stuck: readonly string[], parents: (id: string) => readonly string[]): string[][] {
  const isStuck = new Set(stuck);
  const done = new Set<string>();
  const cycles: string[][] = [];
  for (const start of stuck) {
    if (done.has(start)) continue;
    const pos = new Map<string, number>();
    const path: string[] = [];
    let cur: string | undefined = start;
    while (cur !== undefined && !pos.has(cur) && !done.has(cur)) {
      pos.set(cur, path.length);
      path.push(cur);
      cur = parents(cur)
        .filter((p) => isStuck.has(p))
        .sort(byId)[0];
    }
    for (const p of path) done.add(p);
    if (cur === undefined || !pos.has(cur)) continue;
    // path walks child -> parent; the loop is path[pos(cur)..], reverse it to parent -> child
    const loop = path.slice(pos.get(cur)!).reverse();
    const min = loop.reduce((m, id, i) => (byId(id, loop[m]!) < 0 ? i : m), 0);
    cycles.push([...loop.slice(min), ...loop.slice(0, min)]);
  }
  return cycles;
}
