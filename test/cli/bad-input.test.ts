/**
 * Bad input through the BUILT program: every broken history in test/fixtures/bad
 * (and every bad target or range) stops with a clear `file:line:col: error CODE:
 * message` line, the right exit code (1 for input errors, 2 for usage errors),
 * nothing on stdout, and nothing written: no output file, no temporary file, an
 * existing --output file left as it was.
 *
 * Line and column numbers below were counted by hand in the fixture files.
 * Values shaped like SQL injection are data, not errors: they compile, and the
 * script puts them into PostgreSQL, MariaDB and SQLite byte for byte.
 */
import { wrappedStatements } from '../../src/verify/verify.js';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { loadHistoryFiles } from '../../src/front/load.js';
import { describeEngine, type ScratchDb } from '../support/engines.js';
import { assertBuilt, cli, FIXTURES, removeDir, snapshot, tempDir } from './run.js';

interface Case {
  /** Fixture under test/fixtures (bad/<case> or good/<case>). */
  fixture: string;
  /** What the user asks for; default `upgrade heads --sql`. */
  args?: string[];
  dialect?: Dialect;
  exit: 1 | 2;
  /** The first line of stderr, exactly. */
  error: string;
  /** More lines stderr must hold, exactly (related places, the hint). */
  lines?: string[];
}

const HINT_SYNTAX = '  hint: revision files are JSON with comments (JSONC): check for a missing comma, quote or bracket just before this point';
const HINT_IDENT = '  hint: use letters, digits and underscores, not starting with a digit (quotes, spaces, ; and -- are never accepted in names)';

