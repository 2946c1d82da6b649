/**
 * Scripts that do more than the reviewer sees. Each case here was a reproduction on the code
 * before the client lexer: a check condition that closes its CHECK and adds a column, SQL that
 * holds client commands (psql's `\!` runs a shell command), a text that breaks out of a script
 * comment. Load refuses them (`upgrade --sql`, `check_migration` and `bundle` alike, through the
 * built CLI); where a revision is built in memory past the load, the verifier and `verify` on a
 * tampered bundle flag them; and the real clients show what the old scripts did.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import type { Revision } from '../../src/core/ops.js';
import { commentLine } from '../../src/emit/script.js';
import { verifyScript } from '../../src/verify/verify.js';
import { assertBuilt, cli } from '../cli/run.js';
import { Context } from '../../src/cli/context.js';
import { compilePlanned } from '../../src/pipeline/compile-plan.js';
import { makePlan } from '../../src/pipeline/make-plan.js';
import { graphOf, revision, VERSION_TABLE } from '../compile/harness.js';
import { runAsDba, type Runner } from '../guard/clients.js';
import { describeEngine } from '../support/engines.js';

const REPRO = 'w >= 0) , ADD COLUMN pwned INTEGER, ADD CONSTRAINT ck_x CHECK (1 = 1';

function project(upgrade: unknown[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'lbaas-edge-'));
  mkdirSync(join(dir, 'versions'));
  writeFileSync(
    join(dir, 'versions', '0001_t.jsonc'),
    JSON.stringify(
      {
        revision: '0001',
        down_revision: null,
        message: 'widgets',
        upgrade: [
          {
            op: 'create_table',
            table: 't',
            columns: [
              { name: 'id', type: 'integer', nullable: false },
              { name: 'w', type: 'integer' },
            ],
            primary_key: ['id'],
          },
          ...upgrade,
        ],
        downgrade: [{ op: 'drop_table', table: 't' }],
      },
      null,
      2,
    ),
  );
  return dir;
}

describe('load refuses, through the built CLI', { timeout: 60_000 }, () => {
  const dirs: string[] = [];
  beforeAll(() => assertBuilt());
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const mk = (upgrade: unknown[]) => {
    const d = project(upgrade);
    dirs.push(d);
    return d;
  };

  it.each(['create_check_constraint', 'create_table'])(
    'the reproduction condition (%s): upgrade --sql, check_migration and bundle all refuse it',
    async (how) => {
      const op =
        how === 'create_check_constraint'
          ? { op: 'create_check_constraint', name: 'ck_w', table: 't', condition: REPRO }
          : { op: 'create_table', table: 'u', columns: [{ name: 'w', type: 'integer' }], checks: [{ name: 'ck_u', condition: REPRO }] };
      const dir = mk([op]);
      const field = how === 'create_check_constraint' ? 'upgrade[1].condition' : 'upgrade[1].checks[0].condition';
      for (const dialect of ['postgresql', 'mysql', 'sqlite']) {
        const r = await cli(['--dialect', dialect, 'upgrade', 'heads', '--sql'], { cwd: dir });
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(
          new RegExp(
            `^versions/0001_t\\.jsonc:\\d+:\\d+: error LD030: field '${field.replace(/[[\].]/g, '\\$&')}': expected one SQL boolean expression, found a '\\)' that closes nothing the condition opened at column 7`,
          ),
        );
      }
      const check = await cli(['check_migration'], { cwd: dir });
      expect(check.code).toBe(1);
      expect(check.stderr).toContain('LD030');
      const out = join(dir, 'bundle');
      const b = await cli(['--dialect', 'postgresql', 'bundle', 'heads', '--out', out], { cwd: dir });
      expect(b.code).toBe(1);
      expect(b.stderr).toContain('LD030');
      expect(existsSync(out)).toBe(false);
    },
  );

  it('execute SQL holding client commands, for each client it reaches', async () => {
    const dir = mk([
      { op: 'execute', sql: ['UPDATE t SET w = 1', '\\! touch pwned'] },
      { op: 'execute', dialects: ['sqlite'], sql: 'UPDATE t SET w = 2;\n.shell touch pwned' },
      { op: 'execute', sql: { mysql: 'UPDATE t SET w = 3;\nsystem touch pwned', default: 'UPDATE t SET w = 3' } },
      { op: 'execute', sql: "UPDATE t SET w = 4 WHERE 'x' = 'x" },
    ]);
    const r = await cli(['upgrade', 'heads', '--sql'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const errors = r.stderr.split('\n').filter((l) => / error /.test(l));
    expect(errors.map((l) => l.replace(/^(\S+): error (LD\d+): (field '[^']+').*$/, '$1 $2 $3'))).toEqual([
      // each at the string (or the line of a list) that holds it
      "versions/0001_t.jsonc:28:9 LD031 field 'upgrade[1].sql[1]'",
      "versions/0001_t.jsonc:36:14 LD031 field 'upgrade[2].sql'",
      "versions/0001_t.jsonc:41:18 LD031 field 'upgrade[3].sql.mysql'",
      "versions/0001_t.jsonc:47:14 LD031 field 'upgrade[4].sql'",
    ]);
    expect(errors[0]).toContain("the client command '\\!' at column 1, which psql and mysql/mariadb would run themselves");
    expect(errors[1]).toContain("the client command '.shell' at line 2, column 1, which sqlite3 would run itself");
    expect(errors[2]).toContain("the client command 'system' at line 2, column 1, which mysql/mariadb would run itself");
    expect(errors[3]).toContain('ends inside a string');
    expect(r.stderr).toContain('allow_client_command');
  });

  it('the named opt-in: allowed, shown by lint with its reason, in the review page and in the bundle manifest', async () => {
    const reason = 'psql copies the seed file from the client host';
    const dir = mk([{ op: 'execute', dialects: ['postgresql'], sql: "\\copy t (id, w) FROM 'seed.csv' WITH (FORMAT csv)", allow_client_command: reason }]);
    const up = await cli(['--dialect', 'postgresql', 'upgrade', 'heads', '--sql'], { cwd: dir });
    expect(up.code, up.stderr).toBe(0);
    expect(up.stdout).toContain("\n\\copy t (id, w) FROM 'seed.csv' WITH (FORMAT csv);\n");
    const lint = await cli(['lint'], { cwd: dir });
    expect(lint.stdout + lint.stderr).toContain(`LN040`);
    expect(lint.stdout + lint.stderr).toContain(`(waived: ${reason})`);
    const out = join(dir, 'bundle');
    const b = await cli(['--dialect', 'postgresql', 'bundle', 'heads', '--out', out], { cwd: dir });
    expect(b.code, b.stderr).toBe(0);
    const html = readFileSync(join(out, 'review.html'), 'utf8');
    expect(html).toContain('LN040');
    expect(html).toContain(`waived: ${reason}`);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      verification: Record<string, { client_commands?: { command: string; reason: string }[] }>;
    };
    expect(Object.values(manifest.verification).flatMap((v) => v.client_commands ?? [])).toEqual([expect.objectContaining({ command: '\\copy', reason })]);
    const v = await cli(['verify', out], { cwd: dir });
    expect(v.code, v.stdout + v.stderr).toBe(0);
  });

  it('an opt-in that allows nothing is a lint warning', async () => {
    const dir = mk([{ op: 'execute', sql: 'UPDATE t SET w = 1', allow_client_command: 'none needed' }]);
    const lint = await cli(['lint'], { cwd: dir });
    expect(lint.stdout + lint.stderr).toContain('LN041');
  });
});

/** A revision built past the load: its SQL text is changed after the front end read it. */
function tampered(sql: string): Revision {
  const rev = revision({
    id: 'r1',
    upgrade: [
      { op: 'create_table', table: 't', columns: [{ name: 'id', type: 'integer' }] },
      { op: 'execute', sql: 'UPDATE t SET id = 1' },
    ],
  });
  const op = rev.upgrade[1]!;
  if (op.op !== 'execute') throw new Error('fixture');
  op.sql = sql;
  return rev;
}

