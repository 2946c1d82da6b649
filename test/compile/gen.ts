/**
 * A seeded generator of valid revision chains, each revision with its downgrade.
 *
 * The generator keeps its own model of the schema and of the rows it inserted (independent
 * of the compiler's), so it only emits ops every engine accepts on the data in place, and it
 * writes every downgrade from what it knows of the old definitions. Rules that keep upgrade
 * AND downgrade valid with data in the tables:
 *  - every name is explicit and unique (constraints, indexes, enum types), primary keys included;
 *  - foreign-key columns are nullable integers that only ever hold NULL, so re-creating a key
 *    (downgrading its drop) or a referenced table (downgrading its drop, empty) never fails;
 *  - a column is dropped only while it was never altered, indexed or constrained, so what a
 *    downgrade re-adds (with its default) is never narrowed, made NOT NULL or made unique again;
 *  - NOT NULL columns other than the key have a default; narrowing keeps every value inserted;
 *  - the type of a column a foreign key uses never changes (MySQL refuses), and neither does a
 *    column a CHECK names (no check is renamed under it either); TEXT columns are never indexed;
 *  - columns under a unique key get a fresh value in every inserted row, and a unique key is
 *    only added where the rows are distinct, never twice on the same column (SQLite would keep
 *    one of two identical UNIQUE constraints).
 * Each action is an (up ops, down ops) pair; a revision's downgrade is the downs in reverse.
 */
import type { Literal } from '../../src/core/types.js';
import type { OpDoc } from './harness.js';
import { prng } from './harness.js';

type TypeDoc = string | { enum: string[]; name: string };

interface GCol {
  name: string;
  type: TypeDoc;
  nullable: boolean;
  default?: Literal;
  /** Never altered, indexed or constrained: may be dropped. */
  plain: boolean;
  /** Name of the foreign key on this column, if any. */
  fk?: string;
  /** Some CHECK names this column. */
  checked?: boolean;
}

interface GTable {
  name: string;
  cols: GCol[];
  pk: string;
  uniques: { name: string; columns: string[] }[];
  fks: { name: string; column: string; ref: string; ondelete?: string }[];
  checks: { name: string; condition: string; column: string }[];
  indexes: { name: string; columns: string[]; unique: boolean }[];
  rows: Record<string, Literal>[];
  nextId: number;
}

export interface GenRevision {
  id: string;
  upgrade: OpDoc[];
  downgrade: OpDoc[];
}

const STRING_BITS = ["o'k", 'a"b', 'c`d', 'semi;', '--x', 'back\\', 'nl\nx', 'ü✓', '%_', 'plain'];

export class Gen {
  private readonly rnd: () => number;
  private readonly tables: GTable[] = [];
  private n = 0;

  constructor(readonly seed: number) {
    this.rnd = prng(seed);
  }

  private int(n: number): number {
    return Math.floor(this.rnd() * n);
  }
  private pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  private chance(p: number): boolean {
    return this.rnd() < p;
  }
  private name(prefix: string): string {
    return `${prefix}${++this.n}`;
  }

  // -------------------------------------------------------------------------------- values

  private lengthOf(t: TypeDoc): number | null {
    if (typeof t !== 'string') return null;
    const m = /^string\((\d+)\)$/.exec(t);
    return m ? Number(m[1]) : null;
  }

  private value(c: GCol): Literal {
    const t = c.type;
    if (typeof t !== 'string') return this.pick(t.enum);
    if (t.startsWith('string') || t === 'text') {
      const s = `${this.pick(STRING_BITS)}${this.int(100)}`;
      const len = this.lengthOf(t);
      return len === null ? s : [...s].slice(0, len).join('');
    }
    if (t === 'integer' || t === 'bigint') return this.int(1000);
    if (t === 'boolean') return this.chance(0.5);
    if (t === 'numeric(8,2)') return this.int(10000) / 100;
    if (t === 'date') return `2020-0${1 + this.int(9)}-1${this.int(10)}`;
    throw new Error(`no value for ${JSON.stringify(t)}`);
  }

  private values(t: GTable, col: string): Literal[] {
    return t.rows.map((r) => (col in r ? r[col]! : null));
  }

