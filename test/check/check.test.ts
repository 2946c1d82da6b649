/**
 * check_migration: the shape of the history (branches only by labels, one head per
 * label, no orphaned files) and the expand/contract discipline, with waivers. Small
 * histories are written to temporary directories; the CLI runs are the BUILT program.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMigration } from '../../src/workspace/check-migration.js';
import { listRevisionFiles } from '../../src/front/load.js';
import { HEADS, requireBuilt, ROOT, runCli, SHIPPED } from '../online/cli.js';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'lbaas-check-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Doc = Record<string, unknown>;
let n = 0;

/** Writes revision files (objects as JSON, strings as they are) under <dir>/versions and returns dir. */
function history(files: Record<string, Doc | string>): string {
  const dir = join(scratch, `h${n++}`);
  for (const [name, doc] of Object.entries(files)) {
    const f = join(dir, 'versions', name);
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, typeof doc === 'string' ? doc : `// fixture\n${JSON.stringify(doc, null, 2)}\n`);
  }
  return dir;
}

const rev = (id: string, down: string | string[] | null, upgrade: Doc[] = [], extra: Doc = {}): Doc => ({
  revision: id,
  down_revision: down,
  message: `revision ${id}`,
  upgrade,
  downgrade: [],
  ...extra,
});

/** A base, a table, and the expand/contract split at a2. */
const BASE: Record<string, Doc> = {
  'a1.jsonc': rev('a1', null, [
    {
      op: 'create_table',
      table: 't',
      columns: [
        { name: 'id', type: 'integer', nullable: false },
        { name: 'name', type: 'string(255)', nullable: true },
        { name: 'code', type: 'string(64)', nullable: false },
      ],
      primary_key: ['id'],
      indexes: [{ name: 'ix_t_name', columns: ['name'] }],
    },
  ]),
  'a2.jsonc': rev('a2', 'a1'),
  'expand/e1.jsonc': rev('e1', 'a2', [], { branch_labels: ['expand'] }),
  'contract/c1.jsonc': rev('c1', 'a2', [], { branch_labels: ['contract'] }),
};

const codes = (dir: string) => checkMigration(dir, 'versions').diagnostics.map((d) => `${d.severity} ${d.code}`);
const errors = (dir: string) => checkMigration(dir, 'versions').diagnostics.filter((d) => d.severity === 'error');

