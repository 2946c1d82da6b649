/**
 * Running the BUILT command line (dist/cli/main.js) from tests: a private working
 * directory with its own lbaas.conf, a clean environment (NO_COLOR, no
 * LBAAS_DB_CONNECTION), processes started with the real node binary so PATH can be
 * emptied, and the compiler's model as the oracle for what the database should hold.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { appliedAt } from '../../src/pipeline/compile-plan.js';
import { compileSteps } from '../../src/emit/compile.js';
import { loadHistoryFiles } from '../../src/front/load.js';
import { buildGraph } from '../../src/graph/graph.js';
import type { Schema } from '../../src/model/schema.js';
import { mysqlConfig, pgConfig, type ScratchDb } from '../support/engines.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const MAIN = join(ROOT, 'dist/cli/main.js');
export const FAILING_FIXTURE = join(ROOT, 'test/online/fixtures/failing/versions');
/** The shipped history's graph (the history grows: tests derive heads and counts from it). */
export const SHIPPED = (() => {
  const h = loadHistoryFiles(ROOT, 'versions');
  const { graph, diagnostics } = buildGraph(h.revisions);
  if (h.diagnostics.some((d) => d.severity === 'error') || diagnostics.some((d) => d.severity === 'error'))
    throw new Error('the shipped history does not load');
  return graph;
})();
/** The shipped history's heads, sorted (what the version table holds after `upgrade head`). */
export const HEADS: readonly string[] = [...SHIPPED.heads].sort();
/** How many revisions `upgrade head` runs from `heads` (base: all of them). */
export function pendingFrom(heads: readonly string[]): number {
  const done = SHIPPED.ancestors(heads);
  for (const h of heads) done.add(h);
  return SHIPPED.size - done.size;
}

export function requireBuilt(): void {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the program first (npm run build)`);
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Wall time of the process. */
  ms: number;
}

export interface CliOptions {
  cwd: string;
  /** Added to (undefined: removed from) the clean environment. */
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
}

function environment(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.LBAAS_DB_CONNECTION;
  delete env.FORCE_COLOR;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** Starts `node dist/cli/main.js ...args`; `done` resolves when it exits (never rejects). */
export function startCli(args: string[], o: CliOptions): { child: ChildProcess; done: Promise<CliResult> } {
  const started = Date.now();
  const child = spawn(process.execPath, [MAIN, ...args], { cwd: o.cwd, env: environment(o.env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const done = new Promise<CliResult>((res) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 120_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      res({ code: code ?? (signal ? 128 : 1), stdout, stderr, ms: Date.now() - started });
    });
  });
  return { child, done };
}

export function runCli(args: string[], o: CliOptions): Promise<CliResult> {
  return startCli(args, o).done;
}

/**
 * A private working directory for the tests of the current suite: made before them (once the
 * build is checked), removed after them. Its `dir` can be read while the suite's hooks and
 * tests run.
 */
export function suiteWorkDir(): { readonly dir: string } {
  let wd: ReturnType<typeof workDir> | undefined;
  beforeAll(() => {
    requireBuilt();
    wd = workDir();
  });
  afterAll(() => wd?.remove());
  return {
    get dir(): string {
      if (!wd) throw new Error('the working directory exists only while the suite runs');
      return wd.dir;
    },
  };
}

/** A private working directory, removed by the returned function. */
export function workDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'lbaas-online-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The SQLAlchemy URL a deployment would configure for a scratch database (with the server's password, if any). */
export function connectionUrl(db: ScratchDb): string {
  if (db.server === 'postgresql') {
    const c = pgConfig();
    const auth = `${encodeURIComponent(c.user)}${c.password ? `:${encodeURIComponent(c.password)}` : ''}`;
    return `postgresql://${auth}@${host(c.host)}:${c.port}/${db.name}`;
  }
  if (db.server === 'mariadb') {
    const c = mysqlConfig();
    const auth = `${encodeURIComponent(c.user)}${c.password ? `:${encodeURIComponent(c.password)}` : ''}`;
    return `mysql+pymysql://${auth}@${host(c.host)}:${c.port}/${db.name}`;
  }
  return `sqlite:///${db.file}`;
}

function host(h: string): string {
  return h.includes(':') ? `[${h}]` : h;
}

/** Writes `<dir>/lbaas.conf` (0600: it may hold a password) and returns its path. */
export function writeConfig(dir: string, connection: string, extra = ''): string {
  const file = join(dir, 'lbaas.conf');
  writeFileSync(file, `# written by a test\n[database]\nconnection = ${connection}\n${extra}`, { mode: 0o600 });
  return file;
}

/** Copies a fixture history into `dir/versions` (so a test can edit it) and returns that path. */
export function copyHistory(from: string, dir: string): string {
  const to = join(dir, 'versions');
  cpSync(from, to, { recursive: true });
  return to;
}

/** What the database should hold at `heads`, per the compiler's replay of the history under `root/versionsRel`. */
export function modelAt(heads: readonly string[], dialect: Dialect, root = ROOT, versionsRel = 'versions'): Schema {
  const h = loadHistoryFiles(root, versionsRel);
  const { graph } = buildGraph(h.revisions);
  const out = compileSteps({ dialect, external: h.external, applied: appliedAt(graph, heads), steps: [] }, 'alembic_version_lbaas');
  if (out.diagnostics.length) throw new Error(out.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
  return out.schema;
}

/** The progress lines of a run's stdout: [index, total, id] per `ok [i/n] id message (N ms)` line. */
export function progressLines(stdout: string): { i: number; n: number; id: string; line: string }[] {
  const out: { i: number; n: number; id: string; line: string }[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^ {2}ok \[(\d+)\/(\d+)\] (\S+) .+ \((\d+ ms|\d+\.\d\d s)\)$/.exec(line);
    if (m) out.push({ i: Number(m[1]), n: Number(m[2]), id: m[3]!, line });
  }
  return out;
}

export async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** True when process `pid` has `file` open (SQLite: a run holds its connection while it waits for the lock). */
export function hasOpen(pid: number, file: string): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === file;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}
