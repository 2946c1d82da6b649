// Seeded generator of synthetic revision histories for the benchmark.
//
// One history is built in a neutral form (revisions with ops), then written
// twice: as revision files in our JSONC format, and as an Alembic project
// (alembic.ini, env.py for offline --sql, versions/*.py with op.* calls) that
// makes exactly the same schema changes. Everything comes from a small PRNG
// seeded by the caller: the same (n, seed) always gives the same bytes.
//
// Shape of a history:
// - mostly a straight line; a few branch points where two branches grow side
//   by side (their files interleave), each closed by a merge revision;
// - ops: create_table (6+ columns, a foreign key, an index), add_column,
//   alter_column (type, nullability, default), alter_column with
//   new_column_name (rename), create_index, drop_column and execute;
// - the two branches of a fork touch disjoint tables, so every order the
//   two tools may pick for them gives the same schema;
// - the last revisions form a straight tail, so "the 5 revisions before the
//   head" is a plain range.
//
// Usage as a script: node test/bench/generate.mjs --n 1000 --seed 1 --out DIR
// writes DIR/versions (JSONC) and DIR/alembic (the Alembic project).

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for shaping test data. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const chance = (p) => next() < p;
  const weighted = (pairs) => {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let x = next() * total;
    for (const [v, w] of pairs) if ((x -= w) < 0) return v;
    return pairs[pairs.length - 1][0];
  };
  return { next, int, pick, chance, weighted };
}

const WORDS = [
  'alpha',
  'bravo',
  'cargo',
  'delta',
  'ember',
  'flint',
  'gamma',
  'harbor',
  'iris',
  'jade',
  'kite',
  'lumen',
  'maple',
  'noble',
  'orbit',
  'pixel',
  'quartz',
  'raven',
  'sierra',
  'tango',
];
const STATUSES = ['ACTIVE', 'PENDING', 'ERROR', 'DELETED'];

// Column types of the neutral form are the revision-file spellings.
const EXTRA_TYPES = [
  ['string(64)', 3],
  ['string(255)', 2],
  ['integer', 3],
  ['bigint', 1],
  ['boolean', 2],
  ['text', 1],
  ['datetime', 2],
];

const isString = (t) => t.startsWith('string(');
const strLen = (t) => Number(t.slice(7, -1));
/** Types an index may cover on every engine (MySQL cannot index TEXT without a prefix). */
const indexable = (c) => c.type !== 'text';
/** Types that take a default on every engine (MySQL refuses a default on TEXT). */
const defaultable = (c) => isString(c.type) || c.type === 'integer' || c.type === 'bigint';

function defaultFor(rng, c) {
  if (isString(c.type)) return { kind: 'string', value: rng.pick(STATUSES).slice(0, strLen(c.type)) };
  return { kind: 'number', value: rng.int(0, 9) };
}

/**
 * Builds the neutral history: { revisions: [{ id, down, message, date, upgrade, downgrade }] }
 * in generation order (parents always before children).
 */
