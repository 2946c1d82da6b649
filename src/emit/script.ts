import { CAPABILITIES } from '../dialects/capabilities.js';
import type { Statement } from '../dialects/statement.js';
import type { CompileOutput } from './compile.js';
import { TOOL_VERSION } from './version.js';

export interface ScriptOptions {
  /** Shown in the header: e.g. "upgrade base:heads". */
  title: string;
  versionTable: string;
  /** The range starts at base: create the version table first. */
  createVersionTable: boolean;
  transactionPerMigration: boolean;
  /** Statements to run first (inside the transaction when there is one): the guard. */
  guard?: Statement[];
  /** Client directives before everything else (e.g. psql's ON_ERROR_STOP). */
  preamble?: string[];
  /** Session statements outside any transaction (lock, session settings). */
  session?: Statement[];
  /** Version-table statements of a stamp (no revision runs), with a comment. */
  stamp?: { comment: string; statements: Statement[] };
  /** Progress markers the client prints (one per revision), rendered by the caller. */
  progress?: (index: number, total: number, revId: string, message: string) => string | undefined;
}

/** A piece of the script: a statement with its comments, or a comment/directive block. */
export interface Chunk {
  start: number;
  end: number;
  kind: 'comment' | 'directive' | 'statement';
  /** The revision this statement belongs to, if any. */
  revision?: string;
  template?: string;
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
  const caps = CAPABILITIES[out.dialect];
  const r = out.renderer;
  // The pieces of text, and what each one is. The Chunk objects (offsets, line numbers) are made
  // only when someone reads script.chunks: writing a script (offline) never does, and a long
  // history has hundreds of thousands of pieces.
  const text: string[] = [];
  const lengths: number[] = [];
  /** A comment (COMMENT), a statement (its Statement; the revision in `revisions`), or another piece ({ kind, extra }). */
  const facts: (Statement | PieceFacts | typeof COMMENT)[] = [];
  const revisions: (string | undefined)[] = [];
  const add = (s: string, fact: Statement | PieceFacts | typeof COMMENT, revision?: string) => {
    text.push(s);
    lengths.push(s.length);
    facts.push(fact);
    revisions.push(revision);
  };
  const push = (s: string, kind: Chunk['kind'], extra: Partial<Chunk> = {}) => add(s, { kind, extra });
  const comment = (lines: string[]) => {
    let s = '';
    for (const l of lines) s += `-- ${l}`.trimEnd() + '\n';
    add(s, COMMENT);
  };
  const statement = (st: Statement, revision?: string) => add(`${st.sql};\n`, st, revision);
  const transactional = caps.transactionalDdl;
  const revs = out.steps.map((s) => s.step.revision);
  const first = revs[0]?.id;
  const last = revs[revs.length - 1]?.id;