describe('check_migration on the shipped history', { timeout: 60_000 }, () => {
  beforeAll(requireBuilt);

  it('passes, naming the waived findings; check-migration is the same command', async () => {
    const r = await runCli(['check_migration'], { cwd: ROOT });
    expect(r.code, r.stderr).toBe(0);
    // the only warnings are the linter's findings that the shipped history leaves open (see docs/review.md)
    const warnings = r.stderr.trimEnd().split('\n');
    expect(
      warnings.every((l) => /^versions\/\S+\.jsonc:\d+:\d+: warning LN0\d\d: /.test(l)),
      r.stderr,
    ).toBe(true);
    expect(r.stdout.split('\n')[1]).toBe(
      `  lint: ${warnings.length + 11} findings, ${warnings.length} not waived (warnings; --strict fails on them), 11 waived`,
    );
    expect(r.stdout).toMatch(/\n {2}waived LN001 in e6417a8b114d \(11 findings\): removing the LBaaS v1 tables /);
    const contract = HEADS.find((h) => SHIPPED.labelsOf(h).includes('contract'));
    const expand = HEADS.find((h) => SHIPPED.labelsOf(h).includes('expand'));
    expect(r.stdout.split('\n')[0]).toBe(`check_migration: ok: ${SHIPPED.size} revisions; contract -> ${contract}; expand -> ${expand}`);
    expect(r.stdout).toMatch(/\n {2}waived CM004 in 6aee0434f911 \(3 findings\): The dropped unique constraint /);
    expect(r.stdout).toMatch(/\n {2}waived CM005 in 4b4dc6d5d843 \(11 findings\): The ix_<table>_project_id indexes /);
    const alias = await runCli(['check-migration'], { cwd: ROOT });
    expect(alias).toMatchObject({ code: 0, stdout: r.stdout });
    const j = JSON.parse((await runCli(['check_migration', '--json'], { cwd: ROOT })).stdout) as {
      ok: boolean;
      labels: object;
      waived: { code: string; revision: string }[];
    };
    expect(j.ok).toBe(true);
    expect(j.labels).toEqual({ contract: [contract], expand: [expand] });
    expect(j.waived.filter((w) => w.code === 'CM005').every((w) => w.revision === '4b4dc6d5d843')).toBe(true);
  });

  it('fails without those waivers: 4b4dc6d5d843 creates indexes in contract, 6aee0434f911 drops constraints in expand', async () => {
    const dir = join(scratch, 'shipped');
    cpSync(join(ROOT, 'versions'), join(dir, 'versions'), { recursive: true });
    const strip = (f: string) => {
      const text = readFileSync(f, 'utf8');
      const out = text.replace(/\n {2}"waivers": \[\n(?: {4}.*\n)+? {2}\],/, '');
      expect(out).not.toBe(text);
      writeFileSync(f, out);
    };
    strip(join(dir, 'versions/newton/contract/4b4dc6d5d843_rename_tenant_to_project.jsonc'));
    strip(join(dir, 'versions/mitaka/expand/6aee0434f911_independent_pools.jsonc'));
    const r = await runCli(['--versions', 'versions', 'check_migration'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stderr
      .trimEnd()
      .split('\n')
      .filter((l) => !/ warning LN0\d\d: /.test(l));
    expect(lines).toHaveLength(14);
    expect(
      lines.filter((l) =>
        /^versions\/newton\/contract\/4b4dc6d5d843_rename_tenant_to_project\.jsonc:\d+:\d+: error CM005: contract revision 4b4dc6d5d843 creates index ix_\w+_project_id on \w+: /.test(
          l,
        ),
      ),
    ).toHaveLength(11);
    expect(
      lines.filter((l) =>
        /^versions\/mitaka\/expand\/6aee0434f911_independent_pools\.jsonc:\d+:\d+: error CM004: expand revision 6aee0434f911 drops constraint /.test(l),
      ),
    ).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^versions\/mitaka\/expand\/6aee0434f911_independent_pools\.jsonc:24:5: error CM004: .*lbaas_listeners_default_pool_id_key on lbaas_listeners \(on postgresql, sqlite\)/,
    );
  });
});

describe('branches', { timeout: 60_000 }, () => {
  it('labelled expand/contract split: ok', () => {
    expect(codes(history(BASE))).toEqual([]);
  });

  it('a branch point whose children start no labelled branch', async () => {
    requireBuilt();
    const dir = history({ ...BASE, 'b1.jsonc': rev('b1', 'a1'), 'b2.jsonc': rev('b2', 'a1') });
    const es = errors(dir);
    expect(es.map((d) => d.code)).toEqual(['CM001']);
    expect(es[0]!.message).toBe('the timeline branches at a1 into a2, b1, b2, but a2, b1, b2 start no labelled branch');
    const r = await runCli(['--versions', 'versions', 'check_migration'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('versions/a2.jsonc:4:20: error CM001: the timeline branches at a1 into a2, b1, b2, but a2, b1, b2 start no labelled branch\n');
  });

  it('only one child labelled: the other is named', () => {
    const dir = history({ ...BASE, 'expand/e2.jsonc': rev('e2', 'e1', [], { branch_labels: ['feature'] }), 'expand/e3.jsonc': rev('e3', 'e1') });
    const es = errors(dir);
    // sorted by file: the label's declaration (e1), then the unlabelled child (e3)
    expect(es.map((d) => `${d.code} ${d.at?.file}`)).toEqual(['CM002 versions/expand/e1.jsonc', 'CM001 versions/expand/e3.jsonc']);
    expect(es[1]!.message).toBe('the timeline branches at e1 into e2, e3, but e3 starts no labelled branch');
  });

  it('two bases, unlabelled', () => {
    const es = errors(history({ ...BASE, 'stray.jsonc': rev('stray', null) }));
    expect(es.map((d) => d.code)).toEqual(['CM001']);
    expect(es[0]!.message).toBe('the history has 2 bases (a1, stray), but a1, stray start no labelled branch');
  });

  it('a label with two heads (the split below it is labelled, so only CM002)', () => {
    const dir = history({
      ...BASE,
      'expand/e2.jsonc': rev('e2', 'e1', [], { branch_labels: ['fast'] }),
      'expand/e3.jsonc': rev('e3', 'e1', [], { branch_labels: ['slow'] }),
    });
    const es = errors(dir);
    expect(es.map((d) => d.code)).toEqual(['CM002']);
    expect(es[0]!.message).toBe("branch label 'expand' has 2 heads: e2, e3");
    expect(es[0]!.at).toEqual({ file: 'versions/expand/e1.jsonc', path: ['branch_labels'] });
    const merged = history({
      ...BASE,
      'expand/e2.jsonc': rev('e2', 'e1', [], { branch_labels: ['fast'] }),
      'expand/e3.jsonc': rev('e3', 'e1', [], { branch_labels: ['slow'] }),
      'expand/e4.jsonc': rev('e4', ['e2', 'e3']),
    });
    expect(codes(merged)).toEqual([]);
    expect(checkMigration(merged, 'versions').labels).toEqual({ contract: ['c1'], expand: ['e4'], fast: ['e4'], slow: ['e4'] });
  });
});

describe('orphaned revision files', { timeout: 60_000 }, () => {
  it('a file that is not JSONC: its own syntax position', () => {
    const es = errors(history({ ...BASE, 'broken.jsonc': '{\n  "revision": "x1",\n  "down_revision": "c1"\n  "message": "m"\n}\n' }));
    expect(es.map((d) => d.code)).toEqual(['CM003']);
    expect(es[0]).toMatchObject({ at: { file: 'versions/broken.jsonc' }, line: 4, col: 3 });
    expect(es[0]!.message).toMatch(/^orphaned revision file: it does not load as a revision, so no upgrade will ever apply it \(LD001: syntax error/);
  });

  it('a .jsonc that is not a revision, and a file whose id another file already has', () => {
    const es = errors(history({ ...BASE, 'notes.jsonc': { title: 'release notes' }, 'zz_copy.jsonc': rev('c1', 'a2') }));
    expect(es.map((d) => `${d.code} ${d.at?.file}`)).toEqual(['CM003 versions/notes.jsonc', 'CM003 versions/zz_copy.jsonc']);
    expect(es[1]!.message).toBe("orphaned revision file: revision id 'c1' is also defined in versions/contract/c1.jsonc, which is the one the graph uses");
  });

  it('revisions whose line of history does not reach base', () => {
    const dir = history({
      ...BASE,
      'contract/c2.jsonc': rev('c2', 'c1_typo'),
      'contract/c3.jsonc': rev('c3', 'c2'),
      'expand/e2.jsonc': rev('e2', 'e1', [], { depends_on: ['gone'] }),
    });
    const es = errors(dir);
    expect(es.map((d) => `${d.code} ${d.at?.file}`)).toEqual([
      'CM003 versions/contract/c2.jsonc',
      'CM003 versions/contract/c3.jsonc',
      'CM003 versions/expand/e2.jsonc',
    ]);
    expect(es[0]!.message).toBe(
      "orphaned revision c2: it cannot be reached from base, so no upgrade will ever apply it: down_revision names 'c1_typo', which is not a revision of this history",
    );
    expect(es[1]!.message).toMatch(/^orphaned revision c3: .*it builds on orphaned revision c2/);
    expect(es[2]!.message).toMatch(/depends_on names 'gone', which is neither a revision nor a branch label/);
  });

  it('a loop', () => {
    const es = errors(history({ ...BASE, 'l1.jsonc': rev('l1', 'l2'), 'l2.jsonc': rev('l2', 'l1') }));
    expect(es.map((d) => d.code)).toEqual(['CM003', 'CM003']);
    expect(es[0]!.message).toMatch(/loop/);
  });
});

describe('expand revisions only add', { timeout: 60_000 }, () => {
  const expandOps: [string, Doc][] = [
    ['drops column t.code', { op: 'drop_column', table: 't', column: 'code' }],
    ['drops table t', { op: 'drop_table', table: 't' }],
    ['drops index ix_t_name on t', { op: 'drop_index', name: 'ix_t_name', table: 't' }],
    ['drops constraint t_pkey on t', { op: 'drop_constraint', name: 't_pkey', table: 't', type: 'primary' }],
    ['renames table t to t2', { op: 'rename_table', table: 't', new_name: 't2' }],
    ['renames column t.name to label', { op: 'alter_column', table: 't', column: 'name', new_column_name: 'label' }],
    ['narrows column t.name from string(255) to string(64)', { op: 'alter_column', table: 't', column: 'name', type: 'string(64)' }],
    ['makes column t.name NOT NULL', { op: 'alter_column', table: 't', column: 'name', nullable: false }],
  ];
  for (const [what, op] of expandOps) {
    it(`flags an op that ${what}; a waiver with a reason accepts it`, () => {
      const es = errors(history({ ...BASE, 'expand/e2.jsonc': rev('e2', 'e1', [op]) }));
      expect(es.map((d) => d.code)).toEqual(['CM004']);
      expect(es[0]!.message).toContain(`expand revision e2 ${what}`);
      expect(es[0]!.at?.file).toBe('versions/expand/e2.jsonc');
      const waived = checkMigration(
        history({ ...BASE, 'expand/e2.jsonc': rev('e2', 'e1', [op], { waivers: [{ code: 'CM004', reason: 'reviewed: safe here' }] }) }),
        'versions',
      );
      expect(waived.diagnostics).toEqual([]);
      expect(waived.waived).toEqual([expect.objectContaining({ code: 'CM004', revision: 'e2', reason: 'reviewed: safe here' })]);
    });
  }

  it('does not flag additions, widening, or NOT NULL on a column that already is', () => {
    const dir = history({
      ...BASE,
      'expand/e2.jsonc': rev('e2', 'e1', [
        { op: 'add_column', table: 't', column: { name: 'extra', type: 'text' } },
        { op: 'alter_column', table: 't', column: 'code', type: 'string(128)', nullable: false },
        { op: 'create_index', name: 'ix_t_code', table: 't', columns: ['code'] },
        { op: 'create_table', table: 'u', columns: [{ name: 'id', type: 'integer', nullable: false }], primary_key: ['id'] },
      ]),
    });
    expect(codes(dir)).toEqual([]);
  });

  it('revisions outside the expand and contract branches are not judged', () => {
    expect(
      codes(
        history({
          ...BASE,
          'a2.jsonc': rev('a2', 'a1', [
            { op: 'drop_index', name: 'ix_t_name', table: 't' },
            { op: 'create_index', name: 'ix2', table: 't', columns: ['code'] },
          ]),
        }),
      ),
    ).toEqual([]);
  });
});

describe('contract revisions only remove or rewrite', { timeout: 60_000 }, () => {
  const contractOps: [string, Doc][] = [
    ['creates table u', { op: 'create_table', table: 'u', columns: [{ name: 'id', type: 'integer', nullable: false }], primary_key: ['id'] }],
    ['adds column t.extra', { op: 'add_column', table: 't', column: { name: 'extra', type: 'text' } }],
    ['creates index ix_t_code on t', { op: 'create_index', name: 'ix_t_code', table: 't', columns: ['code'] }],
    ['creates unique constraint uq_t_code on t', { op: 'create_unique_constraint', name: 'uq_t_code', table: 't', columns: ['code'] }],
    ['creates check constraint ck_t_code on t', { op: 'create_check_constraint', name: 'ck_t_code', table: 't', condition: "code <> ''" }],
  ];
  for (const [what, op] of contractOps) {
    it(`flags an op that ${what}; a waiver accepts it`, () => {
      const es = errors(history({ ...BASE, 'contract/c2.jsonc': rev('c2', 'c1', [op]) }));
      expect(es.map((d) => d.code)).toEqual(['CM005']);
      expect(es[0]!.message).toContain(`contract revision c2 ${what}`);
      expect(codes(history({ ...BASE, 'contract/c2.jsonc': rev('c2', 'c1', [op], { waivers: [{ code: 'CM005', reason: 'reviewed' }] }) }))).toEqual([]);
    });
  }

  it('removing and renaming is what contract is for', () => {
    expect(
      codes(
        history({
          ...BASE,
          'contract/c2.jsonc': rev('c2', 'c1', [
            { op: 'alter_column', table: 't', column: 'name', new_column_name: 'label' },
            { op: 'drop_index', name: 'ix_t_name', table: 't' },
            { op: 'drop_column', table: 't', column: 'code' },
          ]),
        }),
      ),
    ).toEqual([]);
  });

  it('a waiver for another code does not accept the finding; stale and unwaivable waivers are warnings', () => {
    const op = { op: 'add_column', table: 't', column: { name: 'extra', type: 'text' } };
    expect(codes(history({ ...BASE, 'contract/c2.jsonc': rev('c2', 'c1', [op], { waivers: [{ code: 'CM004', reason: 'wrong code' }] }) }))).toEqual([
      'error CM005',
      'warning CM006',
    ]);
    const dir = history({
      ...BASE,
      'contract/c2.jsonc': rev('c2', 'c1', [], {
        waivers: [
          { code: 'CM005', reason: 'old' },
          { code: 'CM001', reason: 'no' },
          { code: 'LN001', reason: "the linter's" },
        ],
      }),
    });
    const ds = checkMigration(dir, 'versions').diagnostics;
    expect(ds.map((d) => `${d.severity} ${d.code}`)).toEqual(['warning CM006', 'warning CM006']);
    expect(ds[0]!.message).toBe('waiver CM005 in c2 waives nothing: the revision has no CM005 finding');
    expect(ds[1]!.message).toBe('waiver CM001 in c2 has no effect: only CM004 and CM005 can be waived');
  });
});

describe('lint inside check_migration', { timeout: 60_000 }, () => {
  beforeAll(requireBuilt);
  /** Labelled split; e1 adds a NOT NULL column without default to the existing t (LN011), c1 drops t.code (LN002, waived). */
  const linted = (waiveLn011: boolean) =>
    history({
      ...BASE,
      'expand/e1.jsonc': rev('e1', 'a2', [{ op: 'add_column', table: 't', column: { name: 'req', type: 'integer', nullable: false } }], {
        branch_labels: ['expand'],
        ...(waiveLn011 ? { waivers: [{ code: 'LN011', reason: 't is empty when e1 runs' }] } : {}),
      }),
      'contract/c1.jsonc': rev('c1', 'a2', [{ op: 'drop_column', table: 't', column: 'code' }], {
        branch_labels: ['contract'],
        waivers: [{ code: 'LN002', reason: 'nobody reads t.code any more' }],
      }),
    });

  it('reports the findings that are not waived as warnings, and the waived ones; exit 0', async () => {
    const dir = linted(false);
    const rep = checkMigration(dir, 'versions');
    expect(rep.diagnostics).toEqual([]);
    expect(rep.lint!.findings.map((f) => `${f.revision} ${f.code} ${f.severity}`)).toEqual(['c1 LN002 info', 'e1 LN011 warning']);
    const r = await runCli(['--versions', 'versions', 'check_migration'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^versions\/expand\/e1\.jsonc:\d+:\d+: warning LN011: e1: adds NOT NULL column "t\.req" without a server default/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stdout).toContain('  lint: 2 findings, 1 not waived (warnings; --strict fails on them), 1 waived\n');
    expect(r.stdout).toContain('  waived LN002 in c1 (1 finding): nobody reads t.code any more\n');
    const j = JSON.parse((await runCli(['--versions', 'versions', 'check_migration', '--json'], { cwd: dir })).stdout);
    expect(j.lint).toEqual({ findings: 2, not_waived: 1, waived: 1 });
    expect(j.warnings.map((w: { code: string }) => w.code)).toEqual(['LN011']);
  });

  it('--strict makes them errors (exit 1); with a waiver it passes', async () => {
    const dir = linted(false);
    const r = await runCli(['--versions', 'versions', 'check_migration', '--strict'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^versions\/expand\/e1\.jsonc:\d+:\d+: error LN011: e1: /m);
    expect(r.stderr).not.toContain('LN002');
    const ok = await runCli(['--versions', 'versions', 'check_migration', '--strict'], { cwd: linted(true) });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain('  lint: 2 findings, 0 not waived (warnings; --strict fails on them), 2 waived\n');
  });

  it('a history the model cannot replay fails, once per problem (not once per dialect)', async () => {
    const dir = history({ ...BASE, 'contract/c2.jsonc': rev('c2', 'c1', [{ op: 'drop_column', table: 't', column: 'name' }]) });
    const r = await runCli(['--versions', 'versions', 'check_migration'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^versions\/contract\/c2\.jsonc:\d+:\d+: error MD010: c2: drop_column: column "t\.name" is still used by index ix_t_name$/),
    ]);
  });

  it('the shipped history fails --strict on its open findings only', async () => {
    const r = await runCli(['check_migration', '--strict'], { cwd: ROOT });
    expect(r.code).toBe(1);
    const errors = r.stderr.trimEnd().split('\n');
    expect(errors.length).toBeGreaterThan(10);
    expect(
      errors.every((l) => / error LN0\d\d: /.test(l)),
      r.stderr,
    ).toBe(true);
    expect(r.stderr).not.toContain('e6417a8b114d'); // its drops are waived
  });
});

describe('output', { timeout: 60_000 }, () => {
  beforeAll(requireBuilt);
  const bad = () =>
    history({
      ...BASE,
      'expand/e2.jsonc': rev('e2', 'e1', [{ op: 'drop_column', table: 't', column: 'code' }]),
      'contract/c2.jsonc': rev('c2', 'c1', [{ op: 'add_column', table: 't', column: { name: 'extra', type: 'text' } }], {
        waivers: [{ code: 'CM004', reason: 'stale' }],
      }),
    });

  it('one line per problem, file:line:col, sorted by file; --verbose adds hints', async () => {
    const dir = bad();
    const r = await runCli(['--versions', 'versions', 'check_migration'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'versions/contract/c2.jsonc:7:5: error CM005: contract revision c2 adds column t.extra: contract revisions may only remove or rewrite',
      'versions/contract/c2.jsonc:18:5: warning CM006: waiver CM004 in c2 waives nothing: the revision has no CM004 finding',
      'versions/expand/e2.jsonc:7:5: error CM004: expand revision e2 drops column t.code: expand revisions may only add',
      'versions/expand/e2.jsonc:10:17: warning LN002: e2: drops column "t.code" and the values stored in it',
    ]);
    const v = await runCli(['--versions', 'versions', 'check_migration', '--verbose'], { cwd: dir });
    expect(v.stderr).toMatch(
      /\n {2}hint: move the op to an expand revision, or waive it in this revision: "waivers": \[\{ "code": "CM005", "reason": "\.\.\." \}\]\n/,
    );
  });

  it('--json: the problems with code, file, line and col', async () => {
    const r = await runCli(['--versions', 'versions', 'check_migration', '--json'], { cwd: bad() });
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stderr) as { ok: boolean; diagnostics: { code: string; file: string; line: number; col: number; path: string }[] };
    expect(j.ok).toBe(false);
    expect(j.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.col} ${d.path}`)).toEqual([
      'CM005 versions/contract/c2.jsonc:7:5 upgrade[0]',
      'CM006 versions/contract/c2.jsonc:18:5 waivers[0]',
      'CM004 versions/expand/e2.jsonc:7:5 upgrade[0]',
      'LN002 versions/expand/e2.jsonc:10:17 upgrade[0].column',
    ]);
  });

  it('the shipped history: every revision file is in the graph', () => {
    expect(checkMigration(ROOT, 'versions').revisions).toBe(listRevisionFiles(join(ROOT, 'versions')).length);
  });
});
