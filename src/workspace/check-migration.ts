import type { Dialect } from '../core/dialect.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Op, Revision } from '../core/ops.js';
import { OP_SPECS } from '../core/op-specs.js';
import type { SourceRef } from '../core/source.js';
import { isNarrowing, typeToString } from '../core/types.js';
import { listRevisionFiles, loadHistoryFiles, type LoadedHistory } from '../front/load.js';
import { locate } from '../front/locate.js';
import { buildGraph, GRAPH_CODES, type RevisionGraph } from '../graph/index.js';
import { Replayer } from '../model/replay.js';
import { findingDiagnostic, LINT_DIALECTS, lintReport, unwaived, type Finding as LintFinding } from '../lint/lint.js';

/**
 * check_migration codes. CM004 and CM005 are per-revision findings that a
 * revision may waive (`waivers: [{code, reason}]`); the others cannot be waived.
 */
export const CHECK_CODES = {
  /** The timeline branches other than by declared branch labels. */
  unlabelledBranch: 'CM001',
  /** A branch label has more than one head. */
  labelHeads: 'CM002',
  /** A revision file that no upgrade from base would ever apply. */
  orphan: 'CM003',
  /** An expand revision removes or rewrites something. */
  expandDestructive: 'CM004',
  /** A contract revision creates something. */
  contractCreates: 'CM005',
  /** A waiver that waives nothing (warning). */
  uselessWaiver: 'CM006',
} as const;

const WAIVABLE: readonly string[] = [CHECK_CODES.expandDestructive, CHECK_CODES.contractCreates];

/** Which branch a revision is on, from the labels it carries. */
export type Phase = 'expand' | 'contract';

export function phaseOfLabel(label: string): Phase | undefined {
  if (label === 'expand' || label.endsWith('_expand')) return 'expand';
  if (label === 'contract' || label.endsWith('_contract')) return 'contract';
  return undefined;
}

export interface Waived {
  code: string;
  revision: string;
  file: string;
  /** What was found (one entry per finding). */
  message: string;
  reason: string;
}

export interface CheckReport {
  /** Errors and warnings, sorted by file and position, with line/col resolved. */
  diagnostics: Diagnostic[];
  waived: Waived[];
  revisions: number;
  /** Branch label -> its heads (one when the history is well formed). */
  labels: Record<string, string[]>;
  /**
   * The linter's findings on every revision (all dialect families), the same as `lint` reports;
   * not run (null) when the history does not load or its graph is broken. `diagnostics` holds the
   * findings that are not waived, as warnings (errors with `strict`), and any replay error.
   */
  lint: { findings: LintFinding[]; diagnostics: Diagnostic[]; waived: Waived[]; notWaived: number } | null;
}

export interface CheckOptions {
  /** Lint findings that are not waived are errors, not warnings. */
  strict?: boolean;
}

interface CheckFinding {
  code: string;
  rev: Revision;
  at: SourceRef;
  message: string;
}

const err = (code: string, message: string, at?: SourceRef, hint?: string, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  code,
  severity: 'error',
  message,
  ...(at ? { at } : {}),
  ...(hint ? { hint } : {}),
  ...extra,
});

/**
 * Checks the shape of the history and the expand/contract discipline:
 *  CM001 a branch point (or more than one base) whose children do not each start a labelled branch;
 *  CM002 a branch label with more than one head;
 *  CM003 an orphaned revision file (see ORPHAN_HELP);
 *  CM004 an expand revision with a destructive op; CM005 a contract revision that creates objects;
 * and runs the linter (src/lint) on every revision, reported apart in `lint`.
 * Pure: reads the revision files under `root/versionsRel`, nothing else.
 */
