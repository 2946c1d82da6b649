import type { Family } from '../dialects/capabilities.js';
import { caps } from '../dialects/registry.js';
import { SqlWriter } from '../back/helpers.js';
import { family, type Dialect } from '../core/dialect.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { FkAction } from '../core/ops.js';
import { isNarrowing, type ColumnType } from '../core/types.js';
import { foreignKeyName, primaryKeyName, uniqueName } from '../model/constraint-names.js';
import type { Column, ForeignKey, Index, Schema, Table, Unique } from '../model/schema.js';
import type { DeclColumn, DeclForeignKey, DeclKey, DeclSchema, DeclTable } from './decl.js';
import { columnFile, defaultFile, op, typeFile } from './fileops.js';
import type { FileOp, FileValue } from './format.js';
import type { DraftOp } from './render.js';
import { sameDefault } from './portable-types.js';

/**
 * Compares the schema model (replayed from the history) with a declared
 * target and lists the changes that close the gap, each with its upgrade ops,
 * the downgrade ops that undo it (built from the model's facts), and whether
 * it only adds (expand) or may lose data (contract).
 */
export const FAMILIES: readonly Family[] = ['postgresql', 'mysql', 'sqlite'];

/** Upgrade order of the changes; the downgrade runs them backwards. */
export const PHASES = [
  'drop_foreign_key',
  'drop_index',
  'drop_unique',
  'drop_table',
  'drop_column',
  'create_table',
  'add_column',
  'alter_column',
  'create_unique',
  'create_index',
  'create_foreign_key',
] as const;
export type DiffPhase = (typeof PHASES)[number];

export interface DiffChange {
  phase: DiffPhase;
  kind: 'expand' | 'contract';
  table: string;
  up: DraftOp[];
  down: DraftOp[];
  /** Short description for the output and the file header. */
  summary: string;
}

export interface DiffInput {
  dialect: Dialect;
  /** The model of the primary dialect. */
  model: Schema;
  /** Models of each family at the same point (constraint names differ between engines). */
  families: Partial<Record<Family, Schema>>;
  target: DeclSchema;
  /** Tables left out on both sides (the version table). */
  ignore: readonly string[];
  /** Split alter_column / add_column NOT NULL into an expand and a contract part. */
  split: boolean;
}

export interface DiffResult {
  changes: DiffChange[];
  diagnostics: Diagnostic[];
}

const d = (o: FileOp, comments: string[] = []): DraftOp => ({ op: o, comments });
const sameCols = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function stubTable(name: string): Table {
  return { name, columns: [], primaryKey: null, uniques: [], foreignKeys: [], checks: [], indexes: [], external: false, origin: { file: '', path: [] } };
}

/** True when `name` is what some engine calls an unnamed constraint of this kind. */
function implicitName(kind: 'primary' | 'unique' | 'foreignkey', name: string | undefined, table: string, cols: readonly string[]): boolean {
  if (name === undefined) return true;
  const t = stubTable(table);
  const base = (s: string) => new RegExp(`^${s.replace(/[^A-Za-z0-9_]/g, '\\$&')}\\d*$`);
  if (kind === 'primary') return name === primaryKeyName('mysql', table) || name === primaryKeyName('postgresql', table);
  if (kind === 'unique') return base(uniqueName('postgresql', t, [...cols])).test(name) || new RegExp(`^${cols[0]}(_\\d+)?$`).test(name);
  return base(foreignKeyName('postgresql', t, [...cols])).test(name) || new RegExp(`^${table}_ibfk_\\d+$`).test(name);
}

/** A name to write in an op: left out when the engine would choose it anyway (keeps revisions portable). */
function explicitName(kind: 'primary' | 'unique' | 'foreignkey', name: string | undefined, table: string, cols: readonly string[]): string | undefined {
  return name === undefined || implicitName(kind, name, table, cols) ? undefined : name;
}

export function diffSchemas(input: DiffInput): DiffResult {
  return new Differ(input).run();
}

