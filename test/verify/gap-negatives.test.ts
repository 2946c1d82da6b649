/**
 * The verifier's parser gaps excuse only the statements they name. A statement the parser
 * rejects that merely starts like a gap (a CREATE TABLE without a user-defined type, a SET
 * NAMES or a BEGIN with more after it, ...) is really broken and must still be an error
 * (VF001), never "not verified". Each case is a raw SQL text of an `execute` op, the way any
 * text reaches a script verbatim.
 */
import { describe, expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { compilePlanned } from '../../src/pipeline/compile-plan.js';
import { makePlan } from '../../src/pipeline/make-plan.js';
import { loadHistoryFiles } from '../../src/front/load.js';
import { buildGraph } from '../../src/graph/graph.js';
import { verifyScript } from '../../src/verify/verify.js';
import { writeFixture } from '../lint/fixture.js';

const BROKEN_CREATE = 'CREATE TABLE t2 (id INTEGER,, w INTEGER)';
/** Per dialect: broken statements shaped like (but outside) one of its gaps. */
const NEGATIVES: Record<Dialect, string[]> = {
  postgresql: [
    BROKEN_CREATE,
    // the emitter's multi-line layout with quoted names, but no user-defined type
    'CREATE TABLE "t3" (\n    "id" INTEGER NOT NULL,\n    "w" INTEGER,,\n    CONSTRAINT "t3_pkey" PRIMARY KEY ("id")\n)',
    'ALTER TABLE "t" ADD COLUMN w2 INTEGER INTEGER',
    'CREATE INDEX CONCURRENTLY IF NOT EXISTS "ix_w" ON "t" ("w",)',
  ],
  mysql: [BROKEN_CREATE, 'SET NAMES utf8mb4 COLLATE', 'EXECUTE stmt USING', 'PREPARE s FROM'],
  mariadb: [BROKEN_CREATE, 'SET NAMES utf8mb4 COLLATE', 'EXECUTE stmt USING', 'PREPARE s FROM'],
  sqlite: [BROKEN_CREATE, 'BEGIN IMMEDIATE NOW', 'DROP INDEX "ix_t" ON', 'RELEASE "x" "y"'],
};

/** The same shapes, valid: parsed, or excused by their gap; never an error. */
const POSITIVES: Partial<Record<Dialect, [string, string | null][]>> = {
  postgresql: [
    ['CREATE TABLE t2 (id INTEGER, w INTEGER)', null],
    ['ALTER TABLE "t" RENAME COLUMN "w" TO "w3"', 'pg-rename-column'],
    ['CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "ix_w" ON "t" ("id", "w")', 'pg-create-index-concurrently'],
  ],
  sqlite: [['CREATE TABLE t2 (id INTEGER, w INTEGER)', null]],
};

function verifyExecute(dialect: Dialect, sqls: string[]) {
  const fx = writeFixture([
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
    { revision: 'v2', down_revision: 'v1', message: 'raw sql', downgrade: [], upgrade: sqls.map((sql) => ({ op: 'execute', sql })) },
  ]);
  try {
    const history = loadHistoryFiles(fx.dir, 'versions');
    expect(history.diagnostics).toEqual([]);
    const { graph } = buildGraph(history.revisions);
    const planned = makePlan(graph, { direction: 'upgrade', spec: 'v1:v2' });
    const { script } = compilePlanned(history, graph, planned, {
      dialect,
      versionTable: 'alembic_version_lbaas',
      title: 'upgrade v1:v2',
      transactionPerMigration: false,
      safety: { guard: true, clientDirectives: true },
    });
    return verifyScript(script, dialect);
  } finally {
    fx.remove();
  }
}

for (const dialect of Object.keys(NEGATIVES) as Dialect[]) {
  describe(`verify [${dialect}]`, () => {
    for (const [i, sql] of NEGATIVES[dialect].entries()) {
      it(`flags a broken statement shaped like a gap: ${JSON.stringify(sql.split('\n')[0])}${i === 1 && dialect === 'postgresql' ? ' (multi-line)' : ''}`, () => {
        const v = verifyExecute(dialect, [sql]);
        expect(v.notVerified.map((n) => n.sql)).not.toContain(sql);
        expect(v.diagnostics.map((d) => d.code)).toEqual(['VF001']);
        expect(v.diagnostics[0]!.message).toContain(`op upgrade[0] execute`);
        expect(v.diagnostics[0]!.message).toContain(`the ${dialect} parser rejects: ${sql.split('\n')[0]}`);
      });
    }
    for (const [sql, gap] of POSITIVES[dialect] ?? []) {
      it(`accepts the valid look-alike ${JSON.stringify(sql)} (${gap ?? 'parsed'})`, () => {
        const v = verifyExecute(dialect, [sql]);
        expect(v.diagnostics).toEqual([]);
        expect(v.notVerified.filter((n) => n.sql === sql).map((n) => n.gap)).toEqual(gap ? [gap] : []);
      });
    }
  });
}

// Broken statements that the open-ended gaps still excuse today (reported as "not verified",
// not as VF001). The gaps belong to the verifier; each needs a narrower match or a re-parse
// with the user-defined type replaced before these can be asserted as errors.
describe('gaps that still excuse a broken statement', () => {
  it.todo('postgresql pg-enum-column: "CREATE TABLE \\"t4\\" (\\n    \\"k\\" \\"kind\\",\\n    \\"x\\" INTEGER,,\\n)" must be VF001');
  it.todo('postgresql pg-add-enum-column: "ALTER TABLE \\"t\\" ADD COLUMN \\"k\\" \\"kind\\" garbage garbage" must be VF001');
  it.todo('postgresql pg-alter-type-using: "ALTER TABLE \\"t\\" ALTER COLUMN \\"w\\" TYPE \\"kind\\" USING )))" must be VF001');
  it.todo('postgresql pg-rename-column: "ALTER TABLE \\"t\\" RENAME COLUMN \\"w\\" TO" must be VF001');
  it.todo('postgresql pg-alter-enum-type / pg-do-block: "ALTER TYPE \\"k\\" ADD VALUE" and "DO $x$ BEGIN broken" must be VF001');
  it.todo('mysql mysql-procedure / mysql-signal: "CREATE PROCEDURE broken", "CALL x((" and any text holding "SIGNAL SQLSTATE" must be VF001');
  it.todo('sqlite sqlite-pragma: "PRAGMA foreign_keys = ON garbage" must be VF001');
});