describe('the verifier reads the compiled script itself', () => {
  const AT_OP = /the \S+ client command '[^']+' .*\[revision r1 \(versions\/r1\.jsonc\), op upgrade\[1\] execute, template execute\]$/;
  it.each([
    ['postgresql', '\\! touch x', AT_OP],
    ['postgresql', 'SELECT 1 \\g', AT_OP],
    ['mysql', 'system touch x', AT_OP],
    ['mariadb', 'SELECT 1 \\! touch x', AT_OP],
    ['sqlite', 'SELECT 1;\n.shell touch x', AT_OP],
    // the quote swallows the rest of the script: the client reads it ending inside one
    ['postgresql', "SELECT 'open", /the script ends inside a string opened here, as psql reads it/],
  ] as const)('%s: flags %j that got past the load (VF010)', (dialect, sql, re) => {
    const v = verifyScript(compileScript(dialect, [tampered(sql)]), dialect);
    const vf = v.diagnostics.filter((d) => d.code === 'VF010');
    expect(vf).toHaveLength(1);
    expect(vf[0]!.message).toMatch(re);
    // and the same script, untouched, has none
    expect(verifyScript(compileScript(dialect, [tampered('UPDATE t SET id = 2')]), dialect).diagnostics.filter((d) => d.code === 'VF010')).toEqual([]);
  });

  it("and nothing in the shipped history, whatever the script options (the compiler's own directives are not flagged)", { timeout: 180_000 }, () => {
    for (const dialect of ['postgresql', 'mysql', 'mariadb', 'sqlite'] as const) {
      const ctx = new Context({ dialect });
      for (const [direction, spec] of [
        ['upgrade', 'base:heads'],
        ['downgrade', 'heads:62deca5010cd'],
      ] as const) {
        for (const tpm of [false, true]) {
          const script = compilePlanned(ctx.loaded(), ctx.graph(), makePlan(ctx.graph(), { direction, spec }), {
            dialect,
            versionTable: VERSION_TABLE,
            title: `${direction} ${spec}`,
            transactionPerMigration: tpm,
            safety: { guard: true, clientDirectives: true },
          }).script;
          const v = verifyScript(script, dialect);
          expect(
            v.diagnostics.filter((d) => d.code === 'VF010'),
            `${dialect} ${direction} ${spec}`,
          ).toEqual([]);
          expect(v.allowedCommands).toEqual([]);
          expect(script.text.includes(dialect === 'postgresql' ? '\\set ON_ERROR_STOP on' : '.bail on')).toBe(dialect === 'postgresql' || dialect === 'sqlite');
        }
      }
    }
  });
});