export function generateHistory({ n, seed = 1 }) {
  if (!Number.isInteger(n) || n < 20) throw new Error('n must be an integer >= 20');
  const rng = prng(seed * 7919 + n);
  const ids = new Set();
  const newId = () => {
    for (;;) {
      let s = '';
      for (let i = 0; i < 12; i++) s += '0123456789abcdef'[rng.int(0, 15)];
      // a revision id must not be all digits (it would read as a number in some tools)
      if (!ids.has(s) && /[a-f]/.test(s)) {
        ids.add(s);
        return s;
      }
    }
  };
  const tables = []; // { name, lane, cols: [{ name, type, nullable, default, pk, fk, indexed }], seq, visibleTo }
  let tableSeq = 0;
  let indexSeq = 0;
  const revisions = [];
  const baseDate = Date.UTC(2015, 0, 1);

  // Lanes: 0 on the main line; during a fork, branch k works in lane k+1 and
  // may only change tables whose lane is its own. Tables that existed before
  // the fork are split between the two branches by sequence number.
  let fork = null; // { heads: [id, id], left: [n, n], lanes: [1, 2], preTables: Set }
  const forksWanted = Math.max(1, Math.round(n / 250));
  const forkEvery = Math.max(20, Math.floor((n - 40) / forksWanted));
  let nextFork = Math.min(10 + rng.int(0, forkEvery), Math.floor(n / 2));

  const laneOf = (t) => t.lane;
  const tablesFor = (lane) => tables.filter((t) => !t.dropped && laneOf(t) === lane);
  const visibleFor = (lane) => tables.filter((t) => !t.dropped && (t.lane === 0 || t.lane === lane || t.visibleAll));

  const plainCols = (t) => t.cols.filter((c) => !c.pk && !c.fk);

  function createTable(lane, _rev) {
    const seq = ++tableSeq;
    const name = `tbl_${String(seq).padStart(5, '0')}`;
    const visible = visibleFor(lane);
    const ref = visible.length ? rng.pick(visible) : null;
    const refName = ref ? ref.name : name;
    const cols = [
      { name: 'id', type: 'string(36)', nullable: false, default: null, pk: true },
      { name: 'name', type: 'string(255)', nullable: true, default: null },
      { name: 'description', type: 'string(255)', nullable: true, default: null },
      { name: 'project_id', type: 'string(255)', nullable: true, default: null, indexed: true },
      { name: 'status', type: 'string(16)', nullable: false, default: { kind: 'string', value: 'ACTIVE' } },
      { name: 'created_at', type: 'datetime', nullable: true, default: null },
      { name: 'parent_id', type: 'string(36)', nullable: true, default: null, fk: refName },
    ];
    const extra = rng.int(0, 3);
    for (let i = 0; i < extra; i++) {
      const type = rng.weighted(EXTRA_TYPES);
      const c = { name: `${rng.pick(WORDS)}_${i}`, type, nullable: true, default: null };
      if (defaultable(c) && rng.chance(0.3)) c.default = defaultFor(rng, c);
      if (c.default && rng.chance(0.5)) c.nullable = false;
      cols.push(c);
    }
    const t = { name, lane, cols, colSeq: 0, dropped: false };
    tables.push(t);
    const ix = { name: `ix_${name}_project_id`, columns: ['project_id'], unique: false };
    const up = {
      op: 'create_table',
      table: name,
      columns: cols.map(colDef),
      primary_key: ['id'],
      foreign_keys: [{ columns: ['parent_id'], referent_table: refName, referent_columns: ['id'] }],
      indexes: [ix],
    };
    return { up, down: { op: 'drop_table', table: name }, what: `create table ${name}` };
  }

  const colDef = (c) => ({ name: c.name, type: c.type, nullable: c.nullable, ...(c.default ? { server_default: c.default } : {}) });

  function addColumn(t) {
    const type = rng.weighted(EXTRA_TYPES);
    const c = { name: `col_${++t.colSeq}_${rng.pick(WORDS)}`, type, nullable: true, default: null };
    if (defaultable(c) && rng.chance(0.4)) {
      c.default = defaultFor(rng, c);
      if (rng.chance(0.5)) c.nullable = false;
    }
    t.cols.push(c);
    return {
      up: { op: 'add_column', table: t.name, column: colDef(c) },
      down: { op: 'drop_column', table: t.name, column: c.name, def: colDef(c) },
      what: `add ${t.name}.${c.name}`,
    };
  }

  function dropColumn(t) {
    const cands = plainCols(t).filter((c) => !c.indexed);
    if (cands.length <= 2) return null;
    const c = rng.pick(cands);
    t.cols = t.cols.filter((x) => x !== c);
    return {
      up: { op: 'drop_column', table: t.name, column: c.name, def: colDef(c) },
      down: { op: 'add_column', table: t.name, column: colDef(c) },
      what: `drop ${t.name}.${c.name}`,
    };
  }

  function alterColumn(t) {
    const cands = plainCols(t);
    if (!cands.length) return null;
    const c = rng.pick(cands);
    const before = colDef(c);
    const up = { op: 'alter_column', table: t.name, column: c.name, existing: before };
    const down = { op: 'alter_column', table: t.name, column: c.name };
    const kinds = [];
    if (isString(c.type) && strLen(c.type) < 512) kinds.push('widen');
    if (c.type === 'integer') kinds.push('widen');
    kinds.push('nullable');
    if (defaultable(c)) kinds.push('default');
    const kind = rng.pick(kinds);
    if (kind === 'widen') {
      const to = c.type === 'integer' ? 'bigint' : `string(${Math.min(512, strLen(c.type) * 2)})`;
      up.type = to;
      down.type = c.type;
      c.type = to;
    } else if (kind === 'nullable') {
      up.nullable = !c.nullable;
      down.nullable = c.nullable;
      c.nullable = !c.nullable;
    } else {
      const d = defaultFor(rng, c);
      up.server_default = d;
      down.server_default = c.default; // null drops it again
      c.default = d;
    }
    down.existing = colDef(c);
    return { up, down, what: `alter ${t.name}.${up.column} (${kind})` };
  }

  function renameColumn(t) {
    const cands = plainCols(t);
    if (!cands.length) return null;
    const c = rng.pick(cands);
    const old = c.name;
    c.name = `ren_${++t.colSeq}_${rng.pick(WORDS)}`;
    return {
      up: { op: 'alter_column', table: t.name, column: old, new_column_name: c.name, existing: { ...colDef(c), name: old } },
      down: { op: 'alter_column', table: t.name, column: c.name, new_column_name: old, existing: colDef(c) },
      what: `rename ${t.name}.${old} to ${c.name}`,
      rename: { from: old, to: c.name, t },
    };
  }

  function createIndex(t) {
    const cands = plainCols(t).filter((c) => !c.indexed && indexable(c));
    if (!cands.length) return null;
    const c = rng.pick(cands);
    const cols = [c];
    if (rng.chance(0.25)) {
      const more = cands.filter((x) => x !== c);
      if (more.length) cols.push(rng.pick(more));
    }
    for (const x of cols) x.indexed = true;
    const name = `ix_${t.name}_${++indexSeq}`;
    const unique = rng.chance(0.1);
    return {
      up: { op: 'create_index', name, table: t.name, columns: cols.map((x) => x.name), unique },
      down: { op: 'drop_index', name, table: t.name },
      what: `index ${name}`,
      index: { cols, name },
    };
  }

  function execute(t) {
    const cands = plainCols(t).filter((c) => isString(c.type) && c.nullable);
    if (!cands.length) return null;
    const c = rng.pick(cands);
    const v = rng.pick(STATUSES).slice(0, strLen(c.type));
    return {
      up: { op: 'execute', sql: `UPDATE ${t.name} SET ${c.name} = '${v}' WHERE ${c.name} IS NULL` },
      down: null,
      what: `fill ${t.name}.${c.name}`,
    };
  }

  // Index bookkeeping: a renamed or dropped column leaves its index pointing at
  // the new name (indexes follow renames on every engine).

  const OPS = [
    ['create_table', 12],
    ['add_column', 25],
    ['alter_column', 15],
    ['rename', 10],
    ['create_index', 13],
    ['drop_column', 10],
    ['execute', 15],
  ];

  function makeRevision(lane, down) {
    const id = newId();
    const count = rng.weighted([
      [1, 5],
      [2, 3],
      [3, 2],
      [4, 1],
    ]);
    const up = [];
    const dn = [];
    const whats = [];
    for (let i = 0; i < count; i++) {
      const mine = tablesFor(lane);
      let kind = rng.weighted(OPS);
      if (mine.length < 2 && kind !== 'create_table') kind = 'create_table';
      let r = null;
      if (kind === 'create_table') r = createTable(lane);
      else {
        const t = rng.pick(mine);
        if (kind === 'add_column') r = addColumn(t);
        else if (kind === 'alter_column') r = alterColumn(t);
        else if (kind === 'rename') r = renameColumn(t);
        else if (kind === 'create_index') r = createIndex(t);
        else if (kind === 'drop_column') r = dropColumn(t);
        else r = execute(t);
        if (!r) r = addColumn(t);
      }
      up.push(r.up);
      if (r.down) dn.unshift(r.down);
      whats.push(r.what);
    }
    const i = revisions.length;
    const rev = {
      id,
      down,
      message: whats.join('; '),
      date: isoDate(baseDate + i * 3_600_000 * 7),
      upgrade: up,
      downgrade: dn,
    };
    revisions.push(rev);
    return rev;
  }

  let head = null;
  for (;;) {
    const remaining = n - revisions.length;
    if (remaining <= 0) break;
    if (fork) {
      // grow the branch with the most revisions left; the two interleave
      const k = fork.left[0] === 0 ? 1 : fork.left[1] === 0 ? 0 : rng.int(0, 1);
      const r = makeRevision(fork.lanes[k], [fork.heads[k]]);
      fork.heads[k] = r.id;
      fork.left[k]--;
      if (fork.left[0] === 0 && fork.left[1] === 0) {
        const m = {
          id: newId(),
          down: [...fork.heads],
          message: `merge ${fork.heads.join(' and ')}`,
          date: isoDate(baseDate + revisions.length * 3_600_000 * 7),
          upgrade: [],
          downgrade: [],
          merge: true,
        };
        revisions.push(m);
        head = m.id;
        // after the merge every table is back on the main line
        for (const t of tables) t.lane = 0;
        fork = null;
      }
      continue;
    }
    const wantFork = head !== null && remaining > 40 && revisions.length >= nextFork;
    if (wantFork) {
      nextFork = revisions.length + forkEvery;
      const len = [rng.int(3, 12), rng.int(3, 12)];
      const maxLen = Math.floor((remaining - 20) / 2);
      len[0] = Math.min(len[0], maxLen);
      len[1] = Math.min(len[1], maxLen);
      // split the existing tables between the two branches
      for (const t of tables) if (!t.dropped) t.lane = (Number(t.name.slice(4)) % 2) + 1;
      fork = { heads: [head, head], left: len, lanes: [1, 2] };
      continue;
    }
    const r = makeRevision(0, head ? [head] : []);
    head = r.id;
  }
  return { n, seed, revisions, head, tables: tables.length };
}

