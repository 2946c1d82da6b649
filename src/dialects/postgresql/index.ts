import type { DialectObject } from '../dialect-object.js';
import { POSTGRESQL_PARSER_GAPS } from './gaps.js';
import { MAX_IDENTIFIER, OBJECT_NAMES } from './naming.js';
import { postgresqlLowering as lowering } from './lowering.js';

/** PostgreSQL: transactional DDL, named enum types, native ALTER COLUMN, concurrent index builds. */
export const postgresql: DialectObject = {
  name: 'postgresql',
  capabilities: {
    family: 'postgresql',
    displayName: 'PostgreSQL',
    client: 'psql',
    clientCommand: (file) => `psql -X -d lbaas -f ${file}`,
    clientPackages: [],
    fileDatabase: false,
    clientStopsOnError: false,
    quote: '"',
    maxIdentifier: MAX_IDENTIFIER,
    renameTableRenamesForeignKeys: false,
    transactionalDdl: true,
    resumable: false,
    enumStyle: 'named-type',
    indexScope: 'schema',
    implicitFkIndexes: false,
    uniqueIndexIsKey: false,
    fkColumnTypeLocked: false,
    sessionTemplates: ['client_encoding'],
    guard: 'do-block',
    perRevisionExpand: true,
    concurrentIndexes: true,
    inPlaceIndexes: false,
    lint: { typeChangeRule: 'pg-rewrite', constraintAddCopiesTable: false },
    upsertMatchesAnyKey: false,
    ddlBackslashEscapes: false,
    booleans: ['false', 'true'],
    backslashes: 'e-string',
    types: {
      serial: { integer: 'SERIAL', smallint: 'SMALLSERIAL', bigint: 'BIGSERIAL' },
      datetime: 'TIMESTAMP WITHOUT TIME ZONE',
      timestamp: 'TIMESTAMP WITHOUT TIME ZONE',
      binary: 'BYTEA',
    },
  },
  generatedNames: OBJECT_NAMES,
  lowering,
  grammars: ['PostgresQL'],
  ddlGrammars: ['PostgresQL', 'MySQL', 'sqlite'],
  parserGaps: POSTGRESQL_PARSER_GAPS,
};
