import { raw } from '../argv.js';
import { usage, type Opts } from '../common.js';
import { migrate, migrateOptions } from '../migrate.js';
import type { Register } from '../command-registry.js';

/** `upgrade` targets: --delta N, --expand/--contract (neutron-db-manage's shortcuts), or the positional. */
function upgradeSpec(target: string | undefined, o: Opts): string {
  const delta = raw(o.delta);
  if (o.expand && o.contract) throw usage('give --expand or --contract, not both', 'run the expand branch first, then the contract branch');
  const branch = o.expand ? 'expand' : o.contract ? 'contract' : undefined;
  const start = target !== undefined ? raw(target)! : undefined;
  if (delta !== undefined && (branch || (start !== undefined && !start.endsWith(':')))) {
    throw usage('give either a target or --delta, not both', `with --sql, give the start as "rev:", e.g. upgrade <rev>: --delta ${delta} --sql`);
  }
  if (delta !== undefined) {
    if (!/^\d+$/.test(delta) || Number(delta) < 1) throw usage(`--delta needs a positive number of revisions, not '${delta}'`);
    return `${start ?? ''}+${delta}`;
  }
  if (branch) {
    if (start !== undefined && !start.endsWith(':'))
      throw usage(`with --${branch}, the positional argument is an offline start revision followed by ':' (e.g. kilo:)`);
    return `${start ?? ''}${branch}@head`;
  }
  if (target === undefined) throw usage('upgrade needs a target (head, heads, a revision, +N, label@head, a milestone) or --delta N');
  return raw(target)!;
}

/** `upgrade [target]`: online, or the script with --sql. */
export const register: Register = (cli, run) => {
  migrateOptions(
    cli.command('upgrade [target]', 'Upgrade to a later version (head = every head; also heads, <rev>, +N, label@head, a milestone, a:b with --sql)'),
  )
    .option('--delta <n>', 'upgrade by N revisions')
    .option('--expand', 'upgrade the expand branch (to expand@head); offline, give the start as "<rev>:" (upgrade kilo: --expand --sql)')
    .option('--contract', 'upgrade the contract branch (to contract@head); offline, give the start as "<rev>:" (upgrade expand@head: --contract --sql)')
    .example('lbaas-db-manage upgrade --expand --sql                          expand@head from base (what upgrade-expand.sql holds)')
    .example('lbaas-db-manage upgrade kilo: --expand --sql                    expand@head from a database at kilo')
    .example('lbaas-db-manage upgrade expand@head: --contract --sql           contract@head after the expand branch (upgrade-contract.sql)')
    .example('lbaas-db-manage upgrade 62deca5010cd,130ebfdef43:heads --sql    every head, from a database at those two revisions')
    .action((target: string | undefined, o: Opts) => run(() => migrate('upgrade', upgradeSpec(target, o), o)));
};
