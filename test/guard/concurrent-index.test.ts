/**
 * --create-index-concurrently ([postgresql] create_index_concurrently): in an upgrade through
 * expand revisions run one transaction per revision, an index whose table and columns exist when
 * its revision starts is built with CREATE INDEX CONCURRENTLY before the revision's transaction
 * (after the guard, with a leftover of an earlier run dropped first), and the version row is
 * written in the transaction only once the index is valid. Proven on PostgreSQL with a small
 * expand history: the script applies and its indexes are valid; writers to the table go on while
 * the index waits (where the plain CREATE INDEX blocks them); a build that fails half-way (its
 * lock wait ran out) leaves the version row where it was, and running the same script again ends
 * in the catalog of a clean run, also under a client that goes on after errors; a relation of the
 * index's name that is not such a leftover stops the script. The refusals (other dialects,
 * contract or mixed ranges, downgrades, stamps, one transaction for the range) are checked
 * through the built program.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Context } from '../../src/cli/context.js';
import { compileOptions, renderOffline } from '../../src/workspace/offline.js';
import { compilePlanned } from '../../src/pipeline/compile-plan.js';
import { makePlan } from '../../src/pipeline/make-plan.js';
import { verifyScript } from '../../src/verify/verify.js';
import { compareWithModel, readVersions } from '../support/catalog.js';
import { describeEngine, type ExecResult, type ScratchDb } from '../support/engines.js';
import { connectionUrl, modelAt, requireBuilt, runCli, waitFor, writeConfig } from '../online/cli.js';
import { runWay, Session, WAYS } from './clients.js';

const out = (r: ExecResult | { stdout: string; stderr: string }) => `${r.stdout}\n${r.stderr}`;

/** A small expand history: c1 creates the table (and an index on it), c2 adds an index, c3 adds a column with its index and a unique index. */
const HISTORY: Record<string, object> = {
  'c1_items.jsonc': {
    revision: 'c1',
    down_revision: null,
    branch_labels: ['expand'],
    message: 'create items',
    upgrade: [
      {
        op: 'create_table',
        table: 'ci_items',
        primary_key: ['id'],
        columns: [
          { name: 'id', type: 'integer', nullable: false },
          { name: 'note', type: 'string(64)', nullable: true },
          { name: 'n', type: 'integer', nullable: true },
        ],
      },
      { op: 'create_index', name: 'ix_ci_items_n', table: 'ci_items', columns: ['n'], unique: false },
    ],
    downgrade: [{ op: 'drop_table', table: 'ci_items' }],
  },
  'c2_note_index.jsonc': {
    revision: 'c2',
    down_revision: 'c1',
    message: 'index the notes',
    upgrade: [{ op: 'create_index', name: 'ix_ci_items_note', table: 'ci_items', columns: ['note'], unique: false }],
    downgrade: [{ op: 'drop_index', name: 'ix_ci_items_note', table: 'ci_items' }],
  },
  'c3_extra.jsonc': {
    revision: 'c3',
    down_revision: 'c2',
    message: 'extra column, two more indexes',
    upgrade: [
      { op: 'add_column', table: 'ci_items', column: { name: 'extra', type: 'string(32)', nullable: true } },
      { op: 'create_index', name: 'ix_ci_items_extra', table: 'ci_items', columns: ['extra'], unique: false },
      { op: 'create_index', name: 'uq_ci_items_id_note', table: 'ci_items', columns: ['id', 'note'], unique: true },
    ],
    downgrade: [
      { op: 'drop_index', name: 'uq_ci_items_id_note', table: 'ci_items' },
      { op: 'drop_index', name: 'ix_ci_items_extra', table: 'ci_items' },
      { op: 'drop_column', table: 'ci_items', column: 'extra' },
    ],
  },
};

