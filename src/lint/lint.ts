import { appliesTo, type Dialect } from '../core/dialect.js';
import { CLIENT_NAMES, clientCommands, clientOf } from '../lex/client.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { pathToString, type SourceRef } from '../core/source.js';
import type { LoadedHistory } from '../front/load.js';
import type { RevisionGraph } from '../graph/index.js';
import { Replayer } from '../model/replay.js';
import { CATEGORY, checkChange, checkMixed, LINT_CODES, type LintCategory, type RawFinding, type RevisionState } from './rules.js';
import { caps } from '../dialects/registry.js';

export { LINT_CODES, CATEGORY } from './rules.js';

/** The dialects lint checks when none is named: one per family. */
export const LINT_DIALECTS: readonly Dialect[] = ['postgresql', 'mysql', 'sqlite'];

export interface LintOptions {
  /** Dialects to replay and check (default: postgresql, mysql, sqlite). */
  dialects?: readonly Dialect[];
  /** Report findings for these revisions only (every revision is still replayed, so the model is right). */
  revisions?: ReadonlySet<string>;
}

export interface Finding {
  code: string;
  category: LintCategory | 'waiver';
  /** 'warning' unless waived ('info'). */
  severity: 'warning' | 'info';
  revision: string;
  file: string;
  /** JSON path of the op (or field) inside the revision file. */
  path: (string | number)[];
  /** Index of the op in the revision's upgrade list (null for file-level findings). */
  opIndex: number | null;
  message: string;
  fix: string;
  /** The dialects the finding applies to (of those linted). */
  dialects: Dialect[];
  /** The waiver's reason, when the revision waives this code. */
  waived?: string;
}

export interface LintReport {
  findings: Finding[];
  /** The findings as diagnostics (waived ones as info, "waived: reason"), plus replay errors. */
  diagnostics: Diagnostic[];
  /** Errors that stopped the replay (the model could not be built); findings after them are missing. */
  errors: Diagnostic[];
}

/**
 * Lints the history on the replayed model: every revision is replayed in
 * graph order (upgrade direction) for each dialect, so each rule knows which
 * tables and columns already exist when an op runs. Findings of the same rule
 * on the same op are merged across dialects. Waivers in a revision
 * (`waivers: [{code, reason}]`) turn that revision's findings of the code
 * into "waived" infos. Pure: reads nothing.
 */
export function lintReport(history: LoadedHistory, graph: RevisionGraph, opts: LintOptions = {}): LintReport {
  const dialects = [...(opts.dialects ?? LINT_DIALECTS)];
  const raw = new Map<string, { f: RawFinding; dialects: Dialect[] }>();
  const errors: Diagnostic[] = [];
  for (const dialect of dialects) {
    const replayer = new Replayer(dialect, history.external);
    if (replayer.diagnostics.length) {
      errors.push(...replayer.diagnostics);
      continue;
    }
    for (const rev of graph.order) {
      const state: RevisionState = { rev, dialect, createdTables: new Set(), addedColumns: new Set() };
      const hits: RawFinding[] = [];
      const ok = replayer.applyRevision(rev, 'up', (c) => hits.push(...checkChange(c, state, rev.upgrade.indexOf(c.op))));
      if (!ok) {
        errors.push(...replayer.diagnostics);
        break;
      }
      if (!caps(dialect).transactionalDdl) {
        const mixed = checkMixed(
          rev,
          rev.upgrade.map((op, index) => ({ op, index })).filter((o) => appliesTo(o.op.dialects, dialect)),
        );
        if (mixed) hits.push(mixed);
      }
      if (opts.revisions && !opts.revisions.has(rev.id)) continue;
      for (const h of hits) {
        const key = `${h.revision.id}\u0000${h.code}\u0000${pathToString(h.at.path)}\u0000${h.message}`;
        const seen = raw.get(key);
        if (seen) seen.dialects.push(dialect);
        else raw.set(key, { f: h, dialects: [dialect] });
      }
    }
  }

  const findings: Finding[] = [];
  const byRevision = new Map<string, Finding[]>();
  for (const { f, dialects: ds } of raw.values()) {
    const waiver = f.revision.waivers.find((w) => w.code === f.code);
    const finding: Finding = {
      code: f.code,
      category: CATEGORY[f.code] ?? 'destructive',
      severity: waiver ? 'info' : 'warning',
      revision: f.revision.id,
      file: f.revision.file,
      path: f.at.path,
      opIndex: f.opIndex,
      message: f.message,
      fix: f.fix,
      dialects: ds,
      ...(waiver ? { waived: waiver.reason } : {}),
    };
    findings.push(finding);
    const list = byRevision.get(f.revision.id) ?? [];
    list.push(finding);
    byRevision.set(f.revision.id, list);
  }
  // A waiver that silences nothing is stale (only judged when every family was linted).
  const allFamilies = LINT_DIALECTS.every((d) => dialects.includes(d));
  if (allFamilies && errors.length === 0) {
    for (const rev of graph.order) {
      if (opts.revisions && !opts.revisions.has(rev.id)) continue;
      for (const w of rev.waivers) {
        if (!w.code.startsWith('LN')) continue;
        if ((byRevision.get(rev.id) ?? []).some((f) => f.code === w.code)) continue;
        findings.push({
          code: LINT_CODES.unusedWaiver,
          category: 'waiver',
          severity: 'warning',
          revision: rev.id,
          file: rev.file,
          path: w.src.path,
          opIndex: null,
          message: `the waiver for ${w.code} matches no lint finding of revision ${rev.id}`,
          fix: 'remove the waiver, or check its code',
          dialects: [...dialects],
        });
      }
    }
  }
  findings.push(...clientCommandFindings(graph, dialects, opts.revisions));
  const order = new Map(graph.order.map((r, i) => [r.id, i]));
  findings.sort(
    (a, b) =>
      order.get(a.revision)! - order.get(b.revision)! ||
      (a.opIndex ?? -1) - (b.opIndex ?? -1) ||
      a.code.localeCompare(b.code) ||
      a.message.localeCompare(b.message),
  );
  const diagnostics = [...errors, ...findings.map((f) => findingDiagnostic(f, dialects))];
  return { findings, diagnostics, errors };
}

