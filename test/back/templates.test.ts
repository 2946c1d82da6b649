/**
 * Templates, precompiled and rendered two ways. Every shipped template is rendered over the data the
 * compiler gives it (every op case, the scenarios, the shipped history's upgrade, downgrade,
 * bootstrap and populate scripts, for every dialect) with LBAAS_CHECK_TEMPLATES=1: each call is
 * rendered as a run renders it (the fast path, or Handlebars from the build's precompiled form) and
 * again by plain Handlebars compiled from the file's text, and any difference fails. The templates
 * the fast path leaves to Handlebars are exactly those VIA_HANDLEBARS names; a run with the shipped
 * templates parses none of them, and a changed template file is used as it is.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileFast } from '../../src/back/fast.js';
import { PRECOMPILED_CJS, PRECOMPILED_JSON, precompileTemplates, registeredText, templateFiles } from '../../src/back/precompile.js';
import { DEFAULT_TEMPLATES_DIR, lookupChain, Renderer, VIA_HANDLEBARS } from '../../src/back/templates.js';
import { makePlan } from '../../src/pipeline/make-plan.js';
import { appliedAt, compilePlanned } from '../../src/pipeline/compile-plan.js';
import { DIALECTS, type Dialect } from '../../src/core/dialect.js';
import { bootstrapScript } from '../../src/emit/bootstrap-script.js';
import { Replayer } from '../../src/model/replay.js';
import { compilePopulate } from '../../src/populate/populate-script.js';
import { loadDataFiles } from '../../src/populate/data.js';
import { requiredRevisions } from '../../src/populate/check-data.js';
import { CASES, expectedFor, isRefusal } from '../compile/cases.js';
import { compile, graphOf, revision } from '../compile/harness.js';
import { validateRevision } from '../../src/front/validate.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import type { Revision } from '../../src/core/ops.js';
import { helpdesk, shop } from '../compile/scenarios.js';
import { ROOT, requireBuilt } from '../author/project.js';
import { shipped } from '../lbaas/support.js';

const FLAG = 'LBAAS_CHECK_TEMPLATES';
const VERSION_TABLE = 'alembic_version_lbaas';

/** The data the compiler gives the templates: every way of compiling the tests know, for one dialect. */
function compileEverything(d: Dialect): void {
  for (const c of CASES) {
    if (isRefusal(expectedFor(c, d))) continue;
    const revs = [revision({ id: 'r1', upgrade: c.before }), revision({ id: 'r2', down: 'r1', upgrade: [c.op] })];
    compile(d, revs);
    compile(d, revs, { direction: 'downgrade', spec: 'r2:r1' });
  }
  for (const history of [shop, helpdesk]) {
    for (const o of [{}, { direction: 'downgrade' as const, spec: 'heads:base' }, { transactionPerMigration: true }]) {
      try {
        compile(d, history(), o);
      } catch {
        // a refusal renders what it rendered up to there
      }
    }
  }
  const { history, graph } = shipped();
  for (const [direction, spec, perRevision] of [
    ['upgrade', 'heads', false],
    ['upgrade', 'heads', true],
    ['downgrade', 'heads:62deca5010cd', false],
  ] as const) {
    compilePlanned(history, graph, makePlan(graph, { direction, spec }), {
      dialect: d,
      versionTable: VERSION_TABLE,
      title: `${direction} ${spec}`,
      transactionPerMigration: perRevision,
    });
  }
  if (d === 'postgresql') concurrentIndexes();
  bootstrapScript(d, history.external, VERSION_TABLE);
  const applied = appliedAt(graph, graph.heads);
  const replayer = new Replayer(d, history.external);
  for (const rev of applied) expect(replayer.applyRevision(rev, 'up')).toBe(true);
  const { files } = loadDataFiles(ROOT, 'versions');
  compilePopulate(d, files, replayer.schema, requiredRevisions(graph, applied, files, d), { versionTable: VERSION_TABLE, guard: true, clientDirectives: true });
}

