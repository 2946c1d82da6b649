/**
 * Seeded fuzz of the command line: a few hundred argument vectors mutated from valid command
 * lines (options dropped, duplicated, swapped, values replaced by odd ones, unknown options,
 * extra positionals), each run by the BUILT program in a fresh directory that holds a copy of
 * the shipped versions/ and a configuration naming a SQLite file there. Whatever the input:
 * the exit status is one the README documents (0, 1, 2), no internal error, no stack trace and
 * no raw escape character (some arguments carry ANSI escapes) is printed, nothing reaches stdout when the status is not 0, and a failed run leaves the
 * directory exactly as it was (no --output file, no temporary file). Two documented outputs
 * come before a failure and are allowed: `lint --strict` prints its report, then fails on the
 * findings (LN000); an online migration prints its progress lines (running, ok, FAILED) up to
 * the revision that failed. A failed online run may leave the SQLite database file its
 * connection names (opening it creates it, as SQLAlchemy does). With --json, a failure is one
 * JSON document on stderr with coded diagnostics. See seed.ts for
 * LBAAS_FUZZ_SEED, LBAAS_FUZZ_CASES and LBAAS_FUZZ_CASE.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseNumbers, fuzzCases, fuzzSeed, replay, rngFor, type Rng } from './seed.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = join(ROOT, 'dist/cli/main.js');
const THIS = 'test/fuzz/argv.test.ts';
const SEED = fuzzSeed();
const CASES = fuzzCases(200);

/** Valid command lines (inside the case directory). */
const VALID: string[][] = [
  ['upgrade', 'heads', '--sql'],
  ['upgrade', 'kilo:heads', '--sql', '--dialect', 'postgresql'],
  ['upgrade', 'base:kilo', '--sql', '--dialect', 'mysql', '--transaction-per-migration'],
  ['upgrade', 'heads', '--sql', '--output', 'out.sql'],
  ['upgrade', 'kilo:', '--expand', '--sql', '--dialect', 'mariadb'],
  ['upgrade', 'kilo:heads', '--sql', '--no-guard', '--no-client-directives'],
  ['downgrade', 'heads:kilo', '--sql', '--dialect', 'mysql'],
  ['downgrade', 'kilo:', '--delta', '1', '--sql'],
  ['stamp', 'base:kilo', '--sql', '--output', 'sub/stamp.sql'],
  ['--config-file', 'lbaas.conf', 'current'],
  ['--config-file', 'lbaas.conf', 'current', '--verbose'],
  ['--config-file', 'lbaas.conf', 'stamp', 'kilo'],
  ['history'],
  ['history', '-r', 'kilo:heads', '--verbose'],
  ['history', '--graph'],
  ['heads', '--verbose'],
  ['branches'],
  ['show', 'kilo'],
  ['--json', 'heads'],
  ['--json', 'upgrade', 'kilo:heads', '--sql', '--dialect', 'sqlite'],
  ['--json', 'lint', 'kilo:heads'],
  ['--json', '--config-file', 'lbaas.conf', 'current'],
  ['history', '--json', '-r', 'base:kilo'],
  ['--quiet', 'check_migration'],
  ['check_migration', '--verbose'],
  ['lint'],
  ['lint', 'kilo:heads', '--strict'],
  ['bundle', 'kilo:heads', '--out', 'bundle'],
  ['verify', 'bundle'],
  ['bootstrap', '--sql'],
  ['populate', '--sql', '--dialect', 'postgresql'],
  ['--version-table', 'vt', 'upgrade', 'heads', '--sql'],
  ['--versions', 'versions', 'heads'],
  ['revision', '-m', 'add a thing', '--rev-id', 'abc123'],
  ['check-dist', '--dir', 'dist-sql'],
  ['--help'],
  ['upgrade', '--help'],
  ['--version'],
];

