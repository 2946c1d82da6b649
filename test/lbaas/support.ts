/**
 * Shared machinery of the LBaaS history tests: the shipped revision files and
 * graph, the committed bundles (dist-sql/), the replayed model at any set of
 * heads (the oracle), and the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { loadHistoryFiles, type LoadedHistory } from '../../src/front/load.js';
import { buildGraph } from '../../src/graph/graph.js';
import type { RevisionGraph } from '../../src/graph/revision-graph.js';
import { appliedAt } from '../../src/pipeline/compile-plan.js';
import { resolveTarget } from '../../src/graph/resolve.js';
import { Replayer } from '../../src/model/replay.js';
import type { Schema } from '../../src/model/schema.js';
import { compareWithModel, readVersions } from '../support/catalog.js';
import type { ScratchDb } from '../support/engines.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(ROOT, 'dist/cli/main.js');
export const DIST = join(ROOT, 'dist-sql');
/** The dialects dist-sql/ is compiled for; mysql is proven on MariaDB. */
export const DIST_DIALECTS: Dialect[] = ['postgresql', 'mysql', 'sqlite'];

const projects = new Map<string, { history: LoadedHistory; graph: RevisionGraph }>();

/** The history of a project (its versions/), loaded once; throws on any error. Default: the shipped one. */
export function shipped(root = ROOT): { history: LoadedHistory; graph: RevisionGraph } {
  let p = projects.get(root);
  if (!p) {
    const history = loadHistoryFiles(root, 'versions');
    const errors = history.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) throw new Error(`versions/ does not load: ${errors.map((d) => d.message).join('; ')}`);
    const { graph, diagnostics } = buildGraph(history.revisions);
    if (diagnostics.some((d) => d.severity === 'error')) throw new Error(`graph: ${diagnostics.map((d) => d.message).join('; ')}`);
    p = { history, graph };
    projects.set(root, p);
  }
  return p;
}

/** The single revision a target such as `expand@head` names in a project's history. */
export function revisionOf(target: string, root = ROOT): string {
  const r = resolveTarget(shipped(root).graph, target);
  if (!r.ok || r.value.ids.length !== 1) throw new Error(`'${target}' does not name one revision`);
  return r.value.ids[0]!;
}

/** The compiler's model of the database at `heads` on `dialect`: the external tables, then every applied revision replayed. */
export function modelAt(dialect: Dialect, heads: readonly string[], root = ROOT): Schema {
  const { history, graph } = shipped(root);
  const r = new Replayer(dialect, history.external);
  for (const rev of appliedAt(graph, heads)) {
    if (!r.applyRevision(rev, 'up')) throw new Error(`replay failed at ${rev.id}: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  }
  return r.schema;
}

export interface ManifestFile {
  kind: string;
  range?: string;
  from?: string[];
  to?: string[];
  revisions?: string[];
  milestones?: { from: string; to: string };
  command: string;
  bytes: number;
  sha256: string;
  tables?: string[];
}
export interface Manifest {
  dialect: string;
  files: Record<string, ManifestFile>;
  milestone_sequence: string[];
  heads: string[];
  generator: { name: string; version: string; command: string };
  options: Record<string, unknown>;
  sources: Record<string, string>;
  templates: Record<string, string>;
}

/** dist-sql/<dialect>/manifest.json as committed. */
export function manifest(dialect: Dialect, dir = DIST): Manifest {
  return JSON.parse(readFileSync(join(dir, dialect, 'manifest.json'), 'utf8')) as Manifest;
}

/** A committed bundle's text. */
export function bundle(dialect: Dialect, file: string, dir = DIST): string {
  const p = join(dir, dialect, file);
  if (!existsSync(p)) throw new Error(`${p} is missing: run 'lbaas-db-manage dist-sql'`);
  return readFileSync(p, 'utf8');
}

/** The bundle of a kind (exactly one must exist). */
export function bundleOfKind(m: Manifest, kind: string): [string, ManifestFile] {
  const hits = Object.entries(m.files).filter(([, f]) => f.kind === kind);
  if (hits.length !== 1) throw new Error(`manifest of ${m.dialect}: ${hits.length} bundles of kind ${kind}`);
  return hits[0]!;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the BUILT program (build first: npm run build), without colour and without a configured database. */
export function cli(args: string[], o: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...o.env };
  delete env.FORCE_COLOR;
  if (!o.env?.LBAAS_DB_CONNECTION) delete env.LBAAS_DB_CONNECTION;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: o.cwd ?? ROOT, env, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

/** The CLI's stdout; fails with its stderr unless it exited 0. */
export function cliOk(args: string[], o: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): string {
  const r = cli(args, o);
  if (r.code !== 0) throw new Error(`lbaas-db-manage ${args.join(' ')} exited ${r.code}:\n${r.stderr}`);
  return r.stdout;
}

/** Applies a script the way a DBA would; fails with the engine's own error text. */
export async function applyOk(db: ScratchDb, sql: string, what: string): Promise<void> {
  const r = await db.apply(sql, { timeoutMs: 120_000 });
  if (r.code !== 0) throw new Error(`${what} failed on ${db.dialect} (exit ${r.code}):\n${r.stderr || r.stdout}`);
}

/** The database equals the replayed model at `heads`, and its version table holds exactly `heads`. */
export async function expectAt(db: ScratchDb, heads: readonly string[], what: string, root = ROOT): Promise<void> {
  expect(
    await compareWithModel(db, modelAt(db.dialect, heads, root)),
    `${what}: catalog of ${db.dialect} vs the model at ${heads.join(',') || 'base'}`,
  ).toEqual([]);
  expect(await readVersions(db), `${what}: version table`).toEqual([...heads].sort());
}
