// PostgreSQL scratch databases for the benchmark's equal-work check, read
// with the test suite's own catalog reader (test/support/catalog.ts), so both
// tools' results are normalized exactly as the tests normalize them.
//
// The catalog module is TypeScript; it is transpiled on the fly with the
// project's TypeScript compiler (types only, no checking) into a temporary
// folder and imported from there. It imports nothing at run time but
// ./sqlexpr.js, which is transpiled alongside.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function loadCatalogSupport(tmp) {
  const ts = (await import('typescript')).default;
  const dir = join(tmp, 'catalog-support');
  mkdirSync(dir, { recursive: true });
  for (const name of ['catalog', 'sqlexpr']) {
    const src = readFileSync(join(ROOT, 'test', 'support', `${name}.ts`), 'utf8');
    const out = ts.transpileModule(src, {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
      fileName: `${name}.ts`,
    });
    writeFileSync(join(dir, `${name}.mjs`), out.outputText.replace(/from '\.\/sqlexpr\.js'/g, "from './sqlexpr.mjs'"));
  }
  return import(pathToFileURL(join(dir, 'catalog.mjs')).href);
}

function pgEnv() {
  const u = new URL(process.env.LBAAS_TEST_PG_URL || 'postgresql://postgres@127.0.0.1:5432/postgres');
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port || '5432',
    user: decodeURIComponent(u.username) || 'postgres',
    password: decodeURIComponent(u.password || ''),
  };
}

function psql(args, opts = {}) {
  const c = pgEnv();
  const r = spawnSync('psql', ['-X', '-q', '-h', c.host, '-p', c.port, '-U', c.user, ...args], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, ...(c.password ? { PGPASSWORD: c.password } : {}) },
    ...opts,
  });
  if (r.error) throw r.error;
  return r;
}

export function pgAvailable() {
  try {
    const r = psql(['-d', 'postgres', '-At', '-c', 'SELECT 1']);
    return r.status === 0 && r.stdout.trim() === '1';
  } catch {
    return false;
  }
}

/** A scratch database: apply(file) runs a script as psql -f does; query(sql) returns rows; drop() removes it. */
export function scratchPg(name) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  const admin = (sql) => {
    const r = psql(['-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c', sql]);
    if (r.status !== 0) throw new Error(`${sql}: ${r.stderr}`);
  };
  admin(`DROP DATABASE IF EXISTS ${name}`);
  admin(`CREATE DATABASE ${name}`);
  return {
    name,
    dialect: 'postgresql',
    server: 'postgresql',
    url: `postgresql://${pgEnv().host}/${name}`,
    /** Runs a script file; returns { ok, seconds, error }. */
    applyFile(file) {
      const t0 = process.hrtime.bigint();
      const r = psql(['-d', name, '-v', 'ON_ERROR_STOP=1', '-f', file], { stdio: ['ignore', 'ignore', 'pipe'] });
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const error =
        r.status === 0
          ? undefined
          : (r.stderr || '')
              .split('\n')
              .filter((l) => /ERROR|FATAL/.test(l))
              .slice(0, 3)
              .join('\n') || `psql exited ${r.status}`;
      return { ok: r.status === 0, seconds, error };
    },
    async query(sql) {
      const r = psql(['-d', name, '-At', '-v', 'ON_ERROR_STOP=1', '-c', `SELECT coalesce(json_agg(q), '[]'::json) FROM (${sql}) q`]);
      if (r.status !== 0) throw new Error(r.stderr);
      return JSON.parse(r.stdout);
    },
    drop() {
      admin(`DROP DATABASE IF EXISTS ${name}`);
    },
  };
}
