import { absolute, lineageOf, onLine, resolveBranch, RESOLVE_CODES, single } from './lookup.js';
import { err, fail, ok, quoteList, type Result } from './result.js';
import type { AnyRevisionGraph } from './revision-graph.js';
import { BELOW_BASES, walk, walkedTooFar, type Position } from './walk.js';

export { RESOLVE_CODES } from './lookup.js';

/** A destination for upgrade, downgrade or stamp. */
export interface Target {
  /** The text as written. */
  spec: string;
  /** The revisions, in topological order; empty means base. */
  ids: string[];
  /**
   * The revision of the branch the move is limited to, from
   * `label@...` (the label's own revision, or the named revision) or, for `-N`
   * without a label, the current head the walk starts from. When the
   * destination has several children, only those on this revision's line are
   * taken down.
   */
  lineage?: string;
}

export interface ResolveContext {
  /** The current heads (version table rows): `+N`, `-N`, `label@+N` and `label@-N` count from them. */
  current?: readonly string[];
  /** How a downgrade reads its destination differs from an upgrade (and every other command): see resolveTarget. */
  direction?: 'up' | 'down';
}

const RELATIVE = /^(?:(.+?)@)?(\w+)?([+-]\d+)$/;

/**
 * Resolves a target with Alembic's rules.
 *
 * Names: `heads` (every head), `head` (project rule: every head), `base`, an
 * exact revision id or branch label (the revision that declares the label),
 * a milestone (every revision carrying it), else a unique prefix of the ids
 * and labels longer than three characters. `label@head` (the label's single
 * head along down_revision), `label@heads`, `label@base`, `label@rev` (rev on
 * the label's line). Relative: `+N`, `label@+N` (from the current head on the
 * label's line, or where the branch would start), `rev+N`, `label@rev+N`,
 * `rev-N`; downgrades also `-N` and `label@-N` (from the current head).
 * Comma-separated lists (a project addition) resolve each part.
 *
 * A downgrade reads `label@rev` as `rev` looked up alone, limited to `label`'s
 * branch when the destination has several children (Alembic's reading).
 */
export function resolveTarget(graph: AnyRevisionGraph, spec: string, ctx: ResolveContext = {}): Result<Target> {
  const text = spec.trim();
  if (text === '') return fail(err(RESOLVE_CODES.syntax, 'empty target', { hint: 'give a revision, a label, a milestone, head, heads or base' }));
  if (text.includes(',')) {
    const ids: string[] = [];
    for (const part of text.split(',')) {
      const r = resolveTarget(graph, part, ctx);
      if (!r.ok) return r;
      ids.push(...r.value.ids);
    }
    return ok({ spec, ids: graph.sortTopo(ids) });
  }
  const rel = RELATIVE.exec(text);
  if (rel) {
    const [, label, symbol, n] = rel;
    if (label === '') return syntax(spec);
    return ctx.direction === 'down'
      ? relativeDown(graph, spec, label, symbol, Number(n), ctx.current ?? [])
      : relativeUp(graph, spec, label, symbol, Number(n), ctx.current ?? []);
  }
  if (ctx.direction === 'down') {
    const at = text.lastIndexOf('@');
    const label = at < 0 ? undefined : text.slice(0, at);
    // Alembic looks the name after the last '@' up alone: `head` is then the one head of the whole history
    const name = at < 0 ? text : text.slice(at + 1);
    // a milestone (the project's addition) may stand for several revisions, one per branch
    const many = graph.milestone(name).length > 1 && !graph.has(name) && graph.labelRevision(name) === undefined;
    if (many) {
      const m = absolute(graph, name);
      if (!m.ok) return m;
      const lineage = label === undefined ? ok(undefined) : resolveBranch(graph, label);
      if (!lineage.ok) return lineage;
      return ok({ spec, ids: m.value, ...(lineage.value !== undefined ? { lineage: lineage.value } : {}) });
    }
    const r = name === 'head' ? headOfAll(graph, text) : one(graph, name);
    if (!r.ok) return r;
    const lineage = label === undefined ? ok(undefined) : label === '' ? syntax(spec) : resolveBranch(graph, label);
    if (!lineage.ok) return lineage;
    return ok({ spec, ids: r.value === null ? [] : [r.value], ...(lineage.value !== undefined ? { lineage: lineage.value } : {}) });
  }
  const r = absolute(graph, text);
  if (!r.ok) return r;
  // the branch of `label@...` (stamp keeps the rows on its line)
  const at = text.indexOf('@');
  const branch = at > 0 ? resolveBranch(graph, text.slice(0, at)) : undefined;
  // ids in the order Alembic lists them (heads in map order): a stamp inserts them in that order
  return ok({ spec, ids: r.value, ...(branch?.ok ? { lineage: branch.value } : {}) }, r.diagnostics);
}

