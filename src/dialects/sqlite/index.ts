import type { DialectObject } from '../dialect-object.js';
import { OBJECT_NAMES } from '../postgresql/naming.js';
import { SQLITE_PARSER_GAPS } from './gaps.js';
import { sqliteLowering as lowering } from './lowering.js';

/** SQLite: transactional DDL, enums as CHECKs, table rebuilds for what ALTER TABLE cannot do, a file database. */
export const sqlite: DialectObject = {
  name: 'sqlite',
  capabilities: {
    family: 'sqlite',
    displayName: 'SQLite',
    client: 'sqlite3',
    clientCommand: (file) => `sqlite3 lbaas.db < ${file}`,
    clientPackages: [],
    fileDatabase: true,
    clientStopsOnError: false,
    quote: '"',
    maxIdentifier: 1024,
    renameTableRenamesForeignKeys: false,
    transactionalDdl: true,
    resumable: false,
    enumStyle: 'check',
    indexScope: 'schema',
    implicitFkIndexes: false,
    uniqueIndexIsKey: false,
    fkColumnTypeLocked: false,
    sessionTemplates: [],
    guard: 'query-only',
    perRevisionExpand: false,
    concurrentIndexes: false,
    inPlaceIndexes: false,
    lint: { typeChangeRule: 'none', constraintAddCopiesTable: false },
    upsertMatchesAnyKey: false,
    ddlBackslashEscapes: false,
    booleans: ['0', '1'],
    backslashes: 'plain',
    types: {
      serial: { integer: 'INTEGER', smallint: 'INTEGER', bigint: 'INTEGER' },
      datetime: 'DATETIME',
      timestamp: 'TIMESTAMP',
      binary: 'BLOB',
    },
  },
  generatedNames: OBJECT_NAMES,
  lowering,
  grammars: ['sqlite'],
  ddlGrammars: ['sqlite', 'PostgresQL', 'MySQL'],
  parserGaps: SQLITE_PARSER_GAPS,
};