/** Values that are odd in some place: relative paths only (never a device or a file outside the case directory). */
const ODD_VALUES = [
  '',
  ' ',
  '-',
  '--',
  '-1',
  '+1',
  '0',
  '1e9',
  'x'.repeat(300),
  'é',
  '😀',
  '\n',
  'a\tb',
  '\u001b[31m',
  'heads',
  'head',
  'base',
  'kilo',
  'KILO',
  'kil',
  'a:b',
  ':',
  '::',
  'kilo:heads:base',
  '@',
  'expand@head',
  'contract@head+1',
  'heads-1',
  'oracle',
  'postgresql',
  'sqlite',
  'MYSQL',
  '%(here)s',
  '$(true)',
  ';',
  '--sql',
  '--json',
  'out.sql',
  'sub/dir/out.sql',
  '.',
  'lbaas.conf',
  'versions',
  'versions/external.jsonc',
  'missing.conf',
  'ABCD',
  'zz',
  '1a2b3c4d',
  'a'.repeat(33),
  'alembic_version',
];
const UNKNOWN_OPTIONS = [
  '--bogus',
  '-x',
  '--sq',
  '--SQL',
  '--no-sql',
  '--output=',
  '--dialect=oracle',
  '--delta=-3',
  '-r',
  '--rev-range',
  '--verbose',
  '--strict',
  '--expand',
  '--contract',
  '--splice',
  '--autogenerate',
  '--from-db',
  '--head',
  '--out',
  '--dir',
  '--templates',
  '--per-revision',
  '-h',
  '-v',
];

function mutateArgv(rng: Rng, argv: string[], what: string[]): string[] {
  const a = [...argv];
  const i = () => rng.int(Math.max(a.length, 1));
  switch (rng.int(8)) {
    case 0: {
      if (!a.length) break;
      const k = i();
      what.push(`drop ${JSON.stringify(a[k])}`);
      a.splice(k, 1);
      break;
    }
    case 1: {
      if (!a.length) break;
      const k = i();
      what.push(`duplicate ${JSON.stringify(a[k])}`);
      a.splice(k, 0, a[k]!);
      break;
    }
    case 2: {
      if (a.length < 2) break;
      const x = i(),
        y = i();
      what.push(`swap ${x} and ${y}`);
      [a[x], a[y]] = [a[y]!, a[x]!];
      break;
    }
    case 3:
    case 4: {
      const values = a.map((t, k) => (t.startsWith('-') ? -1 : k)).filter((k) => k >= 0);
      if (!values.length) break;
      const k = rng.pick(values);
      const v = rng.pick(ODD_VALUES);
      what.push(`value ${JSON.stringify(a[k])} -> ${JSON.stringify(v)}`);
      a[k] = v;
      break;
    }
    case 5: {
      const o = rng.pick(UNKNOWN_OPTIONS);
      const k = rng.int(a.length + 1);
      what.push(`insert ${o} at ${k}`);
      a.splice(k, 0, o);
      break;
    }
    case 6: {
      const v = rng.pick(ODD_VALUES);
      const k = rng.int(a.length + 1);
      what.push(`insert positional ${JSON.stringify(v)} at ${k}`);
      a.splice(k, 0, v);
      break;
    }
    default: {
      const opts = a.map((t, k) => (t.startsWith('--') ? k : -1)).filter((k) => k >= 0);
      if (!opts.length) break;
      const k = rng.pick(opts);
      what.push(`option ${a[k]} without its value`);
      if (k + 1 < a.length && !a[k + 1]!.startsWith('-')) a.splice(k + 1, 1);
      else a.splice(k, 1);
    }
  }
  return a;
}

/** Every path under `dir` with its type and size (directories end in '/'). */
function listing(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(`${r}/`, ...listing(dir, r));
    else out.push(`${r} ${statSync(join(dir, r)).size}`);
  }
  return out;
}

interface Run {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

function run(argv: string[], cwd: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.LBAAS_DB_CONNECTION;
  delete env.FORCE_COLOR;
  return new Promise((res) => {
    const child = spawn(process.execPath, [MAIN, ...argv], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      res({ code, signal, stdout, stderr });
    });
  });
}

