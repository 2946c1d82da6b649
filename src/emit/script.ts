import { caps } from '../dialects/registry.js';
import type { DroppedName, Statement } from '../dialects/statement.js';
import type { Dialect } from '../core/dialect.js';
import type { Op } from '../core/ops.js';
import { OP_SPECS } from '../core/op-specs.js';
import type { Renderer } from '../back/templates.js';
import type { CompileOutput, CompiledStep, ConcurrentIndex } from './compile.js';
import { TOOL_VERSION } from './version.js';
import { maxUtf8Bytes } from './write.js';
import { progressOpText, roleOf, statementHash, type ChangeInfo, type MysqlResume } from './resume.js';

export interface ScriptOptions {
  /** Shown in the header: e.g. "upgrade base:heads". */
  title: string;
  versionTable: string;
  /** The range starts at base: create the version table first. */
  createVersionTable: boolean;
  transactionPerMigration: boolean;
  /** Whether the services must be stopped for this script (a header line). */
  services?: string | undefined;
  /** Why the script runs one transaction per revision, when the range chose it (shown in the header). */
  transactionNote?: string | undefined;
  /** Statements to run first (inside the transaction when there is one): the guard. */
  guard?: Statement[];
  /** Client directives before everything else (e.g. psql's ON_ERROR_STOP). */
  preamble?: string[];
  /** Session statements outside any transaction (lock, session settings). */
  session?: Statement[];
  /** Version-table statements of a stamp (no revision runs), with a comment. */
  stamp?: { comment: string; statements: Statement[] };
  /** Nothing is left applied: the script ends by dropping the version table (Alembic's offline rule). */
  dropVersionTable?: boolean;
  /** A comment shown under the header (e.g. why the script changes nothing). */
  notice?: string;
  /** Progress markers the client prints (one per revision), rendered by the caller. */
  progress?: (index: number, total: number, revId: string, message: string) => string | undefined;
  /** The version rows the script starts from (what the guard expects): the rows before each revision follow from them. */
  startHeads?: readonly string[];
  /**
   * The guard again, before a revision: `expected` is the version rows that revision starts
   * from, `n` the guard's number in the script (the first guard, in the head, is 1).
   */
  recheck?: (expected: readonly string[], n: number) => Statement[];
  /** A COMMIT that only commits when all `guards` guards of the script passed (SQLite). */
  commitChecked?: (guards: number) => Statement;
  /**
   * The checks, before a revision's first statement, that the database holds each constraint and
   * index the revision drops under the name the history gives it (PostgreSQL, MySQL/MariaDB):
   * a missing name stops the script as a guard does. `drops` is never empty.
   */
  nameChecks?: (drops: DroppedName[], revision: string) => Statement[];
  /**
   * PostgreSQL, around indexes built concurrently before their revision's transaction: before
   * the builds, a stop when a relation of the index's name is not a leftover of an earlier run
   * (the same table and columns); inside the transaction, before the version row, a stop unless
   * each index exists and is valid.
   */
  indexChecks?: {
    leftover: (indexes: ConcurrentIndex[], revision: string) => Statement[];
    valid: (indexes: ConcurrentIndex[], revision: string) => Statement[];
  };
  /**
   * MySQL/MariaDB with a guard: the resumable layout (resume.ts). Every revision gets its own
   * guard, its statements run once each and are recorded, and the script ends with a check of
   * where it left the database; `headGuard` replaces the first guard (only the lock's stop).
   * Not for stamps, which run no revision.
   */
  resume?: { layout: MysqlResume; headGuard: Statement[] };
  /** Statements at the very end (the migration lock's release). */
  epilogue?: Statement[];
  /** Header lines on how the script waits for locks and what its guard does. */
  settings?: string[];
}

/** A piece of the script: a statement with its comments, or a comment/directive block. */
export interface Chunk {
  start: number;
  end: number;
  kind: 'comment' | 'directive' | 'statement';
  /** The revision this statement belongs to, if any. */
  revision?: string;
  /** That revision's source file. */
  source?: string;
  /** The op the statement was lowered from, as its comment names it (e.g. `upgrade[2] execute`); not for version-table statements and progress markers. */
  op?: string;
  template?: string;
  /** The op's reason for holding database-client commands, when it gave one (allow_client_command). */
  allowClientCommand?: string;
  /** 1-based line where the chunk starts. */
  line: number;
}

