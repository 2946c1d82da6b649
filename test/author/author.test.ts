/**
 * The pieces of `revision`, without a database: ids and file names, the
 * JSONC rendering (read back through the loader), placement on the graph,
 * the DDL reader, the diff against the model, and the no-clobber write.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pgDefault } from '../../src/author/catalog.js';
import { parseDdl } from '../../src/author/ddl.js';
import { diffSchemas, type DiffChange } from '../../src/author/diff.js';
import { formatOp, inline, type FileOp } from '../../src/author/format.js';
import { createDate, newRevisionId, revisionFileName, slugify } from '../../src/author/file-names.js';
import { checkNames, nextRelease, placeRevision, revisionDir } from '../../src/author/place.js';
import { renderRevision, type RevisionDraft } from '../../src/author/render.js';
import { splitSql } from '../../src/author/split-sql.js';
import { writeNewFileAtomic } from '../../src/author/write-new.js';
import type { Dialect } from '../../src/core/dialect.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import type { Revision } from '../../src/core/ops.js';
import { parseJsonc } from '../../src/front/jsonc.js';
import { validateRevision } from '../../src/front/validate.js';
import { Replayer } from '../../src/model/replay.js';
import type { Schema } from '../../src/model/schema.js';
import { graphOf, lbaasRevisions, rev } from '../graph/fixtures.js';

/** Runs `fn` in a fresh temporary directory (named with `prefix`), removed afterwards whatever happens. */
async function inTempDir(prefix: string, fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('ids, file names, dates', () => {
  it('a fresh id is 12 hex digits, different each time', () => {
    const ids = new Set(Array.from({ length: 50 }, newRevisionId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{12}$/);
  });
  it('file names are <id>_<slug>.jsonc, the slug cut at a word near 40 characters', () => {
    expect(revisionFileName('c47fda60c1b8', 'Add LBaaS lookup tables')).toBe('c47fda60c1b8_add_lbaas_lookup_tables.jsonc');
    expect(revisionFileName('0001', '!!!')).toBe('0001.jsonc');
    const long = slugify('Rename the tenant id columns of every LBaaS table to project id, everywhere');
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long).toBe('rename_the_tenant_id_columns_of_every');
  });
  it('create_date is written like the history writes it', () => {
    expect(createDate(new Date(2016, 3, 21, 15, 32, 5, 647))).toBe('2016-04-21 15:32:05.647000');
  });
});

const draft = (o: Partial<RevisionDraft> = {}): RevisionDraft => ({
  id: 'abc123def456',
  down: ['844352f9fe6f'],
  branchLabels: [],
  dependsOn: [],
  message: 'm',
  createDate: '2020-01-01 00:00:00.000000',
  header: ['abc123def456: m'],
  upgrade: [],
  downgrade: [],
  ...o,
});

function load(text: string): { rev?: Revision; ds: Diagnostic[] } {
  const ds: Diagnostic[] = [];
  const p = parseJsonc(text);
  if ('error' in p) return { ds: [{ code: 'LD001', severity: 'error', message: p.error.message }] };
  const rev = validateRevision(p.value, 'versions/x.jsonc', ds);
  return { ...(rev ? { rev } : {}), ds };
}

describe('rendering (templates/revision.jsonc.hbs)', () => {
  it('an empty revision loads back with the fields given', () => {
    const text = renderRevision(draft({ branchLabels: ['sidecar'], dependsOn: ['0001'] }), '../../revision.schema.json');
    const { rev, ds } = load(text);
    expect(ds).toEqual([]);
    expect(rev).toMatchObject({ id: 'abc123def456', down: ['844352f9fe6f'], branch_labels: ['sidecar'], depends_on: ['0001'], upgrade: [], downgrade: [] });
    expect(text.startsWith('// abc123def456: m\n{\n  "$schema": "../../revision.schema.json",\n')).toBe(true);
  });
  it('a message with quotes and backslashes survives; a base revision has down_revision null; a merge a list', () => {
    const message = 'say "hi" \\ then // more';
    for (const down of [[], ['a'], ['a', 'b']]) {
      const { rev, ds } = load(renderRevision(draft({ message, down, header: [`x: ${message}`] }), './revision.schema.json'));
      expect(ds).toEqual([]);
      expect(rev!.message).toBe(message);
      expect(rev!.down).toEqual(down);
    }
  });
  it('ops with comments (braces included) load back as the same ops', () => {
    const add: FileOp = { op: 'add_column', table: 't', column: { name: 'c', type: 'string(36)', nullable: true } };
    const create: FileOp = {
      op: 'create_table',
      table: 'widgets',
      columns: [
        { name: 'id', type: 'string(36)', nullable: false },
        { name: 'kind', type: { enum: ['A', 'B'], name: 'widget_kind' }, nullable: false, server_default: 'A' },
      ],
      primary_key: ['id'],
      indexes: [{ name: 'ix_widgets_kind', columns: ['kind'], unique: false }],
    };
    const text = renderRevision(
      draft({
        upgrade: [
          { op: create, comments: ['creates { "widgets" } ]'] },
          { op: add, comments: ['possible rename: { "op": "alter_column" }'] },
        ],
        downgrade: [
          { op: { op: 'drop_column', table: 't', column: 'c' }, comments: [] },
          { op: { op: 'drop_table', table: 'widgets' }, comments: [] },
        ],
      }),
      './revision.schema.json',
    );
    const { rev, ds } = load(text);
    expect(ds).toEqual([]);
    expect(rev!.upgrade.map((o) => o.op)).toEqual(['create_table', 'add_column']);
    expect(rev!.downgrade!.map((o) => o.op)).toEqual(['drop_column', 'drop_table']);
    expect(text).toContain(
      '    // possible rename: { "op": "alter_column" }\n    { "op": "add_column", "table": "t", "column": { "name": "c", "type": "string(36)", "nullable": true } }\n',
    );
  });
  it('short ops stay on one line; long ones get one field per line, lists of objects one item per line', () => {
    expect(inline({ op: 'drop_table', table: 't' })).toBe('{ "op": "drop_table", "table": "t" }');
    const long: FileOp = {
      op: 'create_table',
      table: 't',
      columns: Array.from({ length: 3 }, (_, i) => ({ name: `column_number_${i}`, type: 'string(255)', nullable: true })),
      primary_key: ['column_number_0'],
    };
    expect(formatOp(long, '    ')).toBe(
      [
        '{',
        '      "op": "create_table",',
        '      "table": "t",',
        '      "columns": [',
        '        { "name": "column_number_0", "type": "string(255)", "nullable": true },',
        '        { "name": "column_number_1", "type": "string(255)", "nullable": true },',
        '        { "name": "column_number_2", "type": "string(255)", "nullable": true }',
        '      ],',
        '      "primary_key": ["column_number_0"]',
        '    }',
      ].join('\n'),
    );
  });
});

describe('placing a new revision on the graph', () => {
  const g = graphOf(lbaasRevisions());
  it('several heads and nothing said: an error naming them', () => {
    const r = placeRevision(g, {});
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.diagnostics[0]!.code).toBe('AU002');
      expect(r.diagnostics[0]!.message).toBe('multiple heads are present: 844352f9fe6f (expand), e6417a8b114d (contract)');
    }
  });
  it('--expand / --contract take that branch head; --head any head; a non-head only with --splice; base starts a new root', () => {
    expect(placeRevision(g, { expand: true })).toEqual({ ok: true, value: { down: ['844352f9fe6f'], branch: 'expand' } });
    expect(placeRevision(g, { contract: true })).toEqual({ ok: true, value: { down: ['e6417a8b114d'], branch: 'contract' } });
    expect(placeRevision(g, { head: 'e6417a8b114d' })).toEqual({ ok: true, value: { down: ['e6417a8b114d'] } });
    expect(placeRevision(g, { head: 'contract@head' })).toEqual({ ok: true, value: { down: ['e6417a8b114d'] } });
    const notHead = placeRevision(g, { head: '62deca5010cd' });
    expect(notHead.ok ? '' : notHead.diagnostics[0]!.code).toBe('AU003');
    expect(placeRevision(g, { head: '62deca5010cd', splice: true })).toEqual({ ok: true, value: { down: ['62deca5010cd'] } });
    expect(placeRevision(g, { head: 'base' })).toEqual({ ok: true, value: { down: [] } });
    const both = placeRevision(g, { expand: true, contract: true });
    expect(both.ok ? '' : both.diagnostics[0]!.code).toBe('AU001');
  });
  it('a single head is the parent; an empty history gives a base', () => {
    expect(placeRevision(graphOf([rev('a'), rev('b', 'a')]), {})).toEqual({ ok: true, value: { down: ['b'] } });
    expect(placeRevision(graphOf([]), {})).toEqual({ ok: true, value: { down: [] } });
  });
  it('labels, rev ids and depends_on are checked; depends_on resolves labels and prefixes to ids', () => {
    const bad = checkNames(g, { branchLabels: ['expand', 'bad-label'], dependsOn: [], revId: 'kilo' });
    expect(bad.ok ? [] : bad.diagnostics.map((d) => d.code)).toEqual(['AU004', 'AU004', 'AU006']);
    expect(checkNames(g, { branchLabels: ['sidecar'], dependsOn: ['contract', '62deca'], revId: '0001' })).toEqual({
      ok: true,
      dependsOn: ['130ebfdef43', '62deca5010cd'],
    }); // a label is the revision that declares it, as Alembic resolves depends_on
  });
  it("the file goes next to its parent's file", () => {
    expect(revisionDir(g, ['844352f9fe6f'], 'versions')).toBe('versions/newton/expand');
    expect(revisionDir(g, ['kilo'], 'versions')).toBe('versions');
    expect(revisionDir(g, [], 'versions')).toBe('versions');
  });
  it('--expand and --contract: one rule, <next release after the last closed milestone>/<branch>/ (newton closed: ocata)', () => {
    expect(nextRelease(g)).toBe('ocata');
    // the contract head sits in newton/contract/, a released milestone: the new revision does not go there
    expect(revisionDir(g, ['e6417a8b114d'], 'versions', 'contract')).toBe('versions/ocata/contract');
    expect(revisionDir(g, ['844352f9fe6f'], 'versions', 'expand')).toBe('versions/ocata/expand');
    expect(revisionDir(g, ['e6417a8b114d'], './versions/', 'contract')).toBe('versions/ocata/contract');
    // a head already in a later release's folder keeps its folder; an older one does not
    const later = graphOf([...lbaasRevisions(), rev('p1', 'e6417a8b114d', { file: 'versions/pike/contract/p1.jsonc' })]);
    expect(revisionDir(later, ['p1'], 'versions', 'contract')).toBe('versions/pike/contract');
    expect(revisionDir(later, ['844352f9fe6f'], 'versions', 'expand')).toBe('versions/ocata/expand');
    // the next milestone closes ocata: pike
    const ocata = graphOf([...lbaasRevisions(), rev('o1', 'e6417a8b114d', { file: 'versions/ocata/contract/o1.jsonc', milestones: ['ocata'] })]);
    expect(revisionDir(ocata, ['o1'], 'versions', 'contract')).toBe('versions/pike/contract');
    // no release milestone: next to the parent's file, as without a branch
    const plain = graphOf([rev('a', null, { file: 'versions/x/a.jsonc', labels: ['contract'] })]);
    expect(nextRelease(plain)).toBeUndefined();
    expect(revisionDir(plain, ['a'], 'versions', 'contract')).toBe('versions/x');
  });
});