class Differ {
  private readonly changes: DiffChange[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private readonly fam: Family;
  private readonly writer: SqlWriter;
  /** Enum names chosen in this diff (PostgreSQL types must not clash). */
  private readonly enumNames = new Map<string, string[]>();

  constructor(private readonly input: DiffInput) {
    this.fam = family(input.dialect);
    this.writer = new SqlWriter(caps(input.dialect));
    for (const t of input.model.tables.values()) for (const c of t.columns) if (c.type.kind === 'enum') this.enumNames.set(c.type.name, c.type.values);
  }

  private warn(code: string, message: string, hint?: string, severity: Diagnostic['severity'] = 'warning'): void {
    this.diagnostics.push({ code, severity, message, ...(hint ? { hint } : {}) });
  }

  private add(c: DiffChange): DiffChange {
    this.changes.push(c);
    return c;
  }

  run(): DiffResult {
    const { model, target } = this.input;
    const external = new Set([...model.tables.values()].filter((t) => t.external).map((t) => t.name));
    const skip = (n: string) => this.input.ignore.includes(n) || external.has(n) || n.startsWith('sqlite_') || n.startsWith('_lbaas_');
    const mine = [...model.tables.values()].filter((t) => !skip(t.name)).sort((a, b) => a.name.localeCompare(b.name));
    const wanted = [...target.tables.values()].filter((t) => !skip(t.name)).sort((a, b) => a.name.localeCompare(b.name));
    if (!this.checkTarget(wanted, new Set([...wanted.map((t) => t.name), ...external]))) return { changes: [], diagnostics: this.diagnostics };
    const wantedNames = new Set(wanted.map((t) => t.name));
    const mineNames = new Set(mine.map((t) => t.name));
    const dropped = mine.filter((t) => !wantedNames.has(t.name));
    const created = wanted.filter((t) => !mineNames.has(t.name));

    // Foreign keys into dropped tables go first, whatever table holds them.
    for (const t of mine) {
      const tt = target.tables.get(t.name);
      if (tt) this.compareTable(t, tt);
    }
    this.dropTables(dropped);
    this.createTables(created);
    this.flagTableRenames(dropped, created);
    this.changes.sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
    return { changes: this.changes, diagnostics: this.diagnostics };
  }

  /** Target sanity: foreign keys name declared tables and columns; keys name declared columns. */
  private checkTarget(tables: DeclTable[], known: Set<string>): boolean {
    let ok = true;
    const cols = (t: DeclTable) => new Set(t.columns.map((c) => c.name));
    for (const t of tables) {
      const have = cols(t);
      const need = (list: readonly string[], what: string) => {
        for (const c of list) {
          if (!have.has(c)) {
            ok = false;
            this.warn('AU111', `target table ${t.name}: ${what} names column ${c}, which the table does not have`, undefined, 'error');
          }
        }
      };
      if (t.primaryKey) need(t.primaryKey.columns, 'the primary key');
      for (const u of t.uniques) need(u.columns, `unique constraint ${u.name ?? ''}`.trim());
      for (const i of t.indexes) need(i.columns, `index ${i.name}`);
      for (const f of t.foreignKeys) {
        need(f.columns, `foreign key ${f.name ?? ''}`.trim());
        if (!known.has(f.refTable)) {
          ok = false;
          this.warn('AU111', `target table ${t.name}: foreign key to ${f.refTable}, which is neither in the target nor an external table`, undefined, 'error');
        }
      }
    }
    return ok;
  }

  // ---------------------------------------------------------------------------------------------
  // Types and names

  private typesEqual(m: ColumnType, t: ColumnType): boolean {
    if (m.kind === 'enum' || t.kind === 'enum') {
      if (m.kind !== 'enum' || t.kind !== 'enum') return false;
      if (m.values.join('\u0000') !== t.values.join('\u0000')) return false;
      return caps(this.input.dialect).enumStyle !== 'named-type' || t.name === '' || t.name === m.name;
    }
    return this.writer.type(m) === this.writer.type(t);
  }

  /** The enum type name to write: the model column's, one already holding these values, or <table>_<column>. */
  private enumName(table: string, column: string, values: readonly string[], modelType?: ColumnType): string {
    if (modelType?.kind === 'enum') {
      const cur = this.enumNames.get(modelType.name);
      if (!cur || cur.join('\u0000') === values.join('\u0000') || caps(this.input.dialect).enumStyle !== 'named-type') return modelType.name;
    }
    for (const [n, v] of this.enumNames) if (v.join('\u0000') === values.join('\u0000')) return n;
    const base = `${table}_${column}`.slice(0, 60);
    let name = base;
    for (let i = 2; this.enumNames.has(name); i++) name = `${base.slice(0, 58)}_${i}`;
    this.enumNames.set(name, [...values]);
    return name;
  }

  /** A target column with enum names resolved. */
  private targetColumn(table: string, c: DeclColumn, modelType?: ColumnType): DeclColumn {
    if (c.type.kind !== 'enum') return c;
    const name = c.type.name !== '' ? c.type.name : this.enumName(table, c.name, c.type.values, modelType);
    if (c.type.name !== '' && !this.enumNames.has(name)) this.enumNames.set(name, [...c.type.values]);
    return { ...c, type: { ...c.type, name } };
  }

  /** Ops dropping an object whose name differs between engines: one op per name, with `dialects`. */
  private perFamily(names: Partial<Record<Family, string>>, make: (name: string) => FileOp): FileOp[] {
    const groups = new Map<string, Family[]>();
    for (const f of FAMILIES) {
      const n = names[f];
      if (n === undefined) continue;
      const g = groups.get(n);
      if (g) g.push(f);
      else groups.set(n, [f]);
    }
    const present = FAMILIES.filter((f) => names[f] !== undefined);
    if (groups.size === 1 && present.length === FAMILIES.length) return [make([...groups.keys()][0]!)];
    return [...groups].map(([n, fams]) => ({ ...make(n), dialects: fams }));
  }

  private familyTable(f: Family, table: string): Table | undefined {
    const s = this.input.families[f] ?? (f === this.fam ? this.input.model : undefined);
    return s?.tables.get(table);
  }

  private namesOf(table: string, find: (t: Table) => string | undefined): Partial<Record<Family, string>> {
    const out: Partial<Record<Family, string>> = {};
    const any = Object.keys(this.input.families).length > 0;
    for (const f of any ? FAMILIES : [this.fam]) {
      const t = this.familyTable(f, table);
      const n = t ? find(t) : undefined;
      if (n !== undefined) out[f] = n;
    }
    if (!any) for (const f of FAMILIES) out[f] = out[this.fam];
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Whole tables

  private createTableOp(t: DeclTable): FileOp {
    const stub = stubTable(t.name);
    const fks = t.foreignKeys.map((f) => {
      const name = explicitName('foreignkey', f.name, t.name, f.columns);
      stub.foreignKeys.push({
        name: name ?? foreignKeyName(this.input.dialect, stub, f.columns),
        explicit: !!name,
        columns: f.columns,
        refTable: f.refTable,
        refColumns: f.refColumns,
        origin: stub.origin,
      });
      return this.fkFile(f, name);
    });
    const implicit = this.implicitTargetIndexes(t);
    return op('create_table', {
      table: t.name,
      columns: t.columns.map((c) => columnFile(this.targetColumn(t.name, c))),
      ...(t.primaryKey ? { primary_key: this.pkFile(t.name, t.primaryKey) } : {}),
      ...(t.uniques.length ? { unique: t.uniques.map((u) => this.keyFile('unique', t.name, u)) } : {}),
      ...(fks.length ? { foreign_keys: fks } : {}),
      ...(t.indexes.some((i) => !implicit.has(i.name))
        ? { indexes: t.indexes.filter((i) => !implicit.has(i.name)).map((i) => ({ name: i.name, columns: i.columns, unique: i.unique })) }
        : {}),
    });
  }

  private pkFile(table: string, pk: DeclKey): FileValue {
    const name = explicitName('primary', pk.name, table, pk.columns);
    return name ? { name, columns: pk.columns } : pk.columns;
  }

  private keyFile(kind: 'unique', table: string, k: DeclKey): { [k: string]: FileValue } {
    const name = explicitName(kind, k.name, table, k.columns);
    return { ...(name ? { name } : {}), columns: k.columns };
  }

  private fkFile(f: DeclForeignKey | ForeignKey, name: string | undefined): { [k: string]: FileValue } {
    return {
      ...(name ? { name } : {}),
      columns: f.columns,
      referent_table: f.refTable,
      referent_columns: f.refColumns,
      ...(f.ondelete ? { ondelete: f.ondelete } : {}),
      ...(f.onupdate ? { onupdate: f.onupdate } : {}),
    };
  }

  /** create_table for a model table (the downgrade of a drop): implicit names stay implicit. */
  private modelCreateTable(t: Table): FileOp {
    const visible = this.visibleIndexes(t);
    return op('create_table', {
      table: t.name,
      columns: t.columns.map((c) => columnFile(c)),
      ...(t.primaryKey ? { primary_key: t.primaryKey.explicit ? { name: t.primaryKey.name, columns: t.primaryKey.columns } : t.primaryKey.columns } : {}),
      ...(t.uniques.length ? { unique: t.uniques.map((u) => ({ ...(u.explicit ? { name: u.name } : {}), columns: u.columns })) } : {}),
      ...(t.foreignKeys.length ? { foreign_keys: t.foreignKeys.map((f) => this.fkFile(f, f.explicit ? f.name : undefined)) } : {}),
      ...(t.checks.length ? { checks: t.checks.map((c) => ({ name: c.name, condition: c.condition })) } : {}),
      ...(visible.length ? { indexes: visible.map((i) => ({ name: i.name, columns: i.columns, unique: i.unique })) } : {}),
    });
  }

  private dropTables(dropped: Table[]): void {
    // Tables that reference others go first.
    const order = topo(dropped.map((t) => ({ name: t.name, deps: t.foreignKeys.map((f) => f.refTable) }))).reverse();
    for (const name of order) {
      const t = dropped.find((x) => x.name === name)!;
      // Foreign keys of kept tables that point here are dropped in compareTable (the target has none).
      this.add({
        phase: 'drop_table',
        kind: 'contract',
        table: t.name,
        summary: `drop table ${t.name}`,
        up: [d(op('drop_table', { table: t.name }))],
        down: [d(this.modelCreateTable(t))],
      });
    }
  }

  private createTables(created: DeclTable[]): void {
    const newNames = new Set(created.map((t) => t.name));
    const order = topo(created.map((t) => ({ name: t.name, deps: t.foreignKeys.map((f) => f.refTable).filter((r) => newNames.has(r) && r !== t.name) })));
    const made = new Set<string>();
    for (const name of order) {
      const t = created.find((x) => x.name === name)!;
      // Foreign keys to new tables not created yet (a cycle) are added after all tables exist.
      const later = t.foreignKeys.filter((f) => newNames.has(f.refTable) && f.refTable !== t.name && !made.has(f.refTable));
      const now: DeclTable = { ...t, foreignKeys: t.foreignKeys.filter((f) => !later.includes(f)) };
      this.add({
        phase: 'create_table',
        kind: 'expand',
        table: t.name,
        summary: `create table ${t.name}`,
        up: [d(this.createTableOp(now))],
        down: [d(op('drop_table', { table: t.name }))],
      });
      made.add(t.name);
      if (later.length) {
        // The table's own keys, as each engine names them, before the late ones are numbered.
        const state = this.fksOf(t.name);
        for (const fam of FAMILIES) {
          const p = stubTable(t.name);
          for (const f of now.foreignKeys) {
            const n = explicitName('foreignkey', f.name, t.name, f.columns) ?? foreignKeyName(fam, p, f.columns);
            p.foreignKeys.push({ name: n, explicit: false, columns: f.columns, refTable: f.refTable, refColumns: f.refColumns, origin: p.origin });
          }
          state[fam] = p.foreignKeys;
        }
      }
      for (const f of later) this.createForeignKey(t.name, f);
    }
  }

  private flagTableRenames(dropped: Table[], created: DeclTable[]): void {
    for (const a of dropped) {
      for (const b of created) {
        const ca = a.columns
          .map((c) => c.name)
          .sort()
          .join(',');
        const cb = b.columns
          .map((c) => c.name)
          .sort()
          .join(',');
        if (ca !== cb) continue;
        const note = `possible rename: table ${a.name} -> ${b.name} (same columns). If so, replace this drop_table and the create_table of ${b.name} with { "op": "rename_table", "table": "${a.name}", "new_name": "${b.name}" }: dropping loses the rows`;
        for (const c of this.changes) {
          if ((c.phase === 'drop_table' && c.table === a.name) || (c.phase === 'create_table' && c.table === b.name)) c.up[0]!.comments.push(note);
        }
        this.warn('AU120', note);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // One table present on both sides

  /** Model indexes that can be compared: MySQL's implicit foreign-key indexes only while their key exists. */
  private visibleIndexes(t: Table): Index[] {
    return t.indexes.filter((i) => !i.implicitFor || !t.foreignKeys.some((f) => f.name === i.implicitFor));
  }

  /** Target indexes that MySQL would create by itself for a foreign key (dumps list them as KEY lines). */
  private implicitTargetIndexes(t: DeclTable, model?: Table): Set<string> {
    const out = new Set<string>();
    if (!caps(this.input.dialect).implicitFkIndexes) return out;
    for (const i of t.indexes) {
      if (i.unique || model?.indexes.some((m) => m.name === i.name && !m.implicitFor)) continue;
      const fk = t.foreignKeys.find((f) => sameCols(f.columns, i.columns));
      if (fk && (i.name === fk.name || new RegExp(`^${fk.columns[0]}(_\\d+)?$`).test(i.name))) out.add(i.name);
    }
    return out;
  }

  private compareTable(m: Table, t: DeclTable): void {
    const table = m.name;
    const tcols = new Map(t.columns.map((c) => [c.name, c]));
    const mcols = new Map(m.columns.map((c) => [c.name, c]));
    const droppedCols = m.columns.filter((c) => !tcols.has(c.name));
    const addedCols = t.columns.filter((c) => !mcols.has(c.name));

    // Primary key: there is no op to change one.
    const mpk = m.primaryKey?.columns ?? [];
    const tpk = t.primaryKey?.columns ?? [];
    if (!sameCols(mpk, tpk)) {
      this.warn(
        'AU112',
        `${table}: the primary key differs (history: ${mpk.join(', ') || 'none'}; target: ${tpk.join(', ') || 'none'}); the revision format has no op to change a primary key`,
        'write that change by hand (drop_constraint type primary, then a table rebuild or raw SQL), or align the target',
      );
    }

    // Foreign keys.
    const tfks = [...t.foreignKeys];
    for (const f of m.foreignKeys) {
      const i = tfks.findIndex(
        (x) => sameFk(f, x) && (x.name === undefined || x.name === f.name || (!f.explicit && implicitName('foreignkey', x.name, table, x.columns))),
      );
      if (i >= 0) {
        tfks.splice(i, 1);
        continue;
      }
      this.dropForeignKey(
        m,
        f,
        droppedCols.map((c) => c.name),
      );
    }

    // Indexes.
    const implicit = this.implicitTargetIndexes(t, m);
    const tidx = t.indexes.filter((i) => !implicit.has(i.name));
    const tuniq = [...t.uniques];
    const midx = this.visibleIndexes(m);
    const changedIdx = new Set<string>();
    for (const i of midx) {
      const same = tidx.findIndex((x) => x.name === i.name && sameCols(x.columns, i.columns) && x.unique === i.unique);
      if (same >= 0) {
        tidx.splice(same, 1);
        continue;
      }
      // MySQL lists a unique index as a unique key.
      if (caps(this.input.dialect).uniqueIndexIsKey && i.unique) {
        const u = tuniq.findIndex((x) => x.name === i.name && sameCols(x.columns, i.columns));
        if (u >= 0) {
          tuniq.splice(u, 1);
          continue;
        }
      }
      if (tidx.some((x) => x.name === i.name)) changedIdx.add(i.name);
      this.add({
        phase: 'drop_index',
        kind: 'contract',
        table,
        summary: `drop index ${i.name} on ${table}`,
        up: this.perFamily(
          this.namesOf(table, (ft) => ft.indexes.find((x) => x.name === i.name)?.name),
          (name) => op('drop_index', { name, table }),
        ).map((o) => d(o)),
        down: [d(op('create_index', { name: i.name, table, columns: i.columns, unique: i.unique }))],
      });
    }

    // Unique constraints.
    for (const u of m.uniques) {
      const i = tuniq.findIndex(
        (x) =>
          sameCols(x.columns, u.columns) && (x.name === undefined || x.name === u.name || (!u.explicit && implicitName('unique', x.name, table, x.columns))),
      );
      if (i >= 0) {
        tuniq.splice(i, 1);
        continue;
      }
      if (caps(this.input.dialect).uniqueIndexIsKey) {
        const j = tidx.findIndex((x) => x.unique && x.name === u.name && sameCols(x.columns, u.columns));
        if (j >= 0) {
          tidx.splice(j, 1);
          continue;
        }
      }
      this.dropUnique(m, u);
    }

    // Columns.
    for (const c of droppedCols) {
      this.add({
        phase: 'drop_column',
        kind: 'contract',
        table,
        summary: `drop column ${table}.${c.name}`,
        up: [d(op('drop_column', { table, column: c.name }))],
        down: [
          d(
            op('add_column', { table, column: columnFile(c) }),
            c.nullable || c.default !== null
              ? []
              : [`${table}.${c.name} comes back NOT NULL without a default: this fails on a table with rows (PostgreSQL, SQLite)`],
          ),
        ],
      });
    }
    for (const raw of addedCols) this.addColumn(table, this.targetColumn(table, raw));
    for (const a of droppedCols) {
      for (const b of addedCols) {
        if (!this.typesEqual(a.type, this.targetColumn(table, b, a.type).type)) continue;
        const note = `possible rename: ${table}.${a.name} -> ${table}.${b.name} (same type). If so, replace this drop_column and the add_column of ${b.name} with { "op": "alter_column", "table": "${table}", "column": "${a.name}", "new_column_name": "${b.name}" }: dropping loses the values`;
        for (const ch of this.changes) {
          if (ch.table !== table) continue;
          if (
            (ch.phase === 'drop_column' && (ch.up[0]!.op as { column?: unknown }).column === a.name) ||
            (ch.phase === 'add_column' && (ch.up[0]!.op as { column?: { name?: unknown } }).column?.name === b.name)
          )
            ch.up[0]!.comments.push(note);
        }
        this.warn('AU120', note);
      }
    }
    for (const mc of m.columns) {
      const raw = tcols.get(mc.name);
      if (!raw) continue;
      const tc = this.targetColumn(table, raw, mc.type);
      this.alterColumn(table, mc, tc, tpk.includes(mc.name));
    }

    // New unique constraints, indexes, foreign keys.
    for (const u of tuniq) {
      const name = explicitName('unique', u.name, table, u.columns);
      this.add({
        phase: 'create_unique',
        kind: 'expand',
        table,
        summary: `unique (${u.columns.join(', ')}) on ${table}`,
        up: [d(op('create_unique_constraint', { ...(name ? { name } : {}), table, columns: u.columns }))],
        down: this.perFamily(this.newUniqueNames(table, u.columns, name), (n) => op('drop_constraint', { name: n, table, type: 'unique' })).map((o) => d(o)),
      });
    }
    for (const i of tidx) {
      this.add({
        phase: 'create_index',
        kind: changedIdx.has(i.name) ? 'contract' : 'expand',
        table,
        summary: `index ${i.name} on ${table}`,
        up: [
          d(
            op('create_index', { name: i.name, table, columns: i.columns, unique: i.unique }),
            changedIdx.has(i.name) ? [`index ${i.name} changes: it is dropped above and created again`] : [],
          ),
        ],
        down: [d(op('drop_index', { name: i.name, table }))],
      });
    }
    for (const f of tfks) this.createForeignKey(table, f);
  }

  /** Names each engine will give a unique constraint created now (for the downgrade's drop). */
  private newUniqueNames(table: string, cols: string[], name: string | undefined): Partial<Record<Family, string>> {
    if (name) return Object.fromEntries(FAMILIES.map((f) => [f, name]));
    const out: Partial<Record<Family, string>> = {};
    for (const f of FAMILIES) {
      const t = this.familyTable(f, table) ?? stubTable(table);
      out[f] = uniqueName(f, t, cols);
    }
    return out;
  }

  private dropForeignKey(m: Table, f: ForeignKey, droppedCols: string[]): void {
    const table = m.name;
    const names = this.namesOf(table, (ft) => ft.foreignKeys.find((x) => sameFk(x, f))?.name);
    const state = this.fksOf(table);
    for (const fam of FAMILIES) state[fam] = state[fam].filter((x) => !sameFk(x, f));
    const up = this.perFamily(names, (name) => op('drop_constraint', { name, table, type: 'foreignkey' })).map((o) => d(o));
    const down: DraftOp[] = [d(op('create_foreign_key', { ...(f.explicit ? { name: f.name } : {}), table, ...this.fkTail(f) }))];
    // MySQL keeps the index it made for the key; a column drop needs it gone.
    const my = this.familyTable('mysql', table);
    const myFk = my?.foreignKeys.find((x) => sameFk(x, f));
    const ix = my && myFk ? my.indexes.find((i) => i.implicitFor === myFk.name) : undefined;
    if (ix && f.columns.some((c) => droppedCols.includes(c))) {
      up.push(
        d(op('drop_index', { name: ix.name, table, dialects: ['mysql'] }), [
          'MySQL keeps the index it created for the foreign key; the column drop below needs it gone',
        ]),
      );
    }
    this.add({ phase: 'drop_foreign_key', kind: 'contract', table, summary: `drop foreign key ${f.name} on ${table}`, up, down });
  }

  private fkTail(f: ForeignKey | DeclForeignKey): Record<string, FileValue> {
    return {
      columns: f.columns,
      referent_table: f.refTable,
      referent_columns: f.refColumns,
      ...(f.ondelete ? { ondelete: f.ondelete } : {}),
      ...(f.onupdate ? { onupdate: f.onupdate } : {}),
    };
  }

  /** Foreign keys of a table per engine as the upgrade goes (MySQL numbers unnamed keys from the highest in use). */
  private readonly fkState = new Map<string, Record<Family, ForeignKey[]>>();

  private fksOf(table: string): Record<Family, ForeignKey[]> {
    let s = this.fkState.get(table);
    if (!s) {
      const base = (f: Family) => (this.familyTable(f, table)?.foreignKeys ?? this.input.model.tables.get(table)?.foreignKeys ?? []).map((x) => ({ ...x }));
      s = { postgresql: base('postgresql'), mysql: base('mysql'), sqlite: base('sqlite') };
      this.fkState.set(table, s);
    }
    return s;
  }

  private createForeignKey(table: string, f: DeclForeignKey): void {
    const name = explicitName('foreignkey', f.name, table, f.columns);
    const names: Partial<Record<Family, string>> = {};
    const state = this.fksOf(table);
    for (const fam of FAMILIES) {
      const p = stubTable(table);
      p.foreignKeys = state[fam];
      const n = name ?? foreignKeyName(fam, p, f.columns);
      names[fam] = n;
      state[fam].push({ name: n, explicit: !!name, columns: f.columns, refTable: f.refTable, refColumns: f.refColumns, origin: p.origin });
    }
    this.add({
      phase: 'create_foreign_key',
      kind: 'expand',
      table,
      summary: `foreign key (${f.columns.join(', ')}) -> ${f.refTable} on ${table}`,
      up: [d(op('create_foreign_key', { ...(name ? { name } : {}), table, ...this.fkTail(f) }))],
      down: this.perFamily(names, (n) => op('drop_constraint', { name: n, table, type: 'foreignkey' })).map((o) => d(o)),
    });
  }

  private dropUnique(m: Table, u: Unique): void {
    const table = m.name;
    const names = this.namesOf(table, (ft) => ft.uniques.find((x) => sameCols(x.columns, u.columns))?.name);
    this.add({
      phase: 'drop_unique',
      kind: 'contract',
      table,
      summary: `drop unique (${u.columns.join(', ')}) on ${table}`,
      up: this.perFamily(names, (name) => op('drop_constraint', { name, table, type: 'unique' })).map((o) => d(o)),
      down: [d(op('create_unique_constraint', { ...(u.explicit ? { name: u.name } : {}), table, columns: u.columns }))],
    });
  }

  private addColumn(table: string, c: DeclColumn): void {
    const needsFill = !c.nullable && c.default === null && !c.autoincrement;
    if (needsFill && this.input.split) {
      // Expand adds it nullable; contract makes it NOT NULL once the application fills it.
      this.add({
        phase: 'add_column',
        kind: 'expand',
        table,
        summary: `add column ${table}.${c.name} (nullable until the contract step)`,
        up: [
          d(op('add_column', { table, column: columnFile({ ...c, nullable: true }) }), [
            `${table}.${c.name} is NOT NULL in the target: added nullable here, made NOT NULL in the contract revision`,
          ]),
        ],
        down: [d(op('drop_column', { table, column: c.name }))],
      });
      this.add({
        phase: 'alter_column',
        kind: 'contract',
        table,
        summary: `${table}.${c.name} NOT NULL`,
        up: [
          d(op('alter_column', { table, column: c.name, nullable: false }), [
            `every row of ${table} needs a ${c.name} before this runs (it was added nullable by the expand revision)`,
          ]),
        ],
        down: [d(op('alter_column', { table, column: c.name, nullable: true }))],
      });
      return;
    }
    this.add({
      phase: 'add_column',
      kind: 'expand',
      table,
      summary: `add column ${table}.${c.name}`,
      up: [
        d(
          op('add_column', { table, column: columnFile(c) }),
          needsFill
            ? [
                `NOT NULL without a default: PostgreSQL and SQLite refuse this on a table with rows; give a server_default, or add it nullable, fill it, then alter it`,
              ]
            : [],
        ),
      ],
      down: [d(op('drop_column', { table, column: c.name }))],
    });
  }

  private alterColumn(table: string, m: Column, t: DeclColumn, inPk: boolean): void {
    const typeChanged = !this.typesEqual(m.type, t.type);
    const nullable = inPk ? m.nullable : t.nullable;
    const nullChanged = nullable !== m.nullable;
    const defaultChanged = !sameDefault(m.default, t.default, t.type);
    if (m.autoincrement !== t.autoincrement) {
      this.warn('AU113', `${table}.${m.name}: autoincrement differs (history: ${m.autoincrement}, target: ${t.autoincrement}); there is no op to change it`);
    }
    if (!typeChanged && !nullChanged && !defaultChanged) return;
    type Part = { kind: 'expand' | 'contract'; up: Record<string, FileValue>; down: Record<string, FileValue>; what: string[] };
    const parts: Part[] = [];
    const part = (kind: 'expand' | 'contract') => {
      let p = this.input.split ? parts.find((x) => x.kind === kind) : parts[0];
      if (!p) parts.push((p = { kind, up: {}, down: {}, what: [] }));
      else if (kind === 'contract') p.kind = 'contract';
      return p;
    };
    if (typeChanged) {
      const narrowing = isNarrowing(m.type, t.type);
      const p = part(narrowing ? 'contract' : 'expand');
      p.up.type = typeFile(t.type);
      p.down.type = typeFile(m.type);
      p.what.push(`type ${describeType(m.type)} -> ${describeType(t.type)}${narrowing ? ' (narrowing: values that do not fit fail)' : ''}`);
    }
    if (nullChanged) {
      const p = part(nullable ? 'expand' : 'contract');
      p.up.nullable = nullable;
      p.down.nullable = m.nullable;
      p.what.push(nullable ? 'NULL allowed' : 'NOT NULL');
    }
    if (defaultChanged) {
      const p = part('expand');
      p.up.server_default = t.default === null ? null : defaultFile(t.default);
      p.down.server_default = m.default === null ? null : defaultFile(m.default);
      p.what.push(t.default === null ? 'default dropped' : 'new default');
    }
    for (const p of parts) {
      this.add({
        phase: 'alter_column',
        kind: p.kind,
        table,
        summary: `alter ${table}.${m.name}: ${p.what.join(', ')}`,
        up: [d(op('alter_column', { table, column: m.name, ...p.up }), p.what.some((w) => w.includes('narrowing')) ? [`${p.what.join('; ')}`] : [])],
        down: [d(op('alter_column', { table, column: m.name, ...p.down }))],
      });
    }
  }
}

function describeType(t: ColumnType): string {
  return t.kind === 'enum' ? `enum(${t.values.join(', ')})` : String(typeFile(t));
}

function sameFk(
  a: { columns: string[]; refTable: string; refColumns: string[]; ondelete?: FkAction; onupdate?: FkAction },
  b: { columns: string[]; refTable: string; refColumns: string[]; ondelete?: FkAction; onupdate?: FkAction },
): boolean {
  return (
    sameCols(a.columns, b.columns) &&
    a.refTable === b.refTable &&
    sameCols(a.refColumns, b.refColumns) &&
    (a.ondelete ?? '') === (b.ondelete ?? '') &&
    (a.onupdate ?? '') === (b.onupdate ?? '')
  );
}

/** Names in dependency order (dependencies first); ties and cycles broken by name. */
function topo(nodes: { name: string; deps: string[] }[]): string[] {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const out: string[] = [];
  const state = new Map<string, 1 | 2>();
  const visit = (n: string) => {
    if (state.get(n) === 2 || state.get(n) === 1) return;
    state.set(n, 1);
    for (const dep of [...(byName.get(n)?.deps ?? [])].sort()) if (byName.has(dep) && dep !== n) visit(dep);
    state.set(n, 2);
    out.push(n);
  };
  for (const n of [...byName.keys()].sort()) visit(n);
  return out;
}
