import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Context, useColor, type GlobalOptions } from './context.js';
import { formatDiagnostics } from './report.js';
import { DiagnosticError, CompileError } from '../core/diagnostics.js';
import { writeFileAtomic, writeStdout } from '../emit/write.js';
import { checkOutputTarget, fsReason, historyOf, isFsError, pathError } from '../workspace/output.js';
import { findingDiagnostic, unwaived } from '../lint/lint.js';
import { type Bundle, buildBundle, type BundleInput, type BundleSpec } from '../bundle/build.js';
import { formatVerify, verifyBundle } from '../bundle/verify-bundle.js';

export interface BundleCommandOptions {
  out?: string;
  perRevision?: boolean;
  templates?: string;
  transactionPerMigration?: boolean;
  guard?: boolean;
  clientDirectives?: boolean;
  /** Write nothing and exit 1 when a lint finding in the range is not waived. */
  strict?: boolean;
  /** Change ticket id and approver for review.html and the manifest. */
  ticket?: string;
  approver?: string;
}

/** A ticket id or approver name: one line of printable text (it is shown on the page and kept in the manifest). */
function boardText(option: string, v: string): string {
  const bad = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u.exec(v);
  if (bad || v.length > 200 || v.trim() === '') {
    throw new DiagnosticError(2, [
      {
        code: 'CL000',
        severity: 'error',
        message: `${option}: ${bad ? `control character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} in the value` : v.trim() === '' ? 'the value is empty' : 'the value is longer than 200 characters'}`,
        hint: `give one line of text, e.g. ${option === '--ticket' ? '--ticket CHG-1234' : '--approver "A. Person"'}; leave the option out to get a blank field to fill by hand`,
      },
    ]);
  }
  return v;
}

function inputOf(ctx: Context, templates?: string): BundleInput {
  return {
    history: ctx.loaded(),
    graph: ctx.graph(),
    root: ctx.root,
    versionsRel: ctx.versionsRel,
    warn: (ds) => ctx.warn(ds),
    ...(templates !== undefined ? { templatesDir: resolve(ctx.cwd, templates) } : {}),
  };
}

