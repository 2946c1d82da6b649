import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Dialect } from '../core/dialect.js';
import { DiagnosticError, type Diagnostic } from '../core/diagnostics.js';
import { hashFiles, listFiles, MANIFEST, sha256, stableJson, writeOrder } from '../core/manifest.js';
import { DEFAULT_TEMPLATES_DIR } from '../back/templates.js';
import { bootstrapScript } from '../emit/bootstrap-script.js';
import { TOOL_VERSION } from '../emit/version.js';
import { writeFileAtomic } from '../emit/write.js';
import { EXTERNAL_FILE, type LoadedHistory } from '../front/load.js';
import { resolveStart, type RevisionGraph } from '../graph/index.js';
import type { Workspace as Context } from './workspace.js';
import { compilePlanned } from '../pipeline/compile-plan.js';
import { makePlan } from '../pipeline/make-plan.js';
import { checkOutputTarget, ensureOutputDirs, fsReason, historyOf, isFsError, pathError } from './output.js';

/**
 * The committed SQL bundles (dist-sql/<dialect>/): every script a DBA may need
 * to review and run by hand, compiled from the revision files, with a manifest
 * that pins what they were compiled from. Which bundles exist is computed from
 * the graph (its heads, the expand/contract labels and the milestones), never
 * from a list of revision ids, so a new revision changes the set by itself.
 */

/** The dialects bundles are compiled for (mysql serves MySQL and MariaDB). */
export const DIST_DIALECTS: readonly Dialect[] = ['postgresql', 'mysql', 'sqlite'];
export const DEFAULT_DIST_DIR = 'dist-sql';

/** Diagnostic codes: DS001 file differs, DS002 missing, DS003 extra, DS010 the bundle set cannot be computed. */
export const DIST_CODES = { differs: 'DS001', missing: 'DS002', extra: 'DS003', plan: 'DS010' } as const;

export type BundleKind = 'full' | 'expand' | 'contract' | 'milestone' | 'after-milestones';

/** One upgrade bundle, before compiling: what it covers, the same for every dialect. */
export interface DistBundleSpec {
  file: string;
  kind: BundleKind;
  /** The range exactly as `upgrade <range> --sql` takes it; the bundle is that command's output. */
  range: string;
  /** Version-table rows before (sorted; [] = base). */
  from: string[];
  /** Version-table rows after (sorted). */
  to: string[];
  /** Revisions applied, in order. */
  revisions: string[];
  /** For milestone bundles: the milestone the range starts at ('base' for the first) and ends at ('heads' after the last milestone). */
  milestones?: { from: string; to: string };
  description: string;
}

