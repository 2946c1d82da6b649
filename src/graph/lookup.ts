import { didYouMean } from '../core/diagnostics.js';
import { Lineage } from './lineage.js';
import { RESERVED } from './names.js';
import { err, fail, ok, quoteList, type Result } from './result.js';
import type { AnyRevisionGraph } from './revision-graph.js';

/**
 * Prefix matching, as Alembic does it: a partial id matches the revision ids
 * and branch labels longer than this many characters that start with it. The
 * prefix itself may be of any length as long as it is unique.
 */
export const PREFIX_MATCHES_LONGER_THAN = 3;

/** Resolution codes shared by lookup, walk and resolve. */
export const RESOLVE_CODES = {
  unknown: 'GR020',
  ambiguousPrefix: 'GR021',
  severalHeads: 'GR022',
  ambiguousWalk: 'GR023',
  walkedTooFar: 'GR024',
  notOnBranch: 'GR025',
  noCurrentHead: 'GR026',
  syntax: 'GR027',
} as const;

const lineages = new WeakMap<AnyRevisionGraph, Lineage>();

/** The graph's Lineage, made once per graph. */
export function lineageOf(graph: AnyRevisionGraph): Lineage {
  let l = lineages.get(graph);
  if (!l) lineages.set(graph, (l = new Lineage(graph)));
  return l;
}

/** Same line of history as `anchor`: equal to it, an ancestor or a descendant, along down_revision. */
export function onLine(graph: AnyRevisionGraph, id: string, anchor: string): boolean {
  return graph.related(id, anchor, { dependencies: false });
}

function unknown(graph: AnyRevisionGraph, name: string, what: string): Result<never> {
  const words = [...graph.ids, ...graph.labels, ...graph.milestoneNames, ...RESERVED];
  const near = didYouMean(name, words);
  const short =
    name.length <= PREFIX_MATCHES_LONGER_THAN ? `; a partial id matches only ids and labels longer than ${PREFIX_MATCHES_LONGER_THAN} characters` : '';
  return fail(
    err(RESOLVE_CODES.unknown, `no such ${what} '${name}'${short}`, {
      hint: near !== undefined ? `did you mean '${near}'?` : 'use a revision id (or a unique prefix), a branch label, a milestone, head, heads or base',
    }),
  );
}

/** An exact revision id or branch label (the revision that declares it). */
export function exact(graph: AnyRevisionGraph, name: string): string | undefined {
  if (graph.has(name)) return name;
  return graph.labelRevision(name);
}

/** A branch given before `@`: an id or label (its own revision), else a unique prefix. */
export function resolveBranch(graph: AnyRevisionGraph, name: string): Result<string> {
  const e = exact(graph, name);
  if (e !== undefined) return ok(e);
  const r = byPrefix(graph, name);
  if (r === undefined) return unknown(graph, name, 'branch label or revision');
  return r;
}

/** A unique prefix of the ids and labels longer than three characters, optionally only among those on `branch`'s line. */
function byPrefix(graph: AnyRevisionGraph, name: string, branch?: string): Result<string> | undefined {
  if (name === '') return undefined;
  const keys = [...graph.ids, ...graph.labels].filter((k) => k.length > PREFIX_MATCHES_LONGER_THAN && k.startsWith(name));
  const hits = branch === undefined ? keys : keys.filter((k) => onLine(graph, exact(graph, k)!, branch));
  if (hits.length === 0) return undefined;
  if (hits.length === 1) return ok(exact(graph, hits[0]!)!);
  return fail(
    err(RESOLVE_CODES.ambiguousPrefix, `several revisions start with '${name}': ${quoteList([...hits].sort())}`, {
      hint: 'type more characters of the id',
    }),
  );
}

/**
 * One name, the way Alembic looks a revision up: an exact id or branch label
 * (the label's own revision), else a milestone (the project's addition: every
 * revision carrying it), else a unique prefix. With `branch` (written `branch@name`),
 * the result must lie on the line of the branch's revision.
 */
export function revisionFor(graph: AnyRevisionGraph, name: string, branch?: { id: string; written: string }): Result<string[]> {
  let found: string[];
  const e = exact(graph, name);
  if (e !== undefined) found = [e];
  else if (graph.milestone(name).length > 0) {
    const all = graph.milestone(name);
    if (!branch) return ok(graph.sortTopo(all));
    const kept = all.filter((id) => onLine(graph, id, branch.id));
    if (kept.length === 0) return fail(err(RESOLVE_CODES.notOnBranch, `milestone '${name}' (${quoteList(all)}) has no revision on branch '${branch.written}'`));
    return ok(graph.sortTopo(kept));
  } else {
    const r = byPrefix(graph, name, branch?.id);
    if (r === undefined) return unknown(graph, name, 'revision, branch label or milestone');
    if (!r.ok) return r;
    found = [r.value];
  }
  if (branch && !onLine(graph, found[0]!, branch.id)) {
    return fail(
      err(RESOLVE_CODES.notOnBranch, `revision '${found[0]}' is not a member of branch '${branch.written}'`, {
        hint: `the members of '${branch.written}' are the ancestors and descendants of '${branch.id}' along down_revision`,
      }),
    );
  }
  return ok(found);
}

/** Exactly one of `heads`, or an error naming them all. */
export function single(heads: readonly string[], written: string): Result<string[]> {
  if (heads.length <= 1) return ok([...heads]);
  return fail(
    err(RESOLVE_CODES.severalHeads, `'${written}' has ${heads.length} heads: ${quoteList(heads)}`, {
      hint: 'name one of them (or use heads to mean all of them)',
    }),
  );
}

/**
 * An absolute target (no relative steps), as Alembic reads one: `heads` (the
 * heads nothing builds on; with `branch@`, the branch's heads along
 * down_revision), `head` (with `branch@`, its single head; bare, the project
 * takes every head), `base` (nothing), else a name for revisionFor.
 * Returns ids; [] means base.
 */
export function absolute(graph: AnyRevisionGraph, text: string): Result<string[]> {
  const at = text.indexOf('@');
  const name = at < 0 ? text : text.slice(at + 1);
  let branch: { id: string; written: string } | undefined;
  if (at >= 0) {
    const written = text.slice(0, at);
    if (written === '')
      return fail(
        err(RESOLVE_CODES.syntax, `cannot read target '${text}': nothing before '@'`, { hint: 'write label@head, label@base, label@rev or label@+N' }),
      );
    const b = resolveBranch(graph, written);
    if (!b.ok) return b;
    branch = { id: b.value, written };
  }
  const L = lineageOf(graph);
  if (name === 'heads') return ok(branch ? L.versionedHeads().filter((h) => onLine(graph, h, branch!.id)) : [...graph.heads]);
  if (name === 'head') {
    if (!branch) return ok([...graph.heads]); // project rule: several heads mean all of them
    return single(
      L.versionedHeads().filter((h) => onLine(graph, h, branch!.id)),
      text,
    );
  }
  if (name === 'base') return ok([]);
  if (name === '')
    return fail(err(RESOLVE_CODES.syntax, `cannot read target '${text}': nothing after '@'`, { hint: 'write label@head, label@base, label@rev or label@+N' }));
  return revisionFor(graph, name, branch);
}