/** `bundle a:b --out DIR`: builds the bundle in memory, then writes every file (each atomically) into an empty directory. */
export async function bundleCommand(g: GlobalOptions, range: string, o: BundleCommandOptions): Promise<string> {
  if (!o.out)
    throw new DiagnosticError(2, [
      {
        code: 'CL000',
        severity: 'error',
        message: 'bundle needs --out DIR',
        hint: 'e.g. lbaas-db-manage --dialect postgresql bundle kilo:heads --out review-kilo',
      },
    ]);
  if (existsSync(resolve(o.out)) && !statSync(resolve(o.out)).isDirectory()) {
    throw pathError('--out', o.out, 'it is a file, not a directory', 'nothing was written; write the bundle to a new (or empty) directory');
  }
  const ctx = new Context(g);
  const out = resolve(ctx.cwd, o.out);
  if (existsSync(out) && readdirSync(out).length > 0) {
    throw new DiagnosticError(1, [
      { code: 'BN002', severity: 'error', message: `${o.out} is not empty`, hint: 'write the bundle to a new (or empty) directory' },
    ]);
  }
  const spec: BundleSpec = {
    range,
    dialect: ctx.config.dialect,
    versionTable: ctx.config.versionTable,
    perRevision: !!o.perRevision,
    transactionPerMigration: o.transactionPerMigration || ctx.config.transactionPerMigration || false,
    guard: o.guard !== false,
    clientDirectives: o.clientDirectives !== false,
    ...(o.ticket !== undefined ? { ticket: boardText('--ticket', o.ticket) } : {}),
    ...(o.approver !== undefined ? { approver: boardText('--approver', o.approver) } : {}),
  };
  let bundle: Bundle;
  try {
    bundle = buildBundle(inputOf(ctx, o.templates), spec);
  } catch (e) {
    if (e instanceof CompileError) throw new DiagnosticError(1, e.diagnostics);
    throw e;
  }
  const open = unwaived(bundle.findings);
  if (o.strict && open.length) {
    // the findings go to stdout, as `lint --strict` prints them; nothing is written
    await writeStdout(
      formatDiagnostics(
        open.map((f) => findingDiagnostic(f, [spec.dialect])),
        ctx.root,
        useColor(ctx.env, process.stdout),
      ),
    );
    throw new DiagnosticError(1, [
      {
        code: 'LN000',
        severity: 'error',
        message: `--strict: ${open.length} lint finding${open.length === 1 ? ' is' : 's are'} not waived in ${range}; no bundle was written`,
        hint: 'fix the revisions, or record a waiver with the reason in each revision file ("waivers": [{"code", "reason"}])',
      },
    ]);
  }
  // Not into the history being compiled, and over regular files only (no device, FIFO or link).
  for (const f of bundle.files) checkOutputTarget(join(out, f.path), '--out', historyOf(ctx));
  try {
    for (const f of bundle.files) writeFileAtomic(join(out, f.path), f.text);
  } catch (e) {
    // A directory that cannot be created or written to is the user's to fix, not an internal error.
    if (!isFsError(e)) throw e;
    throw pathError('--out', o.out, fsReason(e), 'give a new (or empty) directory in a writable place; remove any files a failed run left there');
  }
  const m = bundle.manifest;
  if (g.json) {
    return (
      JSON.stringify(
        {
          ok: true,
          range,
          dialect: spec.dialect,
          out: o.out,
          revisions: m.revisions.length,
          start: m.start,
          end: m.end,
          files: bundle.files.map((f) => ({ path: f.path, ...(m.files[f.path] ? { sha256: m.files[f.path] } : {}) })),
          rollback: bundle.rollback ? bundle.rollback.path : null,
          lint: m.lint.summary,
          verification: m.verification,
          board: m.board ?? {},
        },
        null,
        2,
      ) + '\n'
    );
  }
  if (g.quiet) return '';
  const lines = [
    `bundle ${range} for ${spec.dialect}: ${m.revisions.length} revision${m.revisions.length === 1 ? '' : 's'} (${m.start.join(', ') || 'base'} -> ${m.end.join(', ') || 'base'}) written to ${o.out}`,
    ...bundle.files.map((f) => `  ${f.path.padEnd(40)} ${m.files[f.path]?.slice(0, 16) ?? '(this manifest)'}`),
    `rollback: ${bundle.rollback ? `${bundle.rollback.path} (${bundle.rollback.title})` : `not possible, see reversibility.txt (${bundle.irreversible.map((x) => x.revision).join(', ')})`}`,
    `lint: ${m.lint.summary.findings} finding${m.lint.summary.findings === 1 ? '' : 's'}, ${m.lint.summary.not_waived} not waived, ${m.lint.summary.waived} waived`,
    `verification: ${Object.entries(m.verification)
      .map(([p, v]) => `${p} ${v.verified} parsed, ${v.not_verified.length} not verified, ${v.errors.length} errors`)
      .join('; ')}`,
  ];
  return lines.join('\n') + '\n';
}

/** `verify DIR`: the bundle against its manifest and against a fresh build from the current sources; exit 1 on any difference. */
export async function verifyCommand(g: GlobalOptions, dir: string, o: { templates?: string }): Promise<string> {
  const ctx = new Context(g);
  const abs = resolve(ctx.cwd, dir);
  const report = verifyBundle(abs, () => inputOf(ctx, o.templates), dir);
  if (report.fatal) throw new DiagnosticError(1, [report.fatal]);
  const text = g.json
    ? JSON.stringify({ ok: report.differences.length === 0, range: report.manifest!.range, dialect: report.manifest!.dialect, checks: report.lines }, null, 2) +
      '\n'
    : formatVerify(dir, report);
  if (report.differences.length) {
    await writeStdout(text);
    throw new DiagnosticError(1, [
      {
        code: 'VF100',
        severity: 'error',
        message: `${dir}: ${report.differences.length} difference${report.differences.length === 1 ? '' : 's'} (${[...new Set(report.differences.map((d) => d.status))].join(', ')})`,
        hint: 'the bundle was changed after it was written, or the sources no longer compile to it: rebuild it and review again',
      },
    ]);
  }
  return text;
}
