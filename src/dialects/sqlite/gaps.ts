import type { ParserGap } from '../dialect-object.js';

/** Statements of SQLite scripts node-sql-parser cannot parse. */
export const SQLITE_PARSER_GAPS: ParserGap[] = [
  { id: 'sqlite-tx', match: /^(BEGIN|COMMIT|ROLLBACK)( TRANSACTION| IMMEDIATE)?$/, reason: 'node-sql-parser has no SQLite transaction statements' },
  { id: 'sqlite-drop-index', match: /^DROP INDEX "[^"]+"$/, reason: "node-sql-parser wants MySQL's DROP INDEX ... ON for SQLite" },
  { id: 'sqlite-pragma', match: /^PRAGMA /, reason: 'node-sql-parser has no PRAGMA' },
  { id: 'sqlite-savepoint', match: /^(SAVEPOINT|RELEASE) "[A-Za-z0-9_]+"$/, reason: 'node-sql-parser has no SAVEPOINT / RELEASE (the guard runs inside one)' },
  { id: 'sqlite-dot-command', match: /^\./, reason: 'sqlite3 client directive, not SQL' },
  {
    id: 'sqlite-guard-line',
    match:
      /^SELECT json_extract\('\{\}', [\s\S]*; (PRAGMA query_only = 0; INSERT INTO temp\."_lbaas_guard" \(n\) VALUES \(\d+\)(; RELEASE "lbaas_guard")?|COMMIT)$/,
    reason:
      "the guard's check shares one line with the statements that run only when it passes (the shell runs them in turn until one fails); node-sql-parser reads one statement",
  },
];