const CASES: Record<string, Case> = {
  'JSONC: missing comma': {
    fixture: 'bad/syntax-missing-comma',
    exit: 1,
    error: "versions/0001_widgets.jsonc:6:3: error LD001: syntax error: Expected ',' or '}' after property value",
    lines: [HINT_SYNTAX],
  },
  'JSONC: unterminated string': {
    fixture: 'bad/syntax-unterminated-string',
    exit: 1,
    error: 'versions/0001_widgets.jsonc:5:30: error LD001: syntax error: unterminated string: the closing quote is missing at the end of this line',
    lines: [HINT_SYNTAX],
  },
  'JSONC: trailing garbage': {
    fixture: 'bad/syntax-trailing-garbage',
    exit: 1,
    error: 'versions/0001_widgets.jsonc:8:1: error LD001: syntax error: unexpected text after the end of the document',
    lines: [HINT_SYNTAX],
  },
  'unknown op, with did-you-mean': {
    fixture: 'bad/unknown-op',
    exit: 1,
    error: `versions/0001_widgets.jsonc:10:13: error LD005: field 'upgrade[1].op': unknown op "add_colum"`,
    lines: ['  at: upgrade[1].op', "  hint: did you mean 'add_column'?"],
  },
  'unknown field, with did-you-mean (at the key)': {
    fixture: 'bad/unknown-field',
    exit: 1,
    error: "versions/0001_widgets.jsonc:9:44: error LD003: unknown field 'upgrade[0].columns[0].nulable'",
    lines: ["  hint: did you mean 'nullable'?"],
  },
  'wrong type of a field (at the value)': {
    fixture: 'bad/wrong-type',
    exit: 1,
    error: `versions/0001_widgets.jsonc:9:56: error LD002: field 'upgrade[0].columns[0].nullable': expected true or false, found "no"`,
  },
  'missing required field (at the op)': {
    fixture: 'bad/missing-field',
    exit: 1,
    error: "versions/0001_widgets.jsonc:7:5: error LD004: missing required field 'upgrade[0].columns'",
  },
  'bad column type strin(36)': {
    fixture: 'bad/bad-column-type',
    exit: 1,
    error: 'versions/0001_widgets.jsonc:9:33: error LD006: unknown type "strin(36)"',
    lines: [
      '  hint: did you mean \'string\'? types: string(N), numeric(P,S), text, integer, smallint, bigint, boolean, float, date, datetime, timestamp, binary, or {"enum": [...], "name": "..."}',
    ],
  },
  'missing parent (a typo in down_revision)': {
    fixture: 'bad/missing-parent',
    exit: 1,
    error:
      "versions/2b3c4d5e6f7a_colour.jsonc:4:20: error GR002: down_revision of revision '2b3c4d5e6f7a' names parent '1a2b3c4d5e6e', which is not a known revision",
    lines: ["  versions/1a2b3c4d5e6f_widgets.jsonc:3:15: '1a2b3c4d5e6f' is defined here", "  hint: did you mean '1a2b3c4d5e6f'?"],
  },
  'depends_on an unknown revision': {
    fixture: 'bad/depends-on-unknown',
    exit: 1,
    error:
      "versions/2b3c4d5e6f7a_colour.jsonc:5:17: error GR003: depends_on of revision '2b3c4d5e6f7a' names dependency '9f9f9f9f9f9f', which is not a known revision or branch label",
  },
  cycle: {
    fixture: 'bad/cycle',
    exit: 1,
    error:
      'versions/2b3c4d5e6f7a_b.jsonc:4:20: error GR004: cycle in the revision graph: 2b3c4d5e6f7a -> 3c4d5e6f7a8b -> 2b3c4d5e6f7a (files: versions/2b3c4d5e6f7a_b.jsonc, versions/3c4d5e6f7a8b_c.jsonc)',
    lines: ["  versions/3c4d5e6f7a8b_c.jsonc:4:20: '3c4d5e6f7a8b' is part of the cycle"],
  },
  'duplicate id in two files (both named)': {
    fixture: 'bad/duplicate-id',
    exit: 1,
    error:
      "versions/more/1a2b3c4d5e6f_again.jsonc:3:15: error GR001: revision id '1a2b3c4d5e6f' is defined twice: in versions/1a2b3c4d5e6f_widgets.jsonc and in versions/more/1a2b3c4d5e6f_again.jsonc",
    lines: ["  versions/1a2b3c4d5e6f_widgets.jsonc:3:15: '1a2b3c4d5e6f' is first defined here"],
  },
  'drop of a missing column (revision, op, where the table was defined)': {
    fixture: 'bad/drop-missing-column',
    exit: 1,
    error: 'versions/2b3c4d5e6f7a_drop_colour.jsonc:7:58: error MD004: 2b3c4d5e6f7a: drop_column: column "widgets.colour" does not exist',
    lines: ['  at: upgrade[0].column', '  versions/1a2b3c4d5e6f_widgets.jsonc:7:5: table widgets defined here', '  hint: columns of widgets: id, name'],
  },
  'create of an existing table': {
    fixture: 'bad/create-existing-table',
    exit: 1,
    error: 'versions/2b3c4d5e6f7a_widgets_again.jsonc:7:38: error MD001: 2b3c4d5e6f7a: create_table: table "widgets" already exists',
    lines: ['  versions/1a2b3c4d5e6f_widgets.jsonc:7:5: created here'],
  },
  'foreign key to a missing table': {
    fixture: 'bad/fk-missing-table',
    exit: 1,
    error: 'versions/1a2b3c4d5e6f_widgets.jsonc:14:9: error MD002: 1a2b3c4d5e6f: create_table: table "gadgets" does not exist at this point of the history',
  },
  'identifier of 64 characters on PostgreSQL': {
    fixture: 'bad/identifier-too-long',
    exit: 1,
    error:
      'versions/1a2b3c4d5e6f_widgets.jsonc:10:9: error MD008: 1a2b3c4d5e6f: create_table: identifier "a_column_name_of_exactly_sixty_four_characters_xxxxxxxxxxxxxxxxx" is 64 characters; postgresql allows at most 63',
  },
  'name with ; and -- (LD010)': {
    fixture: 'bad/name-semicolon',
    exit: 1,
    error: `versions/1a2b3c4d5e6f_widgets.jsonc:7:38: error LD010: field 'upgrade[0].table': "a; DROP TABLE x; --" is not a plain identifier`,
    lines: [HINT_IDENT],
  },
  'name with a backtick (LD010)': {
    fixture: 'bad/name-backtick',
    exit: 1,
    dialect: 'mysql',
    error: 'versions/1a2b3c4d5e6f_widgets.jsonc:8:30: error LD010: field \'upgrade[0].columns[0].name\': "id`; DROP TABLE x; -- " is not a plain identifier',
    lines: [HINT_IDENT],
  },
  'name with a double quote (LD010)': {
    fixture: 'bad/name-double-quote',
    exit: 1,
    error: `versions/1a2b3c4d5e6f_widgets.jsonc:9:37: error LD010: field 'upgrade[1].name': "ix"; DROP TABLE x; --" is not a plain identifier`,
    lines: [HINT_IDENT],
  },
  'a line break in the message (it is copied into script comments)': {
    fixture: 'bad/message-line-break',
    exit: 1,
    error: "versions/1a2b3c4d5e6f_widgets.jsonc:6:14: error LD002: field 'message': expected one line of text, found the control character U+000D",
    lines: ['  hint: write it on one line, without line breaks or other control characters'],
  },
  'execute with no SQL for the dialect': {
    fixture: 'bad/execute-no-dialect-sql',
    dialect: 'sqlite',
    exit: 1,
    error: 'versions/2b3c4d5e6f7a_fill.jsonc:7:31: error DL002: 2b3c4d5e6f7a: execute: execute has no SQL for sqlite',
    lines: ['  hint: add a "sqlite" (or "default") entry, or restrict the op with "dialects"'],
  },
  'irreversible revision in a downgrade range': {
    fixture: 'bad/irreversible-downgrade',
    args: ['downgrade', 'heads:base', '--sql'],
    exit: 1,
    error: 'versions/2b3c4d5e6f7a_purge.jsonc:9:19: error MD020: 2b3c4d5e6f7a cannot be downgraded: deleted rows cannot be brought back',
    lines: ['  hint: choose a downgrade target after this revision, or add "downgrade" ops to it'],
  },
  'ambiguous prefix (lists the candidates)': {
    fixture: 'bad/ambiguous-prefix',
    args: ['upgrade', 'abcd', '--sql'],
    exit: 1,
    error: "error GR021: several revisions start with 'abcd': 'abcd1234ef01', 'abcd5678ef02'",
    lines: ['  hint: type more characters of the id'],
  },
  'unknown target, with did-you-mean': {
    fixture: 'good/widgets',
    args: ['upgrade', '2b3c4d5e6f7b', '--sql'],
    exit: 1,
    error: "error GR020: no such revision, branch label or milestone '2b3c4d5e6f7b'",
    lines: ["  hint: did you mean '2b3c4d5e6f7a'?"],
  },
  'backward range (heads:base) is an error, not an empty script': {
    fixture: 'good/widgets',
    args: ['upgrade', 'heads:base', '--sql'],
    exit: 1,
    error: "error GR040: range goes backwards, use downgrade: 'base' is below the current heads '2b3c4d5e6f7a'",
    lines: ["  hint: run 'downgrade heads:base --sql'"],
  },
  'downgrade -1 --sql without a range (usage)': {
    fixture: 'good/widgets',
    args: ['downgrade', '-1', '--sql'],
    exit: 2,
    error: 'error CL002: downgrade --sql needs a range: the script must know where it starts',
    lines: ['  hint: write downgrade <start>:-1 --sql, e.g. downgrade heads:-1 --sql'],
  },
  'downgrade --delta -1 --sql without a range (usage)': {
    fixture: 'good/widgets',
    args: ['downgrade', '--delta', '-1', '--sql'],
    exit: 2,
    error: 'error CL002: downgrade --sql needs a range: the script must know where it starts',
  },
  'upgrade without a target (usage)': {
    fixture: 'good/widgets',
    args: ['upgrade', '--sql'],
    exit: 2,
    error: 'error CL000: upgrade needs a target (head, heads, a revision, +N, label@head, a milestone) or --delta N',
  },
};

