import { didYouMean, type Diagnostic } from '../core/diagnostics.js';
import type { RevisionHead } from '../core/ops.js';
import type { SourceRef } from '../core/source.js';
import { checkMilestoneLines, collectNames } from './names.js';
import { byId, err } from './result.js';
import { RevisionGraph } from './revision-graph.js';
import { findCycles, topoSort } from './topo.js';

export { RevisionGraph } from './revision-graph.js';
export type { AnyRevisionGraph, Walk } from './revision-graph.js';

/**
 * Graph diagnostic codes.
 * GR001 duplicate revision id          GR006 branch label equal to a revision id
 * GR002 down_revision names no revision GR007 milestone equal to another revision's id
 * GR003 depends_on names no revision   GR008 milestone equal to a branch label
 * GR004 cycle                          GR009 reserved or malformed name
 * GR005 branch label declared twice    GR010 milestone on two revisions of one line
 * GR015 two revision ids differ only in case (one version_num on MySQL)
 */
export const GRAPH_CODES = {
  duplicateId: 'GR001',
  missingParent: 'GR002',
  missingDependency: 'GR003',
  cycle: 'GR004',
  duplicateLabel: 'GR005',
  labelIsId: 'GR006',
  milestoneIsId: 'GR007',
  milestoneIsLabel: 'GR008',
  reservedName: 'GR009',
  milestoneOnLine: 'GR010',
  idCase: 'GR015',
} as const;

const at = (file: string, field: string): SourceRef => ({ file, path: [field] });

/**
 * Indexes the revisions, resolves their references and checks the history's
 * shape. Problems are reported, not thrown: the graph is always usable for
 * further checks, with unknown references left out and cycle members ordered last.
 */
export function buildGraph<R extends RevisionHead>(revs: readonly R[]): { graph: RevisionGraph<R>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  // Sorting first makes every choice below (which duplicate wins, ...) independent of input order.
  const sorted = [...revs].sort((a, b) => byId(a.id, b.id) || byId(a.file, b.file));
  const revisions = new Map<string, R>();
  for (const r of sorted) {
    const first = revisions.get(r.id);
    if (!first) {
      revisions.set(r.id, r);
      continue;
    }
    diagnostics.push(
      err(GRAPH_CODES.duplicateId, `revision id '${r.id}' is defined twice: in ${first.file} and in ${r.file}`, {
        at: at(r.file, 'revision'),
        hint: 'every revision needs its own id; generate a new one for one of the files',
        related: [{ message: `'${r.id}' is first defined here`, at: at(first.file, 'revision') }],
      }),
    );
  }

  // MySQL and MariaDB compare version_num without regard to case (and its primary key refuses
  // both): ids must differ in more than case.
  const folded = new Map<string, R>();
  for (const r of revisions.values()) {
    const key = r.id.toLowerCase();
    const first = folded.get(key);
    if (!first) {
      folded.set(key, r);
      continue;
    }
    diagnostics.push(
      err(GRAPH_CODES.idCase, `revision ids '${first.id}' (${first.file}) and '${r.id}' (${r.file}) differ only in case`, {
        at: at(r.file, 'revision'),
        hint: 'the version table compares ids without regard to case on MySQL and MariaDB; generate a new id for one of the files',
        related: [{ message: `'${first.id}' is defined here`, at: at(first.file, 'revision') }],
      }),
    );
  }

  const { labels, milestones } = collectNames([...revisions.values()], revisions, diagnostics);
  const ids = [...revisions.keys()];
  const parents = new Map<string, string[]>();
  const dependencies = new Map<string, string[]>();
  for (const r of revisions.values()) {
    const ps: string[] = [];
    for (const p of r.down) {
      if (revisions.has(p)) {
        if (!ps.includes(p)) ps.push(p);
      } else diagnostics.push(missing(GRAPH_CODES.missingParent, r, 'down_revision', p, ids, revisions));
    }
    const ds: string[] = [];
    for (const d of r.depends_on) {
      const id = revisions.has(d) ? d : labels.get(d);
      if (id !== undefined) {
        if (!ds.includes(id)) ds.push(id);
      } else diagnostics.push(missing(GRAPH_CODES.missingDependency, r, 'depends_on', d, [...ids, ...labels.keys()], revisions));
    }
    if (ps.length > 0) parents.set(r.id, ps);
    if (ds.length > 0) dependencies.set(r.id, ds);
  }

  const edges = new Map<string, string[]>();
  for (const id of ids) {
    const ps = parents.get(id) ?? [];
    const ds = dependencies.get(id);
    edges.set(id, ds === undefined ? ps : [...new Set([...ps, ...ds])]);
  }
  const requires = (id: string) => edges.get(id)!;
  const { order, stuck } = topoSort(ids, requires);
  for (const cycle of findCycles(stuck, requires)) diagnostics.push(cycleDiagnostic(cycle, revisions, parents));
  const graph = new RevisionGraph({ revisions, order: [...order, ...stuck], parents, dependencies, labels, milestones });
  if (stuck.length === 0) checkMilestoneLines(graph, diagnostics);
  return { graph, diagnostics };
}

function missing(code: string, r: RevisionHead, field: string, name: string, known: string[], revisions: Map<string, RevisionHead>): Diagnostic {
  const near = didYouMean(name, known);
  const nearFile = near !== undefined ? revisions.get(near)?.file : undefined;
  const what = field === 'down_revision' ? 'parent' : 'dependency';
  return err(code, `${field} of revision '${r.id}' names ${what} '${name}', which is not a known revision${field === 'depends_on' ? ' or branch label' : ''}`, {
    at: at(r.file, field),
    hint: near !== undefined ? `did you mean '${near}'?` : 'check the id, or add the missing revision file',
    related: nearFile !== undefined ? [{ message: `'${near}' is defined here`, at: at(nearFile, 'revision') }] : [],
  });
}

function cycleDiagnostic(cycle: string[], revisions: Map<string, RevisionHead>, parents: Map<string, string[]>): Diagnostic {
  // cycle is parent -> child; each child refers back to its predecessor through one of its fields
  const field = (i: number): string => {
    const child = cycle[(i + 1) % cycle.length]!;
    return parents.get(child)?.includes(cycle[i]!) ? 'down_revision' : 'depends_on';
  };
  const refs = cycle.map((_, i) => {
    const child = revisions.get(cycle[(i + 1) % cycle.length]!)!;
    return { id: child.id, at: at(child.file, field(i)) };
  });
  const loop = [...cycle, cycle[0]!].join(' -> ');
  const files = [...new Set(cycle.map((id) => revisions.get(id)!.file))];
  return err(
    GRAPH_CODES.cycle,
    cycle.length === 1
      ? `revision '${cycle[0]}' names itself as its own ${field(0) === 'down_revision' ? 'parent' : 'dependency'} (${files[0]})`
      : `cycle in the revision graph: ${loop} (files: ${files.join(', ')})`,
    {
      at: refs[refs.length - 1]!.at,
      hint: 'a revision must come after everything it names in down_revision and depends_on; remove one of these references',
      related: refs.slice(0, -1).map((r) => ({ message: `'${r.id}' is part of the cycle`, at: r.at })),
    },
  );
}
