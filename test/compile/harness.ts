/**
 * Shared machinery of the compiler-core tests: revisions built in memory from plain
 * revision-file objects (through the real front end), compiled through the real
 * pipeline (graph, plan, replay, lowering, templates, script assembly), applied to
 * scratch databases and read back.
 */
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import type { Revision } from '../../src/core/ops.js';
import { validateRevision } from '../../src/front/validate.js';
import { buildGraph } from '../../src/graph/graph.js';
import type { RevisionGraph } from '../../src/graph/revision-graph.js';
import { makePlan } from '../../src/pipeline/make-plan.js';
import { compilePlanned } from '../../src/pipeline/compile-plan.js';
import type { CompileOutput } from '../../src/emit/compile.js';
import type { Schema } from '../../src/model/schema.js';
import { DiagnosticError } from '../../src/core/diagnostics.js';
import { DEFAULT_VERSION_TABLE, diffCatalog, expectedCatalog, readCatalog, readVersions } from '../support/catalog.js';
import type { EngineSuite, ScratchDb } from '../support/engines.js';

export type OpDoc = Record<string, unknown>;
export const VERSION_TABLE = DEFAULT_VERSION_TABLE;

export interface RevisionDoc {
  id: string;
  down?: string | string[] | null;
  upgrade: OpDoc[];
  /** Omitted: an empty downgrade list; null: no downgrade at all. */
  downgrade?: OpDoc[] | null;
  message?: string;
  depends_on?: string[];
}

/** A revision as the front end reads it from a file; throws on any load diagnostic. */
export function revision(d: RevisionDoc): Revision {
  const doc: Record<string, unknown> = {
    revision: d.id,
    down_revision: d.down ?? null,
    message: d.message ?? `revision ${d.id}`,
    upgrade: d.upgrade,
  };
  if (d.downgrade !== null) doc.downgrade = d.downgrade ?? [];
  if (d.depends_on) doc.depends_on = d.depends_on;
  const diagnostics: Diagnostic[] = [];
  const rev = validateRevision(JSON.parse(JSON.stringify(doc)), `versions/${d.id}.jsonc`, diagnostics);
  if (!rev || diagnostics.length) throw new Error(`fixture ${d.id} does not load: ${diagnostics.map((x) => `${x.code} ${x.message}`).join('; ')}`);
  return rev;
}

export function graphOf(revs: Revision[]): RevisionGraph {
  const { graph, diagnostics } = buildGraph(revs);
  if (diagnostics.length) throw new Error(`fixture graph: ${diagnostics.map((d) => d.message).join('; ')}`);
  return graph;
}

export interface Compiled {
  text: string;
  output: CompileOutput;
  schema: Schema;
}

export interface CompileOpts {
  direction?: 'upgrade' | 'downgrade';
  /** Default: `heads` for upgrade; a downgrade needs a range such as `heads:base`. */
  spec?: string;
  transactionPerMigration?: boolean;
  /** MySQL/MariaDB table character set; default utf8mb4 (these histories have no utf8 Neutron tables to match, and their rows hold 4-byte characters). */
  mysqlCharset?: { charset?: string; collation?: string };
}

/**
 * The whole pipeline as the CLI's `--sql` runs it (plan, replay, lowering, templates,
 * assembly), without the in-script guard and without client directives (psql and
 * the sqlite3 CLI get theirs from the test harness; better-sqlite3 would not parse them).
 * Throws the compiler's diagnostics (a DiagnosticError) when it refuses.
 */
export function compile(dialect: Dialect, revs: Revision[], o: CompileOpts = {}): Compiled {
  const graph = graphOf(revs);
  const direction = o.direction ?? 'upgrade';
  const spec = o.spec ?? 'heads';
  const planned = makePlan(graph, { direction, spec });
  const { script, output } = compilePlanned({ revisions: revs, external: [], diagnostics: [] }, graph, planned, {
    dialect,
    versionTable: VERSION_TABLE,
    title: `${direction} ${spec}`,
    transactionPerMigration: o.transactionPerMigration ?? false,
    safety: { guard: false, clientDirectives: false },
    mysqlCharset: o.mysqlCharset ?? { charset: 'utf8mb4' },
  });
  return { text: script.text, output, schema: output.schema };
}

