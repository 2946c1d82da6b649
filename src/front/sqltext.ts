import { appliesTo, DIALECTS, type Dialect } from '../core/dialect.js';
import type { Op } from '../core/ops.js';
import { pathToString, type JsonPath as P } from '../core/source.js';
import { CLIENT_NAMES, CLIENTS, clientCommands, clientOf, unclosed, type Client } from '../lex/client.js';
import { checkCondition } from '../lex/condition.js';
import type { Reader } from './reader.js';
import { caps } from '../dialects/registry.js';

/** Codes of the load-time checks of SQL text copied into scripts verbatim. */
export const SQL_TEXT_CODES = { condition: 'LD030', clientCommand: 'LD031' } as const;

const COMMAND_HINT =
  'write SQL only: the client would run the command itself, outside what the review shows. ' +
  'If the op really needs a client command, give the reason in "allow_client_command": "<why>" on the op (lint and the review page show it)';

/** The dialects an op reaches (its `dialects`, or all). */
function reached(op: Op): Dialect[] {
  return DIALECTS.filter((d) => appliesTo(op.dialects, d));
}

/** One text of an op, where it is in the file (the value at `path`: a string or a list of lines) and the clients it reaches. */
interface Text {
  text: string;
  raw: unknown;
  path: P;
  clients: Set<Client>;
}

/** The SQL texts of an execute op and the clients each one reaches (a text no compiled dialect uses is read for its own client all the same). */
function executeTexts(op: Extract<Op, { op: 'execute' }>, obj: Record<string, unknown>, p: P): Text[] {
  const sp: P = [...p, 'sql'];
  const raw = obj.sql;
  const per = op.per_dialect;
  if (!per) return [{ text: op.sql!, raw, path: sp, clients: new Set(reached(op).map(clientOf)) }];
  const rawPer = raw as Record<string, unknown>;
  const out: Text[] = [];
  for (const [key, text] of Object.entries(per)) {
    out.push({ text: text!, raw: rawPer[key], path: [...sp, key], clients: new Set([clientOf(key as Dialect)]) });
  }
  if (op.sql !== undefined) {
    const uses = reached(op).filter((d) => per[d] === undefined && !(caps(d).extends && per[caps(d).extends!] !== undefined));
    out.push({ text: op.sql, raw: rawPer.default, path: [...sp, 'default'], clients: new Set(uses.map(clientOf)) });
  }
  return out;
}

/** The JSON path of the line `line` (1-based) of a text written as a list of lines (an element may hold line breaks itself), and the text's own path otherwise. */
function linePath(t: Text, line: number): P {
  if (!Array.isArray(t.raw)) return t.path;
  let first = 1;
  for (const [i, el] of (t.raw as string[]).entries()) {
    const lines = el.split('\n').length;
    if (line < first + lines) return [...t.path, i];
    first += lines;
  }
  return t.path;
}

/**
 * The SQL-text checks of one op, run at load: an `execute` op's SQL holds no database-client
 * command for any client it reaches (unless the op gives `allow_client_command`), and each
 * check condition is exactly one boolean expression for every dialect it reaches. False when
 * the op is refused (the diagnostics are in the reader).
 */
export function checkSqlTexts(r: Reader, op: Op, obj: Record<string, unknown>, p: P): boolean {
  let ok = true;
  if (op.op === 'execute') {
    for (const t of executeTexts(op, obj, p)) {
      // Each place, with every client that reads a command there.
      const places = new Map<number, { command: string; line: number; col: number; clients: Client[] }>();
      for (const client of CLIENTS) {
        if (!t.clients.has(client)) continue;
        for (const c of clientCommands(t.text, client)) {
          const seen = places.get(c.offset);
          if (seen) seen.clients.push(client);
          else places.set(c.offset, { command: c.command, line: c.line, col: c.col, clients: [client] });
        }
      }
      for (const client of CLIENTS) {
        if (!t.clients.has(client)) continue;
        const u = unclosed(t.text, client);
        if (!u) continue;
        const at = linePath(t, u.line);
        const where = Array.isArray(t.raw) ? `column ${u.col}` : `line ${u.line}, column ${u.col}`;
        r.error(
          at,
          `field '${pathToString(at)}': the SQL ends inside a ${u.what} opened at ${where}, as ${CLIENT_NAMES[client]} reads it: the client would read what the script has after it in a way the review does not show`,
          "close every quote and comment the SQL opens; PostgreSQL: write a string holding a backslash as E'...' with the backslash doubled",
          SQL_TEXT_CODES.clientCommand,
        );
        ok = false;
        break;
      }
      if (op.allow_client_command !== undefined) continue; // the author's named opt-in: lint and the review page show it
      for (const [, c] of [...places].sort((a, b) => a[0] - b[0]).slice(0, 3)) {
        const at = linePath(t, c.line);
        const where = Array.isArray(t.raw) ? `column ${c.col}` : `line ${c.line}, column ${c.col}`;
        r.error(
          at,
          `field '${pathToString(at)}': the SQL holds the client command '${c.command}' at ${where}, which ${c.clients.map((x) => CLIENT_NAMES[x]).join(' and ')} would run ${c.clients.length > 1 ? 'themselves' : 'itself'} instead of sending it to the server (${c.clients.map(describeCommand).join('; ')})`,
          COMMAND_HINT,
          SQL_TEXT_CODES.clientCommand,
        );
        ok = false;
      }
    }
    return ok;
  }
  const dialects = reached(op);
  for (const c of conditionsOf(op, p)) {
    const refusals = checkCondition(c.text, dialects);
    if (refusals.length === 0) continue;
    const f = refusals[0]!;
    const where = c.text.includes('\n') ? `line ${f.line}, column ${f.col}` : `column ${f.col}`;
    r.error(
      c.path,
      `field '${pathToString(c.path)}': expected one SQL boolean expression, found ${f.message} at ${where}${f.reading ? ` (${f.reading})` : ''}`,
      'a check condition is one expression such as "port > 0 AND port < 65536": no comments, no \';\', no comma or closing parenthesis outside the parentheses it opens, no client command',
      SQL_TEXT_CODES.condition,
    );
    ok = false;
  }
  return ok;
}

/** The check conditions an op carries, with their paths (the op table marks these ops `sqlText: 'conditions'`). */
function conditionsOf(op: Op, p: P): { text: string; path: P }[] {
  switch (op.op) {
    case 'create_check_constraint':
      return [{ text: op.condition, path: [...p, 'condition'] }];
    case 'create_table':
      return op.checks.map((c, i) => ({ text: c.condition, path: [...p, 'checks', i, 'condition'] }));
    case 'drop_table':
    case 'rename_table':
    case 'add_column':
    case 'drop_column':
    case 'alter_column':
    case 'create_index':
    case 'drop_index':
    case 'create_unique_constraint':
    case 'create_foreign_key':
    case 'drop_constraint':
    case 'execute':
    case 'bulk_insert':
      return [];
    default: {
      const _exhaustive: never = op;
      throw new Error(`internal: no check conditions known for op ${JSON.stringify((_exhaustive as Op).op)}`);
    }
  }
}

function describeCommand(client: Client): string {
  switch (client) {
    case 'psql':
      return 'psql reads a backslash outside quotes and comments as a command, anywhere on a line: \\! runs a shell command, \\g and \\gexec run more statements';
    case 'mysql':
      return 'mysql/mariadb read a backslash outside quotes and comments as a command, and named commands (system, source, delimiter...) at the start of a line';
    case 'sqlite3':
      return 'sqlite3 runs a line that starts with a dot (.shell, .system, .read...) itself, and ends a statement at a line holding only "go" or "/"';
  }
}
