/**
 * Seeded random revision histories and the commands run on them, for the
 * differential test against Alembic. Every history is valid for both tools:
 * ids and labels are letters, digits and underscores, no label equals an id
 * or a reserved word, each label is declared once, and parents and
 * dependencies always name earlier revisions (no cycles).
 */

import { prng } from '../compile/harness.js';

export interface GenRevision {
  id: string;
  down: string[];
  depends_on: string[];
  branch_labels: string[];
}

export interface GenCase {
  command: 'upgrade' | 'downgrade' | 'stamp';
  /** Positional arguments, as typed on the command line (stamp may take several). */
  args: string[];
  /** The version rows a start naming several revisions stands for (given to Alembic as such). */
  rows?: string[];
}

export interface GenGraph {
  seed: number;
  shape: string;
  revisions: GenRevision[];
  cases: GenCase[];
}

/** mulberry32, the suites' one seeded generator. */
export const rng = prng;

interface Shape {
  name: string;
  size: [number, number];
  /** Probability a new revision branches off an older revision rather than extending a head. */
  branch: number;
  merge: number;
  merge3: number;
  root: number;
  dep: number;
  label: number;
  /** Probability a new id shares a prefix with an existing one. */
  sharedPrefix: number;
}

export const SHAPES: Shape[] = [
  { name: 'linear', size: [3, 7], branch: 0, merge: 0, merge3: 0, root: 0, dep: 0, label: 0.1, sharedPrefix: 0.3 },
  { name: 'branch-merge', size: [5, 10], branch: 0.35, merge: 0.3, merge3: 0, root: 0, dep: 0, label: 0.1, sharedPrefix: 0.2 },
  { name: 'expand-contract', size: [6, 11], branch: 0, merge: 0, merge3: 0, root: 0, dep: 0.15, label: 0, sharedPrefix: 0.2 },
  { name: 'depends-on', size: [5, 10], branch: 0.3, merge: 0.1, merge3: 0, root: 0.15, dep: 0.4, label: 0.25, sharedPrefix: 0.2 },
  { name: 'several-roots', size: [5, 9], branch: 0.2, merge: 0.25, merge3: 0, root: 0.3, dep: 0.1, label: 0.2, sharedPrefix: 0.2 },
  { name: 'merge-of-three', size: [6, 11], branch: 0.5, merge: 0.2, merge3: 0.6, root: 0.05, dep: 0.05, label: 0.15, sharedPrefix: 0.2 },
  { name: 'prefixes', size: [5, 9], branch: 0.3, merge: 0.2, merge3: 0, root: 0.1, dep: 0.1, label: 0.35, sharedPrefix: 0.7 },
];

const HEX = '0123456789abcdef';
const RESERVED = new Set(['head', 'heads', 'base']);

