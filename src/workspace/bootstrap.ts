import { DiagnosticError, hasErrors } from '../core/diagnostics.js';
import { bootstrapScript } from '../emit/bootstrap-script.js';
import type { Workspace as Context } from './workspace.js';
import { checkOutputTarget, historyOf, writeOutputFile } from './output.js';

/**
 * `bootstrap`: stand-ins for the external tables (versions/external.jsonc) so the
 * whole history runs on a scratch database. Online, the script is one
 * transaction that stops at the first of those tables the database already
 * has, so nothing is created there.
 */
export async function bootstrap(ctx: Context, o: { sql: boolean; output?: string }): Promise<string | undefined> {
  if (!o.sql && o.output !== undefined) throw new DiagnosticError(2, [{ code: 'CL000', severity: 'error', message: '--output is only for --sql' }]);
  if (o.sql && o.output !== undefined) checkOutputTarget(o.output, '--output', historyOf(ctx));
  const history = ctx.loaded();
  const { out, script } = bootstrapScript(ctx.config.dialect, history.external, ctx.config.versionTable);
  if (!script || hasErrors(out.diagnostics)) throw new DiagnosticError(1, out.diagnostics);
  if (o.sql) {
    if (o.output !== undefined) writeOutputFile(o.output, script.text, '--output', historyOf(ctx));
    else return script.text;
    return;
  }
  const { bootstrapOnline } = await import('./online.js');
  return bootstrapOnline(
    ctx,
    script,
    history.external.map((t) => t.table),
  );
}
