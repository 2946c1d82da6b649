import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { DbUrl } from '../config/url.js';
import { lineOfOffset } from './process.js';
import { assertPlainIdentifier, ExecError, type ExecResult, type Executor, type ExecutorOptions, type RunOptions, type StatementSpan } from './executor.js';

type Db = Database.Database;

/**
 * How long a statement waits for another connection's write lock (BEGIN IMMEDIATE is the
 * migration lock on SQLite) before failing with SQLITE_BUSY: as long as a MySQL/MariaDB script
 * waits for its migration lock, so a second run waits for the first instead of failing at once.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 600_000;

/**
 * A line the sqlite3 shell treats as its own, not SQL: a dot-command (`.bail on`) or a `#` comment.
 * The shell recognises them only at the start of a line and only when no SQL statement is pending.
 */
export interface ClientDirective {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of the line's end (its '\n', or the end of the script). */
  end: number;
  /** 1-based line. */
  line: number;
  /** The line, without its line break. */
  text: string;
}

function isTriggerStart(words: readonly string[]): boolean {
  return words[0] === 'CREATE' && (words[1] === 'TRIGGER' || ((words[1] === 'TEMP' || words[1] === 'TEMPORARY') && words[2] === 'TRIGGER'));
}

/**
 * Finds the shell's directive lines, tracking quotes, comments and statement ends (a `;` ends a
 * statement, except inside a CREATE TRIGGER body, which ends at `END;`) the way the shell's
 * completeness check does.
 */
export function findDirectives(script: string): ClientDirective[] {
  const out: ClientDirective[] = [];
  const n = script.length;
  let i = 0;
  let line = 1;
  let atLineStart = true;
  let pending = false;
  let words: string[] = [];
  let inTrigger = false;
  let lastWord = '';
  const skipTo = (end: number) => {
    for (let k = script.indexOf('\n', i); k >= 0 && k < end; k = script.indexOf('\n', k + 1)) line++;
    i = end;
  };
  while (i < n) {
    const c = script[i]!;
    if (atLineStart && !pending && (c === '.' || c === '#')) {
      let j = script.indexOf('\n', i);
      if (j < 0) j = n;
      out.push({ start: i, end: j, line, text: script.slice(i, j).replace(/\r$/, '') });
      i = j;
      atLineStart = false;
      continue;
    }
    atLineStart = false;
    if (c === '\n') {
      line++;
      atLineStart = true;
      i++;
    } else if (c === '-' && script[i + 1] === '-') {
      const j = script.indexOf('\n', i);
      i = j < 0 ? n : j;
    } else if (c === '/' && script[i + 1] === '*') {
      const j = script.indexOf('*/', i + 2);
      skipTo(j < 0 ? n : j + 2);
    } else if (c === "'" || c === '"' || c === '`' || c === '[') {
      const j = script.indexOf(c === '[' ? ']' : c, i + 1);
      pending = true;
      lastWord = '';
      skipTo(j < 0 ? n : j + 1);
    } else if (c === ';') {
      if (!inTrigger || lastWord === 'END') {
        pending = false;
        words = [];
        inTrigger = false;
      }
      lastWord = '';
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < n && /[A-Za-z0-9_$]/.test(script[j]!)) j++;
      const w = script.slice(i, j).toUpperCase();
      if (!pending) words = [];
      pending = true;
      if (words.length < 4) {
        words.push(w);
        inTrigger = isTriggerStart(words);
      }
      lastWord = w;
      i = j;
    } else if (/\s/.test(c)) {
      i++;
    } else {
      pending = true;
      lastWord = '';
      i++;
    }
  }
  return out;
}

/** Splits a shell command line into arguments, honouring '...' and "..." quoting. */
function shellArgs(text: string): string[] {
  const args: string[] = [];
  const re = /'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) args.push(m[1] ?? (m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]!));
  return args;
}

