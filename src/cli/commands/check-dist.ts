import type { Register } from '../command-registry.js';
import { raw } from '../argv.js';

/**
 * `check-dist` recompiles the committed SQL bundles (dist-sql/) in memory and fails when the
 * directory differs. The work is in src/workspace/dist.ts, loaded only when the command runs.
 */
export const register: Register = (cli, run, globals) => {
  cli
    .command('check-dist', 'Recompile the SQL bundles in memory; exit 1, naming each differing, missing or extra file, when dist-sql/ differs from the sources')
    .option('--dir <dir>', 'bundle directory to check', { default: 'dist-sql' })
    .action((o: Record<string, unknown>) =>
      run(async () => {
        const { Context } = await import('../context.js');
        const { checkDistCommand } = await import('../../workspace/dist.js');
        return checkDistCommand(new Context(globals(o)), { dir: raw(o.dir) ?? 'dist-sql', json: !!o.json, quiet: !!o.quiet });
      }),
    );
};
