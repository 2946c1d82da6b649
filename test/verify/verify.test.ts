/**
 * Verification: every emitted statement is parsed with node-sql-parser for its dialect.
 * On the shipped history nothing fails and nothing is skipped: each statement is either
 * parsed or listed as "not verified" under a gap of the dialect's table, with its reason.
 * A statement the parser rejects outside a known gap is an error naming the revision, its
 * source file and the op it came from.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, family, type Dialect } from '../../src/core/dialect.js';
import { Context } from '../../src/cli/context.js';
import { compilePlanned } from '../../src/pipeline/compile-plan.js';
import { makePlan, type Direction } from '../../src/pipeline/make-plan.js';
import type { Script } from '../../src/emit/script.js';
import { loadHistoryFiles } from '../../src/front/load.js';
import { buildGraph } from '../../src/graph/graph.js';
import { PARSER_GAPS } from '../../src/verify/parser-gaps.js';
import { verifyScript, wrappedStatements } from '../../src/verify/verify.js';
import { writeFixture, type Fixture } from '../lint/fixture.js';

/** The statements and directives of a script that have text. */
const statements = (s: Script) =>
  s.chunks.filter((c) => (c.kind === 'statement' || c.kind === 'directive') && s.text.slice(c.start, c.end).replace(/;\s*$/, '').trim() !== '');

/**
 * What verification must account for: every statement and directive, and, in a resumable MySQL
 * script, each statement a prepared-statement wrapper holds as well.
 */
const parsedCount = (s: Script, dialect: Dialect) =>
  statements(s).reduce(
    (n, c) => n + 1 + (family(dialect) === 'mysql' ? wrappedStatements(s.text.slice(c.start, c.end).replace(/;\s*$/, '').trim()).length : 0),
    0,
  );

function shipped(dialect: Dialect, direction: Direction, spec: string, safety = { guard: true, clientDirectives: true }): Script {
  const ctx = new Context({ dialect });
  const planned = makePlan(ctx.graph(), { direction, spec });
  return compilePlanned(ctx.loaded(), ctx.graph(), planned, {
    dialect,
    versionTable: 'alembic_version_lbaas',
    title: `${direction} ${spec}`,
    transactionPerMigration: false,
    safety,
  }).script;
}

describe('the shipped history', { timeout: 60_000 }, () => {
  for (const dialect of DIALECTS) {
    it(`${dialect}: every statement of upgrade base:heads and downgrade heads:62deca5010cd is parsed or listed with its gap`, () => {
      for (const [direction, spec] of [
        ['upgrade', 'base:heads'],
        ['downgrade', 'heads:62deca5010cd'],
      ] as const) {
        const script = shipped(dialect, direction, spec);
        const v = verifyScript(script, dialect);
        expect(v.diagnostics, `${direction} ${spec}`).toEqual([]);
        expect(v.verified + v.notVerified.length).toBe(parsedCount(script, dialect));
        if (family(dialect) === 'mysql') expect(parsedCount(script, dialect)).toBeGreaterThan(statements(script).length);
        // the guard before each revision runs through statements no grammar reads; of the rest, most are verified
        const guardGaps = new Set(['mysql-prepared', 'mysql-do', 'pg-do-block', 'sqlite-guard-line']);
        expect(v.verified).toBeGreaterThan(v.notVerified.filter((n) => !guardGaps.has(n.gap)).length);
        const table = new Map(PARSER_GAPS[dialect].map((g) => [g.id, g]));
        for (const n of v.notVerified) {
          const gap = table.get(n.gap);
          expect(gap, n.gap).toBeDefined();
          expect(n.reason).toBe(gap!.reason);
          expect(gap!.match.test(n.sql)).toBe(true);
          expect(script.text.split('\n')[n.line - 1], `line ${n.line}`).not.toMatch(/^--/);
        }
      }
    });
  }

  it('the guard statements that no grammar reads are listed, not dropped', () => {
    const revisions = makePlan(new Context({ dialect: 'postgresql' }).graph(), { direction: 'upgrade', spec: 'kilo:heads' }).plan.steps.length;
    const doBlocks = (v: ReturnType<typeof verifyScript>) => v.notVerified.filter((n) => n.gap === 'pg-do-block').length;
    const pg = verifyScript(shipped('postgresql', 'upgrade', 'kilo:heads'), 'postgresql');
    // one progress marker per revision, the guard's check and stop before each revision, the lock and its release,
    // and the name check and its stop before the two revisions that drop constraints or indexes (6aee0434f911, 4b4dc6d5d843)
    expect(doBlocks(pg)).toBe(3 * revisions + 2 + 2 * 2);
    expect(pg.notVerified.filter((n) => n.gap === 'pg-do-block' && n.sql.startsWith('DO $lbaas_names$')).length).toBe(2);
    expect(pg.notVerified.map((n) => n.gap)).toContain('psql-directive');
    const my = verifyScript(shipped('mysql', 'upgrade', 'kilo:heads'), 'mysql');
    expect(my.notVerified.filter((n) => n.gap === 'mysql-prepared').length).toBeGreaterThanOrEqual(3);
    const lite = verifyScript(shipped('sqlite', 'upgrade', 'kilo:heads'), 'sqlite');
    expect(lite.notVerified.map((n) => n.gap)).toEqual(expect.arrayContaining(['sqlite-dot-command', 'sqlite-savepoint', 'sqlite-guard-line']));
    // without the guard and the client directives, those gaps are gone
    const bare = verifyScript(shipped('postgresql', 'upgrade', 'kilo:heads', { guard: false, clientDirectives: false }), 'postgresql');
    expect(doBlocks(bare)).toBe(revisions);
    expect(bare.notVerified.map((n) => n.gap)).not.toContain('psql-directive');
  });

  it('every gap has an id of its own and a reason', () => {
    for (const dialect of DIALECTS) {
      const ids = PARSER_GAPS[dialect].map((g) => g.id);
      expect(new Set(ids).size, dialect).toBe(ids.length);
      for (const g of PARSER_GAPS[dialect]) expect(g.reason.length, g.id).toBeGreaterThan(15);
    }
  });
});