export interface Script {
  text: string;
  chunks: Chunk[];
}

/**
 * Lays out the compiled statements as one script: header, preamble, guard,
 * version table, then each revision introduced by a comment with its id,
 * message and source file, its statements (each preceded by the op it came
 * from), and its version-table action. Terminators are added here, nowhere else.
 */
export function assembleScript(out: CompileOutput, o: ScriptOptions): Script {
  const a = new ScriptAssembler(out.renderer, o, out.steps.length, 'track');
  out.steps.forEach((cs, i) => a.step(cs, i));
  return a.finish(out.dialect, out.needsForeignKeysOff);
}

/** The pieces of one part of the script, and (when chunks are wanted) what each piece is. */
class Pieces {
  readonly text: string[] = [];
  readonly lengths: number[] = [];
  /** A comment (COMMENT), a statement (its Statement; where it came from in `origins`), or another piece ({ kind, extra }). */
  readonly facts: (Statement | PieceFacts | typeof COMMENT)[] = [];
  readonly origins: (Origin | undefined)[] = [];
  constructor(readonly track: boolean) {}

  add(s: string, fact: Statement | PieceFacts | typeof COMMENT, origin?: Origin): void {
    this.text.push(s);
    if (!this.track) return;
    this.lengths.push(s.length);
    this.facts.push(fact);
    this.origins.push(origin);
  }

  push(s: string, kind: Chunk['kind'], extra: Partial<Chunk> = {}): void {
    this.add(s, this.track ? { kind, extra } : COMMENT);
  }

  /** The one place comments are written: each line stays one line (see commentLine). */
  comment(lines: string[]): void {
    let s = '';
    for (const l of lines) s += commentLine(l);
    this.add(s, COMMENT);
  }

  statement(st: Statement, origin?: Origin): void {
    this.add(`${st.sql};\n`, st, origin);
  }
}

/**
 * Builds a script one compiled revision at a time. The revisions' part is laid out as each
 * step arrives, so a caller that compiles step by step can drop each step's statements at
 * once (a long history then never holds them all); the header, which names the revision
 * count and whether SQLite rebuilds need foreign keys off, is laid out when the script is
 * finished. In `'track'` mode the script is kept as text with its chunk table (offsets, kinds,
 * templates and revisions of every piece, built only when read: the online executor and the
 * verifier read it); with a sink, each revision's text goes to the sink as UTF-8 at once
 * (offline `--sql`, which needs neither).
 */
export class ScriptAssembler {
  private readonly body: Pieces;
  /** How many revisions were laid out, and the first and last ids (the header names them; the revisions themselves are not kept). */
  private count = 0;
  private first?: string;
  private last?: string;
  private readonly transactional: boolean;
  private readonly r: Renderer;
  /** The version rows before the next revision (what its guard expects). */
  private readonly rows: Set<string>;
  /** Guards laid out so far (the head's counts as the first). */
  private guards: number;

  /** Without a chunk table: where each laid-out revision goes at once (the offline `--sql` path). */
  private readonly sink?: ScriptSink<unknown>;

  /**
   * `'track'` keeps the text and its chunk table (finish); a sink receives each laid-out
   * revision at once, and no string of it is kept (finishTo).
   */
  constructor(
    renderer: Renderer,
    private readonly o: ScriptOptions,
    private readonly total: number,
    mode: 'track' | ScriptSink<unknown>,
  ) {
    if (mode !== 'track') this.sink = mode;
    this.r = renderer;
    // 'track' mode: chunk facts are recorded for every piece (body.track).
    this.body = new Pieces(mode === 'track');
    this.transactional = caps(renderer.dialect).transactionalDdl;
    this.rows = new Set(o.startHeads ?? []);
    this.guards = o.guard?.length ? 1 : 0;
  }

