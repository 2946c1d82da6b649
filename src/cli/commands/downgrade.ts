import { raw } from '../argv.js';
import { usage, type Opts } from '../common.js';
import { migrate, migrateOptions } from '../migrate.js';
import type { Register } from '../command-registry.js';

/** `downgrade` targets: the positional, or --delta N (1 and -1 both mean one step down), after an offline start "rev:". */
function downgradeSpec(target: string | undefined, o: Opts): string {
  const delta = raw(o.delta);
  const t = target !== undefined ? raw(target)! : undefined;
  if (delta === undefined) {
    if (t === undefined) throw usage('downgrade needs a target (a revision, -N, label@-N, base; start:target with --sql) or --delta N');
    return t;
  }
  if (!/^-?\d+$/.test(delta) || Number(delta.replace('-', '')) < 1) throw usage(`--delta needs a number of revisions, not '${delta}'`);
  if (t !== undefined && !t.endsWith(':'))
    throw usage(
      'give either a target or --delta, not both',
      `with --sql, give the start as "rev:", e.g. downgrade <rev>: --delta ${delta.replace('-', '')} --sql`,
    );
  return `${t ?? ''}-${delta.replace('-', '')}`;
}

/** `downgrade [target]`: online, or the script with --sql. */
export const register: Register = (cli, run) => {
  migrateOptions(cli.command('downgrade [target]', 'Revert to a previous version (<rev>, -1, base; a:b with --sql)'))
    .option('--delta <n>', 'downgrade by N revisions; offline, give the start as "<rev>:" (downgrade kilo: --delta 1 --sql)')
    .action((target: string | undefined, o: Opts) => run(() => migrate('downgrade', downgradeSpec(target, o), o)));
};
