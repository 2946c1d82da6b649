import type { Dialect } from '../core/dialect.js';
import { caps } from '../dialects/registry.js';

/**
 * SQL text as each database client reads it. Every text the compiler copies into a script
 * verbatim (an `execute` op's SQL, a check condition) goes to a client (psql, mysql/mariadb,
 * the sqlite3 shell) that reads commands of its own out of it before anything reaches the
 * server: psql's backslash commands anywhere outside quotes (`\!` runs a shell command, `\g`
 * and `\gexec` run more statements, `\o |cmd`), the mysql/mariadb client's backslash commands
 * and its named commands at the start of a line (`system`, `source`, `delimiter`...), the
 * sqlite3 shell's dot-commands at the start of a line; psql's variable interpolation (`:'name'`,
 * `:"name"`, `:{?name}`, which psql replaces by text the script does not hold). This module lexes a text the way each
 * client does (its quotes, identifiers, dollar quotes, comments) and names every such command.
 *
 * It errs towards finding too much: where a client's reading depends on a server setting
 * (psql's standard_conforming_strings, the server's NO_BACKSLASH_ESCAPES as the mysql client
 * sees it), the text is read both ways and a command found either way counts; the mysql
 * client's named commands count at the start of any line (with `--named-commands` it reads
 * them there), and a sqlite3 dot-command also after leading blanks.
 */
export type { Client } from '../core/dialect.js';
import type { Client } from '../core/dialect.js';

export const CLIENTS: readonly Client[] = ['psql', 'mysql', 'sqlite3'];

/** The client that runs a dialect's scripts (MariaDB's client is the mysql client). */
export function clientOf(d: Dialect): Client {
  return caps(d).client;
}

/** What a client calls itself in messages. */
export const CLIENT_NAMES: Record<Client, string> = { psql: 'psql', mysql: 'mysql/mariadb', sqlite3: 'sqlite3' };

export interface ClientCommand {
  client: Client;
  /** The command as written (up to the first blank, at most 40 characters). */
  command: string;
  /** Offset in the text, and its 1-based line and column there. */
  offset: number;
  line: number;
  col: number;
}

/** A stretch of text outside quotes and comments, as one reading of the text sees it. */
interface Plain {
  start: number;
  end: number;
}

export interface Lexed {
  /** The stretches outside quotes and comments (MySQL's executable comments count as outside). */
  plain: Plain[];
  /** Comments: where each starts. */
  comments: { offset: number; kind: 'line' | 'block' }[];
  /** A quote, identifier, dollar quote or comment still open at the end of the text. */
  unterminated?: { offset: number; what: string };
}

export interface LexOptions {
  /** Backslashes escape inside '...' (psql: standard_conforming_strings off; mysql: NO_BACKSLASH_ESCAPES off). */
  backslashEscapes: boolean;
  /** mysql: backslashes escape inside `...` too (older mysql clients read backticks so). */
  backtickEscapes?: boolean;
}

const isIdentChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_$\u0080-\uffff]/.test(c);
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
/** What ends a line for any of the clients (psql's lexer also ends a `--` comment at a CR). */
const isEol = (c: string | undefined): boolean => c === '\n' || c === '\r';

