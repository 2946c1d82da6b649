import type { Dialect } from '../core/dialect.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Chunk, Script } from '../emit/script.js';
import { sqlParser, type SqlParser } from '../lex/sql-parser.js';
import { GRAMMARS, PARSER_GAPS } from './parser-gaps.js';
import { describeScriptCommand, scriptCommands } from './commands.js';
import { caps } from '../dialects/registry.js';

export interface VerifyResult {
  /** Statements the parser accepted. */
  verified: number;
  /** Statements in a known parser gap: not verified, with the reason. */
  notVerified: { line: number; revision?: string; gap: string; reason: string; sql: string }[];
  diagnostics: Diagnostic[];
  /** Client commands in statements whose op allows them (allow_client_command), with the op's reason. */
  allowedCommands: { line: number; revision?: string; command: string; reason: string }[];
}

/** Strips the chunk's leading comment lines and the terminator. */
function statementText(raw: string): string {
  return raw.replace(/;\s*$/, '').trim();
}

/**
 * Parses every emitted statement, one at a time, with the dialect's grammar.
 * A failure that matches a listed parser gap is reported as not verified; any
 * other failure is an error (VF001) naming the revision, its source file, the
 * op and the template it came from.
 */
export function verifyScript(script: Script, dialect: Dialect): VerifyResult {
  const p = sqlParser();
  const res: VerifyResult = { verified: 0, notVerified: [], diagnostics: [], allowedCommands: [] };
  for (const ch of script.chunks) {
    if (ch.kind !== 'statement' && ch.kind !== 'directive') continue;
    const whole = statementText(script.text.slice(ch.start, ch.end));
    if (!whole) continue;
    // A resumable MySQL script runs each statement through a prepared statement: the statement is
    // a string literal in a `SET @lbaas_q = IF(...)`. Both are parsed: the wrapper, and the
    // statement it holds (at any depth: a data check's own SET holds no further statement).
    for (const sql of [whole, ...(caps(dialect).resumable ? wrappedStatements(whole) : [])]) verifyOne(p, sql, ch, dialect, res);
  }
  checkClientCommands(script, dialect, res);
  return res;
}

/** The prefix of a resumable MySQL script's wrapper and the end of the literal it holds (src/emit/resume.ts). */
const WRAPPER_START = /^SET @lbaas_q = IF\(@lbaas_(run = 1|stop = '')/;
const WRAPPER_LITERAL = ",\n    '";
const WRAPPER_END = "', 'DO 0')";

/** The statements a resumable MySQL script's wrapper holds, outermost first: the literal of `SET @lbaas_q = IF(<condition>, '<statement>', 'DO 0')`, unescaped. */
export function wrappedStatements(sql: string): string[] {
  const out: string[] = [];
  let text = sql;
  while (WRAPPER_START.test(text) && text.endsWith(WRAPPER_END)) {
    const at = text.indexOf(WRAPPER_LITERAL);
    if (at === -1) break;
    const body = text.slice(at + WRAPPER_LITERAL.length, text.length - WRAPPER_END.length);
    text = body.replace(/''|\\(.)/gs, (m, c: string | undefined) =>
      m === "''" ? "'" : c === 'r' ? '\r' : c === 'Z' ? '\x1a' : c === 'n' ? '\n' : c === '0' ? '\0' : c!,
    );
    out.push(text);
  }
  return out;
}

function verifyOne(p: SqlParser, sql: string, ch: Chunk, dialect: Dialect, res: VerifyResult): void {
  {
    let error: string | undefined;
    for (const g of GRAMMARS[dialect]) {
      try {
        p.astify(sql, { database: g });
        error = undefined;
        break;
      } catch (e) {
        error ??= (e as Error).message;
      }
    }
    if (error === undefined) {
      res.verified++;
      return;
    }
    const gap = PARSER_GAPS[dialect].find((gp) => gp.match.test(sql));
    if (gap) {
      res.notVerified.push({ line: ch.line, ...(ch.revision ? { revision: ch.revision } : {}), gap: gap.id, reason: gap.reason, sql });
    } else {
      const origin = [
        ...(ch.revision ? [`revision ${ch.revision}${ch.source ? ` (${ch.source})` : ''}`] : []),
        ...(ch.op ? [`op ${ch.op}`] : []),
        ...(ch.template ? [`template ${ch.template}`] : []),
      ];
      res.diagnostics.push({
        code: 'VF001',
        severity: 'error',
        message: `line ${ch.line}${origin.length ? ` (${origin.join(', ')})` : ''}: the ${dialect} parser rejects: ${sql.split('\n')[0]}`,
        hint: `parser said: ${error.split('\n')[0]!.slice(0, 200)}`,
      });
    }
  }
}

/**
 * The script read whole as its client reads it: any client command other than the compiler's
 * own directives is an error (VF010) unless it stands in a statement whose op allows client
 * commands (reported with the op's reason); so is a quote or comment the script leaves open.
 */
function checkClientCommands(script: Script, dialect: Dialect, res: VerifyResult): void {
  const found = scriptCommands(script.text, dialect);
  if (found.length === 0) return;
  const chunks = script.chunks;
  for (const c of found) {
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (chunks[mid]!.start <= c.offset) lo = mid;
      else hi = mid - 1;
    }
    const ch = chunks[lo];
    if (c.unclosed === undefined && ch?.kind === 'statement' && ch.allowClientCommand !== undefined) {
      res.allowedCommands.push({ line: c.line, ...(ch.revision ? { revision: ch.revision } : {}), command: c.command, reason: ch.allowClientCommand });
      continue;
    }
    const origin = ch
      ? [
          ...(ch.revision ? [`revision ${ch.revision}${ch.source ? ` (${ch.source})` : ''}`] : []),
          ...(ch.op ? [`op ${ch.op}`] : []),
          ...(ch.template ? [`template ${ch.template}`] : []),
        ]
      : [];
    res.diagnostics.push({
      code: 'VF010',
      severity: 'error',
      message: `${describeScriptCommand(c, dialect)}${origin.length ? ` [${origin.join(', ')}]` : ''}`,
      hint: 'the client would run it itself, outside what the review shows; no op of the revisions allows it (allow_client_command)',
    });
  }
}
