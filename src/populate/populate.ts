import { signalNumber } from '../exec/process.js';
import type { Workspace as Context } from '../workspace/workspace.js';
import { appliedAt } from '../pipeline/compile-plan.js';
import { DiagnosticError, hasErrors, type Diagnostic } from '../core/diagnostics.js';
import { checkOutputTarget, historyOf, writeOutputFile } from '../workspace/output.js';
import { ExecError, type Executor } from '../exec/index.js';
import { Replayer } from '../model/replay.js';
import { compilePopulate, COUNT_LINE_RE, type Requirement } from './populate-script.js';
import { loadDataFiles, type DataFile } from './data.js';
import { requiredRevisions, validateData } from './check-data.js';
import { type Chunk, type Script, scriptLayout } from '../emit/script.js';

export interface PopulateCommandOptions {
  sql: boolean;
  output?: string;
  guard: boolean;
  clientDirectives: boolean;
  json?: boolean;
  quiet?: boolean;
}

interface Prepared {
  files: DataFile[];
  reqs: Requirement[];
  script: Script;
}

/** Loads the data files, checks them against the model at heads and compiles the script. */
export function preparePopulate(ctx: Context, o: Pick<PopulateCommandOptions, 'guard' | 'clientDirectives'>): Prepared {
  const history = ctx.loaded();
  const graph = ctx.graph();
  const dialect = ctx.config.dialect;
  const { files, diagnostics } = loadDataFiles(ctx.root, ctx.versionsRel);
  ctx.warn(diagnostics);
  if (hasErrors(diagnostics)) throw new DiagnosticError(1, diagnostics);
  if (files.length === 0) {
    throw new DiagnosticError(1, [
      {
        code: 'DT003',
        severity: 'error',
        message: `no data files in ${ctx.versionsRel}/data/`,
        hint: 'standard data is declared as versions/data/<table>.jsonc: { "table": ..., "key": [...], "rows": [...] }',
      },
    ]);
  }
  const applied = appliedAt(graph, graph.heads);
  const replayer = new Replayer(dialect, history.external);
  for (const rev of applied) if (!replayer.applyRevision(rev, 'up')) break;
  if (replayer.diagnostics.length) throw new DiagnosticError(1, replayer.diagnostics);
  const problems = validateData(files, replayer.schema, dialect);
  ctx.warn(problems);
  if (hasErrors(problems)) throw new DiagnosticError(1, problems);
  const reqs = requiredRevisions(graph, applied, files, dialect);
  const script = compilePopulate(dialect, files, replayer.schema, reqs, {
    versionTable: ctx.config.versionTable,
    guard: o.guard,
    clientDirectives: o.clientDirectives,
    // the script's own wait for the migration lock: [database] lock_wait_timeout, else the default
    ...(ctx.config.lockWaitTimeout !== undefined ? { lockWaitTimeout: ctx.config.lockWaitTimeout } : {}),
  });
  return { files, reqs, script };
}

