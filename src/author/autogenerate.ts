import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Workspace as Context } from '../workspace/workspace.js';
import { appliedAt } from '../pipeline/compile-plan.js';
import { redactUrl } from '../config/url.js';
import { DIALECTS, type Dialect } from '../core/dialect.js';
import { DiagnosticError, hasErrors, type Diagnostic } from '../core/diagnostics.js';
import type { Op, Revision } from '../core/ops.js';
import { compileSteps } from '../emit/compile.js';
import { Reader } from '../front/reader.js';
import { readOp } from '../front/validate.js';
import { buildGraph } from '../graph/graph.js';
import type { RevisionGraph } from '../graph/index.js';
import { Replayer } from '../model/replay.js';
import type { Schema } from '../model/schema.js';
import type { DeclSchema } from './decl.js';
import { FAMILIES, diffSchemas, type DiffChange } from './diff.js';
import { renderDrafts, writeRendered, type PlacedDraft } from './emit.js';
import { createDate, newRevisionId } from './file-names.js';
import { AUTHOR_CODES, checkNames, headsList, placeRevision, revisionDir } from './place.js';
import type { DraftOp } from './render.js';
import type { RevisionOptions } from './revision.js';
import type { Family } from '../dialects/capabilities.js';
import { caps } from '../dialects/registry.js';

/**
 * `revision --autogenerate`: replays the history at heads into the schema
 * model, reads the target (a DDL file, or the live database with --from-db),
 * lists the changes between them and writes them as revision files. When the
 * history has expand and contract branches, additive changes go to a new
 * expand revision and the ones that can lose data to a new contract revision
 * (which depends on the expand one); an additive change that needs the
 * contract branch's schema goes to the contract revision too. Every file is
 * compiled for every dialect, up and down, before it is written.
 */

function stop(ds: Diagnostic[], code = 1): never {
  throw new DiagnosticError(code, ds);
}

function usage(message: string, hint?: string): never {
  stop([{ code: AUTHOR_CODES.usage, severity: 'error', message, ...(hint ? { hint } : {}) }], 2);
}

/** The schema model after `revisions` (parents first), for one dialect. */
function replay(ctx: Context, dialect: Dialect, revisions: readonly Revision[]): Schema {
  const r = new Replayer(dialect, ctx.loaded().external);
  for (const rev of revisions) if (!r.applyRevision(rev, 'up')) break;
  if (r.diagnostics.length) stop(r.diagnostics);
  return r.schema;
}

/** Revision-file ops to internal ops (through the loader's own reader). */
function toOps(ops: readonly DraftOp[]): Op[] | undefined {
  const ds: Diagnostic[] = [];
  const r = new Reader('(generated)', ds);
  const out = ops.map((o, i) => readOp(r, o.op, ['upgrade', i]));
  return ds.length || out.some((o) => !o) ? undefined : (out as Op[]);
}

const synthetic = (id: string, upgrade: Op[]): Revision => ({
  id,
  down: [],
  branch_labels: [],
  depends_on: [],
  message: '',
  create_date: '',
  milestones: [],
  upgrade,
  downgrade: [],
  waivers: [],
  file: '(generated)',
});

/** Does every op of `changes` apply, in order, on top of `base`, for every engine family? */
function applies(ctx: Context, base: readonly Revision[], changes: readonly DiffChange[]): boolean {
  const ops = toOps(changes.flatMap((c) => c.up));
  if (!ops) return false;
  for (const f of FAMILIES) {
    const r = new Replayer(f, ctx.loaded().external);
    for (const rev of base) r.applyRevision(rev, 'up');
    if (r.diagnostics.length) return false;
    if (!r.applyRevision(synthetic('probe', ops), 'up')) return false;
  }
  return true;
}

