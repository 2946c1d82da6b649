/**
 * The client lexer (src/lex/client.ts): which database-client commands a text holds, as psql,
 * the mysql/mariadb client and the sqlite3 shell read it. Fixed expectations first; then the
 * real clients: every text below is run by the real client with a shell command in it, and
 * whenever the client ran the command (the marker file appears), the lexer must have named
 * it. The lexer may find more than a client runs (it errs that way), never less.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clientCommands, conditionProblems, type Client } from '../../src/lex/client.js';
import { createRequire } from 'node:module';
import { checkCondition, wrapperEscaped } from '../../src/lex/condition.js';
import { runAsDba, type Runner } from '../guard/clients.js';
import { describeEngine } from '../support/engines.js';

const cmds = (text: string, client: Client) => clientCommands(text, client).map((c) => `${c.line}:${c.col} ${c.command}`);

describe('client commands, fixed cases', () => {
  it('psql: a backslash outside quotes and comments, anywhere on a line', () => {
    expect(cmds('\\! touch x', 'psql')).toEqual(['1:1 \\!']);
    expect(cmds('SELECT 1 \\g /tmp/out', 'psql')).toEqual(['1:10 \\g']);
    expect(cmds('SELECT 1\n  \\gexec', 'psql')).toEqual(['2:3 \\gexec']);
    expect(cmds("SELECT '\\! no'", 'psql')).toEqual([]);
    expect(cmds('SELECT "a\\b" FROM t', 'psql')).toEqual([]);
    expect(cmds('SELECT $$ \\! no $$, $tag$ \\! no $tag$', 'psql')).toEqual([]);
    expect(cmds('SELECT 1 -- \\! no', 'psql')).toEqual([]);
    expect(cmds('SELECT 1 /* /* nested */ \\! still a comment */', 'psql')).toEqual([]);
    // a$b$ is an identifier, not a dollar quote: what follows is outside quotes
    expect(cmds('SELECT a$b$ \\! yes', 'psql')).toEqual(['1:13 \\!']);
    // E'' strings escape with backslashes: the quote after \ does not close
    expect(cmds("SELECT E'it\\'s \\! no'", 'psql')).toEqual([]);
    // a plain '' string: with standard_conforming_strings off, \' does not close either; both readings count
    expect(cmds("SELECT 'a\\' \\! maybe '", 'psql')).toEqual(['1:13 \\!']);
    expect(cmds('UPDATE t SET c = 1\nWHERE c IS NULL', 'psql')).toEqual([]);
    // variable interpolation: psql puts text the script does not hold in its place
    expect(cmds(`SELECT :'DBNAME', :"USER", :{?HOST}`, 'psql')).toEqual([":'DBNAME',", ':"USER",', ':{?HOST}'].map((w, i) => `1:${[8, 19, 28][i]} ${w}`));
    expect(cmds("SELECT x::text, a[1:2], ':''x'''", 'psql')).toEqual([]);
  });

  it('mysql/mariadb: backslashes outside quotes, named commands at the start of a line', () => {
    expect(cmds('\\! touch x', 'mysql')).toEqual(['1:1 \\!']);
    expect(cmds('SELECT 1 \\G', 'mysql')).toEqual(['1:10 \\G']);
    expect(cmds('system touch x', 'mysql')).toEqual(['1:1 system']);
    expect(cmds('UPDATE t SET a = 1;\n  SOURCE /tmp/x.sql', 'mysql')).toEqual(['2:3 SOURCE']);
    expect(cmds('delimiter //', 'mysql')).toEqual(['1:1 delimiter']);
    // read after a `;` on the same line too (the real client changes its delimiter there)
    expect(cmds('SELECT 1; DELIMITER //', 'mysql')).toEqual(['1:11 DELIMITER']);
    expect(cmds('SELECT my_delimiter, `delimiter` FROM t', 'mysql')).toEqual([]);
    expect(cmds('UPDATE t\nSET status = 1', 'mysql')).toEqual([]);
    // status takes no argument: a line "status = 1" is SQL; "status" alone is the command
    expect(cmds('UPDATE t SET\nstatus = 1', 'mysql')).toEqual([]);
    expect(cmds('SELECT 1;\nstatus', 'mysql')).toEqual(['2:1 status']);
    expect(cmds("SELECT 'a\\'b \\! no'", 'mysql')).toEqual(['1:14 \\!']); // read without backslash escapes, the string ends at \'
    expect(cmds("SELECT 'no \\! here'", 'mysql')).toEqual([]);
    expect(cmds('SELECT 1 # \\! no', 'mysql')).toEqual([]);
    expect(cmds('SELECT 1 -- \\! no', 'mysql')).toEqual([]);
    // `--x` is no comment to MySQL
    expect(cmds('SELECT 1 --\\! yes', 'mysql')).toEqual(['1:12 \\!']);
    // an executable comment is code to the client
    expect(cmds('SELECT 1 /*! \\! yes */', 'mysql')).toEqual(['1:14 \\!']);
    expect(cmds('SELECT 1 /* \\! no */', 'mysql')).toEqual([]);
  });

  it('sqlite3: a dot at the start of a line, and the go and / terminators', () => {
    expect(cmds('.shell touch x', 'sqlite3')).toEqual(['1:1 .shell']);
    expect(cmds('UPDATE t SET a = 1;\n.system touch x', 'sqlite3')).toEqual(['2:1 .system']);
    expect(cmds('UPDATE t SET a = 1\ngo', 'sqlite3')).toEqual(['2:1 go']);
    expect(cmds("SELECT 'a\n.shell no'", 'sqlite3')).toEqual([]);
    expect(cmds('SELECT 1 /*\n.shell no */', 'sqlite3')).toEqual([]);
    expect(cmds('SELECT 1.5, \\!', 'sqlite3')).toEqual([]);
  });
});