const withOutput = (args: string[], out: string) => [...args, '--output', out];

beforeAll(() => assertBuilt());

describe('bad input: a clear error, exit code, nothing on stdout, nothing written', { timeout: 120_000 }, () => {
  const dirs: string[] = [];
  const temp = () => {
    const d = tempDir('lbaas-bad');
    dirs.push(d);
    return d;
  };
  afterAll(() => dirs.forEach(removeDir));

  for (const [title, c] of Object.entries(CASES)) {
    it.concurrent(title, async () => {
      const fixture = join(FIXTURES, c.fixture);
      const args = ['--versions', 'versions', '--dialect', c.dialect ?? 'postgresql', ...(c.args ?? ['upgrade', 'heads', '--sql'])];
      const before = snapshot(fixture);
      const expectFailure = (r: { code: number; stdout: string; stderr: string }, error: string, lines: string[], how: string) => {
        expect(r.code, `${how}: exit code; stderr:\n${r.stderr}`).toBe(c.exit);
        expect(r.stdout, `${how}: stdout`).toBe('');
        const got = r.stderr.split('\n');
        expect(got[0], `${how}: first line of stderr`).toBe(error);
        for (const l of lines) expect(got, `${how}: stderr holds ${JSON.stringify(l)}`).toContain(l);
        expect(r.stderr).not.toMatch(/internal error|\n\s+at .*\.js:\d+/);
      };

      // 1. From the project directory, --output into an empty directory: no file, no temporary file.
      const outDir = temp();
      const r1 = await cli(withOutput(args, join(outDir, 'out.sql')), { cwd: fixture });
      expectFailure(r1, c.error, c.lines ?? [], 'with --output');
      expect(snapshot(outDir), 'nothing written next to --output').toEqual([]);

      // 2. From another directory, without --output: the same error, file names relative to where we are.
      const elsewhere = temp();
      const rel = relative(elsewhere, fixture);
      const moved = (s: string) => s.replace(/(^|[\s(])versions\//g, `$1${rel}/versions/`);
      const r2 = await cli(['--versions', join(fixture, 'versions'), ...args.slice(2)], { cwd: elsewhere });
      expectFailure(r2, moved(c.error), (c.lines ?? []).map(moved), 'from another directory, to stdout');
      expect(snapshot(elsewhere), 'nothing written in the working directory').toEqual([]);

      // 3. --output names an existing file: it keeps its old content, and nothing else appears.
      const keepDir = temp();
      const existing = join(keepDir, 'upgrade.sql');
      writeFileSync(existing, '-- the script a reviewer already approved\n');
      const kept = snapshot(keepDir);
      const r3 = await cli(withOutput(args, existing), { cwd: fixture });
      expectFailure(r3, c.error, c.lines ?? [], 'with --output on an existing file');
      expect(readFileSync(existing, 'utf8')).toBe('-- the script a reviewer already approved\n');
      expect(snapshot(keepDir)).toEqual(kept);

      expect(snapshot(fixture), 'the fixture is untouched').toEqual(before);
    });
  }

  it('--json puts the same diagnostic, with its position, on stderr as JSON', async () => {
    const fixture = join(FIXTURES, 'bad/unknown-op');
    const r = await cli(['--versions', 'versions', '--dialect', 'sqlite', '--json', 'upgrade', 'heads', '--sql'], { cwd: fixture });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const report = JSON.parse(r.stderr) as { ok: boolean; diagnostics: Record<string, unknown>[] };
    expect(report.ok).toBe(false);
    expect(report.diagnostics).toEqual([
      {
        code: 'LD005',
        severity: 'error',
        message: 'field \'upgrade[1].op\': unknown op "add_colum"',
        file: 'versions/0001_widgets.jsonc',
        path: 'upgrade[1].op',
        line: 10,
        col: 13,
        hint: "did you mean 'add_column'?",
      },
    ]);
  });

  it('--output that is a directory: exit 1 with a clear message, nothing written', async () => {
    const dir = temp();
    const r = await cli(['--versions', 'versions', '--dialect', 'sqlite', 'upgrade', 'heads', '--sql', '--output', dir], {
      cwd: join(FIXTURES, 'good/widgets'),
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`error CL003: cannot write --output ${dir}: it is a directory`);
    expect(snapshot(dir)).toEqual([]);
    // the temporary file goes next to the target, i.e. into the directory's parent: none may be left there
    expect(readdirSync(dirname(dir)).filter((n) => n.startsWith('.lbaas-tmp-'))).toEqual([]);
  });

  it('a revision file whose name holds a line break is refused, not copied into a comment', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'versions'));
    writeFileSync(join(dir, 'versions', 'a\nDROP TABLE widgets; --.jsonc'), readFileSync(join(FIXTURES, 'good/widgets/versions/1a2b3c4d5e6f_widgets.jsonc')));
    const r = await cli(['--versions', 'versions', '--dialect', 'postgresql', 'upgrade', 'heads', '--sql'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(
      'error LD001: cannot use revision file "versions/a\\nDROP TABLE widgets; --.jsonc": its path contains a line break or another control character',
    );
  });

  it('the execute op falls back from mariadb to its mysql text', async () => {
    const r = await cli(['--versions', 'versions', '--dialect', 'mariadb', 'upgrade', 'heads', '--sql'], { cwd: join(FIXTURES, 'bad/execute-no-dialect-sql') });
    expect(r.code, r.stderr).toBe(0);
    // The resumable MySQL layout runs it through a prepared statement that holds it (docs/review.md, "Resumable runs").
    const held = r.stdout
      .split(';\n')
      .map((x) => x.replace(/^(--[^\n]*\n|\n)+/, ''))
      .flatMap((x) => wrappedStatements(x).slice(-1));
    expect(held).toContain("UPDATE widgets SET name = CONCAT('w', id) WHERE name IS NULL");
  });
});

// ---------------------------------------------------------------------------------------------
// Values shaped like injection: compiled, applied, read back byte for byte.

const INJECTION = join(FIXTURES, 'good/injection-values');
const BODY_DEFAULT = 'it\'s a "default"; DROP TABLE notes; -- */ \\ end\\';
const TAG_DEFAULT = "'; --";
const ROWS: [number, string, string | null][] = [
  [1, "O'Brien", "x'); DROP TABLE notes; --"],
  [2, 'back\\slash and trailing \\', "\\'"],
  [3, 'semi; colon -- dash /* open', 'close */'],
  [4, '"double" and `backtick`', "''"],
  [5, 'line one\n\\q\n.quit\nDELIMITER //\n\\set x 1', ':foo :\'bar\' :"baz"'],
  [6, 'tab\there, percent % and $1 $$ dollar', ''],
  [7, 'ünïcödé ✓ 🙂', null],
];

describe('injection-shaped values: the fixture says what the test expects', () => {
  it('the loader reads exactly these defaults and rows', () => {
    const h = loadHistoryFiles(INJECTION, 'versions');
    expect(h.diagnostics).toEqual([]);
    const create = h.revisions.find((r) => r.id === '1a2b3c4d5e6f')!.upgrade[0]!;
    const insert = h.revisions.find((r) => r.id === '2b3c4d5e6f7a')!.upgrade[0]!;
    if (create.op !== 'create_table' || insert.op !== 'bulk_insert') throw new Error('fixture changed');
    expect(create.columns.map((c) => c.server_default)).toEqual([null, { kind: 'string', value: BODY_DEFAULT }, { kind: 'string', value: TAG_DEFAULT }]);
    expect(insert.rows).toEqual(ROWS.map(([id, body, tag]) => ({ id, body, tag })));
  });
});

for (const dialect of ['postgresql', 'mariadb', 'sqlite'] as const) {
  describeEngine(dialect, 'injection-shaped values reach the database intact', (engine) => {
    let db: ScratchDb;
    beforeAll(async () => {
      assertBuilt();
      db = await engine.scratch();
    });

    it('upgrade heads --sql applies through the real client and the values read back byte for byte', async () => {
      // Row 7 holds a four-byte character: utf8mb4 tables on MySQL/MariaDB (the default, utf8, is Neutron's set).
      const ini = join(tempDir(), 'lbaas.ini');
      writeFileSync(ini, '[mysql]\ncharset = utf8mb4\n');
      const r = await cli(['--config-file', ini, '--versions', 'versions', '--dialect', dialect, 'upgrade', 'heads', '--sql'], { cwd: INJECTION });
      removeDir(dirname(ini));
      expect(r.code, r.stderr).toBe(0);
      const applied = await db.apply(r.stdout);
      expect(applied.code, applied.stderr).toBe(0);
      // a row that takes both defaults
      expect((await db.apply('INSERT INTO notes (id) VALUES (99);')).code).toBe(0);
      const rows = await db.query<{ id: unknown; body: unknown; tag: unknown }>('SELECT id, body, tag FROM notes ORDER BY id');
      expect(rows.map((x) => [Number(x.id), x.body, x.tag])).toEqual([...ROWS, [99, BODY_DEFAULT, TAG_DEFAULT]]);
      // nothing was dropped or created on the side
      const tables =
        dialect === 'sqlite'
          ? await db.query<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
          : dialect === 'postgresql'
            ? await db.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
            : await db.query<{ name: string }>('SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME');
      expect(tables.map((t) => t.name)).toEqual(['alembic_version_lbaas', 'notes']);
    });
  });
}

describeEngine('mysql', 'a 64-character identifier is fine for MySQL', (engine) => {
  it('compiles for mysql and MariaDB creates the column', async () => {
    assertBuilt();
    const r = await cli(['--versions', 'versions', '--dialect', 'mysql', 'upgrade', 'heads', '--sql'], { cwd: join(FIXTURES, 'bad/identifier-too-long') });
    expect(r.code, r.stderr).toBe(0);
    const db = await engine.scratch();
    const applied = await db.apply(r.stdout);
    expect(applied.code, applied.stderr).toBe(0);
    const cols = await db.query<{ name: string }>(
      "SELECT COLUMN_NAME AS name FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'widgets' ORDER BY ORDINAL_POSITION",
    );
    expect(cols.map((c) => c.name)).toEqual(['id', 'a_column_name_of_exactly_sixty_four_characters_xxxxxxxxxxxxxxxxx']);
  });
});
