import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Dialect } from '../core/dialect.js';
import { CompileError, hasErrors, type Diagnostic } from '../core/diagnostics.js';
import { hashFiles, MANIFEST, sha256, stableJson } from '../core/manifest.js';
import type { Revision } from '../core/ops.js';
import { DEFAULT_TEMPLATES_DIR } from '../back/templates.js';
import { appliedAt, compilePlanned } from '../pipeline/compile-plan.js';
import { makePlan, type Planned } from '../pipeline/make-plan.js';
import type { CompileOutput } from '../emit/compile.js';
import type { Script } from '../emit/script.js';
import { TOOL_VERSION } from '../emit/version.js';
import { EXTERNAL_FILE, type LoadedHistory } from '../front/load.js';
import type { RevisionGraph, VersionAction } from '../graph/index.js';
import { lintReport, unwaived, type Finding } from '../lint/lint.js';
import { verifyScript } from '../verify/verify.js';
import { renderReview } from '../review/html.js';

/** What a bundle is built from; everything that changes its bytes is here (or in the files it reads). */
export interface BundleSpec {
  /** The range as written: `start:end` (a bare end starts at base). */
  range: string;
  dialect: Dialect;
  versionTable: string;
  perRevision: boolean;
  transactionPerMigration: boolean;
  guard: boolean;
  clientDirectives: boolean;
  /** The change ticket and the approver shown on the review page (and recorded in the manifest); absent: blank fields to fill by hand. */
  ticket?: string;
  approver?: string;
}

export interface BundleInput {
  history: LoadedHistory;
  graph: RevisionGraph;
  /** Project root: revision file names are relative to it. */
  root: string;
  /** The versions directory, relative to root (for external.jsonc). */
  versionsRel: string;
  /** Templates directory (absolute); default the shipped templates. */
  templatesDir?: string;
  /** Receives the planning warnings of the bundle's range (e.g. GR044), once. */
  warn?: (warnings: Diagnostic[]) => void;
}

export interface BundleFile {
  /** Path inside the bundle, forward slashes. */
  path: string;
  text: string;
}

export interface ScriptVerification {
  verified: number;
  not_verified: { line: number; revision?: string; gap: string; reason: string }[];
  errors: string[];
  /** Client commands the script holds because an op allows them (allow_client_command), with the reason; absent when none. */
  client_commands?: { line: number; revision?: string; command: string; reason: string }[];
}

/** One compiled script of the bundle and what the review page shows of it. */
export interface BundleScript {
  path: string;
  title: string;
  script: Script;
  output: CompileOutput;
  planned: Planned;
  verification: ScriptVerification;
}

export interface Bundle {
  spec: BundleSpec;
  /** Every file, manifest.json last; sorted otherwise. */
  files: BundleFile[];
  manifest: Manifest;
  upgrade: BundleScript;
  rollback?: BundleScript;
  irreversible: { revision: string; file: string; reason: string }[];
  perRevision: BundleScript[];
  findings: Finding[];
}

export const MANIFEST_VERSION = 1;

export interface Manifest {
  manifest_version: number;
  tool: { name: string; version: string };
  dialect: Dialect;
  range: string;
  start: string[];
  end: string[];
  revisions: string[];
  options: { version_table: string; per_revision: boolean; transaction_per_migration: boolean; guard: boolean; client_directives: boolean };
  rollback: { file: string; range: string } | { file: string; irreversible: { revision: string; reason: string }[] };
  files: Record<string, string>;
  sources: Record<string, string>;
  templates: Record<string, string>;
  lint: { summary: { findings: number; not_waived: number; waived: number }; findings: ManifestFinding[] };
  verification: Record<string, ScriptVerification>;
  /** The change ticket and approver given to `bundle` (each absent when not given). */
  board?: { ticket?: string; approver?: string };
}

export interface ManifestFinding {
  code: string;
  severity: string;
  revision: string;
  file: string;
  path: string;
  message: string;
  fix: string;
  waived?: string;
}