/**
 * PostgreSQL's concurrent index builds (--create-index-concurrently): an expand revision that indexes
 * a table an earlier one made, upgraded one transaction per revision with the guard on (the guard
 * drops a leftover of an earlier build and checks the index is valid before the version row).
 */
function concurrentIndexes(): void {
  const doc = (d: Record<string, unknown>): Revision => {
    const diagnostics: Diagnostic[] = [];
    const rev = validateRevision(d, `versions/${String(d.revision)}.jsonc`, diagnostics);
    expect(diagnostics).toEqual([]);
    return rev!;
  };
  const revisions = [
    doc({
      revision: 'x1',
      down_revision: null,
      branch_labels: ['expand'],
      message: 'items',
      upgrade: [
        {
          op: 'create_table',
          table: 'items',
          primary_key: ['id'],
          columns: [
            { name: 'id', type: 'integer', nullable: false },
            { name: 'n', type: 'integer', nullable: true },
          ],
        },
      ],
      downgrade: [{ op: 'drop_table', table: 'items' }],
    }),
    doc({
      revision: 'x2',
      down_revision: 'x1',
      message: 'index items.n',
      upgrade: [{ op: 'create_index', name: 'ix_items_n', table: 'items', columns: ['n'], unique: false }],
      downgrade: [{ op: 'drop_index', name: 'ix_items_n', table: 'items' }],
    }),
  ];
  const graph = graphOf(revisions);
  const { script } = compilePlanned({ revisions, external: [], diagnostics: [] }, graph, makePlan(graph, { direction: 'upgrade', spec: 'heads' }), {
    dialect: 'postgresql',
    versionTable: VERSION_TABLE,
    title: 'upgrade heads',
    transactionPerMigration: true,
    concurrentIndexes: { from: '--create-index-concurrently', flag: true },
  });
  expect(script.text).toContain('CREATE INDEX CONCURRENTLY IF NOT EXISTS "ix_items_n"');
}

/**
 * Shipped templates that no dialect renders: every dialect that adds a foreign key to an existing
 * table has its own create_foreign_key (SQLite rebuilds the table instead).
 */
const NEVER_RENDERED = ['_shared/create_foreign_key.sql.hbs'];