/** Options every bundle is compiled with (recorded in the manifest). */
export interface DistOptions {
  versionTable: string;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');

function distError(message: string, hint?: string): DiagnosticError {
  return new DiagnosticError(1, [{ code: DIST_CODES.plan, severity: 'error', message, ...(hint ? { hint } : {}) }]);
}

function planned(graph: RevisionGraph, range: string) {
  const p = makePlan(graph, { direction: 'upgrade', spec: range });
  return { from: [...p.plan.from], to: [...p.plan.heads], revisions: p.plan.steps.map((s) => s.revision.id) };
}

/**
 * Milestones in history order: by how much they include, then by name. Each
 * must add revisions to what the milestones before it applied, and none of
 * its revisions may lie behind (be an ancestor of) a revision of the one before.
 */
export function orderedMilestones(graph: RevisionGraph): string[] {
  const applied = new Map<string, Set<string>>();
  for (const m of graph.milestoneNames) {
    const ids = graph.milestone(m);
    const s = graph.ancestors(ids);
    for (const id of ids) s.add(id);
    applied.set(m, s);
  }
  const names = [...graph.milestoneNames].sort((a, b) => applied.get(a)!.size - applied.get(b)!.size || (a < b ? -1 : a > b ? 1 : 0));
  const reached = new Set<string>();
  for (let i = 0; i < names.length; i++) {
    const m = names[i]!;
    const prev = i > 0 ? names[i - 1]! : undefined;
    const behind = prev === undefined ? undefined : graph.milestone(m).find((id) => graph.milestone(prev).some((p) => graph.isAncestor(id, p)));
    if (behind !== undefined) {
      throw distError(
        `milestones '${prev}' and '${m}' do not follow each other: '${m}' marks ${behind}, which is behind '${prev}'`,
        'a later milestone must mark revisions at or after those of the milestone before it, on every branch',
      );
    }
    const added = [...applied.get(m)!].filter((id) => !reached.has(id));
    if (added.length === 0) {
      throw distError(`milestone '${m}' marks nothing beyond '${prev}'`, 'mark at least one revision that the earlier milestones do not include');
    }
    for (const id of added) reached.add(id);
  }
  return names;
}

/**
 * The bundle set, computed from the graph:
 *  - upgrade-full.sql: base to every head;
 *  - upgrade-expand.sql: base to expand@head (the common history before the
 *    branches split, then the expand branch) — when the graph has an expand label;
 *  - upgrade-contract.sql: from expand@head to contract@head, i.e. what remains
 *    after upgrade-expand.sql: only contract revisions, since everything the
 *    contract branch depends on is applied by then;
 *  - upgrade-<m1>-to-<m2>.sql: consecutive milestones (a milestone resolves to
 *    its revisions on every branch), from base to the first; plus
 *    upgrade-<last>-to-heads.sql when revisions were added after the last milestone.
 */
export function bundleSpecs(graph: RevisionGraph): DistBundleSpec[] {
  const out: DistBundleSpec[] = [];
  const add = (file: string, kind: BundleKind, range: string, description: string, milestones?: DistBundleSpec['milestones']) => {
    out.push({ file, kind, range, ...planned(graph, range), ...(milestones ? { milestones } : {}), description });
  };
  add('upgrade-full.sql', 'full', 'base:heads', 'every revision, from an empty database (after bootstrap on a scratch database) to all heads');
  const expand = graph.labelRevision('expand');
  const contract = graph.labelRevision('contract');
  if (expand !== undefined && contract !== undefined) {
    add(
      'upgrade-expand.sql',
      'expand',
      'base:expand@head',
      'from an empty database to expand@head: the history before the branches split, then every expand revision (additive; services may keep running)',
    );
    add(
      'upgrade-contract.sql',
      'contract',
      'expand@head:contract@head',
      'from a database at expand@head (after upgrade-expand.sql) to contract@head: only contract revisions (stop the services first)',
    );
    const c = out[out.length - 1]!;
    const carriers = new Set(graph.carriers('contract'));
    const off = c.revisions.filter((id) => !carriers.has(id));
    if (off.length > 0) {
      throw distError(
        `the contract bundle (${c.range}) would also apply ${off.join(', ')}, which ${off.length === 1 ? 'is' : 'are'} not on the contract branch`,
        'a contract revision depends on a revision that expand@head does not include',
      );
    }
  }
  const milestones = orderedMilestones(graph);
  let prevName = 'base';
  let prevEnd: string[] = [];
  const startOf = (): string => {
    if (prevName === 'base') return 'base';
    // A milestone names its revisions; after the previous range the version table may hold
    // other heads too (a branch the milestone does not mark), and the range must start there.
    const r = resolveStart(graph, [prevName]);
    return r.ok && sameSet(r.value, prevEnd) ? prevName : prevEnd.join(',');
  };
  for (const m of milestones) {
    const range = `${startOf()}:${m}`;
    add(
      `upgrade-${fileSafe(prevName)}-to-${fileSafe(m)}.sql`,
      'milestone',
      range,
      `from ${prevName === 'base' ? 'an empty database' : `milestone ${prevName}`} to milestone ${m} (${graph.sortTopo(graph.milestone(m)).join(', ')})`,
      { from: prevName, to: m },
    );
    prevEnd = out[out.length - 1]!.to;
    prevName = m;
  }
  if (milestones.length > 0 && !sameSet(prevEnd, graph.heads)) {
    add(
      `upgrade-${fileSafe(prevName)}-to-heads.sql`,
      'after-milestones',
      `${startOf()}:heads`,
      `from milestone ${prevName} to the heads: the revisions added after the last milestone`,
      { from: prevName, to: 'heads' },
    );
  }
  const names = new Set<string>();
  for (const b of out) {
    if (names.has(b.file)) throw distError(`two bundles would be written to ${b.file}`, 'rename a milestone');
    names.add(b.file);
  }
  return out;
}

function fileSafe(name: string): string {
  return name.replace(/[^A-Za-z0-9_.-]/g, '_');
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** The bootstrap script exactly as `bootstrap --sql` prints it. */
function distBootstrap(history: LoadedHistory, dialect: Dialect, versionTable: string) {
  const { out, script } = bootstrapScript(dialect, history.external, versionTable);
  if (!script) throw new DiagnosticError(1, out.diagnostics);
  return { text: script.text, templates: [...out.renderer.used.values()] };
}

function cliCommand(dialect: Dialect, o: DistOptions, rest: string): string {
  const vt = o.versionTable === 'alembic_version_lbaas' ? '' : ` --version-table ${o.versionTable}`;
  return `lbaas-db-manage --dialect ${dialect}${vt} ${rest}`;
}

/**
 * Compiles every bundle for every dialect, in memory: relative path (dialect/file) -> text.
 * Pure apart from reading the revision files and templates; the same sources give the same bytes.
 */
export function compileDist(ctx: Context, o: DistOptions): Map<string, string> {
  const history = ctx.loaded();
  const graph = ctx.graph();
  const specs = bundleSpecs(graph);
  const files = new Map<string, string>();
  const externalRel = `${ctx.versionsRel}/${EXTERNAL_FILE}`;
  const sources = hashFiles(ctx.root, [...graph.order.map((r) => r.file), ...(existsSync(join(ctx.root, externalRel)) ? [externalRel] : [])]);

  for (const dialect of DIST_DIALECTS) {
    const entries: Record<string, object> = {};
    const templates = new Set<string>();
    for (const b of specs) {
      const p = makePlan(graph, { direction: 'upgrade', spec: b.range });
      const { script, output } = compilePlanned(history, graph, p, {
        dialect,
        versionTable: o.versionTable,
        title: `upgrade ${b.range}`,
        safety: { guard: true, clientDirectives: true },
      });
      for (const t of output.renderer.used.values()) templates.add(t);
      files.set(`${dialect}/${b.file}`, script.text);
      entries[b.file] = {
        kind: b.kind,
        description: b.description,
        range: b.range,
        from: b.from,
        to: b.to,
        revisions: b.revisions,
        ...(b.milestones ? { milestones: b.milestones } : {}),
        command: cliCommand(dialect, o, `upgrade ${b.range} --sql`),
        bytes: bytes(script.text),
        sha256: sha256(script.text),
      };
    }
    const boot = distBootstrap(history, dialect, o.versionTable);
    for (const t of boot.templates) templates.add(t);
    files.set(`${dialect}/bootstrap.sql`, boot.text);
    entries['bootstrap.sql'] = {
      kind: 'bootstrap',
      description:
        'stand-ins for the external tables (versions/external.jsonc) on a scratch database, before upgrade-full.sql, upgrade-expand.sql or upgrade-base-to-*.sql; never on a real Neutron database, which has these tables already',
      tables: history.external.map((t) => t.table),
      command: cliCommand(dialect, o, 'bootstrap --sql'),
      bytes: bytes(boot.text),
      sha256: sha256(boot.text),
    };
    const templateHashes = hashFiles(DEFAULT_TEMPLATES_DIR, templates, 'templates/');
    const manifest = {
      dialect,
      generator: { name: 'lbaas-db-manage', version: TOOL_VERSION, command: 'lbaas-db-manage dist-sql' },
      options: { version_table: o.versionTable, guard: true, client_directives: true, transaction_per_migration: false },
      heads: [...graph.heads],
      files: entries,
      milestone_sequence: specs.filter((b) => b.kind === 'milestone' || b.kind === 'after-milestones').map((b) => b.file),
      sources,
      templates: templateHashes,
    };
    files.set(`${dialect}/${MANIFEST}`, stableJson(manifest));
  }
  return files;
}

/**
 * Writes the bundles: each file atomically, the manifests last, then removes
 * bundles of ours that are no longer produced (*.sql and manifest.json in the
 * dialect folders only). Returns what it wrote, removed and left alone.
 */
export function writeDist(outDir: string, files: Map<string, string>): { written: string[]; removed: string[]; foreign: string[] } {
  const names = [...files.keys()].sort();
  for (const n of writeOrder(names)) writeFileAtomic(join(outDir, n), files.get(n)!);
  const removed: string[] = [];
  const foreign: string[] = [];
  for (const f of listFiles(outDir)) {
    if (files.has(f)) continue;
    const [top, ...rest] = f.split('/');
    const ours = (DIST_DIALECTS as readonly string[]).includes(top!) && rest.length === 1 && (rest[0]!.endsWith('.sql') || rest[0] === MANIFEST);
    if (ours) {
      rmSync(join(outDir, f));
      removed.push(f);
    } else foreign.push(f);
  }
  return { written: names, removed, foreign };
}

/** Compares the directory with the in-memory bundles: one diagnostic per differing, missing or extra file. */
export function checkDist(dir: string, shownDir: string, files: Map<string, string>): Diagnostic[] {
  const ds: Diagnostic[] = [];
  const show = (f: string) => `${shownDir.replace(/\/+$/, '')}/${f}`;
  const present = new Set(listFiles(dir));
  for (const [f, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!present.has(f)) {
      ds.push({
        code: DIST_CODES.missing,
        severity: 'error',
        message: `missing: the sources compile to this file (${bytes(text)} bytes), but it is not there`,
        at: { file: show(f), path: [] },
      });
      continue;
    }
    const have = readFileSync(join(dir, f));
    const want = Buffer.from(text, 'utf8');
    if (have.equals(want)) continue;
    const { line, detail } = firstDifference(have.toString('utf8'), text);
    ds.push({
      code: DIST_CODES.differs,
      severity: 'error',
      at: { file: show(f), path: [] },
      line,
      col: 1,
      message: `differs from what the sources compile to (${have.length} bytes committed, ${want.length} compiled; first difference at line ${line})${detail}`,
    });
  }
  for (const f of present) {
    if (!files.has(f))
      ds.push({
        code: DIST_CODES.extra,
        severity: 'error',
        message: 'extra: no bundle of the sources produces this file',
        at: { file: show(f), path: [] },
        line: 1,
        col: 1,
      });
  }
  if (ds.length > 0)
    ds[ds.length - 1]!.hint = `run 'lbaas-db-manage dist-sql${shownDir === DEFAULT_DIST_DIR ? '' : ` --out ${shownDir}`}' and commit the result`;
  return ds;
}

function firstDifference(have: string, want: string): { line: number; detail: string } {
  const a = have.split('\n');
  const b = want.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      const clip = (s: string | undefined) => (s === undefined ? '(end of file)' : JSON.stringify(s.length > 100 ? `${s.slice(0, 100)}...` : s));
      return { line: i + 1, detail: `:\n    committed: ${clip(a[i])}\n    compiled:  ${clip(b[i])}` };
    }
  }
  return { line: 1, detail: '' };
}

