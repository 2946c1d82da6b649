import pc from 'picocolors';
import { connect, type Executor, type ExecResult, type StatementSpan } from '../exec/index.js';
import { ExecError } from '../exec/types.js';
import { redactUrl } from '../config/url.js';
import { missingConnection } from '../config/config.js';
import { family } from '../core/dialect.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Chunk, Script } from '../emit/script.js';
import { Exit, useColor, type Context } from '../cli/context.js';
import { PLAN_CODES } from '../graph/index.js';
import { compilePlanned, perRevisionByDefault } from './compile.js';
import { makePlan, type Direction, type Planned } from './plan.js';
import type { GuardOptions } from './extras.js';
import { revisionLine } from './inspect.js';

/** The database's executor; stops (CL004) when a config file was given but names no database. */
export function executor(ctx: Context): Executor {
  const missing = missingConnection(ctx.config);
  if (missing) throw new Exit(1, [missing]);
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
    if (o.verbose) lines.unshift(`Current revision(s) for ${redactUrl(ctx.config.connection)}:${heads.length ? '' : ' none (base)'}`);
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
 * The script cut into the pieces executors expect: contiguous spans covering the
 * whole text, one per statement or client directive, each carrying the comments
 * before it (trailing comments go to a last span of their own). `owners[i]` is the
 * chunk span i runs, undefined for the trailing comments.
 */
export interface ScriptLayout {
  spans: StatementSpan[];
  owners: (Chunk | undefined)[];
}

export function scriptLayout(script: Script): ScriptLayout {
  const spans: StatementSpan[] = [];
  const owners: (Chunk | undefined)[] = [];
  let start = 0;
  for (const c of script.chunks) {
    if (c.kind === 'comment') continue;
    spans.push([start, c.end]);
    owners.push(c);
    start = c.end;
  }
  if (start < script.text.length || spans.length === 0) {
    spans.push([start, script.text.length]);
    owners.push(undefined);
  }
  return { spans, owners };
}

/**
 * The script online runs for `direction spec` when the database is at `heads`:
 * exactly what `--sql` prints for the range `<heads>:<spec>` (guard included).
 * Throws Exit (GR041) when there is nothing to do.
 */
export function onlineScript(ctx: Context, direction: Direction, spec: string, heads: string[], o: OnlineOptions): { planned: Planned; script: Script } {
  const graph = ctx.graph();
  const planned = makePlan(graph, { direction, spec, current: heads });
  ctx.warn(planned.warnings);
  const title = `${direction} ${heads.join(',') || 'base'}:${spec}`;
  const { script } = compilePlanned(ctx.loaded(), graph, planned, {
    dialect: ctx.config.dialect, versionTable: ctx.config.versionTable, title,
    transactionPerMigration: o.transactionPerMigration ?? ctx.config.transactionPerMigration,
    safety: {
      guard: o.guard !== false, clientDirectives: o.clientDirectives !== false,
      ...(o.lockTimeout !== undefined ? { lockTimeout: o.lockTimeout } : {}),
      ...(o.lockWaitTimeout !== undefined ? { lockWaitTimeout: o.lockWaitTimeout } : {}),
    },
  });
  return { planned, script };
}

interface RevisionReport {
  revision: string;
  message: string;
  ms: number;
}

interface Report {
  ok: boolean;
  direction: Direction;
  database: string;
  from: string[];
  to: string[];
  revisions: RevisionReport[];
  ms: number;
  message: string;
}

/**
 * Online upgrade/downgrade/stamp: read the version table, compile exactly the
 * script `--sql` would print for that range (guard included), and pipe those
 * bytes through the engine's client. Progress comes from the markers the script
 * itself prints, so a DBA running the file by hand sees the same.
 */
export async function online(ctx: Context, direction: Direction, spec: string, o: OnlineOptions): Promise<string | void> {
  if (ctx.config.url && family(ctx.config.url.dialect) !== family(ctx.config.dialect)) {
    throw new Exit(2, [{
      code: 'CL003', severity: 'error',
      message: `--dialect ${ctx.config.dialect} cannot run against the ${ctx.config.url.dialect} database ${redactUrl(ctx.config.connection)}`,
      hint: 'add --sql to print the script for another dialect, or drop --dialect',
    }]);
  }
  const ex = executor(ctx);
  const database = redactUrl(ctx.config.connection);
  try {
    const heads = await readHeads(ctx, ex);
    const base = { direction, database, from: heads, revisions: [] as RevisionReport[], ms: 0 };
    let planned: Planned;
    let script: Script;
    try {
      ({ planned, script } = onlineScript(ctx, direction, spec, heads, o));
    } catch (e) {
      if (e instanceof Exit && e.diagnostics.length > 0 && e.diagnostics.every((d) => d.code === PLAN_CODES.empty)) {
        return report(o, { ...base, ok: true, to: heads, message: `nothing to do: the database is already at ${heads.join(', ') || 'base'}` });
      }
      throw e;
    }
    if (direction === 'stamp' && planned.stampVersions?.length === 0) {
      return report(o, { ...base, ok: true, to: heads, message: `nothing to do: the version table already holds ${heads.join(', ') || 'nothing'}` });
    }
    const revisions = planned.plan.steps.map((s) => ({ id: s.revision.id, message: s.revision.message.split('\n')[0]! }));
    const progress = new Progress(revisions, !o.quiet && !o.json, useColor(process.env, process.stdout));
    const layout = scriptLayout(script);
    const started = Date.now();
    const res = await ex.run(script.text, { statements: layout.spans, onLine: (line) => progress.line(line) });
    ctx.warn(res.diagnostics.filter((d) => d.severity !== 'error'));
    if (!res.ok) {
      progress.fail();
      throw new Exit(1, [await failure(ctx, ex, script, layout, res, {
        what: 'the migration', heads,
        perRevision: o.transactionPerMigration ?? ctx.config.transactionPerMigration ?? perRevisionByDefault(ctx.config.dialect, ctx.graph(), planned.plan),
      })]);
    }
    const done = progress.done();
    const ms = Date.now() - started;
    const verb = direction === 'stamp' ? 'stamped' : direction === 'upgrade' ? 'upgraded' : 'downgraded';
    return report(o, {
      ...base, ok: true, to: planned.plan.heads, revisions: done, ms,
      message: `${verb} ${heads.join(', ') || 'base'} -> ${planned.plan.heads.join(', ') || 'base'}: `
        + `${direction === 'stamp' ? 'no migration ran' : `${revisions.length} revision${revisions.length === 1 ? '' : 's'}`} in ${seconds(ms)}`,
    });
  } finally {
    await ex.close?.();
  }
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(2)} s`;
}

function report(o: OnlineOptions, r: Report): string {
  if (o.json) return JSON.stringify(r, null, 2) + '\n';
  return o.quiet ? '' : `${r.message}\n`;
}

/** Recognises how the script's own safety statements stop it, on each engine. */
function stopKind(res: ExecResult): 'guard' | 'lock' | undefined {
  const text = `${res.engineMessage ?? ''}\n${res.stderr}`;
  if (res.engineCode === 'SQLITE_BUSY') return 'lock';
  if (/lbaas-db-manage (lock )?STOP: another migration/.test(text)) return 'lock';
  if (/lbaas-db-manage guard/.test(text)) return 'guard';
  return undefined;
}

/** The first line of a statement, shortened for a message. */
function firstLine(sql: string): string {
  const l = sql.trim().split('\n')[0] ?? '';
  return l.length > 200 ? `${l.slice(0, 197)}...` : l;
}

/**
 * Names the revision, the statement and the engine's message of a failed run, and
 * says where the database is now (read again from the version table).
 */
async function failure(ctx: Context, ex: Executor, script: Script, layout: ScriptLayout, res: ExecResult, run: { what: string; heads: string[]; perRevision: boolean }): Promise<Diagnostic> {
  const base = res.diagnostics.find((d) => d.severity === 'error');
  // A client that never ran the script (not installed, cannot connect) has its own diagnostic.
  if (base && base.code !== 'EX003') return base;
  let chunk: Chunk | undefined;
  if (res.statementIndex !== undefined) chunk = layout.owners[res.statementIndex];
  else if (res.errorLine !== undefined) chunk = [...script.chunks].reverse().find((c) => c.kind !== 'comment' && c.line <= res.errorLine!);
  const sql = chunk ? firstLine(script.text.slice(chunk.start, chunk.end)) : undefined;
  const engine = res.engineMessage ?? base?.message ?? res.stderr.trim();
  let now: string[] | undefined;
  try {
    now = (await ex.currentHeads(ctx.config.versionTable)) ?? [];
  } catch {
    now = undefined;
  }
  const at = now === undefined ? undefined : now.join(', ') || 'base (no revision)';
  const fam = family(ctx.config.dialect);
  const stop = stopKind(res);
  if (stop === 'lock') {
    return {
      code: 'EX012', severity: 'error',
      message: [
        `another migration of this database held the migration lock for too long; nothing was changed${at ? ` (the database is at ${at})` : ''}`,
        `${ctx.config.dialect} said: ${engine}`,
      ].join('\n  '),
      hint: 'wait for the other run to finish (or find the session holding the lock) and run the command again',
    };
  }
  if (stop === 'guard') {
    const started = run.heads.join(', ') || 'base (no revision)';
    const guardLine = res.stdout.split('\n').find((l) => /^lbaas-db-manage guard STOP/.test(l));
    return {
      code: 'EX011', severity: 'error',
      message: [
        `the script stopped at its guard before changing anything: it was compiled for a database at ${started}`
          + `${at ? `, but the database is now at ${at}` : ''} (another migration ran after this command read the version table)`,
        `${ctx.config.dialect} said: ${guardLine ?? engine}`,
      ].join('\n  '),
      hint: 'run the command again: it starts from where the database is now (and says "nothing to do" if the other run got there)',
    };
  }
  const transactional = fam !== 'mysql';
  return {
    code: 'EX003', severity: 'error',
    message: [
      `${run.what} failed`,
      chunk?.revision ? `revision: ${chunk.revision}${revisionFile(ctx, chunk.revision)}` : undefined,
      sql ? `statement (script line ${lineOfChunk(script, chunk!)}): ${sql}` : undefined,
      `${ctx.config.dialect} said: ${engine}`,
      at ? `the database is at: ${at}` : undefined,
    ].filter(Boolean).join('\n  '),
    hint: transactional
      ? (run.perRevision || !sameHeads(now, run.heads)
        ? 'each revision ran in its own transaction: the failed one was rolled back, the ones before it stay applied; fix the cause and run the command again to continue'
        : 'the transaction was rolled back: the database is where it was before; fix the cause and run the command again')
      : 'MySQL cannot roll back DDL: the version table holds the last revision that completed (statements of the failed revision that ran before the error stay); fix the cause and run the same command again to resume',
  };
}

function sameHeads(a: string[] | undefined, b: string[]): boolean {
  return a === undefined || [...a].sort().join(',') === [...b].sort().join(',');
}

function lineOfChunk(script: Script, c: Chunk): number {
  // A chunk's line is where its text starts; statements start at their first character.
  const lead = script.text.slice(c.start, c.end).search(/\S/);
  let line = c.line;
  for (let i = c.start; i < c.start + Math.max(lead, 0); i++) if (script.text[i] === '\n') line++;
  return line;
}

function revisionFile(ctx: Context, id: string): string {
  const r = ctx.graph().get(id);
  return r ? ` (${r.file}): ${r.message.split('\n')[0]}` : '';
}

/**
 * One line per completed revision (id, message, duration) from the script's own
 * progress markers: psql NOTICE lines, mysql's SELECT output, the SQLite rows.
 * A marker `[i/n] id message` announces revision i; revision i-1 is complete when
 * it arrives, the last one when the client has finished.
 */
export class Progress {
  private index = -1;
  private since = Date.now();
  private readonly timings: RevisionReport[] = [];

  constructor(
    private readonly revs: readonly { id: string; message: string }[],
    private readonly print: boolean,
    private readonly color: boolean,
    private readonly write: (s: string) => void = (s) => void process.stdout.write(s),
  ) {}

  line(line: string): void {
    const m = /\[(\d+)\/(\d+)\] (\S+)/.exec(line);
    if (!m || Number(m[2]) !== this.revs.length) return;
    const n = Number(m[1]) - 1;
    if (n <= this.index || n >= this.revs.length || this.revs[n]!.id !== m[3]) return;
    this.finishCurrent();
    this.index = n;
    this.since = Date.now();
  }

  private finishCurrent(): void {
    if (this.index < 0 || this.index >= this.revs.length) return;
    const r = this.revs[this.index]!;
    const ms = Date.now() - this.since;
    this.timings.push({ revision: r.id, message: r.message, ms });
    if (!this.print) return;
    const id = this.color ? pc.yellow(r.id) : r.id;
    this.write(`  ${this.color ? pc.green('ok') : 'ok'} [${this.index + 1}/${this.revs.length}] ${id} ${r.message} (${seconds(ms)})\n`);
  }

  /** The run succeeded: the current revision is complete. Returns every revision's timing. */
  done(): RevisionReport[] {
    this.finishCurrent();
    this.index = this.revs.length;
    return this.timings;
  }

  fail(): void {
    if (this.index >= 0 && this.index < this.revs.length && this.print) {
      const r = this.revs[this.index]!;
      this.write(`  ${this.color ? pc.red('FAILED') : 'FAILED'} [${this.index + 1}/${this.revs.length}] ${r.id} ${r.message} (${seconds(Date.now() - this.since)})\n`);
    }
  }
}

/** `bootstrap` online: refuses when the database already has any of the tables. */
export async function bootstrapOnline(ctx: Context, script: Script, tables: string[]): Promise<string> {
  const ex = executor(ctx);
  try {
    const layout = scriptLayout(script);
    const res = await ex.run(script.text, { statements: layout.spans });
    ctx.warn(res.diagnostics.filter((d) => d.severity !== 'error'));
    if (!res.ok) {
      const d = await failure(ctx, ex, script, layout, res, { what: 'bootstrap', heads: [], perRevision: false });
      throw new Exit(1, [{
        ...d, hint: d.code === 'EX003' ? `bootstrap is for scratch databases; a database that already has ${tables.slice(0, 3).join(', ')}, ... needs no stand-ins` : d.hint,
      }]);
    }
    return `created stand-ins for ${tables.length} external tables: ${tables.join(', ')}\n`;
  } finally {
    await ex.close?.();
  }
}
