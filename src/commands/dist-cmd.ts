import type { Register } from '../cli/commands.js';
import { raw } from '../cli/argv.js';

/**
 * `dist-sql` writes the committed SQL bundles (dist-sql/<dialect>/*.sql and
 * manifest.json); `check-dist` recompiles them in memory and fails when the
 * directory differs. The work is in ./dist.js, loaded only when a command runs.
 */
export const register: Register = (cli, run, globals) => {
  cli.command('dist-sql', 'Compile the committed SQL bundles (full, expand, contract, milestone to milestone, bootstrap) for postgresql, mysql and sqlite, with manifest.json')
    .option('--out <dir>', 'output directory', { default: 'dist-sql' })
    .action((o: Record<string, unknown>) => run(async () => {
      const { Context } = await import('../cli/context.js');
      const { distSql } = await import('./dist.js');
      return distSql(new Context(globals(o)), { out: raw(o.out) ?? 'dist-sql', json: !!o.json, quiet: !!o.quiet });
    }));
  cli.command('check-dist', 'Recompile the SQL bundles in memory; exit 1, naming each differing, missing or extra file, when dist-sql/ differs from the sources')
    .option('--dir <dir>', 'bundle directory to check', { default: 'dist-sql' })
    .action((o: Record<string, unknown>) => run(async () => {
      const { Context } = await import('../cli/context.js');
      const { checkDistCommand } = await import('./dist.js');
      return checkDistCommand(new Context(globals(o)), { dir: raw(o.dir) ?? 'dist-sql', json: !!o.json, quiet: !!o.quiet });
    }));
};