/** `dist-sql`: compile everything first, then write; nothing is written if any bundle fails to compile. */
export function distSql(ctx: Context, o: { out: string; json?: boolean; quiet?: boolean }): string {
  const files = compileDist(ctx, { versionTable: ctx.config.versionTable });
  const dir = resolve(ctx.cwd, o.out);
  const shown = o.out.replace(/\/+$/, '') || o.out;
  // Not into the history being compiled, and over regular files only (no device, FIFO or link).
  for (const n of files.keys()) checkOutputTarget(join(dir, n), '--out', historyOf(ctx));
  ensureOutputDirs([{ path: dir, shown: o.out }, ...DIST_DIALECTS.map((d) => ({ path: join(dir, d), shown: `${shown}/${d}` }))], '--out');
  let res: ReturnType<typeof writeDist>;
  try {
    res = writeDist(dir, files);
  } catch (e) {
    if (!isFsError(e)) throw e;
    const at = typeof e.path === 'string' ? relative(dir, e.path) : '';
    throw pathError(
      '--out',
      at && !at.startsWith('..') ? `${shown}/${at}` : o.out,
      fsReason(e),
      `the bundles in ${o.out} may now be a mix of old and new files; fix the cause and run 'lbaas-db-manage dist-sql' again`,
    );
  }
  if (o.json) return stableJson({ ok: true, dir: o.out, written: res.written, removed: res.removed, foreign: res.foreign });
  if (o.quiet) return '';
  const lines = [`wrote ${res.written.length} files to ${o.out}/ (${DIST_DIALECTS.join(', ')})`];
  for (const f of res.removed) lines.push(`removed ${o.out}/${f} (no longer produced)`);
  for (const f of res.foreign) lines.push(`warning: ${o.out}/${f} is not a bundle; check-dist will report it`);
  return lines.join('\n') + '\n';
}

/** `check-dist`: exit 1 with one diagnostic per file when the directory differs from the sources. */
export function checkDistCommand(ctx: Context, o: { dir: string; json?: boolean; quiet?: boolean }): string {
  const files = compileDist(ctx, { versionTable: ctx.config.versionTable });
  const dir = resolve(ctx.cwd, o.dir);
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new DiagnosticError(1, [
      {
        code: 'CL003',
        severity: 'error',
        message: `cannot read --dir ${o.dir}: it is a file, not a directory`,
        hint: 'give the directory dist-sql wrote the bundles to',
      },
    ]);
  }
  const ds = checkDist(dir, o.dir, files);
  if (ds.length > 0) throw new DiagnosticError(1, ds);
  if (o.json) return stableJson({ ok: true, dir: o.dir, files: files.size });
  return o.quiet ? '' : `${o.dir}/ matches the sources: ${files.size} files for ${DIST_DIALECTS.join(', ')}\n`;
}