  /** Lays out one compiled revision (the `i`th of the script, from 0). */
  step(cs: CompiledStep, i: number): void {
    const { body, o, r, transactional } = this;
    const rev = cs.step.revision;
    this.count++;
    this.first ??= rev.id;
    this.last = rev.id;
    const verb = cs.step.direction === 'up' ? 'upgrade' : 'downgrade';
    const nl = rev.message.indexOf('\n');
    const headline = nl === -1 ? rev.message : rev.message.slice(0, nl);
    body.comment([`[${i + 1}/${this.total}] ${verb} ${rev.id}: ${headline}`, `source: ${rev.file}`]);
    // Where each statement comes from, for the chunk table (made only when it is kept).
    const origin: Origin | undefined = body.track ? { revision: rev.id, source: rev.file } : undefined;
    const perRevision = transactional && o.transactionPerMigration;
    const resume = this.resumeLayout();
    if (resume) {
      this.resumableStep(resume, cs, i, headline, origin);
      return;
    }
    // Indexes built concurrently run before the revision's transaction (CREATE INDEX CONCURRENTLY
    // cannot run inside one): the guard, the progress marker and the name checks come first, outside it.
    const early = cs.ops.filter((os) => os.concurrently);
    if (early.length && !perRevision) throw new Error('internal: indexes built concurrently need one transaction per revision');
    const startRows = [...this.rows].sort();
    const guardAgain = (note: string) => {
      const n = ++this.guards;
      body.comment([`guard: stop here unless the database is at ${startRows.join(',') || 'base'}${note}`]);
      for (const g of o.recheck!(startRows, n)) body.statement(g, origin);
    };
    if (perRevision && !early.length) body.statement({ sql: r.render('begin', {}), template: 'begin' });
    // The guard again, with the rows this revision starts from, unless the head's guard ran just
    // before in the same transaction: a client that skipped a failed revision cannot run the next.
    if (o.recheck && (i > 0 || perRevision)) guardAgain(early.length ? ' (outside the transaction: the index builds below run before it)' : '');
    this.applyVersions(cs);
    const marker = o.progress?.(i + 1, this.total, rev.id, headline);
    if (marker) body.push(`${marker}\n`, 'statement', { template: 'progress', revision: rev.id, source: rev.file });
    if (o.nameChecks && cs.drops.length) {
      const what = cs.drops.map((d) => `${d.name} on ${d.table}`);
      body.comment([`names: stop here unless the database holds what this revision drops under these names: ${what.join(', ')}`]);
      for (const s of o.nameChecks(cs.drops, rev.id)) body.statement(s, origin);
    }
    const what = (os: CompiledStep['ops'][number]) => `${os.phase}[${os.index}] ${describeOp(os.op as unknown as { op: string } & Record<string, unknown>)}`;
    if (early.length) {
      const indexes = early.map((os) => os.concurrently!);
      if (o.indexChecks) {
        body.comment([
          `indexes: stop here if a relation has the name of an index built below and is not one an earlier run of this revision left (the same table and columns): ${indexes.map((x) => x.name).join(', ')}`,
        ]);
        for (const s of o.indexChecks.leftover(indexes, rev.id)) body.statement(s, origin);
      }
      for (const os of early) {
        const w = what(os);
        body.comment([
          w,
          "built concurrently, before the revision's transaction: writes to the table go on; an index an earlier run left half-built (INVALID) is dropped first",
        ]);
        const ofOp = origin && { ...origin, op: w };
        for (const st of os.statements) body.statement(st, ofOp);
      }
      body.statement({ sql: r.render('begin', {}), template: 'begin' });
      // nothing has written the version rows yet: the same check, now inside the transaction
      if (o.recheck) guardAgain('');
    }
    if (cs.ops.length === 0) body.comment(['(no schema changes on this dialect)']);
    for (const os of cs.ops) {
      const w = what(os);
      if (os.concurrently) {
        body.comment([`${w}: built concurrently before this transaction`]);
        continue;
      }
      const loss = destructive(os.op, cs.step.direction);
      body.comment([w, ...(loss ? [loss] : []), ...(os.note ? [os.note] : [])]);
      const ofOp = origin && { ...origin, op: w };
      for (const st of os.statements) body.statement(st, ofOp);
    }
    if (early.length && o.indexChecks) {
      body.comment(['indexes: stop here, before the version row, unless each index built concurrently exists and is valid']);
      for (const s of o.indexChecks.valid(
        early.map((os) => os.concurrently!),
        rev.id,
      ))
        body.statement(s, origin);
    }
    for (const v of cs.versions) body.statement(v, origin);
    if (perRevision) body.statement(this.commit());
    this.endStep();
  }

