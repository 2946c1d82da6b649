/**
 * Online runs the script `--sql` prints: the same bytes for the same range, cut into
 * statement spans the executors accept; and progress markers become one line per
 * revision whatever client printed them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Context } from '../../src/cli/context.js';
import { scriptLayout } from '../../src/emit/script.js';
import { onlineScript, Progress } from '../../src/workspace/online.js';
import type { Dialect } from '../../src/core/dialect.js';
import { ROOT, requireBuilt, runCli } from './cli.js';

const ctxFor = (dialect: Dialect) => new Context({ dialect }, { PATH: process.env.PATH }, ROOT);

const CASES: { direction: 'upgrade' | 'downgrade' | 'stamp'; from: string[]; spec: string; flags?: string[] }[] = [
  { direction: 'upgrade', from: [], spec: 'heads' },
  { direction: 'upgrade', from: ['kilo'], spec: 'heads' },
  { direction: 'upgrade', from: ['4deef6d81931'], spec: '+2', flags: ['--transaction-per-migration'] },
  { direction: 'downgrade', from: ['lbaasv2_tls'], spec: '-1' },
  { direction: 'stamp', from: ['kilo'], spec: 'heads' },
  { direction: 'upgrade', from: ['kilo'], spec: 'expand@head', flags: ['--no-guard'] },
];

describe('the online script is the offline script', { timeout: 60_000 }, () => {
  beforeAll(requireBuilt);
  for (const dialect of ['postgresql', 'mysql', 'mariadb', 'sqlite'] as Dialect[]) {
    for (const c of CASES) {
      const flags = c.flags ?? [];
      it(`${dialect}: ${c.direction} ${c.from.join(',') || 'base'}:${c.spec} ${flags.join(' ')}`, async () => {
        const { script } = onlineScript(ctxFor(dialect), c.direction, c.spec, c.from, {
          ...(flags.includes('--transaction-per-migration') ? { transactionPerMigration: true } : {}),
          guard: !flags.includes('--no-guard'),
        });
        const range = c.from.length ? `${c.from.join(',')}:${c.spec}` : c.spec;
        const off = await runCli(['--dialect', dialect, c.direction, range, '--sql', ...flags], { cwd: ROOT });
        expect(off.code, off.stderr).toBe(0);
        expect(script.text).toBe(off.stdout);

        // The spans cover the script in order; each runs exactly one statement or directive.
        const { spans, owners } = scriptLayout(script);
        let pos = 0;
        for (const [s, e] of spans) {
          expect(s).toBe(pos);
          expect(e).toBeGreaterThanOrEqual(s);
          pos = e;
        }
        expect(pos).toBe(script.text.length);
        const runnable = script.chunks.filter((ch) => ch.kind !== 'comment');
        expect(owners.filter((o) => o !== undefined)).toEqual(runnable);
        spans.forEach(([s, e], i) => {
          const o = owners[i];
          if (o) expect(o.start >= s && o.end === e).toBe(true);
          else
            expect(
              script.text
                .slice(s, e)
                .replace(/--[^\n]*/g, '')
                .trim(),
            ).toBe('');
        });
      });
    }
  }
});

describe("progress lines from each client's output", { timeout: 60_000 }, () => {
  const revs = [
    { id: 'aaa', message: 'first' },
    { id: 'bbb', message: 'second' },
    { id: 'ccc', message: 'third' },
  ];
  const run = (lines: string[], end: 'done' | 'fail') => {
    const out: string[] = [];
    const p = new Progress(revs, true, false, (s) => out.push(s));
    for (const l of lines) p.line(l);
    if (end !== 'done') p.fail();
    const timings = end === 'done' ? p.done() : [];
    return { out: out.join('').replace(/\(\d+ ms\)/g, '(N ms)'), timings };
  };
  // each revision is said as it starts, and again with its time when the next one starts (or the run ends)
  const expected =
    '  running [1/3] aaa first\n  ok [1/3] aaa first (N ms)\n  running [2/3] bbb second\n  ok [2/3] bbb second (N ms)\n  running [3/3] ccc third\n  ok [3/3] ccc third (N ms)\n';

  it('psql NOTICE lines (stderr)', () => {
    const r = run(
      [
        'psql:<stdin>:36: NOTICE:  [1/3] aaa first',
        ' pg_advisory_lock ',
        'psql:<stdin>:40: NOTICE:  [2/3] bbb second',
        'psql:<stdin>:48: NOTICE:  [3/3] ccc third',
      ],
      'done',
    );
    expect(r.out).toBe(expected);
    expect(r.timings.map((t) => t.revision)).toEqual(['aaa', 'bbb', 'ccc']);
  });
  it('mysql --batch SELECT output: a header line, then the value', () => {
    expect(run(['progress', '[1/3] aaa first', 'progress', '[2/3] bbb second', 'Warning (Code 1280): x', 'progress', '[3/3] ccc third'], 'done').out).toBe(
      expected,
    );
  });
  it('SQLite rows', () => {
    expect(run(['lbaas-db-manage guard: the database is at base', '[1/3] aaa first', '[2/3] bbb second', '[3/3] ccc third'], 'done').out).toBe(expected);
  });
  it('ignores markers of another script, repeats and unknown ids; a failure names the running revision', () => {
    const r = run(['[1/3] aaa first', '[1/3] aaa first', '[2/4] bbb second', '[2/3] zzz other', '[2/3] bbb second'], 'fail');
    expect(r.out).toBe('  running [1/3] aaa first\n  ok [1/3] aaa first (N ms)\n  running [2/3] bbb second\n  FAILED [2/3] bbb second (N ms)\n');
  });
  it('prints nothing when asked not to (--quiet, --json) but still times each revision', () => {
    const out: string[] = [];
    const p = new Progress(revs, false, false, (s) => out.push(s));
    for (const l of ['[1/3] aaa first', '[2/3] bbb second', '[3/3] ccc third']) p.line(l);
    expect(p.done().map((t) => t.revision)).toEqual(['aaa', 'bbb', 'ccc']);
    expect(out).toEqual([]);
  });
});