describe('writing', () => {
  it('never overwrites and leaves no temporary file', async () => {
    await inTempDir('lbaas-write-', async (dir) => {
      const f = join(dir, 'sub', 'a.jsonc');
      expect(writeNewFileAtomic(f, 'one')).toBe(true);
      expect(writeNewFileAtomic(f, 'two')).toBe(false);
      expect(readFileSync(f, 'utf8')).toBe('one');
      expect(readdirSync(join(dir, 'sub'))).toEqual(['a.jsonc']);
    });
  });
});

describe('reading a target DDL', () => {
  it('splits statements outside quotes, comments and dollar quotes, keeping their lines', () => {
    const s = splitSql("-- head\nCREATE TABLE a (x VARCHAR(5) DEFAULT ';');\n/* ; */\nDO $$ BEGIN; END $$;\n\nCREATE INDEX i ON a (x)");
    expect(s.map((x) => [x.line, x.sql.split('\n')[0]])).toEqual([
      [2, "CREATE TABLE a (x VARCHAR(5) DEFAULT ';')"],
      [4, 'DO $$ BEGIN; END $$'],
      [6, 'CREATE INDEX i ON a (x)'],
    ]);
  });
  it('PostgreSQL dump style: enum types (used unquoted), ALTER TABLE ADD CONSTRAINT, casts in defaults', () => {
    const { schema, diagnostics } = parseDdl(
      `
      SET statement_timeout = 0;
      CREATE TYPE public.lb_kind AS ENUM ('A', 'B''s');
      CREATE TABLE public.t (id character varying(36) NOT NULL, kind lb_kind NOT NULL, n integer DEFAULT '-1'::integer,
        s character varying(8) DEFAULT 'x'::character varying, ts timestamp without time zone, f double precision, d numeric(10,2));
      ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
      ALTER TABLE ONLY public.t ADD CONSTRAINT t_fk FOREIGN KEY (s) REFERENCES public.u(name) ON DELETE SET NULL;
      CREATE UNIQUE INDEX ix_t_s ON public.t USING btree (s);`,
      't.sql',
      'postgresql',
    );
    expect(diagnostics).toEqual([]);
    const t = schema.tables.get('t')!;
    expect(t.columns.map((c) => [c.name, c.type, c.nullable, c.default])).toEqual([
      ['id', { kind: 'string', length: 36 }, false, null],
      ['kind', { kind: 'enum', name: 'lb_kind', values: ['A', "B's"] }, false, null],
      ['n', { kind: 'integer' }, true, { kind: 'number', value: '-1' }],
      ['s', { kind: 'string', length: 8 }, true, { kind: 'string', value: 'x' }],
      ['ts', { kind: 'timestamp' }, true, null],
      ['f', { kind: 'float' }, true, null],
      ['d', { kind: 'numeric', precision: 10, scale: 2 }, true, null],
    ]);
    expect(t.primaryKey).toEqual({ name: 't_pkey', columns: ['id'] });
    expect(t.foreignKeys).toEqual([{ name: 't_fk', columns: ['s'], refTable: 'u', refColumns: ['name'], ondelete: 'SET NULL' }]);
    expect(t.indexes).toEqual([{ name: 'ix_t_s', columns: ['s'], unique: true }]);
  });
  it('MySQL SHOW CREATE TABLE style: KEY lines, tinyint(1), inline enums, table options', () => {
    const { schema, diagnostics } = parseDdl(
      "CREATE TABLE `t` (\n  `id` varchar(36) NOT NULL,\n  `up` tinyint(1) NOT NULL DEFAULT 1,\n  `p` enum('HTTP','TCP') DEFAULT NULL,\n  `n` int(11) DEFAULT NULL,\n  PRIMARY KEY (`id`),\n  UNIQUE KEY `uq` (`p`,`n`),\n  KEY `ix_n` (`n`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
      't.sql',
      'mysql',
    );
    expect(diagnostics).toEqual([]);
    const t = schema.tables.get('t')!;
    expect(t.columns.map((c) => [c.name, c.type.kind, c.default])).toEqual([
      ['id', 'string', null],
      ['up', 'boolean', { kind: 'boolean', value: true }],
      ['p', 'enum', null],
      ['n', 'integer', null],
    ]);
    expect(t.uniques).toEqual([{ name: 'uq', columns: ['p', 'n'] }]);
    expect(t.indexes).toEqual([{ name: 'ix_n', columns: ['n'], unique: false }]);
  });
  it('SQLite: an IN-list CHECK on a VARCHAR column is the enum stand-in; other CHECKs are listed, not compared', () => {
    const { schema, diagnostics } = parseDdl(
      'CREATE TABLE "t" ("k" VARCHAR(4) NOT NULL, "n" INTEGER, CONSTRAINT "ck_t_k" CHECK ("k" IN (\'PING\', \'TCP\')), CONSTRAINT "ck_n" CHECK (n > 0))',
      't.sql',
      'sqlite',
    );
    expect(schema.tables.get('t')!.columns[0]!.type).toEqual({ kind: 'enum', name: '', values: ['PING', 'TCP'] });
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['AU104', 'info']]);
  });
  it('reports what it cannot read, with the line', () => {
    const { diagnostics } = parseDdl(
      'CREATE TABLE a (x VARCHAR(5));\nCREATE TABLE b (x GEOMETRY);\nCREATE VIEW v AS SELECT 1;\nCREATE TABLE c (x VARCHAR(5) NOT NULL,);\nCREATE INDEX i ON missing (x);',
      't.sql',
      'postgresql',
    );
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['AU102', 'error', 2],
      ['AU103', 'warning', 3],
      ['AU101', 'error', 4],
      ['AU106', 'error', 5],
    ]);
  });
  it('PostgreSQL catalog defaults', () => {
    expect(pgDefault("'it''s'::character varying")).toEqual({ kind: 'string', value: "it's" });
    expect(pgDefault('(-1)')).toEqual({ kind: 'number', value: '-1' });
    expect(pgDefault('now()')).toEqual({ kind: 'expr', value: 'CURRENT_TIMESTAMP' });
    expect(pgDefault('NULL::character varying')).toBeNull();
    expect(pgDefault("nextval('x')")).toBeUndefined();
  });
});

