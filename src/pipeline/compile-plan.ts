import type { Dialect } from '../core/dialect.js';
import { DiagnosticError, hasErrors } from '../core/diagnostics.js';
import type { CreateTableOp, Revision, RevisionHead } from '../core/ops.js';
import { Renderer } from '../back/templates.js';
import { compileSteps, versionStatement, type CompiledStep, type CompileInput, type CompileOutput } from '../emit/compile.js';
import { assembleScript, ScriptAssembler, type Script, type ScriptOptions, type ScriptSink } from '../emit/script.js';
import { scriptExtras, type GuardOptions } from './extras.js';
import type { Plan, RevisionGraph } from '../graph/index.js';
import type { LoadedHistory } from '../front/load.js';
import type { Planned } from './make-plan.js';
import { caps } from '../dialects/registry.js';

export interface CompileOptions {
  dialect: Dialect;
  versionTable: string;
  title: string;
  /** One transaction per revision; undefined: the default for the range (perRevisionByDefault). */
  transactionPerMigration?: boolean;
  templatesDir?: string;
  /** MySQL/MariaDB: the character set and collation of created tables (`[mysql] charset`/`collation`). */
  mysqlCharset?: { charset?: string; collation?: string };
  /** Guard and client directives; undefined = both on. */
  safety?: GuardOptions;
  /**
   * The version rows the guard expects, when they are not the plan's start: `stamp --purge` starts
   * its plan at base (whatever the rows name) and checks the rows it read.
   */
  guardRows?: readonly string[];
  /**
   * PostgreSQL: build indexes on tables that exist before their revision with CREATE INDEX
   * CONCURRENTLY, before the revision's transaction; `from` names where it was asked for
   * (the option or the config key), for the refusal when the range does not allow it.
   */
  concurrentIndexes?: { from: string; flag: boolean };
}

/** Revisions applied when the database is at `heads`: the heads and all they require, parents first. */
export function appliedAt<R extends RevisionHead>(graph: RevisionGraph<R>, heads: readonly string[]): R[] {
  const ids = graph.ancestors(heads);
  for (const h of heads) ids.add(h);
  return graph.sortTopo(ids).map((id) => graph.get(id)!);
}

/**
 * Whether a plan's script runs one transaction per revision when nothing says otherwise: on
 * PostgreSQL, an upgrade through expand revisions only (no revision on a contract branch, at
 * least one on an expand branch; revisions from before the branches split may come along).
 * Expand revisions run while the services are up, and one transaction per revision releases
 * each revision's table locks at its COMMIT instead of holding them all to the end of the script.
 * Contract and mixed ranges keep one transaction.
 */
export function perRevisionByDefault<R extends RevisionHead>(dialect: Dialect, graph: RevisionGraph<R>, plan: Plan<R>): boolean {
  if (!caps(dialect).perRevisionExpand || plan.direction !== 'up') return false;
  let expand = false;
  for (const s of plan.steps) {
    // the labels check_migration reads as branches: expand, contract, or <name>_expand, <name>_contract
    const labels = graph.labelsOf(s.revision.id);
    if (labels.some((l) => l === 'contract' || l.endsWith('_contract'))) return false;
    if (labels.some((l) => l === 'expand' || l.endsWith('_expand'))) expand = true;
  }
  return expand;
}

/**
 * What the script needs from the services, for its header: an upgrade through expand revisions
 * only can run with them up; any contract revision (or one from before the branches split, or
 * any downgrade) needs them stopped, and a range that mixes expand and contract revisions says so.
 */
export function servicesNote<R extends RevisionHead>(graph: RevisionGraph<R>, plan: Plan<R>): string | undefined {
  if (plan.steps.length === 0) return undefined;
  if (plan.direction !== 'up') return 'services: stop them first (a downgrade removes what they may use)';
  const contract: string[] = [];
  const other: string[] = [];
  let expand = 0;
  for (const s of plan.steps) {
    const labels = graph.labelsOf(s.revision.id);
    if (labels.some((l) => l === 'contract' || l.endsWith('_contract'))) contract.push(s.revision.id);
    else if (labels.some((l) => l === 'expand' || l.endsWith('_expand'))) expand++;
    else other.push(s.revision.id);
  }
  const few = (ids: string[]) => (ids.length > 4 ? `${ids.slice(0, 4).join(', ')} and ${ids.length - 4} more` : ids.join(', '));
  if (contract.length && expand) return `services: stop them first: this range mixes expand and contract revisions (contract: ${few(contract)})`;
  if (contract.length) return `services: stop them first (contract revisions: ${few(contract)})`;
  if (other.length) return `services: stop them first (revisions from before the expand/contract branches: ${few(other)})`;
  return 'services: can stay up (expand revisions only)';
}

