// Benchmark: compile speed, memory and scaling of `upgrade --sql`, against
// Alembic on the same synthetic history. Every measurement is a whole, fresh
// process started from the command line (no warm process, no cache of ours).
//
//   npm run bench                      build, then the full run (sizes 100, 1,000, 10,000)
//   node test/bench/run.mjs --quick    sizes 100 and 1,000, 3 runs each
//   node test/bench/run.mjs --help     all options
//
// What it does, per history size N (see generate.mjs for the history):
// - our compiler, each dialect: `upgrade base:heads --sql --output F` and a
//   5-revision range near the heads (`upgrade <rev>:heads`);
// - the I/O floor: a plain Node script that only reads every revision file and
//   writes as many bytes as the full compile wrote;
// - Alembic (Debian's python3-alembic, PostgreSQL URL): `alembic upgrade
//   base:heads --sql` on the same history;
// - equal work: both PostgreSQL scripts are applied to scratch databases and
//   the catalogs (tables, columns, keys, indexes, foreign keys) compared with
//   the test suite's catalog reader.
// Once per run: `--help` start-up, and `upgrade heads --sql` of the LBaaS
// history shipped in versions/, each dialect.
//
// Times are medians of several runs (wall clock, measured around the child);
// CPU time and peak RSS come from /usr/bin/time (GNU time, Debian's `time`).

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateHistory, writeAlembic, writeJsonc } from './generate.mjs';
import { lineChart } from './plot.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const PYTHON = '/usr/bin/python3';
const TIME = '/usr/bin/time';
const DIALECTS = ['postgresql', 'mysql', 'mariadb', 'sqlite'];

const USAGE = `usage: node test/bench/run.mjs [options]

  --quick              sizes 100 and 1,000, 3 runs: a few minutes
  --sizes A,B,...      history sizes (default 100,1000,10000)
  --dialects A,B,...   dialects (default ${DIALECTS.join(',')})
  --runs N             measured runs per case (default 5; --quick 3); one warm-up run is not counted
  --alembic-runs N     runs of Alembic at 10,000 revisions and more (default 3)
  --no-alembic         leave Alembic out
  --no-catalog         leave out applying both scripts to PostgreSQL and comparing the catalogs
  --catalog-sizes A,.. sizes whose scripts are applied and compared (default: every size; --quick 1000)
  --seed N             history seed (default 1)
  --write-docs         write the results into docs/benchmarks.md and docs/bench-*.svg
  --json FILE          also write the raw results as JSON
  --keep               keep the generated histories and outputs (their folder is printed)
`;

