import type { DialectObject } from '../dialect-object.js';
import { MYSQL_PARSER_GAPS } from './gaps.js';
import { INNODB_NAMES } from './naming.js';
import { mysqlLowering as lowering } from './lowering.js';

/**
 * MySQL: DDL commits at once (scripts are resumable instead), inline enums, MODIFY restating
 * the whole column, InnoDB's names and foreign-key indexes, guards as prepared statements.
 */
export const mysql: DialectObject = {
  name: 'mysql',
  capabilities: {
    family: 'mysql',
    displayName: 'MySQL',
    client: 'mysql',
    clientCommand: (file) => `mysql lbaas < ${file}`,
    clientPackages: ['default-mysql-client', 'mariadb-client'],
    fileDatabase: false,
    clientStopsOnError: true,
    quote: '`',
    maxIdentifier: 64,
    renameTableRenamesForeignKeys: true,
    transactionalDdl: false,
    resumable: true,
    enumStyle: 'inline',
    indexScope: 'table',
    implicitFkIndexes: true,
    uniqueIndexIsKey: true,
    fkColumnTypeLocked: true,
    sessionTemplates: ['charset', 'session'],
    guard: 'prepared',
    perRevisionExpand: false,
    concurrentIndexes: false,
    inPlaceIndexes: true,
    lint: { typeChangeRule: 'innodb-copy', constraintAddCopiesTable: true },
    upsertMatchesAnyKey: true,
    ddlBackslashEscapes: true,
    booleans: ['0', '1'],
    backslashes: 'escape',
    types: {
      serial: { integer: 'INTEGER', smallint: 'SMALLINT', bigint: 'BIGINT' },
      datetime: 'DATETIME',
      timestamp: 'DATETIME',
      binary: 'BLOB',
    },
  },
  generatedNames: INNODB_NAMES,
  lowering,
  grammars: ['MySQL'],
  ddlGrammars: ['MySQL', 'MariaDB', 'PostgresQL', 'sqlite'],
  parserGaps: MYSQL_PARSER_GAPS,
};
