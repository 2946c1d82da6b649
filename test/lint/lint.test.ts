/**
 * lint: each rule on a fixture history (hits, and the look-alikes that must not hit), merged
 * across dialects, waivers, the CLI's compiler-style output with file:line:col, --strict, and
 * the findings on the shipped history.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHistoryFiles } from '../../src/front/load.js';
import { buildGraph } from '../../src/graph/graph.js';
import { LINT_CODES, lintHistory, lintReport, type Finding } from '../../src/lint/lint.js';
import { cli } from '../guard/clients.js';
import { REVISIONS, writeFixture, type Fixture } from './fixture.js';

let fx: Fixture;
let findings: Finding[];

beforeAll(() => {
  fx = writeFixture();
  const history = loadHistoryFiles(fx.dir, 'versions');
  expect(history.diagnostics).toEqual([]);
  const { graph, diagnostics } = buildGraph(history.revisions);
  expect(diagnostics).toEqual([]);
  const report = lintReport(history, graph);
  expect(report.errors).toEqual([]);
  findings = report.findings;
});
afterAll(() => fx?.remove());

/** `rev:opIndex:code[dialects]` for each finding, in report order. */
const keys = (fs: Finding[]) => fs.map((f) => `${f.revision}:${f.opIndex ?? '-'}:${f.code}${f.dialects.length < 3 ? `[${f.dialects.join(',')}]` : ''}`);

describe('lint rules on the fixture history', () => {
  it('finds exactly the expected hits, nothing on new tables or columns added in the same revision', () => {
    expect(keys(findings)).toEqual(
      [
        'r2:0:LN002',
        'r2:1:LN011',
        'r3:0:LN004',
        'r3:0:LN012[mysql]',
        'r3:0:LN013[postgresql]',
        'r4:0:LN003',
        'r4:0:LN012[mysql]',
        'r4:0:LN013[postgresql]',
        'r4:1:LN012[mysql]',
        'r5:0:LN010[postgresql]',
        'r5:1:LN010[postgresql]',
        'r5:1:LN020',
        'r6:0:LN020',
        'r6:1:LN021',
        'r6:2:LN015[mysql]',
        'r6:2:LN022',
        'r6:3:LN014[mysql]',
        'r6:4:LN014[mysql]',
        'r8:1:LN030[mysql]',
        'r9:0:LN013[postgresql]',
        'r10:-:LN090',
        'r10:0:LN001',
      ].sort((a, b) => order(a) - order(b) || 0),
    );
  });

  it('says what is at risk and how to fix it', () => {
    const by = (code: string) => findings.find((f) => f.code === code)!;
    expect(by('LN002').message).toBe('drops column "t.name" and the values stored in it');
    expect(by('LN004').message).toContain('removes enum value \'c\' from "t.kind"');
    expect(by('LN003').message).toBe('narrows "t.n" from integer to smallint: existing values may not fit');
    expect(by('LN011').fix).toMatch(/nullable/);
    expect(by('LN030').message).toMatch(/mixes 1 DDL op with 1 data change \(execute\)/);
    expect(findings.filter((f) => f.code === 'LN014').map((f) => f.message)).toEqual([
      'MySQL/MariaDB: adding foreign key on existing table "t" (to t(id)) runs in place (ALGORITHM=INPLACE, LOCK=NONE, foreign_key_checks off for that statement) after a pre-check that stops the script when rows reference missing parents; with the checks on, the engine would copy the table',
      'MySQL/MariaDB: adding foreign key "fk_t_parent" on existing table "t" (to t(id)) runs in place (ALGORITHM=INPLACE, LOCK=NONE, foreign_key_checks off for that statement) after a pre-check that stops the script when rows reference missing parents; with the checks on, the engine would copy the table',
    ]);
    expect(by('LN014').path).toEqual(['upgrade', 3, 'column']);
    for (const f of findings) expect(f.fix.length).toBeGreaterThan(10);
    expect(by('LN002').path).toEqual(['upgrade', 0, 'column']);
    expect(by('LN010').category).toBe('locking');
    expect(by('LN021').category).toBe('data-dependent');
  });

  it('a waiver turns its code into a waived info for that revision only; an unused waiver is reported', () => {
    const dropped = findings.find((f) => f.code === 'LN001')!;
    expect(dropped.severity).toBe('info');
    expect(dropped.waived).toBe('the table is replaced in this release');
    expect(findings.find((f) => f.code === 'LN002')!.waived).toBeUndefined();
    const unused = findings.find((f) => f.code === 'LN090')!;
    expect(unused.path).toEqual(['waivers', 1]);
    expect(unused.message).toContain('LN002');
  });

  it('lintHistory returns diagnostics: warnings with the fix as hint, waived ones as info "waived: reason"', () => {
    const history = loadHistoryFiles(fx.dir, 'versions');
    const ds = lintHistory(history, buildGraph(history.revisions).graph, { dialects: ['mysql'] });
    const mixed = ds.find((d) => d.code === 'LN030')!;
    expect(mixed).toMatchObject({ severity: 'warning', at: { file: 'versions/r8.jsonc', path: ['upgrade', 1] } });
    expect(mixed.hint).toMatch(/revision of its own/);
    const waived = ds.find((d) => d.code === 'LN001')!;
    expect(waived.severity).toBe('info');
    expect(waived.message).toMatch(/\(waived: the table is replaced in this release\)$/);
    // one dialect linted: no PostgreSQL-only finding, and unused waivers are not judged
    expect(ds.some((d) => d.code === 'LN010' || d.code === 'LN090')).toBe(false);
  });

  it('limits the report to a set of revisions but still replays the rest (r3 knows t exists)', () => {
    const history = loadHistoryFiles(fx.dir, 'versions');
    const r = lintReport(history, buildGraph(history.revisions).graph, { revisions: new Set(['r3']) });
    expect(keys(r.findings)).toEqual(['r3:0:LN004', 'r3:0:LN012[mysql]', 'r3:0:LN013[postgresql]']);
  });
});

