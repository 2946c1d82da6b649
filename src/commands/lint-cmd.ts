import type { CAC } from 'cac';
import type { Globals, Run } from '../cli/commands.js';

/** `lint [range] [--strict]`: review findings on the revision files (see src/lint). */
export function register(cli: CAC, run: Run, globals: Globals): void {
  cli.command('lint [range]', 'Check revisions for destructive, locking and data-dependent changes (all revisions, or start:end)')
    .option('--strict', 'exit non-zero when any finding is not waived')
    .action((range: string | undefined, o: Record<string, unknown>) => run(async () => {
      const { lintCommand } = await import('../lint/command.js');
      return lintCommand(globals(o), { ...(range !== undefined ? { range: String(range) } : {}), strict: !!o.strict });
    }));
}