export function generate(seed: number, shapeIndex = seed % SHAPES.length): GenGraph {
  const r = rng(seed * 7919 + 17);
  const shape = SHAPES[shapeIndex]!;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const chance = (p: number) => r() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

  const revisions: GenRevision[] = [];
  const ids = new Set<string>();
  const labels = new Set<string>();
  const children = new Map<string, string[]>();

  const newId = (): string => {
    for (;;) {
      let id: string;
      if (revisions.length > 0 && chance(shape.sharedPrefix)) {
        const other = pick(revisions).id;
        const keep = int(Math.min(3, other.length), Math.min(other.length, 6));
        id = other.slice(0, keep);
        const extra = int(1, 6);
        for (let i = 0; i < extra; i++) id += pick(HEX);
      } else {
        const len = pick([3, 4, 5, 6, 8, 12, 12, 12]);
        id = pick('abcdef0123456789'.split(''));
        for (let i = 1; i < len; i++) id += pick(HEX);
      }
      if (!ids.has(id) && !labels.has(id) && !RESERVED.has(id)) return id;
    }
  };
  const isHead = (id: string) => (children.get(id)?.length ?? 0) === 0;
  const heads = () => revisions.map((x) => x.id).filter(isHead);
  const ancestors = (id: string): Set<string> => {
    const seen = new Set<string>();
    const todo = [id];
    while (todo.length > 0) {
      const x = todo.pop()!;
      const rev = revisions.find((y) => y.id === x)!;
      for (const p of [...rev.down, ...rev.depends_on.map((d) => labelOwner.get(d) ?? d)]) {
        if (!seen.has(p)) {
          seen.add(p);
          todo.push(p);
        }
      }
    }
    return seen;
  };
  const labelOwner = new Map<string, string>();
  const newLabel = (): string => {
    for (;;) {
      let l: string;
      if (chance(0.4) && revisions.length > 0) {
        // a label that is also a prefix of some id
        const other = pick(revisions).id;
        l = other.slice(0, int(2, Math.max(2, other.length - 1)));
      } else l = pick(['expand', 'contract', 'feature', 'data', 'lbl', 'side']) + (chance(0.3) ? String(int(1, 9)) : '');
      if (!ids.has(l) && !labels.has(l) && !RESERVED.has(l)) {
        labels.add(l);
        return l;
      }
    }
  };
  const add = (down: string[], deps: string[] = [], lab: string[] = []): GenRevision => {
    const id = newId();
    const rev: GenRevision = { id, down, depends_on: deps, branch_labels: lab };
    revisions.push(rev);
    ids.add(id);
    for (const p of down) children.set(p, [...(children.get(p) ?? []), id]);
    for (const l of lab) labelOwner.set(l, id);
    return rev;
  };

  const size = int(shape.size[0], shape.size[1]);
  if (shape.name === 'expand-contract') {
    // a trunk, then two labelled branches from its tip, possibly another pair later
    const trunk = int(1, 3);
    let tip: string | undefined;
    for (let i = 0; i < trunk; i++) tip = add(tip ? [tip] : []).id;
    const e = add([tip!], [], [newLabel()]);
    const c = add([tip!], chance(0.5) ? [e.id] : [], [newLabel()]);
    let eh = e.id;
    let ch = c.id;
    while (revisions.length < size) {
      if (chance(0.5)) eh = add([eh]).id;
      else ch = add([ch], chance(shape.dep) ? [eh] : []).id;
    }
  } else {
    add([]);
    while (revisions.length < size) {
      const hs = heads();
      let down: string[];
      if (chance(shape.root)) down = [];
      else if (hs.length > 1 && chance(shape.merge)) {
        const n = hs.length > 2 && chance(shape.merge3) ? 3 : 2;
        const shuffled = [...hs].sort(() => r() - 0.5);
        down = shuffled.slice(0, n);
      } else if (chance(shape.branch)) down = [pick(revisions).id];
      else down = [pick(hs)];
      const deps: string[] = [];
      if (chance(shape.dep) && revisions.length > 1) {
        const mine = new Set(down.flatMap((p) => [p, ...ancestors(p)]));
        const cands = revisions.filter((x) => !mine.has(x.id));
        if (cands.length > 0) {
          const target = pick(cands);
          // depend on the revision, or on its label when it has one
          deps.push(target.branch_labels.length > 0 && chance(0.5) ? target.branch_labels[0]! : target.id);
        }
      }
      const branching = down.length === 1 && (children.get(down[0]!)?.length ?? 0) > 0;
      const lab = (branching || down.length === 0) && chance(shape.label * 2) ? [newLabel()] : chance(shape.label / 2) ? [newLabel()] : [];
      add(down, deps, lab);
    }
  }
  return { seed, shape: shape.name, revisions, cases: cases(revisions, r) };
}

