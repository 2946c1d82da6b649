import type { Dialect } from '../core/dialect.js';
import type { Client } from '../core/dialect.js';

/** An engine family: the dialects that share an engine's server, client and catalog (MySQL and MariaDB are one). */
export type Family = 'postgresql' | 'mysql' | 'sqlite';

/**
 * What a dialect can do and how it spells things, in one place: code outside src/dialects/ reads
 * these fields (through `caps(d)` in ./registry.ts) rather than testing dialect names. Every field
 * is read somewhere; a field no code reads does not belong here.
 */
export interface Capabilities {
  /**
   * The engine family, where the family is the honest fact: the executor and catalog reader to
   * use, and the shape of the guard, lock and session statements (see `guard`).
   */
  family: Family;
  /** Template lookup falls back to this dialect, then to _shared; so does an execute op's per-dialect SQL. */
  extends?: Dialect;
  /** The name messages give the engine. */
  displayName: string;
  /** The command-line client that runs its scripts (MariaDB's is the mysql client). */
  client: Client;
  /** How a bundle's review board says to run a script file through the client. */
  clientCommand: (file: string) => string;
  /** Client packages to suggest when the client is missing, preferred first (none: the engine's own names). */
  clientPackages: readonly string[];
  /** The database is a file the client opens (no server): it must exist before anything reads it. */
  fileDatabase: boolean;
  /** The client stops at the first failing statement by itself (no client directive needed). */
  clientStopsOnError: boolean;
  quote: string;
  /** Naming rule: the longest identifier the engine accepts. */
  maxIdentifier: number;
  /**
   * Naming rule: renaming a table renames its foreign keys named <old table>_ibfk_<n> with it
   * (InnoDB; the names the engine gives unnamed constraints are the object's `generatedNames`).
   */
  renameTableRenamesForeignKeys: boolean;
  /** DDL inside BEGIN/COMMIT rolls back (PostgreSQL, SQLite); MySQL commits each DDL statement. */
  transactionalDdl: boolean;
  /**
   * The script can be run again after a stop and carries on where it stopped (MySQL: each
   * statement is wrapped so it records that it ran, and is skipped when it did).
   */
  resumable: boolean;
  /** How enum columns are stored. */
  enumStyle: 'named-type' | 'inline' | 'check';
  /** Index names are unique per schema (PostgreSQL, SQLite) or per table (MySQL). */
  indexScope: 'schema' | 'table';
  /**
   * The engine creates an index for a foreign key no index supports, and keeps it (InnoDB): the
   * model records it, and an index or unique key a foreign key needs cannot be dropped.
   */
  implicitFkIndexes: boolean;
  /** A unique index is listed in the catalog as a unique key (InnoDB: one and the same). */
  uniqueIndexIsKey: boolean;
  /** The engine refuses to change the type of a column a foreign key uses, on either side (InnoDB). */
  fkColumnTypeLocked: boolean;
  /** Statements that set the session up first (the script's character set), in order. */
  sessionTemplates: readonly string[];
  /**
   * How the guard and the migration lock are written: PL/pgSQL DO blocks that poison the session
   * under an advisory lock ('do-block'); checks run as prepared statements under GET_LOCK, before
   * the transaction ('prepared'); or checks inside the write transaction that turn on query_only,
   * with no lock of their own ('query-only').
   */
  guard: 'do-block' | 'prepared' | 'query-only';
  /**
   * An expand upgrade runs one transaction per revision unless told otherwise, so each revision's
   * table locks are released at its COMMIT (PostgreSQL; SQLite's write lock covers the whole
   * database for the whole script, MySQL commits each DDL statement).
   */
  perRevisionExpand: boolean;
  /** CREATE INDEX CONCURRENTLY: an expand upgrade may build indexes without blocking writes. */
  concurrentIndexes: boolean;
  /** Indexes are created in place without blocking writes already (InnoDB's ALGORITHM=INPLACE, LOCK=NONE). */
  inPlaceIndexes: boolean;
  /** Lint facts: what an ALTER on an existing table costs. */
  lint: {
    /** Which type changes rewrite or copy the table: PostgreSQL's rule (LN013), InnoDB's (LN012), or none judged. */
    typeChangeRule: 'pg-rewrite' | 'innodb-copy' | 'none';
    /** Adding a foreign key or CHECK constraint to an existing table copies it (LN014, LN015). */
    constraintAddCopiesTable: boolean;
  };
  /** An upsert matches a row by any unique key, not only the one it names (ON DUPLICATE KEY UPDATE). */
  upsertMatchesAnyKey: boolean;
  /** Backslashes in DDL read from the catalog or a dump are escapes. */
  ddlBackslashEscapes: boolean;
  /** How booleans are written as literals. */
  booleans: [string, string];
  /**
   * Backslashes in string literals: escapes (MySQL, with the session's sql_mode), literal in a
   * plain string but written as an E'' string so no server setting can change them (PostgreSQL),
   * or plain characters (SQLite).
   */
  backslashes: 'escape' | 'e-string' | 'plain';
  /** Type names: how the dialect spells column types that differ between engines. */
  types: TypeNames;
}

/** The column types whose names differ between engines (the rest are spelled the same everywhere). */
export interface TypeNames {
  /** An autoincrement INTEGER, SMALLINT and BIGINT column's type. */
  serial: { integer: string; smallint: string; bigint: string };
  datetime: string;
  timestamp: string;
  binary: string;
}
