import type { Register } from '../command-registry.js';
import { raw } from '../argv.js';

export type AuthorOpts = Record<string, unknown>;

export class UsageError extends Error {}

export function list(v: unknown): string[] {
  if (v === undefined || v === null || v === false) return [];
  return (Array.isArray(v) ? v : [v])
    .map((x) => raw(x)!)
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}

export function one(v: unknown, name: string): string | undefined {
  if (Array.isArray(v)) throw new UsageError(`--${name} may be given once`);
  if (v === true) throw new UsageError(`--${name} needs a value`);
  return raw(v);
}

/**
 * `revision`: Alembic's command for writing a new revision file; with
 * --autogenerate the ops come from comparing the history at heads with a
 * target DDL file or the live database. The work is in src/author, loaded
 * only when the command runs.
 */
export const register: Register = (cli, run, globals) => {
  cli
    .command('revision', 'Create a new revision file (with --autogenerate: the ops that bring the history to a target schema)')
    .option('-m, --message <text>', 'what the revision does (also names the file)')
    .option('--autogenerate', 'fill the revision from the difference between the history at heads and the target DDL (or --from-db)')
    .option('--target-ddl <file>', 'with --autogenerate: DDL file (CREATE TABLE / CREATE INDEX) of the wanted schema (default [autogenerate] target_ddl)')
    .option('--from-db', "with --autogenerate: compare the live database's catalog instead (drift)")
    .option('--expand', 'base the revision on the expand branch head')
    .option('--contract', 'base the revision on the contract branch head')
    .option('--head <rev>', 'base the revision on this head (or base); any revision with --splice')
    .option('--splice', 'allow --head to name a revision that is not a head (starts a new branch)')
    .option('--branch-label <label>', 'label for the branch the new revision starts')
    .option('--depends-on <rev>', 'revisions the new one depends on (repeat, or separate with commas)')
    .option('--rev-id <id>', 'the revision id instead of a random one')
    .action((o: AuthorOpts) =>
      run(async () => {
        const { Context } = await import('../context.js');
        const { DiagnosticError } = await import('../../core/diagnostics.js');
        try {
          const message = one(o.message ?? o.m, 'message');
          if (message === undefined || message.trim() === '') throw new UsageError('revision needs a message: -m "what it does"');
          // eslint-disable-next-line no-control-regex
          if (/[\u0000-\u001f\u007f]/.test(message)) throw new UsageError('the message is one line of text: no line breaks or other control characters');
          const head = one(o.head, 'head');
          const revId = one(o.revId, 'rev-id');
          const targetDdl = one(o.targetDdl, 'target-ddl');
          const { revision } = await import('../../author/revision.js');
          return await revision(new Context(globals(o)), {
            message,
            autogenerate: !!o.autogenerate,
            expand: !!o.expand,
            contract: !!o.contract,
            splice: !!o.splice,
            branchLabels: list(o.branchLabel),
            dependsOn: list(o.dependsOn),
            ...(head !== undefined ? { head } : {}),
            ...(revId !== undefined ? { revId } : {}),
            ...(targetDdl !== undefined ? { targetDdl } : {}),
            ...(o.fromDb ? { fromDb: true } : {}),
          });
        } catch (e) {
          if (e instanceof UsageError)
            throw new DiagnosticError(2, [{ code: 'CL000', severity: 'error', message: e.message, hint: "see 'lbaas-db-manage revision --help'" }]);
          throw e;
        }
      }),
    );
};
