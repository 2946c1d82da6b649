import { raw } from '../argv.js';
import type { Opts } from '../common.js';
import { migrate, migrateOptions } from '../migrate.js';
import type { Register } from '../command-registry.js';

/** `stamp <target> [...more]`: set the version table without running migrations. */
export const register: Register = (cli, run) => {
  migrateOptions(
    cli.command('stamp <target> [...more]', "Set the version table to one or more revisions without running migrations ('[start:]rev' with --sql)"),
  )
    .option('--purge', 'online: delete every version row first, whatever revisions they name (a version table from another history)')
    .action((target: string, more: string[], o: Opts) =>
      run(() =>
        migrate(
          'stamp',
          raw(target)!,
          o,
          more.map((m) => raw(m)!),
        ),
      ),
    );
};
