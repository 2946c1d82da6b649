import { appliesTo, type Dialect } from '../core/dialect.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { didYouMean } from '../core/diagnostics.js';
import type { ColumnDef, CreateTableOp, Op, Revision } from '../core/ops.js';
import { child, type SourceRef } from '../core/source.js';
import { sameType, type ColumnType } from '../core/types.js';
import { caps } from '../dialects/registry.js';
import { foreignKeyName, hasLeadingIndex, mysqlFkIndexName, primaryKeyName, uniqueName } from './constraint-names.js';
import { cloneTable, emptySchema, findColumn, type Column, type EnumType, type ForeignKey, type Index, type Schema, type Table } from './schema.js';

/**
 * What one applied op changed, with every fact a back end needs: the table
 * before (a copy; null while replaying revisions that nobody lowers, see
 * applyRevision) and after (live: valid until the next apply), the constraint
 * or index it resolved (with the engine's implicit name), enum types that come
 * into or out of existence, and MySQL's implicit foreign-key index.
 */
export interface Change {
  op: Op;
  rev: Revision;
  direction: 'up' | 'down';
  before: Table | null;
  after: Table | null;
  /** Constraint created or dropped by this op (names resolved). */
  constraint?: { kind: 'primary' | 'unique' | 'foreignkey' | 'check'; name: string; def: unknown };
  /** MySQL: the index the engine needs before a foreign key can be added. */
  fkIndexes: Index[];
  /** The index a create_index or drop_index creates or drops. */
  index?: Index;
  createEnums: EnumType[];
  dropEnums: EnumType[];
  /** PostgreSQL: an existing enum type whose values change (alter_column to a new value list). */
  enumChange?: { name: string; from: string[]; to: string[]; column: string };
}

/** Replays ops for one dialect onto a schema model, checking each one. */
export class Replayer {
  readonly schema: Schema = emptySchema();
  readonly diagnostics: Diagnostic[] = [];
  /** Copy each changed table's before state (only a listener reads it; replaying the applied part of a long history skips it). */
  private keepBefore = true;
  /**
   * PostgreSQL and SQLite: which table holds each index name (index names are schema-wide there), so
   * checking a new name does not scan every table. Every index added to a table of the schema is noted
   * here (noteIndexes); entries whose table or index is gone are ignored when read (indexHolder).
   */
  private readonly indexOwner = new Map<string, Table>();
  /**
   * Tables whose foreign keys may reference each table name, so the checks and renames that concern a
   * table's referrers do not scan every table. Every foreign key added to a table of the schema is
   * noted (noteReferences); tables that left the schema or dropped the key are skipped when read (referrers).
   */
  private readonly referrerIndex = new Map<string, Set<Table>>();

  constructor(
    readonly dialect: Dialect,
    external: readonly CreateTableOp[] = [],
  ) {
    for (const t of external) {
      const table = this.buildTable(t, null);
      if (table) {
        table.external = true;
        this.schema.tables.set(table.name, table);
        this.noteIndexes(table, table.indexes);
        this.noteReferences(table, table.foreignKeys);
        for (const c of table.columns) this.registerEnum(c.type, c.origin, []);
      }
    }
  }

  /**
   * Applies every op of one revision step, passing each change to `onChange` (ops for other
   * dialects are skipped). `before` is a copy of the table unless `needsBefore` says the
   * listener does not read it for that op.
   */
  applyRevision(rev: Revision, direction: 'up' | 'down', onChange?: (c: Change) => void, needsBefore?: (op: Op) => boolean): boolean {
    const ops = direction === 'up' ? rev.upgrade : (rev.downgrade ?? []);
    const before = this.diagnostics.length;
    this.keepBefore = onChange !== undefined;
    try {
      for (const op of ops) {
        if (!appliesTo(op.dialects, this.dialect)) continue;
        // The listener says which changes it reads `before` of; the others skip the copy.
        if (onChange && needsBefore) this.keepBefore = needsBefore(op);
        const change = this.apply(op, rev, direction);
        if (!change) return false;
        onChange?.(change);
      }
    } finally {
      this.keepBefore = true;
    }
    return this.diagnostics.length === before;
  }