function isoDate(ms) {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '000');
}

const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 40);

// ---------------------------------------------------------------------------
// JSONC writer

function jsoncDefault(d) {
  return d.kind === 'string' ? d.value : d.value;
}

function jsoncColumn(c) {
  return {
    name: c.name,
    type: c.type,
    nullable: c.nullable,
    ...(c.server_default ? { server_default: jsoncDefault(c.server_default) } : {}),
  };
}

function jsoncOp(op) {
  switch (op.op) {
    case 'create_table':
      return {
        op: op.op,
        table: op.table,
        columns: op.columns.map(jsoncColumn),
        primary_key: op.primary_key,
        foreign_keys: op.foreign_keys,
        indexes: op.indexes,
      };
    case 'add_column':
      return { op: op.op, table: op.table, column: jsoncColumn(op.column) };
    case 'drop_column':
      return { op: op.op, table: op.table, column: op.column };
    case 'alter_column': {
      const o = { op: op.op, table: op.table, column: op.column };
      if (op.type !== undefined) o.type = op.type;
      if (op.nullable !== undefined) o.nullable = op.nullable;
      if (op.server_default !== undefined) o.server_default = op.server_default === null ? null : jsoncDefault(op.server_default);
      if (op.new_column_name !== undefined) o.new_column_name = op.new_column_name;
      return o;
    }
    case 'create_index':
      return { op: op.op, name: op.name, table: op.table, columns: op.columns, unique: op.unique };
    case 'drop_index':
    case 'drop_table':
    case 'execute': {
      const { op: kind, ...rest } = op;
      return { op: kind, ...rest };
    }
  }
  throw new Error(`unknown op ${op.op}`);
}

