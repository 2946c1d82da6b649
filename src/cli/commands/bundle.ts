import { raw } from '../argv.js';
import type { Register } from '../command-registry.js';

/** `bundle a:b --out DIR`: a review bundle (scripts, rollback, manifest, review page); see src/bundle. */
export const register: Register = (cli, run, globals) => {
  cli
    .command(
      'bundle <range>',
      'Write a review bundle for start:end: upgrade and rollback scripts, manifest.json with checksums, lint and verification, review.html',
    )
    .option('--out <dir>', 'directory to write the bundle to (required)')
    .option('--per-revision', 'also write one upgrade script per revision')
    .option('--templates <dir>', 'templates directory (default: the templates shipped with the tool)')
    .option('--transaction-per-migration', 'one transaction per revision instead of one for the whole script')
    .option('--no-guard', 'leave out the in-script check of the starting revisions')
    .option('--strict', 'write nothing and exit 1 when a lint finding in the range is not waived')
    .option('--ticket <id>', 'change ticket id shown on review.html and recorded in manifest.json (else a blank field)')
    .option('--approver <name>', 'approver shown on review.html and recorded in manifest.json (else a blank field)')
    .option('--no-client-directives', 'leave out client directives (psql \\set, sqlite3 .bail) for other SQL runners')
    .action((range: string, o: Record<string, unknown>) =>
      run(async () => {
        const { bundleCommand } = await import('../bundle-run.js');
        return bundleCommand(globals(o), String(range), {
          ...(o.out !== undefined && o.out !== true ? { out: String(o.out) } : {}),
          perRevision: !!o.perRevision,
          ...(o.templates !== undefined ? { templates: String(o.templates) } : {}),
          transactionPerMigration: !!o.transactionPerMigration,
          guard: o.guard !== false,
          clientDirectives: o.clientDirectives !== false,
          strict: !!o.strict,
          ...(o.ticket !== undefined ? { ticket: lastText(o.ticket) } : {}),
          ...(o.approver !== undefined ? { approver: lastText(o.approver) } : {}),
        });
      }),
    );
};

/** An option given as text (kept as written: `--ticket 00123` stays `00123`); the last one wins when repeated. */
function lastText(v: unknown): string {
  const xs = Array.isArray(v) ? v : [v];
  const x = xs[xs.length - 1];
  return x === true ? '' : (raw(x) ?? '');
}