  private fail(
    op: Op,
    rev: Revision,
    code: string,
    message: string,
    at: SourceRef = op.src,
    hint?: string,
    related?: { message: string; at: SourceRef }[],
  ): null {
    this.diagnostics.push({
      code,
      severity: 'error',
      message: `${rev.id}: ${op.op}: ${message}`,
      at,
      ...(hint ? { hint } : {}),
      ...(related?.length ? { related } : {}),
    });
    return null;
  }

  private checkLength(op: Op, rev: Revision, name: string, at: SourceRef): boolean {
    const max = caps(this.dialect).maxIdentifier;
    if (name.length > max) {
      this.fail(op, rev, 'MD008', `identifier "${name}" is ${name.length} characters; ${this.dialect} allows at most ${max}`, at, 'choose a shorter name');
      return false;
    }
    return true;
  }

  private table(op: Op, rev: Revision, name: string, at: SourceRef = op.src): Table | null {
    const t = this.schema.tables.get(name);
    if (t) return t;
    const near = didYouMean(name, this.schema.tables.keys());
    return this.fail(
      op,
      rev,
      'MD002',
      `table "${name}" does not exist at this point of the history`,
      at,
      near ? `did you mean "${near}"?` : 'check the revision order: is the table created by a revision that is not an ancestor of this one?',
    );
  }

  private column(op: Op, rev: Revision, t: Table, name: string, at: SourceRef = op.src): Column | null {
    const c = findColumn(t, name);
    if (c) return c;
    const near = didYouMean(
      name,
      t.columns.map((x) => x.name),
    );
    return this.fail(
      op,
      rev,
      'MD004',
      `column "${t.name}.${name}" does not exist`,
      at,
      near ? `did you mean "${near}"?` : `columns of ${t.name}: ${t.columns.map((x) => x.name).join(', ')}`,
      [{ message: `table ${t.name} defined here`, at: t.origin }],
    );
  }

  private usersOfEnum(name: string): number {
    let n = 0;
    for (const t of this.schema.tables.values()) for (const c of t.columns) if (c.type.kind === 'enum' && c.type.name === name) n++;
    return n;
  }

  /** PostgreSQL named enum types: create on first use, check that reuses agree. */
  private registerEnum(type: ColumnType, at: SourceRef, created: EnumType[]): string | null {
    if (type.kind !== 'enum' || caps(this.dialect).enumStyle !== 'named-type') return null;
    const e = this.schema.enums.get(type.name);
    if (!e) {
      const ne = { name: type.name, values: [...type.values], origin: at };
      this.schema.enums.set(type.name, ne);
      created.push(ne);
      return null;
    }
    if (e.values.join('\u0000') !== type.values.join('\u0000')) {
      return `enum type "${type.name}" already exists with values (${e.values.join(', ')})`;
    }
    return null;
  }

  private dropUnusedEnums(types: ColumnType[], dropped: EnumType[]): void {
    if (caps(this.dialect).enumStyle !== 'named-type') return;
    for (const t of types) {
      if (t.kind !== 'enum') continue;
      const e = this.schema.enums.get(t.name);
      if (e && this.usersOfEnum(t.name) === 0 && !dropped.includes(e)) {
        this.schema.enums.delete(t.name);
        dropped.push(e);
      }
    }
  }

  private toColumn(c: ColumnDef): Column {
    return { name: c.name, type: c.type, nullable: c.nullable, default: c.server_default, autoincrement: c.autoincrement, origin: c.src };
  }