/** The diagnostics a compile refuses with (empty when it compiles). */
export function refusal(dialect: Dialect, revs: Revision[], o: CompileOpts = {}): Diagnostic[] {
  try {
    compile(dialect, revs, o);
    return [];
  } catch (e) {
    if (e instanceof DiagnosticError) return e.diagnostics;
    throw e;
  }
}

/** The statements (each with its `;`) that the ops of the last step of the plan lowered to. */
export function lastStepSql(c: Compiled): string {
  const last = c.output.steps[c.output.steps.length - 1];
  if (!last) throw new Error('no step compiled');
  return last.ops.flatMap((o) => o.statements.map((s) => `${s.sql};`)).join('\n');
}

/** Applies a script; fails the test with the engine's own error text. */
export async function applyOk(db: ScratchDb, sql: string, via?: 'cli' | 'driver'): Promise<void> {
  const r = await db.apply(sql, via ? { via } : {});
  if (r.code !== 0)
    throw new Error(`script failed on ${db.dialect}${via ? ` via ${via}` : ''} (exit ${r.code}):\n${r.stderr || r.stdout}\n--- script ---\n${sql}`);
}

/** The engine's catalog equals the model (the compiler's own oracle); the version table holds `versions` (when given). */
export async function expectCatalog(db: ScratchDb, schema: Schema, versions?: string[] | null): Promise<void> {
  const diff = diffCatalog(expectedCatalog(schema, db.dialect), await readCatalog(db));
  expect(diff, `catalog of ${db.dialect} differs from the model`).toEqual([]);
  if (versions !== undefined) expect(await readVersions(db), `version table of ${db.dialect}`).toEqual(versions);
}

/** Empties a scratch database so the next case starts from nothing (one client run). */
export async function resetDb(db: ScratchDb): Promise<void> {
  if (db.server === 'sqlite') {
    rmSync(db.file!, { force: true });
    new Database(db.file!).close();
    return;
  }
  const sql =
    db.server === 'postgresql'
      ? 'DROP SCHEMA public CASCADE;\nCREATE SCHEMA public;\n'
      : `DROP DATABASE \`${db.name}\`;\nCREATE DATABASE \`${db.name}\` CHARACTER SET utf8mb4;\n`;
  const r = await db.apply(sql);
  if (r.code !== 0) throw new Error(`cannot reset ${db.name}: ${r.stderr}`);
}

/**
 * A few scratch databases of one engine suite, reused: each `use` takes a free one (or waits),
 * empties it and runs `fn` on it. Creating and dropping a server database per case costs more
 * than the case itself.
 */
export function scratchPool(engine: EngineSuite, size = 3) {
  const free: ScratchDb[] = [];
  const waiting: ((db: ScratchDb) => void)[] = [];
  let created = 0;
  const acquire = async (): Promise<ScratchDb> => {
    const db = free.pop();
    if (db) return db;
    if (created < size) {
      created++;
      return engine.scratch();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (db: ScratchDb) => {
    const next = waiting.shift();
    if (next) next(db);
    else free.push(db);
  };
  return {
    async use<T>(fn: (db: ScratchDb) => Promise<T>): Promise<T> {
      const db = await acquire();
      try {
        await resetDb(db);
        return await fn(db);
      } finally {
        release(db);
      }
    },
  };
}

/** Quote an identifier for a hand-written test query. */
export function q(dialect: Dialect, name: string): string {
  return dialect === 'mysql' || dialect === 'mariadb' ? `\`${name}\`` : `"${name}"`;
}

/** Deterministic PRNG (mulberry32): the same seed, the same sequence. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
