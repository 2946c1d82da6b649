/**
 * Input that JSON.parse, the directory walk or the graph used to accept without a word, now
 * refused at load with a coded error at its place:
 *  - a key written twice in one object (JSON keeps the last: an "upgrade" list, an op's field
 *    silently gone), on every path of parseJsonc (no comments, a header, comments below, a
 *    trailing comma), at any depth, with both places; checked against an independent reader;
 *  - nesting deeper than MAX_DEPTH (the position finder used to overflow the stack);
 *  - a NUL or a lone surrogate in any string;
 *  - integers beyond 2^53 (they lose digits when read);
 * and on the two load paths (the whole load and the streamed HistoryIndex, which hands such a
 * file back to the whole load) the same diagnostic. The CLI cases (built program) show the
 * user's view: exit 1, one coded line, nothing on stdout, no stack trace.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineCol, parseJsonc } from '../../src/front/jsonc.js';
import { MAX_DEPTH } from '../../src/front/document.js';
import { loadHistoryFiles } from '../../src/front/load.js';
import { HistoryIndex, NotStreamable } from '../../src/front/stream.js';
import { assertBuilt, cli, removeDir, tempDir } from '../cli/run.js';

function problem(text: string): { code: string | undefined; message: string; line: number; col: number; first?: { line: number; col: number } } {
  const r = parseJsonc(text);
  if (!('error' in r)) throw new Error('expected an error');
  return {
    code: r.error.code,
    message: r.error.message,
    ...lineCol(text, r.error.offset),
    ...(r.error.first ? { first: lineCol(text, r.error.first.offset) } : {}),
  };
}

const ok = (text: string) => {
  const r = parseJsonc(text);
  if ('error' in r) throw new Error(`unexpected error: ${r.error.message}`);
  return r.value;
};

/**
 * An independent reader that keeps every key: a small recursive-descent JSON parser returning
 * the first key written twice in one object (by its decoded name), or undefined. Comments are not
 * part of its language: the texts given to it have none.
 */
function firstDuplicate(text: string): string | undefined {
  let i = 0;
  let dup: string | undefined;
  const ws = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const str = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const val = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const seen = new Set<string>();
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        const k = str();
        if (seen.has(k) && dup === undefined) dup = k;
        seen.add(k);
        ws();
        i++; // :
        val();
        ws();
        if (text[i++] === '}') return;
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        val();
        ws();
        if (text[i++] === ']') return;
      }
    } else if (c === '"') str();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  val();
  return dup;
}

