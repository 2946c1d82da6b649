import { context, type Opts } from '../common.js';
import type { Register } from '../command-registry.js';

/** `has_offline_migrations`: neutron-db-manage's check for pending contract revisions. */
export const register: Register = (cli, run) => {
  cli
    .command('has_offline_migrations', 'Exit 1 when revisions that need the services stopped (contract) are pending, as neutron-db-manage does')
    .alias('has-offline-migrations')
    .action((o: Opts) => run(async () => (await import('../../workspace/online.js')).hasOfflineMigrations(await context(o), { json: !!o.json })));
};
