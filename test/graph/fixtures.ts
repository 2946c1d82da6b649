import type { Revision } from '../../src/core/ops.js';
import { buildGraph } from '../../src/graph/graph.js';
import type { RevisionGraph } from '../../src/graph/revision-graph.js';

export interface RevOpts {
  labels?: string[];
  deps?: string[];
  milestones?: string[];
  file?: string;
}

/** A revision with no ops; `down` is its down_revision (null/undefined for a base). */
export function rev(id: string, down?: string | string[] | null, o: RevOpts = {}): Revision {
  return {
    id,
    down: down == null ? [] : typeof down === 'string' ? [down] : down,
    branch_labels: o.labels ?? [],
    depends_on: o.deps ?? [],
    message: id,
    create_date: '2015-01-01 00:00:00',
    milestones: o.milestones ?? [],
    upgrade: [],
    downgrade: [],
    waivers: [],
    file: o.file ?? `versions/${id}.jsonc`,
  };
}

/** Builds a graph and fails loudly if the fixture itself has problems. */
export function graphOf(revs: Revision[]): RevisionGraph {
  const { graph, diagnostics } = buildGraph(revs);
  if (diagnostics.length > 0) throw new Error(`fixture has diagnostics: ${diagnostics.map((d) => d.message).join('; ')}`);
  return graph;
}

export const TRUNK = ['start_neutron_lbaas', 'lbaasv2', '4deef6d81931', '4b6d8d5310b8', '364f9b6064f0', 'lbaasv2_tls', '4ba00375f715', 'kilo'];
export const EXPAND = ['3345facd0452', '4a408dd491c2', '3426acbc12de', '6aee0434f911', '3543deab1547', '62deca5010cd', '844352f9fe6f'];
export const CONTRACT = ['130ebfdef43', '4b4dc6d5d843', 'e6417a8b114d'];

/** The neutron-lbaas history: a trunk up to kilo, then expand and contract branches. */
export function lbaasRevisions(): Revision[] {
  const revs: Revision[] = [];
  TRUNK.forEach((id, i) => revs.push(rev(id, TRUNK[i - 1] ?? null, { file: `versions/${id}.jsonc`, milestones: id === 'kilo' ? ['kilo'] : [] })));
  const ms: Record<string, string[]> = {
    '3345facd0452': ['liberty'],
    '130ebfdef43': ['liberty', 'mitaka'],
    '62deca5010cd': ['mitaka'],
    '844352f9fe6f': ['newton'],
    e6417a8b114d: ['newton'],
  };
  const dir: Record<string, string> = {
    '3345facd0452': 'liberty/expand',
    '4a408dd491c2': 'liberty/expand',
    '3426acbc12de': 'liberty/expand',
    '6aee0434f911': 'liberty/expand',
    '3543deab1547': 'mitaka/expand',
    '62deca5010cd': 'mitaka/expand',
    '844352f9fe6f': 'newton/expand',
    '130ebfdef43': 'liberty/contract',
    '4b4dc6d5d843': 'newton/contract',
    e6417a8b114d: 'newton/contract',
  };
  EXPAND.forEach((id, i) =>
    revs.push(
      rev(id, EXPAND[i - 1] ?? 'kilo', {
        file: `versions/${dir[id]}/${id}.jsonc`,
        milestones: ms[id] ?? [],
        labels: i === 0 ? ['expand'] : [],
      }),
    ),
  );
  CONTRACT.forEach((id, i) =>
    revs.push(
      rev(id, CONTRACT[i - 1] ?? 'kilo', {
        file: `versions/${dir[id]}/${id}.jsonc`,
        milestones: ms[id] ?? [],
        labels: i === 0 ? ['contract'] : [],
        deps: id === '4b4dc6d5d843' ? ['62deca5010cd'] : [],
      }),
    ),
  );
  return revs;
}

export function lbaas(): RevisionGraph {
  return graphOf(lbaasRevisions());
}

/**
 * a -> b, then two labelled branches c1 -> d1 (c1branch) and c2 -> d2
 * (c2branch), merged by e, then f.
 */
export function merged(): RevisionGraph {
  return graphOf([
    rev('a'),
    rev('b', 'a'),
    rev('c1', 'b', { labels: ['c1branch'] }),
    rev('d1', 'c1'),
    rev('c2', 'b', { labels: ['c2branch'] }),
    rev('d2', 'c2'),
    rev('e', ['d1', 'd2']),
    rev('f', 'e'),
  ]);
}

/** Deterministic Fisher-Yates shuffle. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