  comment([
    `lbaas-db-manage ${TOOL_VERSION}: ${o.title} for ${out.dialect}`,
    `${revs.length} revision${revs.length === 1 ? '' : 's'}${revs.length ? `: ${first}${revs.length > 1 ? ` .. ${last}` : ''}` : ''}`,
    `version table: ${o.versionTable}`,
    transactional
      ? (o.transactionPerMigration ? 'one transaction per revision' : 'one transaction for the whole script')
      : 'MySQL commits each DDL statement: the version row is written right after each revision, so a failure leaves it at the last completed revision',
    'compiled offline from the revision files; no database was consulted',
  ]);
  push('\n', 'comment');
  for (const p of o.preamble ?? []) push(`${p}\n`, 'directive');
  if (out.needsForeignKeysOff) {
    comment(['table rebuilds below: foreign key enforcement is off for the script (it has no effect inside a transaction)']);
    push('PRAGMA foreign_keys = OFF;\n', 'statement', { template: 'pragma' });
  }
  if (o.session?.length) {
    comment(['session: settings and the migration lock (held until the client disconnects)']);
    for (const st of o.session) statement(st);
  }
  if ((o.preamble?.length ?? 0) > 0 || out.needsForeignKeysOff || o.session?.length) push('\n', 'comment');
  const begin = () => statement({ sql: r.render('begin', {}), template: 'begin' });
  const commit = () => statement({ sql: r.render('commit', {}), template: 'commit' });
  const wholeTx = transactional && !o.transactionPerMigration;
  if (wholeTx) {
    begin();
    push('\n', 'comment');
  }
  if (o.guard?.length) {
    comment(['guard: stop here unless the database is at the expected starting revisions']);
    for (const g of o.guard) statement(g);
    push('\n', 'comment');
  }
  if (o.createVersionTable) {
    statement({ sql: r.render('version_table_create', { table: o.versionTable, pk_name: `${o.versionTable}_pkc` }), template: 'version_table_create' });
    push('\n', 'comment');
  }
  out.steps.forEach((cs, i) => {
    const rev = cs.step.revision;
    const verb = cs.step.direction === 'up' ? 'upgrade' : 'downgrade';
    const nl = rev.message.indexOf('\n');
    const headline = nl === -1 ? rev.message : rev.message.slice(0, nl);
    comment([
      `[${i + 1}/${out.steps.length}] ${verb} ${rev.id}: ${headline}`,
      `source: ${rev.file}`,
    ]);
    const marker = o.progress?.(i + 1, out.steps.length, rev.id, headline);
    if (marker) push(`${marker}\n`, 'statement', { template: 'progress', revision: rev.id });
    if (transactional && o.transactionPerMigration) begin();
    if (cs.ops.length === 0) comment(['(no schema changes on this dialect)']);
    for (const os of cs.ops) {
      comment([`${os.phase}[${os.index}] ${describeOp(os.op as unknown as { op: string } & Record<string, unknown>)}`]);
      for (const s of os.statements) statement(s, rev.id);
    }
    for (const v of cs.versions) statement(v, rev.id);
    if (transactional && o.transactionPerMigration) commit();
    push('\n', 'comment');
  });
  if (o.stamp) {
    comment([o.stamp.comment]);
    for (const st of o.stamp.statements) statement(st);
    push('\n', 'comment');
  }
  if (out.needsForeignKeysOff) {
    // Rebuilds ran with enforcement off: prove nothing dangles before committing.
    comment(['foreign keys were not enforced during the table rebuilds: stop here if any row now violates one']);
    statement({ sql: r.render('fk_check_table', {}), template: 'fk_check_table' });
    statement({ sql: r.render('fk_check', {}), template: 'fk_check' });
    push('\n', 'comment');
  }
  if (wholeTx) commit();
  if (out.needsForeignKeysOff) push('PRAGMA foreign_keys = ON;\n', 'statement', { template: 'pragma' });
  const all = text.join('');
  let chunks: Chunk[] | undefined;
  return {
    text: all,
    get chunks(): Chunk[] {
      return (chunks ??= chunksOf(all, lengths, facts, revisions));
    },
  };
}

const COMMENT = Symbol('comment');
interface PieceFacts { kind: Chunk['kind']; extra: Partial<Chunk> }

/** The chunks of an assembled script: each piece's offsets and first line, kind, template and revision. */
function chunksOf(text: string, lengths: number[], facts: (Statement | PieceFacts | typeof COMMENT)[], revisions: (string | undefined)[]): Chunk[] {
  const chunks: Chunk[] = [];
  let offset = 0;
  let line = 1;
  for (let k = 0; k < lengths.length; k++) {
    const end = offset + lengths[k]!;
    const f = facts[k]!;
    let chunk: Chunk;
    if (f === COMMENT) chunk = { start: offset, end, kind: 'comment', line };
    else if ('sql' in f) {
      chunk = { start: offset, end, kind: 'statement', line, template: f.template };
      if (revisions[k]) chunk.revision = revisions[k];
    } else chunk = { start: offset, end, kind: f.kind, line, ...f.extra };
    chunks.push(chunk);
    for (let i = text.indexOf('\n', offset); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
    offset = end;
  }
  return chunks;
}

function describeOp(op: { op: string } & Record<string, unknown>): string {
  const parts = [op.op];
  if (typeof op.table === 'string') parts.push(op.table);
  if (typeof op.column === 'string') parts.push(`.${op.column}`);
  else if (op.column && typeof (op.column as { name?: unknown }).name === 'string') parts.push(`.${(op.column as { name: string }).name}`);
  if (typeof op.name === 'string') parts.push(`(${op.name})`);
  return parts.join(' ').replace(' .', '.');
}