/** One op laid out like the hand-written files: one line, or one line per column for create_table. */
function formatOp(o, indent) {
  if (o.op !== 'create_table') return indent + JSON.stringify(o).replace(/":/g, '": ').replace(/,"/g, ', "');
  const inner = indent + '  ';
  const line = (v) => JSON.stringify(v).replace(/":/g, '": ').replace(/,"/g, ', "');
  return [
    `${indent}{`,
    `${inner}"op": "create_table",`,
    `${inner}"table": ${JSON.stringify(o.table)},`,
    `${inner}"columns": [`,
    o.columns.map((c) => `${inner}  ${line(c)}`).join(',\n'),
    `${inner}],`,
    `${inner}"primary_key": ${line(o.primary_key)},`,
    `${inner}"foreign_keys": [`,
    o.foreign_keys.map((f) => `${inner}  ${line(f)}`).join(',\n'),
    `${inner}],`,
    `${inner}// the project_id lookups of this table`,
    `${inner}"indexes": [`,
    o.indexes.map((x) => `${inner}  ${line(x)}`).join(',\n'),
    `${inner}]`,
    `${indent}}`,
  ].join('\n');
}

export function jsoncFile(rev) {
  const ops = (list) => (list.length === 0 ? '[]' : `[\n${list.map((o) => formatOp(jsoncOp(o), '    ')).join(',\n')}\n  ]`);
  const down = rev.down.length === 0 ? 'null' : rev.down.length === 1 ? JSON.stringify(rev.down[0]) : JSON.stringify(rev.down).replace(/,/g, ', ');
  return [
    `// ${rev.id}: ${rev.message}`,
    '// Synthetic revision written by the benchmark generator.',
    '{',
    `  "revision": ${JSON.stringify(rev.id)},`,
    `  "down_revision": ${down},`,
    `  "message": ${JSON.stringify(rev.message)},`,
    `  "create_date": ${JSON.stringify(rev.date)},`,
    `  "upgrade": ${ops(rev.upgrade)},`,
    `  "downgrade": ${ops(rev.downgrade)}`,
    '}',
    '',
  ].join('\n');
}

export function fileName(rev) {
  return `${rev.id}_${slug(rev.message)}`;
}

export function writeJsonc(dir, history) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const rev of history.revisions) {
    const text = jsoncFile(rev);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `${fileName(rev)}.jsonc`), text);
  }
  return { files: history.revisions.length, bytes };
}

