import { createRequire } from 'node:module';
import type { Dialect } from '../core/dialect.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Script } from '../emit/script.js';
import { GRAMMARS, PARSER_GAPS } from './gaps.js';

export interface VerifyResult {
  /** Statements the parser accepted. */
  verified: number;
  /** Statements in a known parser gap: not verified, with the reason. */
  notVerified: { line: number; revision?: string; gap: string; reason: string; sql: string }[];
  diagnostics: Diagnostic[];
}

interface SqlParser { astify(sql: string, opt: { database: string }): unknown }

let parser: SqlParser | undefined;
/** node-sql-parser is large: load it only when verifying (never on the compile path). */
function getParser(): SqlParser {
  if (!parser) {
    const req = createRequire(import.meta.url);
    const mod = req('node-sql-parser') as { Parser: new () => SqlParser };
    parser = new mod.Parser();
  }
  return parser;
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
  const p = getParser();
  const res: VerifyResult = { verified: 0, notVerified: [], diagnostics: [] };
  for (const ch of script.chunks) {
    if (ch.kind !== 'statement' && ch.kind !== 'directive') continue;
    const sql = statementText(script.text.slice(ch.start, ch.end));
    if (!sql) continue;
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
      continue;
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
        code: 'VF001', severity: 'error',
        message: `line ${ch.line}${origin.length ? ` (${origin.join(', ')})` : ''}: the ${dialect} parser rejects: ${sql.split('\n')[0]}`,
        hint: `parser said: ${error.split('\n')[0]!.slice(0, 200)}`,
      });
    }
  }
  return res;
}