function order(key: string): number {
  const rev = Number(key.split(':')[0]!.slice(1));
  const op = key.split(':')[1] === '-' ? -1 : Number(key.split(':')[1]);
  return rev * 100 + op;
}

describe('lint command', { timeout: 60_000 }, () => {
  it('prints compiler-style diagnostics with file:line:col, the fix, and a summary; exit 0 without --strict', () => {
    const r = cli(['--versions', 'versions', 'lint'], { cwd: fx.dir });
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(fx.dir, 'versions', 'r2.jsonc'), 'utf8').split('\n');
    const line = text.findIndex((l) => l.includes('"column": "name"')) + 1;
    expect(r.stdout).toContain(`versions/r2.jsonc:${line}:`);
    expect(r.stdout).toMatch(new RegExp(`^versions/r2\\.jsonc:${line}:\\d+: warning LN002: r2: drops column "t\\.name"`, 'm'));
    expect(r.stdout).toMatch(/^ {2}hint: stop reading and writing the column/m);
    expect(r.stdout).toMatch(
      /^versions\/r10\.jsonc:\d+:\d+: info LN001: r10: drops table "t" with every row in it \(waived: the table is replaced in this release\)$/m,
    );
    expect(r.stdout).toMatch(/LN010: r5: PostgreSQL: CREATE INDEX "ix_t_n" .* \[postgresql\]$/m);
    expect(r.stdout).toContain(`lint: ${findings.length} findings, ${findings.length - 1} not waived, 1 waived`);
  });

  it('--strict fails on findings that are not waived, and passes once every one is', () => {
    const strict = cli(['--versions', 'versions', 'lint', '--strict'], { cwd: fx.dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(`error LN000: --strict: ${findings.length - 1} findings are not waived`);
    expect(strict.stdout).toContain('warning LN002');

    // the same history with every finding waived (and no stale waiver)
    const waived = REVISIONS.map((r) => {
      const codes = [...new Set(findings.filter((f) => f.revision === r.revision && f.code !== 'LN090').map((f) => f.code))];
      return { ...r, waivers: codes.map((code) => ({ code, reason: `reviewed: ${code}` })) };
    });
    const clean = writeFixture(waived);
    try {
      const r = cli(['--versions', 'versions', 'lint', '--strict'], { cwd: clean.dir });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toContain(`lint: ${findings.length - 1} findings, 0 not waived, ${findings.length - 1} waived`);
    } finally {
      clean.remove();
    }
  });

  it('takes a range and --dialect; --json gives the findings with positions', () => {
    const r = cli(['--versions', 'versions', '--dialect', 'mysql', 'lint', 'r7:r8', '--json'], { cwd: fx.dir });
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.findings.map((f: Finding) => `${f.revision}:${f.code}`)).toEqual(['r8:LN030']);
    expect(j.findings[0]).toMatchObject({ file: 'versions/r8.jsonc', line: expect.any(Number), col: expect.any(Number), dialects: ['mysql'] });
  });

  it('on the shipped history: the expected findings, the v1 drops waived', () => {
    const r = cli(['lint', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const fs: Finding[] = JSON.parse(r.stdout).findings;
    const at = (rev: string, code: string) => fs.filter((f) => f.revision === rev && f.code === code);
    expect(at('e6417a8b114d', 'LN001').length).toBe(11);
    expect(at('e6417a8b114d', 'LN001').every((f) => f.waived)).toBe(true);
    expect(at('4deef6d81931', 'LN002').length).toBe(5);
    expect(at('4deef6d81931', 'LN011').length).toBeGreaterThanOrEqual(9);
    expect(at('6aee0434f911', 'LN030')).toEqual([expect.objectContaining({ dialects: ['mysql'] })]);
    expect(at('lbaasv2_tls', 'LN013')).toEqual([expect.objectContaining({ dialects: ['postgresql'] })]);
    expect(at('lbaasv2_tls', 'LN012')).toEqual([]);
    expect(fs.some((f) => f.code === 'LN090')).toBe(false);
  });
});

describe('lint --help', () => {
  it('lists every lint code', () => {
    const r = cli(['lint', '--help']);
    expect(r.code).toBe(0);
    for (const code of Object.values(LINT_CODES)) expect(r.stdout, code).toMatch(new RegExp(`\\b${code}\\b`));
    expect(r.stdout).toContain('"waivers": [{ "code": "LN002", "reason": "why this is safe" }]');
  });
});
