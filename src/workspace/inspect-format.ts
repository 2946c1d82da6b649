import type { Revision } from '../core/ops.js';
import type { RevisionGraph } from '../graph/index.js';

/**
 * Alembic's text for revisions, as its `heads`, `branches`, `history`, `current` and `show` print
 * it, so that tooling that reads those lines keeps working. The facts it prints are Alembic's:
 *
 * - a branch label belongs to the revision that declares it, every revision after it, and, when
 *   those form one unbranched line, the revisions before it up to the nearest branch point or merge
 *   (Alembic labels the whole line of history a label names);
 * - `(head)` in a one-line entry: nothing builds on the revision, through down_revision or
 *   depends_on; `(effective head)`: only depends_on does; `(head)` in a full entry (`Rev:`): no
 *   revision has it as a down_revision;
 * - `(branchpoint)`: two or more revisions have it as a down_revision; `(mergepoint)`: it has two
 *   or more down_revisions.
 *
 * Where Alembic's order comes from a Python set (the labels of a revision, the children of a branch
 * point), the text here sorts them; the revision's path is the revision file as the history names it.
 */
export class AlembicText {
  private readonly labels = new Map<string, Set<string>>();

  constructor(private readonly g: RevisionGraph) {
    for (const r of g.order) {
      if (r.branch_labels.length === 0) continue;
      const line = [...g.descendants(r.id, { dependencies: false })];
      for (const id of [r.id, ...line]) this.addLabels(id, r.branch_labels);
      // One unbranched line below the label: Alembic also labels the revisions before it.
      const members = [r.id, ...line];
      if (members.some((id) => this.realBranchPoint(id) || this.mergePoint(id))) continue;
      for (let up = g.parents(r.id)[0]; up !== undefined; up = g.parents(up)[0]) {
        if (this.realBranchPoint(up) || this.mergePoint(up)) break;
        this.addLabels(up, r.branch_labels);
      }
    }
  }

  /** The labels Alembic shows for a revision, sorted. */
  labelsOf(id: string): string[] {
    return [...(this.labels.get(id) ?? [])].sort();
  }

  /** Alembic's `get_heads()`: the revisions no down_revision names, in id order. */
  heads(): string[] {
    return this.g.ids.filter((id) => this.g.children(id).length === 0).sort();
  }

  /**
   * What Alembic's `current` lists for the database's version rows: every revision they imply
   * (ancestors through down_revision and depends_on) that no other implied revision builds on through
   * down_revision; so a revision that a row depends on is listed beside it. Sorted by id.
   */
  current(rows: readonly string[]): string[] {
    const implied = this.g.ancestors(rows);
    for (const id of rows) implied.add(id);
    // The implied set holds every ancestor of its members, so a revision with a later one in the
    // set (through down_revision) has a child in it: looking at the children is enough.
    return [...implied].filter((id) => !this.g.children(id).some((c) => implied.has(c))).sort();
  }

  /**
   * What `current` prints for the version rows (every one known): a line each, or with `database`
   * (--verbose) a header naming it and each revision's full entry.
   */
  currentText(rows: readonly string[], database?: string): string {
    const revs = this.current(rows).map((id) => this.g.get(id)!);
    if (database === undefined) return revs.map((r) => `${this.line(r)}\n`).join('');
    return `Current revision(s) for ${database}:\n${revs.map((r) => this.entry(r)).join('')}`;
  }

  /** A one-line entry: `[parents -> ]id[ (labels)][ (head)][ (current)][ (branchpoint)][ (mergepoint)][, message]`. */
  line(r: Revision, o: { parents?: boolean; labels?: boolean; doc?: boolean; tree?: boolean; current?: boolean } = {}): string {
    let text = r.id;
    if (o.parents) {
      const down = r.down.length ? r.down.join(', ') : '<base>';
      text = r.depends_on.length ? `${down} (${r.depends_on.join(', ')}) -> ${text}` : `${down} -> ${text}`;
    }
    const labels = this.labelsOf(r.id);
    if (o.labels && labels.length) text += ` (${labels.join(', ')})`;
    if (this.realHead(r.id)) text += ' (head)';
    else if (this.versionedHead(r.id)) text += ' (effective head)';
    if (o.current) text += ' (current)';
    if (o.tree !== false) {
      if (this.branchPoint(r.id)) text += ' (branchpoint)';
      if (this.mergePoint(r.id)) text += ' (mergepoint)';
    }
    if (o.doc) text += `, ${firstLine(r.message)}`;
    return text;
  }

  /** A full entry (`Rev: ...` down to the indented message), ending with a blank line. */
  entry(r: Revision, o: { current?: boolean } = {}): string {
    const g = this.g;
    const tags = `${this.versionedHead(r.id) ? ' (head)' : ''}${this.branchPoint(r.id) ? ' (branchpoint)' : ''}${this.mergePoint(r.id) ? ' (mergepoint)' : ''}${o.current ? ' (current)' : ''}`;
    const lines = [`Rev: ${r.id}${tags}`];
    const down = r.down.length ? r.down.join(', ') : '<base>';
    lines.push(this.mergePoint(r.id) ? `Merges: ${down}` : `Parent: ${down}`);
    if (r.depends_on.length) lines.push(`Also depends on: ${r.depends_on.join(', ')}`);
    if (this.branchPoint(r.id)) lines.push(`Branches into: ${[...g.children(r.id)].sort().join(', ')}`);
    const labels = this.labelsOf(r.id);
    if (labels.length) lines.push(`Branch names: ${labels.join(', ')}`);
    lines.push(`Path: ${r.file}`, '', ...r.message.split('\n').map((l) => `    ${l}`), '');
    return lines.join('\n') + '\n';
  }

  /** What `branches` prints for one branch point: the point, then each child under it. */
  branchPointText(r: Revision, verbose: boolean): string {
    const head = verbose ? this.entry(r) : `${this.line(r, { labels: true })}\n`;
    const pad = ' '.repeat(r.id.length);
    const kids = [...this.g.children(r.id)].sort().map((id) => `${pad} -> ${this.line(this.g.get(id)!, { labels: true, doc: verbose })}`);
    return `${head}${kids.join('\n')}\n\n`;
  }

  branchPoint(id: string): boolean {
    return this.g.children(id).length > 1;
  }

  private mergePoint(id: string): boolean {
    return this.g.parents(id).length > 1;
  }

  /** Nothing builds on it through down_revision. */
  private versionedHead(id: string): boolean {
    return this.g.children(id).length === 0;
  }

  /** Nothing builds on it at all. */
  private realHead(id: string): boolean {
    return this.g.children(id).length === 0 && this.g.dependents(id).length === 0;
  }

  /** Two or more revisions build on it, through down_revision or depends_on. */
  private realBranchPoint(id: string): boolean {
    return new Set([...this.g.children(id), ...this.g.dependents(id)]).size > 1;
  }

  private addLabels(id: string, labels: readonly string[]): void {
    let set = this.labels.get(id);
    if (!set) this.labels.set(id, (set = new Set()));
    for (const l of labels) set.add(l);
  }
}

/** Alembic's `doc`: the message's first paragraph. */
function firstLine(message: string): string {
  return message.split('\n\n')[0]!;
}
