import { createRequire } from 'node:module';

/** What the tool uses of node-sql-parser: one statement (or list) to its AST, with a grammar by name. */
export interface SqlParser {
  astify(sql: string, opt: { database: string }): unknown;
}

let parser: SqlParser | undefined;

/**
 * node-sql-parser, loaded on first use and shared by its readers (check conditions, the script
 * verifier, the DDL reader of the author commands): it is large, and the compile path never loads it.
 */
export function sqlParser(): SqlParser {
  if (!parser) {
    const mod = createRequire(import.meta.url)('node-sql-parser') as { Parser: new () => SqlParser };
    parser = new mod.Parser();
  }
  return parser;
}