let dir: string;
beforeAll(() => {
  requireBuilt();
  dir = mkdtempSync(join(tmpdir(), 'lbaas-cic-'));
  mkdirSync(join(dir, 'versions'));
  for (const [f, r] of Object.entries(HISTORY)) writeFileSync(join(dir, 'versions', f), JSON.stringify(r, null, 2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The upgrade script for `spec` of the fixture history. */
function script(spec: string, o: { concurrently?: boolean; lockTimeout?: number; clientDirectives?: boolean } = {}): string {
  const ctx = new Context({ dialect: 'postgresql', versions: join(dir, 'versions') });
  return renderOffline(ctx, 'upgrade', spec, {
    ...(o.concurrently === false ? {} : { createIndexConcurrently: true }),
    ...(o.lockTimeout ? { lockTimeout: o.lockTimeout } : {}),
    ...(o.clientDirectives === false ? { clientDirectives: false } : {}),
  });
}

/** Where each statement of a script runs: inside a BEGIN ... COMMIT or not. */
function outsideTransaction(text: string, statement: RegExp): boolean[] {
  let inside = false;
  const found: boolean[] = [];
  for (const line of text.split('\n')) {
    if (/^BEGIN;$/.test(line)) inside = true;
    else if (/^COMMIT;$/.test(line)) inside = false;
    else if (statement.test(line)) found.push(!inside);
  }
  return found;
}

describe('the script', () => {
  it('builds an index on an existing table concurrently, before the transaction that writes the version row; the others stay in it, saying why', () => {
    const s = script('c1:heads');
    expect(s).toContain('-- indexes: CREATE INDEX CONCURRENTLY for an index whose table and columns exist when its revision starts');
    expect(s).toContain('-- one transaction per revision (the default for a range of expand revisions');
    expect(outsideTransaction(s, /^CREATE (UNIQUE )?INDEX CONCURRENTLY /)).toEqual([true, true]);
    expect(outsideTransaction(s, /^DROP INDEX CONCURRENTLY IF EXISTS /)).toEqual([true, true]);
    expect(s).toContain(
      'DROP INDEX CONCURRENTLY IF EXISTS "ix_ci_items_note";\nCREATE INDEX CONCURRENTLY IF NOT EXISTS "ix_ci_items_note" ON "ci_items" ("note");',
    );
    expect(s).toContain('CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "uq_ci_items_id_note" ON "ci_items" ("id", "note");');
    // the index on the column c3 adds is built in c3's transaction, and the script says why
    expect(s).toContain('-- not built concurrently: this revision adds (or renames) ci_items.extra\nCREATE INDEX "ix_ci_items_extra" ON "ci_items" ("extra");');
    expect(outsideTransaction(s, /^CREATE INDEX "ix_ci_items_extra"/)).toEqual([false]);
    // c2: the guard, the progress marker and the leftover check, then the build, then the transaction:
    // the guard again, the validity check, the version row
    const c2 = s.slice(s.indexOf('-- [1/2] upgrade c2'), s.indexOf('-- [2/2] upgrade c3'));
    const order = [
      'DO $lbaas_guard$',
      "RAISE NOTICE '%', '[1/2] c2",
      'DO $lbaas_index$',
      'CREATE INDEX CONCURRENTLY',
      'BEGIN;',
      'DO $lbaas_guard$',
      'is missing or not valid',
      'UPDATE "alembic_version_lbaas"',
      'COMMIT;',
    ];
    let at = -1;
    for (const piece of order) {
      const next = c2.indexOf(piece, at + 1);
      expect(next, piece).toBeGreaterThan(at);
      at = next;
    }
  });

  it('every statement verifies, or is one of the listed parser gaps', () => {
    const ctx = new Context({ dialect: 'postgresql', versions: join(dir, 'versions') });
    const planned = makePlan(ctx.graph(), { direction: 'upgrade', spec: 'c1:heads' });
    const { script } = compilePlanned(
      ctx.loaded(),
      ctx.graph(),
      planned,
      compileOptions(ctx, 'upgrade', 'c1:heads', ['c1'], { createIndexConcurrently: true }),
    );
    const v = verifyScript(script, 'postgresql');
    expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(v.notVerified.filter((n) => n.gap === 'pg-create-index-concurrently').map((n) => n.revision)).toEqual(['c2', 'c3']);
  });

  it('leaves the scripts without the option as they were, and the revisions without such an index the same with it', () => {
    const plain = script('c1:heads', { concurrently: false });
    expect(plain).not.toMatch(/CONCURRENTLY|lbaas_index|not built concurrently/);
    // the shipped expand range: only 62deca5010cd (two indexes on tables of an earlier revision) changes
    const ctx = () => new Context({ dialect: 'postgresql' });
    const on = renderOffline(ctx(), 'upgrade', 'kilo:expand@head', { createIndexConcurrently: true });
    const off = renderOffline(ctx(), 'upgrade', 'kilo:expand@head', {});
    const revisions = (t: string) => t.split(/^(?=-- \[\d+\/\d+\] upgrade )/m).slice(1);
    const changed = revisions(on)
      .map((r, i) => (r === revisions(off)[i] ? null : r.slice(0, 40)))
      .filter(Boolean);
    expect(changed).toEqual([expect.stringContaining('upgrade 62deca5010cd')]);
    expect(on).toContain('CREATE INDEX CONCURRENTLY IF NOT EXISTS "ix_lbaas_l7rules_tenant_id" ON "lbaas_l7rules" ("tenant_id");');
  });
});

describe('refusals, through the built program', () => {
  let confs = 0;
  const cli = (args: string[], extra = '') => {
    const conf = join(dir, `refusal-${++confs}.conf`);
    writeFileSync(conf, `[database]\nconnection = postgresql://postgres@127.0.0.1/none\n${extra}`);
    return runCli(['--config-file', conf, ...args], { cwd: dir });
  };

  it('a range with contract revisions, a downgrade, a stamp, another dialect, one transaction for the range: CL009, exit 2, nothing printed', async () => {
    const root = process.cwd();
    const shipped = (args: string[]) => runCli(args, { cwd: root });
    const cases: [Promise<{ code: number; stdout: string; stderr: string }>, RegExp][] = [
      [
        shipped(['--dialect', 'postgresql', 'upgrade', 'kilo:heads', '--sql', '--create-index-concurrently']),
        /error CL009: --create-index-concurrently: concurrent index builds are for ranges of expand revisions only \(run while the services stay up\); this range also has 130ebfdef43, 4b4dc6d5d843, e6417a8b114d\n {2}hint: upgrade the expand branch on its own/,
      ],
      [
        shipped(['--dialect', 'postgresql', 'upgrade', 'base:expand@head', '--sql', '--create-index-concurrently']),
        /error CL009: .*this range also has start_neutron_lbaas, lbaasv2, 4deef6d81931, 4b6d8d5310b8 and 4 more/,
      ],
      [
        shipped(['--dialect', 'postgresql', 'downgrade', 'heads:kilo', '--sql', '--create-index-concurrently']),
        /error CL009: --create-index-concurrently: only an upgrade builds indexes concurrently, not a downgrade/,
      ],
      [
        shipped(['--dialect', 'postgresql', 'stamp', 'kilo:heads', '--sql', '--create-index-concurrently']),
        /error CL009: --create-index-concurrently: only an upgrade builds indexes concurrently, not a stamp/,
      ],
      [
        shipped(['--dialect', 'mariadb', 'upgrade', 'kilo:expand@head', '--sql', '--create-index-concurrently']),
        /error CL009: --create-index-concurrently: concurrent index builds are for PostgreSQL, not mariadb\n {2}hint: MySQL\/MariaDB scripts create indexes in place already/,
      ],
      [
        shipped(['--dialect', 'sqlite', 'upgrade', 'kilo:expand@head', '--sql', '--create-index-concurrently']),
        /error CL009: .*not sqlite\n {2}hint: SQLite has no concurrent index builds/,
      ],
      [
        cli(['upgrade', 'c1:heads', '--sql', '--create-index-concurrently'], '[alembic]\ntransaction_per_migration = false\n'),
        /error CL009: --create-index-concurrently: CREATE INDEX CONCURRENTLY cannot run inside a transaction, and this script runs one transaction for the whole range/,
      ],
      [
        cli(['upgrade', 'c1:heads', '--sql'], '[postgresql]\ncreate_index_concurrently = true\n[alembic]\ntransaction_per_migration = false\n'),
        /error CL009: \[postgresql\] create_index_concurrently \(.*refusal-\d+\.conf line 4\): CREATE INDEX CONCURRENTLY cannot run inside a transaction/,
      ],
      [
        cli(['upgrade', 'c1:heads', '--sql'], '[postgresql]\ncreate_index_concurrently = maybe\n'),
        /refusal-\d+\.conf:4:1: error CF041: create_index_concurrently must be true or false, not 'maybe'/,
      ],
    ];
    for (const [p, re] of cases) {
      const r = await p;
      expect(r.stderr, out(r)).toMatch(re);
      expect(r.code, out(r)).toBe(re.source.includes('CF041') ? 1 : 2);
      expect(r.stdout).toBe('');
    }
  }, 120_000);

  it('the config key: used by upgrades of expand revisions, left aside by downgrades and stamps, and by other dialects', async () => {
    const key = '[postgresql]\ncreate_index_concurrently = true\n';
    const up = await cli(['upgrade', 'c1:heads', '--sql'], key);
    expect(up.code, up.stderr).toBe(0);
    expect(up.stdout).toContain('CREATE INDEX CONCURRENTLY IF NOT EXISTS "ix_ci_items_note"');
    for (const args of [
      ['downgrade', 'heads:c1', '--sql'],
      ['stamp', 'c1:heads', '--sql'],
    ]) {
      const withKey = await cli(args, key);
      const without = await cli(args);
      expect(withKey.code, withKey.stderr).toBe(0);
      expect(withKey.stdout).toBe(without.stdout);
    }
    const my = await cli(['--dialect', 'mariadb', 'upgrade', 'c1:heads', '--sql'], key);
    expect(my.code, my.stderr).toBe(0);
    expect(my.stdout).not.toContain('CONCURRENTLY');
  }, 120_000);
});

describeEngine('postgresql', 'indexes built concurrently', (engine) => {
  /** A scratch database at c1 (its table and first index made by the plain script). */
  async function atC1(): Promise<ScratchDb> {
    const db = await engine.scratch();
    const r = await db.apply(script('base:c1', { concurrently: false }));
    expect(r.code, out(r)).toBe(0);
    return db;
  }

  async function indexes(db: ScratchDb): Promise<{ name: string; valid: boolean }[]> {
    const rows = await db.query<{ name: string; valid: boolean }>(
      "SELECT c.relname AS name, i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 'ci_items'::regclass ORDER BY c.relname",
    );
    return rows;
  }

  /** Whether a session of `db` is waiting for a lock in a statement that starts with `start`. */
  async function waiting(db: ScratchDb, start: string): Promise<boolean> {
    const rows = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '${start}%'`,
    );
    return rows[0]!.n > 0;
  }

  it("the script applies: every index exists and is valid, and the catalog is the model's", async () => {
    const db = await engine.scratch();
    const r = await db.apply(script('base:heads'));
    expect(r.code, out(r)).toBe(0);
    expect(await readVersions(db)).toEqual(['c3']);
    expect(await indexes(db)).toEqual([
      { name: 'ci_items_pkey', valid: true },
      { name: 'ix_ci_items_extra', valid: true },
      { name: 'ix_ci_items_n', valid: true },
      { name: 'ix_ci_items_note', valid: true },
      { name: 'uq_ci_items_id_note', valid: true },
    ]);
    expect(await compareWithModel(db, modelAt(['c3'], 'postgresql', dir, 'versions'))).toEqual([]);
  });

  for (const concurrently of [true, false]) {
    it(
      concurrently
        ? 'writers go on while CREATE INDEX CONCURRENTLY waits for a transaction that is writing to the table'
        : 'the plain CREATE INDEX, waiting for the same transaction, blocks every other writer',
      async () => {
        const db = await atC1();
        const w1 = new Session(db);
        const w2 = new Session(db, true);
        try {
          await w1.run("BEGIN; INSERT INTO ci_items (id, note) VALUES (1, 'open');");
          const run = db.apply(script('c1:c2', { concurrently, lockTimeout: 60 }));
          await waitFor('the index build to wait for the open transaction', () => waiting(db, concurrently ? 'CREATE INDEX CONCURRENTLY' : 'CREATE INDEX'));
          const started = Date.now();
          const w = await w2.run("SET lock_timeout = '2s'; INSERT INTO ci_items (id, note) VALUES (2, 'meanwhile');");
          if (concurrently) {
            expect(w, w).not.toMatch(/ERROR/);
            expect(Date.now() - started).toBeLessThan(2000);
          } else {
            expect(w).toMatch(/ERROR: {2}canceling statement due to lock timeout/);
          }
          await w1.run('COMMIT;');
          const r = await run;
          expect(r.code, out(r)).toBe(0);
          expect(await readVersions(db)).toEqual(['c2']);
          expect((await indexes(db)).find((x) => x.name === 'ix_ci_items_note')).toEqual({ name: 'ix_ci_items_note', valid: true });
          expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM ci_items'))[0]!.n).toBe(concurrently ? 2 : 1);
        } finally {
          await w1.close();
          await w2.close();
        }
      },
    );
  }

  for (const way of WAYS.postgresql.filter((w) => w.name === 'psql -X -f file' || w.name === 'psql -X -v ON_ERROR_STOP=0 < file')) {
    it(`a build whose lock wait runs out leaves an INVALID index and the version row where it was; the same script run again ends as a clean run (${way.name})`, async () => {
      const db = await atC1();
      const w1 = new Session(db);
      try {
        await w1.run("BEGIN; INSERT INTO ci_items (id, note) VALUES (1, 'open');");
        const r = await runWay(way, db, script('c1:c2', { lockTimeout: 1, clientDirectives: way.directives }));
        expect(out(r)).toMatch(/canceling statement due to lock timeout/);
        if (way.documented) expect(r.code, out(r)).not.toBe(0);
        // a client that goes on: the check in the transaction stops it before the version row
        else
          expect(out(r)).toContain(
            'lbaas-db-manage index STOP: index ix_ci_items_note on ci_items over (note) is missing or not valid (its concurrent build did not finish); the version row of revision c2 was not written',
          );
        expect(await readVersions(db)).toEqual(['c1']);
        expect((await indexes(db)).find((x) => x.name === 'ix_ci_items_note')).toEqual({ name: 'ix_ci_items_note', valid: false });
      } finally {
        await w1.run('COMMIT;');
        await w1.close();
      }
      const again = await db.apply(script('c1:c2'));
      expect(again.code, out(again)).toBe(0);
      expect(await readVersions(db)).toEqual(['c2']);
      expect((await indexes(db)).find((x) => x.name === 'ix_ci_items_note')).toEqual({ name: 'ix_ci_items_note', valid: true });
      expect(await compareWithModel(db, modelAt(['c2'], 'postgresql', dir, 'versions'))).toEqual([]);
    });
  }

  it("a relation of the index's name that is not a leftover of this revision stops the script, and stays", async () => {
    const db = await atC1();
    const made = await db.apply('CREATE INDEX ix_ci_items_note ON ci_items (n);\n');
    expect(made.code, out(made)).toBe(0);
    const r = await db.apply(script('c1:c2'));
    expect(r.code, out(r)).not.toBe(0);
    expect(r.stderr).toContain(
      'lbaas-db-manage index STOP: the database has a relation named ix_ci_items_note that is not the index revision c2 builds on ci_items over (note); rename or drop it, then run again; nothing of this revision ran',
    );
    expect(await readVersions(db)).toEqual(['c1']);
    const cols = await db.query<{ def: string }>("SELECT pg_get_indexdef('ix_ci_items_note'::regclass) AS def");
    expect(cols[0]!.def).toMatch(/\(n\)$/);
    // online: EX016, with what the check said
    const wd = mkdtempSync(join(tmpdir(), 'lbaas-cic-online-'));
    try {
      const conf = writeConfig(wd, connectionUrl(db), `[alembic]\nscript_location = ${join(dir, 'versions')}\n`);
      const online = await runCli(['--config-file', conf, 'upgrade', 'heads', '--create-index-concurrently'], { cwd: wd });
      expect(online.code, out(online)).toBe(1);
      expect(online.stderr).toContain('error EX016: revision c2 did not complete: an index it builds concurrently is in the way or not valid');
      expect(online.stderr).toContain('postgresql said: lbaas-db-manage index STOP: the database has a relation named ix_ci_items_note');
      expect(online.stderr).toContain('the database is at: c1');
    } finally {
      rmSync(wd, { recursive: true, force: true });
    }
  });

  it('the version row waits for the index the revision builds: another index of that name, made between the checks, stops the script before it', async () => {
    const db = await atC1();
    // as if another session made an index of that name over other columns while the build was skipped (IF NOT EXISTS)
    const text = script('c1:c2').replace(
      /^DROP INDEX CONCURRENTLY IF EXISTS "ix_ci_items_note";\nCREATE INDEX CONCURRENTLY IF NOT EXISTS "ix_ci_items_note" ON "ci_items" \("note"\);$/m,
      'CREATE INDEX "ix_ci_items_note" ON "ci_items" ("n");',
    );
    expect(text).toContain('CREATE INDEX "ix_ci_items_note" ON "ci_items" ("n");');
    const r = await db.apply(text);
    expect(r.code, out(r)).not.toBe(0);
    expect(r.stderr).toContain('lbaas-db-manage index STOP: index ix_ci_items_note on ci_items over (note) is missing or not valid');
    expect(await readVersions(db)).toEqual(['c1']);
  });

  it('online: the build that fails half-way is reported with what to do; the command run again completes it', async () => {
    const db = await atC1();
    const wd = mkdtempSync(join(tmpdir(), 'lbaas-cic-online-'));
    const w1 = new Session(db);
    try {
      const conf = writeConfig(
        wd,
        connectionUrl(db),
        `lock_timeout = 1\n[alembic]\nscript_location = ${join(dir, 'versions')}\n[postgresql]\ncreate_index_concurrently = true\n`,
      );
      await w1.run("BEGIN; INSERT INTO ci_items (id, note) VALUES (1, 'open');");
      const r = await runCli(['--config-file', conf, 'upgrade', 'heads'], { cwd: wd });
      expect(r.code, out(r)).toBe(1);
      expect(r.stderr).toMatch(/error EX003: the migration failed\n {2}revision: c2 /);
      expect(r.stderr).toContain('statement (script line');
      expect(r.stderr).toContain('CREATE INDEX CONCURRENTLY IF NOT EXISTS "ix_ci_items_note" ON "ci_items" ("note");');
      expect(r.stderr).toContain('an index the build left half-done (INVALID) is dropped and built again when you run the command again');
      expect(r.stderr).toContain('the database is at: c1');
      await w1.run('COMMIT;');
      const again = await runCli(['--config-file', conf, 'upgrade', 'heads'], { cwd: wd });
      expect(again.code, out(again)).toBe(0);
      expect(await readVersions(db)).toEqual(['c3']);
      expect(await compareWithModel(db, modelAt(['c3'], 'postgresql', dir, 'versions'))).toEqual([]);
      expect((await indexes(db)).every((x) => x.valid)).toBe(true);
    } finally {
      await w1.close();
      rmSync(wd, { recursive: true, force: true });
    }
  });
});
