import { didYouMean } from '../core/diagnostics.js';
import { RESERVED } from './names.js';
import { byId, err, fail, ok, quoteList, type Result } from './result.js';
import type { AnyRevisionGraph } from './revision-graph.js';

/** Shortest revision-id prefix accepted in targets (Alembic's rule for partial ids). */
export const MIN_PREFIX = 4;

/** Resolution codes shared by lookup, walk and resolve. */
export const RESOLVE_CODES = {
  unknown: 'GR020', ambiguousPrefix: 'GR021', severalHeads: 'GR022', ambiguousWalk: 'GR023',
  walkedTooFar: 'GR024', notOnBranch: 'GR025', noCurrentHead: 'GR026', syntax: 'GR027',
} as const;

/** Revisions on the line of `anchor` (its descendants along down_revision) that nothing extends. */
export function lineHeads(graph: AnyRevisionGraph, anchor: string): string[] {
  const line = [anchor, ...graph.descendants(anchor, { dependencies: false })];
  return line.filter((id) => graph.children(id).length === 0).sort(byId);
}

/** Same line of history as `anchor`: equal to it, an ancestor or a descendant, along down_revision. */
export function onLine(graph: AnyRevisionGraph, id: string, anchor: string): boolean {
  return graph.related(id, anchor, { dependencies: false });
}

function unknown(graph: AnyRevisionGraph, name: string, what: string): Result<never> {
  const words = [...graph.ids, ...graph.labels, ...graph.milestoneNames, ...RESERVED];
  const near = didYouMean(name, words);
  const short = name.length < MIN_PREFIX ? `; partial revision ids need at least ${MIN_PREFIX} characters` : '';
  return fail(err(RESOLVE_CODES.unknown, `no such ${what} '${name}'${short}`, {
    hint: near !== undefined ? `did you mean '${near}'?` : 'use a revision id (or a unique prefix), a branch label, a milestone, head, heads or base',
  }));
}

/** A revision by full id or unique prefix, optionally only among `among`. */
export function revisionById(graph: AnyRevisionGraph, name: string, among?: (id: string) => boolean): Result<string> | undefined {
  if (graph.has(name)) return ok(name);
  if (name.length < MIN_PREFIX) return undefined;
  const hits = graph.ids.filter((id) => id.startsWith(name) && (!among || among(id))).sort(byId);
  if (hits.length === 0) return undefined;
  if (hits.length === 1) return ok(hits[0]!);
  return fail(err(RESOLVE_CODES.ambiguousPrefix, `several revisions start with '${name}': ${quoteList(hits)}`, {
    hint: 'type more characters of the id',
  }));
}

/** The revision a branch name stands for in `name@...`: a label's own revision, or a revision id. */
export function resolveAnchor(graph: AnyRevisionGraph, name: string): Result<string> {
  const labelled = graph.labelRevision(name);
  if (labelled !== undefined) return ok(labelled);
  return revisionById(graph, name) ?? unknown(graph, name, 'branch label or revision');
}

/** Exactly one head on `anchor`'s line, or an error naming them all. */
export function singleHead(graph: AnyRevisionGraph, anchor: string, written: string): Result<string> {
  const heads = lineHeads(graph, anchor);
  if (heads.length === 1) return ok(heads[0]!);
  return fail(err(RESOLVE_CODES.severalHeads, `'${written}' has ${heads.length} heads: ${quoteList(heads)}`, {
    hint: 'name one of them (or use heads to mean all of them)',
  }));
}

/**
 * A name without relative steps: head(s), base, a revision id or prefix, a
 * branch label (its head) or a milestone (all its revisions). With an anchor,
 * head(s) are the anchor's, and results must lie on the anchor's line.
 * Returns ids in topological order; [] means base.
 */
export function lookup(graph: AnyRevisionGraph, name: string, anchor?: { id: string; written: string }): Result<string[]> {
  const line = anchor ? (id: string) => onLine(graph, id, anchor.id) : undefined;
  if (name === 'heads') return ok(anchor ? lineHeads(graph, anchor.id) : [...graph.heads]);
  if (name === 'head') {
    if (!anchor) return ok([...graph.heads]); // project rule: several heads mean all of them
    const h = singleHead(graph, anchor.id, `${anchor.written}@head`);
    return h.ok ? ok([h.value]) : fail(...h.diagnostics);
  }
  if (name === 'base') return ok([]);
  let found: Result<string[]> | undefined;
  const labelled = graph.labelRevision(name);
  if (graph.has(name)) found = ok([name]);
  else if (labelled !== undefined) {
    const h = singleHead(graph, labelled, name);
    found = h.ok ? ok([h.value]) : fail(...h.diagnostics);
  } else if (graph.milestone(name).length > 0) {
    const all = graph.milestone(name);
    const kept = line ? all.filter(line) : all;
    if (kept.length === 0) {
      return fail(err(RESOLVE_CODES.notOnBranch, `milestone '${name}' (${quoteList(all)}) has no revision on branch '${anchor!.written}'`));
    }
    return ok(graph.sortTopo(kept));
  } else {
    const byPrefix = revisionById(graph, name, line);
    if (byPrefix === undefined) return unknown(graph, name, 'revision, branch label or milestone');
    found = byPrefix.ok ? ok([byPrefix.value]) : fail(...byPrefix.diagnostics);
  }
  if (found.ok && anchor) {
    const off = found.value.find((id) => !onLine(graph, id, anchor.id));
    if (off !== undefined) {
      return fail(err(RESOLVE_CODES.notOnBranch, `revision '${off}' is not a member of branch '${anchor.written}'`, {
        hint: `the members of '${anchor.written}' are the ancestors and descendants of '${anchor.id}' along down_revision`,
      }));
    }
  }
  return found;
}
