import type { FkAction } from '../core/ops.js';
import type { ColumnType, Default } from '../core/types.js';

/**
 * A schema as declared outside the history: parsed from a target DDL file or
 * read from a live database's catalog. Names the source leaves out are
 * undefined (the engine would choose them); enum types from inline
 * `ENUM(...)` have an empty name.
 */
export interface DeclColumn {
  name: string;
  type: ColumnType;
  nullable: boolean;
  default: Default | null;
  autoincrement: boolean;
}

export interface DeclKey {
  name?: string;
  columns: string[];
}
export interface DeclForeignKey {
  name?: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  ondelete?: FkAction;
  onupdate?: FkAction;
}
export interface DeclIndex {
  name: string;
  columns: string[];
  unique: boolean;
}
export interface DeclCheck {
  name?: string;
  text: string;
}

export interface DeclTable {
  name: string;
  columns: DeclColumn[];
  primaryKey: DeclKey | null;
  uniques: DeclKey[];
  foreignKeys: DeclForeignKey[];
  indexes: DeclIndex[];
  /** CHECK constraints other than the enum stand-ins; listed, not compared. */
  checks: DeclCheck[];
  /** 1-based line of the CREATE TABLE in the source, when parsed from text. */
  line?: number;
}

export interface DeclSchema {
  tables: Map<string, DeclTable>;
}

export function emptyDeclTable(name: string): DeclTable {
  return { name, columns: [], primaryKey: null, uniques: [], foreignKeys: [], indexes: [], checks: [] };
}

/** FK actions as the model keeps them: NO ACTION and RESTRICT are the default, so absent. */
export function fkAction(text: string | undefined | null): FkAction | undefined {
  if (!text) return undefined;
  const t = text.trim().toUpperCase().replace(/\s+/g, ' ');
  const norm = t === 'SETNULL' ? 'SET NULL' : t === 'SETDEFAULT' ? 'SET DEFAULT' : t === 'NOACTION' ? 'NO ACTION' : t;
  if (norm === 'CASCADE' || norm === 'SET NULL' || norm === 'SET DEFAULT') return norm;
  return undefined;
}