  private maxLength(t: GTable, c: GCol): number {
    const lens = this.values(t, c.name)
      .filter((v): v is string => typeof v === 'string')
      .map((v) => [...v].length);
    if (typeof c.default === 'string') lens.push([...c.default].length);
    return Math.max(1, ...lens);
  }

  private randomType(): TypeDoc {
    const k = this.int(8);
    if (k === 0) return `string(${this.pick([8, 20, 40])})`;
    if (k === 1) return 'string(30)';
    if (k === 2) return 'text';
    if (k === 3) return 'integer';
    if (k === 4) return 'bigint';
    if (k === 5) return 'boolean';
    if (k === 6) return { enum: ['red', 'green', 'blue'].slice(0, 2 + this.int(2)), name: this.name('enum_') };
    return this.pick(['numeric(8,2)', 'date']);
  }

  /** A column definition for a fresh column, its default fitting its type. */
  private randomColumn(): GCol {
    const type = this.randomType();
    const notNull = this.chance(0.3);
    const col: GCol = { name: this.name('c'), type, nullable: !notNull, plain: true };
    if ((notNull || this.chance(0.3)) && type !== 'text') {
      const d = this.value(col);
      col.default = typeof d === 'string' && this.lengthOf(type) !== null ? [...d].slice(0, 6).join('') : d;
    } else if (notNull) {
      col.nullable = true;
    }
    return col;
  }

  private colDoc(c: GCol): OpDoc {
    return { name: c.name, type: c.type, nullable: c.nullable, ...(c.default !== undefined ? { server_default: c.default } : {}) };
  }

  private tableDoc(t: GTable): OpDoc {
    return {
      op: 'create_table',
      table: t.name,
      columns: t.cols.map((c) => this.colDoc(c)),
      primary_key: { name: t.pk, columns: ['id'] },
      unique: t.uniques.map((u) => ({ name: u.name, columns: [...u.columns] })),
      foreign_keys: t.fks.map((f) => ({
        name: f.name,
        columns: [f.column],
        referent_table: f.ref,
        referent_columns: ['id'],
        ...(f.ondelete ? { ondelete: f.ondelete } : {}),
      })),
      checks: t.checks.map((c) => ({ name: c.name, condition: c.condition })),
      indexes: t.indexes.map((x) => ({ name: x.name, columns: [...x.columns], unique: x.unique })),
    };
  }

  private referenced(t: GTable): boolean {
    return this.tables.some((o) => o !== t && o.fks.some((f) => f.ref === t.name));
  }

  private inIndex(t: GTable, col: string): boolean {
    return t.indexes.some((x) => x.columns.includes(col)) || t.uniques.some((u) => u.columns.includes(col));
  }

  private indexable(c: GCol): boolean {
    return c.type !== 'text' && !c.fk && c.name !== 'id';
  }

  /** Types that can hold a fresh distinct value for every row (unique keys stay satisfiable). */
  private uniqueable(c: GCol): boolean {
    return this.indexable(c) && (c.type === 'integer' || c.type === 'bigint' || this.lengthOf(c.type) !== null);
  }

  private uniqueColumns(t: GTable): Set<string> {
    return new Set([...t.uniques.flatMap((u) => u.columns), ...t.indexes.filter((x) => x.unique).flatMap((x) => x.columns)]);
  }

  private freshValue(c: GCol, id: number): Literal {
    return this.lengthOf(c.type) !== null ? `u${id.toString(36)}` : 100000 + id;
  }

  private distinct(t: GTable, columns: string[]): boolean {
    const keys = t.rows
      .map((r) => columns.map((n) => r[n] ?? null))
      .filter((k) => k.every((v) => v !== null))
      .map((k) => JSON.stringify(k));
    return new Set(keys).size === keys.length;
  }

  private dropFkOps(t: GTable, fk: string): OpDoc[] {
    return [
      { op: 'drop_constraint', name: fk, table: t.name, type: 'foreignkey' },
      // MySQL keeps the index it made for the key; the model knows it under the key's name.
      { op: 'drop_index', name: fk, table: t.name, dialects: ['mysql'] },
    ];
  }

  // -------------------------------------------------------------------------------- actions