async function readTarget(ctx: Context, o: RevisionOptions): Promise<{ schema: DeclSchema; source: string }> {
  if (o.fromDb) {
    if (o.targetDdl !== undefined) usage('give --target-ddl or --from-db, not both');
    const { readLiveSchema } = await import('./catalog.js');
    const url = ctx.config.url;
    if (url && caps(url.dialect).family !== caps(ctx.config.dialect).family) {
      usage(`--from-db reads a ${url.dialect} database, but --dialect is ${ctx.config.dialect}`, 'leave out --dialect with --from-db');
    }
    const res = await readLiveSchema(ctx.config, ctx.config.versionTable);
    ctx.warn(res.diagnostics);
    if (hasErrors(res.diagnostics)) stop(res.diagnostics);
    return { schema: res.schema, source: `the database at ${redactUrl(ctx.config.connection)}` };
  }
  const file = o.targetDdl !== undefined ? resolve(ctx.cwd, o.targetDdl) : ctx.config.targetSchemaFile;
  if (file === undefined) {
    usage(
      '--autogenerate needs a target schema',
      'give --target-ddl <file> (CREATE TABLE / CREATE INDEX statements), set [autogenerate] target_ddl in the config file, or use --from-db',
    );
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    stop([
      {
        code: AUTHOR_CODES.invalid,
        severity: 'error',
        message: `cannot read the target DDL ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      },
    ]);
  }
  const shown = relative(ctx.cwd, file) || file;
  const { parseDdl } = await import('./ddl.js');
  const parsed = parseDdl(text, shown, ctx.config.dialect);
  ctx.warn(parsed.diagnostics);
  if (hasErrors(parsed.diagnostics)) stop(parsed.diagnostics);
  return { schema: parsed.schema, source: shown };
}

type Mode = 'single' | 'both' | 'expand' | 'contract';

export async function autogenerate(ctx: Context, o: RevisionOptions): Promise<string> {
  if (!o.fromDb && o.targetDdl === undefined && ctx.config.targetSchemaFile === undefined) {
    usage(
      '--autogenerate needs a target schema',
      'give --target-ddl <file> (CREATE TABLE / CREATE INDEX statements), set [autogenerate] target_ddl in the config file, or use --from-db',
    );
  }
  const graph = ctx.graph();
  const dialect = ctx.config.dialect;
  const hasBranches = graph.labelRevision('expand') !== undefined && graph.labelRevision('contract') !== undefined;
  const mode: Mode = o.head !== undefined ? 'single' : o.expand ? 'expand' : o.contract ? 'contract' : hasBranches ? 'both' : 'single';
  if (o.expand && o.contract) usage('give --expand or --contract, not both');
  if (mode === 'both' && (o.branchLabels?.length ?? 0) > 0)
    usage('--branch-label with a split autogenerate names no single revision', 'add --expand or --contract (or --head) to write one revision');
  const names = checkNames(graph, { branchLabels: o.branchLabels ?? [], dependsOn: o.dependsOn ?? [], ...(o.revId !== undefined ? { revId: o.revId } : {}) });
  if (!names.ok) stop(names.diagnostics);

  // Where the new revision(s) go, and the model they are compared with.
  let singleDown: string[] = [];
  let singleBranch: 'expand' | 'contract' | undefined;
  let base: Revision[];
  if (mode === 'single') {
    const place = placeRevision(graph, o);
    if (!place.ok) stop(place.diagnostics);
    singleDown = place.value.down;
    singleBranch = place.value.branch;
    base = appliedAt(graph, [...singleDown, ...names.dependsOn]);
  } else {
    if (!hasBranches)
      stop([{ code: AUTHOR_CODES.noBranch, severity: 'error', message: `no expand and contract branches in this history`, hint: 'use --head' }]);
    base = appliedAt(graph, [...graph.heads, ...names.dependsOn]);
  }
  const model = replay(ctx, dialect, base);
  const families: Partial<Record<Family, Schema>> = {};
  for (const f of FAMILIES) families[f] = f === dialect ? model : replay(ctx, f, base);

  const target = await readTarget(ctx, o);
  const diff = diffSchemas({ dialect, model, families, target: target.schema, ignore: [ctx.config.versionTable], split: mode !== 'single' });
  ctx.warn(diff.diagnostics);
  if (hasErrors(diff.diagnostics)) stop(diff.diagnostics);
  if (diff.changes.length === 0) return `No changes in schema detected against ${target.source}; no revision written.\n`;

  // Split: additive changes to expand unless they need the contract branch's schema.
  let expandChanges: DiffChange[] = [];
  let contractChanges: DiffChange[] = [];
  let leftOut: DiffChange[] = [];
  if (mode === 'single') {
    expandChanges = diff.changes;
  } else {
    const expandHead = graph.labelRevision('expand') !== undefined ? lineHead(graph, 'expand') : undefined;
    const expandBase = appliedAt(graph, [expandHead!, ...names.dependsOn]);
    const accepted: DiffChange[] = [];
    for (const c of diff.changes) {
      if (c.kind === 'expand' && applies(ctx, expandBase, [...accepted, c])) accepted.push(c);
      else contractChanges.push(c);
    }
    expandChanges = accepted;
    if (mode === 'expand') {
      leftOut = contractChanges;
      contractChanges = [];
    } else if (mode === 'contract') {
      contractChanges = diff.changes;
      expandChanges = [];
    }
  }

  const files: { changes: DiffChange[]; down: string[]; branch: 'expand' | 'contract' | undefined }[] = [];
  if (mode === 'single') files.push({ changes: expandChanges, down: singleDown, branch: singleBranch });
  else {
    if (expandChanges.length) files.push({ changes: expandChanges, down: [lineHead(graph, 'expand')], branch: 'expand' });
    if (contractChanges.length) files.push({ changes: contractChanges, down: [lineHead(graph, 'contract')], branch: 'contract' });
  }
  if (files.length === 0) {
    return `Nothing to write with --expand: every change belongs to the contract branch (${leftOut.map((c) => c.summary).join('; ')}).\n`;
  }
  if (files.length > 1 && o.revId !== undefined)
    usage('--rev-id names one revision, but this autogenerate writes two (expand and contract)', 'add --expand or --contract to write one of them');

  const ids = files.map(() => o.revId ?? newRevisionId());
  const when = createDate(o.now);
  const placed: PlacedDraft[] = files.map((f, i) => {
    const id = ids[i]!;
    const dependsOn = [...names.dependsOn];
    if (f.branch === 'contract') {
      // The changes were found against both heads: the contract revision needs the expand line too.
      const expandTip = files[0]!.branch === 'expand' ? ids[0]! : lineHead(graph, 'expand');
      if (expandTip === ids[0] || !graph.isAncestor(expandTip, f.down[0]!)) if (!dependsOn.includes(expandTip)) dependsOn.push(expandTip);
    }
    const upgrade = f.changes.flatMap((c) => c.up);
    const downgrade = [...f.changes].reverse().flatMap((c) => c.down);
    const header = [
      `${id}: ${o.message.split('\n')[0]}`,
      `Written by 'revision --autogenerate' from ${target.source} (${dialect} model of ${base.length ? `the history at ${mode === 'single' ? singleDown.join(', ') || 'base' : graph.heads.join(', ')}` : 'an empty history'}).`,
      ...(f.branch && files.length > 1
        ? [
            `${f.branch === 'expand' ? `Expand half: additive changes; the contract half is ${ids[1]}` : `Contract half: changes that can lose data; it depends on the expand half ${ids[0]}`}.`,
          ]
        : []),
      ...(f.branch && files.length === 1 ? [`On the ${f.branch} branch.`] : []),
      'Review every op before committing: renames show up as a drop and an add (flagged below).',
      ...f.changes.map((c) => `- ${c.summary}`),
    ];
    return {
      dir: revisionDir(graph, f.down, ctx.versionsRel, f.branch),
      draft: {
        id,
        down: f.down,
        branchLabels: o.branchLabels ?? [],
        dependsOn,
        message: o.message,
        createDate: when,
        header,
        upgrade,
        downgrade,
      },
    };
  });

  const { rendered, diagnostics } = renderDrafts(ctx.root, ctx.versionsRel, ctx.loaded().revisions, placed);
  if (diagnostics.length) stop(diagnostics);
  const check = compileCheck(
    ctx,
    rendered.map((r) => r.revision),
    dialect,
  );
  if (hasErrors(check)) stop(check);
  ctx.warn(check);

  const w = writeRendered(ctx.cwd, rendered);
  if (w.diagnostics.length) stop(w.diagnostics);
  if (ctx.opts.json) {
    return (
      JSON.stringify(
        {
          ok: true,
          written: w.files,
          revisions: files.map((f, i) => ({ revision: ids[i], ...(f.branch ? { branch: f.branch } : {}), changes: f.changes.map((c) => c.summary) })),
          left_out: leftOut.map((c) => c.summary),
        },
        null,
        2,
      ) + '\n'
    );
  }
  const lines = [...w.lines];
  files.forEach((f, i) => {
    lines.push(`${f.branch ? `${f.branch} ` : ''}revision ${ids[i]}: ${f.changes.length} change(s)`);
    for (const c of f.changes) lines.push(`  - ${c.summary}`);
  });
  if (files.length > 1) lines.push(`2 revision files written (expand ${ids[0]}, contract ${ids[1]}, which depends on it).`);
  if (leftOut.length) {
    lines.push(`left out (contract changes; run 'revision --autogenerate --contract' after this one): ${leftOut.map((c) => c.summary).join('; ')}`);
  }
  if (o.fromDb) lines.push(`The database already has these changes: once reviewed, record that with 'stamp ${ids.join(',')}'.`);
  return lines.join('\n') + '\n';
}

function lineHead(graph: RevisionGraph, label: string): string {
  const anchor = graph.labelRevision(label)!;
  const line = [anchor, ...graph.descendants(anchor, { dependencies: false })];
  const heads = line.filter((id) => graph.children(id).length === 0);
  if (heads.length !== 1)
    stop([
      {
        code: AUTHOR_CODES.severalHeads,
        severity: 'error',
        message: `branch ${label} has ${heads.length} heads: ${heads.join(', ')}`,
        hint: `heads: ${headsList(graph)}`,
      },
    ]);
  return heads[0]!;
}

/** Compiles the new revisions up and back down for every dialect; errors on the configured dialect stop the write. */
function compileCheck(ctx: Context, revs: Revision[], primary: Dialect): Diagnostic[] {
  const { graph, diagnostics } = buildGraph([...ctx.loaded().revisions, ...revs]);
  if (hasErrors(diagnostics)) return diagnostics;
  const out: Diagnostic[] = [];
  const dialects: Dialect[] = [...DIALECTS];
  for (const d of dialects) {
    for (const rev of graph.sortTopo(revs.map((r) => r.id)).map((id) => graph.get(id)!)) {
      const up = compileSteps(
        {
          dialect: d,
          external: ctx.loaded().external,
          applied: appliedAt(graph, [...graph.requires(rev.id)]),
          steps: [{ revision: rev, direction: 'up', versions: [] }],
        },
        ctx.config.versionTable,
      );
      const down = hasErrors(up.diagnostics)
        ? { diagnostics: [] }
        : compileSteps(
            { dialect: d, external: ctx.loaded().external, applied: appliedAt(graph, [rev.id]), steps: [{ revision: rev, direction: 'down', versions: [] }] },
            ctx.config.versionTable,
          );
      for (const x of [...up.diagnostics, ...down.diagnostics]) {
        if (d === primary) out.push(x);
        else
          out.push({
            ...x,
            severity: 'warning',
            message: `${d}: ${x.message}`,
            hint: `the revision does not compile for ${d} as written; fix it by hand${x.hint ? ` (${x.hint})` : ''}`,
          });
      }
    }
  }
  return out;
}
