/**
 * A small SQL expression reader used by the catalog harness to put CHECK conditions
 * and column defaults into one canonical text, whichever way an engine prints them.
 *
 * Engines never give back the text they were given:
 *  - PostgreSQL adds parentheses everywhere, casts (`(name)::text`, `'a'::character varying`,
 *    `'-1'::integer`), turns `x IN (...)` into `x = ANY (ARRAY[...])`, `BETWEEN` into
 *    `>= AND <=`, `LIKE` into `~~`, and a one-element IN into `=`.
 *  - MariaDB backquotes identifiers, lower-cases keywords, pushes NOT inward
 *    (`NOT (a = 1)` → `a <> 1`, De Morgan), prints `%` as `MOD`, `lower` as `lcase`,
 *    `length` as `octet_length`, `TRUE` as `1`, keeps charset introducers (`_utf8mb4'x'`)
 *    and escapes quotes in strings with a backslash.
 *  - SQLite keeps the text exactly as written.
 * So both sides (the model's condition and the engine's) are parsed into a tiny AST,
 * rewritten into one normal form, and printed with minimal parentheses.
 */

export type SqlFamily = 'postgresql' | 'mysql' | 'sqlite';

type TokKind = 'ident' | 'qident' | 'string' | 'number' | 'op' | 'punct';
export interface Token {
  kind: TokKind;
  /** Identifier as written (ident), unquoted name (qident), decoded value (string), text otherwise. */
  value: string;
  start: number;
  end: number;
}

const OPS = [
  '!~~*',
  '~~*',
  '!~~',
  '<=>',
  '::',
  '<=',
  '>=',
  '<>',
  '!=',
  '==',
  '||',
  '&&',
  '~~',
  '!~',
  '~*',
  '=',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '~',
  '!',
  '|',
  '&',
  '^',
];

