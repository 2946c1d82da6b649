import { raw } from '../argv.js';
import { context, type Opts } from '../common.js';
import type { Register } from '../command-registry.js';

/** `show <rev>`: one revision. */
export const register: Register = (cli, run) => {
  cli
    .command('show <rev>', 'Show a revision')
    .action((rev: string, o: Opts) => run(async () => (await import('../../workspace/inspect.js')).show(await context(o), raw(rev)!, { json: !!o.json })));
};
