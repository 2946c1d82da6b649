import type { FkAction } from '../core/ops.js';
import type { SourceRef } from '../core/source.js';
import type { ColumnType, Default } from '../core/types.js';

/**
 * The in-memory schema model, replayed op by op from the revisions for one dialect.
 * Constraint names are the names the engine holds: names the source gave, or the
 * engine's own implicit names (computed by model/constraint-names.ts), so later ops
 * (drop_constraint) and catalog comparisons use what the database really has.
 */
export interface Column {
  name: string;
  type: ColumnType;
  nullable: boolean;
  default: Default | null;
  autoincrement: boolean;
  origin: SourceRef;
}

interface Named {
  name: string;
  /** True when the revision named it; false when the name is the engine's implicit one. */
  explicit: boolean;
  origin: SourceRef;
}

export interface PrimaryKey extends Named {
  columns: string[];
}
export interface Unique extends Named {
  columns: string[];
}
export interface ForeignKey extends Named {
  columns: string[];
  refTable: string;
  refColumns: string[];
  ondelete?: FkAction;
  onupdate?: FkAction;
}
export interface Check extends Named {
  condition: string;
}
export interface Index extends Named {
  columns: string[];
  unique: boolean;
  /** MySQL: an index the engine creates by itself to support a foreign key. */
  implicitFor?: string;
}

export interface Table {
  name: string;
  columns: Column[];
  primaryKey: PrimaryKey | null;
  uniques: Unique[];
  foreignKeys: ForeignKey[];
  checks: Check[];
  indexes: Index[];
  /** Declared in versions/external.jsonc: exists before base, never created by an upgrade. */
  external: boolean;
  origin: SourceRef;
}

export interface EnumType {
  name: string;
  values: string[];
  origin: SourceRef;
}

export interface Schema {
  tables: Map<string, Table>;
  /** Named enum types (PostgreSQL CREATE TYPE); other dialects keep enums inline. */
  enums: Map<string, EnumType>;
}

export function emptySchema(): Schema {
  return { tables: new Map(), enums: new Map() };
}

export function cloneTable(t: Table): Table {
  return {
    ...t,
    columns: t.columns.map((c) => ({ ...c })),
    primaryKey: t.primaryKey ? { ...t.primaryKey, columns: [...t.primaryKey.columns] } : null,
    uniques: t.uniques.map((u) => ({ ...u, columns: [...u.columns] })),
    foreignKeys: t.foreignKeys.map((f) => ({ ...f, columns: [...f.columns], refColumns: [...f.refColumns] })),
    checks: t.checks.map((c) => ({ ...c })),
    indexes: t.indexes.map((i) => ({ ...i, columns: [...i.columns] })),
  };
}

export function cloneSchema(s: Schema): Schema {
  return {
    tables: new Map([...s.tables].map(([k, t]) => [k, cloneTable(t)])),
    enums: new Map([...s.enums].map(([k, e]) => [k, { ...e, values: [...e.values] }])),
  };
}

export function findColumn(t: Table, name: string): Column | undefined {
  return t.columns.find((c) => c.name === name);
}
