import { raw } from '../argv.js';
import { context, type Opts } from '../common.js';
import type { Register } from '../command-registry.js';

/** `bootstrap`: stand-ins for the external (Neutron) tables on a scratch database. */
export const register: Register = (cli, run) => {
  cli
    .command('bootstrap', 'Create stand-ins for the external (Neutron) tables on a scratch database; never on a real Neutron database')
    .option('--sql', 'print the script instead of running it')
    .option('--output <file>', 'with --sql: write the script to this file')
    .action((o: Opts) =>
      run(async () =>
        (await import('../../workspace/bootstrap.js')).bootstrap(await context(o), {
          sql: !!o.sql,
          ...(o.output !== undefined ? { output: raw(o.output)! } : {}),
        }),
      ),
    );
};