/** Target forms for one history: every form of the target grammar, over its ids and labels. */
function cases(revisions: GenRevision[], r: () => number): GenCase[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const ids = revisions.map((x) => x.id);
  const labels = revisions.flatMap((x) => x.branch_labels);
  const prefix = (id: string) => id.slice(0, Math.min(id.length, pick([3, 3, 4, 5])));
  const targets = (): string[] => {
    const t = ['heads', 'head', 'base', pick(ids), pick(ids), prefix(pick(ids)), `+${pick([1, 1, 2, 3])}`, `${pick(ids)}+1`, `${pick(ids)}-1`];
    if (labels.length > 0) {
      const l = pick(labels);
      t.push(l, `${l}@head`, `${l}@heads`, `${l}@base`, `${l}@+1`, `${l}@+2`, `${pick(labels)}@${pick(ids)}`);
    }
    return t;
  };
  const downTargets = (): string[] => {
    const t = ['base', pick(ids), pick(ids), prefix(pick(ids)), `-${pick([1, 1, 2, 3])}`, `${pick(ids)}-1`, `${pick(ids)}+1`, 'heads'];
    if (labels.length > 0) {
      const l = pick(labels);
      t.push(l, `${l}@base`, `${l}@-1`, `${l}@head`, `${pick(labels)}@${pick(ids)}`);
    }
    return t;
  };
  const owner = (name: string) => revisions.find((x) => x.id === name || x.branch_labels.includes(name))!.id;
  const anc = (id: string): Set<string> => {
    const seen = new Set<string>();
    const todo = [id];
    while (todo.length) {
      const cur = todo.pop()!;
      const x = revisions.find((y) => y.id === cur)!;
      for (const p of [...x.down, ...x.depends_on.map(owner)])
        if (!seen.has(p)) {
          seen.add(p);
          todo.push(p);
        }
    }
    return seen;
  };
  /** Revisions nothing builds on (through down_revision or depends_on). */
  const heads = ids.filter((id) => !revisions.some((x) => x.down.includes(id) || x.depends_on.map(owner).includes(id)));
  const unrelated = (): string[] | undefined => {
    for (let i = 0; i < 20; i++) {
      const a = pick(ids);
      const b = pick(ids);
      if (a !== b && !anc(a).has(b) && !anc(b).has(a)) return [a, b];
    }
    return undefined;
  };
  /** A start: `heads` (rows: every head), a pair of unrelated revisions, or one revision. */
  const start = (): { text: string; rows?: string[] } => {
    const roll = r();
    // rows in id order: the project reads version rows in that order
    if (roll < 0.35) return heads.length > 1 ? { text: 'heads', rows: [...heads].sort() } : { text: 'heads' };
    if (roll < 0.55) {
      const pair = unrelated();
      if (pair) return { text: pair.join(','), rows: [...pair].sort() };
    }
    return { text: pick(ids) };
  };
  const withStart = (command: GenCase['command'], dest: string): GenCase => {
    const s = start();
    return { command, args: [`${s.text}:${dest}`], ...(s.rows ? { rows: s.rows } : {}) };
  };
  const out: GenCase[] = [];
  for (const t of targets()) out.push({ command: 'upgrade', args: [t] });
  for (let i = 0; i < 5; i++) out.push({ command: 'upgrade', args: [`${pick([...ids, ...labels, 'base'])}:${pick(targets())}`] });
  for (let i = 0; i < 3; i++) out.push(withStart('upgrade', pick(targets())));
  for (const t of downTargets()) out.push(withStart('downgrade', t));
  for (let i = 0; i < 3; i++) out.push({ command: 'downgrade', args: [`${pick(ids)}:${pick(downTargets())}`] });
  for (const t of [pick(ids), 'heads', 'base', ...(labels.length > 0 ? [pick(labels), `${pick(labels)}@head`, `${pick(labels)}@base`] : [])])
    out.push({ command: 'stamp', args: [t] });
  out.push({ command: 'stamp', args: [`${pick(ids)}:${pick(ids)}`] });
  out.push(withStart('stamp', 'base'));
  out.push(withStart('stamp', pick(ids)));
  out.push({ command: 'stamp', args: [pick(ids), pick(ids)] });
  out.push({ command: 'stamp', args: [`${pick(ids)}:${pick(ids)}`, `${pick(ids)}`] });
  return out;
}