/** Checks that the boundaries cover the whole script in order. */
function checkSpans(script: string, spans: readonly StatementSpan[]): void {
  let pos = 0;
  for (const [s, e] of spans) {
    if (s !== pos || e < s || e > script.length) {
      throw new RangeError(`statement boundaries must cover the script in order: [${s}, ${e}) does not start at ${pos}`);
    }
    pos = e;
  }
  if (pos !== script.length) throw new RangeError(`statement boundaries end at ${pos}, the script at ${script.length}`);
}

function formatValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Buffer.isBuffer(v)) return v.toString('utf8');
  return String(v);
}

/**
 * Runs scripts in-process with better-sqlite3, as the sqlite3 shell with `.bail on` would:
 * slice by slice (the compiler's statement boundaries), stopping at the first error.
 * A file database is opened per call and closed after (an unfinished transaction rolls back,
 * as when the shell exits); `sqlite://` (in memory) lives until close().
 */
export class SqliteExecutor implements Executor {
  /** Absolute path, or ':memory:'. */
  readonly path: string;
  private memory: Db | undefined;

  /** How long a statement waits for another connection's lock: [database] lock_wait_timeout, else SQLITE_BUSY_TIMEOUT_MS. */
  readonly busyTimeoutMs: number;

  constructor(url: DbUrl, options: ExecutorOptions = {}) {
    const p = url.path ?? ':memory:';
    this.path = p === ':memory:' ? p : resolve(options.cwd ?? process.cwd(), p);
    this.busyTimeoutMs = options.lockWaitTimeout !== undefined ? Math.round(options.lockWaitTimeout * 1000) : SQLITE_BUSY_TIMEOUT_MS;
  }

  private open(): Db {
    if (this.path === ':memory:') return (this.memory ??= new Database(':memory:'));
    return new Database(this.path, { timeout: this.busyTimeoutMs });
  }

  private release(db: Db): void {
    if (db === this.memory) {
      if (db.inTransaction) db.exec('ROLLBACK');
      return;
    }
    db.close();
  }

  async run(script: string, opts: RunOptions = {}): Promise<ExecResult> {
    const spans: readonly StatementSpan[] = opts.statements ?? [[0, script.length]];
    checkSpans(script, spans);
    const result: ExecResult = { ok: true, exitCode: 0, stdout: '', stderr: '', diagnostics: [] };
    const emit = (line: string, stream: 'stdout' | 'stderr') => {
      result[stream] += `${line}\n`;
      opts.onLine?.(line, stream);
    };

    let db: Db;
    try {
      db = this.open();
    } catch (e) {
      const d: Diagnostic = {
        code: 'EX004',
        severity: 'error',
        message: `cannot open the SQLite database ${this.path}: ${(e as Error).message}`,
        hint: 'check that the directory exists and is writable ([database] connection = sqlite:///relative/path or sqlite:////absolute/path)',
      };
      emit(`Error: ${d.message}`, 'stderr');
      return { ...result, ok: false, exitCode: 1, engineMessage: (e as Error).message, diagnostics: [d] };
    }

    const directives = findDirectives(script);
    let next = 0; // index into directives
    let pos = 0; // everything before pos is done (a directive may run past a boundary)
    try {
      for (let si = 0; si < spans.length; si++) {
        const [s, e] = spans[si]!;
        const segments: ({ sql: [number, number] } | { directive: ClientDirective })[] = [];
        let at = Math.max(s, pos);
        while (next < directives.length && directives[next]!.start < e) {
          const d = directives[next++]!;
          if (d.start > at) segments.push({ sql: [at, d.start] });
          segments.push({ directive: d });
          at = Math.max(at, d.end);
        }
        if (at < e) segments.push({ sql: [at, e] });
        pos = Math.max(pos, at, e);

        for (const seg of segments) {
          if ('directive' in seg) {
            this.directive(seg.directive, emit, result.diagnostics);
            continue;
          }
          const [a, b] = seg.sql;
          const sql = script.slice(a, b);
          if (sql.trim() === '') continue;
          try {
            this.execChunk(db, sql, emit);
          } catch (err) {
            const lead = sql.length - sql.trimStart().length;
            const line = lineOfOffset(script, a + lead);
            const message = (err as Error).message;
            const code = (err as { code?: unknown }).code;
            emit(`Error: near line ${line}: ${message}`, 'stderr');
            result.ok = false;
            result.exitCode = 1;
            result.errorLine = line;
            result.engineMessage = message;
            if (typeof code === 'string') result.engineCode = code;
            if (opts.statements) result.statementIndex = si;
            result.diagnostics.push({
              code: 'EX003',
              severity: 'error',
              message: `SQLite stopped the script at line ${line}: ${message}`,
              hint: 'the script stops at the first error; an unfinished transaction is rolled back',
            });
            return result;
          }
        }
      }
      return result;
    } finally {
      this.release(db);
    }
  }

