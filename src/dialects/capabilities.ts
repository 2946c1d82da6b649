import type { Dialect } from '../core/dialect.js';
import { MAX_IDENTIFIER } from '../model/naming.js';

/**
 * What each dialect can do, in one place. Back ends consult this table rather
 * than testing dialect names, and templates fall back along `extends`.
 */
export interface Capabilities {
  dialect: Dialect;
  /** Template lookup falls back to this dialect, then to _shared. */
  extends?: Dialect;
  quote: string;
  maxIdentifier: number;
  /** DDL inside BEGIN/COMMIT rolls back (PostgreSQL, SQLite); MySQL commits implicitly. */
  transactionalDdl: boolean;
  /** How enum columns are stored. */
  enumStyle: 'named-type' | 'inline' | 'check';
  /** How a column's type, nullability or default changes. */
  alterColumn: 'native' | 'modify' | 'rebuild';
  /** Adding or dropping a constraint on an existing table. */
  alterConstraints: 'native' | 'rebuild';
  /** DROP COLUMN: native, or a table rebuild when the engine's native form has restrictions. */
  dropColumn: 'native' | 'native-unless-constrained';
  /** Index names are unique per schema (PostgreSQL, SQLite) or per table (MySQL). */
  indexScope: 'schema' | 'table';
  /** How booleans are written as literals. */
  booleans: [string, string];
  /**
   * Backslashes in string literals: escapes (MySQL, with the session's sql_mode), literal in a
   * plain string but written as an E'' string so no server setting can change them (PostgreSQL),
   * or plain characters (SQLite).
   */
  backslashes: 'escape' | 'e-string' | 'plain';
}

export const CAPABILITIES: Record<Dialect, Capabilities> = {
  postgresql: {
    dialect: 'postgresql', quote: '"', maxIdentifier: MAX_IDENTIFIER.postgresql, transactionalDdl: true, enumStyle: 'named-type',
    alterColumn: 'native', alterConstraints: 'native', dropColumn: 'native', indexScope: 'schema', booleans: ['false', 'true'], backslashes: 'e-string',
  },
  mysql: {
    dialect: 'mysql', quote: '`', maxIdentifier: MAX_IDENTIFIER.mysql, transactionalDdl: false, enumStyle: 'inline',
    alterColumn: 'modify', alterConstraints: 'native', dropColumn: 'native', indexScope: 'table', booleans: ['0', '1'], backslashes: 'escape',
  },
  mariadb: {
    dialect: 'mariadb', extends: 'mysql', quote: '`', maxIdentifier: MAX_IDENTIFIER.mariadb, transactionalDdl: false, enumStyle: 'inline',
    alterColumn: 'modify', alterConstraints: 'native', dropColumn: 'native', indexScope: 'table', booleans: ['0', '1'], backslashes: 'escape',
  },
  sqlite: {
    dialect: 'sqlite', quote: '"', maxIdentifier: MAX_IDENTIFIER.sqlite, transactionalDdl: true, enumStyle: 'check',
    alterColumn: 'rebuild', alterConstraints: 'rebuild', dropColumn: 'native-unless-constrained', indexScope: 'schema', booleans: ['0', '1'], backslashes: 'plain',
  },
};