describe('check conditions', () => {
  it('the reproduction is refused for every dialect, before any parser runs', () => {
    const bad = 'w >= 0) , ADD COLUMN pwned INTEGER, ADD CONSTRAINT ck_x CHECK (1 = 1';
    for (const c of ['psql', 'mysql', 'sqlite3'] as const) expect(conditionProblems(bad, c)[0]?.message).toMatch(/closes nothing/);
    const r = checkCondition(bad, ['postgresql', 'mysql', 'mariadb', 'sqlite']);
    expect(r.map((x) => x.dialect)).toEqual(['postgresql', 'mysql', 'sqlite']);
  });

  it.each([
    ['a comment that would swallow the closing parenthesis', 'w >= 0 -- ', /a comment/],
    ['a block comment', 'w >= 0 /* x */', /a comment/],
    ['a top-level comma', 'w >= 0, v >= 0', /comma/],
    ['a parenthesis left open', '(w >= 0', /left open/],
    ['a bracket closed by a parenthesis', 'a[1) > 0', /closes a '\['/],
    ['a string left open', "name <> 'x", /not closed/],
    ['a semicolon', 'w >= 0; DROP TABLE t', /';'/],
    ['a psql command', 'w >= 0 \\! touch x', /client command/],
    ['a line break', 'w >= 0\nOR v >= 0', /U\+000A/],
    ['a quoted identifier left open', '"w >= 0', /not closed/],
  ])('refuses %s', (_what, cond, re) => {
    const r = checkCondition(cond, ['postgresql', 'mysql', 'mariadb', 'sqlite']);
    expect(r.length).toBeGreaterThan(0);
    expect(r[0]!.message).toMatch(re);
  });

  it('the parser check refuses a wrapper whose parse is more than the parenthesized condition', () => {
    // What the lexer keeps out, were it ever bypassed: the parse itself is judged.
    const { Parser } = createRequire(import.meta.url)('node-sql-parser') as { Parser: new () => { astify(s: string, o: object): unknown } };
    const p = new Parser();
    const parse = (cond: string, db = 'PostgresQL') => p.astify(`SELECT 1 WHERE (${cond})`, { database: db });
    expect(wrapperEscaped(parse('a > 0'))).toBeUndefined();
    expect(wrapperEscaped(parse('a > 0 AND (b < 1 OR c IN (1, 2))', 'sqlite'))).toBeUndefined();
    expect(wrapperEscaped(parse('a) OR (b'))).toBe('more than one expression');
    expect(wrapperEscaped(parse('a) ORDER BY (b'))).toMatch(/orderby/);
    expect(wrapperEscaped(parse('a) GROUP BY (b'))).toMatch(/groupby/);
    expect(wrapperEscaped(parse('a) UNION SELECT 2 WHERE (b'))).toMatch(/_next/);
    expect(wrapperEscaped(parse('a); SELECT 2 WHERE (b'))).toBe('2 statements');
  });

  it.each([
    'total >= 0',
    "name <> ''",
    'weight >= 0 AND weight <= 256',
    'weight BETWEEN 0 AND 256',
    "length(name) > 0 AND status <> 'pending' OR enabled = false",
    "status IN ('a', 'b')",
    "name <> 'x) , y'",
    'port > 0 AND port < 65536',
    "code <> ''",
    'id > 0',
    "name ~ '^[a-z]'",
    "(status)::text = ANY (ARRAY['a', 'b'])",
  ])('accepts %s', (cond) => {
    expect(
      checkCondition(
        cond,
        ['postgresql', 'mysql', 'mariadb', 'sqlite'].filter((d) => !(cond.includes('~') || cond.includes('::')) || d === 'postgresql') as never,
      ),
    ).toEqual([]);
  });
});

