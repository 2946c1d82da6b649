import pc from 'picocolors';
import { connect, type Executor, type ExecResult } from '../exec/index.js';
import { ExecError } from '../exec/types.js';
import { redactUrl } from '../config/url.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Script } from '../emit/script.js';
import { Exit, useColor, type Context } from '../cli/context.js';
import { PLAN_CODES } from '../graph/index.js';
import { compilePlanned } from './compile.js';
import { makePlan, type Direction, type Planned } from './plan.js';
import type { GuardOptions } from './extras.js';
import { revisionLine } from './inspect.js';

function executor(ctx: Context): Executor {
  try {
    return connect({ connection: ctx.config.connection, ...(ctx.config.url ? { url: ctx.config.url } : {}), cwd: ctx.config.cwd });
  } catch (e) {
    if (e instanceof ExecError) throw new Exit(1, [e.diagnostic]);
    throw e;
  }
}

/** The database's heads (version table rows); [] when the table does not exist yet. */
export async function readHeads(ctx: Context, ex = executor(ctx)): Promise<string[]> {
  try {
    return (await ex.currentHeads(ctx.config.versionTable)) ?? [];
  } catch (e) {
    if (e instanceof ExecError) throw new Exit(1, [e.diagnostic]);
    throw e;
  }
}

export async function current(ctx: Context, o: { verbose: boolean; json: boolean }): Promise<string> {
  const ex = executor(ctx);
  try {
    const heads = await readHeads(ctx, ex);
    const g = ctx.graph();
    if (o.json) {
      return JSON.stringify({ database: redactUrl(ctx.config.connection), version_table: ctx.config.versionTable, heads: heads.map((id) => ({ revision: id, known: g.has(id), is_head: g.heads.includes(id) })) }, null, 2) + '\n';
    }
    const lines = heads.map((id) => {
      const r = g.get(id);
      if (!r) return `${id} (unknown revision: not in ${ctx.versionsRel}/)`;
      return o.verbose ? revisionLine(g, r) : `${id}${g.heads.includes(id) ? ' (head)' : ''}`;
    });
    if (o.verbose) lines.unshift(`Current revision(s) for ${redactUrl(ctx.config.connection)}:`);
    return lines.join('\n') + (lines.length ? '\n' : '');
  } finally {
    await ex.close?.();
  }
}

export interface OnlineOptions extends GuardOptions {
  transactionPerMigration?: boolean;
  json?: boolean;
  quiet?: boolean;
}

/**
 * Online upgrade/downgrade/stamp: read the version table, compile exactly the
 * script `--sql` would print for that range (guard included), and pipe those
 * bytes through the engine's client. Progress comes from the markers the script
 * itself prints, so a DBA running the file by hand sees the same.
 */
export async function online(ctx: Context, direction: Direction, spec: string, o: OnlineOptions): Promise<string | void> {
  const ex = executor(ctx);
  try {
    const heads = await readHeads(ctx, ex);
    const graph = ctx.graph();
    let planned: Planned;
    try {
      planned = makePlan(graph, { direction, spec, current: heads });
    } catch (e) {
      if (e instanceof Exit && e.diagnostics.length > 0 && e.diagnostics.every((d) => d.code === PLAN_CODES.empty)) {
        return report(o, { ok: true, from: heads, to: heads, revisions: [], message: `nothing to do: the database is already at ${heads.join(', ') || 'base'}` });
      }
      throw e;
    }
    if (direction === 'stamp' && planned.stampVersions?.length === 0) {
      return report(o, { ok: true, from: heads, to: heads, revisions: [], message: `nothing to do: the version table already holds ${heads.join(', ') || 'nothing'}` });
    }
    const title = `${direction} ${heads.join(',') || 'base'}:${spec}`;
    const { script } = compilePlanned(ctx.loaded(), graph, planned, {
      dialect: ctx.config.dialect, versionTable: ctx.config.versionTable, title,
      transactionPerMigration: o.transactionPerMigration ?? ctx.config.transactionPerMigration,
      safety: { guard: o.guard !== false, clientDirectives: o.clientDirectives !== false },
    });
    const revisions = planned.plan.steps.map((s) => ({ id: s.revision.id, message: s.revision.message.split('\n')[0]! }));
    const progress = new Progress(revisions, o, useColor(process.env, process.stdout));
    const spans = script.chunks.filter((c) => c.kind !== 'comment').map((c) => [c.start, c.end] as const);
    const started = Date.now();
    const res = await ex.run(script.text, { statements: spans, onLine: (line) => progress.line(line) });
    if (!res.ok) {
      progress.fail();
      throw new Exit(1, [failure(ctx, script, res)]);
    }
    progress.done();
    return report(o, {
      ok: true, from: heads, to: planned.plan.heads, revisions: revisions.map((r) => r.id),
      message: `${direction === 'stamp' ? 'stamped' : direction === 'upgrade' ? 'upgraded' : 'downgraded'} ${heads.join(', ') || 'base'} -> ${planned.plan.heads.join(', ') || 'base'}: ${revisions.length} revision(s) in ${((Date.now() - started) / 1000).toFixed(2)} s`,
    });
  } finally {
    await ex.close?.();
  }
}

