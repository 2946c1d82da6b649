import { context, type Opts } from '../common.js';
import type { Register } from '../command-registry.js';

/** `branches`: the branch points of the revision graph. */
export const register: Register = (cli, run) => {
  cli
    .command('branches', 'Show the branch points of the revision graph')
    .option('--verbose', 'show more')
    .action((o: Opts) => run(async () => (await import('../../workspace/inspect.js')).branches(await context(o), { json: !!o.json, verbose: !!o.verbose })));
};