/** Resolves a target that must name exactly one revision (or base, giving null). */
export function resolveOne(graph: AnyRevisionGraph, spec: string, ctx: ResolveContext = {}): Result<string | null> {
  const r = resolveTarget(graph, spec, ctx);
  if (!r.ok) return r;
  if (r.value.ids.length <= 1) return ok(r.value.ids[0] ?? null);
  return fail(
    err(RESOLVE_CODES.severalHeads, `'${spec}' names ${r.value.ids.length} revisions: ${quoteList(r.value.ids)}`, {
      hint: 'name a single revision here',
    }),
  );
}

/** An absolute name that must stand for one revision (null for base). */
function one(graph: AnyRevisionGraph, text: string): Result<string | null> {
  const r = absolute(graph, text);
  if (!r.ok) return r;
  if (r.value.length <= 1) return ok(r.value[0] ?? null);
  return fail(
    err(RESOLVE_CODES.severalHeads, `'${text}' names ${r.value.length} revisions: ${quoteList(r.value)}`, {
      hint: 'name a single revision here (e.g. label@head, or a revision id)',
    }),
  );
}

/** The single head of the history along down_revision (a revision that others only depend on counts), or an error naming them. */
function headOfAll(graph: AnyRevisionGraph, written: string): Result<string | null> {
  const r = single(lineageOf(graph).versionedHeads(), written);
  return r.ok ? ok(r.value[0] ?? null) : r;
}

function syntax(spec: string): Result<never> {
  return fail(
    err(RESOLVE_CODES.syntax, `cannot read target '${spec}'`, {
      hint: 'forms: rev, label, milestone, head, heads, base, label@head, label@rev, +N, -N, rev+N, label@+N',
    }),
  );
}

function target(spec: string, at: Position, lineage?: string): Result<Target> {
  return ok({ spec, ids: at === null || at === BELOW_BASES ? [] : [at], ...(lineage !== undefined ? { lineage } : {}) });
}

function upgradeBelowBase(spec: string): Result<never> {
  return fail(err(RESOLVE_CODES.walkedTooFar, `relative revision '${spec}' goes below the bottom of the history`, { hint: 'use base, or fewer steps' }));
}

