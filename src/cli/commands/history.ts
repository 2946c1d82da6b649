import { raw } from '../argv.js';
import { context, type Opts } from '../common.js';
import { useColor } from '../exit.js';
import type { Register } from '../command-registry.js';

/** `history`: the revisions, newest first. */
export const register: Register = (cli, run) => {
  cli
    .command('history', 'List revisions, newest first')
    .option('-r, --rev-range <range>', 'only revisions in start:end')
    .option('--verbose', 'show each revision in full')
    .option('--indicate-current', "mark the database's current revisions")
    .option('--graph', 'draw the revision graph as text')
    .action((o: Opts) =>
      run(async () => {
        const ctx = await context(o);
        const { history } = await import('../../workspace/inspect.js');
        const current = o.indicateCurrent ? await (await import('../../workspace/online.js')).readHeads(ctx) : undefined;
        const given = raw(o.revRange ?? o.r);
        const range = given === undefined ? undefined : await (await import('../../workspace/online.js')).withCurrent(ctx, given, 'both');
        return history(ctx, {
          ...(range ? { range } : {}),
          verbose: !!o.verbose,
          json: !!o.json,
          graph: !!o.graph,
          color: useColor(process.env, process.stdout),
          ...(current ? { current } : {}),
        });
      }),
    );
};