  /** The revision's part is laid out: hand it to the sink, if there is one. */
  private endStep(): void {
    const { body } = this;
    body.push('\n', 'comment');
    if (this.sink) {
      this.sink.body(body.text.join(''));
      body.text.length = 0;
    }
  }

  /** The resumable layout, when the script has one and runs revisions (a stamp does not). */
  private resumeLayout(): MysqlResume | undefined {
    return this.o.stamp ? undefined : this.o.resume?.layout;
  }

  /** One revision in the resumable layout (resume.ts): its own guard, each changing statement run once and recorded, then its version rows. */
  private resumableStep(resume: MysqlResume, cs: CompiledStep, i: number, headline: string, origin: Origin | undefined): void {
    const { body, o } = this;
    const rev = cs.step.revision;
    const before = [...this.rows].sort();
    this.applyVersions(cs);
    const after = [...this.rows].sort();
    // Number the statements that change the database, in order; a check protects the next one.
    const changes = new Map<Statement, ChangeInfo>();
    for (const os of cs.ops) {
      const what = `${os.phase}[${os.index}] ${describeOp(os.op as unknown as { op: string } & Record<string, unknown>)}`;
      for (const s of os.statements) {
        if (roleOf(s) === 'change') changes.set(s, { number: changes.size + 1, sha: statementHash(s.sql), op: progressOpText(what) });
      }
    }
    const total = changes.size;
    body.comment([
      `guard: run this revision if the database is at ${before.join(',') || 'base'}; skip it if an earlier run of this script applied it`,
      `${total} statement${total === 1 ? '' : 's'} below change the database: each runs once and is recorded in ${resume.table}, so a rerun after a failure goes on where this run stopped`,
    ]);
    for (const g of resume.revisionGuard(rev.id, before, [...changes.values()])) body.statement(g, origin);
    const marker = o.progress?.(i + 1, this.total, rev.id, headline);
    if (marker) body.push(`${marker}\n`, 'statement', { template: 'progress', revision: rev.id, source: rev.file });
    if (o.nameChecks && cs.drops.length) {
      // Each name is checked while the statement that drops it has not run (a rerun finds it gone).
      const dropper = (d: DroppedName): number | undefined =>
        [...changes].find(([s]) =>
          s.effect?.some(
            (e) =>
              (e.kind === 'constraint' || e.kind === 'index') &&
              !e.present &&
              e.table === d.table &&
              (e.name === d.name || (d.kind === 'primary' && e.name === 'PRIMARY')),
          ),
        )?.[1].number;
      const what = cs.drops.map((d) => `${d.name} on ${d.table}`);
      body.comment([
        `names: stop here unless the database holds what this revision drops under these names (each while its drop has not run): ${what.join(', ')}`,
      ]);
      const checks = o.nameChecks(cs.drops, rev.id);
      const run = (template: string): Statement => ({ sql: this.r.render(template, {}), template });
      let dropped = false;
      checks.forEach((s, k) => {
        if (s.template !== 'name_check') {
          // Before the stop: a stop leaves no empty side table behind, as a guard's stop does.
          if (!dropped) for (const d of resume.drop(true)) body.statement(d, origin);
          dropped = true;
          body.statement(s, origin);
          return;
        }
        // The check is held by a prepared statement, then run; the stop statements after the checks read what it set.
        body.statement(resume.check(rev.id, s, dropper(cs.drops[k]!), true), origin);
        body.statement(run('prepare'), origin);
        body.statement(run('execute_prepared'), origin);
      });
    }
    if (cs.ops.length === 0) body.comment(['(no schema changes on this dialect)']);
    let previous: number | undefined;
    for (const os of cs.ops) {
      const what = `${os.phase}[${os.index}] ${describeOp(os.op as unknown as { op: string } & Record<string, unknown>)}`;
      const loss = destructive(os.op, cs.step.direction);
      body.comment(loss ? [what, loss] : [what]);
      const ofOp = origin && { ...origin, op: what };
      os.statements.forEach((s, k) => {
        const role = roleOf(s);
        if (role === 'pass') body.statement(s, ofOp);
        else if (role === 'check') {
          const next = os.statements.slice(k + 1).find((x) => changes.has(x));
          body.statement(resume.check(rev.id, s, next ? changes.get(next)!.number : previous !== undefined ? previous + 1 : 1), ofOp);
        } else {
          const c = changes.get(s)!;
          body.comment([`statement ${c.number}/${total} of ${rev.id}`]);
          for (const x of resume.change(rev.id, s, c, total, previous, tablesOf(os.op as unknown as Record<string, unknown>))) body.statement(x, ofOp);
          previous = c.number;
        }
      });
    }
    body.comment([
      `version table: ${before.join(',') || 'base'} -> ${after.join(',') || 'base'}, once every statement above is recorded; the progress rows go in the same transaction`,
    ]);
    for (const v of resume.versions(rev.id, cs.versions, total, after)) body.statement(v, origin);
    this.endStep();
  }