/** Splits SQL text into tokens; comments and whitespace are dropped. Throws on an unterminated quote. */
export function tokenize(sql: string, fam: SqlFamily): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = sql.length;
  const readQuoted = (q: string, backslash: boolean): [string, number] => {
    let j = i + 1;
    let v = '';
    for (;;) {
      if (j >= n) throw new Error(`unterminated ${q} quote in: ${sql}`);
      const ch = sql[j]!;
      if (backslash && ch === '\\' && j + 1 < n) {
        const e = sql[j + 1]!;
        v += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === '0' ? '\0' : e === 'Z' ? '\x1a' : e;
        j += 2;
        continue;
      }
      if (ch === q) {
        if (sql[j + 1] === q) {
          v += q;
          j += 2;
          continue;
        }
        return [v, j + 1];
      }
      v += ch;
      j++;
    }
  };
  while (i < n) {
    const ch = sql[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '-' && sql[i + 1] === '-') {
      while (i < n && sql[i] !== '\n') i++;
      continue;
    }
    if (ch === '/' && sql[i + 1] === '*') {
      const e = sql.indexOf('*/', i + 2);
      i = e < 0 ? n : e + 2;
      continue;
    }
    const start = i;
    if (ch === "'") {
      const [v, e] = readQuoted("'", fam === 'mysql');
      out.push({ kind: 'string', value: v, start, end: e });
      i = e;
      continue;
    }
    if (ch === '"') {
      const [v, e] = readQuoted('"', fam === 'mysql');
      out.push({ kind: fam === 'mysql' ? 'string' : 'qident', value: v, start, end: e });
      i = e;
      continue;
    }
    if (ch === '`') {
      const [v, e] = readQuoted('`', false);
      out.push({ kind: 'qident', value: v, start, end: e });
      i = e;
      continue;
    }
    if (ch === '[' && fam === 'sqlite') {
      const e = sql.indexOf(']', i + 1);
      if (e < 0) throw new Error(`unterminated [ quote in: ${sql}`);
      out.push({ kind: 'qident', value: sql.slice(i + 1, e), start, end: e + 1 });
      i = e + 1;
      continue;
    }
    if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(sql[i + 1] ?? ''))) {
      const m = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(sql.slice(i))!;
      out.push({ kind: 'number', value: m[0], start, end: i + m[0].length });
      i += m[0].length;
      continue;
    }
    if (/[A-Za-z_\u0080-\uffff]/.test(ch)) {
      const m = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/.exec(sql.slice(i))!;
      const word = m[0];
      i += word.length;
      // String prefixes: charset introducers (_utf8mb4'x', N'x') and PostgreSQL E'x'.
      if (sql[i] === "'" && (/^_[A-Za-z0-9]+$/.test(word) || /^[nN]$/.test(word) || (/^[eE]$/.test(word) && fam === 'postgresql'))) {
        const [v, e] = readQuoted("'", fam === 'mysql' || /^[eE]$/.test(word));
        out.push({ kind: 'string', value: v, start, end: e });
        i = e;
        continue;
      }
      out.push({ kind: 'ident', value: word, start, end: i });
      continue;
    }
    const op = OPS.find((o) => sql.startsWith(o, i));
    if (op) {
      out.push({ kind: 'op', value: op, start, end: i + op.length });
      i += op.length;
      continue;
    }
    if ('(),[].;'.includes(ch)) {
      out.push({ kind: 'punct', value: ch, start, end: i + 1 });
      i++;
      continue;
    }
    throw new Error(`unexpected character ${JSON.stringify(ch)} in: ${sql}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// AST

export type Node =
  | { t: 'num'; v: string }
  | { t: 'str'; v: string }
  | { t: 'null' }
  | { t: 'bool'; v: boolean }
  | { t: 'kw'; v: string }
  | { t: 'id'; parts: string[] }
  | { t: 'star' }
  | { t: 'call'; name: string; args: Node[] }
  | { t: 'list'; items: Node[] }
  | { t: 'neg'; e: Node }
  | { t: 'not'; e: Node }
  | { t: 'bin'; op: string; l: Node; r: Node }
  | { t: 'nary'; op: 'AND' | 'OR'; args: Node[] }
  | { t: 'in'; e: Node; items: Node[]; not: boolean }
  | { t: 'is'; e: Node; what: Node; not: boolean }
  | { t: 'case'; subject: Node | null; whens: [Node, Node][]; else: Node | null };

const NO_ARG_KEYWORDS = ['CURRENT_TIMESTAMP', 'CURRENT_DATE', 'CURRENT_TIME', 'LOCALTIMESTAMP', 'LOCALTIME', 'CURRENT_USER', 'SESSION_USER'];
const TYPE_CONTINUATION = ['VARYING', 'PRECISION', 'WITHOUT', 'WITH', 'TIME', 'ZONE', 'UNSIGNED', 'SIGNED'];
const NUMERIC_TYPES =
  /^(integer|int|int2|int4|int8|smallint|bigint|numeric|decimal|real|float|float4|float8|double precision|double|signed|unsigned|signed integer|unsigned integer)$/i;
const COMPARISONS = ['=', '==', '<>', '!=', '<', '>', '<=', '>=', '<=>'];
const RESERVED_STOP = [
  'AND',
  'OR',
  'NOT',
  'IS',
  'IN',
  'LIKE',
  'ILIKE',
  'BETWEEN',
  'THEN',
  'WHEN',
  'ELSE',
  'END',
  'AS',
  'ESCAPE',
  'COLLATE',
  'FROM',
  'MOD',
  'DIV',
  'REGEXP',
  'RLIKE',
  'SIMILAR',
  'GLOB',
  'MATCH',
  'ISNULL',
  'NOTNULL',
];

class Parser {
  private i = 0;
  constructor(
    private readonly toks: Token[],
    private readonly fam: SqlFamily,
    private readonly src: string,
  ) {}

  private peek(k = 0): Token | undefined {
    return this.toks[this.i + k];
  }
  private isWord(tok: Token | undefined, ...words: string[]): boolean {
    return !!tok && tok.kind === 'ident' && words.includes(tok.value.toUpperCase());
  }
  private isOp(tok: Token | undefined, ...ops: string[]): boolean {
    return !!tok && (tok.kind === 'op' || tok.kind === 'punct') && ops.includes(tok.value);
  }
  private fail(msg: string): never {
    const tok = this.peek();
    throw new Error(`${msg} at ${tok ? JSON.stringify(tok.value) : 'end'} in: ${this.src}`);
  }
  private expectOp(op: string): void {
    if (!this.isOp(this.peek(), op)) this.fail(`expected '${op}'`);
    this.i++;
  }
  private expectWord(w: string): void {
    if (!this.isWord(this.peek(), w)) this.fail(`expected ${w}`);
    this.i++;
  }

  parseAll(): Node {
    const e = this.parseOr();
    while (this.isOp(this.peek(), ';')) this.i++;
    if (this.i < this.toks.length) this.fail('unexpected token');
    return e;
  }

  private parseOr(): Node {
    let l = this.parseAnd();
    while (this.isWord(this.peek(), 'OR') || (this.fam === 'mysql' && this.isOp(this.peek(), '||'))) {
      this.i++;
      l = { t: 'nary', op: 'OR', args: [l, this.parseAnd()] };
    }
    return l;
  }
  private parseAnd(): Node {
    let l = this.parseNot();
    while (this.isWord(this.peek(), 'AND') || this.isOp(this.peek(), '&&')) {
      this.i++;
      l = { t: 'nary', op: 'AND', args: [l, this.parseNot()] };
    }
    return l;
  }
  private parseNot(): Node {
    if (this.isWord(this.peek(), 'NOT') || (this.fam === 'mysql' && this.isOp(this.peek(), '!'))) {
      this.i++;
      return { t: 'not', e: this.parseNot() };
    }
    return this.parseComparison();
  }
  private parseComparison(): Node {
    let l = this.parseConcat();
    for (;;) {
      const tok = this.peek();
      if (tok && tok.kind === 'op' && COMPARISONS.includes(tok.value)) {
        this.i++;
        const q = this.peek();
        if (this.isWord(q, 'ANY', 'SOME', 'ALL') && this.isOp(this.peek(1), '(')) {
          this.i += 2;
          const inner = this.parseOr();
          this.expectOp(')');
          const items = inner.t === 'list' ? inner.items : [inner];
          const all = q!.value.toUpperCase() === 'ALL';
          l = { t: 'bin', op: `${tok.value} ${all ? 'ALL' : 'ANY'}`, l, r: { t: 'list', items } };
          continue;
        }
        l = { t: 'bin', op: tok.value, l, r: this.parseConcat() };
        continue;
      }
      if (this.isWord(tok, 'IS')) {
        this.i++;
        let not = false;
        if (this.isWord(this.peek(), 'NOT')) {
          not = true;
          this.i++;
        }
        if (this.isWord(this.peek(), 'DISTINCT')) {
          this.i++;
          this.expectWord('FROM');
          l = { t: 'bin', op: not ? 'IS NOT DISTINCT FROM' : 'IS DISTINCT FROM', l, r: this.parseConcat() };
          continue;
        }
        l = { t: 'is', e: l, what: this.parsePrimary(), not };
        continue;
      }
      if (this.isWord(tok, 'ISNULL', 'NOTNULL')) {
        this.i++;
        l = { t: 'is', e: l, what: { t: 'null' }, not: tok!.value.toUpperCase() === 'NOTNULL' };
        continue;
      }
      let not = false;
      let k = 0;
      if (this.isWord(tok, 'NOT')) {
        not = true;
        k = 1;
      }
      const w = this.peek(k);
      if (this.isWord(w, 'IN')) {
        this.i += k + 1;
        this.expectOp('(');
        const items: Node[] = [];
        if (!this.isOp(this.peek(), ')')) {
          for (;;) {
            items.push(this.parseOr());
            if (this.isOp(this.peek(), ',')) {
              this.i++;
              continue;
            }
            break;
          }
        }
        this.expectOp(')');
        l = { t: 'in', e: l, items, not };
        continue;
      }
      if (this.isWord(w, 'LIKE', 'ILIKE', 'GLOB', 'REGEXP', 'RLIKE')) {
        this.i += k + 1;
        let op = w!.value.toUpperCase();
        if (op === 'RLIKE') op = 'REGEXP';
        l = { t: 'bin', op: not ? `NOT ${op}` : op, l, r: this.parseConcat() };
        if (this.isWord(this.peek(), 'ESCAPE')) {
          this.i++;
          const esc = this.parseConcat();
          l = { t: 'call', name: 'escape', args: [l, esc] };
        }
        continue;
      }
      if (this.isWord(w, 'BETWEEN')) {
        this.i += k + 1;
        const lo = this.parseConcat();
        this.expectWord('AND');
        const hi = this.parseConcat();
        const between: Node = {
          t: 'nary',
          op: 'AND',
          args: [
            { t: 'bin', op: '>=', l, r: lo },
            { t: 'bin', op: '<=', l, r: hi },
          ],
        };
        l = not ? { t: 'not', e: between } : between;
        continue;
      }
      if (tok && tok.kind === 'op' && ['~~', '!~~', '~~*', '!~~*', '~', '!~', '~*'].includes(tok.value)) {
        this.i++;
        const map: Record<string, string> = { '~~': 'LIKE', '!~~': 'NOT LIKE', '~~*': 'ILIKE', '!~~*': 'NOT ILIKE', '~': '~', '!~': '!~', '~*': '~*' };
        l = { t: 'bin', op: map[tok.value]!, l, r: this.parseConcat() };
        continue;
      }
      return l;
    }
  }
  private parseConcat(): Node {
    let l = this.parseAdd();
    while (this.fam !== 'mysql' && this.isOp(this.peek(), '||')) {
      this.i++;
      l = { t: 'bin', op: '||', l, r: this.parseAdd() };
    }
    return l;
  }
  private parseAdd(): Node {
    let l = this.parseMul();
    while (this.isOp(this.peek(), '+', '-')) {
      const op = this.toks[this.i++]!.value;
      l = { t: 'bin', op, l, r: this.parseMul() };
    }
    return l;
  }
  private parseMul(): Node {
    let l = this.parseUnary();
    for (;;) {
      const tok = this.peek();
      if (this.isOp(tok, '*', '/', '%')) {
        this.i++;
        l = { t: 'bin', op: tok!.value, l, r: this.parseUnary() };
        continue;
      }
      if (this.isWord(tok, 'MOD')) {
        this.i++;
        l = { t: 'bin', op: '%', l, r: this.parseUnary() };
        continue;
      }
      if (this.isWord(tok, 'DIV')) {
        this.i++;
        l = { t: 'bin', op: 'DIV', l, r: this.parseUnary() };
        continue;
      }
      return l;
    }
  }
  private parseUnary(): Node {
    if (this.isOp(this.peek(), '-')) {
      this.i++;
      const e = this.parseUnary();
      if (e.t === 'num') return { t: 'num', v: e.v.startsWith('-') ? e.v.slice(1) : `-${e.v}` };
      return { t: 'neg', e };
    }
    if (this.isOp(this.peek(), '+')) {
      this.i++;
      return this.parseUnary();
    }
    return this.parsePostfix();
  }
  private parsePostfix(): Node {
    let e = this.parsePrimary();
    for (;;) {
      if (this.isOp(this.peek(), '::')) {
        this.i++;
        e = castTo(e, this.parseTypeName());
        continue;
      }
      if (this.isWord(this.peek(), 'COLLATE')) {
        this.i += 2;
        continue;
      }
      if (this.isOp(this.peek(), '[') && this.fam === 'postgresql') {
        // Array subscript: keep it as a call so it prints recognisably.
        this.i++;
        const idx = this.parseOr();
        this.expectOp(']');
        e = { t: 'call', name: 'subscript', args: [e, idx] };
        continue;
      }
      return e;
    }
  }
  /** A type name after `::` or `AS`: words, an optional (n[, m]) and any number of []. */
  private parseTypeName(): string {
    const words: string[] = [];
    const first = this.peek();
    if (!first || (first.kind !== 'ident' && first.kind !== 'qident')) this.fail('expected a type name');
    words.push(first.value);
    this.i++;
    while (this.isWord(this.peek(), ...TYPE_CONTINUATION)) words.push(this.toks[this.i++]!.value);
    if (this.isOp(this.peek(), '(')) {
      let depth = 0;
      do {
        if (this.isOp(this.peek(), '(')) depth++;
        else if (this.isOp(this.peek(), ')')) depth--;
        this.i++;
      } while (depth > 0 && this.i < this.toks.length);
    }
    while (this.isOp(this.peek(), '[') && this.isOp(this.peek(1), ']')) this.i += 2;
    return words.join(' ');
  }
  private parsePrimary(): Node {
    const tok = this.peek();
    if (!tok) this.fail('unexpected end');
    if (tok.kind === 'number') {
      this.i++;
      return { t: 'num', v: tok.value };
    }
    if (tok.kind === 'string') {
      this.i++;
      return { t: 'str', v: tok.value };
    }
    if (this.isOp(tok, '*')) {
      this.i++;
      return { t: 'star' };
    }
    if (this.isOp(tok, '(')) {
      this.i++;
      if (this.isWord(this.peek(), 'SELECT', 'WITH', 'VALUES')) this.fail('subqueries are not supported');
      const first = this.parseOr();
      if (this.isOp(this.peek(), ',')) {
        const items = [first];
        while (this.isOp(this.peek(), ',')) {
          this.i++;
          items.push(this.parseOr());
        }
        this.expectOp(')');
        return { t: 'list', items };
      }
      this.expectOp(')');
      return first;
    }
    if (tok.kind === 'ident' || tok.kind === 'qident') {
      const upper = tok.value.toUpperCase();
      if (tok.kind === 'ident') {
        if (upper === 'NULL') {
          this.i++;
          return { t: 'null' };
        }
        if (upper === 'TRUE' || upper === 'FALSE') {
          this.i++;
          return { t: 'bool', v: upper === 'TRUE' };
        }
        if (upper === 'ARRAY' && this.isOp(this.peek(1), '[')) {
          this.i += 2;
          const items: Node[] = [];
          if (!this.isOp(this.peek(), ']')) {
            for (;;) {
              items.push(this.parseOr());
              if (this.isOp(this.peek(), ',')) {
                this.i++;
                continue;
              }
              break;
            }
          }
          this.expectOp(']');
          return { t: 'list', items };
        }
        if (upper === 'CAST' && this.isOp(this.peek(1), '(')) {
          this.i += 2;
          const e = this.parseOr();
          this.expectWord('AS');
          const type = this.parseTypeName();
          this.expectOp(')');
          return castTo(e, type);
        }
        if (upper === 'CASE') return this.parseCase();
        if (NO_ARG_KEYWORDS.includes(upper) && !this.isOp(this.peek(1), '(')) {
          this.i++;
          return { t: 'kw', v: upper };
        }
        if (RESERVED_STOP.includes(upper)) this.fail('unexpected keyword');
      }
      this.i++;
      if (this.isOp(this.peek(), '(')) {
        this.i++;
        const args: Node[] = [];
        if (this.isWord(this.peek(), 'DISTINCT')) this.i++;
        if (!this.isOp(this.peek(), ')')) {
          for (;;) {
            args.push(this.parseOr());
            if (this.isOp(this.peek(), ',')) {
              this.i++;
              continue;
            }
            break;
          }
        }
        this.expectOp(')');
        return { t: 'call', name: tok.value.toLowerCase(), args };
      }
      const parts = [identName(tok, this.fam)];
      while (this.isOp(this.peek(), '.') && this.peek(1) && (this.peek(1)!.kind === 'ident' || this.peek(1)!.kind === 'qident')) {
        parts.push(identName(this.peek(1)!, this.fam));
        this.i += 2;
      }
      return { t: 'id', parts };
    }
    this.fail('unexpected token');
  }
  private parseCase(): Node {
    this.i++;
    const subject = this.isWord(this.peek(), 'WHEN') ? null : this.parseOr();
    const whens: [Node, Node][] = [];
    while (this.isWord(this.peek(), 'WHEN')) {
      this.i++;
      const w = this.parseOr();
      this.expectWord('THEN');
      whens.push([w, this.parseOr()]);
    }
    let els: Node | null = null;
    if (this.isWord(this.peek(), 'ELSE')) {
      this.i++;
      els = this.parseOr();
    }
    this.expectWord('END');
    return { t: 'case', subject, whens, else: els };
  }
}

/** Identifiers compare case-insensitively on MySQL and SQLite; PostgreSQL folds unquoted ones to lower case. */
function identName(tok: Token, fam: SqlFamily): string {
  if (tok.kind === 'qident' && fam === 'postgresql') return tok.value;
  return tok.value.toLowerCase();
}

/** A cast is dropped; a quoted number cast to a numeric type (PostgreSQL prints `'-1'::integer`) becomes a number. */
function castTo(e: Node, type: string): Node {
  if (e.t === 'str' && NUMERIC_TYPES.test(type) && /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(e.v.trim())) {
    return { t: 'num', v: e.v.trim().replace(/^\+/, '') };
  }
  return e;
}

// ---------------------------------------------------------------------------------------------
// Normal form

const NEGATE: Record<string, string> = {
  '=': '<>',
  '<>': '=',
  '<': '>=',
  '>=': '<',
  '>': '<=',
  '<=': '>',
  LIKE: 'NOT LIKE',
  'NOT LIKE': 'LIKE',
  ILIKE: 'NOT ILIKE',
  'NOT ILIKE': 'ILIKE',
  GLOB: 'NOT GLOB',
  'NOT GLOB': 'GLOB',
  REGEXP: 'NOT REGEXP',
  'NOT REGEXP': 'REGEXP',
  'IS DISTINCT FROM': 'IS NOT DISTINCT FROM',
  'IS NOT DISTINCT FROM': 'IS DISTINCT FROM',
};

const FUNC_ALIASES: Record<string, string> = {
  lcase: 'lower',
  ucase: 'upper',
  character_length: 'char_length',
  substr: 'substring',
};
const MYSQL_FUNC_ALIASES: Record<string, string> = { octet_length: 'length' };
const CALL_KEYWORDS: Record<string, string> = {
  now: 'CURRENT_TIMESTAMP',
  current_timestamp: 'CURRENT_TIMESTAMP',
  localtimestamp: 'CURRENT_TIMESTAMP',
  curdate: 'CURRENT_DATE',
  current_date: 'CURRENT_DATE',
  curtime: 'CURRENT_TIME',
  current_time: 'CURRENT_TIME',
};

function negate(n: Node): Node {
  switch (n.t) {
    case 'not':
      return n.e;
    case 'nary':
      return { t: 'nary', op: n.op === 'AND' ? 'OR' : 'AND', args: n.args.map(negate) };
    case 'in':
      return { ...n, not: !n.not };
    case 'is':
      return { ...n, not: !n.not };
    case 'bool':
      return { t: 'bool', v: !n.v };
    case 'bin': {
      const op = NEGATE[n.op];
      return op ? { ...n, op } : { t: 'not', e: n };
    }
    default:
      return { t: 'not', e: n };
  }
}

function canon(n: Node, fam: SqlFamily): Node {
  switch (n.t) {
    case 'num':
      return { t: 'num', v: canonNumber(n.v) };
    case 'bool':
      return fam === 'mysql' ? { t: 'num', v: n.v ? '1' : '0' } : n;
    case 'kw':
      return { t: 'kw', v: n.v === 'LOCALTIMESTAMP' ? 'CURRENT_TIMESTAMP' : n.v };
    case 'call': {
      if (n.args.length === 0 && CALL_KEYWORDS[n.name]) return { t: 'kw', v: CALL_KEYWORDS[n.name]! };
      let name = FUNC_ALIASES[n.name] ?? n.name;
      if (fam === 'mysql') name = MYSQL_FUNC_ALIASES[name] ?? name;
      return { t: 'call', name, args: n.args.map((a) => canon(a, fam)) };
    }
    case 'list':
      return { t: 'list', items: n.items.map((a) => canon(a, fam)) };
    case 'neg': {
      const e = canon(n.e, fam);
      return e.t === 'num' ? { t: 'num', v: canonNumber(`-${e.v}`) } : { t: 'neg', e };
    }
    case 'not': {
      const e = canon(n.e, fam);
      const pushed = negate(e);
      return pushed.t === 'not' ? pushed : canon(pushed, fam);
    }
    case 'bin': {
      const l = canon(n.l, fam);
      const r = canon(n.r, fam);
      let op = n.op === '!=' ? '<>' : n.op === '==' ? '=' : n.op;
      if (op.endsWith(' ANY') || op.endsWith(' ALL')) {
        const base = op.slice(0, -4);
        const items = r.t === 'list' ? r.items : [r];
        if (base === '=' && op.endsWith('ANY')) return canon({ t: 'in', e: l, items, not: false }, fam);
        if ((base === '<>' || base === '!=') && op.endsWith('ALL')) return canon({ t: 'in', e: l, items, not: true }, fam);
        op = `${base === '!=' ? '<>' : base} ${op.slice(-3)}`;
      }
      return { t: 'bin', op, l, r };
    }
    case 'nary': {
      const args: Node[] = [];
      for (const a of n.args.map((x) => canon(x, fam))) {
        if (a.t === 'nary' && a.op === n.op) args.push(...a.args);
        else args.push(a);
      }
      return { t: 'nary', op: n.op, args };
    }
    case 'in': {
      const e = canon(n.e, fam);
      const items = n.items.map((a) => canon(a, fam));
      if (items.length === 1) return { t: 'bin', op: n.not ? '<>' : '=', l: e, r: items[0]! };
      return { t: 'in', e, items, not: n.not };
    }
    case 'is':
      return { t: 'is', e: canon(n.e, fam), what: canon(n.what, fam), not: n.not };
    case 'case':
      return {
        t: 'case',
        subject: n.subject ? canon(n.subject, fam) : null,
        whens: n.whens.map(([w, th]) => [canon(w, fam), canon(th, fam)] as [Node, Node]),
        else: n.else ? canon(n.else, fam) : null,
      };
    default:
      return n;
  }
}

/** `+1.50` → `1.5`, `007` → `7`, `-0` → `0`; exponent forms go through Number. Non-numbers come back unchanged. */
export function canonNumber(s: string): string {
  const t = s.trim();
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(t);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) {
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)[eE][+-]?\d+$/.test(t)) return String(Number(t));
    return s;
  }
  const int = m[2]!.replace(/^0+(?=\d)/, '') || '0';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return m[1] === '-' && body !== '0' ? `-${body}` : body;
}

// ---------------------------------------------------------------------------------------------
// Printing

function prec(n: Node): number {
  switch (n.t) {
    case 'nary':
      return n.op === 'OR' ? 1 : 2;
    case 'not':
      return 3;
    case 'bin':
      if (n.op === '||') return 5;
      if (n.op === '+' || n.op === '-') return 6;
      if (n.op === '*' || n.op === '/' || n.op === '%' || n.op === 'DIV') return 7;
      return 4;
    case 'in':
    case 'is':
      return 4;
    case 'neg':
      return 8;
    default:
      return 9;
  }
}

function quoteIdent(s: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(s) ? s : `"${s.replace(/"/g, '""')}"`;
}