/** Reads `text` as `client` does; see the module comment. */
export function lex(text: string, client: Client, o: LexOptions): Lexed {
  const plain: Plain[] = [];
  const comments: Lexed['comments'] = [];
  const n = text.length;
  let start = 0;
  let i = 0;
  const close = (to: number) => {
    if (to > start) plain.push({ start, end: to });
  };
  /** Skips a quoted run opened at i (quote char q), doubled quote = the quote; backslash escapes when `bs`. Returns the end or -1. */
  const quoted = (from: number, q: string, bs: boolean): number => {
    let j = from + 1;
    while (j < n) {
      const c = text[j];
      if (bs && c === '\\') {
        j += 2;
        continue;
      }
      if (c === q) {
        if (text[j + 1] === q) {
          j += 2;
          continue;
        }
        return j + 1;
      }
      j++;
    }
    return -1;
  };
  while (i < n) {
    const c = text[i]!;
    const next = text[i + 1];
    let end = -2; // -2: not a token start; -1: unterminated
    let what = '';
    let comment: 'line' | 'block' | undefined;
    if (c === '-' && next === '-' && (client !== 'mysql' || i + 2 >= n || /[\s\u0000-\u001f]/.test(text[i + 2]!))) {
      comment = 'line';
      let j = i + 2;
      while (j < n && !isEol(text[j])) j++;
      end = j;
    } else if (c === '#' && client === 'mysql') {
      comment = 'line';
      let j = i + 1;
      while (j < n && !isEol(text[j])) j++;
      end = j;
    } else if (c === '/' && next === '*') {
      if (client === 'mysql' && (text[i + 2] === '!' || text[i + 2] === '+' || (text[i + 2] === 'M' && text[i + 3] === '!'))) {
        // The mysql client reads an executable comment (and a hint) as code: its commands run.
        i += 2;
        continue;
      }
      comment = 'block';
      what = 'comment';
      if (client === 'psql') {
        // psql's block comments nest.
        let depth = 1;
        let j = i + 2;
        while (j < n && depth > 0) {
          if (text[j] === '/' && text[j + 1] === '*') {
            depth++;
            j += 2;
          } else if (text[j] === '*' && text[j + 1] === '/') {
            depth--;
            j += 2;
          } else j++;
        }
        end = depth === 0 ? j : -1;
      } else {
        const j = text.indexOf('*/', i + 2);
        end = j < 0 ? -1 : j + 2;
      }
    } else if (c === "'") {
      what = 'string';
      const eString = client === 'psql' && (text[i - 1] === 'E' || text[i - 1] === 'e') && !isIdentChar(text[i - 2]);
      end = quoted(i, "'", eString || o.backslashEscapes);
    } else if (c === '"') {
      what = client === 'mysql' ? 'string' : 'quoted identifier';
      end = quoted(i, '"', client === 'mysql' && o.backslashEscapes);
    } else if (c === '`' && client !== 'psql') {
      what = 'quoted identifier';
      end = quoted(i, '`', client === 'mysql' && o.backtickEscapes === true);
    } else if (c === '[' && client === 'sqlite3') {
      what = 'quoted identifier';
      const j = text.indexOf(']', i + 1);
      end = j < 0 ? -1 : j + 1;
    } else if (c === '$' && client === 'psql' && !isIdentChar(text[i - 1])) {
      const m = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 66));
      if (m) {
        what = 'dollar quote';
        const j = text.indexOf(m[0], i + m[0].length);
        end = j < 0 ? -1 : j + m[0].length;
      }
    }
    if (end === -2) {
      i++;
      continue;
    }
    close(i);
    if (comment) comments.push({ offset: i, kind: comment });
    if (end === -1) return { plain, comments, unterminated: { offset: i, what } };
    i = end;
    start = end;
  }
  close(n);
  return { plain, comments };
}

/** The mysql/mariadb client's named commands, and whether each takes an argument (a line `status = 1` is not `status`). */
const MYSQL_NAMED: ReadonlyMap<string, boolean> = new Map([
  ['?', true],
  ['charset', true],
  ['clear', false],
  ['connect', true],
  ['delimiter', true],
  ['edit', false],
  ['ego', false],
  ['exit', false],
  ['go', false],
  ['help', true],
  ['nopager', false],
  ['notee', false],
  ['nowarning', false],
  ['pager', true],
  ['print', false],
  ['prompt', true],
  ['quit', false],
  ['rehash', false],
  ['sandbox', false],
  ['source', true],
  ['status', false],
  ['system', true],
  ['tee', true],
  ['use', true],
  ['warnings', false],
]);

