import type { ParserGap } from '../dialect-object.js';

/** Statements of PostgreSQL scripts node-sql-parser cannot parse. */
export const POSTGRESQL_PARSER_GAPS: ParserGap[] = [
  { id: 'pg-rename-column', match: /^ALTER TABLE \S+ RENAME COLUMN /, reason: 'node-sql-parser has no PostgreSQL ALTER TABLE ... RENAME COLUMN' },
  {
    id: 'pg-alter-type-using',
    match: /^ALTER TABLE \S+ ALTER COLUMN \S+ TYPE "[^"]+"( USING .*)?$/s,
    reason: 'node-sql-parser cannot parse ALTER COLUMN TYPE to a user-defined (enum) type',
  },
  {
    id: 'pg-enum-column',
    match: /^CREATE TABLE[\s\S]* "[A-Za-z0-9_]+"( NOT NULL)?( DEFAULT [^,\n]+)?,?\n/,
    reason: 'node-sql-parser cannot parse columns of a user-defined (enum) type',
  },
  { id: 'pg-alter-enum-type', match: /^ALTER TYPE /, reason: 'node-sql-parser has no ALTER TYPE' },
  {
    id: 'pg-add-enum-column',
    match: /^ALTER TABLE \S+ ADD COLUMN \S+ "[A-Za-z0-9_]+"/,
    reason: 'node-sql-parser cannot parse columns of a user-defined (enum) type',
  },
  {
    id: 'pg-fk-not-valid',
    match: /^ALTER TABLE \S+ ADD CONSTRAINT \S+ FOREIGN KEY [^;]* NOT VALID$/,
    reason: 'node-sql-parser has no NOT VALID on ADD CONSTRAINT',
  },
  { id: 'pg-validate-constraint', match: /^ALTER TABLE \S+ VALIDATE CONSTRAINT \S+$/, reason: 'node-sql-parser has no ALTER TABLE ... VALIDATE CONSTRAINT' },
  { id: 'pg-do-block', match: /^DO \$/, reason: 'node-sql-parser has no PL/pgSQL DO blocks' },
  {
    id: 'pg-create-index-concurrently',
    match: /^CREATE (UNIQUE )?INDEX CONCURRENTLY IF NOT EXISTS "[A-Za-z0-9_]+" ON "[A-Za-z0-9_]+" \("[A-Za-z0-9_]+"(, "[A-Za-z0-9_]+")*\)$/,
    reason: 'node-sql-parser has no IF NOT EXISTS after CREATE INDEX CONCURRENTLY (--create-index-concurrently builds indexes this way)',
  },
  { id: 'psql-directive', match: /^\\/, reason: 'psql client directive, not SQL' },
];
