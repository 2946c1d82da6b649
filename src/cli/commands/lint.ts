import type { Register } from '../command-registry.js';

const HELP = [
  'Findings on the upgrade ops of each revision, judged on the schema as it is when the op runs',
  '(every dialect family, or --dialect), as file:line:col: warning CODE: message, with a fix:',
  '  LN001  drop_table of an existing table              LN010  PostgreSQL CREATE INDEX on an existing table',
  '  LN002  drop_column of an existing column            LN011  NOT NULL column without default on an existing table',
  '  LN003  narrowing type change                        LN012  MySQL/MariaDB MODIFY that copies the table',
  '  LN004  enum value removed                           LN013  PostgreSQL ALTER COLUMN TYPE that rewrites the table',
  '  LN020  unique constraint/index over existing rows   LN021  NOT NULL set on an existing column',
  '  LN014  MySQL/MariaDB foreign key added to an existing table (in place, after an orphan-row pre-check)',
  '  LN015  MySQL/MariaDB CHECK constraint added to an existing table (copies it)',
  '  LN022  CHECK constraint on an existing table        LN030  MySQL/MariaDB DDL mixed with data changes',
  '  LN040  execute op allowed to hold client commands (info, with its allow_client_command reason)',
  '  LN041  allow_client_command on an op whose SQL holds no client command',
  '  LN090  a waiver for an LN code that matches no finding of its revision',
  'A revision accepts a finding with "waivers": [{ "code": "LN002", "reason": "why this is safe" }]; it is then',
  'shown as info "(waived: reason)". Exit 0 unless --strict and a finding is not waived.',
].join('\n');

/** `lint [range] [--strict]`: review findings on the revision files (see src/lint). */
export const register: Register = (cli, run, globals) => {
  cli
    .command('lint [range]', 'Check revisions for destructive, locking and data-dependent changes (all revisions, or start:end)')
    .usage(`lint [start:end] [--strict] [--json]\n\n${HELP}`)
    .option('--strict', 'exit non-zero when any finding is not waived')
    .action((range: string | undefined, o: Record<string, unknown>) =>
      run(async () => {
        const { lintCommand } = await import('../lint-run.js');
        return lintCommand(globals(o), { ...(range !== undefined ? { range: String(range) } : {}), strict: !!o.strict });
      }),
    );
};