  /** Moves the version rows past a revision (what the next revision's guard expects). */
  private applyVersions(cs: CompiledStep): void {
    for (const v of cs.step.versions) {
      if (v.kind === 'insert') this.rows.add(v.id);
      else if (v.kind === 'delete') this.rows.delete(v.id);
      else {
        this.rows.delete(v.from);
        this.rows.add(v.to);
      }
    }
  }

  /** The COMMIT of a transaction: checked that no guard stopped, where the dialect needs it. */
  private commit(): Statement {
    return this.o.commitChecked?.(this.guards) ?? { sql: this.r.render('commit', {}), template: 'commit' };
  }

  /** The whole script: header, preamble, guard and version table, the revisions, then the closing part. */
  finish(dialect: Dialect, needsForeignKeysOff: boolean): Script {
    if (this.sink) throw new Error('internal: a script assembled into a sink is finished with finishTo');
    const { head, tail } = this.ends(dialect, needsForeignKeysOff);
    const all = head.text.join('') + this.body.text.join('') + tail.text.join('');
    const parts = [head, this.body, tail];
    let chunks: Chunk[] | undefined;
    return {
      text: all,
      get chunks(): Chunk[] {
        return (chunks ??= chunksOf(all, parts));
      },
    };
  }

  /** Finishes a script assembled into `sink` (the one given to the constructor): the same bytes as finish's text. */
  finishTo<T>(sink: ScriptSink<T>, dialect: Dialect, needsForeignKeysOff: boolean): T {
    if (sink !== this.sink) throw new Error('internal: finishTo needs the sink the script was assembled into');
    const { head, tail } = this.ends(dialect, needsForeignKeysOff);
    return sink.finish(head.text.join(''), tail.text.join(''));
  }

