import type { DialectObject } from '../dialect-object.js';
import { mysql } from '../mysql/index.js';

/**
 * MariaDB: MySQL's object with what differs. Templates fall back to MySQL's (`extends`), and so
 * does an execute op's per-dialect SQL; its parser grammar lacks ADD CONSTRAINT ... FOREIGN KEY,
 * so MySQL's is tried after it.
 */
export const mariadb: DialectObject = {
  ...mysql,
  name: 'mariadb',
  capabilities: {
    ...mysql.capabilities,
    extends: 'mysql',
    displayName: 'MariaDB',
    clientCommand: (file) => `mariadb lbaas < ${file}`,
    clientPackages: ['mariadb-client', 'default-mysql-client'],
  },
  grammars: ['MariaDB', 'MySQL'],
  ddlGrammars: ['MariaDB', 'MySQL', 'PostgresQL', 'sqlite'],
};