export function printNode(n: Node): string {
  const wrap = (c: Node, min: number): string => (prec(c) < min ? `(${printNode(c)})` : printNode(c));
  switch (n.t) {
    case 'num':
      return n.v;
    case 'str':
      return `'${n.v.replace(/'/g, "''")}'`;
    case 'null':
      return 'NULL';
    case 'bool':
      return n.v ? 'TRUE' : 'FALSE';
    case 'kw':
      return n.v;
    case 'star':
      return '*';
    case 'id':
      return n.parts.map(quoteIdent).join('.');
    case 'call':
      return `${n.name}(${n.args.map(printNode).join(', ')})`;
    case 'list':
      return `(${n.items.map(printNode).join(', ')})`;
    case 'neg':
      return `-${wrap(n.e, 9)}`;
    case 'not':
      return `NOT ${wrap(n.e, 4)}`;
    case 'nary': {
      const p = prec(n);
      return n.args.map((a) => wrap(a, p + 1)).join(` ${n.op} `);
    }
    case 'bin': {
      const p = prec(n);
      // Comparisons do not chain: both sides must bind tighter.
      const lmin = p === 4 ? 5 : p;
      return `${wrap(n.l, lmin)} ${n.op} ${wrap(n.r, p + 1)}`;
    }
    case 'in':
      return `${wrap(n.e, 5)} ${n.not ? 'NOT IN' : 'IN'} (${n.items.map(printNode).join(', ')})`;
    case 'is':
      return `${wrap(n.e, 5)} IS ${n.not ? 'NOT ' : ''}${printNode(n.what)}`;
    case 'case': {
      const parts = ['CASE'];
      if (n.subject) parts.push(printNode(n.subject));
      for (const [w, th] of n.whens) parts.push('WHEN', printNode(w), 'THEN', printNode(th));
      if (n.else) parts.push('ELSE', printNode(n.else));
      parts.push('END');
      return parts.join(' ');
    }
  }
}