describe('a key written twice', () => {
  /** The text, where the second "a" is, where the first is. */
  const shapes: [string, string, [number, number], [number, number]][] = [
    ['plain JSON', '{"a": 1,\n "b": 2,\n "a": 3}', [3, 2], [1, 2]],
    ['after a comment header', '// h\n{"a": 1,\n "b": 2,\n "a": 3}', [4, 2], [2, 2]],
    ['with a comment below', '{"a": 1, // note\n "b": 2, /* x\n y */ "a": 3}', [3, 7], [1, 2]],
    ['with a trailing comma (the exact path)', '{"a": 1,\n "b": 2,\n "a": 3,}', [3, 2], [1, 2]],
    ['with a byte order mark', '\ufeff{"a": 1,\n "b": 2,\n "a": 3}', [3, 2], [1, 3]],
  ];
  for (const [name, text, second, first] of shapes) {
    it(`is refused ${name}, naming both places`, () => {
      const p = problem(text);
      expect(p.code).toBe('LD020');
      expect(p.message).toContain('key "a" is written twice in one object');
      expect([p.line, p.col]).toEqual(second);
      expect(p.first).toEqual({ line: first[0], col: first[1] });
    });
  }

  it('is refused deep inside ops, and when the two spellings differ only by escapes', () => {
    const deep = '{"upgrade": [{"op": "add_column", "column": {"name": "x", "type": "integer",\n "type": "text"}}]}';
    expect(problem(deep)).toMatchObject({ code: 'LD020', line: 2, col: 2, first: { line: 1, col: 59 } });
    expect(problem('{"op": 1, "\\u006fp": 2}')).toMatchObject({ code: 'LD020', message: expect.stringContaining('key "op"') });
  });

  it('is refused whatever colons the strings hold, escaped or not', () => {
    expect(problem('{"a:b": "c:d", "a:b": "e"}').code).toBe('LD020');
    // An escaped colon in a value adds a colon the text does not show: the count alone would balance.
    expect(problem('{"a": "\\u003a", "a": 1}').code).toBe('LD020');
    expect(problem('{"x": "\\u003A\\u003a", "y": {"k": 1, "k": 2}}').code).toBe('LD020');
  });

  it('keeps every document without one', () => {
    expect(ok('{"a:b": "c:d", "e": {"a:b": ":"}, "f": [{"a": 1}, {"a": 2}]}')).toEqual({ 'a:b': 'c:d', e: { 'a:b': ':' }, f: [{ a: 1 }, { a: 2 }] });
    expect(ok('{"a": "\\u003a", "b": "\\\\u003a"}')).toEqual({ a: ':', b: '\\u003a' });
    expect(ok('{"__proto__": 1, "constructor": 2}')).toEqual(JSON.parse('{"__proto__": 1, "constructor": 2}'));
  });

  it('agrees with an independent reader on thousands of generated documents', () => {
    // mulberry32, seeded: the same documents on every run.
    let a = 12;
    const next = (n: number) => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
    const keys = ['a', 'b', 'a:b', '\\u0061', 'c\\u003a', ':', 'op'];
    const leaves = ['1', '"x"', '"y:z"', '"\\u003a"', 'null', '"\\\\u003a"', 'true'];
    const gen = (depth: number): string => {
      const k = next(depth > 3 ? 1 : 3);
      if (k === 0) return leaves[next(leaves.length)]!;
      if (k === 1) return `[${Array.from({ length: next(4) }, () => gen(depth + 1)).join(', ')}]`;
      return `{${Array.from({ length: next(4) }, () => `"${keys[next(keys.length)]}": ${gen(depth + 1)}`).join(', ')}}`;
    };
    let dups = 0;
    for (let n = 0; n < 4000; n++) {
      const text = `{"k": ${gen(0)}}`;
      const want = firstDuplicate(text);
      const r = parseJsonc(text);
      if (want === undefined) expect(r, text).toEqual({ value: JSON.parse(text) });
      else {
        dups++;
        expect('error' in r && r.error.code, text).toBe('LD020');
      }
    }
    expect(dups).toBeGreaterThan(300);
  });
});

describe('nesting, NUL, surrogates, big integers', () => {
  it(`refuses nesting deeper than ${MAX_DEPTH} where it goes too deep, without overflowing anything`, () => {
    const nest = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(ok(`{"a": ${nest(MAX_DEPTH - 1)}}`)).toBeTruthy();
    expect(problem(`{"a": ${nest(MAX_DEPTH)}}`)).toMatchObject({ code: 'LD022', line: 1, col: 7 + MAX_DEPTH - 1 });
    expect(problem(`// h\n{"a": "[[[", "b": ${nest(5000)}}`)).toMatchObject({ code: 'LD022', line: 2, col: 19 + MAX_DEPTH - 1 });
    expect(problem(`{"a": ${'{"b": '.repeat(100_000)}1${'}'.repeat(100_000)}}`).code).toBe('LD022');
    // A deep text with a syntax error: the syntax error, no stack overflow while describing it.
    expect(problem(`/* c */ {"a": ${nest(100_000)} x}`).code).toBeUndefined();
  });

  it('refuses a NUL in any string, at the escape; an escaped backslash before u0000 is text', () => {
    expect(problem('{"rows": [{"id": 1,\n "name": "a\\u0000b"}]}')).toMatchObject({ code: 'LD023', line: 2, col: 12 });
    expect(problem('{"a\\u0000": 1}')).toMatchObject({ code: 'LD023', line: 1, col: 4 });
    expect(ok('{"a": "\\\\u0000"}')).toEqual({ a: '\\u0000' });
  });

  it('refuses a lone surrogate, escaped or raw; a pair is one character', () => {
    expect(problem('{"name": "\\ud800"}')).toMatchObject({ code: 'LD023', line: 1, col: 11 });
    expect(problem('{"name": "x\\udc00"}')).toMatchObject({ code: 'LD023', col: 12 });
    expect(problem('{"name": "\\ud800\\ud800\\udc00"}')).toMatchObject({ code: 'LD023', col: 11 });
    expect(problem('{"name": "\ud800"}')).toMatchObject({ code: 'LD023', col: 11 });
    expect(ok('{"name": "\\ud83d\\ude00", "b": "\\\\ud800"}')).toEqual({ name: '\u{1f600}', b: '\\ud800' });
  });
});

