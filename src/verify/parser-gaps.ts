import { DIALECTS, type Dialect } from '../core/dialect.js';
import type { ParserGap } from '../dialects/dialect-object.js';
import { DIALECT_OBJECTS } from '../dialects/registry.js';

export type { ParserGap } from '../dialects/dialect-object.js';

/**
 * Statements node-sql-parser cannot parse although the engine accepts them, per dialect: each
 * dialect's folder holds its table (src/dialects/<name>/gaps.ts; MariaDB shares MySQL's).
 */
export const PARSER_GAPS = Object.fromEntries(DIALECTS.map((d) => [d, DIALECT_OBJECTS[d].parserGaps])) as Record<Dialect, readonly ParserGap[]>;

/** The grammars tried per dialect, in order (MariaDB's grammar lacks ADD CONSTRAINT ... FOREIGN KEY; MySQL's has it). */
export const GRAMMARS = Object.fromEntries(DIALECTS.map((d) => [d, DIALECT_OBJECTS[d].grammars])) as Record<Dialect, readonly string[]>;
