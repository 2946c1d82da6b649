import type { Dialect } from './dialect.js';
import type { ColumnType, Default, Literal } from './types.js';
import type { SourceRef } from './source.js';

/**
 * The op vocabulary. The same word is the revision-file `op`, this union's
 * discriminant and the template file name (templates/<dialect>/<op>.sql.hbs). What the tool
 * knows about each kind (fields, effect, lint facts) is the table in op-specs.ts (OP_SPECS,
 * OP_KINDS).
 */
export type OpKind = Op['op'];

export type FkAction = 'CASCADE' | 'SET NULL' | 'SET DEFAULT' | 'RESTRICT' | 'NO ACTION';
export const FK_ACTIONS: readonly FkAction[] = ['CASCADE', 'SET NULL', 'SET DEFAULT', 'RESTRICT', 'NO ACTION'];

export interface ColumnDef {
  name: string;
  type: ColumnType;
  nullable: boolean;
  server_default: Default | null;
  autoincrement: boolean;
  /** Inline foreign key (add_column only), as `sa.Column(..., sa.ForeignKey(...))`. */
  foreign_key?: InlineForeignKey;
  src: SourceRef;
}

export interface InlineForeignKey {
  name?: string;
  table: string;
  column: string;
  ondelete?: FkAction;
  onupdate?: FkAction;
}

export interface PrimaryKeyDef {
  name?: string;
  columns: string[];
}
export interface UniqueDef {
  name?: string;
  columns: string[];
  src: SourceRef;
}
export interface ForeignKeyDef {
  name?: string;
  columns: string[];
  referent_table: string;
  referent_columns: string[];
  ondelete?: FkAction;
  onupdate?: FkAction;
  src: SourceRef;
}
export interface CheckDef {
  name: string;
  condition: string;
  src: SourceRef;
}
export interface IndexDef {
  name: string;
  columns: string[];
  unique: boolean;
  src: SourceRef;
}

interface OpCommon {
  /** Run only on these dialects (a family name covers its members). */
  dialects?: Dialect[];
  src: SourceRef;
}

export interface CreateTableOp extends OpCommon {
  op: 'create_table';
  table: string;
  columns: ColumnDef[];
  primary_key?: PrimaryKeyDef;
  unique: UniqueDef[];
  foreign_keys: ForeignKeyDef[];
  checks: CheckDef[];
  indexes: IndexDef[];
}
export interface DropTableOp extends OpCommon {
  op: 'drop_table';
  table: string;
}
export interface RenameTableOp extends OpCommon {
  op: 'rename_table';
  table: string;
  new_name: string;
}
export interface AddColumnOp extends OpCommon {
  op: 'add_column';
  table: string;
  column: ColumnDef;
}
export interface DropColumnOp extends OpCommon {
  op: 'drop_column';
  table: string;
  column: string;
}
export interface AlterColumnOp extends OpCommon {
  op: 'alter_column';
  table: string;
  column: string;
  type?: ColumnType;
  nullable?: boolean;
  /** undefined: unchanged; null: drop the default. */
  server_default?: Default | null;
  new_column_name?: string;
}
export interface CreateIndexOp extends OpCommon {
  op: 'create_index';
  name: string;
  table: string;
  columns: string[];
  unique: boolean;
}
export interface DropIndexOp extends OpCommon {
  op: 'drop_index';
  name: string;
  table: string;
}
export interface CreateUniqueConstraintOp extends OpCommon {
  op: 'create_unique_constraint';
  name?: string;
  table: string;
  columns: string[];
}
export interface CreateForeignKeyOp extends OpCommon {
  op: 'create_foreign_key';
  name?: string;
  table: string;
  columns: string[];
  referent_table: string;
  referent_columns: string[];
  ondelete?: FkAction;
  onupdate?: FkAction;
}
export interface CreateCheckConstraintOp extends OpCommon {
  op: 'create_check_constraint';
  name: string;
  table: string;
  condition: string;
}
export type ConstraintType = 'foreignkey' | 'unique' | 'check' | 'primary';
export interface DropConstraintOp extends OpCommon {
  op: 'drop_constraint';
  name: string;
  table: string;
  type: ConstraintType;
}
/** Raw SQL. `sql` is the text for every dialect unless `per_dialect` names one for the target. */
export interface ExecuteOp extends OpCommon {
  op: 'execute';
  sql?: string;
  per_dialect?: Partial<Record<Dialect, string>>;
  /**
   * The author's reason for letting this op's SQL hold database-client commands (psql's
   * `\copy`, say): without it such SQL is refused at load (LD031). Lint and the review page show it.
   */
  allow_client_command?: string;
}
export interface BulkInsertOp extends OpCommon {
  op: 'bulk_insert';
  table: string;
  rows: Record<string, Literal>[];
}

export type Op =
  | CreateTableOp
  | DropTableOp
  | RenameTableOp
  | AddColumnOp
  | DropColumnOp
  | AlterColumnOp
  | CreateIndexOp
  | DropIndexOp
  | CreateUniqueConstraintOp
  | CreateForeignKeyOp
  | CreateCheckConstraintOp
  | DropConstraintOp
  | ExecuteOp
  | BulkInsertOp;

/**
 * The one shared, frozen empty list of ids: a missing or null list field of a revision head, and
 * the graph's empty neighbour lists (a history has thousands of them). Nothing may change it.
 */
export const NONE = Object.freeze([]) as unknown as string[];

/** A lint or check waiver recorded in a revision file. */
export interface Waiver {
  code: string;
  reason: string;
  src: SourceRef;
}

/**
 * What the graph and the plan read of a revision: its id, its place in the history and the
 * words that describe it, without its ops. A streamed compile holds only these for every
 * file and reads the ops of one revision at a time (src/front/stream.ts).
 */
export interface RevisionHead {
  id: string;
  /** Parents: [] for a base, two or more for a merge. */
  down: string[];
  branch_labels: string[];
  depends_on: string[];
  message: string;
  create_date: string;
  milestones: string[];
  /** Source file, relative to the project root, forward slashes. */
  file: string;
}

export interface Revision extends RevisionHead {
  upgrade: Op[];
  /** null when the revision declares no downgrade (it cannot be reversed). */
  downgrade: Op[] | null;
  /** Why the revision cannot be reversed, when the author said so. */
  irreversible?: string;
  waivers: Waiver[];
}
