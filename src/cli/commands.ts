import type { CAC } from 'cac';
import type { GlobalOptions } from './context.js';

/**
 * Commands beyond the migrate/inspect core register here, one line each, so
 * command modules stay independent. Each module exports
 * `register(cli, run, globals)`; the handler it passes to `run` returns the
 * text to print (or nothing) and throws Exit (or the library's DiagnosticError) for errors.
 */
/** What a command hands back: text to print (exit 0), or text with its own exit status. */
export type Outcome = string | void | { text: string; code: number };
export type Run = (fn: () => Promise<Outcome> | Outcome) => void;
export type Globals = (o: Record<string, unknown> & GlobalOptions) => GlobalOptions;
export type Register = (cli: CAC, run: Run, globals: Globals) => void;

export async function registerCommands(cli: CAC, run: Run, globals: Globals): Promise<void> {
  const modules: Promise<{ register: Register }>[] = [
    // one import per command module, e.g. import('../commands/bundle-cmd.js'),
    import('../commands/dist-cmd.js'),
    import('../commands/revision-cmd.js'),
    import('../commands/populate-cmd.js'),
    import('../commands/check-cmd.js'),
    import('../commands/lint-cmd.js'),
    import('../commands/bundle-cmd.js'),
    import('../commands/verify-cmd.js'),
  ];
  for (const m of await Promise.all(modules)) m.register(cli, run, globals);
}