  private createTable(): [OpDoc[], OpDoc[]] {
    const t: GTable = {
      name: this.name('t'),
      cols: [{ name: 'id', type: 'integer', nullable: false, plain: false }],
      pk: '',
      uniques: [],
      fks: [],
      checks: [],
      indexes: [],
      rows: [],
      nextId: 1,
    };
    t.pk = `pk_${t.name}`;
    for (let i = 1 + this.int(3); i > 0; i--) t.cols.push(this.randomColumn());
    if (this.tables.length && this.chance(0.5)) {
      const ref = this.pick(this.tables);
      const c: GCol = { name: this.name('fkc'), type: 'integer', nullable: true, plain: false, fk: this.name('fk_') };
      t.cols.push(c);
      t.fks.push({ name: c.fk!, column: c.name, ref: ref.name });
    }
    const idxCol = t.cols.find((c) => c.name !== 'id' && this.indexable(c));
    if (idxCol && this.chance(0.5)) {
      idxCol.plain = false;
      t.indexes.push({ name: this.name('ix_'), columns: [idxCol.name], unique: this.uniqueable(idxCol) && this.chance(0.3) });
    }
    const intCol = t.cols.find((c) => (c.type === 'integer' || c.type === 'bigint') && c.name !== 'id' && !c.fk);
    if (intCol && this.chance(0.5)) {
      intCol.plain = false;
      intCol.checked = true;
      t.checks.push({ name: this.name('ck_'), condition: `${intCol.name} >= 0`, column: intCol.name });
    }
    this.tables.push(t);
    return [[this.tableDoc(t)], [{ op: 'drop_table', table: t.name }]];
  }

  private dropTable(t: GTable): [OpDoc[], OpDoc[]] {
    const restore = this.tableDoc(t);
    this.tables.splice(this.tables.indexOf(t), 1);
    return [[{ op: 'drop_table', table: t.name }], [restore]];
  }

  private renameTable(t: GTable): [OpDoc[], OpDoc[]] {
    const old = t.name;
    const now = this.name(`${old.replace(/_r\d+$/, '')}_r`);
    for (const o of this.tables) for (const f of o.fks) if (f.ref === old) f.ref = now;
    t.name = now;
    return [[{ op: 'rename_table', table: old, new_name: now }], [{ op: 'rename_table', table: now, new_name: old }]];
  }

  private addColumn(t: GTable): [OpDoc[], OpDoc[]] {
    if (this.tables.length > 1 && this.chance(0.25)) {
      const ref = this.pick(this.tables.filter((o) => o !== t));
      const c: GCol = { name: this.name('fkc'), type: 'integer', nullable: true, plain: false, fk: this.name('fk_') };
      t.cols.push(c);
      t.fks.push({ name: c.fk!, column: c.name, ref: ref.name });
      for (const r of t.rows) r[c.name] = null;
      const up = { op: 'add_column', table: t.name, column: { ...this.colDoc(c), foreign_key: { name: c.fk, table: ref.name, column: 'id' } } };
      return [[up], [...this.dropFkOps(t, c.fk!), { op: 'drop_column', table: t.name, column: c.name }]];
    }
    const c = this.randomColumn();
    if (!c.nullable && c.default === undefined) c.nullable = true;
    t.cols.push(c);
    for (const r of t.rows) r[c.name] = c.default ?? null;
    return [[{ op: 'add_column', table: t.name, column: this.colDoc(c) }], [{ op: 'drop_column', table: t.name, column: c.name }]];
  }

  private dropColumn(t: GTable, c: GCol): [OpDoc[], OpDoc[]] {
    t.cols.splice(t.cols.indexOf(c), 1);
    for (const r of t.rows) delete r[c.name];
    return [[{ op: 'drop_column', table: t.name, column: c.name }], [{ op: 'add_column', table: t.name, column: this.colDoc(c) }]];
  }

