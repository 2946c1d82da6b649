/**
 * The deliberate differences from Alembic (README, "Differences from Alembic"):
 * a case where Alembic and the project disagree is accepted only when one of
 * these rules explains it.
 */
import { lineageOf } from '../../src/graph/lookup.js';
import { resolveStart } from '../../src/graph/range.js';
import type { RevisionGraph } from '../../src/graph/revision-graph.js';
import type { Outcome } from './alembic.js';
import type { GenCase } from './generate.js';

const words = (c: GenCase) => c.args.flatMap((a) => a.split(/[:,]/));

export function deliberate(graph: RevisionGraph, c: GenCase, alembic: Outcome[], ours: Outcome): string | undefined {
  const refused = alembic.every((a) => !a.ok);
  // `head` with several heads: Alembic refuses (multiple heads), the project takes every head.
  if (refused && ours.ok && words(c).includes('head') && lineageOf(graph).versionedHeads().length > 1) return '`head` means every head';
  // `a,b` in one argument: Alembic looks for a revision named "a,b"; the project reads a list.
  if (refused && ours.ok && c.args.some((a) => a.includes(','))) return 'comma-separated lists of revisions';
  // A range start that names several revisions (`heads:` with several heads): Alembic needs one.
  if (
    refused &&
    ours.ok &&
    alembic.some((a) => !a.ok && /Multiple head/.test(a.message)) &&
    c.args.some((a) => a.includes(':') && startsSeveral(graph, a.split(':')[0]!))
  ) {
    return 'a range start may name several revisions';
  }
  // An upgrade to a revision below the current heads: Alembic does nothing, the project refuses (GR040).
  if (!ours.ok && ours.message.startsWith('GR040') && alembic.some((a) => a.ok && a.out.every((e) => e[0] === 'drop'))) {
    return 'an upgrade below the current heads is refused';
  }
  // `-N` from several current heads: Alembic warns and walks from the first row it reads (the
  // database's row order decides); the project refuses (GR026) and asks for label@-N or a revision.
  if (!ours.ok && ours.message.startsWith('GR026') && c.command === 'downgrade' && /(^|:)-\d+$/.test(c.args[0]!) && (c.rows?.length ?? 0) > 1) {
    return '-N from several current heads is refused';
  }
  return undefined;
}

function startsSeveral(graph: RevisionGraph, start: string): boolean {
  const r = resolveStart(graph, start.split(','));
  return r.ok && r.value.length > 1;
}