export function checkMigration(root: string, versionsRel: string, opts: CheckOptions = {}): CheckReport {
  const history = loadHistoryFiles(root, versionsRel);
  const out: Diagnostic[] = [];
  const loadedFiles = new Set(history.revisions.map((r) => r.file));

  // --- files that do not load as revisions ---
  let files: string[] = [];
  try {
    files = listRevisionFiles(`${root}/${versionsRel}`).map((f) => `${versionsRel}/${f}`);
  } catch {
    // loadHistoryFiles reported it (LD001)
  }
  const fileOf = (d: Diagnostic): string | undefined => d.at?.file ?? files.find((f) => d.message.includes(f));
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of history.diagnostics) {
    const f = fileOf(d);
    if (d.severity === 'error' && f !== undefined && files.includes(f) && !loadedFiles.has(f)) {
      byFile.set(f, [...(byFile.get(f) ?? []), d]);
    } else {
      out.push(d);
    }
  }
  for (const f of files) {
    if (loadedFiles.has(f)) continue;
    const first = byFile.get(f)?.[0];
    const more = (byFile.get(f)?.length ?? 1) - 1;
    out.push(
      err(
        CHECK_CODES.orphan,
        `orphaned revision file: it does not load as a revision, so no upgrade will ever apply it (${first ? `${first.code}: ${first.message}` : 'unreadable'}${more > 0 ? `; ${more} more problem${more > 1 ? 's' : ''}` : ''})`,
        first?.at ?? { file: f, path: [] },
        first?.hint ?? 'fix the file, or remove it if it is not a revision',
        first?.line !== undefined ? { line: first.line, col: first.col ?? 1 } : {},
      ),
    );
  }

  // --- the graph; revisions it cannot anchor at base are orphans ---
  const { graph, diagnostics: gd } = buildGraph(history.revisions);
  const handled: string[] = [GRAPH_CODES.duplicateId, GRAPH_CODES.missingParent, GRAPH_CODES.missingDependency, GRAPH_CODES.cycle];
  for (const d of gd) if (!handled.includes(d.code)) out.push(d);
  for (const r of history.revisions) {
    const kept = graph.get(r.id);
    if (kept && kept !== r) {
      out.push(
        err(
          CHECK_CODES.orphan,
          `orphaned revision file: revision id '${r.id}' is also defined in ${kept.file}, which is the one the graph uses`,
          { file: r.file, path: ['revision'] },
          'give this revision an id of its own (and fix down_revision of its children), or remove the file',
        ),
      );
    }
  }
  const anchored = anchor(graph);
  for (const [id, why] of anchored.orphans) {
    const r = graph.get(id)!;
    out.push(
      err(
        CHECK_CODES.orphan,
        `orphaned revision ${id}: it cannot be reached from base, so no upgrade will ever apply it: ${why.message}`,
        { file: r.file, path: [why.field] },
        why.hint,
      ),
    );
  }

  // --- branching only by labels ---
  // (orphans are reported above; a revision whose parent is missing is no second base)
  const unlabelled = (ids: readonly string[]) => ids.filter((c) => graph.get(c)!.branch_labels.length === 0);
  const branchPoints: { from: string; children: readonly string[] }[] = [];
  const bases = graph.bases.filter((id) => anchored.ok.has(id));
  if (bases.length > 1) branchPoints.push({ from: '<base>', children: bases });
  for (const r of graph.order) {
    const children = graph.children(r.id).filter((id) => anchored.ok.has(id));
    if (anchored.ok.has(r.id) && children.length > 1) branchPoints.push({ from: r.id, children });
  }
  for (const bp of branchPoints) {
    const bad = unlabelled(bp.children);
    if (bad.length === 0) continue;
    const first = graph.get(bad[0]!)!;
    const what =
      bp.from === '<base>'
        ? `the history has ${bp.children.length} bases (${bp.children.join(', ')})`
        : `the timeline branches at ${bp.from} into ${bp.children.join(', ')}`;
    out.push(
      err(
        CHECK_CODES.unlabelledBranch,
        `${what}, but ${bad.join(', ')} ${bad.length === 1 ? 'starts' : 'start'} no labelled branch`,
        { file: first.file, path: ['down_revision'] },
        'every child of a branch point declares branch_labels (e.g. ["expand"] / ["contract"]); otherwise point its down_revision at the head of the line it continues',
        { related: bad.slice(1).map((id) => ({ message: `${id} starts no labelled branch`, at: { file: graph.get(id)!.file, path: ['down_revision'] } })) },
      ),
    );
  }

  // --- one head per label ---
  const labels: Record<string, string[]> = {};
  for (const label of graph.labels) {
    const heads = graph.carriers(label).filter((c) => anchored.ok.has(c) && !graph.children(c).some((k) => anchored.ok.has(k)));
    labels[label] = heads;
    if (heads.length > 1) {
      const decl = graph.get(graph.labelRevision(label)!)!;
      out.push(
        err(
          CHECK_CODES.labelHeads,
          `branch label '${label}' has ${heads.length} heads: ${heads.join(', ')}`,
          { file: decl.file, path: ['branch_labels'] },
          `a labelled branch is one line: point the down_revision of all but one of ${heads.join(', ')} at the branch's head, or merge them`,
          { related: heads.map((h) => ({ message: `head of '${label}'`, at: { file: graph.get(h)!.file, path: ['revision'] } })) },
        ),
      );
    }
  }

  // --- expand/contract rules, with waivers ---
  const findings = phaseFindings(graph, history, anchored.ok);
  const waived: Waived[] = [];
  const used = new Set<string>();
  for (const f of findings) {
    const w = f.rev.waivers.find((x) => x.code === f.code);
    if (w) {
      used.add(`${f.rev.id}\u0000${w.code}`);
      waived.push({ code: f.code, revision: f.rev.id, file: f.rev.file, message: f.message, reason: w.reason });
    } else {
      out.push(
        err(
          f.code,
          f.message,
          f.at,
          `${f.code === CHECK_CODES.expandDestructive ? 'move the op to a contract revision' : 'move the op to an expand revision'}, or waive it in this revision: "waivers": [{ "code": "${f.code}", "reason": "..." }]`,
        ),
      );
    }
  }
  for (const r of graph.order) {
    r.waivers.forEach((w, i) => {
      if (!/^CM\d{3}$/.test(w.code)) return; // another tool's waiver (the linter's)
      if (!WAIVABLE.includes(w.code)) {
        out.push({
          code: CHECK_CODES.uselessWaiver,
          severity: 'warning',
          message: `waiver ${w.code} in ${r.id} has no effect: only ${WAIVABLE.join(' and ')} can be waived`,
          at: { file: r.file, path: ['waivers', i, 'code'] },
        });
      } else if (!used.has(`${r.id}\u0000${w.code}`)) {
        out.push({
          code: CHECK_CODES.uselessWaiver,
          severity: 'warning',
          message: `waiver ${w.code} in ${r.id} waives nothing: the revision has no ${w.code} finding`,
          at: { file: r.file, path: ['waivers', i] },
          hint: 'remove the stale waiver',
        });
      }
    });
  }

  // --- the linter (src/lint), on a history that loads and whose graph holds ---
  let lint: CheckReport['lint'] = null;
  const broken = [...history.diagnostics, ...gd].some((d) => d.severity === 'error') || anchored.orphans.size > 0;
  if (!broken) {
    const rep = lintReport(history, graph);
    const open = unwaived(rep.findings);
    lint = {
      findings: rep.findings,
      // a replay error shows up once per dialect family: report it once
      diagnostics: positioned(root, [
        ...new Map(rep.errors.map((d) => [`${d.code}\u0000${d.at?.file}\u0000${d.at?.path.join('.')}\u0000${d.message}`, d])).values(),
        ...open.map((f) => {
          const d = findingDiagnostic(f, LINT_DIALECTS);
          return opts.strict ? { ...d, severity: 'error' as const } : d;
        }),
      ]),
      waived: rep.findings
        .filter((f) => f.waived !== undefined)
        .map((f) => ({ code: f.code, revision: f.revision, file: f.file, message: f.message, reason: f.waived! })),
      notWaived: open.length,
    };
  }

  return { diagnostics: positioned(root, out), waived, revisions: graph.size, labels, lint };
}

