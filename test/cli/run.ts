/**
 * Runs the BUILT program (`node dist/cli/main.js`, build first with `npm run build`)
 * the way a user does: in a working directory of our choice, without colour and
 * without a configured database.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MAIN = join(ROOT, 'dist', 'cli', 'main.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function assertBuilt(): void {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the program first (npm run build)`);
}

/**
 * `direct`: run dist/cli/main.js itself, as an installed `lbaas-db-manage` runs (its `#!` line
 * starts Node), with this Node first on the PATH; otherwise `node dist/cli/main.js`.
 */
export function cli(args: readonly string[], o: { cwd?: string; env?: NodeJS.ProcessEnv; direct?: boolean } = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...o.env };
  delete env.FORCE_COLOR;
  if (!o.env?.LBAAS_DB_CONNECTION) delete env.LBAAS_DB_CONNECTION;
  return new Promise((resolve, reject) => {
    if (o.direct) env.PATH = `${dirname(process.execPath)}${delimiter}${env.PATH ?? ''}`;
    const [file, argv] = o.direct ? [MAIN, [...args]] : [process.execPath, [MAIN, ...args]];
    execFile(file, argv, { cwd: o.cwd ?? ROOT, env, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 60_000 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') {
        reject(err);
        return;
      }
      resolve({ code: err ? (err.code as number) : 0, stdout, stderr });
    });
  });
}

/** A fresh private temporary directory. */
export function tempDir(prefix = 'lbaas-cli'): string {
  return mkdtempSync(join(tmpdir(), `${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Every file and directory under `dir` (relative paths, sorted), with sizes and modification times. */
export function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      const st = statSync(p);
      out.push(`${relative(dir, p)} ${e.isDirectory() ? 'dir' : `${st.size}b ${st.mtimeMs}`}`);
      if (e.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out.sort();
}