  /** One alter_column changing one to three things of a column, and the alter that undoes it. */
  private alterColumn(t: GTable, c: GCol): [OpDoc[], OpDoc[]] | null {
    const up: OpDoc = { op: 'alter_column', table: t.name, column: c.name };
    const down: OpDoc = { op: 'alter_column', table: t.name, column: c.name };
    const old = { ...c };
    const changes = ['type', 'nullable', 'default', 'rename'].filter(() => this.chance(0.45));
    if (changes.length === 0) changes.push(this.pick(['type', 'nullable', 'default', 'rename']));
    const values = this.values(t, c.name);
    let changed = false;
    for (const what of changes) {
      if (what === 'type' && !c.fk && !c.checked) {
        const next = this.otherType(t, c);
        if (next) {
          up.type = next;
          down.type = c.type;
          c.type = next;
          changed = true;
        }
      } else if (what === 'nullable') {
        if (c.nullable && (values.some((v) => v === null) || c.default === undefined)) continue;
        up.nullable = !c.nullable;
        down.nullable = c.nullable;
        c.nullable = !c.nullable;
        changed = true;
      } else if (what === 'default' && c.type !== 'text' && !c.fk) {
        if (c.default !== undefined && c.nullable && this.chance(0.5)) {
          up.server_default = null;
          down.server_default = c.default;
          delete c.default;
        } else {
          const d = this.value(c);
          const nd = typeof d === 'string' && this.lengthOf(c.type) !== null ? [...d].slice(0, 6).join('') : d;
          up.server_default = nd;
          down.server_default = c.default ?? null;
          c.default = nd;
        }
        changed = true;
      } else if (what === 'rename' && c.name !== 'id' && !c.checked) {
        const now = this.name(`${c.name.replace(/_r\d+$/, '')}_r`);
        up.new_column_name = now;
        down.column = now;
        down.new_column_name = c.name;
        for (const r of t.rows) {
          r[now] = r[c.name] ?? null;
          delete r[c.name];
        }
        for (const x of [...t.indexes, ...t.uniques]) x.columns = x.columns.map((n) => (n === c.name ? now : n));
        for (const f of t.fks) if (f.column === c.name) f.column = now;
        c.name = now;
        changed = true;
      }
    }
    if (!changed) {
      Object.assign(c, old);
      return null;
    }
    c.plain = false;
    return [[up], [down]];
  }

  /** A type the column can change to with the rows in place (and back, for the downgrade). */
  private otherType(t: GTable, c: GCol): TypeDoc | null {
    const ty = c.type;
    const inIdx = this.inIndex(t, c.name);
    if (typeof ty !== 'string') {
      const used = new Set([...this.values(t, c.name), c.default].filter((v) => typeof v === 'string'));
      const extra = ['cyan', 'magenta', 'yellow'].find((v) => !ty.enum.includes(v));
      const removable = ty.enum.filter((v) => !used.has(v));
      if (removable.length && ty.enum.length > 1 && this.chance(0.4)) {
        const drop = this.pick(removable);
        return { enum: ty.enum.filter((v) => v !== drop), name: ty.name };
      }
      return extra ? { enum: [...ty.enum, extra], name: ty.name } : null;
    }
    const len = this.lengthOf(ty);
    if (len !== null) {
      if (!inIdx && this.chance(0.25)) return 'text';
      const min = Math.max(this.maxLength(t, c), 6);
      const choices = [len * 2, len + 5, ...(min < len ? [min, Math.max(min, len - 3)] : [])].filter((n) => n !== len && n <= 200);
      return choices.length ? `string(${this.pick(choices)})` : null;
    }
    if (ty === 'text' && !inIdx) return `string(${Math.max(this.maxLength(t, c), 12)})`;
    if (ty === 'integer') return 'bigint';
    if (ty === 'bigint') return 'integer';
    return null;
  }

  private createIndex(t: GTable): [OpDoc[], OpDoc[]] | null {
    const cols = t.cols.filter((c) => this.indexable(c));
    if (!cols.length) return null;
    const chosen = cols.filter(() => this.chance(0.5)).slice(0, 2);
    if (!chosen.length) chosen.push(this.pick(cols));
    const columns = chosen.map((c) => c.name);
    const unique = chosen.every((c) => this.uniqueable(c)) && this.distinct(t, columns) && this.chance(0.4);
    for (const c of chosen) c.plain = false;
    const name = this.name('ix_');
    t.indexes.push({ name, columns, unique });
    return [[{ op: 'create_index', name, table: t.name, columns, unique }], [{ op: 'drop_index', name, table: t.name }]];
  }