describe('a statement the parser rejects', () => {
  let fx: Fixture;
  beforeAll(() => {
    fx = writeFixture([
      {
        revision: 'v1',
        down_revision: null,
        message: 'create t',
        downgrade: [],
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
        ],
      },
      {
        revision: 'v2',
        down_revision: 'v1',
        message: 'bad data change',
        downgrade: [],
        upgrade: [
          { op: 'add_column', table: 't', column: { name: 'x', type: 'integer' } },
          { op: 'execute', sql: 'UPDATE t SET w = 1' },
          { op: 'execute', sql: 'FROBNICATE t WITH w' },
        ],
      },
    ]);
  });
  afterAll(() => fx?.remove());

  for (const dialect of DIALECTS) {
    it(`${dialect}: is an error naming the revision, its file and the op; the other statements still count`, () => {
      const history = loadHistoryFiles(fx.dir, 'versions');
      expect(history.diagnostics).toEqual([]);
      const { graph } = buildGraph(history.revisions);
      const planned = makePlan(graph, { direction: 'upgrade', spec: 'base:v2' });
      const { script } = compilePlanned(history, graph, planned, {
        dialect,
        versionTable: 'alembic_version_lbaas',
        title: 'upgrade base:v2',
        transactionPerMigration: false,
        safety: { guard: true, clientDirectives: true },
      });
      const v = verifyScript(script, dialect);
      expect(v.diagnostics).toHaveLength(1);
      const d = v.diagnostics[0]!;
      expect(d.code).toBe('VF001');
      expect(d.severity).toBe('error');
      // the line the statement starts on (in a resumable MySQL script, the line of the wrapper that holds it)
      const held = script.chunks.find((c) => c.kind === 'statement' && script.text.slice(c.start, c.end).includes('FROBNICATE'));
      expect(held).toBeDefined();
      const line = held!.line;
      expect(script.text.split('\n')[line - 1]).toMatch(family(dialect) === 'mysql' ? /^SET @lbaas_q = IF\(/ : /^FROBNICATE t WITH w/);
      expect(d.message).toBe(
        `line ${line} (revision v2 (versions/v2.jsonc), op upgrade[2] execute, template execute): the ${dialect} parser rejects: FROBNICATE t WITH w`,
      );
      expect(d.hint).toMatch(/^parser said: /);
      expect(v.verified + v.notVerified.length + v.diagnostics.length).toBe(parsedCount(script, dialect));
    });
  }
});
