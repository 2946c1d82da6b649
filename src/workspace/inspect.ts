import { DiagnosticError } from '../core/diagnostics.js';
import pc from 'picocolors';
import type { Revision } from '../core/ops.js';
import type { RevisionGraph } from '../graph/index.js';
import { resolveTarget, parseRange, resolveStart } from '../graph/index.js';
import type { Workspace as Context } from './workspace.js';
import { AlembicText } from './inspect-format.js';
import { makePlan } from '../pipeline/make-plan.js';

export function revisionJson(graph: RevisionGraph, r: Revision) {
  return {
    revision: r.id,
    down_revision: r.down,
    branch_labels: r.branch_labels,
    labels: graph.labelsOf(r.id),
    depends_on: r.depends_on,
    milestones: r.milestones,
    message: r.message,
    create_date: r.create_date,
    file: r.file,
    is_head: graph.heads.includes(r.id),
    is_branch_point: graph.children(r.id).length > 1,
    is_merge_point: r.down.length > 1,
    reversible: r.downgrade !== null,
  };
}

/** `heads`: as Alembic prints them (`id (labels) (head)`; --verbose: each in full). */
export function heads(ctx: Context, o: { json?: boolean; verbose?: boolean }): string {
  const g = ctx.graph();
  if (!o.json) return headsText(g, !!o.verbose);
  return (
    JSON.stringify(
      new AlembicText(g).heads().map((id) => revisionJson(g, g.get(id)!)),
      null,
      2,
    ) + '\n'
  );
}

export function headsText(g: RevisionGraph, verbose: boolean): string {
  const text = new AlembicText(g);
  return text
    .heads()
    .map((id) => g.get(id)!)
    .map((r) => (verbose ? text.entry(r) : `${text.line(r, { labels: true, tree: false })}\n`))
    .join('');
}

/** `branches`: each branch point and the revisions it branches into, as Alembic prints them. */
export function branches(ctx: Context, o: { json?: boolean; verbose?: boolean }): string {
  const g = ctx.graph();
  if (!o.json) return branchesText(g, !!o.verbose);
  const text = new AlembicText(g);
  const points = newestFirst(g).filter((r) => text.branchPoint(r.id));
  return (
    JSON.stringify(
      points.map((r) => ({ ...revisionJson(g, r), children: [...g.children(r.id)] })),
      null,
      2,
    ) + '\n'
  );
}

export function branchesText(g: RevisionGraph, verbose: boolean): string {
  const text = new AlembicText(g);
  return newestFirst(g)
    .filter((r) => text.branchPoint(r.id))
    .map((r) => text.branchPointText(r, verbose))
    .join('');
}

/**
 * Newest first, as Alembic walks a history from its heads: the order in which a downgrade from
 * the heads to base would run the revisions.
 */
function newestFirst(g: RevisionGraph): Revision[] {
  if (g.size === 0) return [];
  return makePlan(g, { direction: 'downgrade', spec: 'heads:base' }).plan.steps.map((s) => s.revision);
}

export function show(ctx: Context, spec: string, o: { json?: boolean }): string {
  const g = ctx.graph();
  const t = resolveTarget(g, spec);
  if (!t.ok) throw new DiagnosticError(1, t.diagnostics);
  const revs = t.value.ids.map((id) => g.get(id)!);
  if (o.json)
    return (
      JSON.stringify(
        revs.map((r) => ({ ...revisionJson(g, r), upgrade_ops: r.upgrade.length, downgrade_ops: r.downgrade?.length ?? null })),
        null,
        2,
      ) + '\n'
    );
  return revs.map((r) => verbose(g, r)).join('\n') + '\n';
}

/** `show`: Alembic's full entry, then what this tool adds (labels carried, milestones, date, ops). */
function verbose(g: RevisionGraph, r: Revision): string {
  const lines = [new AlembicText(g).entry(r).replace(/\n$/, '')];
  if (r.milestones.length) lines.push(`Milestones: ${r.milestones.join(', ')}`);
  lines.push(
    `Created: ${r.create_date}`,
    `Upgrade: ${r.upgrade.length} op(s); downgrade: ${r.downgrade === null ? `none (${r.irreversible ?? 'irreversible'})` : `${r.downgrade.length} op(s)`}`,
    '',
  );
  return lines.join('\n');
}

export interface HistoryOptions {
  range?: string;
  verbose?: boolean;
  json?: boolean;
  current?: readonly string[];
  graph?: boolean;
  color?: boolean;
}

