import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_VERSION_TABLE } from '../config/config.js';
import { isDialect, type Dialect } from '../core/dialect.js';
import { DiagnosticError, hasErrors, type Diagnostic } from '../core/diagnostics.js';
import type { Chunk } from '../emit/script.js';
import { loadHistoryFiles, type LoadedHistory } from '../front/load.js';
import { buildGraph, type Plan, type RevisionGraph, type VersionAction } from '../graph/index.js';
import { lintReport, type LintReport } from '../lint/lint.js';
import { verifyScript, type VerifyResult } from '../verify/verify.js';
import { compilePlanned } from './compile-plan.js';
import { scriptCompileOptions, type ScriptRequestOptions } from './extras.js';
import { makePlan, type Direction } from './make-plan.js';

/*
 * The library's entry points. Each takes plain values (a loaded history, a range, a dialect,
 * options) and returns plain values: none of them exits, prints or reads the process
 * environment. A problem that stops a step is thrown as a DiagnosticError carrying every
 * diagnostic (errors and the warnings met before them); warnings of a step that succeeds
 * come back in its result's `diagnostics`.
 */

export { DiagnosticError, type Diagnostic } from '../core/diagnostics.js';
export { DIALECTS, type Dialect } from '../core/dialect.js';
export type { Chunk, Script } from '../emit/script.js';
export type { LoadedHistory } from '../front/load.js';
export type { Plan, RevisionGraph } from '../graph/index.js';
export type { Finding, LintReport } from '../lint/lint.js';
export type { VerifyResult } from '../verify/verify.js';
export type { Direction } from './make-plan.js';

/** The history shipped with the package (its `versions/` directory). */
export const SHIPPED_VERSIONS = fileURLToPath(new URL('../../versions', import.meta.url));

/**
 * Reads and validates every revision file of a versions directory (default: the shipped history).
 * File names in diagnostics are relative to the directory's parent. Throws a DiagnosticError
 * (status 1) when a file is wrong; warnings are in the result's `diagnostics`.
 */
export function loadHistory(versionsDir: string = SHIPPED_VERSIONS): LoadedHistory {
  const abs = resolve(versionsDir);
  const history = loadHistoryFiles(dirname(abs), basename(abs));
  if (hasErrors(history.diagnostics)) throw new DiagnosticError(1, history.diagnostics);
  return history;
}

/** The revision graph of a loaded history; throws a DiagnosticError (status 1) on graph errors (missing parents, cycles, ...). */
export function graphOf(history: LoadedHistory): { graph: RevisionGraph; diagnostics: Diagnostic[] } {
  const { graph, diagnostics } = buildGraph(history.revisions);
  if (hasErrors(diagnostics)) throw new DiagnosticError(1, diagnostics);
  return { graph, diagnostics };
}

export interface PlanRequest {
  history: LoadedHistory;
  /** Built from the history when not given. */
  graph?: RevisionGraph;
  /** What `upgrade|downgrade|stamp <range> --sql` takes: `start:target` or a target counted from base (`heads`, `+2`, `expand@head`, ...). */
  range: string;
  /** Default: upgrade. */
  direction?: Direction;
}

export interface PlanResult {
  plan: Plan;
  /** For a stamp: the version-table actions. */
  stampVersions?: VersionAction[];
  /** The revisions the plan runs, in order. */
  revisions: string[];
  diagnostics: Diagnostic[];
}

/** Plans a range offline (the start is the range's left side, or base). Throws a DiagnosticError on a bad range (status 2) or target (status 1). */
export function plan(req: PlanRequest): PlanResult {
  const built = req.graph ? { graph: req.graph, diagnostics: [] } : graphOf(req.history);
  const planned = makePlan(built.graph, { direction: req.direction ?? 'upgrade', spec: req.range });
  return {
    plan: planned.plan,
    ...(planned.stampVersions ? { stampVersions: planned.stampVersions } : {}),
    revisions: planned.plan.steps.map((s) => s.revision.id),
    diagnostics: [...nonErrors(req.history.diagnostics), ...built.diagnostics, ...planned.warnings],
  };
}

/** Options of a compile; unset ones take the command line's defaults. */
export interface CompileRequestOptions extends ScriptRequestOptions {
  /** The version table (default alembic_version_lbaas). */
  versionTable?: string;
  /** MySQL/MariaDB: the character set and collation of created tables. */
  mysqlCharset?: { charset?: string; collation?: string };
  /** A directory laid out as the shipped `templates/` (one folder per dialect, `_shared`), to render with instead. */
  templatesDir?: string;
}

export interface CompileRequest extends Omit<PlanRequest, 'direction'> {
  dialect: Dialect;
  /** Default: upgrade. */
  direction?: Direction;
  options?: CompileRequestOptions;
}

export interface CompileResult {
  /** The SQL script: the bytes `lbaas-db-manage <direction> <range> --sql` prints for the same history and options. */
  script: string;
  /** Every statement, comment and directive of the script, with its character span, line, revision, source file and op. */
  chunks: Chunk[];
  /** Warnings (loading, graph, plan); errors are thrown as a DiagnosticError. */
  diagnostics: Diagnostic[];
}

/** Compiles a range of the history into one script for a dialect. Reads the templates; nothing else. */
export function compile(req: CompileRequest): CompileResult {
  if (!isDialect(req.dialect)) {
    throw new DiagnosticError(2, [
      { code: 'CL000', severity: 'error', message: `unknown dialect '${String(req.dialect)}'`, hint: 'give postgresql, mysql, mariadb or sqlite' },
    ]);
  }
  const o = req.options ?? {};
  const direction = req.direction ?? 'upgrade';
  const built = req.graph ? { graph: req.graph, diagnostics: [] } : graphOf(req.history);
  const planned = makePlan(built.graph, { direction, spec: req.range, ...(o.more?.length ? { more: o.more } : {}) });
  const settings = { dialect: req.dialect, versionTable: o.versionTable ?? DEFAULT_VERSION_TABLE, ...(o.mysqlCharset ? { mysqlCharset: o.mysqlCharset } : {}) };
  const options = scriptCompileOptions(settings, direction, req.range, planned.plan.from, o);
  const { script } = compilePlanned(req.history, built.graph, planned, {
    ...options,
    ...(o.templatesDir !== undefined ? { templatesDir: o.templatesDir } : {}),
  });
  return { script: script.text, chunks: script.chunks, diagnostics: [...nonErrors(req.history.diagnostics), ...built.diagnostics, ...planned.warnings] };
}

export interface LintRequest {
  history: LoadedHistory;
  graph?: RevisionGraph;
  /** Dialects to check (default: postgresql, mysql, sqlite). */
  dialects?: readonly Dialect[];
}

/** Lints every upgrade op of the history on the model as it is when the op runs. Findings and replay errors are returned, not thrown. */
export function lint(req: LintRequest): LintReport {
  const graph = req.graph ?? graphOf(req.history).graph;
  return lintReport(req.history, graph, req.dialects ? { dialects: req.dialects } : {});
}

/**
 * Parses every statement of a compiled script (its text and chunks, as compile returns them) with
 * the dialect's grammar; failures are diagnostics (VF001), not throws.
 */
export function verify(req: { script: string; chunks: Chunk[]; dialect: Dialect }): VerifyResult {
  return verifyScript({ text: req.script, chunks: req.chunks }, req.dialect);
}

function nonErrors(ds: readonly Diagnostic[]): Diagnostic[] {
  return ds.filter((d) => d.severity !== 'error');
}
