/**
 * JSONC reading checked against oracles that share no code with src/front/jsonc.ts: values
 * written by hand, values generated first and then written out as JSONC (the generated value
 * is the expected one), and jsonc-parser's own tree parser. The cases lean on backslashes:
 * an escaped quote or backslash that the string scanner fails to skip ends the string early
 * or late, and a comment marker is then read in the wrong place.
 */
import { parse as treeParse, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { parseJsonc } from '../../src/front/jsonc.js';

function value(text: string): unknown {
  const r = parseJsonc(text);
  if ('error' in r) throw new Error(`unexpected error: ${r.error.message} at ${r.error.offset} in ${JSON.stringify(text)}`);
  return r.value;
}

/** jsonc-parser's reading, or 'error' when it reports any problem. */
function tree(text: string): unknown {
  const errors: ParseError[] = [];
  const v = treeParse(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  return errors.length ? 'error' : v;
}

describe('JSONC strings with backslashes, fixed expectations', () => {
  const cases: [string, string, unknown][] = [
    ['an escaped quote before a line comment', '{"s": "a\\"b" // c\n}', { s: 'a"b' }],
    ['an escaped quote followed by comment-like text in the string', '{"s": "x\\" // y", "t": 1}', { s: 'x" // y', t: 1 }],
    [
      'an escaped quote then a block comment marker inside the string',
      '// h\n{"s": "\\"/* not a comment */\\"", "n": 2}',
      { s: '"/* not a comment */"', n: 2 },
    ],
    ['a string ending in an escaped backslash, then a comment', '{"p": "C:\\\\" /* dir */, "q": "z"}', { p: 'C:\\', q: 'z' }],
    ['an escaped backslash, then a quote that closes, then a line comment', '["\\\\", "//"] // end', ['\\', '//']],
    ['three backslashes then a quote (escaped)', '{"s": "\\\\\\"//", "t": [1,]}', { s: '\\"//', t: [1] }],
    ['an escaped slash', '{"u": "a\\/b" /* c */}', { u: 'a/b' }],
    ['a unicode escape next to comment markers', '{"s": "\\u002f\\u002a", "t": "/*"} // c', { s: '/*', t: '/*' }],
    [
      'SQL with quotes in an execute op, comment after it',
      '// h\n{"op": "execute", "sql": "UPDATE t SET s = \'a\\\\\' WHERE x = \\"y\\"" // note\n}',
      { op: 'execute', sql: 'UPDATE t SET s = \'a\\\' WHERE x = "y"' },
    ],
    ['a trailing comma after an escaped quote', '{"a": ["\\"",],}', { a: ['"'] }],
  ];
  for (const [name, text, expected] of cases) {
    it(`reads ${name}`, () => {
      expect(value(text)).toEqual(expected);
      expect(tree(text)).toEqual(expected);
    });
  }

  it('rejects a string whose closing quote is escaped (the comment after it is then inside the string)', () => {
    for (const text of ['{"s": "a\\" // c\n}', '["x\\"] /* c */', '// h\n{"s": "\\\\\\" /* c */}']) {
      expect('error' in parseJsonc(text), JSON.stringify(text)).toBe(true);
      expect(tree(text), JSON.stringify(text)).toBe('error');
    }
  });
});

describe('JSONC written from generated values', () => {
  // Characters that make string scanning hard, weighted toward backslashes and quotes.
  const ALPHABET = ['\\', '\\', '"', '"', '/', '*', '/', ' ', 'a', 'b', '\n', '\t', ',', ']', '}', "'", 'é', '\u2028'];
  let seed = 20261205;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const str = () => Array.from({ length: next(9) }, () => ALPHABET[next(ALPHABET.length)]).join('');
  function gen(depth: number): unknown {
    const k = next(depth > 2 ? 3 : 6);
    if (k === 0) return str();
    if (k === 1) return next(1000) - 500;
    if (k === 2) return [null, true, false][next(3)];
    if (k === 3) return Array.from({ length: next(4) }, () => gen(depth + 1));
    const o: Record<string, unknown> = {};
    for (let i = next(4); i > 0; i--) o[str()] = gen(depth + 1);
    return o;
  }
  const COMMENTS = ['// c "q" \\\n', '/* c \\" */', '/* // */', '//\n', '/*"*/'];
  /** Writes `v` as JSONC: JSON.stringify's escapes, with comments and trailing commas between tokens. */
  function write(v: unknown): string {
    const gap = () => (next(3) === 0 ? ` ${COMMENTS[next(COMMENTS.length)]} ` : ' ');
    if (Array.isArray(v)) return `[${gap()}${v.map((x) => write(x) + gap()).join(',')}${v.length && next(2) ? ',' : ''}]`;
    if (v !== null && typeof v === 'object') {
      const parts = Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}${gap()}:${gap()}${write(x)}${gap()}`);
      return `{${gap()}${parts.join(',')}${parts.length && next(2) ? ',' : ''}}`;
    }
    return JSON.stringify(v);
  }

  it('reads back exactly the generated value, as jsonc-parser does (3,000 documents)', () => {
    for (let i = 0; i < 3000; i++) {
      const v = { revision: str(), body: gen(0) };
      const text = (i % 2 ? '// header\n' : '') + write(v);
      expect(value(text), JSON.stringify(text)).toEqual(v);
      expect(tree(text), JSON.stringify(text)).toEqual(v);
    }
  });
});