/** What "orphaned" means, for --help. */
export const ORPHAN_HELP =
  "Orphaned (CM003): a .jsonc file under the versions directory that no upgrade from base would ever apply: it does not load as a revision (unreadable, not JSONC, not a valid revision), its id duplicates another file's, or its line of history does not reach base (down_revision or depends_on names a revision that does not exist, directly or through an ancestor, or the references loop). Every loaded revision is reached by some head by construction, so a stray file that starts a timeline of its own (down_revision null) shows up as CM001 (more than one base, unlabelled).";

/** Revisions whose every requirement exists and reaches base; the others with the reason. */
function anchor(graph: RevisionGraph): { ok: Set<string>; orphans: Map<string, { field: string; message: string; hint: string }> } {
  const ok = new Set<string>();
  const orphans = new Map<string, { field: string; message: string; hint: string }>();
  const decided = new Set<string>();
  for (const r of graph.order) {
    decided.add(r.id);
    const missingParent = r.down.find((p) => !graph.has(p));
    const missingDep = r.depends_on.find((d) => !graph.has(d) && graph.labelRevision(d) === undefined);
    if (missingParent !== undefined) {
      orphans.set(r.id, {
        field: 'down_revision',
        message: `down_revision names '${missingParent}', which is not a revision of this history`,
        hint: 'restore the missing revision file, or point down_revision at an existing revision',
      });
      continue;
    }
    if (missingDep !== undefined) {
      orphans.set(r.id, {
        field: 'depends_on',
        message: `depends_on names '${missingDep}', which is neither a revision nor a branch label`,
        hint: 'restore the missing revision file, or fix depends_on',
      });
      continue;
    }
    const req = graph.requires(r.id);
    const loop = req.find((p) => !decided.has(p) || p === r.id);
    if (loop !== undefined) {
      orphans.set(r.id, {
        field: graph.parents(r.id).includes(loop) ? 'down_revision' : 'depends_on',
        message: `its references loop back to it (through ${loop})`,
        hint: 'a revision must come after everything it names in down_revision and depends_on',
      });
      continue;
    }
    const bad = req.find((p) => orphans.has(p));
    if (bad !== undefined) {
      orphans.set(r.id, {
        field: graph.parents(r.id).includes(bad) ? 'down_revision' : 'depends_on',
        message: `it builds on orphaned revision ${bad} (${orphans.get(bad)!.message})`,
        hint: `fix ${bad} first`,
      });
      continue;
    }
    ok.add(r.id);
  }
  return { ok, orphans };
}

