import { lookup, onLine, resolveAnchor, RESOLVE_CODES } from './lookup.js';
import { err, fail, ok, quoteList, type Result } from './result.js';
import type { AnyRevisionGraph } from './revision-graph.js';
import { walk } from './walk.js';

export { RESOLVE_CODES } from './lookup.js';

/** A destination for upgrade, downgrade or stamp. */
export interface Target {
  /** The text as written. */
  spec: string;
  /** The revisions, in topological order; empty means base. */
  ids: string[];
  /**
   * The revision whose line of history the move is limited to: set by
   * `name@...` forms (a label's own revision, or the named revision) and by
   * relative steps from the current head. Downgrades use it to leave other
   * branches alone.
   */
  lineage?: string;
}

export interface ResolveContext {
  /** The current heads (version table rows): `+N`, `-N`, `label@+N` and `label@-N` count from them. */
  current?: readonly string[];
}

const RELATIVE = /^(?:([^@]*)@)?([^@+-]*)([+-])(\d+)$/;

/**
 * Resolves a target with Alembic's grammar: heads, head, base, ids, unique
 * prefixes, branch labels (their head), milestones (all their revisions),
 * label@head, label@heads, label@base, label@rev, +N, -N, rev+N, rev-N,
 * label@+N, label@-N, label@rev±N, and comma-separated lists of these.
 * `head` with several heads means all of them; `label@head` must be unique.
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
  if (rel) return relative(graph, spec, rel[1], rel[2] || undefined, Number(rel[3] + rel[4]), ctx);
  const atSign = text.indexOf('@');
  if (atSign < 0) {
    const r = lookup(graph, text);
    return r.ok ? ok({ spec, ids: r.value }) : r;
  }
  const name = text.slice(0, atSign);
  const rest = text.slice(atSign + 1);
  if (name === '' || rest === '' || rest.includes('@')) return syntax(spec);
  const anchor = resolveAnchor(graph, name);
  if (!anchor.ok) return anchor;
  const r = lookup(graph, rest, { id: anchor.value, written: name });
  return r.ok ? ok({ spec, ids: r.value, lineage: anchor.value }) : r;
}

/** Resolves a target that must name exactly one revision (or base, giving null). */
export function resolveOne(graph: AnyRevisionGraph, spec: string, ctx: ResolveContext = {}): Result<string | null> {
  const r = resolveTarget(graph, spec, ctx);
  if (!r.ok) return r;
  if (r.value.ids.length <= 1) return ok(r.value.ids[0] ?? null);
  return fail(err(RESOLVE_CODES.severalHeads, `'${spec}' names ${r.value.ids.length} revisions: ${quoteList(r.value.ids)}`, {
    hint: 'name a single revision here',
  }));
}

function syntax(spec: string): Result<never> {
  return fail(err(RESOLVE_CODES.syntax, `cannot read target '${spec}'`, {
    hint: 'forms: rev, label, milestone, head, heads, base, label@head, label@rev, +N, -N, rev+N, label@+N',
  }));
}

function relative(graph: AnyRevisionGraph, spec: string, name: string | undefined, sym: string | undefined, steps: number, ctx: ResolveContext): Result<Target> {
  let line: string | undefined;
  if (name !== undefined) {
    if (name === '') return syntax(spec);
    const a = resolveAnchor(graph, name);
    if (!a.ok) return a;
    line = a.value;
  }
  let start: string | null;
  if (sym !== undefined) {
    const r = lookup(graph, sym, line !== undefined ? { id: line, written: name! } : undefined);
    if (!r.ok) return r;
    if (r.value.length > 1) {
      return fail(err(RESOLVE_CODES.ambiguousWalk, `Ambiguous walk for '${spec}': '${sym}' names ${r.value.length} revisions: ${quoteList(r.value)}`, {
        hint: 'start the relative step from a single revision (e.g. label@head-1)',
      }));
    }
    start = r.value[0] ?? null;
  } else {
    const s = currentStart(graph, spec, steps, line, name, ctx.current ?? []);
    if (!s.ok) return s;
    start = s.value;
    // like Alembic, a relative step from the current head stays on that head's line
    if (line === undefined && start !== null) line = start;
  }
  const w = walk(graph, start, steps, spec, steps > 0 ? line : undefined);
  if (!w.ok) return w;
  return ok({ spec, ids: w.value === null ? [] : [w.value], ...(line !== undefined ? { lineage: line } : {}) });
}

/** The current revision a `+N`/`-N` (optionally `label@`) counts from; null = base. */
function currentStart(graph: AnyRevisionGraph, spec: string, steps: number, line: string | undefined, name: string | undefined, current: readonly string[]): Result<string | null> {
  let cands = [...new Set(current)].filter((id) => graph.has(id));
  if (line !== undefined) {
    cands = cands.filter((id) => onLine(graph, id, line));
    if (cands.length === 0) {
      // No row on this branch. Up: start from the newest applied revision on its
      // line (the fork point if the branch has not started). Down: the branch may
      // be applied but implied by another head through depends_on; start from its
      // newest applied revision, if any.
      const applied = [...new Set([...current, ...graph.ancestors(current)])].filter((id) => graph.has(id));
      const tips = (ids: string[]) => {
        const covered = new Set(ids.flatMap((id) => graph.parents(id)));
        return ids.filter((id) => !covered.has(id));
      };
      const mine = (ids: string[]) => ids.filter((id) => onLine(graph, id, line));
      cands = steps > 0 ? tips(mine(applied)) : mine(tips(applied));
    }
  }
  if (cands.length > 1) {
    return fail(err(RESOLVE_CODES.noCurrentHead, `'${spec}' is ambiguous: there are several current heads (${quoteList(cands.sort())})`, {
      hint: name === undefined ? `say which branch to move, e.g. expand@${steps > 0 ? '+' : '-'}${Math.abs(steps)}, or give a revision id` : 'give a revision id instead',
    }));
  }
  if (cands.length === 0) {
    if (steps > 0) return ok(null);
    return fail(err(RESOLVE_CODES.walkedTooFar, `relative revision '${spec}' didn't produce ${-steps} migrations: nothing${name !== undefined ? ` on '${name}'` : ''} is applied`));
  }
  return ok(cands[0]!);
}
