import { DiagnosticError, type Diagnostic } from '../core/diagnostics.js';
import { checkMigration, sortByPlace, type Waived } from '../workspace/check-migration.js';
import type { Context } from './context.js';
import { diagnosticsJson } from './report.js';

/**
 * The command: problems as `file:line:col: error CODE: message`, one line each
 * (hints with --verbose), exit 1 when any is an error; warnings go to stderr.
 */
export function checkMigrationCommand(ctx: Context, o: { json: boolean; quiet: boolean; verbose: boolean; strict?: boolean }): string {
  const rep = checkMigration(ctx.root, ctx.versionsRel, { strict: !!o.strict });
  const all = sortByPlace([...rep.diagnostics, ...(rep.lint?.diagnostics ?? [])]);
  const waivedAll = [...rep.waived, ...(rep.lint?.waived ?? [])];
  const errors = all.filter((d) => d.severity === 'error');
  const shown = o.json || o.verbose ? all : all.map(oneLine);
  if (errors.length > 0) throw new DiagnosticError(1, shown);
  ctx.warn(shown);
  if (o.json) {
    return (
      JSON.stringify(
        {
          ok: true,
          revisions: rep.revisions,
          labels: rep.labels,
          ...(rep.lint ? { lint: { findings: rep.lint.findings.length, not_waived: rep.lint.notWaived, waived: rep.lint.waived.length } } : {}),
          waived: waivedAll.map((w) => ({ code: w.code, revision: w.revision, file: w.file, finding: w.message, reason: w.reason })),
          warnings: diagnosticsJson(all, ctx.root),
        },
        null,
        2,
      ) + '\n'
    );
  }
  if (o.quiet) return '';
  const lines = [
    `check_migration: ok: ${rep.revisions} revisions; ${
      Object.entries(rep.labels)
        .map(([l, h]) => `${l} -> ${h.join(', ')}`)
        .join('; ') || 'no branch labels'
    }`,
  ];
  if (rep.lint) {
    const n = rep.lint.findings.length;
    lines.push(
      `  lint: ${n} finding${n === 1 ? '' : 's'}, ${rep.lint.notWaived} not waived (warnings; --strict fails on them), ${rep.lint.waived.length} waived`,
    );
  }
  const groups = new Map<string, Waived[]>();
  for (const w of waivedAll) groups.set(`${w.revision}\u0000${w.code}`, [...(groups.get(`${w.revision}\u0000${w.code}`) ?? []), w]);
  for (const ws of groups.values()) {
    const w = ws[0]!;
    lines.push(`  waived ${w.code} in ${w.revision} (${ws.length} finding${ws.length > 1 ? 's' : ''}): ${w.reason}`);
    if (o.verbose) for (const x of ws) lines.push(`    ${x.message}`);
  }
  return lines.join('\n') + '\n';
}

/** A diagnostic printed as exactly one line: position resolved, no JSON path or hint lines. */
function oneLine(d: Diagnostic): Diagnostic {
  const { hint: _hint, related: _related, ...rest } = d;
  return rest.at ? { ...rest, at: { file: rest.at.file, path: [] }, line: rest.line ?? 1, col: rest.col ?? 1 } : rest;
}
