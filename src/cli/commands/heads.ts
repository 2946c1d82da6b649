import { context, type Opts } from '../common.js';
import type { Register } from '../command-registry.js';

/** `heads`: the heads of the revision graph. */
export const register: Register = (cli, run) => {
  cli
    .command('heads', 'Show the current heads of the revision graph')
    .option('--verbose', 'show each head in full')
    .action((o: Opts) => run(async () => (await import('../../workspace/inspect.js')).heads(await context(o), { json: !!o.json, verbose: !!o.verbose })));
};