function parseArgs(argv) {
  const o = {
    quick: false,
    sizes: [100, 1000, 10000],
    dialects: DIALECTS,
    runs: 5,
    alembicRuns: 3,
    alembic: true,
    catalog: true,
    catalogSizes: undefined,
    seed: 1,
    writeDocs: false,
    json: undefined,
    keep: false,
  };
  const list = (v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (a === '--quick') {
      o.quick = true;
      o.sizes = [100, 1000];
      o.runs = 3;
    } else if (a === '--sizes') o.sizes = list(val()).map(Number);
    else if (a === '--dialects') o.dialects = list(val());
    else if (a === '--runs') o.runs = Number(val());
    else if (a === '--alembic-runs') o.alembicRuns = Number(val());
    else if (a === '--no-alembic') o.alembic = false;
    else if (a === '--no-catalog') o.catalog = false;
    else if (a === '--catalog-sizes') o.catalogSizes = list(val()).map(Number);
    else if (a === '--seed') o.seed = Number(val());
    else if (a === '--write-docs') o.writeDocs = true;
    else if (a === '--json') o.json = val();
    else if (a === '--keep') o.keep = true;
    else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  if (o.catalogSizes === undefined) o.catalogSizes = o.quick ? o.sizes.filter((n) => n === 1000) : o.sizes;
  for (const n of o.sizes) if (!Number.isInteger(n) || n < 20) throw new Error(`bad size ${n}`);
  for (const d of o.dialects) if (!DIALECTS.includes(d)) throw new Error(`unknown dialect ${d}`);
  if (!(o.runs >= 1) || !(o.alembicRuns >= 1)) throw new Error('--runs and --alembic-runs need a positive number');
  return o;
}

const log = (s) => process.stderr.write(`[bench] ${s}\n`);

// ---------------------------------------------------------------------------
// Running and measuring one process

let statFile;

/**
 * Runs one command as a fresh process; returns wall time (ms, measured here),
 * CPU time (ms, user + system) and peak RSS (KiB) of the child.
 */
function measure(cmd, args, { cwd = ROOT, stdout = 'ignore', env = {}, timeout = 1_200_000 } = {}) {
  const useTime = existsSync(TIME);
  const argv = useTime ? ['-f', '%e %U %S %M', '-o', statFile, cmd, ...args] : args;
  let fd;
  if (typeof stdout === 'string' && stdout !== 'ignore') fd = openSync(stdout, 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(useTime ? TIME : cmd, argv, {
    cwd,
    stdio: ['ignore', fd ?? 'ignore', 'pipe'],
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (fd !== undefined) closeSync(fd);
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${(r.stderr || '').slice(-2000)}`);
  let cpu = NaN;
  let rss = NaN;
  if (useTime) {
    const line = readFileSync(statFile, 'utf8').trim().split('\n').pop().trim().split(/\s+/);
    cpu = (Number(line[1]) + Number(line[2])) * 1000;
    rss = Number(line[3]);
  }
  return { wall, cpu, rss };
}

/**
 * Runs our command as a user's shell does: the built `dist/cli/main.js` executed itself, so its
 * `#!` line (Node with the V8 options the tool sets for itself) starts it. The Node that runs
 * this script comes first on the PATH, so `env` finds the same one.
 */
function runOurs(args, opts = {}) {
  return measure(CLI, args, { ...opts, env: { PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, ...(opts.env ?? {}) } });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function summary(label, samples) {
  const res = {
    wall: median(samples.map((s) => s.wall)),
    wallMin: Math.min(...samples.map((s) => s.wall)),
    wallMax: Math.max(...samples.map((s) => s.wall)),
    cpu: median(samples.map((s) => s.cpu)),
    rss: median(samples.map((s) => s.rss)),
    rssMax: Math.max(...samples.map((s) => s.rss)),
    runs: samples.length,
  };
  log(`${label}: ${ms(res.wall)} median (${ms(res.wallMin)}..${ms(res.wallMax)}), cpu ${ms(res.cpu)}, peak RSS ${mb(res.rss)}`);
  return res;
}

/**
 * Runs several cases in rounds (case 1, case 2, ..., then again), so that every case is sampled
 * across the same stretch of time: on a machine whose load changes, their ratios stay fair.
 * Each case: { label, fn, runs, warmup = 1 }. Returns the summaries in the same order.
 */
function benchRounds(cases) {
  for (const c of cases) for (let i = 0; i < (c.warmup ?? 1); i++) c.fn();
  const samples = cases.map(() => []);
  const rounds = Math.max(...cases.map((c) => c.runs));
  for (let r = 0; r < rounds; r++) {
    cases.forEach((c, i) => {
      if (r < c.runs) samples[i].push(c.fn());
    });
  }
  return cases.map((c, i) => summary(c.label, samples[i]));
}

const ms = (v) => (Number.isFinite(v) ? `${v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1)} ms` : 'n/a');
const mb = (kib) => (Number.isFinite(kib) ? `${(kib / 1024).toFixed(0)} MB` : 'n/a');

// ---------------------------------------------------------------------------
// Environment

function sh(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function ensureAlembic() {
  const has = () => spawnSync(PYTHON, ['-c', 'import alembic'], { stdio: 'ignore' }).status === 0;
  if (has()) return true;
  log('python3-alembic is not installed: apt-get install -y python3-alembic');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let r = spawnSync('apt-get', ['install', '-y', 'python3-alembic'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (r.status !== 0) {
    log('install failed; apt-get update, then once more');
    spawnSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    r = spawnSync('apt-get', ['install', '-y', 'python3-alembic'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  }
  return has();
}

function machine() {
  const c = cpus();
  return {
    nproc: sh('nproc', []) ?? String(c.length),
    cpu: c[0]?.model ?? 'unknown',
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    alembic: sh(PYTHON, ['-c', 'import alembic, sqlalchemy; print(alembic.__version__, "(SQLAlchemy " + sqlalchemy.__version__ + ")")']),
    python: sh(PYTHON, ['-c', 'import platform; print(platform.python_version())']),
    postgresql: sh('psql', ['-X', '-At', '-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-c', 'SHOW server_version']),
    kernel: sh('uname', ['-r']),
  };
}

// ---------------------------------------------------------------------------
// The I/O floor: read every revision file, write as many bytes as the compile wrote.

const FLOOR_SCRIPT = `
const { readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const [dir, out, bytes] = process.argv.slice(2);
let n = 0;
const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true })) { const p = join(d, e.name); if (e.isDirectory()) walk(p); else if (e.name.endsWith('.jsonc')) n += readFileSync(p, 'utf8').length; } };
walk(dir);
writeFileSync(out, 'x'.repeat(Number(bytes)));
`;

// ---------------------------------------------------------------------------

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!existsSync(CLI)) throw new Error('dist/cli/main.js is missing: run `npm run build` first (npm run bench does)');
  if ((statSync(CLI).mode & 0o111) === 0) throw new Error('dist/cli/main.js is not executable: run `npm run build` (it marks the command executable)');
  const tmp = mkdtempSync(join(tmpdir(), 'lbaas-bench-'));
  statFile = join(tmp, 'time.txt');
  const floorJs = join(tmp, 'floor.cjs');
  writeFileSync(floorJs, FLOOR_SCRIPT);
  const started = Date.now();
  const load0 = loadavg();

  const alembicOk = o.alembic && ensureAlembic();
  if (o.alembic && !alembicOk) log('Alembic is not available: its columns stay empty');
  const env = machine();
  log(
    `machine: ${env.nproc} CPUs (${env.cpu}), ${env.memory}, node ${env.node}, alembic ${env.alembic ?? 'n/a'}, load average ${load0.map((x) => x.toFixed(2)).join(' ')}`,
  );

  const results = { env, options: { ...o }, startedAt: new Date(started).toISOString(), loadStart: load0, global: {}, sizes: {} };

  // Start-up and the real history, once per run.
  const startCases = [
    { label: 'node -e 0 (Node start-up alone)', runs: o.runs, fn: () => measure(process.execPath, ['-e', '0']) },
    { label: '--help', runs: o.runs, fn: () => runOurs(['--help']) },
    ...o.dialects.map((d) => ({
      label: `LBaaS history, upgrade heads --sql, ${d}`,
      runs: o.runs,
      fn: () => runOurs(['--dialect', d, 'upgrade', 'heads', '--sql', '--output', join(tmp, `lbaas-${d}.sql`)]),
    })),
  ];
  const started0 = benchRounds(startCases);
  results.global.nodeStart = started0[0];
  results.global.help = started0[1];
  results.global.lbaas = Object.fromEntries(o.dialects.map((d, i) => [d, started0[2 + i]]));

  for (const n of o.sizes) {
    const dir = join(tmp, String(n));
    log(`generating ${n} revisions (seed ${o.seed})`);
    const h = generateHistory({ n, seed: o.seed });
    const versions = join(dir, 'versions');
    const alembicDir = join(dir, 'alembic');
    const js = writeJsonc(versions, h);
    const py = writeAlembic(alembicDir, h);
    const start = h.revisions[h.revisions.length - 6].id;
    const r = { revisions: h.revisions.length, tables: h.tables, jsoncBytes: js.bytes, alembicBytes: py.bytes, rangeStart: start, dialects: {} };
    results.sizes[n] = r;
    const many = n >= 10000;

    // One compile per dialect first: the I/O floor writes as many bytes as it did.
    for (const d of o.dialects) {
      const full = join(dir, `ours-${d}.sql`);
      runOurs(['--versions', versions, '--dialect', d, 'upgrade', 'base:heads', '--sql', '--output', full]);
      r.dialects[d] = { outputBytes: statSync(full).size };
    }
    const alembicOut = join(dir, 'alembic-postgresql.sql');
    const cases = [];
    for (const d of o.dialects) {
      const full = join(dir, `ours-${d}.sql`);
      const range = join(dir, `ours-${d}-range.sql`);
      const floorOut = join(dir, `floor-${d}.out`);
      cases.push(
        {
          key: [d, 'full'],
          label: `${n} revisions, ${d}, upgrade base:heads`,
          runs: o.runs,
          warmup: 0,
          fn: () => runOurs(['--versions', versions, '--dialect', d, 'upgrade', 'base:heads', '--sql', '--output', full]),
        },
        {
          key: [d, 'range'],
          label: `${n} revisions, ${d}, upgrade ${start}:heads (5 revisions)`,
          runs: o.runs,
          fn: () => runOurs(['--versions', versions, '--dialect', d, 'upgrade', `${start}:heads`, '--sql', '--output', range]),
        },
        {
          key: [d, 'floor'],
          label: `${n} revisions, ${d}, I/O floor`,
          runs: o.runs,
          fn: () => measure(process.execPath, [floorJs, versions, floorOut, String(r.dialects[d].outputBytes)]),
        },
      );
    }
    if (alembicOk) {
      cases.push({
        key: ['alembic'],
        label: `${n} revisions, Alembic upgrade base:heads --sql (postgresql)`,
        runs: many ? o.alembicRuns : o.runs,
        warmup: many ? 0 : 1,
        fn: () =>
          measure(PYTHON, ['-m', 'alembic', '-c', join(alembicDir, 'alembic.ini'), 'upgrade', 'base:heads', '--sql'], {
            cwd: alembicDir,
            stdout: alembicOut,
            env: { PYTHONDONTWRITEBYTECODE: '1' },
          }),
      });
    }
    benchRounds(cases).forEach((res, i) => {
      const [a, b] = cases[i].key;
      if (a === 'alembic') r.alembic = { ...res, outputBytes: statSync(alembicOut).size };
      else r.dialects[a][b] = res;
    });
    for (const d of o.dialects) {
      const rangeText = readFileSync(join(dir, `ours-${d}-range.sql`), 'utf8');
      r.dialects[d].rangeRevisions = Number(/^-- (\d+) revisions?/m.exec(rangeText)?.[1] ?? NaN);
    }

    if (o.catalog && alembicOk && o.catalogSizes.includes(n) && o.dialects.includes('postgresql')) {
      // Applied one transaction per revision, by both tools' own option: one transaction that
      // creates thousands of tables needs more locks than PostgreSQL's default lock table holds.
      const ours = join(dir, 'ours-postgresql-per-revision.sql');
      const theirs = join(dir, 'alembic-postgresql-per-revision.sql');
      runOurs(['--versions', versions, '--dialect', 'postgresql', 'upgrade', 'base:heads', '--sql', '--transaction-per-migration', '--output', ours]);
      measure(PYTHON, ['-m', 'alembic', '-c', join(alembicDir, 'alembic.ini'), 'upgrade', 'base:heads', '--sql'], {
        cwd: alembicDir,
        stdout: theirs,
        env: { PYTHONDONTWRITEBYTECODE: '1', LBAAS_BENCH_TRANSACTION_PER_MIGRATION: '1' },
      });
      r.catalog = await compareCatalogs(tmp, n, ours, theirs);
    }
    if (!o.keep) rmSync(dir, { recursive: true, force: true });
  }

  results.loadEnd = loadavg();
  results.seconds = (Date.now() - started) / 1000;
  const report = renderReport(results);
  process.stdout.write(report.markdown);
  if (o.json) writeFileSync(o.json, JSON.stringify(results, null, 2) + '\n');
  if (o.writeDocs) writeDocs(report, results);
  if (o.keep) log(`histories and outputs kept in ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
  log(`done in ${results.seconds.toFixed(0)} s`);
}

async function compareCatalogs(tmp, n, oursFile, alembicFile) {
  const { pgAvailable, scratchPg, loadCatalogSupport } = await import('./catalog.mjs');
  if (!pgAvailable()) {
    log('PostgreSQL is not reachable: catalogs not compared');
    return { skipped: 'PostgreSQL not reachable' };
  }
  const cat = await loadCatalogSupport(tmp);
  const tag = `${process.pid}_${n}`;
  const ours = scratchPg(`lbaas_bench_${tag}_ours`);
  const alembic = scratchPg(`lbaas_bench_${tag}_alembic`);
  try {
    log(`${n} revisions: applying both PostgreSQL scripts to scratch databases`);
    const a = ours.applyFile(oursFile);
    const b = alembic.applyFile(alembicFile);
    const res = {
      oursApplied: a.ok,
      alembicApplied: b.ok,
      oursApplySeconds: a.seconds,
      alembicApplySeconds: b.seconds,
      errors: [a.error, b.error].filter(Boolean),
    };
    if (!a.ok || !b.ok) {
      log(`applying failed: ${res.errors.join('; ')}`);
      return res;
    }
    const opts = { versionTable: 'alembic_version_lbaas', ignoreTables: ['alembic_version'] };
    const [co, ca] = [await cat.readCatalog(ours, opts), await cat.readCatalog(alembic, opts)];
    const diff = cat.diffCatalog(co, ca);
    const vo = await cat.readVersions(ours, 'alembic_version_lbaas');
    const va = await cat.readVersions(alembic, 'alembic_version');
    const count = (c) => ({
      tables: c.tables.length,
      columns: c.tables.reduce((s, t) => s + t.columns.length, 0),
      indexes: c.tables.reduce((s, t) => s + t.indexes.length, 0),
      foreignKeys: c.tables.reduce((s, t) => s + t.foreignKeys.length, 0),
      primaryKeys: c.tables.filter((t) => t.primaryKey).length,
    });
    Object.assign(res, {
      ours: count(co),
      alembic: count(ca),
      differences: diff,
      versionsOurs: vo,
      versionsAlembic: va,
      versionsEqual: JSON.stringify(vo) === JSON.stringify(va),
    });
    log(
      `${n} revisions: catalogs ${diff.length === 0 ? 'equal' : `differ in ${diff.length} places`} (${res.ours.tables} tables, ${res.ours.columns} columns, ${res.ours.indexes} indexes, ${res.ours.foreignKeys} foreign keys); version rows ${res.versionsEqual ? 'equal' : 'differ'}`,
    );
    for (const d of diff.slice(0, 10)) log(`  ${d}`);
    return res;
  } finally {
    ours.drop();
    alembic.drop();
  }
}

// ---------------------------------------------------------------------------
// Report

const num = (v, digits = 0) => (Number.isFinite(v) ? v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a');
const msCell = (v) => (Number.isFinite(v) ? (v >= 100 ? num(v) : num(v, 1)) : 'n/a');
const mbCell = (kib) => (Number.isFinite(kib) ? num(kib / 1024) : 'n/a');
const ratio = (a, b, digits = 1) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${num(a / b, digits)}×` : 'n/a');
const pct = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${num((100 * a) / b)} %` : 'n/a');

export function exponent(t1, t2, n1, n2) {
  return Math.log(t2 / t1) / Math.log(n2 / n1);
}

function renderReport(res) {
  const L = [];
  const e = res.env;
  const sizes = Object.keys(res.sizes)
    .map(Number)
    .sort((a, b) => a - b);
  const dialects = res.options.dialects;
  L.push(
    `Measured ${res.startedAt.slice(0, 10)} on ${e.nproc} CPUs (${e.cpu}), ${e.memory} of memory, Linux ${e.kernel ?? ''}; Node ${e.node}; Alembic ${e.alembic ?? 'n/a'} on Python ${e.python ?? 'n/a'} (Debian's python3-alembic); PostgreSQL ${e.postgresql ?? 'n/a'}.`,
  );
  L.push(
    `Load average at the start ${res.loadStart.map((x) => x.toFixed(2)).join(', ')}, at the end ${res.loadEnd.map((x) => x.toFixed(2)).join(', ')} (1, 5, 15 minutes). ${res.options.runs} runs per case (Alembic at 10,000 revisions: ${res.options.alembicRuns}), medians; whole run ${num(res.seconds)} s.`,
  );
  L.push('');
  const g = res.global;
  L.push('### Start-up and the LBaaS history');
  L.push('');
  L.push('| command | median wall (ms) | fastest (ms) | CPU (ms) | peak RSS (MB) |');
  L.push('| --- | ---: | ---: | ---: | ---: |');
  L.push(
    `| \`node -e 0\` (Node alone) | ${msCell(g.nodeStart.wall)} | ${msCell(g.nodeStart.wallMin)} | ${msCell(g.nodeStart.cpu)} | ${mbCell(g.nodeStart.rss)} |`,
  );
  L.push(`| \`--help\` | ${msCell(g.help.wall)} | ${msCell(g.help.wallMin)} | ${msCell(g.help.cpu)} | ${mbCell(g.help.rss)} |`);
  for (const d of dialects) {
    const x = g.lbaas[d];
    L.push(`| \`--dialect ${d} upgrade heads --sql\` (18 revisions) | ${msCell(x.wall)} | ${msCell(x.wallMin)} | ${msCell(x.cpu)} | ${mbCell(x.rss)} |`);
  }
  L.push('');
  for (const n of sizes) {
    const r = res.sizes[n];
    L.push(`### ${num(n)} revisions`);
    L.push('');
    L.push(
      `${num(r.revisions)} revision files (${num(r.jsoncBytes / 1024)} KiB of JSONC; the Alembic scripts ${num(r.alembicBytes / 1024)} KiB), ${num(r.tables)} tables created. Range: \`upgrade ${r.rangeStart}:heads\`.`,
    );
    L.push('');
    L.push(
      '| dialect | full compile (ms) | revisions/s | CPU (ms) | peak RSS (MB) | output (KiB) | 5-revision range (ms) | range / full | I/O floor (ms) | full / floor | Alembic (ms) | Alembic peak RSS (MB) | Alembic / ours |',
    );
    L.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const d of dialects) {
      const x = r.dialects[d];
      const a = d === 'postgresql' ? r.alembic : undefined;
      L.push(
        `| ${d} | ${msCell(x.full.wall)} | ${num(n / (x.full.wall / 1000))} | ${msCell(x.full.cpu)} | ${mbCell(x.full.rss)} | ${num(x.outputBytes / 1024)} | ${msCell(x.range.wall)} | ${pct(x.range.wall, x.full.wall)} | ${msCell(x.floor.wall)} | ${ratio(x.full.wall, x.floor.wall)} | ${a ? msCell(a.wall) : '–'} | ${a ? mbCell(a.rss) : '–'} | ${a ? ratio(a.wall, x.full.wall) : '–'} |`,
      );
    }
    L.push('');
    const c = r.catalog;
    if (c) {
      if (c.skipped) L.push(`Catalog comparison skipped: ${c.skipped}.`);
      else if (!c.oursApplied || !c.alembicApplied) L.push(`Applying the scripts failed: ${c.errors.join('; ')}.`);
      else {
        L.push(
          `Equal work: both PostgreSQL scripts, compiled with one transaction per revision (each tool's own option), applied to scratch databases (ours in ${num(c.oursApplySeconds, 1)} s, Alembic's in ${num(c.alembicApplySeconds, 1)} s): ${c.ours.tables} tables, ${c.ours.columns} columns, ${c.ours.indexes} indexes, ${c.ours.foreignKeys} foreign keys on our side; ${c.alembic.tables}, ${c.alembic.columns}, ${c.alembic.indexes}, ${c.alembic.foreignKeys} on Alembic's. ${c.differences.length === 0 ? '**The catalogs are equal.**' : `**${c.differences.length} differences:**`} Version rows ${c.versionsEqual ? 'equal' : `differ (${JSON.stringify(c.versionsOurs)} vs ${JSON.stringify(c.versionsAlembic)})`}.`,
        );
        for (const d of c.differences.slice(0, 20)) L.push(`- ${d}`);
      }
      L.push('');
    }
  }
  // scaling
  if (sizes.includes(1000) && sizes.includes(10000)) {
    L.push('### Scaling from 1,000 to 10,000 revisions');
    L.push('');
    L.push('Exponent k in time ∝ N^k, from the medians (1 = linear).');
    L.push('');
    L.push('| tool | full compile | 5-revision range | peak RSS |');
    L.push('| --- | ---: | ---: | ---: |');
    for (const d of dialects) {
      const a = res.sizes[1000].dialects[d];
      const b = res.sizes[10000].dialects[d];
      L.push(
        `| ours, ${d} | ${num(exponent(a.full.wall, b.full.wall, 1000, 10000), 2)} | ${num(exponent(a.range.wall, b.range.wall, 1000, 10000), 2)} | ${num(exponent(a.full.rss, b.full.rss, 1000, 10000), 2)} |`,
      );
    }
    if (res.sizes[1000].alembic && res.sizes[10000].alembic) {
      const a = res.sizes[1000].alembic;
      const b = res.sizes[10000].alembic;
      L.push(`| Alembic, postgresql | ${num(exponent(a.wall, b.wall, 1000, 10000), 2)} | – | ${num(exponent(a.rss, b.rss, 1000, 10000), 2)} |`);
    }
    L.push('');
  }
  L.push(targets(res));
  const timeSvg = lineChart({
    title: 'upgrade base:heads --sql, wall time (median)',
    xLabel: 'revisions in the history',
    yLabel: 'seconds',
    series: [
      ...dialects.map((d, i) => ({
        name: `ours, ${d}`,
        color: ['#1f77b4', '#2ca02c', '#17becf', '#9467bd'][i % 4],
        points: sizes.map((n) => [n, res.sizes[n].dialects[d].full.wall / 1000]),
      })),
      ...(sizes.some((n) => res.sizes[n].alembic)
        ? [
            {
              name: 'Alembic, postgresql',
              color: '#d62728',
              points: sizes.filter((n) => res.sizes[n].alembic).map((n) => [n, res.sizes[n].alembic.wall / 1000]),
            },
          ]
        : []),
      ...(dialects.includes('postgresql')
        ? [{ name: 'I/O floor', color: '#7f7f7f', dash: '5 4', points: sizes.map((n) => [n, res.sizes[n].dialects.postgresql.floor.wall / 1000]) }]
        : []),
    ],
  });
  const rssSvg = lineChart({
    title: 'upgrade base:heads --sql, peak RSS (median)',
    xLabel: 'revisions in the history',
    yLabel: 'MB',
    series: [
      ...dialects
        .filter((d) => d === 'postgresql')
        .map((d) => ({ name: `ours, ${d}`, color: '#1f77b4', points: sizes.map((n) => [n, res.sizes[n].dialects[d].full.rss / 1024]) })),
      ...(sizes.some((n) => res.sizes[n].alembic)
        ? [
            {
              name: 'Alembic, postgresql',
              color: '#d62728',
              points: sizes.filter((n) => res.sizes[n].alembic).map((n) => [n, res.sizes[n].alembic.rss / 1024]),
            },
          ]
        : []),
      ...(dialects.includes('postgresql')
        ? [{ name: 'I/O floor', color: '#7f7f7f', dash: '5 4', points: sizes.map((n) => [n, res.sizes[n].dialects.postgresql.floor.rss / 1024]) }]
        : []),
    ],
  });
  return { markdown: L.join('\n') + '\n', timeSvg, rssSvg };
}

function targets(res) {
  const L = [
    '### Targets',
    '',
    'Wall-clock medians decide; the CPU-time ratio (user + system of the child, the same runs) is shown beside them, as it is less sensitive to other load on the machine.',
    '',
    '| target | measured (wall) | CPU time | met |',
    '| --- | --- | --- | :---: |',
  ];
  const row = (what, measured, ok, cpu = '–') => L.push(`| ${what} | ${measured} | ${cpu} | ${ok === undefined ? '–' : ok ? 'yes' : '**no**'} |`);
  const big = res.sizes[10000];
  const pg = big?.dialects.postgresql;
  if (pg && big.alembic) {
    const speed = big.alembic.wall / pg.full.wall;
    row(
      '10,000 revisions, PostgreSQL: ≥ 10× faster than Alembic',
      `${num(speed, 1)}× (${msCell(pg.full.wall)} ms vs ${msCell(big.alembic.wall)} ms)`,
      speed >= 10,
      `${ratio(big.alembic.cpu, pg.full.cpu)} (${msCell(pg.full.cpu)} ms vs ${msCell(big.alembic.cpu)} ms)`,
    );
    row("peak RSS ≤ Alembic's", `${mbCell(pg.full.rss)} MB vs ${mbCell(big.alembic.rss)} MB`, pg.full.rss <= big.alembic.rss);
  }
  if (pg) {
    const f = pg.full.wall / pg.floor.wall;
    row(
      '10,000 revisions, PostgreSQL: within 3× of the I/O floor',
      `${num(f, 2)}× (${msCell(pg.full.wall)} ms vs ${msCell(pg.floor.wall)} ms)`,
      f <= 3,
      `${ratio(pg.full.cpu, pg.floor.cpu, 2)}`,
    );
    const rr = pg.range.wall / pg.full.wall;
    row(
      '5-revision range near the heads < 40 % of the full compile',
      `${num(100 * rr)} % (${msCell(pg.range.wall)} ms)`,
      rr < 0.4,
      pct(pg.range.cpu, pg.full.cpu),
    );
  }
  const small = res.sizes[1000]?.dialects.postgresql;
  if (pg && small) {
    const k = exponent(small.full.wall, pg.full.wall, 1000, 10000);
    row('scaling exponent 1,000 → 10,000 ≤ 1.1', num(k, 2), k <= 1.1, num(exponent(small.full.cpu, pg.full.cpu, 1000, 10000), 2));
  }
  const lb = res.global.lbaas.postgresql;
  if (lb) row('LBaaS `upgrade heads --sql` < 200 ms wall (PostgreSQL)', `${msCell(lb.wall)} ms`, lb.wall < 200);
  row('`--help` < 120 ms', `${msCell(res.global.help.wall)} ms`, res.global.help.wall < 120);
  L.push('');
  return L.join('\n');
}

function writeDocs(report, _res) {
  const doc = join(ROOT, 'docs', 'benchmarks.md');
  const begin = '<!-- bench:results:begin (written by test/bench/run.mjs --write-docs) -->';
  const end = '<!-- bench:results:end -->';
  let text = existsSync(doc) ? readFileSync(doc, 'utf8') : `# Benchmarks\n\n${begin}\n${end}\n`;
  const i = text.indexOf(begin);
  const j = text.indexOf(end);
  if (i === -1 || j === -1) text += `\n${begin}\n${end}\n`;
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  text = `${text.slice(0, a + begin.length)}\n\n${report.markdown}\n${text.slice(b)}`;
  writeFileSync(doc, text);
  writeFileSync(join(ROOT, 'docs', 'bench-time.svg'), report.timeSvg);
  writeFileSync(join(ROOT, 'docs', 'bench-rss.svg'), report.rssSvg);
  log('wrote docs/benchmarks.md, docs/bench-time.svg, docs/bench-rss.svg');
}

main().catch((e) => {
  process.stderr.write(`[bench] ${e.stack ?? e}\n`);
  process.exitCode = 1;
});
