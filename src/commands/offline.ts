import { hasErrors, type Diagnostic } from '../core/diagnostics.js';
import { writeStdout } from '../emit/write.js';
import { HistoryIndex, NotStreamable } from '../front/stream.js';
import { buildGraph } from '../graph/graph.js';
import { Exit, type Context } from '../cli/context.js';
import { compilePlanned, compileScriptBytes, type CompileOptions } from './compile.js';
import { makePlan, type Direction } from './plan.js';
import type { GuardOptions } from './extras.js';
import { writeOutputFile } from './output.js';

export interface OfflineOptions extends GuardOptions {
  output?: string;
  transactionPerMigration?: boolean;
}

/**
 * `upgrade|downgrade|stamp <range> --sql`: compile the range and write the whole
 * script to stdout or, atomically, to --output. Nothing is written unless every
 * stage succeeded: no truncated script, no half-written file.
 */
export async function offline(ctx: Context, direction: Direction, spec: string, o: OfflineOptions): Promise<void> {
  const bytes = renderOfflineBytes(ctx, direction, spec, o);
  if (o.output) writeOutputFile(o.output, bytes);
  else await writeStdout(bytes);
}

/** The script `--sql` prints, as text. */
export function renderOffline(ctx: Context, direction: Direction, spec: string, o: OfflineOptions): string {
  return renderOfflineBytes(ctx, direction, spec, o).toString('utf8');
}

/**
 * The script `--sql` prints. An upgrade or downgrade is compiled streamed (renderStreamed);
 * when that meets any problem, and for a stamp, the history is loaded whole, which reports
 * every problem exactly as it always does.
 */
export function renderOfflineBytes(ctx: Context, direction: Direction, spec: string, o: OfflineOptions): Buffer {
  return (direction !== 'stamp' ? renderStreamed(ctx, direction, spec, o) : undefined) ?? renderWhole(ctx, direction, spec, o);
}

/** The script from the history loaded whole: every file read and validated before the graph is built. */
export function renderWhole(ctx: Context, direction: Direction, spec: string, o: OfflineOptions): Buffer {
  const history = ctx.loaded();
  const graph = ctx.graph();
  const planned = makePlan(graph, { direction, spec });
  ctx.warn(planned.warnings);
  const options = compileOptions(ctx, direction, spec, planned.plan.from, o);
  if (planned.stampVersions) return Buffer.from(compilePlanned(history, graph, planned, options).script.text);
  return compileScriptBytes({ external: history.external, load: (r) => r }, graph, planned, options);
}

/**
 * The streamed compile: every file's head read first (the graph and the plan need nothing
 * else), then each revision's ops read, replayed and laid out in plan order and dropped, then
 * the ops of the revisions the plan did not reach validated. A history of thousands of
 * revisions is never held whole. Any problem (a bad file, a graph or plan error, an op the
 * model refuses) returns undefined, and warnings are printed only on success: the caller's
 * whole load then reports problems and warnings as a command that never streams does. The
 * bytes are those of the whole load (the same parser, validation, graph, plan and compile).
 */
export function renderStreamed(ctx: Context, direction: 'upgrade' | 'downgrade', spec: string, o: OfflineOptions): Buffer | undefined {
  try {
    const index = new HistoryIndex(ctx.root, ctx.versionsRel);
    const built = buildGraph(index.heads);
    if (hasErrors(built.diagnostics)) return undefined;
    const planned = makePlan(built.graph, { direction, spec });
    const options = compileOptions(ctx, direction, spec, planned.plan.from, o);
    const bytes = compileScriptBytes({ external: index.external, load: (h) => index.load(h) }, built.graph, planned, options);
    index.checkRest();
    const warnings: Diagnostic[] = [...built.diagnostics, ...planned.warnings];
    ctx.warn(warnings);
    return bytes;
  } catch (e) {
    if (e instanceof NotStreamable || e instanceof Exit) return undefined;
    throw e;
  }
}

function compileOptions(ctx: Context, direction: Direction, spec: string, from: readonly string[], o: OfflineOptions): CompileOptions {
  // `head` means every head, as `heads` does: the same script, byte for byte, whichever word was typed.
  const shown = spec.replace(/(^|:)head$/, '$1heads');
  const title = `${direction} ${shown.includes(':') ? shown : `${from.join(',') || 'base'}:${shown}`}`;
  return {
    dialect: ctx.config.dialect, versionTable: ctx.config.versionTable, title,
    transactionPerMigration: o.transactionPerMigration ?? ctx.config.transactionPerMigration,
    safety: o,
  };
}
