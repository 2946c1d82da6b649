/**
 * squawk (the PostgreSQL migration linter, npm squawk-cli 2.66.0, installed by .ci/run and by the
 * README's development step: the registry serves its binary for linux-x64 only, so it cannot be a
 * devDependency that `npm ci` installs everywhere) as an independent check of the committed PostgreSQL scripts: every finding on dist-sql/postgresql is
 * either absent or waived, with its reason, in squawk-waivers.json, and every waiver still matches.
 *
 * squawk parses SQL only: psql's client directives (`\set ON_ERROR_STOP on`) are a syntax error
 * to it and no rule would run. The test-side filter below removes exactly those lines, and only
 * the directives the compiler writes (any other line starting with a backslash fails the test),
 * so no SQL is ever hidden from squawk.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Context } from '../../src/cli/context.js';
import { renderOffline } from '../../src/workspace/offline.js';
import { isCI } from '../support/engines.js';
import { DIST, ROOT } from './support.js';

/** The squawk binary: LBAAS_SQUAWK names another installation (e.g. one outside the project's node_modules). */
const SQUAWK = process.env.LBAAS_SQUAWK || join(ROOT, 'node_modules/.bin/squawk');
const SQUAWK_VERSION = '2.66.0';
const present = existsSync(SQUAWK);
if (!present && !isCI()) {
  process.stderr.write(`squawk suite SKIPPED: ${SQUAWK} is missing (npm install --no-save squawk-cli@${SQUAWK_VERSION})\n`);
}
/** The client directives the compiler writes into PostgreSQL scripts (templates/postgresql/client_directives.sql.hbs). */
const CLIENT_DIRECTIVES = new Set(['\\set ON_ERROR_STOP on']);

/** The script without its client directive lines; throws on any other backslash line. */
export function withoutClientDirectives(file: string, text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (!line.startsWith('\\')) return line;
      if (!CLIENT_DIRECTIVES.has(line)) throw new Error(`${file}: unexpected client command line ${JSON.stringify(line)}`);
      return ''; // keeps line numbers as in the committed file
    })
    .join('\n');
}

interface Waiver {
  rule: string;
  files: string[];
  reason: string;
}
const waivers = (JSON.parse(readFileSync(join(ROOT, 'test/lbaas/squawk-waivers.json'), 'utf8')) as { waivers: Waiver[] }).waivers;

const tmp = mkdtempSync(join(tmpdir(), 'lbaas-squawk-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Finding {
  file: string;
  line: number;
  rule_name: string;
  message: string;
}

function squawk(files: string[]): Finding[] {
  const r = spawnSync(SQUAWK, ['--reporter', 'json', '--pg-version', '15', ...files], { cwd: tmp, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120_000 });
  if (r.error) throw r.error;
  return JSON.parse(r.stdout) as Finding[];
}

describe.skipIf(!present && !isCI())('squawk on dist-sql/postgresql', { timeout: 180_000 }, () => {
  it(`squawk ${SQUAWK_VERSION} is installed (required under CI)`, () => {
    expect(present, `no squawk: npm install --no-save squawk-cli@${SQUAWK_VERSION}`).toBe(true);
    expect(spawnSync(SQUAWK, ['--version'], { encoding: 'utf8' }).stdout.trim()).toBe(`squawk ${SQUAWK_VERSION}`);
  });

  const dir = join(DIST, 'postgresql');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();

  it('the filter removes only client directives, and squawk parses what remains (a directive would not parse)', () => {
    writeFileSync(join(tmp, 'raw.sql'), readFileSync(join(dir, 'upgrade-full.sql'), 'utf8'));
    expect(squawk(['raw.sql']).map((f) => f.rule_name)).toContain('syntax-error');
    expect(() => withoutClientDirectives('x.sql', 'SELECT 1;\n\\! rm -rf x\n')).toThrow(/unexpected client command line/);
  });

  it('--create-index-concurrently satisfies require-concurrent-index-creation, with no concurrent build inside a transaction', () => {
    // from after the revision that creates the L7 tables: squawk does not flag an index on a table the same file creates
    const spec = '3543deab1547:expand@head';
    const ctx = () => new Context({ dialect: 'postgresql' });
    writeFileSync(join(tmp, 'plain.sql'), withoutClientDirectives('plain.sql', renderOffline(ctx(), 'upgrade', spec, {})));
    writeFileSync(
      join(tmp, 'concurrent.sql'),
      withoutClientDirectives('concurrent.sql', renderOffline(ctx(), 'upgrade', spec, { createIndexConcurrently: true })),
    );
    const rules = (file: string) => squawk([file]).map((f) => f.rule_name);
    expect(rules('plain.sql').filter((r) => r === 'require-concurrent-index-creation')).toHaveLength(2);
    const concurrent = rules('concurrent.sql');
    expect(concurrent).not.toContain('syntax-error');
    expect(concurrent.filter((r) => /concurrent|robust|transaction/.test(r))).toEqual([]);
  });

  it('every finding is waived with a reason, and every waiver still matches a finding', () => {
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) writeFileSync(join(tmp, f), withoutClientDirectives(f, readFileSync(join(dir, f), 'utf8')));
    const findings = squawk(files);
    expect(findings.filter((f) => f.rule_name === 'syntax-error')).toEqual([]);
    const found = new Set(findings.map((f) => `${f.rule_name} ${f.file.replace(/.*[\\/]/, '')}`));
    const waived = new Set(waivers.flatMap((w) => w.files.map((f) => `${w.rule} ${f}`)));
    for (const w of waivers) expect(w.reason.length, w.rule).toBeGreaterThan(20);
    expect([...found].filter((k) => !waived.has(k)).sort(), 'findings without a waiver').toEqual([]);
    expect([...waived].filter((k) => !found.has(k)).sort(), 'waivers that match no finding').toEqual([]);
  });
});
