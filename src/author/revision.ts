import { resolve } from 'node:path';
import { PACKAGE_ROOT } from '../core/package.js';
import type { Workspace as Context } from '../workspace/workspace.js';
import { DiagnosticError, type Diagnostic } from '../core/diagnostics.js';
import { generated, renderDrafts, writeRendered, type PlacedDraft } from './emit.js';
import { createDate, newRevisionId } from './file-names.js';
import { AUTHOR_CODES, checkNames, placeRevision, revisionDir, type PlacementRequest } from './place.js';

export interface RevisionOptions extends PlacementRequest {
  message: string;
  autogenerate?: boolean;
  branchLabels?: string[];
  dependsOn?: string[];
  revId?: string;
  /** --target-ddl, else [autogenerate] target_ddl. */
  targetDdl?: string;
  /** Compare the live database's catalog instead of the target DDL. */
  fromDb?: boolean;
  /** The clock (tests pin it). */
  now?: Date;
}

/** Revisions are written into the project's versions directory, never into the tool's own copy. */
export function checkWritable(ctx: Context): void {
  if (resolve(ctx.root) === resolve(PACKAGE_ROOT) && resolve(ctx.cwd) !== resolve(PACKAGE_ROOT)) {
    throw new DiagnosticError(1, [
      {
        code: AUTHOR_CODES.noVersions,
        severity: 'error',
        message: `there is no versions directory here (${resolve(ctx.cwd, 'versions')})`,
        hint: 'run from the project root, or name the directory with --versions or [alembic] script_location',
      },
    ]);
  }
}

function stop(ds: Diagnostic[]): never {
  throw new DiagnosticError(ds.some((d) => d.code === AUTHOR_CODES.usage) ? 2 : 1, ds);
}

/** `revision -m ...`: writes one new, empty revision file (see autogenerate.ts for --autogenerate). */
export async function revision(ctx: Context, o: RevisionOptions): Promise<string> {
  checkWritable(ctx);
  if (o.autogenerate) {
    const { autogenerate } = await import('./autogenerate.js');
    return autogenerate(ctx, o);
  }
  if (o.targetDdl !== undefined || o.fromDb) {
    stop([{ code: AUTHOR_CODES.usage, severity: 'error', message: `${o.fromDb ? '--from-db' : '--target-ddl'} needs --autogenerate` }]);
  }
  const graph = ctx.graph();
  const place = placeRevision(graph, o);
  if (!place.ok) stop(place.diagnostics);
  const names = checkNames(graph, { branchLabels: o.branchLabels ?? [], dependsOn: o.dependsOn ?? [], ...(o.revId !== undefined ? { revId: o.revId } : {}) });
  if (!names.ok) stop(names.diagnostics);
  const id = o.revId ?? newRevisionId();
  const placed: PlacedDraft = {
    dir: revisionDir(graph, place.value.down, ctx.versionsRel, place.value.branch),
    draft: {
      id,
      down: place.value.down,
      branchLabels: o.branchLabels ?? [],
      dependsOn: names.dependsOn,
      message: o.message,
      createDate: createDate(o.now),
      header: [`${id}: ${o.message.split('\n')[0]}`],
      upgrade: [],
      downgrade: [],
    },
  };
  const { rendered, diagnostics } = renderDrafts(ctx.root, ctx.versionsRel, ctx.loaded().revisions, [placed]);
  if (diagnostics.length) stop(diagnostics);
  const w = writeRendered(ctx.cwd, rendered);
  if (w.diagnostics.length) stop(w.diagnostics);
  return generated(w, !!ctx.opts.json);
}
