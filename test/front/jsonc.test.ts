import { describe, expect, it } from 'vitest';
import { dropComments, lineCol, parseJsonc, stripJsonc } from '../../src/front/jsonc.js';

/** The reference reading: blank comments and trailing commas, then JSON.parse. */
function reference(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  return JSON.parse(stripJsonc(body));
}

function value(text: string): unknown {
  const r = parseJsonc(text);
  if ('error' in r) throw new Error(`unexpected error: ${r.error.message} at ${r.error.offset}`);
  return r.value;
}

function error(text: string): { message: string; line: number; col: number } {
  const r = parseJsonc(text);
  if (!('error' in r)) throw new Error('expected a syntax error');
  return { message: r.error.message, ...lineCol(text, r.error.offset) };
}

describe('parseJsonc', () => {
  const docs: [string, string][] = [
    ['plain JSON', '{"a": 1, "b": [true, null, "x"]}'],
    ['a header of line comments', '// rev: one\n// two\n{"a": "b"}\n'],
    ['a header block comment', '/* header */\n{"a": [1, 2]}'],
    ['a BOM before the header', '\ufeff// c\n{"a": 1}'],
    ['a comment inside the body', '// h\n{"a": 1, // why\n "b": 2}'],
    ['a block comment after a comma', '{"a": [1, /* a */ 2 /* b */]}'],
    ['a trailing comma after a header', '// h\n{"a": [1, 2,], "b": 3,}'],
    ['a slash inside a string of the body', '// h\n{"sql": "SELECT a / b", "url": "http://x/y"}'],
    ['comment-like text inside a string', '{"s": "not // a comment", "t": "nor /* this */"}'],
    ['a header comment that holds slashes and quotes', '// a/b "c" /* d\n{"a": 1}'],
    ['escaped quotes before a comment', '{"s": "say \\"hi\\"" // c\n}'],
  ];
  // Whitespace JavaScript knows but JSON does not, before the document: an error on both paths,
  // whether or not a '/' comes later (which decides the path taken).
  const notJsonSpace = ['\u00a0', '\v', '\f', '\u2028', '\ufeff\ufeff', '\u3000'];
  for (const ws of notJsonSpace) {
    for (const [name, text] of [
      ['alone', `${ws}{"a": 1}`],
      ['after a header', `// h\n${ws}{"a": 1}`],
      ['with a slash later', `${ws}{"a": "x/y"}`],
    ]) {
      it(`rejects U+${ws
        .charCodeAt(ws.length - 1)
        .toString(16)
        .padStart(4, '0')} before the document (${name})`, () => {
        expect(() => reference(text)).toThrow();
        expect('error' in parseJsonc(text)).toBe(true);
      });
    }
  }
  for (const [name, text] of docs) {
    it(`reads ${name} as comment blanking does`, () => {
      expect(value(text)).toEqual(reference(text));
    });
  }

  // A block comment that holds a line break, after a quote that does not close on its line: the
  // exact reading rejects the line break inside the string; the comment must not hide it.
  for (const [name, text] of [
    ['a string broken by a multi-line block comment', '["a/*\n*/b"]'],
    ['an execute op whose SQL holds a multi-line SQL comment', '// h\n{"op": "execute", "sql": "SELECT 1 /* note\n */ FROM t"}'],
  ]) {
    it(`rejects ${name}, as comment blanking does`, () => {
      expect(() => reference(text)).toThrow();
      expect('error' in parseJsonc(text)).toBe(true);
    });
  }
  it('keeps comment markers inside a string, after a header', () => {
    expect(value('// h\n{"a": "x /* y */ z", "b": "//"} // c')).toEqual({ a: 'x /* y */ z', b: '//' });
  });

  it('reads a one-line file with thousands of slashes in strings and comments between them', () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => `"http://example.org/a/${i}" /* ${i} */`);
    const text = `// h\n[${rows.join(', ')}] // end`;
    const got = value(text) as string[];
    expect(got).toHaveLength(5_000);
    expect(got[4_999]).toBe('http://example.org/a/4999');
    expect(got).toEqual(reference(text));
  });

  it('agrees with comment blanking on thousands of random texts, valid and not (value, or an error)', () => {
    // Pieces that make the scanners' decisions hard: quotes that do not close, escapes before
    // line ends, comment markers inside and outside strings, unclosed block comments, trailing
    // commas, line separators that JavaScript knows and JSON does not.
    const pieces = [
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      ' ',
      '\n',
      '\r',
      '\u2028',
      '1',
      'true',
      '"k"',
      '"a/b"',
      '"//"',
      '"/*"',
      '"',
      '\\',
      '\\"',
      '/',
      '*',
      '//c\n',
      '/* c */',
      '/*',
      '*/',
      '"x\\\n',
      '"\\\\"',
      '{"a": ',
      '[1, ',
      '"s": "t"',
    ];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const shapes = [(s: string) => s, (s: string) => `// h\n{"a": ${s}}`, (s: string) => `{"a": [${s}]}`, (s: string) => `// h\n{"a": [1, ${s} 2]}`];
    let valid = 0;
    for (let i = 0; i < 6000; i++) {
      let s = '';
      for (let k = 1 + next(8); k > 0; k--) s += pieces[next(pieces.length)];
      const text = shapes[i % shapes.length]!(s);
      let want: { value: unknown } | 'error';
      try {
        want = { value: reference(text) };
        valid++;
      } catch {
        want = 'error';
      }
      const got = parseJsonc(text);
      if (want === 'error') expect('error' in got, JSON.stringify(text)).toBe(true);
      else expect(got, JSON.stringify(text)).toEqual(want);
    }
    // The texts must exercise both outcomes, or the comparison proves little.
    expect(valid).toBeGreaterThan(300);
  });

  it('removes comments as comment blanking does whenever the result parses (the fast path alone, no fallback)', () => {
    // Biased toward what the fast path decides: comments inside and around strings, comments
    // that hold line breaks, quotes that do not close on their line.
    const pieces = [
      '"',
      '"x /* y */ z"',
      '"a/*',
      '*/b"',
      '/* c\n */',
      '/* c */',
      '//c\n',
      '\n',
      ' ',
      ',',
      '[',
      ']',
      '{"k": ',
      '}',
      '1',
      '"s"',
      '\\',
      '\\"',
      '"//"',
      '/',
      '*',
    ];
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let fast = 0;
    for (let i = 0; i < 20_000; i++) {
      let s = '[';
      for (let k = 1 + next(7); k > 0; k--) s += pieces[next(pieces.length)];
      const text = `${s}]`;
      const dropped = dropComments(text, 0);
      if (dropped === undefined) continue;
      let got: unknown;
      try {
        got = JSON.parse(dropped);
      } catch {
        continue;
      }
      fast++;
      expect(() => reference(text), JSON.stringify(text)).not.toThrow();
      expect(got, JSON.stringify(text)).toEqual(reference(text));
    }
    expect(fast).toBeGreaterThan(1_000);
  });

  it('keeps the values exactly', () => {
    expect(value('// h\n{"a": [1, 2,], "b": {"c": "d / e"}}')).toEqual({ a: [1, 2], b: { c: 'd / e' } });
  });

  it('points a syntax error after a comment header at its line and column', () => {
    expect(error('// header\n// more\n{\n  "a": 1\n  "b": 2\n}\n')).toMatchObject({ line: 5, col: 3 });
  });

  it('reports an unterminated block comment in the header where it starts', () => {
    expect(error('/* never closed\n{"a": 1}')).toMatchObject({ message: expect.stringContaining('unterminated comment'), line: 1, col: 1 });
  });

  it('reports a value missing before a trailing bracket, not a comment problem', () => {
    expect(error('// h\n{"a": [1, , 2]}').line).toBe(2);
  });

  it('rejects text after the document whichever path reads it', () => {
    expect(error('// h\n{"a": 1} x').message).toMatch(/after the end of the document/);
    expect(error('{"a": 1} // c\nx').message).toMatch(/after the end of the document/);
  });
});

describe('readText', () => {
  it('reads a file larger than its buffer, and UTF-8 across the buffer boundary, as readFileSync does', async () => {
    const { mkdtempSync, writeFileSync, readFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { readText } = await import('../../src/front/load.js');
    const dir = mkdtempSync(join(tmpdir(), 'lbaas-read-'));
    try {
      for (const size of [0, 1, 65535, 65536, 65537, 300000]) {
        const f = join(dir, `f${size}.jsonc`);
        // 'é' is two bytes: some land across the 64 KiB boundary
        writeFileSync(f, 'é'.repeat(Math.floor(size / 2)) + (size % 2 ? 'x' : ''));
        expect(readText(f)).toBe(readFileSync(f, 'utf8'));
      }
      writeFileSync(join(dir, 'small.jsonc'), '{"a": "ü"}');
      expect(readText(join(dir, 'small.jsonc'))).toBe('{"a": "ü"}');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