/** Parses and normalizes; throws when the text is not an expression this reader knows. */
export function parseExpr(sql: string, fam: SqlFamily): Node {
  return canon(new Parser(tokenize(sql, fam), fam, sql).parseAll(), fam);
}

/**
 * The canonical text of a boolean condition (a CHECK body). Text the reader cannot parse
 * comes back as its tokens joined by single spaces, prefixed with `?unparsed: `.
 */
export function normalizeCondition(sql: string, fam: SqlFamily): string {
  try {
    return printNode(parseExpr(sql, fam));
  } catch {
    try {
      return `?unparsed: ${tokenize(sql, fam)
        .map((t) => t.value)
        .join(' ')}`;
    } catch {
      return `?unparsed: ${sql.replace(/\s+/g, ' ').trim()}`;
    }
  }
}

/**
 * The canonical text of a column default: a string literal gives its raw value, a number its
 * canonical digits, TRUE/FALSE give `true`/`false`, NULL gives null, CURRENT_TIMESTAMP-like
 * keywords and their function spellings (`now()`, `current_timestamp()`, `curdate()`) give the
 * upper-case keyword, anything else the normalized expression text.
 */
export function normalizeDefaultExpr(sql: string, fam: SqlFamily): string | null {
  let n: Node;
  try {
    n = parseExpr(sql, fam);
  } catch {
    return sql.trim();
  }
  switch (n.t) {
    case 'null':
      return null;
    case 'str':
      return n.v;
    case 'num':
      return n.v;
    case 'bool':
      return n.v ? 'true' : 'false';
    case 'kw':
      return n.v;
    default:
      return printNode(n);
  }
}
