import type { Revision, RevisionHead } from './ops.js';

/** One statement against the version table (one row per current head). */
export type VersionAction = { kind: 'insert'; id: string } | { kind: 'update'; from: string; to: string } | { kind: 'delete'; id: string };

/** One step of a plan: a revision applied up or down, and what it does to the version table. */
export interface PlanStep<R extends RevisionHead = Revision> {
  revision: R;
  direction: 'up' | 'down';
  versions: VersionAction[];
}
