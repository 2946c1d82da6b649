import type { Register } from '../command-registry.js';
import { raw } from '../argv.js';

/**
 * `populate`: loads the standard data (versions/data/*.jsonc) as idempotent
 * upserts, online or as a script (--sql). The work is in src/populate, loaded
 * only when the command runs.
 */
export const register: Register = (cli, run, globals) => {
  cli
    .command('populate', 'Load the standard reference data (versions/data/*.jsonc) as idempotent upserts')
    .option('--sql', 'print the script instead of running it (no database connection)')
    .option('--output <file>', 'with --sql: write the script to this file (atomically) instead of stdout')
    .option('--no-guard', 'leave out the in-script check that the database has the data tables, and the migration lock')
    .option('--no-client-directives', 'leave out client directives (psql \\set, sqlite3 .bail) for other SQL runners')
    .action((o: Record<string, unknown>) =>
      run(async () => {
        const { Context } = await import('../context.js');
        const { populate } = await import('../../populate/populate.js');
        const output = raw(o.output);
        return populate(new Context(globals(o)), {
          sql: !!o.sql,
          guard: o.guard !== false,
          clientDirectives: o.clientDirectives !== false,
          json: !!o.json,
          quiet: !!o.quiet,
          ...(output !== undefined ? { output } : {}),
        });
      }),
    );
};
