import { raw } from '../argv.js';
import type { Register } from '../command-registry.js';
import { list, one, UsageError, type AuthorOpts } from './revision.js';

/** `merge`: Alembic's command for a revision that joins heads. The work is in src/author, loaded only when the command runs. */
export const register: Register = (cli, run, globals) => {
  cli
    .command('merge [...revisions]', 'Create a revision that joins two or more heads (Alembic\'s merge; "heads" joins every head)')
    .option('-m, --message <text>', 'what the merge is for (also names the file)')
    .option('--branch-label <label>', 'label for the merged line of history')
    .option('--rev-id <id>', 'the revision id instead of a random one')
    .action((revisions: string[], o: AuthorOpts) =>
      run(async () => {
        const { Context } = await import('../context.js');
        const { DiagnosticError } = await import('../../core/diagnostics.js');
        try {
          const message = one(o.message ?? o.m, 'message');
          if (message === undefined || message.trim() === '') throw new UsageError('merge needs a message: -m "what it joins"');
          // eslint-disable-next-line no-control-regex
          if (/[\u0000-\u001f\u007f]/.test(message)) throw new UsageError('the message is one line of text: no line breaks or other control characters');
          if (revisions.length === 0) throw new UsageError('merge needs the revisions to join: merge -m "..." <rev> <rev>, or heads');
          const revId = one(o.revId, 'rev-id');
          const { merge } = await import('../../author/merge.js');
          return merge(new Context(globals(o)), {
            message,
            revisions: revisions.map((r) => raw(r)!),
            branchLabels: list(o.branchLabel),
            ...(revId !== undefined ? { revId } : {}),
          });
        } catch (e) {
          if (e instanceof UsageError)
            throw new DiagnosticError(2, [{ code: 'CL000', severity: 'error', message: e.message, hint: "see 'lbaas-db-manage merge --help'" }]);
          throw e;
        }
      }),
    );
};