  /** A single SELECT (or other statement returning rows) prints its rows as the shell's list mode does; anything else goes to db.exec. */
  private execChunk(db: Db, sql: string, emit: (line: string, stream: 'stdout' | 'stderr') => void): void {
    let stmt: Database.Statement | undefined;
    try {
      stmt = db.prepare(sql);
    } catch {
      stmt = undefined; // several statements, none, or an error that db.exec reports the same way
    }
    if (stmt?.reader) {
      stmt.safeIntegers(true);
      for (const row of stmt.raw(true).iterate() as IterableIterator<unknown[]>) emit(row.map(formatValue).join('|'), 'stdout');
      return;
    }
    db.exec(sql);
  }

  private directive(d: ClientDirective, emit: (line: string, stream: 'stdout' | 'stderr') => void, diagnostics: Diagnostic[]): void {
    if (d.text.startsWith('#')) return; // the shell's comment line
    const [cmd = '', ...args] = shellArgs(d.text.slice(1));
    if (cmd === 'bail') {
      if ((args[0] ?? '').toLowerCase() === 'on') return; // what this client always does
      this.warn(d, `'.bail ${args.join(' ')}' is ignored: the in-process client always stops at the first error`, emit, diagnostics);
      return;
    }
    if (cmd === 'print') {
      emit(args.join(' '), 'stdout');
      return;
    }
    this.warn(d, `the sqlite3 shell command '.${cmd}' is not supported in-process and is ignored`, emit, diagnostics);
  }

  private warn(d: ClientDirective, message: string, emit: (line: string, stream: 'stdout' | 'stderr') => void, diagnostics: Diagnostic[]): void {
    emit(`warning: line ${d.line}: ${message}`, 'stderr');
    diagnostics.push({
      code: 'EX007',
      severity: 'warning',
      message: `line ${d.line}: ${message}`,
      hint: 'the in-process SQLite client knows .bail and .print; run the script with the sqlite3 shell for other commands',
    });
  }

  async currentHeads(versionTable: string): Promise<string[] | null> {
    assertPlainIdentifier(versionTable);
    let db: Db | undefined;
    try {
      if (this.path === ':memory:') {
        db = this.memory;
        if (!db) return null;
      } else {
        if (!existsSync(this.path)) return null; // reading heads never creates the database
        db = new Database(this.path, { readonly: true, fileMustExist: true, timeout: this.busyTimeoutMs });
      }
      const found = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(versionTable);
      if (!found) return null;
      const rows = db.prepare(`SELECT version_num FROM "${versionTable}"`).pluck().all() as unknown[];
      return rows.map((v) => String(v)).sort();
    } catch (e) {
      throw new ExecError({
        code: 'EX006',
        severity: 'error',
        message: `cannot read the version table ${versionTable} in ${this.path}: ${(e as Error).message}`,
        hint: 'check that the file is a SQLite database and readable',
      });
    } finally {
      if (db && db !== this.memory) db.close();
    }
  }

  async close(): Promise<void> {
    this.memory?.close();
    this.memory = undefined;
  }
}