const REV = (id: string, down: string | null, extra = '', upgrade = '[]') =>
  `{\n  "revision": "${id}",\n  "down_revision": ${down === null ? 'null' : `"${down}"`},\n  "message": "m",${extra}\n  "upgrade": ${upgrade},\n  "downgrade": []\n}\n`;
const TABLE = '[{ "op": "create_table", "table": "t", "columns": [{ "name": "id", "type": "integer" }] }]';

describe('the whole load and the streamed index report alike', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('lbaas-silent');
    mkdirSync(join(dir, 'versions'));
    writeFileSync(join(dir, 'versions', 'r1.jsonc'), REV('r1', null, '', TABLE));
    writeFileSync(join(dir, 'versions', 'r2.jsonc'), REV('r2', 'r1', '\n  "upgrade": [{ "op": "drop_table", "table": "t" }],'));
  });
  afterAll(() => removeDir(dir));

  it('the whole load names the file, both places and the code', () => {
    const { diagnostics, revisions } = loadHistoryFiles(dir, 'versions');
    expect(revisions.map((r) => r.id)).toEqual(['r1']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'LD020',
      line: 6,
      col: 3,
      at: { file: 'versions/r2.jsonc' },
      related: [{ at: { file: 'versions/r2.jsonc' }, line: 5, col: 3 }],
    });
  });

  it('the streamed index hands the file back to the whole load', () => {
    expect(() => new HistoryIndex(dir, 'versions')).toThrow(NotStreamable);
  });

  it('the program prints the same lines for a streamed compile and a whole load; exit 1, nothing on stdout', async () => {
    assertBuilt();
    const want = [
      'versions/r2.jsonc:6:3: error LD020: key "upgrade" is written twice in one object: JSON keeps only this one and drops the first without a word',
      '  versions/r2.jsonc:5:3: "upgrade" is first written here',
    ];
    for (const args of [['--dialect', 'postgresql', 'upgrade', 'heads', '--sql'], ['--dialect', 'mysql', 'downgrade', 'heads:base', '--sql'], ['history']]) {
      const r = await cli(args, { cwd: dir });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n');
      for (const l of want) expect(lines, r.stderr).toContain(l);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    }
    const json = await cli(['--dialect', 'postgresql', 'upgrade', 'heads', '--sql', '--json'], { cwd: dir });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stderr)).toMatchObject({
      diagnostics: [
        {
          code: 'LD020',
          file: 'versions/r2.jsonc',
          line: 6,
          col: 3,
          related: [{ file: 'versions/r2.jsonc', line: 5, col: 3, message: '"upgrade" is first written here' }],
        },
      ],
    });
  });
});

