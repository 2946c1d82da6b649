import type { Dialect } from '../core/dialect.js';
import type { Capabilities } from './capabilities.js';
import type { GeneratedNames } from './generated-names.js';
import type { Lowering } from './statement.js';

/**
 * A statement node-sql-parser cannot parse although the engine accepts it. The verifier lists
 * each as "not verified" with its reason; nothing is skipped silently. Keep the reasons specific.
 */
export interface ParserGap {
  id: string;
  match: RegExp;
  reason: string;
}

/**
 * Everything the compiler knows about one dialect: one folder per dialect (src/dialects/<name>/)
 * exports one of these, and ./registry.ts maps each Dialect to it.
 */
export interface DialectObject {
  name: Dialect;
  /** What it can do, its naming rules and type names. */
  capabilities: Capabilities;
  /** Naming rule: the names the engine gives constraints the DDL leaves unnamed (naming.ts in a folder). */
  generatedNames: GeneratedNames;
  /** An op's change lowered to statements through the dialect's templates. */
  lowering: Lowering;
  /** The node-sql-parser grammars the verifier and condition checks try, in order. */
  grammars: readonly string[];
  /** The grammars tried on DDL read back from a database or a dump, in order. */
  ddlGrammars: readonly string[];
  /** Statements the parser cannot read although the engine accepts them. */
  parserGaps: readonly ParserGap[];
}