function relativeUp(
  graph: AnyRevisionGraph,
  spec: string,
  label: string | undefined,
  symbol: string | undefined,
  n: number,
  current: readonly string[],
): Result<Target> {
  let branch: string | undefined;
  if (label !== undefined) {
    const b = resolveBranch(graph, label);
    if (!b.ok) return b;
    branch = b.value;
  }
  if (n > 0 && symbol === undefined) {
    let starts: (string | null)[] = current.length > 0 ? [...current] : [null];
    if (branch !== undefined) {
      const line = branch;
      starts = current.filter((id) => graph.has(id) && onLine(graph, id, line));
      if (starts.length === 0) {
        // Not on the branch yet: start where its line is applied up to (the fork point), or from base.
        const L = lineageOf(graph);
        const active = [...L.withAncestors(current.filter((id) => graph.has(id)))].filter((id) => onLine(graph, id, line));
        const covered = new Set(active.flatMap((id) => L.downOf(id)));
        starts = active.filter((id) => !covered.has(id));
        if (starts.length === 0) starts = [null];
      }
    }
    if (starts.length > 1) {
      return fail(
        err(
          RESOLVE_CODES.noCurrentHead,
          `'${spec}' is ambiguous: it would start from several current revisions (${quoteList([...(starts as string[])].sort())})`,
          {
            hint: label === undefined ? `say which branch to move, e.g. expand@+${n}, or give a revision id` : 'give a revision id instead',
          },
        ),
      );
    }
    const w = walk(graph, starts[0]!, n, spec, branch);
    if (!w.ok) return w;
    if (w.value === undefined) return walkedTooFar(spec, n);
    return target(spec, w.value);
  }
  if (n <= 0 && symbol === undefined) {
    return fail(err(RESOLVE_CODES.syntax, `'${spec}' goes down: an upgrade moves up (+N)`, { hint: `downgrade ${spec}` }));
  }
  const start = one(graph, n > 0 || label === undefined ? symbol! : `${label}@${symbol}`);
  if (!start.ok) return start;
  const w = walk(graph, start.value, n, spec, n > 0 ? branch : undefined);
  if (!w.ok) return w;
  if (w.value === undefined) return walkedTooFar(spec, n);
  if (w.value === BELOW_BASES) return upgradeBelowBase(spec);
  return target(spec, w.value);
}

function relativeDown(
  graph: AnyRevisionGraph,
  spec: string,
  label: string | undefined,
  symbol: string | undefined,
  n: number,
  current: readonly string[],
): Result<Target> {
  let branch: string | undefined;
  if (label !== undefined) {
    const b = resolveBranch(graph, label);
    if (!b.ok) return b;
    branch = b.value;
  }
  if (n >= 0) {
    if (symbol === undefined) return fail(err(RESOLVE_CODES.syntax, `'${spec}' goes up: a downgrade moves down (-N)`, { hint: `upgrade ${spec}` }));
    const start = one(graph, symbol);
    if (!start.ok) return start;
    const w = walk(graph, start.value, n, spec, branch);
    if (!w.ok) return w;
    if (w.value === undefined) return walkedTooFar(spec, n);
    return target(spec, w.value, branch);
  }
  let from: string | undefined = symbol;
  if (symbol === undefined) {
    const rows = current.filter((id) => graph.has(id));
    if (branch !== undefined) {
      const line = branch;
      let mine = rows.filter((id) => onLine(graph, id, line));
      if (mine.length === 0) {
        // The branch may be applied but implied by another head (through depends_on): its newest applied revision.
        const all = [...lineageOf(graph).withAncestors(rows)];
        const tips = all.filter((id) => !all.some((o) => o !== id && graph.isAncestor(id, o, { dependencies: false })));
        mine = tips.filter((id) => onLine(graph, id, line));
      }
      if (mine.length !== 1) {
        return fail(
          err(
            RESOLVE_CODES.noCurrentHead,
            mine.length === 0
              ? `'${spec}': nothing on branch '${label}' is applied`
              : `'${spec}' is ambiguous: branch '${label}' has several current heads (${quoteList([...mine].sort())})`,
            {
              hint: 'give a revision id instead',
            },
          ),
        );
      }
      from = mine[0]!;
    } else {
      if (rows.length === 0) return walkedTooFar(spec, n, `didn't produce ${-n} migration${n === -1 ? '' : 's'}: nothing is applied`);
      if (rows.length > 1) {
        return fail(
          err(RESOLVE_CODES.noCurrentHead, `'${spec}' is ambiguous: there are several current heads (${quoteList([...rows].sort())})`, {
            hint: `say which branch to move, e.g. expand@-${-n}, or give a revision id`,
          }),
        );
      }
      from = rows[0]!;
      branch = from;
      label = from;
    }
  }
  const start = one(graph, label === undefined ? from! : `${label}@${from}`);
  if (!start.ok) return start;
  const w = walk(graph, start.value, n, spec);
  if (!w.ok) return w;
  if (w.value === undefined) return walkedTooFar(spec, n);
  return target(spec, w.value, branch);
}