  /** The parts around the revisions: header, preamble, session, guard and version table; then the closing part. */
  private ends(dialect: Dialect, needsForeignKeysOff: boolean): { head: Pieces; tail: Pieces } {
    const { o, r, count, first, last, transactional } = this;
    const head = new Pieces(this.body.track);
    const tail = new Pieces(this.body.track);
    head.comment([
      `lbaas-db-manage ${TOOL_VERSION}: ${o.title} for ${dialect}`,
      `${count} revision${count === 1 ? '' : 's'}${count ? `: ${first}${count > 1 ? ` .. ${last}` : ''}` : ''}`,
      `version table: ${o.versionTable}`,
      transactional
        ? o.transactionPerMigration
          ? `one transaction per revision${o.transactionNote ? ` (${o.transactionNote})` : ''}`
          : 'one transaction for the whole script'
        : 'MySQL commits each DDL statement: the version row is written right after each revision, so a failure leaves it at the last completed revision',
      ...(o.services ? [o.services] : []),
      ...(o.settings ?? []),
      ...(this.resumeLayout()
        ? [
            `resumable: each statement that changes the database runs once and is recorded in ${this.resumeLayout()!.table}; after a failure or a kill, run this same script again to finish`,
          ]
        : []),
      'compiled offline from the revision files; no database was consulted',
    ]);
    if (o.notice) head.comment([o.notice]);
    head.push('\n', 'comment');
    for (const p of o.preamble ?? []) head.push(`${p}\n`, 'directive');
    if (needsForeignKeysOff) {
      head.comment(['table rebuilds below: foreign key enforcement is off for the script (it has no effect inside a transaction)']);
      head.push('PRAGMA foreign_keys = OFF;\n', 'statement', { template: 'pragma' });
    }
    if (o.session?.length) {
      head.comment([o.guard?.length ? 'session: settings and the migration lock (released at the end, or as soon as a guard stops)' : 'session: settings']);
      for (const st of o.session) head.statement(st);
    }
    if ((o.preamble?.length ?? 0) > 0 || needsForeignKeysOff || o.session?.length) head.push('\n', 'comment');
    const wholeTx = transactional && !o.transactionPerMigration;
    if (wholeTx) {
      head.statement({ sql: r.render('begin', {}), template: 'begin' });
      head.push('\n', 'comment');
    }
    const resume = this.resumeLayout();
    if (resume) {
      head.comment(['guard: stop here if the migration lock was not taken; each revision below checks the version table itself']);
      for (const g of o.resume!.headGuard) head.statement(g);
      head.push('\n', 'comment');
    } else if (o.guard?.length) {
      head.comment(['guard: stop here unless the database is at the expected starting revisions']);
      for (const g of o.guard) head.statement(g);
      head.push('\n', 'comment');
    }
    if (o.createVersionTable) {
      head.statement({ sql: r.render('version_table_create', { table: o.versionTable, pk_name: `${o.versionTable}_pkc` }), template: 'version_table_create' });
      head.push('\n', 'comment');
    }
    if (resume) {
      const end = [...this.rows].sort();
      tail.comment([`guard: the database must now be at ${end.join(',') || 'base'}; then the progress table, empty, is dropped`]);
      for (const s of resume.final(o.startHeads ?? [], end)) tail.statement(s);
      tail.push('\n', 'comment');
    }
    if (o.stamp) {
      tail.comment([o.stamp.comment]);
      for (const st of o.stamp.statements) tail.statement(st);
      tail.push('\n', 'comment');
    }
    if (o.dropVersionTable) {
      tail.comment(["nothing is left applied: the version table goes too, as Alembic's offline scripts do"]);
      tail.statement({ sql: r.render('version_table_drop', { table: o.versionTable }), template: 'version_table_drop' });
      tail.push('\n', 'comment');
    }
    if (needsForeignKeysOff) {
      // Rebuilds ran with enforcement off: prove nothing dangles before committing.
      tail.comment(['foreign keys were not enforced during the table rebuilds: stop here if any row now violates one']);
      tail.statement({ sql: r.render('fk_check_table', {}), template: 'fk_check_table' });
      tail.statement({ sql: r.render('fk_check', {}), template: 'fk_check' });
      tail.push('\n', 'comment');
    }
    if (wholeTx) tail.statement(this.commit());
    if (needsForeignKeysOff) tail.push('PRAGMA foreign_keys = ON;\n', 'statement', { template: 'pragma' });
    if (o.epilogue?.length) {
      tail.push('\n', 'comment');
      tail.comment(['the migration lock is released']);
      for (const st of o.epilogue) tail.statement(st);
    }
    return { head, tail };
  }
}

/**
 * Where a script assembled without its chunk table goes: the revisions' part as each revision
 * is laid out, then, once all are, the parts around it (the header counts the revisions, so it
 * comes last). A sink turns the text into UTF-8 as it comes, so no string of the whole script
 * is ever built.
 */
export interface ScriptSink<T> {
  body(text: string): void;
  finish(head: string, tail: string): T;
  /** The script will not be finished: drop what was written (nothing is left behind). */
  abort(): void;
}

/** Size of each block of a MemorySink. */
const SINK_BLOCK = 1 << 20;

/** A script's bytes gathered in blocks outside the JavaScript heap; finish returns them whole. */
export class MemorySink implements ScriptSink<Buffer> {
  private readonly full: Buffer[] = [];
  private block = Buffer.allocUnsafe(SINK_BLOCK);
  private used = 0;

  body(s: string): void {
    const most = maxUtf8Bytes(s);
    if (this.block.length - this.used < most) {
      this.full.push(this.block.subarray(0, this.used));
      this.block = Buffer.allocUnsafe(Math.max(SINK_BLOCK, most));
      this.used = 0;
    }
    this.used += this.block.write(s, this.used, 'utf8');
  }

  finish(head: string, tail: string): Buffer {
    return Buffer.concat([Buffer.from(head), ...this.full, this.block.subarray(0, this.used), Buffer.from(tail)]);
  }

  abort(): void {
    this.full.length = 0;
    this.used = 0;
  }
}

/**
 * Characters that could end a `--` comment, or that a client or terminal could read as more
 * than text: line breaks (psql also ends a comment at a carriage return; U+0085, U+2028 and
 * U+2029 end lines for some editors and viewers), other control characters and DEL.
 */