  /** Builds a table from create_table (also used for external tables); null after a diagnostic. */
  private buildTable(op: CreateTableOp, rev: Revision | null): Table | null {
    const r = rev ?? ({ id: '(external)' } as Revision);
    const t: Table = {
      name: op.table,
      columns: [],
      primaryKey: null,
      uniques: [],
      foreignKeys: [],
      checks: [],
      indexes: [],
      external: false,
      origin: op.src,
    };
    if (!this.checkLength(op, r, op.table, child(op.src, 'table'))) return null;
    for (const c of op.columns) {
      if (findColumn(t, c.name)) return this.fail(op, r, 'MD003', `column "${c.name}" is declared twice`, c.src);
      if (!this.checkLength(op, r, c.name, c.src)) return null;
      t.columns.push(this.toColumn(c));
    }
    const needCols = (cols: string[], at: SourceRef) => {
      for (const c of cols) if (!this.column(op, r, t, c, at)) return false;
      return true;
    };
    if (op.primary_key) {
      if (!needCols(op.primary_key.columns, child(op.src, 'primary_key'))) return null;
      const name = op.primary_key.name ?? primaryKeyName(this.dialect, t.name);
      t.primaryKey = { name, explicit: !!op.primary_key.name, columns: [...op.primary_key.columns], origin: child(op.src, 'primary_key') };
      for (const c of op.primary_key.columns) findColumn(t, c)!.nullable = false;
    }
    for (const u of op.unique) {
      if (!needCols(u.columns, u.src)) return null;
      const name = u.name ?? uniqueName(this.dialect, t, u.columns);
      if (!this.checkLength(op, r, name, u.src) || !this.freshName(op, r, t, name, u.src)) return null;
      t.uniques.push({ name, explicit: !!u.name, columns: [...u.columns], origin: u.src });
    }
    for (const x of op.indexes) {
      if (!needCols(x.columns, x.src)) return null;
      if (!this.checkLength(op, r, x.name, x.src) || !this.freshIndexName(op, r, x.name, x.src, t)) return null;
      t.indexes.push({ name: x.name, explicit: true, columns: [...x.columns], unique: x.unique, origin: x.src });
    }
    for (const c of op.checks) {
      if (!this.checkLength(op, r, c.name, c.src) || !this.freshName(op, r, t, c.name, c.src)) return null;
      t.checks.push({ name: c.name, explicit: true, condition: c.condition, origin: c.src });
    }
    for (const f of op.foreign_keys) {
      if (!needCols(f.columns, f.src)) return null;
      const fk = this.resolveForeignKey(op, r, t, f.name, f.columns, f.referent_table, f.referent_columns, f.src, f.ondelete, f.onupdate);
      if (!fk) return null;
      t.foreignKeys.push(fk);
      this.addFkIndex(t, fk, !!f.name);
    }
    return t;
  }

  private freshName(op: Op, r: Revision, t: Table, name: string, at: SourceRef): boolean {
    const clash = [t.primaryKey, ...t.uniques, ...t.foreignKeys, ...t.checks].find((x) => x && x.name === name);
    if (clash) {
      this.fail(op, r, 'MD006', `a constraint named "${name}" already exists on ${t.name}`, at, 'choose another name', [
        { message: 'existing constraint', at: clash.origin },
      ]);
      return false;
    }
    return true;
  }

  /** Index names are schema-wide on PostgreSQL and SQLite, per table on MySQL. */
  private freshIndexName(op: Op, r: Revision, name: string, at: SourceRef, self?: Table): boolean {
    const mysql = caps(this.dialect).indexScope === 'table';
    let clash: { t: Table; x: { origin: SourceRef } } | undefined;
    if (mysql) {
      const x = self && (self.indexes.find((i) => i.name === name) ?? self.uniques.find((u) => u.name === name));
      if (x) clash = { t: self!, x };
    } else {
      clash = this.indexHolder(name);
      if (!clash && self && !this.schema.tables.has(self.name)) {
        const x = self.indexes.find((i) => i.name === name);
        if (x) clash = { t: self, x };
      }
    }
    if (clash) {
      this.fail(op, r, 'MD005', `an index named "${name}" already exists on ${clash.t.name}`, at, 'index names must be unique', [
        { message: 'existing index', at: clash.x.origin },
      ]);
      return false;
    }
    return true;
  }

  private noteIndexes(t: Table, indexes: readonly Index[]): void {
    for (const x of indexes) this.indexOwner.set(x.name, t);
  }

  /** The table of the schema that holds index `name`, if any (PostgreSQL, SQLite). */
  private indexHolder(name: string): { t: Table; x: Index } | undefined {
    const t = this.indexOwner.get(name);
    if (!t || this.schema.tables.get(t.name) !== t) return undefined;
    const x = t.indexes.find((i) => i.name === name);
    return x ? { t, x } : undefined;
  }

  /** The table as it is before the op changes it, for the listener; null when nobody listens. */
  private snapshot(t: Table): Table | null {
    return this.keepBefore ? cloneTable(t) : null;
  }