  private dropIndex(t: GTable): [OpDoc[], OpDoc[]] | null {
    if (!t.indexes.length) return null;
    const x = this.pick(t.indexes);
    t.indexes.splice(t.indexes.indexOf(x), 1);
    return [
      [{ op: 'drop_index', name: x.name, table: t.name }],
      [{ op: 'create_index', name: x.name, table: t.name, columns: [...x.columns], unique: x.unique }],
    ];
  }

  private createUnique(t: GTable): [OpDoc[], OpDoc[]] | null {
    // Not twice on the same column: SQLite keeps one of two identical UNIQUE constraints.
    const cols = t.cols.filter(
      (c) => this.uniqueable(c) && this.distinct(t, [c.name]) && !t.uniques.some((u) => u.columns.length === 1 && u.columns[0] === c.name),
    );
    if (!cols.length) return null;
    const c = this.pick(cols);
    c.plain = false;
    const name = this.name('uq_');
    t.uniques.push({ name, columns: [c.name] });
    return [[{ op: 'create_unique_constraint', name, table: t.name, columns: [c.name] }], [{ op: 'drop_constraint', name, table: t.name, type: 'unique' }]];
  }

  private dropUnique(t: GTable): [OpDoc[], OpDoc[]] | null {
    if (!t.uniques.length) return null;
    const u = this.pick(t.uniques);
    t.uniques.splice(t.uniques.indexOf(u), 1);
    return [
      [{ op: 'drop_constraint', name: u.name, table: t.name, type: 'unique' }],
      [{ op: 'create_unique_constraint', name: u.name, table: t.name, columns: [...u.columns] }],
    ];
  }

  private createForeignKey(t: GTable): [OpDoc[], OpDoc[]] | null {
    const up: OpDoc[] = [];
    const down: OpDoc[] = [];
    let col = t.cols.find(
      (c) =>
        c.type === 'integer' &&
        c.name !== 'id' &&
        !c.fk &&
        !c.checked &&
        !this.inIndex(t, c.name) &&
        this.values(t, c.name).every((v) => v === null) &&
        c.default === undefined &&
        c.nullable,
    );
    if (!col) {
      // A fresh nullable column to hold the key.
      col = { name: this.name('fkc'), type: 'integer', nullable: true, plain: false };
      t.cols.push(col);
      for (const r of t.rows) r[col.name] = null;
      up.push({ op: 'add_column', table: t.name, column: this.colDoc(col) });
      down.push({ op: 'drop_column', table: t.name, column: col.name });
    }
    const ref = this.pick(this.tables);
    col.fk = this.name('fk_');
    col.plain = false;
    const ondelete = this.pick(['CASCADE', 'SET NULL', 'NO ACTION']);
    t.fks.push({ name: col.fk, column: col.name, ref: ref.name, ondelete });
    up.push({ op: 'create_foreign_key', name: col.fk, table: t.name, columns: [col.name], referent_table: ref.name, referent_columns: ['id'], ondelete });
    return [up, [...this.dropFkOps(t, col.fk), ...down]];
  }

  private dropForeignKey(t: GTable): [OpDoc[], OpDoc[]] | null {
    if (!t.fks.length) return null;
    const f = this.pick(t.fks);
    t.fks.splice(t.fks.indexOf(f), 1);
    const col = t.cols.find((c) => c.name === f.column)!;
    delete col.fk;
    const restore = {
      op: 'create_foreign_key',
      name: f.name,
      table: t.name,
      columns: [f.column],
      referent_table: f.ref,
      referent_columns: ['id'],
      ...(f.ondelete ? { ondelete: f.ondelete } : {}),
    };
    return [this.dropFkOps(t, f.name), [restore]];
  }

