import { writeStdout } from '../emit/write.js';
import type { Context } from '../cli/context.js';
import { compileScriptText } from './compile.js';
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
  const text = renderOffline(ctx, direction, spec, o);
  if (o.output) writeOutputFile(o.output, text);
  else await writeStdout(text);
}

export function renderOffline(ctx: Context, direction: Direction, spec: string, o: OfflineOptions): string {
  const history = ctx.loaded();
  const graph = ctx.graph();
  const planned = makePlan(graph, { direction, spec });
  ctx.warn(planned.warnings);
  const dialect = ctx.config.dialect;
  // `head` means every head, as `heads` does: the same script, byte for byte, whichever word was typed.
  const shown = spec.replace(/(^|:)head$/, '$1heads');
  const title = `${direction} ${shown.includes(':') ? shown : `${planned.plan.from.join(',') || 'base'}:${shown}`}`;
  return compileScriptText(history, graph, planned, {
    dialect, versionTable: ctx.config.versionTable, title,
    transactionPerMigration: o.transactionPerMigration ?? ctx.config.transactionPerMigration,
    safety: o,
  });
}
