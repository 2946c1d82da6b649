import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import pc from 'picocolors';
import { connect, type Executor, type ExecResult } from '../exec/index.js';
import { ExecError, type ProgressRow } from '../exec/executor.js';
import { progressTable } from '../core/progress.js';
import { wrappedStatements } from '../verify/verify.js';
import { INDEX_STOP, NAMES_STOP } from '../emit/guard.js';
import { signalNumber } from '../exec/process.js';
import { printStdout } from '../emit/write.js';
import { redactUrl } from '../config/url.js';
import { missingConnection } from '../config/config.js';
import { family } from '../core/dialect.js';
import { DiagnosticError, type Diagnostic } from '../core/diagnostics.js';
import { type Chunk, type Script, type ScriptLayout, scriptLayout } from '../emit/script.js';
import type { Workspace as Context } from './workspace.js';
import { parseRange } from '../graph/index.js';
import { compilePlanned, perRevisionByDefault } from '../pipeline/compile-plan.js';
import { makePlan, rangeOnline, type Direction, type Planned } from '../pipeline/make-plan.js';
import { concurrentIndexes, type GuardOptions } from '../pipeline/extras.js';
import { AlembicText } from './inspect-format.js';
import { caps } from '../dialects/registry.js';

/** The database's executor; stops (CL004) when a config file was given but names no database. */
export function executor(ctx: Context): Executor {
  const missing = missingConnection(ctx.config);
  if (missing) throw new DiagnosticError(1, [missing]);
  try {
    return connect({
      connection: ctx.config.connection,
      ...(ctx.config.url ? { url: ctx.config.url } : {}),
      cwd: ctx.config.cwd,
      ...(ctx.config.lockWaitTimeout !== undefined ? { lockWaitTimeout: ctx.config.lockWaitTimeout } : {}),
    });
  } catch (e) {
    if (e instanceof ExecError) throw new DiagnosticError(1, [e.diagnostic]);
    throw e;
  }
}

/** The database's heads (version table rows); [] when the table does not exist yet. */
export async function readHeads(ctx: Context, ex = executor(ctx)): Promise<string[]> {
  try {
    return (await ex.currentHeads(ctx.config.versionTable)) ?? [];
  } catch (e) {
    if (e instanceof ExecError) throw new DiagnosticError(exitStatus(e.result), [e.diagnostic]);
    throw e;
  }
}

/** 128 + the signal's number when this tool was interrupted (as a shell reports a process a signal ended), else 1. */
function exitStatus(res: ExecResult | undefined): number {
  return res?.interrupted ? 128 + signalNumber(res.interrupted) : 1;
}

/**
 * `current`: the database's version rows, one a line, as Alembic prints them. What else was found goes
 * to stderr (a missing SQLite file, a missing or empty version table); the exit status is 1 when the
 * database is not at known revisions (no such SQLite file, or a row this history does not hold).
 */
export async function current(ctx: Context, o: { verbose: boolean; json: boolean; quiet?: boolean }): Promise<string> {
  const ex = executor(ctx);
  requireSqliteFile(ctx);
  try {
    let rows: string[] | null;
    try {
      rows = await ex.currentHeads(ctx.config.versionTable);
    } catch (e) {
      if (e instanceof ExecError) throw new DiagnosticError(exitStatus(e.result), [e.diagnostic]);
      throw e;
    }
    const heads = rows ?? [];
    const g = ctx.graph();
    refuseUnknownRows(ctx, heads);
    let progress: ProgressRow[] | null | undefined;
    try {
      progress = await ex.progress?.(ctx.config.versionTable);
    } catch {
      progress = undefined;
    }
    if (o.json) {
      return (
        JSON.stringify(
          {
            database: redactUrl(ctx.config.connection),
            version_table: ctx.config.versionTable,
            version_table_exists: rows !== null,
            heads: heads.map((id) => ({ revision: id, known: g.has(id), is_head: g.heads.includes(id) })),
            ...(progress?.length ? { interrupted: progress.map((p) => ({ ...p })) } : {}),
          },
          null,
          2,
        ) + '\n'
      );
    }
    if (progress?.length && !o.quiet) {
      process.stderr.write(
        `${[...progressLines(progress, ctx.config.versionTable), 'run the same upgrade (or the same script) again to finish it: what ran is not run again'].join('\n')}\n`,
      );
    }
    if (heads.length === 0 && !o.quiet) {
      process.stderr.write(
        rows === null
          ? `no version table ${ctx.config.versionTable}: the database is at base (no revision applied)\n`
          : `the version table ${ctx.config.versionTable} is empty: the database is at base (no revision applied)\n`,
      );
    }
    return new AlembicText(g).currentText(heads, o.verbose ? redactUrl(ctx.config.connection) : undefined);
  } finally {
    await ex.close?.();
  }
}