function compileOne(input: BundleInput, spec: BundleSpec, direction: 'upgrade' | 'downgrade', range: string, path: string, warn = false): BundleScript {
  const planned = makePlan(input.graph, { direction, spec: range });
  if (warn) input.warn?.(planned.warnings);
  const title = `${direction} ${range.includes(':') ? range : `${planned.plan.from.join(',') || 'base'}:${range}`}`;
  const { script, output } = compilePlanned(input.history, input.graph, planned, {
    dialect: spec.dialect,
    versionTable: spec.versionTable,
    title,
    transactionPerMigration: spec.transactionPerMigration,
    ...(input.templatesDir ? { templatesDir: input.templatesDir } : {}),
    safety: { guard: spec.guard, clientDirectives: spec.clientDirectives },
  });
  const v = verifyScript(script, spec.dialect);
  // A client command that no op allows is never written into a bundle (the load refuses it first; a --templates directory could still bring one).
  const commands = v.diagnostics.filter((d) => d.code === 'VF010');
  if (commands.length) throw new CompileError(commands.map((d) => ({ ...d, message: `${path}: ${d.message}` })));
  const verification: ScriptVerification = {
    verified: v.verified,
    not_verified: v.notVerified.map((n) => ({ line: n.line, ...(n.revision ? { revision: n.revision } : {}), gap: n.gap, reason: n.reason })),
    errors: v.diagnostics.map((d) => `${d.code}: ${d.message}`),
    ...(v.allowedCommands.length ? { client_commands: v.allowedCommands } : {}),
  };
  return { path, title, script, output, planned, verification };
}

/** The heads after playing version-table actions on `heads`. */
export function playVersions(heads: readonly string[], actions: readonly VersionAction[]): string[] {
  const s = new Set(heads);
  for (const a of actions) {
    if (a.kind === 'insert') s.add(a.id);
    else if (a.kind === 'delete') s.delete(a.id);
    else {
      s.delete(a.from);
      s.add(a.to);
    }
  }
  return [...s].sort();
}

const headsText = (ids: readonly string[]) => (ids.length ? [...ids].sort().join(',') : 'base');
/** `from:to` as a range the CLI reads (a list of heads, or base). */
const rangeOf = (from: readonly string[], to: readonly string[]) => `${headsText(from)}:${headsText(to)}`;

/**
 * Builds a review bundle in memory: the upgrade script for the range, the
 * rollback script (`downgrade <end heads>:<start heads>`) when every revision
 * can be reversed, else reversibility.txt; optional per-revision scripts;
 * review.html; manifest.json with checksums of every file, source and
 * template, lint findings and verification results. Same inputs, same bytes:
 * keys are sorted and nothing depends on time or on where the files live.
 */
export function buildBundle(input: BundleInput, spec: BundleSpec): Bundle {
  const files: BundleFile[] = [];
  const upgrade = compileOne(input, spec, 'upgrade', spec.range, 'upgrade.sql', true);
  const plan = upgrade.planned.plan;
  const steps = plan.steps;
  if (steps.length === 0) throw new CompileError([{ code: 'BN003', severity: 'error', message: `range '${spec.range}' has no revision to upgrade` }]);
  files.push({ path: upgrade.path, text: upgrade.script.text });

  const irreversible = steps
    .filter((s) => s.revision.downgrade === null)
    .map((s) => ({ revision: s.revision.id, file: s.revision.file, reason: s.revision.irreversible ?? 'the revision declares no downgrade ops' }));
  let rollback: BundleScript | undefined;
  const rollbackRange = rangeOf(plan.heads, plan.from);
  if (irreversible.length === 0) {
    rollback = compileOne(input, spec, 'downgrade', rollbackRange, 'rollback.sql');
    files.push({ path: rollback.path, text: rollback.script.text });
  } else {
    files.push({ path: 'reversibility.txt', text: reversibilityText(spec, plan.from, plan.heads, irreversible, steps.length) });
  }

  const perRevision: BundleScript[] = [];
  if (spec.perRevision) {
    let heads = plan.from;
    const width = Math.max(2, String(steps.length).length);
    steps.forEach((st, i) => {
      const range = `${heads.length ? heads.join(',') : 'base'}:${st.revision.id}`;
      const one = compileOne(input, spec, 'upgrade', range, `revisions/${String(i + 1).padStart(width, '0')}-${st.revision.id}.sql`);
      const ids = one.planned.plan.steps.map((x) => x.revision.id);
      if (ids.length !== 1 || ids[0] !== st.revision.id) throw new Error(`internal: per-revision plan for ${st.revision.id} ran ${ids.join(', ')}`);
      perRevision.push(one);
      files.push({ path: one.path, text: one.script.text });
      heads = playVersions(heads, st.versions);
    });
  }

  const rangeIds = new Set(steps.map((s) => s.revision.id));
  const lint = lintReport(input.history, input.graph, { dialects: [spec.dialect], revisions: rangeIds });
  if (lint.errors.length) throw new CompileError(lint.errors);

  const scripts = [upgrade, ...(rollback ? [rollback] : []), ...perRevision];
  const templates = templateChecksums(input, scripts);
  const sources = sourceChecksums(
    input,
    plan.from,
    steps.map((s) => s.revision),
  );
  const verification = Object.fromEntries(scripts.map((s) => [s.path, s.verification]));
  const manifestBase = {
    manifest_version: MANIFEST_VERSION,
    tool: { name: 'lbaas-db-manage', version: TOOL_VERSION },
    dialect: spec.dialect,
    range: spec.range,
    start: [...plan.from],
    end: [...plan.heads],
    revisions: steps.map((s) => s.revision.id),
    options: {
      version_table: spec.versionTable,
      per_revision: spec.perRevision,
      transaction_per_migration: spec.transactionPerMigration,
      guard: spec.guard,
      client_directives: spec.clientDirectives,
    },
    rollback: rollback
      ? { file: rollback.path, range: rollbackRange }
      : { file: 'reversibility.txt', irreversible: irreversible.map((x) => ({ revision: x.revision, reason: x.reason })) },
    sources,
    templates,
    lint: {
      summary: { findings: lint.findings.length, not_waived: unwaived(lint.findings).length, waived: lint.findings.length - unwaived(lint.findings).length },
      findings: lint.findings.map(manifestFinding),
    },
    verification,
    board: { ...(spec.ticket !== undefined ? { ticket: spec.ticket } : {}), ...(spec.approver !== undefined ? { approver: spec.approver } : {}) },
  };

  const checksumsSoFar = () => Object.fromEntries([...files].sort((a, b) => a.path.localeCompare(b.path)).map((f) => [f.path, sha256(f.text)]));
  const review = renderReview({
    spec,
    graph: input.graph,
    upgrade,
    ...(rollback ? { rollback } : {}),
    irreversible,
    perRevision,
    findings: lint.findings,
    files: checksumsSoFar(),
    sources,
    templates,
    toolVersion: TOOL_VERSION,
  });
  files.push({ path: 'review.html', text: review });
  files.sort((a, b) => a.path.localeCompare(b.path));
  const manifest: Manifest = { ...manifestBase, files: checksumsSoFar() };
  files.push({ path: MANIFEST, text: stableJson(manifest) });
  return { spec, files, manifest, upgrade, ...(rollback ? { rollback } : {}), irreversible, perRevision, findings: lint.findings };
}

