import { appliesTo, type Dialect } from '../core/dialect.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { CreateTableOp, Op, Revision, RevisionHead } from '../core/ops.js';
import { Renderer } from '../back/templates.js';
import { caps } from '../dialects/registry.js';
import { LOWERINGS } from '../dialects/index.js';
import type { DroppedName, Statement } from '../dialects/statement.js';
import { Replayer, type Change } from '../model/replay.js';
import type { Schema } from '../model/schema.js';
import type { PlanStep, VersionAction } from '../core/steps.js';

export interface CompileInput<R extends RevisionHead = Revision> {
  dialect: Dialect;
  external: readonly CreateTableOp[];
  /** Revisions already applied at the start of the range, parents first (replayed, not emitted). */
  applied: readonly R[];
  steps: readonly PlanStep<R>[];
  renderer?: Renderer;
  /**
   * Receives each compiled step as soon as it is compiled; the output's `steps` then stays
   * empty, so a caller that lays the script out step by step never holds every statement.
   */
  onStep?: (step: CompiledStep, index: number) => void;
  /**
   * PostgreSQL: build with CREATE INDEX CONCURRENTLY, before the revision's transaction, each
   * index whose table and columns exist under their names when the revision starts and whose
   * name no other op of the revision uses (the script then runs one transaction per revision).
   */
  concurrentIndexes?: boolean;
}

/** An index built concurrently, before its revision's transaction. */
export interface ConcurrentIndex {
  name: string;
  table: string;
  columns: string[];
  unique: boolean;
}

/** One op's statements, with where they came from. */
export interface OpStatements {
  op: Op;
  index: number;
  phase: 'upgrade' | 'downgrade';
  statements: Statement[];
  /** Its statements build an index concurrently: they run before the revision's transaction. */
  concurrently?: ConcurrentIndex;
  /** A line the script shows under the op's comment (why an index is not built concurrently). */
  note?: string;
}

export interface CompiledStep {
  step: PlanStep;
  ops: OpStatements[];
  versions: Statement[];
  /**
   * The constraints and indexes the revision's statements drop by name that exist when the
   * revision starts (not created, nor on a table created or renamed, earlier in the same
   * revision), with their columns as named then: what the script checks before the revision.
   */
  drops: DroppedName[];
}

export interface CompileOutput {
  dialect: Dialect;
  steps: CompiledStep[];
  diagnostics: Diagnostic[];
  /** The model after the last step (the oracle for catalog comparisons). */
  schema: Schema;
  /** The model at the start of the range. */
  renderer: Renderer;
  /** SQLite: some step rebuilds a table, so foreign keys must be off around the script. */
  needsForeignKeysOff: boolean;
}

/**
 * The middle of the pipeline: replay the already-applied revisions into the model,
 * then for each planned step apply its ops, lowering each change to statements for
 * the dialect as it happens (the model supplies the before/after facts).
 * Pure: same revisions, templates and options, same statements.
 */
export function compileSteps(input: CompileInput, versionTable: string): CompileOutput;
/**
 * A streamed compile: `applied` and `steps` hold revision heads, and `load` reads each
 * revision's ops when the compile reaches it; nothing of a revision is kept after its step.
 */
export function compileSteps<R extends RevisionHead>(input: CompileInput<R> & { load: (r: R) => Revision }, versionTable: string): CompileOutput;
export function compileSteps(input: CompileInput<RevisionHead> & { load?: (r: RevisionHead) => Revision }, versionTable: string): CompileOutput {
  const { dialect } = input;
  // Without a loader the revisions are whole already (the first overload).
  const load = input.load ?? ((r: RevisionHead) => r as Revision);
  const renderer = input.renderer ?? new Renderer(dialect);
  const replayer = new Replayer(dialect, input.external);
  const lowering = LOWERINGS[dialect];
  const diagnostics: Diagnostic[] = replayer.diagnostics;
  for (const head of input.applied) {
    if (!replayer.applyRevision(load(head), 'up')) break;
  }
  const steps: CompiledStep[] = [];
  let needsForeignKeysOff = false;
  if (diagnostics.length === 0) {
    for (const [index, planned] of input.steps.entries()) {
      const rev = load(planned.revision);
      const step: PlanStep = rev === planned.revision ? (planned as PlanStep) : { ...planned, revision: rev };
      const ops: OpStatements[] = [];
      if (step.direction === 'down' && rev.downgrade === null) {
        diagnostics.push({
          code: 'MD020',
          severity: 'error',
          at: { file: rev.file, path: rev.irreversible ? ['irreversible'] : [] },
          message: `${rev.id} cannot be downgraded: ${rev.irreversible ?? 'the revision declares no downgrade ops'}`,
          hint: 'choose a downgrade target after this revision, or add "downgrade" ops to it',
        });
        break;
      }
      const list = step.direction === 'up' ? rev.upgrade : rev.downgrade!;
      const drops: DroppedName[] = [];
      const since = new SinceStart();
      const ok = replayer.applyRevision(
        rev,
        step.direction,
        (change) => {
          let statements = lowering.lower(change, renderer);
          if (lowering.drops) for (const d of lowering.drops(change)) if (since.existed(d)) drops.push(since.atStart(d));
          let concurrently: ConcurrentIndex | undefined;
          let note: string | undefined;
          if (input.concurrentIndexes && change.op.op === 'create_index' && change.index) {
            const why = since.notConcurrently(change.op.table, change.index.columns) ?? nameUsedElsewhere(list, change.op, dialect);
            if (why) note = `not built concurrently: ${why}`;
            else {
              concurrently = { name: change.op.name, table: change.op.table, columns: [...change.index.columns], unique: change.index.unique };
              statements = [
                { sql: renderer.render('drop_index_concurrently', concurrently), template: 'drop_index_concurrently' },
                { sql: renderer.render('create_index_concurrently', concurrently), template: 'create_index_concurrently' },
              ];
            }
          }
          since.note(change);
          if (statements.some((s) => s.template === 'copy_rows')) needsForeignKeysOff = true;
          ops.push({
            op: change.op,
            index: list.indexOf(change.op),
            phase: step.direction === 'up' ? 'upgrade' : 'downgrade',
            statements,
            ...(concurrently ? { concurrently } : {}),
            ...(note ? { note } : {}),
          });
        },
        lowering.needsBefore,
      );
      if (!ok) break;
      const versions = step.versions.map((v) => versionStatement(renderer, versionTable, v));
      if (input.onStep) input.onStep({ step, ops, versions, drops }, index);
      else steps.push({ step, ops, versions, drops });
    }
  }
  return { dialect, steps, diagnostics, schema: replayer.schema, renderer, needsForeignKeysOff };
}