/** The model after a tiny history: two tables, a foreign key, an index. */
function model(dialect: Dialect): Schema {
  const text = JSON.stringify({
    revision: 'r1',
    down_revision: null,
    message: 'm',
    upgrade: [
      {
        op: 'create_table',
        table: 'u',
        columns: [
          { name: 'id', type: 'string(36)', nullable: false },
          { name: 'name', type: 'string(10)' },
        ],
        primary_key: ['id'],
      },
      {
        op: 'create_table',
        table: 't',
        columns: [
          { name: 'id', type: 'string(36)', nullable: false },
          { name: 'u_id', type: 'string(36)' },
          { name: 'old', type: 'integer' },
          { name: 'label', type: 'string(20)', nullable: false },
        ],
        primary_key: ['id'],
        foreign_keys: [{ columns: ['u_id'], referent_table: 'u', referent_columns: ['id'] }],
        indexes: [{ name: 'ix_t_label', columns: ['label'] }],
      },
    ],
    downgrade: [],
  });
  const ds: Diagnostic[] = [];
  const rev = validateRevision(JSON.parse(text), 'versions/r1.jsonc', ds)!;
  const r = new Replayer(dialect, []);
  r.applyRevision(rev, 'up');
  if (ds.length || r.diagnostics.length) throw new Error('fixture');
  return r.schema;
}