function report(o: OnlineOptions, r: { ok: boolean; from: string[]; to: string[]; revisions: string[]; message: string }): string {
  if (o.json) return JSON.stringify(r, null, 2) + '\n';
  return o.quiet ? '' : `${r.message}\n`;
}

/** Names the revision, the statement and the engine's message of a failed run. */
function failure(ctx: Context, script: Script, res: ExecResult): Diagnostic {
  const base = res.diagnostics.find((d) => d.severity === 'error');
  let chunk = undefined as Script['chunks'][number] | undefined;
  if (res.statementIndex !== undefined) chunk = script.chunks.filter((c) => c.kind !== 'comment')[res.statementIndex];
  else if (res.errorLine !== undefined) chunk = [...script.chunks].reverse().find((c) => c.kind !== 'comment' && c.line <= res.errorLine!);
  const sql = chunk ? script.text.slice(chunk.start, chunk.end).trim().split('\n')[0] : undefined;
  const guardStop = /lbaas-db-manage guard|lbaas_db_manage_guard|another migration/.test(res.engineMessage ?? res.stderr);
  return {
    code: base?.code ?? 'EX003', severity: 'error',
    message: [
      guardStop ? 'the script stopped at its guard: the database is not at the revisions it starts from (nothing was changed)' : 'the migration failed',
      chunk?.revision ? `revision: ${chunk.revision}` : undefined,
      sql ? `statement (script line ${chunk!.line}): ${sql}` : undefined,
      `${ctx.config.dialect} said: ${res.engineMessage ?? base?.message ?? res.stderr.trim()}`,
    ].filter(Boolean).join('\n  '),
    hint: ctx.config.dialect === 'postgresql' || ctx.config.dialect === 'sqlite'
      ? 'the transaction was rolled back: the database is where it was before'
      : 'MySQL cannot roll back DDL: the version table holds the last revision that completed; fix the cause and run the same command again to resume',
  };
}

/** One line per completed revision (id, message, duration) from the script's own progress markers. */
class Progress {
  private index = -1;
  private since = Date.now();
  constructor(private readonly revs: { id: string; message: string }[], private readonly o: OnlineOptions, private readonly color: boolean) {}
  line(line: string): void {
    const m = /\[(\d+)\/(\d+)\] (\S+)/.exec(line);
    if (!m) return;
    const n = Number(m[1]) - 1;
    if (n <= this.index) return;
    this.finishCurrent();
    this.index = n;
    this.since = Date.now();
  }
  private finishCurrent(): void {
    if (this.index < 0 || this.index >= this.revs.length) return;
    const r = this.revs[this.index]!;
    const ms = Date.now() - this.since;
    if (this.o.quiet || this.o.json) return;
    const id = this.color ? pc.yellow(r.id) : r.id;
    process.stdout.write(`  ${this.color ? pc.green('ok') : 'ok'} [${this.index + 1}/${this.revs.length}] ${id} ${r.message} (${ms} ms)\n`);
  }
  done(): void {
    this.finishCurrent();
    this.index = this.revs.length;
  }
  fail(): void {
    if (this.index >= 0 && this.index < this.revs.length && !this.o.quiet && !this.o.json) {
      const r = this.revs[this.index]!;
      process.stdout.write(`  ${this.color ? pc.red('FAILED') : 'FAILED'} [${this.index + 1}/${this.revs.length}] ${r.id} ${r.message}\n`);
    }
  }
}

/** `bootstrap` online: refuses when the database already has any of the tables. */
export async function bootstrapOnline(ctx: Context, script: Script, tables: string[]): Promise<string> {
  const ex = executor(ctx);
  try {
    const res = await ex.run(script.text, { statements: script.chunks.filter((c) => c.kind !== 'comment').map((c) => [c.start, c.end] as const) });
    if (!res.ok) {
      throw new Exit(1, [{
        ...failure(ctx, script, res), hint: `bootstrap is for scratch databases; a database that already has ${tables.slice(0, 3).join(', ')}, ... needs no stand-ins`,
      }]);
    }
    return `created stand-ins for ${tables.length} external tables: ${tables.join(', ')}\n`;
  } finally {
    await ex.close?.();
  }
}
