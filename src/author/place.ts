import { dirname, posix } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { REVISION_ID_RE } from '../front/validate.js';
import { resolveOne, type RevisionGraph } from '../graph/index.js';

/** Author codes: AU0xx for `revision`, AU1xx for autogenerate. */
export const AUTHOR_CODES = {
  usage: 'AU001',
  severalHeads: 'AU002',
  notHead: 'AU003',
  badLabel: 'AU004',
  badRevId: 'AU005',
  exists: 'AU006',
  unknownRevision: 'AU007',
  noBranch: 'AU008',
  invalid: 'AU009',
  noVersions: 'AU010',
} as const;

export interface PlacementRequest {
  expand?: boolean;
  contract?: boolean;
  /** --head: a revision, label@head, or base. */
  head?: string;
  splice?: boolean;
}

export interface Placement {
  /** down_revision of the new revision ([] = a new base). */
  down: string[];
  /** The branch the revision extends, when --expand/--contract chose it. */
  branch?: 'expand' | 'contract';
}

function error(code: string, message: string, hint?: string): Diagnostic {
  return { code, severity: 'error', message, ...(hint ? { hint } : {}) };
}

export function headsList(graph: RevisionGraph): string {
  return graph.heads
    .map((h) => {
      const labels = graph.labelsOf(h);
      return `${h}${labels.length ? ` (${labels.join(', ')})` : ''}`;
    })
    .join(', ');
}

/**
 * The parent of a new revision, with Alembic's rules: the one head; with
 * several heads, --head (any head, or with --splice any revision), or
 * --expand/--contract for that branch's head.
 */
export function placeRevision(graph: RevisionGraph, req: PlacementRequest): { ok: true; value: Placement } | { ok: false; diagnostics: Diagnostic[] } {
  const fail = (d: Diagnostic) => ({ ok: false as const, diagnostics: [d] });
  if (req.expand && req.contract) return fail(error(AUTHOR_CODES.usage, 'give --expand or --contract, not both'));
  const branch = req.expand ? 'expand' : req.contract ? 'contract' : undefined;
  if (branch && req.head !== undefined) return fail(error(AUTHOR_CODES.usage, `--${branch} already names the parent (${branch}@head); leave out --head`));
  if (branch) {
    if (graph.labelRevision(branch) === undefined) {
      return fail(
        error(
          AUTHOR_CODES.noBranch,
          `no branch is labelled '${branch}'`,
          `branch labels in this history: ${graph.labels.join(', ') || '(none)'}; use --head instead`,
        ),
      );
    }
    const r = resolveOne(graph, `${branch}@head`);
    if (!r.ok) return { ok: false, diagnostics: r.diagnostics };
    return { ok: true, value: { down: r.value === null ? [] : [r.value], branch } };
  }
  if (req.head !== undefined) {
    if (req.head === 'base') return { ok: true, value: { down: [] } };
    const r = resolveOne(graph, req.head);
    if (!r.ok) return { ok: false, diagnostics: r.diagnostics };
    if (r.value === null) return { ok: true, value: { down: [] } };
    if (!graph.heads.includes(r.value) && !req.splice) {
      return fail(error(AUTHOR_CODES.notHead, `revision ${r.value} is not a head revision`, 'add --splice to start a new branch from it'));
    }
    return { ok: true, value: { down: [r.value] } };
  }
  if (graph.heads.length > 1) {
    return fail(
      error(
        AUTHOR_CODES.severalHeads,
        `multiple heads are present: ${headsList(graph)}`,
        "name the parent with --head <revision>, or --expand / --contract for that branch's head (or join them first: lbaas-db-manage merge -m MSG heads)",
      ),
    );
  }
  return { ok: true, value: { down: graph.heads.length ? [graph.heads[0]!] : [] } };
}