/**
 * Texts that hold `SHELL` (a client's shell command, filled in per client) in some lexical
 * place. Each runs through the real client; the lexer must name a command in every text the
 * client ran the shell command from.
 */
const PLACES: Record<Client, string[]> = {
  psql: [
    'SHELL',
    'SELECT 1 SHELL',
    "SELECT 'x' SHELL",
    "SELECT 'SHELL'",
    "SELECT E'it\\'s SHELL'",
    "SELECT 'a\\' SHELL --'",
    'SELECT $$ SHELL $$',
    'SELECT $q$ $$ SHELL $q$',
    'SELECT a$b$ SHELL',
    'SELECT 1 -- SHELL',
    'SELECT 1 /* /* */ SHELL */',
    'SELECT 1 /* */ SHELL',
    'SELECT "a SHELL"',
    'SELECT 1;\nSHELL',
    "SELECT 'multi\nSHELL\n'",
    "SELECT U&'SHELL'",
    "SELECT E'\\\\' SHELL",
    "SELECT e'a''b SHELL'",
    'SELECT $a$ $b$ SHELL $b$ $a$',
    'SELECT $1 SHELL',
    'SELECT 1 /* a */ /* SHELL */',
    'SELECT x$$ SHELL',
  ],
  mysql: [
    'SHELL',
    'SELECT 1 SHELL',
    "SELECT 'SHELL'",
    "SELECT 'a\\' SHELL'",
    'SELECT "a SHELL"',
    'SELECT `a SHELL`',
    'SELECT 1 # SHELL',
    'SELECT 1 -- SHELL',
    'SELECT 1 --SHELL',
    'SELECT 1 /* SHELL */',
    'SELECT 1 /*! SHELL */',
    'LONG',
    'SELECT 1;\nLONG',
    '  LONG',
    "SELECT 'a\nLONG\n'",
    'SELECT 1\nLONG',
    'SELECT "a\\" SHELL"',
    "SELECT 'a''b SHELL'",
    'SELECT `a``b` SHELL',
    'SELECT 1; DELIMITER ;;\nSELECT 2;;\nLONG',
    'SELECT 1 /*M! SHELL */',
  ],
  sqlite3: [
    'DOT',
    'SELECT 1;\nDOT',
    '  DOT',
    'SELECT 1\nDOT',
    "SELECT 'a\nDOT\n'",
    'SELECT 1 /*\nDOT\n*/',
    'SELECT 1; -- c\nDOT',
    'SELECT 1 -- c\nDOT',
    'SELECT [a\nDOT\n]',
    'SELECT `a\nDOT\n`',
    'SELECT 1\ngo\nDOT',
  ],
};

const RUNNERS: { client: Client; runner: Runner; dialect: 'postgresql' | 'mariadb' | 'sqlite' }[] = [
  { client: 'psql', runner: 'psql', dialect: 'postgresql' },
  { client: 'mysql', runner: 'mariadb', dialect: 'mariadb' },
  { client: 'sqlite3', runner: 'sqlite3', dialect: 'sqlite' },
];

for (const { client, runner, dialect } of RUNNERS) {
  describeEngine(dialect, `the real ${runner} client runs no command the lexer misses`, (engine) => {
    const dir = mkdtempSync(join(tmpdir(), 'lbaas-lex-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('every place, with the marker file as witness', async () => {
      const db = await engine.scratch();
      const ran: string[] = [];
      const places = PLACES[client];
      for (const [i, place] of places.entries()) {
        const marker = join(dir, `hit_${client}_${i}`);
        const text = place.replace('SHELL', `\\! touch ${marker}`).replace('LONG', `system touch ${marker}`).replace('DOT', `.shell touch ${marker}`);
        // Each text stands alone as a script: what a client reads after it cannot leak into the next case.
        await runAsDba(runner, db, `${text}\n;\nSELECT 1;\n`);
        const found = clientCommands(text, client).length > 0;
        if (existsSync(marker)) ran.push(place);
        expect({ place, ranButMissed: existsSync(marker) && !found }).toEqual({ place, ranButMissed: false });
      }
      // The threat is real: the plain cases did run a shell command through the client.
      expect(ran).toContain(client === 'sqlite3' ? 'DOT' : 'SHELL');
      if (client === 'mysql') expect(ran).toContain('LONG');
    });
  });
}
