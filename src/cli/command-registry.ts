import type { CAC } from 'cac';
import type { GlobalOptions } from './exit.js';

/**
 * Every command is one module under ./commands/, registered here, one line each, in the order
 * `--help` lists them. Each module exports `register` (a `Register`, the one name every command
 * module declares: the loop below calls it) and imports nothing heavy at its top (`--help` loads
 * every module): the handler it passes to `run` loads what it needs, returns the text to print (or
 * nothing) and throws Exit (or the library's DiagnosticError) for errors.
 */
/** What a command hands back: text to print (exit 0), or text with its own exit status. */
export type Outcome = string | undefined | { text: string; code: number };
export type Run = (fn: () => Promise<Outcome> | Outcome) => void;
export type Globals = (o: Record<string, unknown> & GlobalOptions) => GlobalOptions;
export type Register = (cli: CAC, run: Run, globals: Globals) => void;

export async function registerCommands(cli: CAC, run: Run, globals: Globals): Promise<void> {
  const modules: Promise<{ register: Register }>[] = [
    import('./commands/upgrade.js'),
    import('./commands/downgrade.js'),
    import('./commands/stamp.js'),
    import('./commands/current.js'),
    import('./commands/has-offline-migrations.js'),
    import('./commands/history.js'),
    import('./commands/heads.js'),
    import('./commands/branches.js'),
    import('./commands/show.js'),
    import('./commands/bootstrap.js'),
    import('./commands/dist-sql.js'),
    import('./commands/check-dist.js'),
    import('./commands/revision.js'),
    import('./commands/merge.js'),
    import('./commands/populate.js'),
    import('./commands/check-migration.js'),
    import('./commands/lint.js'),
    import('./commands/bundle.js'),
    import('./commands/verify.js'),
  ];
  for (const m of await Promise.all(modules)) m.register(cli, run, globals);
}