// ---------------------------------------------------------------------------
// Alembic writer

const py = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function saType(t) {
  if (isString(t)) return `sa.String(length=${strLen(t)})`;
  switch (t) {
    case 'integer':
      return 'sa.Integer()';
    case 'bigint':
      return 'sa.BigInteger()';
    case 'boolean':
      return 'sa.Boolean()';
    case 'text':
      return 'sa.Text()';
    case 'datetime':
      return 'sa.DateTime()';
  }
  throw new Error(`no SQLAlchemy type for ${t}`);
}

function saDefault(d) {
  return d.kind === 'string' ? `sa.text("'${d.value}'")` : `sa.text('${d.value}')`;
}

function saColumn(c) {
  return `sa.Column(${py(c.name)}, ${saType(c.type)}${c.server_default ? `, server_default=${saDefault(c.server_default)}` : ''}, nullable=${c.nullable ? 'True' : 'False'})`;
}

function pyOp(op) {
  switch (op.op) {
    case 'create_table': {
      const parts = [
        ...op.columns.map(saColumn),
        ...op.foreign_keys.map(
          (f) => `sa.ForeignKeyConstraint([${f.columns.map(py).join(', ')}], [${f.referent_columns.map((c) => py(`${f.referent_table}.${c}`)).join(', ')}])`,
        ),
        `sa.PrimaryKeyConstraint(${op.primary_key.map(py).join(', ')})`,
      ];
      const lines = [`    op.create_table(${py(op.table)},\n${parts.map((p) => `        ${p},`).join('\n')}\n    )`];
      for (const x of op.indexes)
        lines.push(`    op.create_index(${py(x.name)}, ${py(op.table)}, [${x.columns.map(py).join(', ')}], unique=${x.unique ? 'True' : 'False'})`);
      return lines.join('\n');
    }
    case 'drop_table':
      return `    op.drop_table(${py(op.table)})`;
    case 'add_column':
      return `    op.add_column(${py(op.table)}, ${saColumn(op.column)})`;
    case 'drop_column':
      return `    op.drop_column(${py(op.table)}, ${py(op.column)})`;
    case 'alter_column': {
      const args = [py(op.table), py(op.column)];
      const ex = op.existing;
      if (op.new_column_name !== undefined) args.push(`new_column_name=${py(op.new_column_name)}`);
      if (op.type !== undefined) args.push(`type_=${saType(op.type)}`);
      if (op.nullable !== undefined) args.push(`nullable=${op.nullable ? 'True' : 'False'}`);
      if (op.server_default !== undefined) args.push(`server_default=${op.server_default === null ? 'None' : saDefault(op.server_default)}`);
      if (ex) {
        args.push(`existing_type=${saType(ex.type)}`);
        if (op.nullable === undefined) args.push(`existing_nullable=${ex.nullable ? 'True' : 'False'}`);
      }
      return `    op.alter_column(${args.join(', ')})`;
    }
    case 'create_index':
      return `    op.create_index(${py(op.name)}, ${py(op.table)}, [${op.columns.map(py).join(', ')}], unique=${op.unique ? 'True' : 'False'})`;
    case 'drop_index':
      return `    op.drop_index(${py(op.name)}, table_name=${py(op.table)})`;
    case 'execute':
      return `    op.execute(${py(op.sql)})`;
  }
  throw new Error(`unknown op ${op.op}`);
}

