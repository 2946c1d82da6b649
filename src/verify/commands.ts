import type { Dialect } from '../core/dialect.js';
import { CLIENT_NAMES, clientCommands, clientOf, unclosed, type Client } from '../lex/client.js';

/**
 * The client directives the compiler itself writes (`--no-client-directives` leaves them out),
 * each a whole line: these, and nothing else, are client commands a script may hold without an
 * op's opt-in.
 */
export const OWN_DIRECTIVES: Record<Client, readonly string[]> = {
  psql: ['\\set ON_ERROR_STOP on'],
  mysql: [],
  sqlite3: ['.bail on'],
};

export interface ScriptCommand {
  /** Offset in the script, 1-based line and column. */
  offset: number;
  line: number;
  col: number;
  command: string;
  /** The whole line the command is on. */
  lineText: string;
  /** Set for text the client would read inside a quote or comment that the script never closes. */
  unclosed?: string;
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
}

/**
 * Every client command a whole script holds for its dialect's client, read from the script's own
 * text as the client reads it (independent of what was checked when the revisions were loaded),
 * except the compiler's own directives; and a quote or comment the script leaves open.
 */
export function scriptCommands(text: string, dialect: Dialect): ScriptCommand[] {
  const client = clientOf(dialect);
  const own = new Set(OWN_DIRECTIVES[client]);
  const out: ScriptCommand[] = [];
  for (const c of clientCommands(text, client)) {
    const lineText = lineAt(text, c.offset);
    if (c.col === 1 && own.has(lineText)) continue;
    out.push({ offset: c.offset, line: c.line, col: c.col, command: c.command, lineText });
  }
  const u = unclosed(text, client);
  if (u) out.push({ offset: u.offset, line: u.line, col: u.col, command: '', lineText: lineAt(text, u.offset), unclosed: u.what });
  return out;
}

/** One line of text about a found command, for messages. */
export function describeScriptCommand(c: ScriptCommand, dialect: Dialect): string {
  const client = CLIENT_NAMES[clientOf(dialect)];
  return c.unclosed !== undefined
    ? `line ${c.line}: the script ends inside a ${c.unclosed} opened here, as ${client} reads it`
    : `line ${c.line}, column ${c.col}: the ${client} client command '${c.command}' (${c.lineText.trim().slice(0, 80)})`;
}