/**
 * CL009 unless indexes may be built concurrently in this script: PostgreSQL, an upgrade through
 * expand revisions only (the services stay up while it runs; revisions from before the
 * expand/contract branches, contract revisions and downgrades need them stopped anyway), run one
 * transaction per revision (CREATE INDEX CONCURRENTLY cannot run inside a transaction).
 */
export function checkConcurrentIndexes<R extends RevisionHead>(graph: RevisionGraph<R>, plan: Plan<R>, o: CompileOptions, stamp: boolean): CompileOptions {
  if (!o.concurrentIndexes) return o;
  const from = o.concurrentIndexes.from;
  // the config key is about upgrades: a stamp or a downgrade (which builds no index online) leaves it aside
  if ((stamp || plan.direction !== 'up') && !o.concurrentIndexes.flag) {
    const { concurrentIndexes: _, ...rest } = o;
    return rest;
  }
  const refuse = (why: string, hint: string) => {
    throw new DiagnosticError(2, [{ code: 'CL009', severity: 'error', message: `${from}: ${why}`, hint }]);
  };
  if (!caps(o.dialect).concurrentIndexes) {
    refuse(
      `concurrent index builds are for PostgreSQL, not ${o.dialect}`,
      caps(o.dialect).inPlaceIndexes
        ? 'MySQL/MariaDB scripts create indexes in place already (ALGORITHM=INPLACE, LOCK=NONE): leave the option out'
        : 'SQLite has no concurrent index builds: leave the option out',
    );
  }
  if (stamp || plan.direction !== 'up') {
    refuse(`only an upgrade builds indexes concurrently, not ${stamp ? 'a stamp' : 'a downgrade'}`, 'leave the option out');
  }
  const notExpand = plan.steps.filter((s) => !graph.labelsOf(s.revision.id).some((l) => l === 'expand' || l.endsWith('_expand'))).map((s) => s.revision.id);
  if (notExpand.length) {
    const few = notExpand.length > 4 ? `${notExpand.slice(0, 4).join(', ')} and ${notExpand.length - 4} more` : notExpand.join(', ');
    refuse(
      `concurrent index builds are for ranges of expand revisions only (run while the services stay up); this range also has ${few}`,
      'upgrade the expand branch on its own (upgrade <rev>: --expand), or leave the option out',
    );
  }
  const perRevision = o.transactionPerMigration ?? perRevisionByDefault(o.dialect, graph, plan);
  if (!perRevision && plan.steps.length) {
    refuse(
      'CREATE INDEX CONCURRENTLY cannot run inside a transaction, and this script runs one transaction for the whole range',
      'leave [alembic] transaction_per_migration unset (expand ranges run one transaction per revision) or set it to true',
    );
  }
  return o;
}

/** The layout options of a plan's script (guard and client directives in `extra`). */
function scriptOptions<R extends RevisionHead>(
  graph: RevisionGraph<R>,
  plan: Plan<R>,
  o: CompileOptions,
  extra: ReturnType<typeof scriptExtras>,
): ScriptOptions {
  const byDefault = o.transactionPerMigration === undefined && perRevisionByDefault(o.dialect, graph, plan);
  const settings = o.concurrentIndexes
    ? [
        ...(extra.settings ?? []),
        "indexes: CREATE INDEX CONCURRENTLY for an index whose table and columns exist when its revision starts, before that revision's transaction; the version row is written only once the index is valid (--create-index-concurrently)",
      ]
    : extra.settings;
  return {
    title: o.title,
    versionTable: o.versionTable,
    createVersionTable: plan.from.length === 0 && plan.direction === 'up',
    transactionPerMigration: o.transactionPerMigration ?? byDefault,
    ...extra,
    ...(settings ? { settings } : {}),
    ...(servicesNote(graph, plan) ? { services: servicesNote(graph, plan)! } : {}),
    ...(byDefault ? { transactionNote: 'the default for a range of expand revisions: each revision releases its locks at its COMMIT' } : {}),
    ...(plan.dropVersionTable ? { dropVersionTable: true } : {}),
    ...(plan.steps.length === 0 && !plan.dropVersionTable
      ? { notice: `nothing to do: the range ends where it starts (${plan.from.join(', ') || 'base'}); this script changes nothing` }
      : {}),
  };
}