/** Why an index cannot be built apart from the rest of its revision: another op of the revision uses its name. */
function nameUsedElsewhere(list: readonly Op[], op: Op & { name: string }, dialect: Dialect): string | undefined {
  const other = list.find((o) => o !== op && appliesTo(o.dialects, dialect) && (o as { name?: unknown }).name === op.name);
  return other ? `${other.op} of the same revision uses the name ${op.name}` : undefined;
}

/**
 * What one revision has done so far to the names its later ops drop: the tables it created or
 * renamed (their objects did not exist under these names when it started), the constraints and
 * indexes it created, and the columns it renamed (new name -> name at the start).
 */
class SinceStart {
  private readonly tables = new Set<string>();
  private readonly names = new Set<string>();
  private readonly renamed = new Map<string, Map<string, string>>();
  /** Columns the revision added so far, per table. */
  private readonly added = new Map<string, Set<string>>();

  /** Why an index on `table` over `columns` cannot be built before the revision: its table or a column does not exist yet under its name. */
  notConcurrently(table: string, columns: readonly string[]): string | undefined {
    if (this.tables.has(table)) return `this revision creates (or renames) ${table}`;
    const col = columns.find((c) => this.added.get(table)?.has(c) || this.renamed.get(table)?.has(c));
    return col === undefined ? undefined : `this revision adds (or renames) ${table}.${col}`;
  }

  existed(d: DroppedName): boolean {
    return !this.tables.has(d.table) && !this.names.has(`${d.table}.${d.name}`);
  }

  atStart(d: DroppedName): DroppedName {
    const cols = this.renamed.get(d.table);
    return cols ? { ...d, columns: d.columns.map((c) => cols.get(c) ?? c) } : d;
  }

  note(c: Change): void {
    const op = c.op;
    if (op.op === 'create_table') this.tables.add(op.table);
    else if (op.op === 'rename_table') this.tables.add(op.new_name);
    else if (op.op === 'add_column') {
      let cols = this.added.get(op.table);
      if (!cols) this.added.set(op.table, (cols = new Set()));
      cols.add(op.column.name);
    } else if (op.op === 'alter_column' && op.new_column_name && op.new_column_name !== op.column) {
      let cols = this.renamed.get(op.table);
      if (!cols) this.renamed.set(op.table, (cols = new Map()));
      cols.set(op.new_column_name, cols.get(op.column) ?? op.column);
      cols.delete(op.column);
    }
    const table = c.after?.name;
    if (!table) return;
    if (op.op === 'create_index') this.names.add(`${table}.${op.name}`);
    if (c.constraint && op.op !== 'drop_constraint') this.names.add(`${table}.${c.constraint.name}`);
    for (const ix of c.fkIndexes) this.names.add(`${table}.${ix.name}`);
  }
}

export function versionStatement(r: Renderer, table: string, v: VersionAction): Statement {
  switch (v.kind) {
    case 'insert':
      return { sql: r.render('version_insert', { table, id: v.id }), template: 'version_insert' };
    case 'update':
      return { sql: r.render('version_update', { table, from: v.from, to: v.to }), template: 'version_update' };
    case 'delete':
      return { sql: r.render('version_delete', { table, id: v.id }), template: 'version_delete' };
  }
}

export function capabilitiesOf(d: Dialect) {
  return caps(d);
}