/** Checks --branch-label, --depends-on and --rev-id; returns the depends_on ids. */
export function checkNames(
  graph: RevisionGraph,
  o: { branchLabels: string[]; dependsOn: string[]; revId?: string },
): { ok: true; dependsOn: string[] } | { ok: false; diagnostics: Diagnostic[] } {
  const ds: Diagnostic[] = [];
  for (const l of o.branchLabels) {
    if (!REVISION_ID_RE.test(l)) ds.push(error(AUTHOR_CODES.badLabel, `branch label '${l}' must be 1-32 letters, digits or underscores`));
    else if (graph.labelRevision(l) !== undefined) ds.push(error(AUTHOR_CODES.badLabel, `branch label '${l}' is already used by ${graph.labelRevision(l)}`));
    else if (graph.has(l)) ds.push(error(AUTHOR_CODES.badLabel, `branch label '${l}' is a revision id`));
  }
  if (o.revId !== undefined) {
    if (!REVISION_ID_RE.test(o.revId))
      ds.push(error(AUTHOR_CODES.badRevId, `--rev-id '${o.revId}' must be 1-32 letters, digits or underscores`, 'it is stored in version_num VARCHAR(32)'));
    else if (graph.has(o.revId))
      ds.push(
        error(
          AUTHOR_CODES.exists,
          `revision ${o.revId} already exists (${graph.get(o.revId)!.file})`,
          'choose another --rev-id, or leave it out for a random one',
        ),
      );
    else if (graph.labelRevision(o.revId) !== undefined) ds.push(error(AUTHOR_CODES.badRevId, `--rev-id '${o.revId}' is a branch label`));
  }
  const deps: string[] = [];
  for (const d of o.dependsOn) {
    const r = resolveOne(graph, d);
    if (!r.ok) ds.push(...r.diagnostics);
    else if (r.value === null) ds.push(error(AUTHOR_CODES.unknownRevision, `--depends-on ${d} names no revision`));
    else if (!deps.includes(r.value)) deps.push(r.value);
  }
  return ds.length ? { ok: false, diagnostics: ds } : { ok: true, dependsOn: deps };
}

/**
 * OpenStack's release names in order, as Neutron names its migration folders
 * (`<release>/expand/`, `<release>/contract/`); from 2023 the releases are named by year.
 */
export const RELEASES: readonly string[] = [
  'austin',
  'bexar',
  'cactus',
  'diablo',
  'essex',
  'folsom',
  'grizzly',
  'havana',
  'icehouse',
  'juno',
  'kilo',
  'liberty',
  'mitaka',
  'newton',
  'ocata',
  'pike',
  'queens',
  'rocky',
  'stein',
  'train',
  'ussuri',
  'victoria',
  'wallaby',
  'xena',
  'yoga',
  'zed',
  '2023.1',
  '2023.2',
  '2024.1',
  '2024.2',
  '2025.1',
  '2025.2',
  '2026.1',
  '2026.2',
];

/** The release after the newest release milestone of the history (the last closed one), if the history has one. */
export function nextRelease(graph: RevisionGraph): string | undefined {
  const last = Math.max(-1, ...graph.milestoneNames.map((m) => RELEASES.indexOf(m.toLowerCase())));
  return last >= 0 && last + 1 < RELEASES.length ? RELEASES[last + 1] : undefined;
}

const norm = (p: string) => posix.normalize(p.split('\\').join('/'));

/**
 * The folder for a new revision (paths relative to the root). On the expand or
 * contract branch, as Neutron does: `<next>/<branch>/`, where <next> is the release
 * after the last closed milestone (newton closed: ocata/expand/, ocata/contract/);
 * when the branch's head already sits in a later release's folder, that folder.
 * Otherwise (or when the milestones name no release): next to its parent's file,
 * else the versions directory.
 */
export function revisionDir(graph: RevisionGraph, down: readonly string[], versionsRel: string, branch?: 'expand' | 'contract'): string {
  const base = norm(versionsRel);
  const parent = down[0] !== undefined ? graph.get(down[0]) : undefined;
  const parentDir = parent ? norm(dirname(parent.file)) : undefined;
  const inside = parentDir !== undefined && (parentDir === base || parentDir.startsWith(`${base}/`));
  if (branch) {
    const next = nextRelease(graph);
    if (next !== undefined) {
      // The parent's own release folder wins when it is later than <next> (work already started there).
      const rel = inside ? parentDir!.slice(base.length + 1).split('/') : [];
      const parentRelease = rel.length === 2 && rel[1] === branch ? RELEASES.indexOf(rel[0]!) : -1;
      const release = parentRelease > RELEASES.indexOf(next) ? RELEASES[parentRelease]! : next;
      return posix.join(base, release, branch);
    }
  }
  return inside ? parentDir! : versionsRel;
}