/** What compileSteps needs for a plan: the revisions applied at its start, and its steps. */
function stepsInput<R extends RevisionHead>(
  external: readonly CreateTableOp[],
  graph: RevisionGraph<R>,
  plan: Plan<R>,
  o: CompileOptions,
  renderer: Renderer,
): CompileInput<R> {
  return {
    dialect: o.dialect,
    external,
    applied: appliedAt(graph, plan.from),
    steps: plan.steps,
    renderer,
    ...(o.concurrentIndexes ? { concurrentIndexes: true } : {}),
  };
}

/**
 * Where a compile reads revisions from: a whole history (`load` returns its argument) or a
 * streamed one (the graph holds heads; `load` reads a revision's ops when the compile reaches it).
 */
export interface RevisionSource<R extends RevisionHead> {
  external: readonly CreateTableOp[];
  load: (r: R) => Revision;
}

/**
 * Compiles the script of an upgrade or downgrade plan into `sink`, laid out while the steps
 * compile: each step's statements go to the sink and are dropped at once, and no chunk table
 * is kept (offline `--sql`). Returns what finishes the script (its header and closing part
 * into the sink), so a caller can still check something before any of it is written out.
 * The same bytes as compilePlanned's script. Not for stamps.
 */
export function compileScriptTo<R extends RevisionHead, T>(
  source: RevisionSource<R>,
  graph: RevisionGraph<R>,
  planned: Planned<R>,
  given: CompileOptions,
  sink: ScriptSink<T>,
): () => T {
  if (planned.stampVersions) throw new Error('internal: a stamp is compiled by compilePlanned');
  const o = checkConcurrentIndexes(graph, planned.plan, given, false);
  const renderer = new Renderer(o.dialect, o.templatesDir, o.mysqlCharset);
  const plan = planned.plan;
  const extra = scriptExtras(o.dialect, renderer, o.versionTable, o.guardRows ?? plan.from, o.safety ?? {});
  const assembler = new ScriptAssembler(renderer, scriptOptions(graph, plan, o, extra), plan.steps.length, sink);
  const output = compileSteps(
    {
      ...stepsInput(source.external, graph, plan, o, renderer),
      load: source.load,
      onStep: (cs: CompiledStep, i: number) => assembler.step(cs, i),
    },
    o.versionTable,
  );
  if (hasErrors(output.diagnostics)) throw new DiagnosticError(1, output.diagnostics);
  return () => assembler.finishTo(sink, o.dialect, output.needsForeignKeysOff);
}

/**
 * Compiles a plan into the script, with its chunk table and the compiled steps (bundles, the
 * verifier, the online executor). Pure: reads nothing but the loaded revisions and the
 * templates; the same inputs give the same bytes.
 */
export function compilePlanned(
  history: LoadedHistory,
  graph: RevisionGraph,
  planned: Planned,
  given: CompileOptions,
): { script: Script; output: CompileOutput } {
  const o = checkConcurrentIndexes(graph, planned.plan, given, !!planned.stampVersions);
  const renderer = new Renderer(o.dialect, o.templatesDir, o.mysqlCharset);
  const plan: Plan = planned.plan;
  const output = compileSteps(stepsInput(history.external, graph, plan, o, renderer), o.versionTable);
  if (hasErrors(output.diagnostics)) throw new DiagnosticError(1, output.diagnostics);
  const extra = scriptExtras(o.dialect, renderer, o.versionTable, o.guardRows ?? plan.from, o.safety ?? {});
  if (!planned.stampVersions) return { script: assembleScript(output, scriptOptions(graph, plan, o, extra)), output };
  // A stamp runs no revision: only the version-table statements, in the script's transaction.
  const stmts = planned.stampVersions.map((v) => versionStatement(renderer, o.versionTable, v));
  const stampOut: CompileOutput = { ...output, steps: [] };
  const script = assembleScript(stampOut, {
    ...scriptOptions(graph, plan, o, extra),
    createVersionTable: plan.from.length === 0,
    transactionPerMigration: false,
    transactionNote: undefined,
    services: 'services: can stay up (no migration runs; only the version table changes)',
    notice:
      planned.stampVersions.length === 0 && !plan.dropVersionTable
        ? `nothing to do: the version table already holds ${plan.from.join(', ') || 'nothing'}; this script changes nothing`
        : undefined,
    stamp: {
      comment: `stamp: the version table moves from ${plan.from.join(', ') || 'base'} to ${plan.heads.join(', ') || 'base'}; no migration runs`,
      statements: stmts,
    },
  });
  return { script, output: stampOut };
}