const BASE_DDL = `CREATE TABLE u (id VARCHAR(36) NOT NULL PRIMARY KEY, name VARCHAR(10));
CREATE TABLE t (id VARCHAR(36) NOT NULL PRIMARY KEY, u_id VARCHAR(36) REFERENCES u (id), old INTEGER, label VARCHAR(20) NOT NULL);
CREATE INDEX ix_t_label ON t (label);`;

function diff(ddl: string, dialect: Dialect = 'postgresql', split = true) {
  const families = { postgresql: model('postgresql'), mysql: model('mysql'), sqlite: model('sqlite') };
  const parsed = parseDdl(ddl, 'target.sql', dialect);
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return diffSchemas({ dialect, model: model(dialect), families, target: parsed.schema, ignore: ['alembic_version_lbaas'], split });
}

const ops = (cs: DiffChange[], side: 'up' | 'down' = 'up') => cs.flatMap((c) => c[side].map((o) => inline(o.op)));

describe('the diff against the model', () => {
  it("the model's own schema gives no change, on every engine family", () => {
    for (const d of ['postgresql', 'mysql', 'sqlite'] as Dialect[]) expect(diff(BASE_DDL, d).changes).toEqual([]);
  });
  it('additive changes are expand, destructive ones contract, each with its downgrade from the model', () => {
    const { changes } = diff(
      BASE_DDL.replace('old INTEGER, label VARCHAR(20) NOT NULL', "label VARCHAR(10) NOT NULL, note VARCHAR(5) DEFAULT 'x'").replace(
        'CREATE INDEX ix_t_label ON t (label);',
        'CREATE INDEX ix_t_note ON t (note);',
      ),
    );
    expect(changes.map((c) => [c.kind, c.phase])).toEqual([
      ['contract', 'drop_index'],
      ['contract', 'drop_column'],
      ['expand', 'add_column'],
      ['contract', 'alter_column'],
      ['expand', 'create_index'],
    ]);
    expect(ops(changes)).toEqual([
      '{ "op": "drop_index", "name": "ix_t_label", "table": "t" }',
      '{ "op": "drop_column", "table": "t", "column": "old" }',
      '{ "op": "add_column", "table": "t", "column": { "name": "note", "type": "string(5)", "nullable": true, "server_default": "x" } }',
      '{ "op": "alter_column", "table": "t", "column": "label", "type": "string(10)" }',
      '{ "op": "create_index", "name": "ix_t_note", "table": "t", "columns": ["note"], "unique": false }',
    ]);
    expect(ops(changes, 'down')).toEqual([
      '{ "op": "create_index", "name": "ix_t_label", "table": "t", "columns": ["label"], "unique": false }',
      '{ "op": "add_column", "table": "t", "column": { "name": "old", "type": "integer", "nullable": true } }',
      '{ "op": "drop_column", "table": "t", "column": "note" }',
      '{ "op": "alter_column", "table": "t", "column": "label", "type": "string(20)" }',
      '{ "op": "drop_index", "name": "ix_t_note", "table": "t" }',
    ]);
    expect(changes.find((c) => c.phase === 'alter_column')!.up[0]!.comments[0]).toMatch(/narrowing/);
  });
  it('a dropped foreign key whose name differs between engines is dropped once per name, with dialects', () => {
    const { changes } = diff(BASE_DDL.replace(' REFERENCES u (id)', ''));
    expect(ops(changes)).toEqual([
      '{ "op": "drop_constraint", "name": "t_u_id_fkey", "table": "t", "type": "foreignkey", "dialects": ["postgresql", "sqlite"] }',
      '{ "op": "drop_constraint", "name": "t_ibfk_1", "table": "t", "type": "foreignkey", "dialects": ["mysql"] }',
    ]);
    expect(ops(changes, 'down')).toEqual([
      '{ "op": "create_foreign_key", "table": "t", "columns": ["u_id"], "referent_table": "u", "referent_columns": ["id"] }',
    ]);
  });
  it('dropping a foreign-key column on MySQL also drops the index MySQL made for the key', () => {
    const { changes } = diff(BASE_DDL.replace('u_id VARCHAR(36) REFERENCES u (id), ', ''));
    expect(ops(changes)).toEqual([
      '{ "op": "drop_constraint", "name": "t_u_id_fkey", "table": "t", "type": "foreignkey", "dialects": ["postgresql", "sqlite"] }',
      '{ "op": "drop_constraint", "name": "t_ibfk_1", "table": "t", "type": "foreignkey", "dialects": ["mysql"] }',
      '{ "op": "drop_index", "name": "u_id", "table": "t", "dialects": ["mysql"] }',
      '{ "op": "drop_column", "table": "t", "column": "u_id" }',
    ]);
  });
  it('a drop and an add of the same type, and tables with the same columns, are flagged as possible renames', () => {
    const { changes, diagnostics } = diff(
      BASE_DDL.replace('old INTEGER', 'newer INTEGER').replace('CREATE TABLE u (', 'CREATE TABLE u2 (').replace('REFERENCES u (id)', 'REFERENCES u2 (id)'),
    );
    const comments = changes.flatMap((c) => c.up.flatMap((o) => o.comments));
    expect(comments.filter((c) => c.startsWith('possible rename: t.old -> t.newer'))).toHaveLength(2);
    expect(comments.filter((c) => c.startsWith('possible rename: table u -> u2'))).toHaveLength(2);
    expect(diagnostics.filter((d) => d.code === 'AU120')).toHaveLength(2);
  });
  it('NOT NULL without a default: split into a nullable add (expand) and NOT NULL (contract); one op when not split', () => {
    const ddl = BASE_DDL.replace('label VARCHAR(20) NOT NULL', 'label VARCHAR(20) NOT NULL, must VARCHAR(3) NOT NULL');
    expect(diff(ddl).changes.map((c) => [c.kind, ops([c])[0]])).toEqual([
      ['expand', '{ "op": "add_column", "table": "t", "column": { "name": "must", "type": "string(3)", "nullable": true } }'],
      ['contract', '{ "op": "alter_column", "table": "t", "column": "must", "nullable": false }'],
    ]);
    expect(ops(diff(ddl, 'postgresql', false).changes)).toEqual([
      '{ "op": "add_column", "table": "t", "column": { "name": "must", "type": "string(3)", "nullable": false } }',
    ]);
  });
  it('new tables come in foreign-key order; a target naming an unknown table is an error; a primary key change a warning', () => {
    const { changes } = diff(`${BASE_DDL}\nCREATE TABLE z (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a (id));\nCREATE TABLE a (id INTEGER PRIMARY KEY);`);
    expect(changes.map((c) => c.summary)).toEqual(['create table a', 'create table z']);
    expect(diff(`${BASE_DDL}\nCREATE TABLE z (id INTEGER PRIMARY KEY, q INTEGER REFERENCES nowhere (id));`).diagnostics.map((d) => d.code)).toEqual(['AU111']);
    expect(
      diff(
        BASE_DDL.replace(
          'CREATE TABLE u (id VARCHAR(36) NOT NULL PRIMARY KEY, name VARCHAR(10))',
          'CREATE TABLE u (id VARCHAR(36) NOT NULL, name VARCHAR(10) NOT NULL, PRIMARY KEY (id, name))',
        ),
      ).diagnostics.map((d) => d.code),
    ).toContain('AU112');
  });
});