describe(`command lines mutated from valid ones (seed ${SEED})`, () => {
  let tmp: string;
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the program first (npm run build)`);
    tmp = mkdtempSync(join(tmpdir(), 'lbaas-fuzz-argv-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  async function runCase(n: number): Promise<string[]> {
    const rng = rngFor(SEED, n);
    const base = rng.pick(VALID);
    const what: string[] = [];
    let argv = base;
    for (let k = rng.chance(0.1) ? 0 : 1 + rng.int(3); k > 0; k--) argv = mutateArgv(rng, argv, what);
    const dir = join(tmp, `case-${n}`);
    mkdirSync(dir);
    cpSync(join(ROOT, 'versions'), join(dir, 'versions'), { recursive: true });
    writeFileSync(join(dir, 'lbaas.conf'), '[database]\nconnection = sqlite:///scratch.sqlite\n');
    const before = listing(dir);
    const r = await run(argv, dir);
    const after = listing(dir);
    rmSync(dir, { recursive: true, force: true });
    const problems: string[] = [];
    if (r.code === null || ![0, 1, 2].includes(r.code)) problems.push(`exit ${r.code ?? r.signal} is not 0, 1 or 2`);
    for (const [name, text] of [
      ['stdout', r.stdout],
      ['stderr', r.stderr],
    ] as const) {
      if (/internal error/i.test(text)) problems.push(`"internal error" on ${name}`);
      if (/^ {4}at /m.test(text)) problems.push(`a stack trace on ${name}`);
      if (text.includes('\u001b')) problems.push(`a raw escape character (ESC) on ${name}`);
    }
    const lintReport = r.code === 1 && /^error LN000: --strict: /m.test(r.stderr);
    const progressOnly = r.stdout.split('\n').every((l) => l === '' || /^ {2}(running|ok|FAILED) \[\d+\/\d+\] /.test(l));
    if (r.code !== 0 && r.stdout !== '' && !lintReport && !progressOnly)
      problems.push(`exit ${r.code} with ${r.stdout.length} characters on stdout: ${JSON.stringify(r.stdout.slice(0, 120))}`);
    const options = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv; // after '--', '--json' is an argument
    if (r.code !== 0 && r.code !== null && options.includes('--json') && !/^\s*$/.test(r.stderr)) {
      // --json: the failure is one JSON document on stderr, with coded diagnostics.
      try {
        const doc = JSON.parse(r.stderr) as { ok?: unknown; diagnostics?: { code?: unknown }[] };
        if (
          doc.ok !== false ||
          !Array.isArray(doc.diagnostics) ||
          !doc.diagnostics.every((d) => typeof d.code === 'string' && /^[A-Z]{2}\d{3}$/.test(d.code))
        ) {
          problems.push('--json: stderr is not {"ok": false, "diagnostics": [coded...]}');
        }
      } catch {
        problems.push('--json: stderr is not one JSON document');
      }
    }
    const database = /^(lbaas|scratch)\.sqlite(-journal|-wal|-shm)? \d+$/;
    if (r.code !== 0 && after.filter((x) => !database.test(x)).join('\n') !== before.join('\n')) {
      problems.push(
        `exit ${r.code} changed the directory: +${JSON.stringify(after.filter((x) => !before.includes(x)))} -${JSON.stringify(before.filter((x) => !after.includes(x)))}`,
      );
    }
    const temp = after.filter((x) => x.includes('.lbaas-tmp-'));
    if (temp.length) problems.push(`temporary files left: ${JSON.stringify(temp)}`);
    return problems.map(
      (p) =>
        `case ${n}: lbaas-db-manage ${JSON.stringify(argv)} (from ${JSON.stringify(base)}: ${what.join('; ') || 'unchanged'}): ${p}\n  stderr: ${JSON.stringify(r.stderr.slice(0, 300))}\n  ${replay(SEED, n, THIS)}`,
    );
  }

  it(`${CASES} argument vectors: documented exit status, no stack trace, no stdout and no file left on error (with --json, one JSON document on stderr)`, async () => {
    const todo = caseNumbers(0, CASES);
    const problems: string[] = [];
    // Two at a time: the machine's two cores.
    const worker = async () => {
      for (let n = todo.shift(); n !== undefined; n = todo.shift()) problems.push(...(await runCase(n)));
    };
    await Promise.all([worker(), worker()]);
    expect(problems, problems.join('\n\n')).toEqual([]);
  }, 300_000);
});
