import { context, type Opts } from '../common.js';
import type { Register } from '../command-registry.js';

/** `current`: the database's revisions. */
export const register: Register = (cli, run) => {
  cli
    .command('current', "Show the database's current revisions")
    .option('--verbose', 'show each revision in full')
    .option('--check-heads', 'exit 1 unless the database is at every head (for deployment tooling)')
    .action((o: Opts) =>
      run(async () => {
        const online = await import('../../workspace/online.js');
        const ctx = await context(o);
        if (o.checkHeads) return online.checkHeads(ctx, { json: !!o.json });
        return online.current(ctx, { verbose: !!o.verbose, json: !!o.json, quiet: !!o.quiet });
      }),
    );
};