describe('through the program', () => {
  let dir: string;
  beforeAll(() => {
    assertBuilt();
    dir = tempDir('lbaas-silent-cli');
  });
  afterAll(() => removeDir(dir));

  /** A project with r1 (creates t) and r2 (its text given), run with `args`. */
  async function run(name: string, r2: string, args = ['upgrade', 'heads', '--sql']) {
    const p = join(dir, name);
    mkdirSync(join(p, 'versions'), { recursive: true });
    writeFileSync(join(p, 'versions', 'r1.jsonc'), REV('r1', null, '', TABLE));
    writeFileSync(join(p, 'versions', 'r2.jsonc'), r2);
    const r = await cli(['--dialect', 'postgresql', ...args], { cwd: p });
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.stdout).toBe('');
    expect(r.code, r.stderr).toBe(1);
    return r.stderr;
  }

  it('5,000 nested lists: a coded error at the place, no stack overflow', async () => {
    const err = await run('deep', REV('r2', 'r1', `\n  "x": ${'['.repeat(5000)}${']'.repeat(5000)},`));
    expect(err).toContain(`versions/r2.jsonc:5:${8 + MAX_DEPTH - 1}: error LD022: objects and lists are nested more than ${MAX_DEPTH} deep here`);
  });

  it('a NUL in a bulk_insert value: a coded error at the escape, no internal error', async () => {
    const err = await run('nul', REV('r2', 'r1', '', '[{ "op": "bulk_insert", "table": "t", "rows": [{ "id": "a\\u0000" }] }]'));
    expect(err).toContain('versions/r2.jsonc:5:71: error LD023: a string holds the NUL character (\\u0000)');
  });

  it('a lone surrogate in a value', async () => {
    const err = await run('surrogate', REV('r2', 'r1', '', '[{ "op": "bulk_insert", "table": "t", "rows": [{ "id": "\\udfff" }] }]'));
    expect(err).toContain('versions/r2.jsonc:5:70: error LD023: a string holds a lone UTF-16 surrogate (\\udfff)');
  });

  it('an integer beyond 2^53 in a value or a default', async () => {
    let err = await run('bigint', REV('r2', 'r1', '', '[{ "op": "bulk_insert", "table": "t", "rows": [{ "id": 12345678901234567890 }] }]'));
    expect(err).toContain("error LD002: field 'upgrade[0].rows[0].id': the integer 12345678901234567000 is beyond 2^53, where JSON numbers lose digits");
    err = await run('bigdefault', REV('r2', 'r1', '', '[{ "op": "alter_column", "table": "t", "column": "id", "server_default": 1e300 }]'));
    expect(err).toContain("field 'upgrade[0].server_default': the integer 1e+300 is beyond 2^53");
  });

  it('terminal escapes in irreversible, a message or a waiver: refused at load', async () => {
    const irr = `{"revision": "r2", "down_revision": "r1", "message": "m", "upgrade": [], "irreversible": "gone \\u001b[2J\\u001b[31mOK"}`;
    expect(await run('irreversible', irr)).toContain("error LD002: field 'irreversible': expected one line of text, found the control character U+001B");
    expect(await run('c1', REV('r2', 'r1').replace('"m"', '"m \\u009b31m"'))).toContain(
      "field 'message': expected one line of text, found the control character U+009B",
    );
    expect(await run('milestone', REV('r2', 'r1', '\n  "milestones": ["liberty", "x\\u001b[31m"],'))).toContain(
      "error LD002: field 'milestones[1]': expected one line of text, found the control character U+001B",
    );
    const waiver = REV('r2', 'r1', '\n  "waivers": [{ "code": "LN001", "reason": "ok\\u001b]0;title\\u0007" }],');
    expect(await run('waiver', waiver)).toContain("error LD002: field 'waivers[0].reason': expected one line of text, found the control character U+001B");
  });

  it('text echoed from a file reaches the terminal with its control characters escaped', async () => {
    const err = await run('echo', REV('r2', 'r1').replace('"r1"', '"r\\u001b[31mX\\u009b"'));
    expect(err).not.toMatch(/[\u001b\u009b]/);
    expect(err).toContain('r\\u001b[31mX\\u009b');
  });

  it('a very long value is echoed cut short; a parent that cannot be an id is refused at load, before the graph looks it up', async () => {
    const long = 'x'.repeat(200_000);
    let err = await run('long-name', REV('r2', 'r1', '', `[{ "op": "drop_table", "table": "${long};" }]`));
    expect(err).toContain(`error LD010: field 'upgrade[0].table': "${'x'.repeat(80)}…" is not a plain identifier`);
    expect(err.length).toBeLessThan(2_000);
    err = await run('long-parent', REV('r2', long));
    expect(err).toContain(
      `versions/r2.jsonc:3:20: error LD002: field 'down_revision': expected revision ids (1-32 letters, digits or underscores), found "${'x'.repeat(80)}…"`,
    );
    expect(err.length).toBeLessThan(2_000);
    err = await run('bad-dependency', REV('r2', 'r1', '\n  "depends_on": ["r1", "r1@head"],'));
    expect(err).toContain(
      `versions/r2.jsonc:5:24: error LD002: field 'depends_on': expected revision ids or branch labels (1-32 letters, digits or underscores), found "r1@head"`,
    );
  });

  it('20,000 unknown fields: each reported, the file parsed once for all their positions (not once each)', async () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `"k${i}": 1`).join(',\n  ');
    const err = await run('many', REV('r2', 'r1', `\n  ${keys},\n  "${'q'.repeat(100_000)}": 2,`));
    const lines = err.split('\n');
    expect(lines).toContain("versions/r2.jsonc:5:3: error LD003: unknown field 'k0'");
    expect(lines).toContain("versions/r2.jsonc:20004:3: error LD003: unknown field 'k19999'");
    expect(lines).toContain(`versions/r2.jsonc:20005:3: error LD003: unknown field '${'q'.repeat(80)}…'`);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(400);
  }, 60_000);

  it('revision ids that differ only in case: both files named', async () => {
    const err = await run('case', REV('R1', 'r1'));
    expect(err).toContain("error GR015: revision ids 'R1' (versions/r2.jsonc) and 'r1' (versions/r1.jsonc) differ only in case");
  });
});