export function alembicFile(rev) {
  const body = (list) => (list.length === 0 ? '    pass' : list.map(pyOp).join('\n'));
  const down = rev.down.length === 0 ? 'None' : rev.down.length === 1 ? py(rev.down[0]) : `(${rev.down.map(py).join(', ')})`;
  return [
    `"""${rev.message}`,
    '',
    `Revision ID: ${rev.id}`,
    `Revises: ${rev.down.join(', ')}`,
    `Create Date: ${rev.date}`,
    '',
    '"""',
    'from alembic import op',
    'import sqlalchemy as sa',
    '',
    '',
    `revision = ${py(rev.id)}`,
    `down_revision = ${down}`,
    'branch_labels = None',
    'depends_on = None',
    '',
    '',
    'def upgrade():',
    body(rev.upgrade),
    '',
    '',
    'def downgrade():',
    body(rev.downgrade),
    '',
  ].join('\n');
}

export const ALEMBIC_ENV = `"""Offline-only environment: renders the migrations as SQL (alembic ... --sql)."""
import os

from alembic import context

config = context.config


def run_migrations_offline():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=None,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        # The benchmark applies the scripts one transaction per revision (see run.mjs).
        transaction_per_migration=os.environ.get("LBAAS_BENCH_TRANSACTION_PER_MIGRATION") == "1",
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    raise SystemExit("this benchmark project only renders SQL: use --sql")
`;

export const ALEMBIC_SCRIPT_MAKO = `"""\${message}

Revision ID: \${up_revision}
Revises: \${down_revision | comma,n}
Create Date: \${create_date}

"""
from alembic import op
import sqlalchemy as sa
\${imports if imports else ""}

revision = \${repr(up_revision)}
down_revision = \${repr(down_revision)}
branch_labels = \${repr(branch_labels)}
depends_on = \${repr(depends_on)}


def upgrade():
    \${upgrades if upgrades else "pass"}


def downgrade():
    \${downgrades if downgrades else "pass"}
`;

export function alembicIni(url) {
  return `[alembic]
script_location = %(here)s
sqlalchemy.url = ${url}

[loggers]
keys = root

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
`;
}

export function writeAlembic(dir, history, url = 'postgresql://postgres@127.0.0.1:5432/lbaas_bench') {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'versions'), { recursive: true });
  writeFileSync(join(dir, 'alembic.ini'), alembicIni(url));
  writeFileSync(join(dir, 'env.py'), ALEMBIC_ENV);
  writeFileSync(join(dir, 'script.py.mako'), ALEMBIC_SCRIPT_MAKO);
  let bytes = 0;
  for (const rev of history.revisions) {
    const text = alembicFile(rev);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, 'versions', `${fileName(rev)}.py`), text);
  }
  return { files: history.revisions.length, bytes };
}

/** The revision ids along the straight tail, oldest first (the last `k` revisions). */
export function tail(history, k) {
  return history.revisions.slice(-k).map((r) => r.id);
}

// ---------------------------------------------------------------------------

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i === -1 ? dflt : args[i + 1];
  };
  const n = Number(opt('n', '100'));
  const seed = Number(opt('seed', '1'));
  const out = opt('out', `bench-history-${n}`);
  const h = generateHistory({ n, seed });
  const a = writeJsonc(join(out, 'versions'), h);
  const b = writeAlembic(join(out, 'alembic'), h);
  process.stdout.write(
    `${h.revisions.length} revisions (${h.tables} tables, head ${h.head}): ${a.bytes} bytes of JSONC, ${b.bytes} bytes of Alembic scripts in ${out}\n`,
  );
}
