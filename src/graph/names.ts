import type { Diagnostic } from '../core/diagnostics.js';
import type { RevisionHead } from '../core/ops.js';
import type { SourceRef } from '../core/source.js';
import { byId, err, quoteList } from './result.js';
import type { AnyRevisionGraph } from './revision-graph.js';

/** Words with a fixed meaning in targets; no revision, label or milestone may take them. */
export const RESERVED = ['head', 'heads', 'base'] as const;
/** Characters the target grammar uses as separators (label@rev, rev+1, a,b:c). */
const SEPARATORS = /[@:+\-,\s]/;

const at = (file: string, field: string): SourceRef => ({ file, path: [field] });

function checkName(kind: string, name: string, file: string, field: string, diagnostics: Diagnostic[]): boolean {
  const reserved = (RESERVED as readonly string[]).includes(name);
  if (!reserved && name !== '' && !SEPARATORS.test(name)) return true;
  diagnostics.push(
    err(
      'GR009',
      reserved
        ? `${kind} '${name}' in ${file} is a reserved word (${RESERVED.join(', ')} have a fixed meaning in targets)`
        : `${kind} '${name}' in ${file} contains a character the target syntax reserves (@ : + - , or a space)`,
      {
        at: at(file, field),
        hint: 'pick a name made of letters, digits and underscores',
      },
    ),
  );
  return false;
}

/**
 * Indexes branch labels and milestones, reporting names that clash with each
 * other or with revision ids. `revs` must be sorted by id so that the first
 * declaration of a label is always the same one.
 */
export function collectNames(
  revs: readonly RevisionHead[],
  byRevId: Map<string, RevisionHead>,
  diagnostics: Diagnostic[],
): {
  labels: Map<string, string>;
  milestones: Map<string, string[]>;
} {
  const labels = new Map<string, string>();
  const milestones = new Map<string, string[]>();
  for (const r of revs) checkName('revision id', r.id, r.file, 'revision', diagnostics);
  for (const r of revs) {
    for (const label of new Set(r.branch_labels)) {
      if (!checkName('branch label', label, r.file, 'branch_labels', diagnostics)) continue;
      const owner = byRevId.get(label);
      const first = labels.get(label);
      if (owner) {
        diagnostics.push(
          err('GR006', `branch label '${label}' of revision '${r.id}' (${r.file}) is also the id of a revision (${owner.file})`, {
            at: at(r.file, 'branch_labels'),
            hint: 'a label must not shadow a revision id; rename the label',
            related: [{ message: `revision '${label}' is defined here`, at: at(owner.file, 'revision') }],
          }),
        );
      } else if (first !== undefined) {
        const firstFile = byRevId.get(first)!.file;
        diagnostics.push(
          err('GR005', `branch label '${label}' is declared by two revisions: '${first}' (${firstFile}) and '${r.id}' (${r.file})`, {
            at: at(r.file, 'branch_labels'),
            hint: 'a label names one branch; declare it on the first revision of that branch only (its descendants inherit it)',
            related: [{ message: `'${label}' is first declared on '${first}'`, at: at(firstFile, 'branch_labels') }],
          }),
        );
      } else labels.set(label, r.id);
    }
  }
  for (const r of revs) {
    for (const m of new Set(r.milestones)) {
      if (!checkName('milestone', m, r.file, 'milestones', diagnostics)) continue;
      const owner = byRevId.get(m);
      const labelOwner = labels.get(m);
      if (owner && owner !== r) {
        diagnostics.push(
          err('GR007', `milestone '${m}' on revision '${r.id}' (${r.file}) is also the id of a revision (${owner.file})`, {
            at: at(r.file, 'milestones'),
            hint: 'a milestone must not shadow a revision id; rename the milestone',
            related: [{ message: `revision '${m}' is defined here`, at: at(owner.file, 'revision') }],
          }),
        );
        continue;
      }
      if (labelOwner !== undefined) {
        const lf = byRevId.get(labelOwner)!.file;
        diagnostics.push(
          err('GR008', `milestone '${m}' on revision '${r.id}' (${r.file}) is also a branch label of '${labelOwner}' (${lf})`, {
            at: at(r.file, 'milestones'),
            hint: 'targets could not tell them apart; rename one of them',
            related: [{ message: `branch label '${m}' is declared here`, at: at(lf, 'branch_labels') }],
          }),
        );
        continue;
      }
      const list = milestones.get(m);
      if (list) list.push(r.id);
      else milestones.set(m, [r.id]);
    }
  }
  for (const list of milestones.values()) list.sort(byId);
  return { labels, milestones };
}

/** A milestone marks one point per line of history: two of its revisions must not be ancestor and descendant. */
export function checkMilestoneLines(graph: AnyRevisionGraph, diagnostics: Diagnostic[]): void {
  for (const m of graph.milestoneNames) {
    const ids = graph.milestone(m);
    for (const a of ids) {
      for (const b of ids) {
        if (!graph.isAncestor(a, b)) continue;
        const fa = graph.get(a)!.file;
        const fb = graph.get(b)!.file;
        diagnostics.push(
          err('GR010', `milestone '${m}' is on both '${a}' (${fa}) and its descendant '${b}' (${fb})`, {
            at: at(fb, 'milestones'),
            hint: `a milestone marks one revision per branch; keep it on one of ${quoteList([a, b])}`,
            related: [{ message: `'${m}' is also on '${a}'`, at: at(fa, 'milestones') }],
          }),
        );
      }
    }
  }
}