/** `history`: newest first, like Alembic; -r a:b limits it; --indicate-current marks the database's heads. */
export function history(ctx: Context, o: HistoryOptions): string {
  const g = ctx.graph();
  let revs = newestFirst(g);
  if (o.range) {
    // Open ends read as Alembic reads them: `rev:` runs to the heads, `:rev` from base.
    let spec = o.range.trim();
    if (spec.endsWith(':')) spec += 'heads';
    if (spec.startsWith(':')) spec = `base${spec}`;
    const r = parseRange(spec);
    if (!r.ok) throw new DiagnosticError(1, r.diagnostics);
    const lower = r.value.from === undefined ? undefined : resolveStart(g, r.value.from);
    if (lower && !lower.ok) throw new DiagnosticError(1, lower.diagnostics);
    const upper = resolveTarget(g, r.value.to);
    if (!upper.ok) throw new DiagnosticError(1, upper.diagnostics);
    // As Alembic walks a range: the upper end and its ancestors that are the lower end or its
    // descendants (a sibling branch that merely shares an ancestor is not in the range).
    const keep = g.ancestors(upper.value.ids);
    for (const id of upper.value.ids) keep.add(id);
    if (lower?.ok && lower.value.length) {
      const from = g.descendants(lower.value);
      for (const id of lower.value) from.add(id);
      for (const id of keep) if (!from.has(id)) keep.delete(id);
    }
    revs = revs.filter((x) => keep.has(x.id));
  }
  const current = new Set(o.current ?? []);
  if (o.json)
    return (
      JSON.stringify(
        revs.map((r) => ({ ...revisionJson(g, r), is_current: current.has(r.id) })),
        null,
        2,
      ) + '\n'
    );
  if (o.graph) return historyGraph(g, revs, current, !!o.color);
  return historyText(g, revs, current, !!o.verbose);
}

export function historyText(g: RevisionGraph, revs: readonly Revision[], current: ReadonlySet<string>, verbose: boolean): string {
  const text = new AlembicText(g);
  return revs
    .map((r) =>
      verbose ? text.entry(r, { current: current.has(r.id) }) : `${text.line(r, { parents: true, labels: true, doc: true, current: current.has(r.id) })}\n`,
    )
    .join('');
}

/** `history` without a range: every revision, newest first. */
export function fullHistoryText(g: RevisionGraph, current: ReadonlySet<string>, verbose: boolean): string {
  return historyText(g, newestFirst(g), current, verbose);
}

/**
 * `history --graph`: the DAG as text, one column per open line of history,
 * newest first (the same graph the review page draws).
 */
export function historyGraph(_g: RevisionGraph, revs: readonly Revision[], current: ReadonlySet<string>, color: boolean): string {
  const c = color ? pc : { yellow: (s: string) => s, green: (s: string) => s, dim: (s: string) => s };
  const cols: (string | null)[] = [];
  const out: string[] = [];
  for (const r of revs) {
    let col = cols.indexOf(r.id);
    if (col < 0) {
      col = cols.indexOf(null);
      if (col < 0) col = cols.push(null) - 1;
    }
    const row = cols.map((x, i) => (i === col ? (current.has(r.id) ? '@' : '*') : x ? '|' : ' ')).join(' ');
    const labels = [...r.branch_labels, ...r.milestones.map((m) => `milestone:${m}`)];
    const depends = r.depends_on.length ? c.dim(` (depends on ${r.depends_on.join(', ')})`) : '';
    out.push(`${row}  ${c.yellow(r.id)}${labels.length ? ` ${c.green(`[${labels.join(', ')}]`)}` : ''} ${r.message.split('\n')[0]}${depends}`);
    const parents = r.down;
    cols[col] = parents[0] ?? null;
    for (const p of parents.slice(1)) {
      if (cols.includes(p)) continue;
      const free = cols.indexOf(null);
      if (free < 0) cols.push(p);
      else cols[free] = p;
    }
    // two open lines waiting for the same parent join here
    for (let i = 0; i < cols.length; i++) {
      for (let j = i + 1; j < cols.length; j++)
        if (cols[j] !== null && cols[j] === cols[i]) {
          out.push(
            cols
              .map((x, k) => (k === j ? '/' : x ? '|' : ' '))
              .join(' ')
              .replace(/\s+$/, ''),
          );
          cols[j] = null;
        }
    }
    while (cols.length && cols[cols.length - 1] === null) cols.pop();
  }
  return out.join('\n') + '\n';
}