  private resolveForeignKey(
    op: Op,
    r: Revision,
    t: Table,
    name: string | undefined,
    cols: string[],
    refTable: string,
    refCols: string[],
    at: SourceRef,
    ondelete?: ForeignKey['ondelete'],
    onupdate?: ForeignKey['onupdate'],
  ): ForeignKey | null {
    const target = refTable === t.name ? t : this.table(op, r, refTable, at);
    if (!target) return null;
    for (const c of refCols) if (!this.column(op, r, target, c, at)) return null;
    const keyed =
      (target.primaryKey && sameCols(target.primaryKey.columns, refCols)) ||
      target.uniques.some((u) => sameCols(u.columns, refCols)) ||
      target.indexes.some((i) => i.unique && sameCols(i.columns, refCols));
    if (!keyed) {
      return this.fail(
        op,
        r,
        'MD007',
        `foreign key target ${refTable}(${refCols.join(', ')}) is not a primary key or unique key`,
        at,
        'reference the primary key, or add a unique constraint on the referenced columns first',
        [{ message: `table ${refTable} defined here`, at: target.origin }],
      );
    }
    const fkName = name ?? foreignKeyName(this.dialect, t, cols);
    if (!this.checkLength(op, r, fkName, at) || !this.freshName(op, r, t, fkName, at)) return null;
    return {
      name: fkName,
      explicit: !!name,
      columns: [...cols],
      refTable,
      refColumns: [...refCols],
      origin: at,
      ...(ondelete ? { ondelete } : {}),
      ...(onupdate ? { onupdate } : {}),
    };
  }

  /** MySQL creates an index for a foreign key that no index supports; the model records it. */
  private addFkIndex(t: Table, fk: ForeignKey, explicit: boolean): Index | null {
    if (!caps(this.dialect).implicitFkIndexes || hasLeadingIndex(t, fk.columns)) return null;
    const ix: Index = {
      name: mysqlFkIndexName(t, fk.name, explicit, fk.columns),
      explicit: false,
      columns: [...fk.columns],
      unique: false,
      implicitFor: fk.name,
      origin: fk.origin,
    };
    t.indexes.push(ix);
    return ix;
  }

  private noteReferences(t: Table, fks: readonly ForeignKey[]): void {
    for (const fk of fks) {
      let set = this.referrerIndex.get(fk.refTable);
      if (!set) this.referrerIndex.set(fk.refTable, (set = new Set()));
      set.add(t);
    }
  }

  /** Tables of the schema (the table itself included) with a foreign key to `name`. */
  private referrers(name: string): Table[] {
    const out: Table[] = [];
    for (const o of this.referrerIndex.get(name) ?? []) {
      if (this.schema.tables.get(o.name) === o && o.foreignKeys.some((fk) => fk.refTable === name)) out.push(o);
    }
    return out;
  }

  private referencedBy(name: string, col?: string): { t: Table; fk: ForeignKey } | undefined {
    let found: { t: Table; fk: ForeignKey } | undefined;
    let count = 0;
    for (const t of this.referrers(name)) {
      if (t.name === name) continue;
      const fk = t.foreignKeys.find((f) => f.refTable === name && (col === undefined || f.refColumns.includes(col)));
      if (fk) {
        found = { t, fk };
        count++;
      }
    }
    // Several tables reference it (an error follows): report the first in schema order, found by the walk below.
    if (count <= 1) return found;
    for (const t of this.schema.tables.values()) {
      if (t.name === name) continue;
      for (const fk of t.foreignKeys) if (fk.refTable === name && (col === undefined || fk.refColumns.includes(col))) return { t, fk };
    }
    return undefined;
  }