/** `populate`: the standard data as idempotent upserts, printed (--sql) or run against the database. */
export async function populate(ctx: Context, o: PopulateCommandOptions): Promise<string | undefined> {
  if (!o.sql && o.output !== undefined) throw new DiagnosticError(2, [{ code: 'CL000', severity: 'error', message: '--output is only for --sql' }]);
  if (o.sql && o.output !== undefined) checkOutputTarget(o.output, '--output', historyOf(ctx));
  const p = preparePopulate(ctx, o);
  if (o.sql) {
    if (o.output !== undefined) {
      writeOutputFile(o.output, p.script.text, '--output', historyOf(ctx));
      return;
    }
    return p.script.text;
  }
  // The same connection rules as upgrade: a config file without a connection is an error, not ./lbaas.sqlite.
  const { executor } = await import('../workspace/online.js');
  const ex: Executor = executor(ctx);
  try {
    let heads: string[];
    try {
      heads = (await ex.currentHeads(ctx.config.versionTable)) ?? [];
    } catch (e) {
      if (e instanceof ExecError) throw new DiagnosticError(1, [e.diagnostic]);
      throw e;
    }
    if (o.guard) {
      const missing = p.reqs.filter((q) => !heads.some((h) => q.accepted.includes(h)));
      if (missing.length) {
        throw new DiagnosticError(1, [
          {
            code: 'DT020',
            severity: 'error',
            message: `the database is at ${heads.join(', ') || 'base (no revision)'}, before the revisions that create the data tables: it needs ${missing.map((q) => `${q.revision} (${q.tables.join(', ')})`).join('; ')} applied; nothing was changed`,
            hint: 'run lbaas-db-manage upgrade heads first',
          },
        ]);
      }
    }
    const { spans, owners } = scriptLayout(p.script);
    const counts = new CountLines();
    const res = await ex.run(p.script.text, { statements: spans, onLine: (line) => counts.line(line), lockWait: o.guard });
    if (!res.ok)
      throw new DiagnosticError(res.interrupted ? 128 + signalNumber(res.interrupted) : 1, [
        failure(ctx, p.script, res.statementIndex !== undefined ? owners[res.statementIndex] : undefined, res.engineMessage ?? res.stderr, res.diagnostics),
      ]);
    const rows = p.files.reduce((n, f) => n + f.rows.length, 0);
    const per = counts.tables();
    const files = p.files.map((f) => ({ file: f.file, table: f.table, rows: f.rows.length, ...(per.get(f.table) ?? UNKNOWN) }));
    const total = files.reduce(
      (t, f) => ({ inserted: add(t.inserted, f.inserted), updated: add(t.updated, f.updated), unchanged: add(t.unchanged, f.unchanged) }),
      { inserted: 0, updated: 0, unchanged: 0 } as Counts,
    );
    const said = (c: Counts) => (c.inserted === null ? 'counts not reported' : `${c.inserted} inserted, ${c.updated} updated, ${c.unchanged} unchanged`);
    const summary = {
      ok: true,
      database: heads,
      files,
      ...total,
      message: `populated ${p.files.length} table(s) from ${p.files.length} data file(s), ${rows} row(s): ${said(total)}`,
    };
    if (o.json) return JSON.stringify(summary, null, 2) + '\n';
    if (o.quiet) return '';
    return `${files.map((f) => `  ${f.table}: ${f.rows} row(s) from ${f.file}: ${said(f)}`).join('\n')}\n${summary.message}\n`;
  } finally {
    await ex.close?.();
  }
}

interface Counts {
  inserted: number | null;
  updated: number | null;
  unchanged: number | null;
}
const UNKNOWN: Counts = { inserted: null, updated: null, unchanged: null };
const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);

/**
 * The script's own counts: the line each count statement prints before its upsert
 * (psql and mysql print the SELECT's row, the SQLite executor its rows), summed per
 * table. Each statement [i/n] counts once, whatever else the client prints around it;
 * a table with a count missing has no counts (null), never a guess.
 */
export class CountLines {
  private readonly seen = new Map<number, { table: string; c: [number, number, number] }>();
  private total: number | undefined;

  line(line: string): void {
    const m = COUNT_LINE_RE.exec(line);
    if (!m) return;
    const i = Number(m[2]);
    const n = Number(m[3]);
    if (this.total !== undefined && n !== this.total) return;
    this.total = n;
    if (i < 1 || i > n || this.seen.has(i)) return;
    this.seen.set(i, { table: m[1]!, c: [Number(m[4]), Number(m[5]), Number(m[6])] });
  }

  tables(): Map<string, Counts> {
    const out = new Map<string, Counts>();
    if (this.total === undefined || this.seen.size !== this.total) return out;
    for (const { table, c } of this.seen.values()) {
      const t = out.get(table) ?? { inserted: 0, updated: 0, unchanged: 0 };
      out.set(table, { inserted: t.inserted! + c[0], updated: t.updated! + c[1], unchanged: t.unchanged! + c[2] });
    }
    return out;
  }
}

function failure(ctx: Context, script: Script, chunk: Chunk | undefined, engine: string, ds: Diagnostic[]): Diagnostic {
  const sql = chunk ? script.text.slice(chunk.start, chunk.end).trim().split('\n')[0] : undefined;
  const guardStop = /populate STOP/.test(engine);
  const lockStop = /lbaas-db-manage lock STOP/.test(engine) || ds.some((d) => d.code === 'EX012');
  return {
    code: lockStop ? 'EX012' : (ds.find((d) => d.severity === 'error')?.code ?? 'EX003'),
    severity: 'error',
    message: [
      lockStop
        ? 'populate waited too long for the migration lock: another migration of this database held it (nothing was changed)'
        : guardStop
          ? 'populate stopped at its guard: the data tables do not exist at the revision the database is at (nothing was changed)'
          : 'populate failed',
      sql ? `statement (script line ${chunk!.line}): ${sql}` : undefined,
      `${ctx.config.dialect} said: ${engine.trim()}`,
    ]
      .filter(Boolean)
      .join('\n  '),
    hint: lockStop
      ? 'wait for the other run to finish (or find the session holding the lock) and run the command again'
      : 'the script runs in one transaction: nothing was changed',
  };
}