/** The partials a template's text calls ({{> name}}, {{#> name}}). */
const partialsCalled = (text: string) => [...text.matchAll(/\{\{~?#?>\s*([A-Za-z_][\w-]*)/g)].map((m) => m[1]!);

describe('every shipped template, rendered the way a run renders it and by plain Handlebars', () => {
  const rendered = new Map<string, Set<Dialect>>();
  const original = Renderer.prototype.render;
  let before: string | undefined;
  beforeAll(() => {
    before = process.env[FLAG];
    process.env[FLAG] = '1';
    Renderer.prototype.render = function (this: Renderer, name: string, data: object): string {
      const out = original.call(this, name, data);
      const rel = this.find(name)!.relPath;
      rendered.set(rel, (rendered.get(rel) ?? new Set()).add(this.dialect));
      return out;
    };
  });
  afterAll(() => {
    Renderer.prototype.render = original;
    if (before === undefined) delete process.env[FLAG];
    else process.env[FLAG] = before;
  });

  for (const d of DIALECTS) {
    it(`${d}: the op cases, the scenarios and the shipped history's scripts render the same both ways`, { timeout: 300_000 }, () => {
      compileEverything(d);
    });
  }

  it('rendered every statement template, and every partial through them', () => {
    const files = templateFiles(DEFAULT_TEMPLATES_DIR).filter((f) => f.includes('/'));
    const statements = files.filter((f) => f.endsWith('.sql.hbs'));
    expect(
      statements.filter((f) => !rendered.has(f) && !NEVER_RENDERED.includes(f)),
      'templates no test data renders',
    ).toEqual([]);
    expect(
      NEVER_RENDERED.filter((f) => rendered.has(f)),
      'rendered after all',
    ).toEqual([]);
    // A partial is reached when a rendered template of a dialect that resolves it to this file calls it.
    const reached = new Set<string>();
    for (const [rel, dialects] of rendered) {
      for (const d of dialects) {
        const queue = partialsCalled(readFileSync(join(DEFAULT_TEMPLATES_DIR, rel), 'utf8'));
        while (queue.length) {
          const name = queue.pop()!;
          const sub = lookupChain(d).find((s) => files.includes(`${s}/_${name}.hbs`));
          if (!sub || reached.has(`${d} ${sub}/_${name}.hbs`)) continue;
          reached.add(`${d} ${sub}/_${name}.hbs`);
          queue.push(...partialsCalled(readFileSync(join(DEFAULT_TEMPLATES_DIR, sub, `_${name}.hbs`), 'utf8')));
        }
      }
    }
    const partials = files.filter((f) => !f.endsWith('.sql.hbs'));
    expect(
      partials.filter((f) => ![...reached].some((r) => r.endsWith(` ${f}`))),
      'partials no rendered template calls',
    ).toEqual([]);
    expect(
      Object.keys(VIA_HANDLEBARS).filter((f) => !rendered.has(f)),
      'VIA_HANDLEBARS templates not rendered',
    ).toEqual([]);
  });
});

describe('the fast path and VIA_HANDLEBARS', () => {
  it('the fast path compiles every shipped template but those VIA_HANDLEBARS names', () => {
    const parse = (createRequire(import.meta.url)('handlebars') as { parse: (s: string) => unknown }).parse;
    const files = templateFiles(DEFAULT_TEMPLATES_DIR);
    const text = (rel: string) => registeredText(rel, readFileSync(join(DEFAULT_TEMPLATES_DIR, rel), 'utf8'));
    const outside = new Set<string>();
    let compiled = 0;
    for (const d of DIALECTS) {
      const r = new Renderer(d);
      const partial = (name: string) => {
        const sub = lookupChain(d).find((s) => files.includes(`${s}/_${name}.hbs`));
        return sub === undefined ? undefined : parse(text(`${sub}/_${name}.hbs`));
      };
      const names = new Set(files.filter((f) => f.endsWith('.sql.hbs')).map((f) => f.replace(/^.*\//, '').replace(/\.sql\.hbs$/, '')));
      for (const name of names) {
        const file = r.find(name);
        if (!file) continue;
        const fast = compileFast(parse(text(file.relPath)), {
          helpers: (r as unknown as { helpers: Record<string, (...a: unknown[]) => unknown> }).helpers,
          partial,
        });
        if (fast) compiled++;
        else outside.add(file.relPath);
      }
    }
    expect([...outside].sort()).toEqual(Object.keys(VIA_HANDLEBARS).sort());
    expect(compiled).toBeGreaterThan(100);
  });
});

describe('precompiled templates', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lbaas-templates-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the build holds the templates as they are now (npm run build compiles them)', () => {
    requireBuilt();
    const now = precompileTemplates(DEFAULT_TEMPLATES_DIR);
    expect(readFileSync(PRECOMPILED_JSON, 'utf8') === now.json, 'dist/back/templates.precompiled.json is stale: npm run build').toBe(true);
    expect(readFileSync(PRECOMPILED_CJS, 'utf8') === now.cjs, 'dist/back/templates.precompiled.cjs is stale: npm run build').toBe(true);
  });

  it('a template or partial a site changed is used as it is, the others as built: the same bytes as before for what did not change', () => {
    const copy = join(dir, 'changed');
    cpSync(DEFAULT_TEMPLATES_DIR, copy, { recursive: true });
    const same = new Renderer('mysql', copy);
    const shippedR = new Renderer('mysql');
    const data = { table: 'a', ref_table: 'b', pairs: [{ column: 'x', ref_column: 'y' }], message: 'm' };
    expect(same.render('fk_precheck', data)).toBe(shippedR.render('fk_precheck', data));
    // A changed statement template, a changed partial (called by a partial block), a changed VIA_HANDLEBARS template.
    writeFileSync(join(copy, '_shared/drop_table.sql.hbs'), 'DROP TABLE {{ident table}} /* changed */\n');
    writeFileSync(join(copy, 'mysql/_stop.hbs'), "CONCAT('STOPPED: ', QUOTE({{> @partial-block}}))\n");
    writeFileSync(
      join(copy, 'sqlite/upsert.sql.hbs'),
      readFileSync(join(DEFAULT_TEMPLATES_DIR, 'sqlite/upsert.sql.hbs'), 'utf8').replace('INSERT INTO', 'INSERT /* changed */ INTO'),
    );
    const changed = new Renderer('mysql', copy);
    expect(changed.render('drop_table', { table: 't' })).toBe('DROP TABLE `t` /* changed */');
    expect(changed.render('fk_precheck', data)).toContain("CONCAT('STOPPED: ', QUOTE('m'))");
    expect(changed.render('guard_stop', {})).toBe("SET @lbaas_q = IF(@lbaas_stop = '', 'DO 0',\n    CONCAT('STOPPED: ', QUOTE(@lbaas_stop)))");
    const upsert = { table: 't', key: ['k'], columns: ['k', 'v'], rows: [['a', 1]], update: ['v'] };
    expect(new Renderer('sqlite', copy).render('upsert', upsert)).toBe(
      new Renderer('sqlite').render('upsert', upsert).replace('INSERT INTO', 'INSERT /* changed */ INTO'),
    );
  });

  it('a run with the shipped templates parses none of them and loads no Handlebars compiler; a changed one is parsed', { timeout: 300_000 }, () => {
    requireBuilt();
    const probe = join(dir, 'probe.cjs');
    // Preloaded into the command: at exit, which of Handlebars' modules it loaded.
    writeFileSync(
      probe,
      `process.on('exit', () => { require('fs').writeFileSync(process.env.PROBE_OUT, Object.keys(require.cache).filter((k) => k.includes('/handlebars/')).map((k) => k.replace(/^.*\\/handlebars\\//, '')).join('\\n')); });\n`,
    );
    const loaded = (args: string[]) => {
      const out = join(dir, `loaded-${Math.random().toString(36).slice(2)}`);
      const r = spawnSync(process.execPath, ['--require', probe, join(ROOT, 'dist/cli/main.js'), ...args], {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1', PROBE_OUT: out, [FLAG]: '' },
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
      return readFileSync(out, 'utf8').split('\n');
    };
    const parser = (mods: string[]) => mods.some((m) => m.includes('compiler/'));
    for (const d of DIALECTS) {
      for (const args of [
        ['upgrade', 'heads', '--sql'],
        ['downgrade', 'heads:62deca5010cd', '--sql'],
        ['populate', '--sql'],
      ]) {
        const mods = loaded(['--dialect', d, ...args]);
        expect(parser(mods), `${d} ${args.join(' ')}: ${mods.join(', ')}`).toBe(false);
        // Handlebars' runtime only for the populate templates that render through it (VIA_HANDLEBARS).
        expect(
          mods.some((m) => m.includes('runtime')),
          `${d} ${args.join(' ')}`,
        ).toBe(args[0] === 'populate' && (d === 'postgresql' || d === 'sqlite'));
      }
    }
    // A bundle compiled with another templates directory: the same files are not parsed; a changed one is.
    const copy = join(dir, 'tpl');
    cpSync(DEFAULT_TEMPLATES_DIR, copy, { recursive: true });
    const bundle = (n: string) => loaded(['--dialect', 'postgresql', 'bundle', 'kilo:heads', '--out', join(dir, n), '--templates', copy]);
    expect(parser(bundle('b1'))).toBe(false);
    writeFileSync(join(copy, 'postgresql/lock.sql.hbs'), `${readFileSync(join(copy, 'postgresql/lock.sql.hbs'), 'utf8')}\n`);
    expect(parser(bundle('b2'))).toBe(true);
  });
});