describe('symbolic links in the versions directory', () => {
  let dir: string;
  beforeAll(() => {
    assertBuilt();
    dir = tempDir('lbaas-links');
  });
  afterAll(() => removeDir(dir));

  /** A project whose versions directory is laid out by `lay` (given the project and versions paths). */
  function project(name: string, lay: (p: string, v: string) => void): string {
    const p = join(dir, name);
    mkdirSync(join(p, 'versions'), { recursive: true });
    lay(p, join(p, 'versions'));
    return p;
  }
  const two = (at: string) => {
    mkdirSync(at, { recursive: true });
    writeFileSync(join(at, 'r1.jsonc'), REV('r1', null, '', TABLE));
    writeFileSync(join(at, 'r2.jsonc'), REV('r2', 'r1'));
  };

  it('every revision a link to a file inside the versions directory: all are read, on both load paths', async () => {
    const p = project('inside', (_, v) => {
      mkdirSync(join(v, 'store'));
      writeFileSync(join(v, 'store', 'one.json'), REV('r1', null, '', TABLE));
      writeFileSync(join(v, 'store', 'two.json'), REV('r2', 'r1'));
      symlinkSync('store/one.json', join(v, 'r1.jsonc'));
      symlinkSync('store/two.json', join(v, 'r2.jsonc'));
    });
    const { revisions, diagnostics } = loadHistoryFiles(p, 'versions');
    expect(diagnostics).toEqual([]);
    expect(revisions.map((r) => r.file)).toEqual(['versions/r1.jsonc', 'versions/r2.jsonc']);
    expect(new HistoryIndex(p, 'versions').heads.map((h) => h.id)).toEqual(['r1', 'r2']);
    const r = await cli(['check_migration'], { cwd: p });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('ok: 2 revisions');
  });

  it('a directory linked inside the versions directory is read through the link', () => {
    const p = project('dir-inside', (_, v) => {
      two(join(v, 'real'));
      mkdirSync(join(v, 'links'));
      symlinkSync('../real', join(v, 'links', 'dir'));
    });
    const { revisions, diagnostics } = loadHistoryFiles(p, 'versions');
    expect(diagnostics).toEqual([]);
    expect(revisions.map((r) => r.file)).toEqual([
      'versions/links/dir/r1.jsonc',
      'versions/links/dir/r2.jsonc',
      'versions/real/r1.jsonc',
      'versions/real/r2.jsonc',
    ]);
  });

  it('a directory linked from outside: a coded error, nothing compiled', async () => {
    const p = project('dir-outside', (pr, v) => {
      two(join(pr, 'src'));
      symlinkSync(join(pr, 'src'), join(v, 'src'));
    });
    const out = await cli(['--dialect', 'postgresql', 'upgrade', 'heads', '--sql'], { cwd: p });
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('error LD021: cannot use "versions/src": it is a symbolic link to a directory outside the versions directory');
  });

  it('external.jsonc: a link out of the versions directory or a dangling one is an error, not a file that is absent', async () => {
    const out = project('external-out', (pr, v) => {
      two(v);
      writeFileSync(join(pr, 'external.jsonc'), '{"tables": []}');
      symlinkSync(join(pr, 'external.jsonc'), join(v, 'external.jsonc'));
    });
    let r = await cli(['--dialect', 'postgresql', 'upgrade', 'heads', '--sql'], { cwd: out });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error LD021: cannot use "versions\/external\.jsonc": it is a symbolic link to a file outside the versions directory/m);
    const dangling = project('external-dangling', (_, v) => {
      two(v);
      symlinkSync('gone.jsonc', join(v, 'external.jsonc'));
    });
    r = await cli(['check_migration'], { cwd: dangling });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('error LD021: cannot use "versions/external.jsonc": it is a symbolic link to "gone.jsonc", which does not exist (ENOENT)');
    const inside = project('external-in', (_, v) => {
      two(v);
      mkdirSync(join(v, 'shared'));
      writeFileSync(join(v, 'shared', 'external.json'), '{"tables": []}');
      symlinkSync('shared/external.json', join(v, 'external.jsonc'));
    });
    expect(loadHistoryFiles(inside, 'versions').diagnostics).toEqual([]);
  });

  it('a link out of the versions directory, a dangling link, a loop: coded errors on both load paths', async () => {
    const p = project('bad', (pr, v) => {
      two(join(pr, 'elsewhere'));
      symlinkSync(join(pr, 'elsewhere', 'r1.jsonc'), join(v, 'r1.jsonc'));
      writeFileSync(join(v, 'r2.jsonc'), REV('r2', 'r1'));
      symlinkSync('missing.jsonc', join(v, 'r3.jsonc'));
      symlinkSync('nobody@host.1234', join(v, '.#r2.jsonc'));
      mkdirSync(join(v, 'sub'));
      symlinkSync('..', join(v, 'sub', 'up'));
    });
    const want = [
      /^error LD021: cannot use "versions\/r1\.jsonc": it is a symbolic link to a file outside the versions directory \(".*elsewhere\/r1\.jsonc"\)$/,
      /^error LD021: cannot use "versions\/r3\.jsonc": it is a symbolic link to "missing\.jsonc", which does not exist \(ENOENT\)$/,
      /^error LD021: cannot use "versions\/sub\/up": it is a symbolic link to a directory already read \(".*"\): a loop, or the same revisions twice$/,
    ];
    for (const args of [['upgrade', 'heads', '--sql'], ['check_migration'], ['heads']]) {
      const r = await cli(['--dialect', 'postgresql', ...args], { cwd: p });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n');
      for (const w of want)
        expect(
          lines.some((l) => w.test(l)),
          `${args.join(' ')}: ${w}\n${r.stderr}`,
        ).toBe(true);
      // An Emacs lock file (a dangling link named .#*) is not a revision.
      expect(r.stderr).not.toContain('.#r2');
    }
  });
});