const COMMENT_UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f\u0085\u2028\u2029]/g;

/**
 * One comment line: `-- ` and the text, with every character that could end the line (and
 * with it the comment, so that a client would read the rest as SQL or as its own command)
 * written as <U+XXXX>. Revision messages, source paths, titles and op descriptions all go
 * through here, whatever was checked before them.
 */
export function commentLine(text: string): string {
  const safe = text.replace(COMMENT_UNSAFE, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
  return `-- ${safe}`.trimEnd() + '\n';
}

const COMMENT = Symbol('comment');
interface PieceFacts {
  kind: Chunk['kind'];
  extra: Partial<Chunk>;
}
/** A statement's revision, its source file and, for a statement lowered from an op, the op. */
type Origin = Required<Pick<Chunk, 'revision' | 'source'>> & Pick<Chunk, 'op'>;

/** The chunks of an assembled script: each piece's offsets and first line, kind, template and origin. */
function chunksOf(text: string, parts: Pieces[]): Chunk[] {
  const chunks: Chunk[] = [];
  let offset = 0;
  let line = 1;
  for (const { lengths, facts, origins } of parts) {
    for (let k = 0; k < lengths.length; k++) {
      const end = offset + lengths[k]!;
      const f = facts[k]!;
      let chunk: Chunk;
      if (f === COMMENT) chunk = { start: offset, end, kind: 'comment', line };
      else if ('sql' in f) {
        chunk = { start: offset, end, kind: 'statement', line, template: f.template };
        if (f.allowClientCommand !== undefined) chunk.allowClientCommand = f.allowClientCommand;
        const o = origins[k];
        if (o) {
          chunk.revision = o.revision;
          chunk.source = o.source;
          if (o.op) chunk.op = o.op;
        }
      } else chunk = { start: offset, end, kind: f.kind, line, ...f.extra };
      chunks.push(chunk);
      for (let i = text.indexOf('\n', offset); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
      offset = end;
    }
  }
  return chunks;
}

/**
 * The mark a destructive statement carries in the SQL, next to it: what its data loss is. On a
 * downgrade, dropping what the upgrade created also loses what was written since the upgrade.
 */
function destructive(op: Op, direction: 'up' | 'down'): string | undefined {
  // The op table's reversibility: after these ops a downgrade gives back the schema, not the data.
  if (OP_SPECS[op.op].reversibility !== 'schema') return undefined;
  const since = direction === 'down' ? ', including what was written since the upgrade' : '';
  if (op.op === 'drop_table') return `DESTRUCTIVE: drops table ${op.table} and every row in it${since}`;
  if (op.op === 'drop_column') return `DESTRUCTIVE: drops column ${op.table}.${op.column} and the values in it${since}`;
  throw new Error(`internal: no data-loss mark for op ${op.op}, which the op table says drops data`);
}

/** The tables an op's statements change, for the resumable layout's schema fingerprint; undefined (the whole database) when the op does not say (execute). */
function tablesOf(op: Record<string, unknown>): string[] | undefined {
  if (op.op === 'execute' || typeof op.table !== 'string') return undefined;
  return typeof op.new_name === 'string' ? [op.table, op.new_name] : [op.table];
}

function describeOp(op: { op: string } & Record<string, unknown>): string {
  const parts = [op.op];
  if (typeof op.table === 'string') parts.push(op.table);
  if (typeof op.column === 'string') parts.push(`.${op.column}`);
  else if (op.column && typeof (op.column as { name?: unknown }).name === 'string') parts.push(`.${(op.column as { name: string }).name}`);
  if (typeof op.name === 'string') parts.push(`(${op.name})`);
  return parts.join(' ').replace(' .', '.');
}

/**
 * The script cut into the pieces executors expect: contiguous spans covering the
 * whole text, one per statement or client directive, each carrying the comments
 * before it (trailing comments go to a last span of their own). `owners[i]` is the
 * chunk span i runs, undefined for the trailing comments.
 */
export interface ScriptLayout {
  spans: (readonly [number, number])[];
  owners: (Chunk | undefined)[];
}

export function scriptLayout(script: Script): ScriptLayout {
  const spans: (readonly [number, number])[] = [];
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
