import { DiagnosticError, type Diagnostic } from '../core/diagnostics.js';
import { resolveTarget } from '../graph/index.js';
import type { Workspace as Context } from '../workspace/workspace.js';
import { generated, renderDrafts, writeRendered } from './emit.js';
import { createDate, newRevisionId } from './file-names.js';
import { AUTHOR_CODES, checkNames, revisionDir } from './place.js';
import { checkWritable } from './revision.js';

export interface MergeOptions {
  message: string;
  /** The revisions to join: ids, prefixes, labels, `heads` (every head); several, or comma-separated. */
  revisions: string[];
  branchLabels?: string[];
  revId?: string;
  /** The clock (tests pin it). */
  now?: Date;
}

function stop(code: string, message: string, hint?: string): never {
  const d: Diagnostic = { code, severity: 'error', message, ...(hint ? { hint } : {}) };
  throw new DiagnosticError(code === AUTHOR_CODES.usage ? 2 : 1, [d]);
}

/**
 * `merge -m MSG REV...`: Alembic's command for joining heads: one new revision whose down_revision
 * names each of them, with no ops. The revisions must be two or more, none an ancestor of another
 * (that would join a line of history with itself).
 */
export function merge(ctx: Context, o: MergeOptions): string {
  checkWritable(ctx);
  const graph = ctx.graph();
  const ids: string[] = [];
  for (const spec of o.revisions
    .flatMap((r) => r.split(','))
    .map((r) => r.trim())
    .filter(Boolean)) {
    const t = resolveTarget(graph, spec);
    if (!t.ok) throw new DiagnosticError(1, t.diagnostics);
    for (const id of t.value.ids) if (!ids.includes(id)) ids.push(id);
  }
  if (ids.length < 2) {
    stop(
      AUTHOR_CODES.usage,
      `merge needs two or more revisions to join; ${o.revisions.join(' ') || 'nothing'} names ${ids.length ? ids.join(', ') : 'none'}`,
      `the heads now: ${graph.heads.join(', ')}; give them, or 'heads'`,
    );
  }
  for (const a of ids) {
    for (const b of ids) {
      if (a !== b && graph.isAncestor(a, b, { dependencies: false })) {
        stop(AUTHOR_CODES.invalid, `revision ${a} is an ancestor of ${b}: a merge joins revisions on separate branches`, `leave out ${a}`);
      }
    }
  }
  const down = graph.sortTopo(ids);
  const names = checkNames(graph, { branchLabels: o.branchLabels ?? [], dependsOn: [], ...(o.revId !== undefined ? { revId: o.revId } : {}) });
  if (!names.ok) throw new DiagnosticError(1, names.diagnostics);
  const id = o.revId ?? newRevisionId();
  const { rendered, diagnostics } = renderDrafts(ctx.root, ctx.versionsRel, ctx.loaded().revisions, [
    {
      dir: revisionDir(graph, down, ctx.versionsRel),
      draft: {
        id,
        down,
        branchLabels: o.branchLabels ?? [],
        dependsOn: [],
        message: o.message,
        createDate: createDate(o.now),
        header: [`${id}: ${o.message}`, `merges ${down.join(', ')}`],
        upgrade: [],
        downgrade: [],
      },
    },
  ]);
  if (diagnostics.length) throw new DiagnosticError(1, diagnostics);
  const w = writeRendered(ctx.cwd, rendered);
  if (w.diagnostics.length) throw new DiagnosticError(1, w.diagnostics);
  return generated(w, !!ctx.opts.json);
}
