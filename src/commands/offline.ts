import { writeFileAtomic, writeStdout } from '../emit/write.js';
import { Exit, type Context } from '../cli/context.js';
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
  if (o.output) writeOutput(o.output, text);
  else await writeStdout(text);
}

/** Writes --output; a file-system failure is the user's to fix (exit 1), not an internal error. */
function writeOutput(path: string, text: string): void {
  try {
    writeFileAtomic(path, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : code === 'ENOTDIR' || code === 'EEXIST' ? 'a parent of it is not a directory' : code ?? (e as Error).message;
    throw new Exit(1, [{
      code: 'CL003', severity: 'error', message: `cannot write --output ${path}: ${why}`,
      hint: 'nothing was written; give a file path in a writable directory, or leave out --output to print the script',
    }]);
  }
}

export function renderOffline(ctx: Context, direction: Direction, spec: string, o: OfflineOptions): string {
  const history = ctx.loaded();
  const graph = ctx.graph();
  const planned = makePlan(graph, { direction, spec });
  const dialect = ctx.config.dialect;
  // `head` means every head, as `heads` does: the same script, byte for byte, whichever word was typed.
  const shown = spec.replace(/(^|:)head$/, '$1heads');
  const title = `${direction} ${shown.includes(':') ? shown : `${planned.plan.from.join(',') || 'base'}:${shown}`}`;
  const { script } = compilePlanned(history, graph, planned, {
    dialect, versionTable: ctx.config.versionTable, title,
    transactionPerMigration: o.transactionPerMigration ?? ctx.config.transactionPerMigration,
    safety: o,
  });
  return script.text;
}