  private createCheck(t: GTable): [OpDoc[], OpDoc[]] | null {
    const col = t.cols.find((c) => (c.type === 'integer' || c.type === 'bigint') && c.name !== 'id' && !c.fk && !c.checked);
    if (!col) return null;
    col.checked = true;
    col.plain = false;
    const name = this.name('ck_');
    const condition = `${col.name} >= 0`;
    t.checks.push({ name, condition, column: col.name });
    return [[{ op: 'create_check_constraint', name, table: t.name, condition }], [{ op: 'drop_constraint', name, table: t.name, type: 'check' }]];
  }

  private dropCheck(t: GTable): [OpDoc[], OpDoc[]] | null {
    if (!t.checks.length) return null;
    const k = this.pick(t.checks);
    t.checks.splice(t.checks.indexOf(k), 1);
    // The column stays `checked`: never retyped or renamed, so the restored condition still fits.
    return [
      [{ op: 'drop_constraint', name: k.name, table: t.name, type: 'check' }],
      [{ op: 'create_check_constraint', name: k.name, table: t.name, condition: k.condition }],
    ];
  }

  private bulkInsert(t: GTable): [OpDoc[], OpDoc[]] {
    const rows: Record<string, Literal>[] = [];
    const ids: number[] = [];
    for (let i = 1 + this.int(3); i > 0; i--) {
      const id = t.nextId++;
      const row: Record<string, Literal> = { id };
      ids.push(id);
      const uniq = this.uniqueColumns(t);
      for (const c of t.cols) {
        if (c.name === 'id') continue;
        if (uniq.has(c.name)) {
          row[c.name] = this.freshValue(c, id);
          continue;
        }
        if (c.fk) {
          if (this.chance(0.5)) row[c.name] = null;
          continue;
        }
        if (!c.nullable && c.default !== undefined && this.chance(0.4)) continue;
        if (c.nullable && this.chance(0.2)) row[c.name] = null;
        else if (this.chance(0.8)) row[c.name] = this.value(c);
      }
      rows.push(row);
      const stored: Record<string, Literal> = {};
      for (const c of t.cols) stored[c.name] = c.name in row ? row[c.name]! : (c.default ?? null);
      t.rows.push(stored);
    }
    return [[{ op: 'bulk_insert', table: t.name, rows }], [{ op: 'execute', sql: `DELETE FROM ${t.name} WHERE id IN (${ids.join(', ')})` }]];
  }

  // -------------------------------------------------------------------------------- driver

  private action(): [OpDoc[], OpDoc[]] | null {
    if (this.tables.length === 0) return this.createTable();
    const t = this.pick(this.tables);
    const k = this.int(20);
    switch (k) {
      case 0:
        return this.tables.length < 5 ? this.createTable() : this.bulkInsert(t);
      case 1:
        return this.referenced(t) ? null : this.dropTable(t);
      case 2:
        return this.renameTable(t);
      case 3:
      case 4:
        return this.addColumn(t);
      case 5: {
        const c = t.cols.filter((x) => x.plain && x.name !== 'id');
        return c.length && t.cols.length > 2 ? this.dropColumn(t, this.pick(c)) : null;
      }
      case 6:
      case 7: {
        const c = t.cols.filter((x) => x.name !== 'id' && !x.fk);
        return c.length ? this.alterColumn(t, this.pick(c)) : null;
      }
      case 8:
        return this.createIndex(t);
      case 9:
        return this.dropIndex(t);
      case 10:
        return this.createUnique(t);
      case 11:
        return this.dropUnique(t);
      case 12:
        return this.createForeignKey(t);
      case 13:
        return this.dropForeignKey(t);
      case 14:
        return this.createCheck(t);
      case 15:
        return this.dropCheck(t);
      default:
        return this.bulkInsert(t);
    }
  }

  /** `count` revisions, each of one to four actions. */
  revisions(count: number, prefix = 'g'): GenRevision[] {
    const out: GenRevision[] = [];
    for (let i = 0; i < count; i++) {
      const up: OpDoc[] = [];
      const downs: OpDoc[][] = [];
      for (let a = 1 + this.int(4); a > 0; ) {
        const r = this.action();
        if (!r) continue;
        up.push(...r[0]);
        downs.push(r[1]);
        a--;
      }
      out.push({ id: `${prefix}${String(i + 1).padStart(2, '0')}`, upgrade: up, downgrade: downs.reverse().flat() });
    }
    return out;
  }
}