/** The object an op acts on, as check_migration names it. */
function describeOp(op: Op): string {
  switch (op.op) {
    case 'drop_table':
    case 'create_table':
      return op.table;
    case 'rename_table':
      return `${op.table} to ${op.new_name}`;
    case 'drop_column':
    case 'alter_column':
      return `${op.table}.${op.column}`;
    case 'add_column':
      return `${op.table}.${op.column.name}`;
    case 'create_index':
    case 'drop_index':
    case 'create_check_constraint':
    case 'drop_constraint':
      return `${op.name} on ${op.table}`;
    case 'create_unique_constraint':
    case 'create_foreign_key':
      return `${op.name !== undefined ? `${op.name} ` : ''}on ${op.table}`;
    case 'execute':
      return 'SQL';
    case 'bulk_insert':
      return `into ${op.table}`;
    default: {
      const _exhaustive: never = op;
      throw new Error(`internal: check_migration cannot name the object of op ${JSON.stringify((_exhaustive as Op).op)}`);
    }
  }
}

/** CM004/CM005 findings of anchored revisions on the expand or contract branch (upgrade ops only). */
function phaseFindings(graph: RevisionGraph, history: LoadedHistory, anchored: ReadonlySet<string>): CheckFinding[] {
  const out: CheckFinding[] = [];
  const phaseOf = (id: string): Phase | undefined => {
    const ps = new Set(
      graph
        .labelsOf(id)
        .map(phaseOfLabel)
        .filter((p): p is Phase => p !== undefined),
    );
    return ps.size === 1 ? [...ps][0] : undefined; // after a merge of both branches: neither
  };
  let needModel = false;
  for (const r of graph.order) {
    if (!anchored.has(r.id)) continue;
    const phase = phaseOf(r.id);
    for (const op of r.upgrade) {
      const at = op.src;
      const only = op.dialects ? ` (on ${op.dialects.join(', ')})` : '';
      // What the op does, from the op table (src/core/op-specs.ts): expand revisions may only add,
      // contract revisions may not create.
      const spec = OP_SPECS[op.op];
      switch (spec.effect) {
        case 'drop':
        case 'rename':
          if (phase === 'expand')
            out.push({
              code: CHECK_CODES.expandDestructive,
              rev: r,
              at,
              message: `expand revision ${r.id} ${spec.says} ${describeOp(op)}${only}: expand revisions may only add`,
            });
          break;
        case 'create':
          if (phase === 'contract')
            out.push({
              code: CHECK_CODES.contractCreates,
              rev: r,
              at,
              message: `contract revision ${r.id} ${spec.says} ${describeOp(op)}${only}: contract revisions may only remove or rewrite`,
            });
          break;
        case 'alter': {
          if (phase !== 'expand') break;
          const rename = spec.expandRename;
          const renamed = rename && (op as unknown as Record<string, unknown>)[rename.field];
          if (rename && renamed !== undefined) {
            out.push({
              code: CHECK_CODES.expandDestructive,
              rev: r,
              at: { file: at.file, path: [...at.path, rename.field] },
              message: `expand revision ${r.id} ${rename.says} ${describeOp(op)} to ${String(renamed)}${only}: expand revisions may only add`,
            });
          }
          // The model judges whether a type change narrows and whether NOT NULL meets NULLs (alterFindings).
          if (op.op === 'alter_column' && (op.type !== undefined || op.nullable === false)) needModel = true;
          break;
        }
        case 'data':
          break;
        default: {
          const _exhaustive: never = spec.effect;
          throw new Error(`internal: check_migration has no rule for effect ${String(_exhaustive)}`);
        }
      }
    }
  }
  if (needModel) out.push(...alterFindings(graph, history, anchored, phaseOf));
  return out.sort((a, b) => graph.position(a.rev.id) - graph.position(b.rev.id));
}

