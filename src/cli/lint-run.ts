import { DiagnosticError } from '../core/diagnostics.js';
import { Context, useColor, type GlobalOptions } from './context.js';
import { diagnosticsJson, formatDiagnostics } from './report.js';
import { writeStdout } from '../emit/write.js';
import { lintReport, unwaived, type LintReport } from '../lint/lint.js';
import { revisionsInRange } from '../lint/select.js';

export interface LintCommandOptions {
  range?: string;
  strict?: boolean;
}

/** Runs lint for the CLI; the dialects are --dialect's, or one per family without it. */
export function runLint(ctx: Context, o: LintCommandOptions): LintReport {
  const graph = ctx.graph();
  let revisions: Set<string> | undefined;
  if (o.range) {
    const sel = revisionsInRange(graph, o.range);
    if (!sel.ok) throw new DiagnosticError(1, sel.diagnostics);
    revisions = sel.ids;
  }
  const dialects = ctx.opts.dialect !== undefined ? [ctx.config.dialect] : undefined;
  return lintReport(ctx.loaded(), graph, { ...(dialects ? { dialects } : {}), ...(revisions ? { revisions } : {}) });
}

export async function lintCommand(g: GlobalOptions, o: LintCommandOptions): Promise<string> {
  const ctx = new Context(g);
  const report = runLint(ctx, o);
  if (report.errors.length) throw new DiagnosticError(1, report.diagnostics);
  const open = unwaived(report.findings);
  const waived = report.findings.length - open.length;
  let text: string;
  if (g.json) {
    const located = diagnosticsJson(report.diagnostics, ctx.root);
    text =
      JSON.stringify(
        {
          ok: !(o.strict && open.length),
          findings: report.findings.map((f, i) => ({ ...f, ...pick(located[i] as Record<string, unknown>) })),
        },
        null,
        2,
      ) + '\n';
  } else {
    const summary = `lint: ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}, ${open.length} not waived, ${waived} waived\n`;
    text = formatDiagnostics(report.diagnostics, ctx.root, useColor(ctx.env, process.stdout)) + (g.quiet ? '' : summary);
  }
  if (o.strict && open.length) {
    await writeStdout(text);
    throw new DiagnosticError(1, [
      {
        code: 'LN000',
        severity: 'error',
        message: `--strict: ${open.length} finding${open.length === 1 ? ' is' : 's are'} not waived`,
        hint: 'fix the revisions, or record a waiver with the reason in each revision file ("waivers": [{"code", "reason"}])',
      },
    ]);
  }
  return text;
}

function pick(d: Record<string, unknown>): Record<string, unknown> {
  return { ...(d.line !== undefined ? { line: d.line, col: d.col } : {}) };
}