describe('data/ is not part of the history', () => {
  it('files under versions/data/ are not revision files', async () => {
    const { listRevisionFiles } = await import('../../src/front/load.js');
    await inTempDir('lbaas-list-', async (dir) => {
      for (const d of ['data', 'newton/data']) {
        const p = join(dir, d);
        (await import('node:fs')).mkdirSync(p, { recursive: true });
        writeFileSync(join(p, 'x.jsonc'), '{}');
      }
      writeFileSync(join(dir, 'r.jsonc'), '{}');
      expect(listRevisionFiles(dir)).toEqual(['newton/data/x.jsonc', 'r.jsonc']);
      expect(existsSync(join(dir, 'data', 'x.jsonc'))).toBe(true);
    });
  });
});

describe('writeRendered', () => {
  it('a revision folder blocked by a file: CL003 naming the file, nothing written, no stack trace', async () => {
    const { writeRendered } = await import('../../src/author/emit.js');
    await inTempDir('lbaas-write-', async (root) => {
      writeFileSync(join(root, 'blocked'), 'a file where a folder should be');
      const res = writeRendered(root, [{ file: 'blocked/abc_x.jsonc', abs: join(root, 'blocked', 'abc_x.jsonc'), text: '{}\n' }] as never);
      expect(res.lines).toEqual([]);
      expect(res.diagnostics).toHaveLength(1);
      expect(res.diagnostics[0]).toMatchObject({
        code: 'CL003',
        severity: 'error',
        message: 'cannot write blocked/abc_x.jsonc: a parent of it is not a directory',
      });
      expect(readdirSync(root)).toEqual(['blocked']);
    });
  });
});

describe('writeNewFileAtomic', () => {
  it('goes through an unpredictable temporary file (a planted name is neither used nor followed), and never overwrites the target', async () => {
    const { writeNewFileAtomic } = await import('../../src/author/write-new.js');
    await inTempDir('lbaas-stale-', async (root) => {
      const target = join(root, 'abc_x.jsonc');
      // The names earlier versions used (target name and pid) are left alone, even as a symbolic link to another file.
      writeFileSync(join(root, 'victim'), 'keep');
      symlinkSync(join(root, 'victim'), join(root, `.lbaas-tmp-abc_x.jsonc-${process.pid}`));
      expect(writeNewFileAtomic(target, '{"a": 1}\n')).toBe(true);
      expect(readFileSync(target, 'utf8')).toBe('{"a": 1}\n');
      expect(readFileSync(join(root, 'victim'), 'utf8')).toBe('keep');
      expect(readdirSync(root).sort()).toEqual([`.lbaas-tmp-abc_x.jsonc-${process.pid}`, 'abc_x.jsonc', 'victim']);
      expect(writeNewFileAtomic(target, 'other')).toBe(false);
      expect(readFileSync(target, 'utf8')).toBe('{"a": 1}\n');
    });
  });
});