/**
 * Narrowing type changes and nullable -> NOT NULL in expand revisions: what a
 * column was before the op comes from replaying the history, once per dialect
 * family (ops may be restricted to one); a finding on any of them counts once.
 */
function alterFindings(
  graph: RevisionGraph,
  history: LoadedHistory,
  anchored: ReadonlySet<string>,
  phaseOf: (id: string) => Phase | undefined,
): CheckFinding[] {
  const out: CheckFinding[] = [];
  const seen = new Set<string>();
  for (const dialect of ['postgresql', 'mysql', 'sqlite'] as Dialect[]) {
    const rp = new Replayer(dialect, history.external);
    for (const r of graph.order) {
      if (!anchored.has(r.id)) continue;
      const expand = phaseOf(r.id) === 'expand';
      const ok = rp.applyRevision(r, 'up', (change) => {
        const op = change.op;
        if (!expand || op.op !== 'alter_column' || !change.before) return;
        const col = change.before.columns.find((c) => c.name === op.column);
        if (!col) return;
        const i = r.upgrade.indexOf(op);
        const at = op.src;
        if (op.type !== undefined && isNarrowing(col.type, op.type) && !seen.has(`${r.id}:${i}:type`)) {
          seen.add(`${r.id}:${i}:type`);
          out.push({
            code: CHECK_CODES.expandDestructive,
            rev: r,
            at: { file: at.file, path: [...at.path, 'type'] },
            message: `expand revision ${r.id} narrows column ${op.table}.${op.column} from ${typeToString(col.type)} to ${typeToString(op.type)}: existing rows may not fit`,
          });
        }
        if (op.nullable === false && col.nullable && !seen.has(`${r.id}:${i}:null`)) {
          seen.add(`${r.id}:${i}:null`);
          out.push({
            code: CHECK_CODES.expandDestructive,
            rev: r,
            at: { file: at.file, path: [...at.path, 'nullable'] },
            message: `expand revision ${r.id} makes column ${op.table}.${op.column} NOT NULL: running services may still write NULL`,
          });
        }
      });
      if (!ok) break; // the compiler reports replay errors; later revisions cannot be judged on this dialect
    }
  }
  return out;
}

/** Resolves line:col now (the printer's root may not be the history's) and sorts by place. */
function positioned(root: string, ds: Diagnostic[]): Diagnostic[] {
  const cache = new Map<string, string>();
  const withPos = ds.map((d) => {
    if (!d.at || d.line !== undefined) return d;
    const pos = locate(root, d.at, cache);
    return pos ? { ...d, line: pos.line, col: pos.col } : d;
  });
  return sortByPlace(withPos);
}

export function sortByPlace(ds: Diagnostic[]): Diagnostic[] {
  return ds.sort(
    (a, b) =>
      (a.at?.file ?? '').localeCompare(b.at?.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0) || a.code.localeCompare(b.code),
  );
}
