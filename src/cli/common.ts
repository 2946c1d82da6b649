import { raw } from './argv.js';
import { Exit, type GlobalOptions } from './exit.js';
import type { Context } from './context.js';

/*
 * What the command modules share; loaded with them for `--help`, so it loads nothing else.
 */

export type Opts = Record<string, unknown> & GlobalOptions;

/** The command's context; its modules (configuration, loading, the graph) load only when a command runs. */
export async function context(o: Opts): Promise<Context> {
  const { Context } = await import('./context.js');
  return new Context(globals(o));
}

export function globals(o: Opts): GlobalOptions {
  const cf = o.configFile;
  return {
    ...(cf !== undefined ? { configFile: Array.isArray(cf) ? cf.map(String) : String(cf) } : {}),
    ...(o.databaseConnection !== undefined ? { databaseConnection: raw(o.databaseConnection)! } : {}),
    ...(o.dialect !== undefined ? { dialect: String(o.dialect) } : {}),
    ...(o.versionTable !== undefined ? { versionTable: String(o.versionTable) } : {}),
    ...(o.versions !== undefined ? { versions: String(o.versions) } : {}),
    ...(o.json ? { json: true } : {}),
    ...(o.quiet ? { quiet: true } : {}),
  };
}

/** A usage error (exit status 2). */
export function usage(message: string, hint?: string): Exit {
  return new Exit(2, [{ code: 'CL000', severity: 'error', message, ...(hint ? { hint } : {}) }]);
}