function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset; k++) {
    if (text[k] === '\n' || (text[k] === '\r' && text[k + 1] !== '\n')) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

const word = (text: string, from: number): string => {
  const m = /^[^\s]{1,40}/.exec(text.slice(from, from + 40));
  return m ? m[0] : text.slice(from, from + 1);
};

/** The readings of a text a client may make (see the module comment). */
function readings(client: Client): LexOptions[] {
  if (client === 'sqlite3') return [{ backslashEscapes: false }];
  if (client === 'psql') return [{ backslashEscapes: false }, { backslashEscapes: true }];
  return [{ backslashEscapes: false }, { backslashEscapes: true }, { backslashEscapes: true, backtickEscapes: true }];
}

/** The commands one reading of the text holds for `client`. */
function commandsIn(text: string, client: Client, lexed: Lexed): { offset: number; command: string }[] {
  const found: { offset: number; command: string }[] = [];
  for (const { start, end } of lexed.plain) {
    for (let k = start; k < end; k++) {
      const c = text[k]!;
      // psql and mysql: a backslash outside quotes and comments is a client command, anywhere on a line.
      if (c === '\\' && client !== 'sqlite3') {
        found.push({ offset: k, command: word(text, k) });
        k++; // `\\` is one command (psql's separator)
        continue;
      }
      // psql: :'name', :"name" and :{?name} are replaced by the value of a psql variable (DBNAME, USER, any -v).
      if (
        client === 'psql' &&
        c === ':' &&
        text[k - 1] !== ':' &&
        /^:(?:(['"])[A-Za-z0-9_\u0080-\uffff]+\1|\{\?[A-Za-z0-9_\u0080-\uffff]+\})/.test(text.slice(k, k + 70))
      ) {
        found.push({ offset: k, command: word(text, k) });
        continue;
      }
      // mysql: `delimiter` is also read after a `;` on the same line; any bare word `delimiter` counts.
      if (client === 'mysql' && (c === 'd' || c === 'D') && /^delimiter\b/i.test(text.slice(k, k + 10)) && !/[A-Za-z0-9_$]/.test(text[k - 1] ?? '')) {
        found.push({ offset: k, command: word(text, k) });
        continue;
      }
      const lineStart = k === 0 || isEol(text[k - 1]);
      if (!lineStart) continue;
      let f = k;
      while (f < end && isBlank(text[f])) f++;
      if (f >= end) continue;
      if (client === 'sqlite3') {
        const rest = text.slice(f, lineEndIn(text, f)).trim().toLowerCase();
        if (text[f] === '.') found.push({ offset: f, command: word(text, f) });
        else if ((rest === 'go' || rest === '/') && lineEndIn(text, f) <= end) found.push({ offset: f, command: rest });
      } else if (client === 'mysql') {
        const w = /^[^\s]+/.exec(text.slice(f, f + 41))?.[0] ?? '';
        const takesArgs = MYSQL_NAMED.get(w.toLowerCase());
        if (takesArgs === undefined) continue;
        const after = text.slice(f + w.length, lineEndIn(text, f)).trim();
        if (after === '' || takesArgs) found.push({ offset: f, command: w });
      }
    }
  }
  return found;
}

function lineEndIn(text: string, from: number): number {
  let j = from;
  while (j < text.length && !isEol(text[j])) j++;
  return j;
}

/**
 * Every client command `client` would read in `text`, whichever way the server's quoting
 * settings make it read quotes; sorted by offset, one per place.
 */
export function clientCommands(text: string, client: Client): ClientCommand[] {
  const byOffset = new Map<number, string>();
  for (const o of readings(client)) {
    const lexed = lex(text, client, o);
    for (const f of commandsIn(text, client, lexed)) if (!byOffset.has(f.offset)) byOffset.set(f.offset, f.command);
  }
  return [...byOffset.entries()].sort((a, b) => a[0] - b[0]).map(([offset, command]) => ({ client, command, offset, ...lineCol(text, offset) }));
}

/**
 * The first quote, identifier, dollar quote or comment that a reading of `text` by `client`
 * leaves open at its end. Text copied into a script must close everything it opens: the client
 * would read what follows it (comments holding revision messages, the next statements) inside
 * the open quote, and what comes after the next stray quote outside any.
 */
export function unclosed(text: string, client: Client): { offset: number; what: string; line: number; col: number } | undefined {
  for (const o of readings(client)) {
    const lexed = lex(text, client, o);
    const u = lexed.unterminated;
    if (u) return { ...u, ...lineCol(text, u.offset), what: u.what + (o.backslashEscapes ? ' (read with backslash escapes)' : '') };
    // A line comment that runs to the end of the text would swallow the `;` written after it.
    const last = lexed.comments[lexed.comments.length - 1];
    if (last?.kind === 'line' && lineEndIn(text, last.offset) === text.length && text.slice(last.offset).trim() !== '') {
      return { offset: last.offset, ...lineCol(text, last.offset), what: "line comment on the last line (the ';' after the SQL would be part of it)" };
    }
  }
  return undefined;
}

export interface ConditionProblem {
  offset: number;
  message: string;
}

/**
 * Lexer-level proof that a check condition stays inside the `CHECK (...)` it is written into,
 * for one client's reading: every quote and comment closed, no comment at all (a `--` comment
 * would swallow the closing parenthesis), no `;`, parentheses and brackets balanced and never
 * closing more than they opened, no comma outside them, and no client command.
 */
export function conditionProblems(text: string, client: Client): ConditionProblem[] {
  const out: ConditionProblem[] = [];
  const control = /[\u0000-\u0008\u000a-\u001f\u007f]/.exec(text);
  if (control) return [{ offset: control.index, message: `the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` }];
  for (const o of readings(client)) {
    const lexed = lex(text, client, o);
    if (lexed.unterminated) {
      out.push({ offset: lexed.unterminated.offset, message: `a ${lexed.unterminated.what} that is not closed` });
      break;
    }
    if (lexed.comments.length) {
      out.push({ offset: lexed.comments[0]!.offset, message: 'a comment' });
      break;
    }
    const stack: string[] = [];
    let bad: ConditionProblem | undefined;
    for (const { start, end } of lexed.plain) {
      for (let k = start; k < end && !bad; k++) {
        const c = text[k]!;
        if (c === '(' || c === '[') stack.push(c);
        else if (c === ')' || c === ']') {
          const open = stack.pop();
          if (open !== (c === ')' ? '(' : '[')) bad = { offset: k, message: `a '${c}' that closes ${open ? `a '${open}'` : 'nothing the condition opened'}` };
        } else if (c === ',' && stack.length === 0) bad = { offset: k, message: 'a comma outside parentheses' };
        else if (c === ';') bad = { offset: k, message: "a ';'" };
      }
      if (bad) break;
    }
    if (!bad && stack.length) bad = { offset: text.length, message: `${stack.length} '${stack[stack.length - 1]}' left open` };
    if (bad) {
      out.push(bad);
      break;
    }
  }
  for (const c of clientCommands(text, client)) out.push({ offset: c.offset, message: `the ${CLIENT_NAMES[client]} client command ${c.command}` });
  return out;
}

export { lineCol as textLineCol };
