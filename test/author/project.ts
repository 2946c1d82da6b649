/**
 * Test helpers for the authoring and data commands: a private copy of the
 * project's versions/ to write into, the BUILT program run inside it, the
 * compiler's schema model at any heads, and DDL rendered from a model with
 * the project's own templates (so a target schema is real SQL for each engine).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Renderer } from '../../src/back/templates.js';
import { appliedAt } from '../../src/pipeline/compile-plan.js';
import { family, type Dialect } from '../../src/core/dialect.js';
import { tableData } from '../../src/dialects/template-data.js';
import { compileSteps } from '../../src/emit/compile.js';
import { loadHistoryFiles } from '../../src/front/load.js';
import { buildGraph } from '../../src/graph/graph.js';
import type { Schema } from '../../src/model/schema.js';
import { mysqlConfig, pgConfig, type ScratchDb } from '../support/engines.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const MAIN = join(ROOT, 'dist/cli/main.js');

export function requireBuilt(): void {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the program first (npm run build)`);
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli/main.js ...args` in `cwd` with NO_COLOR and no LBAAS_DB_CONNECTION unless given. */
export function runCli(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CliResult> {
  const e: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete e.LBAAS_DB_CONNECTION;
  delete e.FORCE_COLOR;
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete e[k];
    else e[k] = v;
  }
  return new Promise((res) => {
    const child = spawn(process.execPath, [MAIN, ...args], { cwd, env: e, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      res({ code: code ?? 1, stdout, stderr });
    });
  });
}

export function ok(r: CliResult): CliResult {
  if (r.code !== 0) throw new Error(`exit ${r.code}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`);
  return r;
}

/** A private project directory with a copy of the shipped versions/ (data files included). */
export function project(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'lbaas-author-'));
  cpSync(join(ROOT, 'versions'), join(dir, 'versions'), { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Revision files under dir/versions (relative to dir), excluding data files. */
export function revisionFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) {
        if (relative(join(dir, 'versions'), p) !== 'data') walk(p);
      } else if (n.endsWith('.jsonc') && n !== 'external.jsonc') out.push(relative(dir, p));
    }
  };
  walk(join(dir, 'versions'));
  return out.sort();
}

/** The heads of the history in `root/versions`. */
export function headsOf(root: string): string[] {
  const { graph } = buildGraph(loadHistoryFiles(root, 'versions').revisions);
  return [...graph.heads];
}

/** What the database holds at `heads`, per the compiler's replay of `root/versions`. */
export function modelAt(heads: readonly string[], dialect: Dialect, root = ROOT): Schema {
  const h = loadHistoryFiles(root, 'versions');
  const { graph } = buildGraph(h.revisions);
  const out = compileSteps({ dialect, external: h.external, applied: appliedAt(graph, heads), steps: [] }, 'alembic_version_lbaas');
  if (out.diagnostics.length) throw new Error(out.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
  return out.schema;
}

/**
 * DDL for the tables of a model (external ones only when asked), rendered with the project's
 * templates for `dialect` (enum types first on PostgreSQL, tables in foreign-key
 * order, then each table's explicit indexes).
 */
export function modelDdl(schema: Schema, dialect: Dialect, o: { external?: boolean } = {}): string {
  const r = new Renderer(dialect);
  const out: string[] = [];
  const fam = family(dialect);
  if (fam === 'postgresql') for (const e of schema.enums.values()) out.push(r.render('create_enum_type', { name: e.name, values: e.values }));
  const tables = [...schema.tables.values()].filter((t) => o.external || !t.external);
  const done = new Set<string>();
  const visit = (name: string, stack: Set<string>) => {
    const t = schema.tables.get(name);
    if (!t || (t.external && !o.external) || done.has(name) || stack.has(name)) return;
    stack.add(name);
    for (const f of t.foreignKeys) if (f.refTable !== name) visit(f.refTable, stack);
    done.add(name);
    out.push(r.render('create_table', tableData(t, r, { inlineFkIndexes: fam === 'mysql', enumChecks: fam === 'sqlite' })));
    for (const i of t.indexes) if (!i.implicitFor) out.push(r.render('create_index', { name: i.name, table: t.name, columns: i.columns, unique: i.unique }));
  };
  for (const t of tables.sort((a, b) => a.name.localeCompare(b.name))) visit(t.name, new Set());
  return out.map((s) => `${s};\n`).join('\n');
}

/** The SQLAlchemy URL a deployment would configure for a scratch database. */
export function connectionUrl(db: ScratchDb): string {
  const host = (h: string) => (h.includes(':') ? `[${h}]` : h);
  if (db.server === 'postgresql') {
    const c = pgConfig();
    return `postgresql://${encodeURIComponent(c.user)}${c.password ? `:${encodeURIComponent(c.password)}` : ''}@${host(c.host)}:${c.port}/${db.name}`;
  }
  if (db.server === 'mariadb') {
    const c = mysqlConfig();
    return `mysql+pymysql://${encodeURIComponent(c.user)}${c.password ? `:${encodeURIComponent(c.password)}` : ''}@${host(c.host)}:${c.port}/${db.name}`;
  }
  return `sqlite:///${db.file}`;
}

/**
 * Runs `--sql` output of the built CLI through the engine's client; throws with the client's output on failure.
 * Migrations here are set-up steps: they run without the guard, whose MySQL lock is server-wide and would make
 * these databases wait for other suites' migrations on the same server.
 */
export async function applySql(db: ScratchDb, cwd: string, args: string[]): Promise<void> {
  const setup = ['upgrade', 'downgrade', 'stamp'].includes(args[0]!) ? ['--no-guard'] : [];
  const sql = ok(await runCli(['--dialect', db.dialect, ...args, ...setup, '--sql'], cwd)).stdout;
  const r = await db.apply(sql);
  if (r.code !== 0) throw new Error(`${args.join(' ')} --sql failed on ${db.dialect} (exit ${r.code}):\n${r.stderr || r.stdout}`);
}
