/**
 * The deliberate differences from Alembic (README, "Differences from Alembic"):
 * a case where Alembic and the project disagree is accepted only when one of
 * these rules explains it.
 */
import type { RevisionGraph } from '../../src/graph/revision-graph.js';
import type { Outcome } from './alembic.js';
import type { GenCase } from './generate.js';

const words = (c: GenCase) => c.args.flatMap((a) => a.split(/[:,]/));

export function deliberate(graph: RevisionGraph, c: GenCase, alembic: Outcome[], ours: Outcome): string | undefined {
  const refused = alembic.every((a) => !a.ok);
  // `head` with several heads: Alembic refuses (multiple heads), the project takes every head.
  if (refused && ours.ok && words(c).includes('head') && graph.heads.length > 1) return '`head` means every head';
  // `a,b` in one argument: Alembic looks for a revision named "a,b"; the project reads a list.
  if (refused && ours.ok && c.args.some((a) => a.includes(','))) return 'comma-separated lists of revisions';
  return undefined;
}