/** The pipeline as `--sql` runs it, without guard and client directives, keeping the script's chunk table. */
function compileScript(dialect: Dialect, revs: Revision[]) {
  const graph = graphOf(revs);
  const planned = makePlan(graph, { direction: 'upgrade', spec: 'heads' });
  return compilePlanned({ revisions: revs, external: [], diagnostics: [] }, graph, planned, {
    dialect,
    versionTable: VERSION_TABLE,
    title: 'upgrade heads',
    transactionPerMigration: false,
    safety: { guard: false, clientDirectives: false },
  }).script;
}

describe('comments cannot be broken out of', () => {
  it('every line terminator and control character is written visibly', () => {
    expect(commentLine('a\nb')).toBe('-- a<U+000A>b\n');
    expect(commentLine('a\r\\! x')).toBe('-- a<U+000D>\\! x\n');
    expect(commentLine('a\u2028b\u0085c\u0000d\u007f')).toBe('-- a<U+2028>b<U+0085>c<U+0000>d<U+007F>\n');
    expect(commentLine('tab\tstays  ')).toBe('-- tab\tstays\n');
  });

  const RUN: { dialect: Dialect; runner: Runner; line: (marker: string) => string }[] = [
    { dialect: 'postgresql', runner: 'psql', line: (m) => `\\! touch ${m}` },
    { dialect: 'mariadb', runner: 'mariadb', line: (m) => `system touch ${m}` },
    { dialect: 'sqlite', runner: 'sqlite3', line: (m) => `.shell touch ${m}` },
  ];
  for (const { dialect, runner, line } of RUN) {
    describeEngine(dialect, `a revision message with a line break, run by ${runner}`, (engine) => {
      it('stays in its comment: the client runs nothing', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'lbaas-comment-'));
        try {
          const marker = join(dir, 'pwned');
          const rev = revision({ id: 'r1', upgrade: [{ op: 'create_table', table: 't', columns: [{ name: 'id', type: 'integer' }] }] });
          // past the load, which refuses a message with a line break
          rev.message = `widgets\n${line(marker)}`;
          rev.file = `versions/r1\r${line(marker)}.jsonc`;
          const text = compileScript(dialect, [rev]).text;
          expect(text).not.toMatch(/^(\\!|system|\.shell)/m);
          const db = await engine.scratch();
          const r = await runAsDba(runner, db, text);
          expect(r.code, r.stderr).toBe(0);
          expect(existsSync(marker)).toBe(false);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });
    });
  }
});

describe('verify reads a tampered bundle as its client does', { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(() => {
    assertBuilt();
    dir = project([{ op: 'execute', sql: "UPDATE t SET w = 1 WHERE 'a' <> '\\! in a string'" }]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['postgresql', (s: string) => s.replace('\nCOMMIT;', '\n\\! touch pwned\nCOMMIT;'), true],
    ['mysql', (s: string) => s.replace('\nCREATE TABLE', '\nsystem touch pwned\nCREATE TABLE'), true],
    ['sqlite', (s: string) => s.replace('\n-- [1/1]', '\n.shell touch pwned\n-- [1/1]'), true],
    ['postgresql', (s: string) => s.replace('-- [1/1]', '-- \\! only a comment [1/1]'), false],
  ] as const)(
    '%s: a client command written into the script is named under "scripts read as their database client reads them" (%#)',
    async (dialect, change, flagged) => {
      const out = join(dir, `bundle-${dialect}-${flagged}`);
      const b = await cli(['--dialect', dialect, 'bundle', 'heads', '--out', out], { cwd: dir });
      expect(b.code, b.stderr).toBe(0);
      const ok = await cli(['verify', out], { cwd: dir });
      expect(ok.code, ok.stdout).toBe(0);
      expect(ok.stdout).toContain('scripts read as their database client reads them:\n  ok ');
      const file = join(out, 'upgrade.sql');
      const before = readFileSync(file, 'utf8');
      const after = change(before);
      expect(after).not.toBe(before);
      writeFileSync(file, after);
      const v = await cli(['verify', out], { cwd: dir });
      expect(v.code).toBe(1); // the edit alone is a difference
      if (flagged) expect(v.stdout).toMatch(/\n {2}COMMAND +upgrade\.sql: 1 client command no op allows: line \d+, column 1: the \S+ client command/);
      else expect(v.stdout).not.toContain('COMMAND');
    },
  );
});
