import { DiagnosticError, hasErrors } from '../core/diagnostics.js';
import type { Revision, RevisionHead } from '../core/ops.js';
import { MemorySink, type ScriptSink } from '../emit/script.js';
import { writeStdout } from '../emit/write.js';
import { HistoryIndex, NotStreamable } from '../front/stream.js';
import { buildGraph } from '../graph/graph.js';
import type { Workspace as Context } from './workspace.js';
import { compilePlanned, compileScriptTo, type CompileOptions } from '../pipeline/compile-plan.js';
import { makePlan, type Direction } from '../pipeline/make-plan.js';
import { scriptCompileOptions, type GuardOptions } from '../pipeline/extras.js';
import { checkOutputTarget, historyOf, OutputFileSink } from './output.js';

export interface OfflineOptions extends GuardOptions {
  output?: string;
  transactionPerMigration?: boolean;
  /** --create-index-concurrently (else [postgresql] create_index_concurrently). */
  createIndexConcurrently?: boolean;
  /** stamp only: further destinations (`stamp a b`). */
  more?: string[];
}

/**
 * `upgrade|downgrade|stamp <range> --sql`: compile the range and write the whole
 * script to stdout or, atomically, to --output. Nothing is written unless every
 * stage succeeded: no truncated script, no half-written file.
 */
export async function offline(ctx: Context, direction: Direction, spec: string, o: OfflineOptions): Promise<void> {
  const output = o.output;
  if (output !== undefined) {
    const rules = historyOf(ctx);
    checkOutputTarget(output, '--output', rules); // before any compiling: a refused target costs nothing
    renderOfflineTo(ctx, direction, spec, o, () => new OutputFileSink(output, '--output', rules));
  } else await writeStdout(renderOfflineTo(ctx, direction, spec, o, () => new MemorySink()));
}

/** The script `--sql` prints, as text. */
export function renderOffline(ctx: Context, direction: Direction, spec: string, o: OfflineOptions): string {
  return renderOfflineTo(ctx, direction, spec, o, () => new MemorySink()).toString('utf8');
}

/**
 * The script `--sql` prints, into a sink from `sinkFor`. An upgrade or downgrade is compiled
 * streamed (renderStreamed); when that meets any problem, and for a stamp, the history is
 * loaded whole (renderWhole), which reports every problem exactly as it always does.
 */
export function renderOfflineTo<T>(ctx: Context, direction: Direction, spec: string, o: OfflineOptions, sinkFor: () => ScriptSink<T>): T {
  if (direction !== 'stamp') {
    const streamed = renderStreamed(ctx, direction, spec, o, sinkFor());
    if (streamed) return streamed.value;
  }
  return renderWhole(ctx, direction, spec, o, sinkFor());
}

/** The script from the history loaded whole: every file read and validated before the graph is built. */
export function renderWhole<T>(ctx: Context, direction: Direction, spec: string, o: OfflineOptions, sink: ScriptSink<T>): T {
  try {
    const history = ctx.loaded();
    const graph = ctx.graph();
    const planned = makePlan(graph, { direction, spec, ...(o.more?.length ? { more: o.more } : {}) });
    ctx.warn(planned.warnings);
    const options = compileOptions(ctx, direction, spec, planned.plan.from, o);
    if (planned.stampVersions) return sink.finish(compilePlanned(history, graph, planned, options).script.text, '');
    return compileScriptTo({ external: history.external, load: (r: Revision) => r }, graph, planned, options, sink)();
  } catch (e) {
    sink.abort();
    throw e;
  }
}

/**
 * The streamed compile: every file's head read first (the graph and the plan need nothing
 * else), then each revision's ops read, replayed and laid out into the sink in plan order and
 * dropped, then the ops of the revisions the plan did not reach validated; only then is the
 * script finished (its header written, the output file replaced). A history of thousands of
 * revisions is never held whole, nor its script as a string. Any problem (a bad file, a graph
 * or plan error, an op the model refuses) aborts the sink and returns undefined, and warnings
 * are printed only on success: the caller's whole load then reports problems and warnings as
 * a command that never streams does. The bytes are those of the whole load (the same parser,
 * validation, graph, plan and compile).
 */
export function renderStreamed<T>(
  ctx: Context,
  direction: 'upgrade' | 'downgrade',
  spec: string,
  o: OfflineOptions,
  sink: ScriptSink<T>,
): { value: T } | undefined {
  let finish: () => T;
  try {
    const index = new HistoryIndex(ctx.root, ctx.versionsRel);
    const built = buildGraph(index.heads);
    if (hasErrors(built.diagnostics)) {
      sink.abort();
      return undefined;
    }
    const planned = makePlan(built.graph, { direction, spec, ...(o.more?.length ? { more: o.more } : {}) });
    const options = compileOptions(ctx, direction, spec, planned.plan.from, o);
    finish = compileScriptTo({ external: index.external, load: (h: RevisionHead) => index.load(h) }, built.graph, planned, options, sink);
    index.checkRest();
    ctx.warn([...built.diagnostics, ...planned.warnings]);
  } catch (e) {
    sink.abort();
    if (e instanceof NotStreamable || e instanceof DiagnosticError) return undefined;
    throw e;
  }
  // Everything is checked: a failure to write the output now is the command's own error
  // (the sink has dropped what it staged when it reports one; abort is for anything else).
  try {
    return { value: finish() };
  } catch (e) {
    sink.abort();
    throw e;
  }
}

/** The options of an offline compile: the title shown in the header, transactions, the guard. */
export function compileOptions(ctx: Context, direction: Direction, spec: string, from: readonly string[], o: OfflineOptions): CompileOptions {
  return scriptCompileOptions(ctx.config, direction, spec, from, o);
}
