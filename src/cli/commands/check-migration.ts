import type { Register } from '../command-registry.js';

const HELP = [
  'Checks the revision history before it ships; exit 1 when any rule is broken, naming the revisions:',
  '  CM001  the timeline branches other than by declared branch labels: every child of a branch point',
  '         (and every base, when there are several) must start a labelled branch (branch_labels)',
  '  CM002  a branch label has more than one head',
  '  CM003  an orphaned revision file (see below)',
  '  CM004  an expand revision (on a branch labelled expand) removes or rewrites: drop_table, drop_column,',
  '         drop_index, drop_constraint, rename_table, alter_column renaming a column, narrowing its type',
  '         or making a nullable column NOT NULL',
  '  CM005  a contract revision creates objects: create_table, add_column, create_index,',
  '         create_unique_constraint, create_foreign_key, create_check_constraint',
  '  CM006  (warning) a waiver that waives nothing',
  'Only upgrade ops are checked; raw SQL (execute) is not judged. A revision accepts a CM004 or CM005',
  'finding with "waivers": [{ "code": "CM005", "reason": "why this is safe" }].',
  'Orphaned: a .jsonc file under the versions directory that no upgrade from base would ever apply:',
  'it does not load as a revision (unreadable, not JSONC, not a valid revision), its id duplicates',
  "another file's, or its line of history does not reach base (down_revision or depends_on names a",
  'revision that does not exist, directly or through an ancestor, or the references loop). Every',
  'loaded revision is reached by some head by construction, so a stray file starting a timeline of',
  'its own (down_revision null) is reported as CM001 (several bases, unlabelled).',
  'It also runs the linter (the same findings as `lint`, every dialect family): each finding that is not',
  'waived is a warning (LN001-LN090, see lint --help); with --strict they are errors and fail the check.',
  'Output: one line per problem, file:line:col: error CODE: message (--verbose adds hints); --json.',
].join('\n');

/**
 * `check_migration` (also `check-migration`): the history's shape and the
 * expand/contract discipline. The checks are in src/workspace/check-migration.ts, the
 * report in ../check-migration-run.ts, loaded only when the command runs.
 */
export const register: Register = (cli, run, globals) => {
  cli
    .command(
      'check_migration',
      'Check the revision history: branches only by labels, one head per label, no orphaned files, expand only adds, contract only removes',
    )
    .alias('check-migration')
    .usage(`check_migration [--verbose] [--json]\n\n${HELP}`)
    .option('--verbose', 'add a hint under each problem, and list waived findings')
    .option('--strict', 'lint findings that are not waived fail the check (exit 1)')
    .action((o: Record<string, unknown>) =>
      run(async () => {
        const { Context } = await import('../context.js');
        const { checkMigrationCommand } = await import('../check-migration-run.js');
        return checkMigrationCommand(new Context(globals(o)), { json: !!o.json, quiet: !!o.quiet, verbose: !!o.verbose, strict: !!o.strict });
      }),
    );
};
