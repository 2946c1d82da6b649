import { writeFileAtomic, writeStdout } from '../emit/write.js';
import type { Context } from '../cli/context.js';
import { compilePlanned } from './compile.js';
import { makePlan, type Direction } from './plan.js';
import type { GuardOptions } from './extras.js';

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
  if (o.output) writeFileAtomic(o.output, text);
  else await writeStdout(text);
}

export function renderOffline(ctx: Context, direction: Direction, spec: string, o: OfflineOptions): string {
  const history = ctx.loaded();
  const graph = ctx.graph();
  const planned = makePlan(graph, { direction, spec });
  const dialect = ctx.config.dialect;
  const title = `${direction} ${spec.includes(':') ? spec : `${planned.plan.from.join(',') || 'base'}:${spec}`}`;
  const { script } = compilePlanned(history, graph, planned, {
    dialect, versionTable: ctx.config.versionTable, title,
    transactionPerMigration: o.transactionPerMigration ?? ctx.config.transactionPerMigration,
    safety: o,
  });
  return script.text;
}
