import type { Dialect } from '../core/dialect.js';
import { dialectObject } from '../dialects/registry.js';
import { clientOf, CLIENT_NAMES, conditionProblems, textLineCol } from './client.js';
import { sqlParser } from './sql-parser.js';

/**
 * A check condition is written into `CHECK (<condition>)` as it is. It must be exactly one
 * SQL boolean expression, for every dialect it reaches. Two walls:
 *
 * 1. The lexer (client.ts conditionProblems), as each dialect's client reads the text: quotes
 *    and comments closed, no comment, no `;`, parentheses balanced and never closing more than
 *    the condition opened, no comma outside them, no client command. This alone keeps the text
 *    inside the parentheses the template puts around it.
 * 2. node-sql-parser, with the dialect's grammars, reads `SELECT 1 WHERE (<condition>)`: the
 *    result must be one SELECT of one column whose WHERE is the parenthesized condition and
 *    nothing else (no FROM, GROUP BY, HAVING, ORDER BY, LIMIT). A condition that parses to
 *    anything else is refused. The parser does not know every expression the engines accept
 *    (PostgreSQL's `~` and `::`, MariaDB's grammar has no `<>` or `IN`): a condition no grammar
 *    of the dialect can read is accepted on the lexer's proof alone.
 */
export interface ConditionRefusal {
  dialect: Dialect;
  /** Offset in the condition, and line/col there. */
  offset: number;
  line: number;
  col: number;
  message: string;
  /** Whose reading found it (a client, or a dialect's grammar). */
  reading?: string;
}

/** Why the parse of the wrapped condition is not exactly the condition, or undefined when it is. */
export function wrapperEscaped(ast: unknown): string | undefined {
  const list = Array.isArray(ast) ? ast : [ast];
  if (list.length !== 1) return `${list.length} statements`;
  const s = list[0] as Record<string, unknown> | null;
  if (s?.type !== 'select') return 'not one expression';
  if (!Array.isArray(s.columns) || s.columns.length !== 1) return 'more than one column';
  for (const k of ['from', 'groupby', 'having', 'orderby', 'with', 'into', 'window', 'for_update', '_next', 'union', 'set_op']) {
    const v = s[k];
    if (v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0) && !(k === 'into' && (v as { position?: unknown }).position === null))
      return `more than an expression (${k})`;
  }
  const limit = s.limit as { value?: unknown[] } | null | undefined;
  if (limit && Array.isArray(limit.value) && limit.value.length) return 'more than an expression (limit)';
  const where = s.where as { parentheses?: unknown } | null | undefined;
  if (!where || typeof where !== 'object') return 'no expression';
  if (where.parentheses !== true) return 'more than one expression';
  return undefined;
}

/** Conditions already judged, by dialects and text (a history repeats them: a downgrade re-creates what its upgrade dropped). */
const JUDGED = new Map<string, ConditionRefusal[]>();
const JUDGED_MAX = 4096;

/** The problems of a condition for each dialect it reaches (empty: it is one boolean expression everywhere). */
export function checkCondition(condition: string, dialects: readonly Dialect[]): ConditionRefusal[] {
  const key = `${dialects.join(',')}\u0000${condition}`;
  const known = JUDGED.get(key);
  if (known) return known;
  const out = judge(condition, dialects);
  if (JUDGED.size >= JUDGED_MAX) JUDGED.clear();
  JUDGED.set(key, out);
  return out;
}

function judge(condition: string, dialects: readonly Dialect[]): ConditionRefusal[] {
  const out: ConditionRefusal[] = [];
  /** Each grammar's reading, once: MySQL's serves both MySQL dialects. */
  const parsed = new Map<string, { ast: unknown } | undefined>();
  const seenClient = new Set<string>();
  for (const d of dialects) {
    const client = clientOf(d);
    if (!seenClient.has(client)) {
      seenClient.add(client);
      const problems = conditionProblems(condition, client);
      if (problems.length) {
        const p = problems[0]!;
        out.push({ dialect: d, offset: p.offset, ...textLineCol(condition, p.offset), message: p.message, reading: `as ${CLIENT_NAMES[client]} reads it` });
        continue;
      }
    } else if (out.some((o) => clientOf(o.dialect) === client)) continue;
    for (const g of dialectObject(d).grammars) {
      if (!parsed.has(g)) {
        try {
          parsed.set(g, { ast: sqlParser().astify(`SELECT 1 WHERE (${condition})`, { database: g }) });
        } catch {
          parsed.set(g, undefined);
        }
      }
      const reading = parsed.get(g);
      if (!reading) continue; // this grammar cannot read it; the lexer's proof stands (see above)
      const why = wrapperEscaped(reading.ast);
      if (why) out.push({ dialect: d, offset: 0, line: 1, col: 1, message: `something that parses as ${why}`, reading: `the ${d} grammar of the SQL parser` });
      break;
    }
  }
  return out;
}