  /** Applies one op. Returns the change, or null after recording a diagnostic. */
  apply(op: Op, rev: Revision, direction: 'up' | 'down' = 'up'): Change | null {
    const change: Change = { op, rev, direction, before: null, after: null, fkIndexes: [], createEnums: [], dropEnums: [] };
    const s = this.schema;
    switch (op.op) {
      case 'create_table': {
        if (s.tables.has(op.table)) {
          const existing = s.tables.get(op.table)!;
          return this.fail(op, rev, 'MD001', `table "${op.table}" already exists`, child(op.src, 'table'), 'drop or rename it first, or choose another name', [
            { message: existing.external ? 'declared as an external table' : 'created here', at: existing.origin },
          ]);
        }
        const t = this.buildTable(op, rev);
        if (!t) return null;
        for (const c of op.columns) {
          const err = this.registerEnum(c.type, c.src, change.createEnums);
          if (err) return this.fail(op, rev, 'MD011', err, child(c.src, 'type'), 'use the same values, or another enum name');
        }
        for (const x of t.indexes) if (!this.freshIndexName(op, rev, x.name, x.origin)) return null;
        s.tables.set(t.name, t);
        this.noteIndexes(t, t.indexes);
        this.noteReferences(t, t.foreignKeys);
        change.after = t;
        change.fkIndexes = t.indexes.filter((i) => i.implicitFor);
        return change;
      }
      case 'drop_table': {
        const t = this.table(op, rev, op.table);
        if (!t) return null;
        const ref = this.referencedBy(t.name);
        if (ref) {
          return this.fail(
            op,
            rev,
            'MD009',
            `table "${t.name}" is still referenced by foreign key ${ref.fk.name} on ${ref.t.name}`,
            op.src,
            `drop ${ref.t.name} or its foreign key first`,
            [{ message: 'foreign key defined here', at: ref.fk.origin }],
          );
        }
        change.before = this.snapshot(t);
        s.tables.delete(t.name);
        this.dropUnusedEnums(
          t.columns.map((c) => c.type),
          change.dropEnums,
        );
        return change;
      }
      case 'rename_table': {
        const t = this.table(op, rev, op.table);
        if (!t) return null;
        if (s.tables.has(op.new_name)) return this.fail(op, rev, 'MD001', `table "${op.new_name}" already exists`, child(op.src, 'new_name'));
        if (!this.checkLength(op, rev, op.new_name, child(op.src, 'new_name'))) return null;
        change.before = this.snapshot(t);
        s.tables.delete(t.name);
        t.name = op.new_name;
        s.tables.set(t.name, t);
        if (caps(this.dialect).renameTableRenamesForeignKeys) {
          // MySQL and MariaDB rename the table's foreign keys named <old table>_ibfk_... with it.
          const prefix = `${op.table}_ibfk_`;
          for (const fk of t.foreignKeys) {
            if (!fk.name.startsWith(prefix)) continue;
            const renamed = `${op.new_name}_ibfk_${fk.name.slice(prefix.length)}`;
            for (const ix of t.indexes) if (ix.implicitFor === fk.name) ix.implicitFor = renamed;
            fk.name = renamed;
          }
        }
        for (const o of s.tables.values()) {
          for (const fk of o.foreignKeys) {
            if (fk.refTable !== op.table) continue;
            fk.refTable = op.new_name;
            this.noteReferences(o, [fk]);
          }
        }
        change.after = t;
        return change;
      }
      case 'add_column': {
        const t = this.table(op, rev, op.table);
        if (!t) return null;
        if (findColumn(t, op.column.name)) {
          return this.fail(op, rev, 'MD003', `column "${t.name}.${op.column.name}" already exists`, child(op.src, 'column', 'name'), undefined, [
            { message: 'existing column defined here', at: findColumn(t, op.column.name)!.origin },
          ]);
        }
        if (!this.checkLength(op, rev, op.column.name, op.column.src)) return null;
        const err = this.registerEnum(op.column.type, op.column.src, change.createEnums);
        if (err) return this.fail(op, rev, 'MD011', err, child(op.column.src, 'type'));
        change.before = this.snapshot(t);
        t.columns.push(this.toColumn(op.column));
        const f = op.column.foreign_key;
        if (f) {
          const fk = this.resolveForeignKey(
            op,
            rev,
            t,
            f.name,
            [op.column.name],
            f.table,
            [f.column],
            child(op.column.src, 'foreign_key'),
            f.ondelete,
            f.onupdate,
          );
          if (!fk) {
            t.columns.pop();
            return null;
          }
          t.foreignKeys.push(fk);
          this.noteReferences(t, [fk]);
          const ix = this.addFkIndex(t, fk, !!f.name);
          if (ix) change.fkIndexes.push(ix);
          change.constraint = { kind: 'foreignkey', name: fk.name, def: fk };
        }
        change.after = t;
        return change;
      }
      case 'drop_column': {
        const t = this.table(op, rev, op.table);
        if (!t) return null;
        const c = this.column(op, rev, t, op.column, child(op.src, 'column'));
        if (!c) return null;
        const users = [
          ...(t.primaryKey?.columns.includes(c.name) ? [{ what: `primary key ${t.primaryKey.name}`, at: t.primaryKey.origin }] : []),
          ...t.uniques.filter((u) => u.columns.includes(c.name)).map((u) => ({ what: `unique constraint ${u.name}`, at: u.origin })),
          ...t.foreignKeys.filter((f) => f.columns.includes(c.name)).map((f) => ({ what: `foreign key ${f.name}`, at: f.origin })),
          ...t.indexes.filter((i) => i.columns.includes(c.name)).map((i) => ({ what: `index ${i.name}`, at: i.origin })),
        ];
        const ref = this.referencedBy(t.name, c.name);
        if (ref) users.push({ what: `foreign key ${ref.fk.name} on ${ref.t.name}`, at: ref.fk.origin });
        if (users.length) {
          return this.fail(
            op,
            rev,
            'MD010',
            `column "${t.name}.${c.name}" is still used by ${users.map((u) => u.what).join(', ')}`,
            child(op.src, 'column'),
            'drop those first, in this revision or an earlier one',
            users.map((u) => ({ message: `${u.what} defined here`, at: u.at })),
          );
        }
        change.before = this.snapshot(t);
        t.columns = t.columns.filter((x) => x !== c);
        this.dropUnusedEnums([c.type], change.dropEnums);
        change.after = t;
        return change;
      }
      case 'alter_column': {
        const t = this.table(op, rev, op.table);
        if (!t) return null;
        const c = this.column(op, rev, t, op.column, child(op.src, 'column'));
        if (!c) return null;
        change.before = this.snapshot(t);
        if (op.type && !sameType(op.type, c.type) && caps(this.dialect).fkColumnTypeLocked) {
          // InnoDB refuses (errors 1832/1833, even with foreign_key_checks off) to change the type
          // of a column that a foreign key uses, on either side; MySQL DDL is not transactional.
          const own = t.foreignKeys.find((f) => f.columns.includes(c.name) || (f.refTable === t.name && f.refColumns.includes(c.name)));
          const ref = own ? undefined : this.referencedBy(t.name, c.name);
          const fk = own ?? ref?.fk;
          if (fk) {
            return this.fail(
              op,
              rev,
              'MD014',
              `MySQL cannot change the type of column "${t.name}.${c.name}": foreign key ${fk.name}${ref ? ` on ${ref.t.name}` : ''} uses it`,
              child(op.src, 'type'),
              'drop the foreign key before this op and create it again after (with "dialects": ["mysql"] when the other engines need no such ops)',
              [{ message: 'foreign key defined here', at: fk.origin }],
            );
          }
        }
        if (op.type) {
          if (op.type.kind === 'enum' && c.type.kind === 'enum' && op.type.name === c.type.name && caps(this.dialect).enumStyle === 'named-type') {
            if (!sameType(op.type, c.type)) {
              if (this.usersOfEnum(c.type.name) > 1) {
                return this.fail(
                  op,
                  rev,
                  'MD011',
                  `enum type "${c.type.name}" is used by other columns too; changing its values here would change theirs`,
                  child(op.src, 'type'),
                  'give the column a new enum name',
                );
              }
              change.enumChange = { name: c.type.name, from: [...c.type.values], to: [...op.type.values], column: c.name };
              this.schema.enums.get(c.type.name)!.values = [...op.type.values];
            }
          } else {
            const oldType = c.type;
            c.type = op.type;
            const err = this.registerEnum(op.type, op.src, change.createEnums);
            if (err) return this.fail(op, rev, 'MD011', err, child(op.src, 'type'));
            this.dropUnusedEnums([oldType], change.dropEnums);
          }
          c.type = op.type;
        }
        if (op.nullable !== undefined) {
          if (op.nullable && t.primaryKey?.columns.includes(c.name)) {
            return this.fail(op, rev, 'MD010', `column "${t.name}.${c.name}" is part of the primary key and cannot be nullable`, child(op.src, 'nullable'));
          }
          c.nullable = op.nullable;
        }
        if (op.server_default !== undefined) c.default = op.server_default;
        if (op.new_column_name && op.new_column_name !== c.name) {
          if (findColumn(t, op.new_column_name))
            return this.fail(op, rev, 'MD003', `column "${t.name}.${op.new_column_name}" already exists`, child(op.src, 'new_column_name'));
          if (!this.checkLength(op, rev, op.new_column_name, child(op.src, 'new_column_name'))) return null;
          const old = c.name;
          const rename = (cols: string[]) => cols.map((x) => (x === old ? op.new_column_name! : x));
          c.name = op.new_column_name;
          if (t.primaryKey) t.primaryKey.columns = rename(t.primaryKey.columns);
          for (const u of t.uniques) u.columns = rename(u.columns);
          for (const i of t.indexes) i.columns = rename(i.columns);
          for (const f of t.foreignKeys) f.columns = rename(f.columns);
          for (const o of this.referrers(t.name)) for (const f of o.foreignKeys) if (f.refTable === t.name) f.refColumns = rename(f.refColumns);
        }
        change.after = t;
        return change;
      }
      case 'create_index': {
        const t = this.table(op, rev, op.table);
        if (!t) return null;
        for (const col of op.columns) if (!this.column(op, rev, t, col, child(op.src, 'columns'))) return null;
        if (!this.checkLength(op, rev, op.name, child(op.src, 'name')) || !this.freshIndexName(op, rev, op.name, child(op.src, 'name'), t)) return null;
        change.before = this.snapshot(t);
        const ix: Index = { name: op.name, explicit: true, columns: [...op.columns], unique: op.unique, origin: op.src };
        t.indexes.push(ix);
        this.noteIndexes(t, [ix]);
        change.index = ix;
        change.after = t;
        return change;
      }
      case 'drop_index': {
        const t = this.table(op, rev, op.table);
        if (!t) return null;
        const ix = t.indexes.find((i) => i.name === op.name);
        if (!ix) {
          const near = didYouMean(
            op.name,
            t.indexes.map((i) => i.name),
          );
          return this.fail(
            op,
            rev,
            'MD005',
            `index "${op.name}" does not exist on ${t.name}`,
            child(op.src, 'name'),
            near ? `did you mean "${near}"?` : `indexes of ${t.name}: ${t.indexes.map((i) => i.name).join(', ') || '(none)'}`,
          );
        }
        if (!this.stillSupported(t, (x) => x !== ix)) {
          return this.fail(
            op,
            rev,
            'MD012',
            `index "${op.name}" is needed by a foreign key on ${t.name}`,
            child(op.src, 'name'),
            'drop the foreign key first (MySQL refuses otherwise)',
          );
        }
        change.before = this.snapshot(t);
        change.index = ix;
        t.indexes = t.indexes.filter((i) => i !== ix);
        change.after = t;
        return change;
      }
      case 'create_unique_constraint': {
        const t = this.table(op, rev, op.table);
        if (!t) return null;
        for (const col of op.columns) if (!this.column(op, rev, t, col, child(op.src, 'columns'))) return null;
        const name = op.name ?? uniqueName(this.dialect, t, op.columns);
        if (!this.checkLength(op, rev, name, op.src) || !this.freshName(op, rev, t, name, op.src)) return null;
        if (caps(this.dialect).uniqueIndexIsKey && !this.freshIndexName(op, rev, name, op.src, t)) return null;
        change.before = this.snapshot(t);
        const u = { name, explicit: !!op.name, columns: [...op.columns], origin: op.src };
        t.uniques.push(u);
        change.constraint = { kind: 'unique', name, def: u };
        change.after = t;
        return change;
      }
      case 'create_foreign_key': {
        const t = this.table(op, rev, op.table);
        if (!t) return null;
        for (const col of op.columns) if (!this.column(op, rev, t, col, child(op.src, 'columns'))) return null;
        const fk = this.resolveForeignKey(op, rev, t, op.name, op.columns, op.referent_table, op.referent_columns, op.src, op.ondelete, op.onupdate);
        if (!fk) return null;
        change.before = this.snapshot(t);
        t.foreignKeys.push(fk);
        this.noteReferences(t, [fk]);
        const ix = this.addFkIndex(t, fk, !!op.name);
        if (ix) change.fkIndexes.push(ix);
        change.constraint = { kind: 'foreignkey', name: fk.name, def: fk };
        change.after = t;
        return change;
      }
      case 'create_check_constraint': {
        const t = this.table(op, rev, op.table);
        if (!t) return null;
        if (!this.checkLength(op, rev, op.name, op.src) || !this.freshName(op, rev, t, op.name, op.src)) return null;
        change.before = this.snapshot(t);
        const ck = { name: op.name, explicit: true, condition: op.condition, origin: op.src };
        t.checks.push(ck);
        change.constraint = { kind: 'check', name: op.name, def: ck };
        change.after = t;
        return change;
      }
      case 'drop_constraint': {
        const t = this.table(op, rev, op.table);
        if (!t) return null;
        const pool =
          op.type === 'primary' ? (t.primaryKey ? [t.primaryKey] : []) : op.type === 'unique' ? t.uniques : op.type === 'foreignkey' ? t.foreignKeys : t.checks;
        const found = (pool as { name: string }[]).find((x) => x.name === op.name);
        if (!found) {
          const names = (pool as { name: string }[]).map((x) => x.name);
          const near = didYouMean(op.name, names);
          return this.fail(
            op,
            rev,
            'MD006',
            `no ${op.type} constraint named "${op.name}" on ${t.name} (${this.dialect})`,
            child(op.src, 'name'),
            near
              ? `did you mean "${near}"?`
              : names.length
                ? `${op.type} constraints of ${t.name} on ${this.dialect}: ${names.join(', ')}`
                : `${t.name} has no ${op.type} constraint on ${this.dialect}`,
            [{ message: `table ${t.name} defined here`, at: t.origin }],
          );
        }
        if (op.type === 'unique' && !this.stillSupported(t, (x) => x !== found)) {
          return this.fail(
            op,
            rev,
            'MD012',
            `unique constraint "${op.name}" is the index a foreign key on ${t.name} needs`,
            child(op.src, 'name'),
            'drop the foreign key first (MySQL refuses otherwise)',
          );
        }
        if (op.type === 'primary' || op.type === 'unique') {
          const cols = (found as unknown as { columns: string[] }).columns;
          const ref = [...s.tables.values()]
            .flatMap((o) => o.foreignKeys.map((fk) => ({ o, fk })))
            .find(({ fk }) => fk.refTable === t.name && sameCols(fk.refColumns, cols));
          if (ref) {
            return this.fail(
              op,
              rev,
              'MD009',
              `constraint "${op.name}" is referenced by foreign key ${ref.fk.name} on ${ref.o.name}`,
              child(op.src, 'name'),
              'drop that foreign key first',
            );
          }
        }
        change.before = this.snapshot(t);
        change.constraint = { kind: op.type, name: op.name, def: found };
        if (op.type === 'primary') t.primaryKey = null;
        else if (op.type === 'unique') t.uniques = t.uniques.filter((x) => x !== found);
        else if (op.type === 'foreignkey') t.foreignKeys = t.foreignKeys.filter((x) => x !== found);
        else t.checks = t.checks.filter((x) => x !== found);
        change.after = t;
        return change;
      }
      case 'execute':
        if (!op.per_dialect?.[this.dialect] && !(caps(this.dialect).extends && op.per_dialect?.[caps(this.dialect).extends!]) && op.sql === undefined) {
          return this.fail(
            op,
            rev,
            'DL002',
            `execute has no SQL for ${this.dialect}`,
            child(op.src, 'sql'),
            `add a "${this.dialect}" (or "default") entry, or restrict the op with "dialects"`,
          );
        }
        return change;
      case 'bulk_insert': {
        const t = this.table(op, rev, op.table);
        if (!t) return null;
        for (const [i, row] of op.rows.entries()) {
          // The source path is made only for a column that is missing (a bulk insert may hold many rows).
          for (const col of Object.keys(row)) if (!findColumn(t, col) && !this.column(op, rev, t, col, child(op.src, 'rows', i, col))) return null;
          for (const c of t.columns) {
            if (!c.nullable && c.default === null && !c.autoincrement && !(c.name in row)) {
              return this.fail(op, rev, 'MD013', `row ${i} has no value for NOT NULL column "${t.name}.${c.name}"`, child(op.src, 'rows', i));
            }
          }
        }
        change.after = t;
        return change;
      }
      default: {
        const _exhaustive: never = op;
        throw new Error(`internal: the model cannot apply op ${JSON.stringify((_exhaustive as Op).op)}`);
      }
    }
  }

  /** After removing one index/unique (per `keep`), does every foreign key still have a leading index (MySQL)? */
  private stillSupported(t: Table, keep: (x: unknown) => boolean): boolean {
    if (!caps(this.dialect).implicitFkIndexes) return true;
    const probe: Table = { ...t, uniques: t.uniques.filter(keep), indexes: t.indexes.filter(keep) };
    return t.foreignKeys.every((fk) => hasLeadingIndex(probe, fk.columns));
  }
}

export function sameCols(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
