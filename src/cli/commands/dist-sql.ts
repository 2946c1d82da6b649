import type { Register } from '../command-registry.js';
import { raw } from '../argv.js';

/**
 * `dist-sql` writes the committed SQL bundles (dist-sql/<dialect>/*.sql and manifest.json);
 * `check-dist` (./check-dist.ts) compares them. The work is in src/workspace/dist.ts, loaded only
 * when the command runs.
 */
export const register: Register = (cli, run, globals) => {
  cli
    .command(
      'dist-sql',
      'Compile the committed SQL bundles (full, expand, contract, milestone to milestone, bootstrap) for postgresql, mysql and sqlite, with manifest.json',
    )
    .option('--out <dir>', 'output directory', { default: 'dist-sql' })
    .action((o: Record<string, unknown>) =>
      run(async () => {
        const { Context } = await import('../context.js');
        const { distSql } = await import('../../workspace/dist.js');
        return distSql(new Context(globals(o)), { out: raw(o.out) ?? 'dist-sql', json: !!o.json, quiet: !!o.quiet });
      }),
    );
};