function manifestFinding(f: Finding): ManifestFinding {
  return {
    code: f.code,
    severity: f.severity,
    revision: f.revision,
    file: f.file,
    path: f.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
      .join('')
      .replace(/^\./, ''),
    message: f.message,
    fix: f.fix,
    ...(f.waived !== undefined ? { waived: f.waived } : {}),
  };
}

function reversibilityText(
  spec: BundleSpec,
  from: readonly string[],
  to: readonly string[],
  irreversible: { revision: string; file: string; reason: string }[],
  total: number,
): string {
  const lines = [
    `No rollback script: ${irreversible.length} of the ${total} revisions in ${spec.range} cannot be reversed,`,
    `so 'downgrade ${rangeOf(to, from)}' cannot be compiled.`,
    '',
    ...irreversible.flatMap((x) => [`${x.revision} (${x.file})`, `    ${x.reason}`]),
    '',
    'Restore from a backup taken before the upgrade to go back.',
  ];
  return lines.join('\n') + '\n';
}

/** sha256 of every template file the scripts rendered (and the partials they could use), keyed by path inside the templates directory. */
function templateChecksums(input: BundleInput, scripts: BundleScript[]): Record<string, string> {
  const dir = input.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  return hashFiles(
    dir,
    scripts.flatMap((s) => [...s.output.renderer.used.values()]),
  );
}

/** sha256 of every file the scripts were compiled from: external.jsonc, the revisions applied before the range, and the range's. */
function sourceChecksums(input: BundleInput, from: readonly string[], inRange: readonly Revision[]): Record<string, string> {
  const files = new Set<string>();
  const ext = `${input.versionsRel}/${EXTERNAL_FILE}`;
  if (existsSync(join(input.root, ext))) files.add(ext);
  for (const r of appliedAt(input.graph, from)) files.add(r.file);
  for (const r of inRange) files.add(r.file);
  return hashFiles(input.root, files);
}

export function bundleErrors(e: unknown): Diagnostic[] | undefined {
  if (e instanceof CompileError) return e.diagnostics;
  const ds = (e as { diagnostics?: Diagnostic[] }).diagnostics;
  return Array.isArray(ds) && hasErrors(ds) ? ds : undefined;
}