/**
 * The execute ops that hold database-client commands by their author's named opt-in
 * (`allow_client_command`): each is a finding shown as waived with the author's reason, so
 * that lint and the review page say so next to the op (LN040); an opt-in on SQL that holds no
 * client command for the linted dialects is a warning (LN041).
 */
function clientCommandFindings(graph: RevisionGraph, dialects: readonly Dialect[], only?: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  for (const rev of graph.order) {
    if (only && !only.has(rev.id)) continue;
    for (const phase of ['upgrade', 'downgrade'] as const) {
      (rev[phase] ?? []).forEach((op, index) => {
        if (op.op !== 'execute' || op.allow_client_command === undefined) return;
        const hits: string[] = [];
        const on: Dialect[] = [];
        for (const d of dialects) {
          if (!appliesTo(op.dialects, d)) continue;
          const text = op.per_dialect?.[d] ?? (caps(d).extends ? op.per_dialect?.[caps(d).extends!] : undefined) ?? op.sql;
          if (text === undefined) continue; // the replay reports it (DL002)
          const found = clientCommands(text, clientOf(d));
          if (found.length === 0) continue;
          on.push(d);
          for (const c of found) {
            const h = `${c.command} (${CLIENT_NAMES[c.client]}, line ${c.line})`;
            if (!hits.includes(h)) hits.push(h);
          }
        }
        const base = { revision: rev.id, file: rev.file, path: [phase, index], opIndex: phase === 'upgrade' ? index : null };
        if (hits.length) {
          out.push({
            ...base,
            code: LINT_CODES.clientCommand,
            category: 'client',
            severity: 'info',
            dialects: on,
            waived: op.allow_client_command,
            message: `${phase}[${index}] execute holds client commands that the client runs itself: ${hits.join(', ')}`,
            fix: 'move the work into SQL, or keep the reason in allow_client_command up to date',
          });
        } else {
          out.push({
            ...base,
            code: LINT_CODES.unusedClientCommand,
            category: 'client',
            severity: 'warning',
            dialects: [...dialects],
            path: [phase, index, 'allow_client_command'],
            message: `${phase}[${index}] execute allows client commands, but its SQL holds none`,
            fix: 'remove allow_client_command from the op',
          });
        }
      });
    }
  }
  return out;
}

/** The findings as diagnostics: what `check_migration` and the CLI print. */
export function lintHistory(history: LoadedHistory, graph: RevisionGraph, opts: LintOptions = {}): Diagnostic[] {
  return lintReport(history, graph, opts).diagnostics;
}

/** One finding as a diagnostic; `linted` is the dialects that were linted (a finding on fewer says which). */
export function findingDiagnostic(f: Finding, linted: readonly Dialect[]): Diagnostic {
  const only = f.dialects.length < linted.length && f.code !== LINT_CODES.unusedWaiver ? ` [${f.dialects.join(', ')}]` : '';
  const at: SourceRef = { file: f.file, path: f.path };
  return {
    code: f.code,
    severity: f.severity,
    at,
    message: `${f.revision}: ${f.message}${only}${f.waived !== undefined ? ` (waived: ${f.waived})` : ''}`,
    ...(f.waived === undefined ? { hint: f.fix } : {}),
  };
}

/** Unwaived warnings (what --strict fails on). */
export function unwaived(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'warning');
}
