import type { Dialect } from '../core/dialect.js';
import { hasErrors } from '../core/diagnostics.js';
import type { CreateTableOp, Revision, RevisionHead } from '../core/ops.js';
import { Renderer } from '../back/templates.js';
import { compileSteps, versionStatement, type CompiledStep, type CompileInput, type CompileOutput } from '../emit/compile.js';
import { assembleScript, ScriptAssembler, type Script, type ScriptOptions, type ScriptSink } from '../emit/script.js';
import { scriptExtras, type GuardOptions } from './extras.js';
import type { Plan, RevisionGraph } from '../graph/index.js';
import type { LoadedHistory } from '../front/load.js';
import { Exit } from '../cli/context.js';
import type { Planned } from './plan.js';

export interface CompileOptions {
  dialect: Dialect;
  versionTable: string;
  title: string;
  transactionPerMigration: boolean;
  templatesDir?: string;
  /** MySQL/MariaDB: the character set and collation of created tables (`[mysql] charset`/`collation`). */
  mysqlCharset?: { charset?: string; collation?: string };
  /** Guard and client directives; undefined = both on. */
  safety?: GuardOptions;
  /**
   * The version rows the guard expects, when they are not the plan's start: `stamp --purge` starts
   * its plan at base (whatever the rows name) and checks the rows it read.
   */
  guardRows?: readonly string[];
}

/** Revisions applied when the database is at `heads`: the heads and all they require, parents first. */
export function appliedAt<R extends RevisionHead>(graph: RevisionGraph<R>, heads: readonly string[]): R[] {
  const ids = graph.ancestors(heads);
  for (const h of heads) ids.add(h);
  return graph.sortTopo(ids).map((id) => graph.get(id)!);
}

/** The layout options of a plan's script (guard and client directives in `extra`). */
function scriptOptions(plan: Plan<RevisionHead>, o: CompileOptions, extra: ReturnType<typeof scriptExtras>): ScriptOptions {
  return {
    title: o.title, versionTable: o.versionTable, createVersionTable: plan.from.length === 0 && plan.direction === 'up',
    transactionPerMigration: o.transactionPerMigration, ...extra,
    ...(plan.dropVersionTable ? { dropVersionTable: true } : {}),
    ...(plan.steps.length === 0 && !plan.dropVersionTable ? { notice: `nothing to do: the range ends where it starts (${plan.from.join(', ') || 'base'}); this script changes nothing` } : {}),
  };
}

/** What compileSteps needs for a plan: the revisions applied at its start, and its steps. */
function stepsInput<R extends RevisionHead>(external: readonly CreateTableOp[], graph: RevisionGraph<R>, plan: Plan<R>, o: CompileOptions, renderer: Renderer): CompileInput<R> {
  return { dialect: o.dialect, external, applied: appliedAt(graph, plan.from), steps: plan.steps, renderer };
}

/**
 * Where a compile reads revisions from: a whole history (`load` returns its argument) or a
 * streamed one (the graph holds heads; `load` reads a revision's ops when the compile reaches it).
 */
export interface RevisionSource<R extends RevisionHead> {
  external: readonly CreateTableOp[];
  load: (r: R) => Revision;
}

/**
 * Compiles the script of an upgrade or downgrade plan into `sink`, laid out while the steps
 * compile: each step's statements go to the sink and are dropped at once, and no chunk table
 * is kept (offline `--sql`). Returns what finishes the script (its header and closing part
 * into the sink), so a caller can still check something before any of it is written out.
 * The same bytes as compilePlanned's script. Not for stamps.
 */
export function compileScriptTo<R extends RevisionHead, T>(source: RevisionSource<R>, graph: RevisionGraph<R>, planned: Planned<R>, o: CompileOptions, sink: ScriptSink<T>): () => T {
  if (planned.stampVersions) throw new Error('internal: a stamp is compiled by compilePlanned');
  const renderer = new Renderer(o.dialect, o.templatesDir, o.mysqlCharset);
  const plan = planned.plan;
  const extra = scriptExtras(o.dialect, renderer, o.versionTable, o.guardRows ?? plan.from, o.safety ?? {});
  const assembler = new ScriptAssembler(renderer, scriptOptions(plan, o, extra), plan.steps.length, sink);
  const output = compileSteps({
    ...stepsInput(source.external, graph, plan, o, renderer), load: source.load, onStep: (cs: CompiledStep, i: number) => assembler.step(cs, i),
  }, o.versionTable);
  if (hasErrors(output.diagnostics)) throw new Exit(1, output.diagnostics);
  return () => assembler.finishTo(sink, o.dialect, output.needsForeignKeysOff);
}

/**
 * Compiles a plan into the script, with its chunk table and the compiled steps (bundles, the
 * verifier, the online executor). Pure: reads nothing but the loaded revisions and the
 * templates; the same inputs give the same bytes.
 */
export function compilePlanned(history: LoadedHistory, graph: RevisionGraph, planned: Planned, o: CompileOptions): { script: Script; output: CompileOutput } {
  const renderer = new Renderer(o.dialect, o.templatesDir, o.mysqlCharset);
  const plan: Plan = planned.plan;
  const output = compileSteps(stepsInput(history.external, graph, plan, o, renderer), o.versionTable);
  if (hasErrors(output.diagnostics)) throw new Exit(1, output.diagnostics);
  const extra = scriptExtras(o.dialect, renderer, o.versionTable, o.guardRows ?? plan.from, o.safety ?? {});
  if (!planned.stampVersions) return { script: assembleScript(output, scriptOptions(plan, o, extra)), output };
  // A stamp runs no revision: only the version-table statements, in the script's transaction.
  const stmts = planned.stampVersions.map((v) => versionStatement(renderer, o.versionTable, v));
  const stampOut: CompileOutput = { ...output, steps: [] };
  const script = assembleScript(stampOut, {
    ...scriptOptions(plan, o, extra), createVersionTable: plan.from.length === 0, transactionPerMigration: false,
    notice: planned.stampVersions.length === 0 && !plan.dropVersionTable ? `nothing to do: the version table already holds ${plan.from.join(', ') || 'nothing'}; this script changes nothing` : undefined,
    stamp: { comment: `stamp: the version table moves from ${plan.from.join(', ') || 'base'} to ${plan.heads.join(', ') || 'base'}; no migration runs`, statements: stmts },
  });
  return { script, output: stampOut };
}