export interface OnlineOptions extends GuardOptions {
  transactionPerMigration?: boolean;
  /** --create-index-concurrently (else [postgresql] create_index_concurrently). */
  createIndexConcurrently?: boolean;
  /** stamp --purge: replace every version row, whatever revisions they name. */
  purge?: boolean;
  /** stamp only: further destinations (`stamp a b`). */
  more?: string[];
  json?: boolean;
  quiet?: boolean;
}

/**
 * The script online runs for `direction spec` when the database is at `heads`:
 * exactly what `--sql` prints for the range `<heads>:<spec>` (guard included).
 * When there is nothing to do, the plan has no steps (the caller reports it).
 */
export function onlineScript(ctx: Context, direction: Direction, spec: string, heads: string[], o: OnlineOptions): { planned: Planned; script: Script } {
  const graph = ctx.graph();
  // stamp --purge: whatever the rows are (unknown revisions included), the stamp starts at base and
  // the script deletes every row it read before writing the target's; the guard checks those rows.
  const planned = makePlan(graph, { direction, spec, current: o.purge ? [] : heads, ...(o.more?.length ? { more: o.more } : {}) });
  if (o.purge) planned.stampVersions = [...heads.map((id) => ({ kind: 'delete' as const, id })), ...(planned.stampVersions ?? [])];
  ctx.warn(planned.warnings);
  const title = `${direction}${o.purge ? ' --purge' : ''} ${heads.join(',') || 'base'}:${spec}`;
  const { script } = compilePlanned(ctx.loaded(), graph, planned, {
    dialect: ctx.config.dialect,
    versionTable: ctx.config.versionTable,
    title,
    ...(ctx.config.mysqlCharset ? { mysqlCharset: ctx.config.mysqlCharset } : {}),
    transactionPerMigration: o.transactionPerMigration ?? ctx.config.transactionPerMigration,
    ...concurrentIndexes(ctx.config, o.createIndexConcurrently),
    safety: {
      guard: o.guard !== false,
      clientDirectives: o.clientDirectives !== false,
      ...((o.lockTimeout ?? ctx.config.lockTimeout) !== undefined ? { lockTimeout: o.lockTimeout ?? ctx.config.lockTimeout } : {}),
      // the script's own wait for the migration lock: --lock-wait-timeout, else [database] lock_wait_timeout
      ...((o.lockWaitTimeout ?? ctx.config.lockWaitTimeout) !== undefined ? { lockWaitTimeout: o.lockWaitTimeout ?? ctx.config.lockWaitTimeout } : {}),
    },
    ...(o.purge ? { guardRows: heads } : {}),
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
export async function online(ctx: Context, direction: Direction, spec: string, o: OnlineOptions): Promise<string | undefined> {
  if (ctx.config.url && family(ctx.config.url.dialect) !== family(ctx.config.dialect)) {
    throw new DiagnosticError(2, [
      {
        code: 'CL003',
        severity: 'error',
        message: `--dialect ${ctx.config.dialect} cannot run against the ${ctx.config.url.dialect} database ${redactUrl(ctx.config.connection)}`,
        hint: 'add --sql to print the script for another dialect, or drop --dialect',
      },
    ]);
  }
  // A range is only for --sql: say so before trying to connect.
  const range = parseRange(spec);
  if (range.ok && range.value.from !== undefined) throw new DiagnosticError(2, [rangeOnline(direction, spec, range.value.to)]);
  const ex = executor(ctx);
  const database = redactUrl(ctx.config.connection);
  try {
    const heads = await readHeads(ctx, ex);
    const base = { direction, database, from: heads, revisions: [] as RevisionReport[], ms: 0 };
    const { planned, script } = onlineScript(ctx, direction, spec, heads, o);
    if (direction !== 'stamp' && planned.plan.steps.length === 0) {
      return report(o, { ...base, ok: true, to: heads, message: `nothing to do: the database is already at ${heads.join(', ') || 'base'}` });
    }
    if (direction === 'stamp' && planned.stampVersions?.length === 0) {
      return report(o, { ...base, ok: true, to: heads, message: `nothing to do: the version table already holds ${heads.join(', ') || 'nothing'}` });
    }
    const revisions = planned.plan.steps.map((s) => ({ id: s.revision.id, message: s.revision.message.split('\n')[0]! }));
    const progress = new Progress(revisions, !o.quiet && !o.json, ctx.color(process.stdout));
    const layout = scriptLayout(script);
    const started = Date.now();
    const res = await ex.run(script.text, { statements: layout.spans, onLine: (line) => progress.line(line), lockWait: o.guard !== false });
    ctx.warn(res.diagnostics.filter((d) => d.severity !== 'error'));
    if (!res.ok) {
      progress.fail();
      throw new DiagnosticError(exitStatus(res), [
        await failure(ctx, ex, script, layout, res, {
          what: 'the migration',
          heads,
          perRevision: o.transactionPerMigration ?? ctx.config.transactionPerMigration ?? perRevisionByDefault(ctx.config.dialect, ctx.graph(), planned.plan),
        }),
      ]);
    }
    const done = progress.done();
    const ms = Date.now() - started;
    const verb = direction === 'stamp' ? 'stamped' : direction === 'upgrade' ? 'upgraded' : 'downgraded';
    const to = planned.plan.heads.join(', ') || 'base';
    // A resumable script skips a revision that another run applied while this command waited for the
    // migration lock (src/emit/resume.ts): it printed no marker for it, and the report counts only
    // what ran.
    const ran = new Set(done.map((d) => d.revision));
    const skipped = direction !== 'stamp' && caps(ctx.config.dialect).resumable ? revisions.filter((r) => !ran.has(r.id)) : [];
    if (skipped.length === revisions.length && revisions.length > 0) {
      return report(o, {
        ...base,
        ok: true,
        to: planned.plan.heads,
        revisions: [],
        ms,
        message: `nothing to do: the database is already at ${to} (another run took it there after this command read the version table); this run changed nothing`,
      });
    }
    const others = skipped.length ? ` (${skipped.length} of ${revisions.length} another run had applied: ${skipped.map((r) => r.id).join(', ')})` : '';
    const count = revisions.length - skipped.length;
    return report(o, {
      ...base,
      ok: true,
      to: planned.plan.heads,
      revisions: done,
      ms,
      message:
        `${verb} ${heads.join(', ') || 'base'} -> ${to}: ` +
        `${direction === 'stamp' ? 'no migration ran' : `${count} revision${count === 1 ? '' : 's'}`} in ${seconds(ms)}${others}`,
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
function stopKind(res: ExecResult, sql: string | undefined): 'guard' | 'lock' | 'names' | 'index' | undefined {
  const text = `${res.engineMessage ?? ''}\n${res.stderr}`;
  if (res.engineCode === 'SQLITE_BUSY' || res.lockWaitExpired) return 'lock';
  // PostgreSQL's lock_timeout ([database] lock_wait_timeout) on the migration lock itself.
  if (sql !== undefined && /pg_advisory_lock\(/.test(sql) && /lock timeout/i.test(res.engineMessage ?? '')) return 'lock';
  if (/lbaas-db-manage (lock )?STOP: another migration/.test(text)) return 'lock';
  if (text.includes(NAMES_STOP)) return 'names';
  if (text.includes(INDEX_STOP)) return 'index';
  if (/lbaas-db-manage guard/.test(text)) return 'guard';
  return undefined;
}

/**
 * A resumable MySQL script runs a statement as `EXECUTE lbaas_stmt` of the text the `SET @lbaas_q`
 * before it chose (src/emit/resume.ts): for a failed PREPARE (a missing table is found there) or
 * EXECUTE, the statement that text holds.
 */
function heldStatement(script: Script, chunk: Chunk): string | undefined {
  const text = script.text
    .slice(chunk.start, chunk.end)
    .replace(/^(--[^\n]*\n|\s)+/, '')
    .trim();
  if (text !== 'EXECUTE lbaas_stmt;' && text !== 'PREPARE lbaas_stmt FROM @lbaas_q;') return undefined;
  const i = script.chunks.indexOf(chunk);
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const c = script.chunks[k]!;
    if (c.kind !== 'statement') continue;
    const held = wrappedStatements(
      script.text
        .slice(c.start, c.end)
        .replace(/^(--[^\n]*\n|\s)+/, '')
        .replace(/;\s*$/, ''),
    );
    if (held.length) return `${held[held.length - 1]};`;
  }
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
async function failure(
  ctx: Context,
  ex: Executor,
  script: Script,
  layout: ScriptLayout,
  res: ExecResult,
  run: { what: string; heads: string[]; perRevision: boolean },
): Promise<Diagnostic> {
  const base = res.diagnostics.find((d) => d.severity === 'error');
  if (base && (base.code === 'EX013' || base.code === 'EX014')) {
    // The client was stopped by a signal: say where the database is now, as read back from it.
    let at: string;
    try {
      const now = (await ex.currentHeads(ctx.config.versionTable)) ?? [];
      at = now.join(', ') || 'base (no revision)';
    } catch {
      at = 'unknown (the version table could not be read back)';
    }
    const partly = await interrupted(ex, ctx.config.versionTable);
    return {
      ...base,
      message: [`${base.message}`, `the database is at: ${at}`, ...partly].join('\n  '),
      hint: `${
        !caps(ctx.config.dialect).transactionalDdl
          ? 'MySQL commits each DDL statement: the version table holds the last revision that completed (a statement of the next one may have run); '
          : 'the open transaction was rolled back: the version table holds the last revision committed; '
      }${base.hint ?? ''}`,
    };
  }
  // A client that never ran the script (not installed, cannot connect) has its own diagnostic.
  if (base && base.code !== 'EX003' && base.code !== 'EX012') return base;
  let chunk: Chunk | undefined;
  if (res.statementIndex !== undefined) chunk = layout.owners[res.statementIndex];
  else if (res.errorLine !== undefined) chunk = [...script.chunks].reverse().find((c) => c.kind !== 'comment' && c.line <= res.errorLine!);
  // the statement that failed: a resumable MySQL script runs it through PREPARE/EXECUTE, and the wrapper holds it
  const failed = chunk ? (heldStatement(script, chunk) ?? script.text.slice(chunk.start, chunk.end)) : undefined;
  const sql = failed === undefined ? undefined : firstLine(failed);
  const engine = res.engineMessage ?? base?.message ?? res.stderr.trim();
  let now: string[] | undefined;
  try {
    now = (await ex.currentHeads(ctx.config.versionTable)) ?? [];
  } catch {
    now = undefined;
  }
  const at = now === undefined ? undefined : now.join(', ') || 'base (no revision)';
  const stop = stopKind(res, chunk ? script.text.slice(chunk.start, chunk.end) : undefined);
  if (stop === 'lock') {
    return {
      code: 'EX012',
      severity: 'error',
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
      code: 'EX011',
      severity: 'error',
      message: [
        `the script stopped at its guard before changing anything: it was compiled for a database at ${started}` +
          `${at ? `, but the database is now at ${at}` : ''} (another migration ran after this command read the version table)`,
        `${ctx.config.dialect} said: ${guardLine ?? engine}`,
      ].join('\n  '),
      hint: 'run the command again: it starts from where the database is now (and says "nothing to do" if the other run got there)',
    };
  }
  const transactional = caps(ctx.config.dialect).transactionalDdl;
  if (stop === 'names') {
    const stopLine = engine.split('\n').find((l) => l.includes(NAMES_STOP)) ?? engine;
    // MySQL quotes it in its error about completion_type: the closing quote is not part of it
    const said = stopLine.slice(stopLine.indexOf(NAMES_STOP)).replace(/'$/, '');
    return {
      code: 'EX015',
      severity: 'error',
      message: [
        `revision ${chunk?.revision ?? '(unknown)'} did not run: it drops a constraint or index that the database does not hold under the name the revision history gives it`,
        chunk?.revision ? `revision: ${chunk.revision}${revisionFile(ctx, chunk.revision)}` : undefined,
        `${ctx.config.dialect} said: ${said}`,
        at ? `the database is at: ${at}` : undefined,
      ]
        .filter(Boolean)
        .join('\n  '),
      hint: `rename it as the message says (or, if the table has none, check the table against the revision history), then run the command again; ${
        transactional
          ? run.perRevision || !sameHeads(now, run.heads)
            ? 'the revisions before it stay applied'
            : 'the transaction was rolled back: nothing was changed'
          : 'the revisions before it stay applied'
      }`,
    };
  }
  if (stop === 'index') {
    const said = engine.split('\n').find((l) => l.includes(INDEX_STOP)) ?? engine;
    return {
      code: 'EX016',
      severity: 'error',
      message: [
        `revision ${chunk?.revision ?? '(unknown)'} did not complete: an index it builds concurrently is in the way or not valid`,
        chunk?.revision ? `revision: ${chunk.revision}${revisionFile(ctx, chunk.revision)}` : undefined,
        `${ctx.config.dialect} said: ${said.slice(said.indexOf(INDEX_STOP))}`,
        at ? `the database is at: ${at}` : undefined,
      ]
        .filter(Boolean)
        .join('\n  '),
      hint: 'the revisions before it stay applied and its version row was not written; do as the message says, then run the command again',
    };
  }
  // An index build runs outside its revision's transaction: what it leaves is dropped and built again by the next run.
  const concurrentBuild = chunk?.template === 'create_index_concurrently' || chunk?.template === 'drop_index_concurrently';
  const external = missingExternal(ctx, engine, failed ?? '');
  const partly = transactional ? [] : await interrupted(ex, ctx.config.versionTable);
  return {
    code: 'EX003',
    severity: 'error',
    message: [
      `${run.what} failed`,
      chunk?.revision ? `revision: ${chunk.revision}${revisionFile(ctx, chunk.revision)}` : undefined,
      sql ? `statement (script line ${lineOfChunk(script, chunk!)}): ${sql}` : undefined,
      `${ctx.config.dialect} said: ${engine}`,
      at ? `the database is at: ${at}` : undefined,
      external
        ? `${external} is one of Neutron's tables (${ctx.versionsRel}/external.jsonc), which the history expects to exist and does not create`
        : undefined,
      ...partly,
    ]
      .filter(Boolean)
      .join('\n  '),
    hint: concurrentBuild
      ? `the index is built outside its revision's transaction: the revisions before it stay applied, nothing else of this revision ran and its version row was not written; an index the build left half-done (INVALID) is dropped and built again when you run the command again${lockTimedOut(engine) ? ' (later, when the services are quieter, or with a longer --lock-timeout: the build waits for the transactions already writing to the table)' : ''}`
      : lockTimedOut(engine)
        ? `a table was busy: a statement waited longer than the script's lock timeout (--lock-timeout, [database] lock_timeout) for a lock other sessions hold; ${
            transactional
              ? run.perRevision || !sameHeads(now, run.heads)
                ? 'the failed revision was rolled back, the ones before it stay applied'
                : 'nothing was changed'
              : 'the version table holds the last revision that completed'
          }; retry later, when the services are quieter, or with a longer --lock-timeout`
        : external
          ? `this database lacks Neutron's tables: run Neutron's own migrations first (neutron-db-manage upgrade heads) on a Neutron database, or 'lbaas-db-manage bootstrap' on a scratch database; ${transactional ? 'nothing of the failed transaction stays' : 'the version table holds the last revision that completed'}`
          : transactional
            ? run.perRevision || !sameHeads(now, run.heads)
              ? 'each revision ran in its own transaction: the failed one was rolled back, the ones before it stay applied; fix the cause and run the command again to continue'
              : 'the transaction was rolled back: the database is where it was before; fix the cause and run the command again'
            : partly.length
              ? 'MySQL cannot roll back DDL: the statements of the failed revision that ran stay, and the script recorded each of them; fix the cause and run the same command again: it runs the rest, and nothing twice'
              : 'MySQL cannot roll back DDL: the version table holds the last revision that completed; fix the cause and run the same command again to resume',
  };
}

/**
 * MySQL/MariaDB: what the progress table says about a revision a run left partway, as lines for
 * a message (none when the table is absent or empty, or cannot be read).
 */
async function interrupted(ex: Executor, versionTable: string): Promise<string[]> {
  let rows: ProgressRow[] | null | undefined;
  try {
    rows = await ex.progress?.(versionTable);
  } catch {
    rows = undefined;
  }
  return rows?.length ? progressLines(rows, versionTable) : [];
}

/** Which statements of an interrupted revision ran, which one was running or failed, and which did not run. */
export function progressLines(rows: readonly ProgressRow[], versionTable: string): string[] {
  const lines: string[] = [];
  for (const revision of [...new Set(rows.map((r) => r.revision))]) {
    const of = rows.filter((r) => r.revision === revision);
    const total = Math.max(...of.map((r) => r.statements));
    const done = of.filter((r) => r.done);
    const started = of.filter((r) => !r.done);
    const seen = new Set(of.map((r) => r.statement));
    const notRun: number[] = [];
    for (let n = 1; n <= total; n++) if (!seen.has(n)) notRun.push(n);
    lines.push(
      `revision ${revision} stopped partway: ${done.length} of its ${total} statements that change the database ran (${progressTable(versionTable)} records them)`,
    );
    for (const r of done) lines.push(`  ran:        ${r.statement}/${total} ${r.op}`);
    for (const r of started)
      lines.push(`  started:    ${r.statement}/${total} ${r.op} (it failed, or was running when the run ended; a rerun checks whether it took effect)`);
    if (notRun.length) lines.push(`  not run:    ${ranges(notRun)} of ${total}`);
  }
  return lines;
}

/** 1,2,3,5 -> "1-3, 5" */
function ranges(ns: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < ns.length; i++) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++;
    out.push(j > i ? `${ns[i]}-${ns[j]}` : `${ns[i]}`);
    i = j;
  }
  return out.join(', ');
}

/** Whether the engine's message is a statement's lock wait running out (PostgreSQL lock_timeout, MySQL lock_wait_timeout / innodb_lock_wait_timeout). */
function lockTimedOut(engine: string): boolean {
  return /canceling statement due to lock timeout|Lock wait timeout exceeded/.test(engine);
}

/**
 * The external (Neutron) table a failure is about, if any: the engine says a table is missing (or,
 * MySQL, that a foreign key cannot be formed) and names it, or the failed statement refers to it.
 */
function missingExternal(ctx: Context, engine: string, statement: string): string | undefined {
  if (!/no such table|does not exist|doesn't exist|unknown table|errno: 150|foreign key constraint is incorrectly formed/i.test(engine)) return undefined;
  const names = ctx.loaded().external.map((t) => t.table);
  const named = (text: string, n: string) => new RegExp(`(^|[^A-Za-z0-9_])${n}([^A-Za-z0-9_]|$)`).test(text);
  return names.find((n) => named(engine, n)) ?? names.find((n) => new RegExp(`REFERENCES [\`"]?${n}[\`"]?[ (]`).test(statement));
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
    private readonly write: (s: string) => void = printStdout,
  ) {}

  line(line: string): void {
    // A resumable MySQL script goes on inside a revision a failed run left (src/emit/resume.ts).
    const resuming = /^lbaas-db-manage: resuming (\w+): statements that already ran \(skipped\): ([\d,]+)$/.exec(line);
    if (resuming && this.print) {
      this.write(
        `  ${this.color ? pc.cyan('resuming') : 'resuming'} ${this.color ? pc.yellow(resuming[1]!) : resuming[1]}: statements ${resuming[2]} ran before; they are skipped\n`,
      );
      return;
    }
    const m = /\[(\d+)\/(\d+)\] (\S+)/.exec(line);
    if (!m || Number(m[2]) !== this.revs.length) return;
    const n = Number(m[1]) - 1;
    if (n <= this.index || n >= this.revs.length || this.revs[n]!.id !== m[3]) return;
    this.finishCurrent();
    this.index = n;
    this.since = Date.now();
    // Said as the revision starts (as Alembic's "Running upgrade ..."), so a long lock wait or data
    // copy shows which revision it is in.
    if (this.print) {
      const r = this.revs[n]!;
      this.write(`  ${this.color ? pc.cyan('running') : 'running'} [${n + 1}/${this.revs.length}] ${this.color ? pc.yellow(r.id) : r.id} ${r.message}\n`);
    }
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
      this.write(
        `  ${this.color ? pc.red('FAILED') : 'FAILED'} [${this.index + 1}/${this.revs.length}] ${r.id} ${r.message} (${seconds(Date.now() - this.since)})\n`,
      );
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
      throw new DiagnosticError(exitStatus(res), [
        {
          ...d,
          hint:
            d.code === 'EX003'
              ? `bootstrap is for scratch databases; a database that already has ${tables.slice(0, 3).join(', ')}, ... needs no stand-ins`
              : d.hint,
        },
      ]);
    }
    if (ctx.opts.json) return JSON.stringify({ ok: true, database: redactUrl(ctx.config.connection), created: tables }, null, 2) + '\n';
    if (ctx.opts.quiet) return '';
    return `created stand-ins for ${tables.length} external tables: ${tables.join(', ')}\n`;
  } finally {
    await ex.close?.();
  }
}

/** The revisions the database still needs to reach `targets`, oldest first (ancestors included). */
function pendingTo(ctx: Context, heads: readonly string[], targets: readonly string[]): string[] {
  const g = ctx.graph();
  const applied = g.ancestors(heads);
  for (const h of heads) applied.add(h);
  const wanted = g.ancestors(targets);
  for (const t of targets) wanted.add(t);
  return g.sortTopo([...wanted].filter((id) => !applied.has(id)));
}

/** CL005: reading a SQLite database that does not exist (reading never creates it). */
function requireSqliteFile(ctx: Context): void {
  const url = ctx.config.url;
  if (url && caps(url.dialect).fileDatabase && url.path !== undefined && url.path !== ':memory:' && !existsSync(resolve(ctx.config.cwd, url.path))) {
    throw new DiagnosticError(1, [
      {
        code: 'CL005',
        severity: 'error',
        message: `the SQLite database ${url.path} does not exist, so it has no revision`,
        hint: 'check [database] connection (a relative sqlite:/// path is from the working directory); upgrade creates the file',
      },
    ]);
  }
}

/** CL006: a version row names a revision this history does not hold. */
function refuseUnknownRows(ctx: Context, heads: readonly string[]): void {
  const unknown = heads.filter((id) => !ctx.graph().has(id));
  if (unknown.length === 0) return;
  throw new DiagnosticError(1, [
    {
      code: 'CL006',
      severity: 'error',
      message: `the version table ${ctx.config.versionTable} holds ${unknown.map((id) => `'${id}'`).join(', ')}, which ${unknown.length === 1 ? 'is' : 'are'} not in ${ctx.versionsRel}/`,
      hint: 'the database was migrated by a newer or another history: point --versions at that history, or stamp the database after checking its schema (stamp --purge replaces rows of another history)',
    },
  ]);
}

/** The database's version rows, read once; the CL005/CL006 rules of `current` apply. */
async function knownHeads(ctx: Context): Promise<string[]> {
  const ex = executor(ctx);
  requireSqliteFile(ctx);
  try {
    const heads = await readHeads(ctx, ex);
    refuseUnknownRows(ctx, heads);
    return heads;
  } finally {
    await ex.close?.();
  }
}

/**
 * neutron-db-manage's `has_offline_migrations`: exit 1 when revisions that need the services
 * stopped are pending, i.e. those on the way to the contract head that are not on the expand
 * branch (the contract branch, and the history before the two branches began); 0 otherwise.
 */
export async function hasOfflineMigrations(ctx: Context, o: { json: boolean }): Promise<{ text: string; code: number }> {
  const heads = await knownHeads(ctx);
  const g = ctx.graph();
  const contractHeads = g.heads.filter((h) => g.labelsOf(h).includes('contract'));
  const offline = pendingTo(ctx, heads, contractHeads).filter((id) => !g.labelsOf(id).includes('expand'));
  const message = offline.length
    ? `Need to apply migrations from neutron-lbaas contract branch. This will require all Neutron server instances to be shutdown before proceeding with the upgrade. Pending: ${offline.join(', ')}`
    : 'No offline migrations pending.';
  if (o.json) return { text: JSON.stringify({ offline_migrations: offline, database: heads }, null, 2) + '\n', code: offline.length ? 1 : 0 };
  return { text: `${message}\n`, code: offline.length ? 1 : 0 };
}

/** `current --check-heads`: exit 1 unless the database is at every head (for deployment tooling). */
export async function checkHeads(ctx: Context, o: { json: boolean }): Promise<{ text: string; code: number }> {
  const heads = await knownHeads(ctx);
  const g = ctx.graph();
  const pending = pendingTo(ctx, heads, g.heads);
  if (o.json)
    return { text: JSON.stringify({ at_heads: pending.length === 0, database: heads, heads: g.heads, pending }, null, 2) + '\n', code: pending.length ? 1 : 0 };
  return pending.length
    ? {
        text: `not at the heads: the database is at ${heads.join(', ') || 'base'}; ${pending.length} revision${pending.length === 1 ? '' : 's'} pending: ${pending.join(', ')}\n`,
        code: 1,
      }
    : { text: `at the heads: ${g.heads.join(', ')}\n`, code: 0 };
}

/**
 * `current` in a range (`upgrade current:heads --sql`, `history -r current:heads`, `-r base:current`)
 * stands for the database's version rows, read from the configured database: a script for the
 * database as it is, without pasting its rows by hand. Any other spec comes back as it was.
 */
export async function withCurrent(ctx: Context, spec: string, where: 'start' | 'both'): Promise<string> {
  const colon = spec.indexOf(':');
  if (colon < 0) return spec;
  const start = spec.slice(0, colon).trim();
  const end = spec.slice(colon + 1).trim();
  const useStart = start === 'current';
  const useEnd = where === 'both' && end === 'current';
  if (!useStart && !useEnd) return spec;
  if (ctx.config.connectionSource === 'default') {
    throw new DiagnosticError(1, [
      {
        code: 'CL008',
        severity: 'error',
        message: `'current' in ${spec} stands for the database's version rows, but no database is configured`,
        hint: 'name it with --config-file, --database-connection or LBAAS_DB_CONNECTION; or write the revisions current prints, comma-separated',
      },
    ]);
  }
  const heads = await knownHeads(ctx);
  const rows = heads.join(',') || 'base';
  return `${useStart ? rows : start}:${useEnd ? rows : end}`;
}
