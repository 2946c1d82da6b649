import { hasErrors } from '../core/diagnostics.js';
import { compileBootstrap } from '../emit/bootstrap.js';
import { assembleScript } from '../emit/script.js';
import { writeFileAtomic } from '../emit/write.js';
import { Exit, type Context } from '../cli/context.js';

/**
 * `bootstrap`: stand-ins for the external tables (versions/external.jsonc) so the
 * whole history runs on a scratch database. Refuses to run online against a
 * database that already has the version table or any of those tables.
 */
export async function bootstrap(ctx: Context, o: { sql: boolean; output?: string }): Promise<string | void> {
  const history = ctx.loaded();
  const out = compileBootstrap(ctx.config.dialect, history.external, ctx.config.versionTable);
  if (hasErrors(out.diagnostics)) throw new Exit(1, out.diagnostics);
  const script = assembleScript(out, {
    title: 'bootstrap (stand-ins for external tables; scratch databases only)', versionTable: ctx.config.versionTable,
    createVersionTable: false, transactionPerMigration: false,
  });
  if (o.sql) {
    if (o.output) writeFileAtomic(o.output, script.text);
    else return script.text;
    return;
  }
  const { bootstrapOnline } = await import('./online.js');
  return bootstrapOnline(ctx, script, history.external.map((t) => t.table));
}
